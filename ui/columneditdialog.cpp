#include "columneditdialog.h"

#include "catalog.h"
#include "driverkind.h"
#include "screenfit.h"
#include "themecontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rowbook {

ColumnEditDialog::ColumnEditDialog(const QSqlDatabase &reader,
                                   const QString &table,
                                   const QString &column,
                                   QWidget *parent)
    : QDialog(parent)
    , m_db(reader)
    , m_table(table)
    , m_column(column)
    , m_before(ColumnChange::current(m_db, table, column))
    , m_type(new QComboBox)
    , m_required(new QCheckBox(tr("Required (NOT NULL)")))
    , m_default(new QLineEdit)
    , m_unique(new QCheckBox(tr("Unique")))
    , m_parentTable(new QComboBox)
    , m_parentColumn(new QComboBox)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("columnEditDialog"));
    setWindowTitle(tr("Edit Column “%1” of “%2”").arg(column, table));
    m_type->setObjectName(QStringLiteral("columnType"));
    m_default->setObjectName(QStringLiteral("columnDefault"));
    m_parentTable->setObjectName(QStringLiteral("parentTable"));
    m_parentColumn->setObjectName(QStringLiteral("parentColumn"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    Themed::setTextTone(m_message, Theme::Tone::Error);

    m_type->setEditable(true);
    m_type->addItems(SchemaOps::typeNames(m_db));
    m_type->setCurrentText(m_before.type);
    m_required->setChecked(m_before.notNull);
    m_default->setText(m_before.defaultValue);
    m_default->setPlaceholderText(tr("No default"));
    m_default->setToolTip(tr("A value such as 0, 2024-01-31 or any text; what is shown now is "
                             "kept as written unless you change it."));
    m_unique->setChecked(m_before.unique);
    m_parentTable->addItem(tr("(no foreign key)"));
    for (const Catalog::Entry &entry : Catalog::objects(m_db)) {
        if (!entry.isView)
            m_parentTable->addItem(entry.name, entry.name);
    }
    m_parentTable->setCurrentIndex(std::max(0, m_parentTable->findData(m_before.referencesTable)));
    fillColumns();
    m_parentColumn->setCurrentText(m_before.referencesColumn);
    connect(m_parentTable, &QComboBox::currentIndexChanged, this, &ColumnEditDialog::fillColumns);

    auto *reference = new QHBoxLayout;
    reference->addWidget(m_parentTable, 1);
    reference->addWidget(m_parentColumn, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_required);
    form->addRow(tr("&Default:"), m_default);
    form->addRow(QString(), m_unique);
    form->addRow(tr("Refers to:"), reference);
    auto *note = new QLabel(
        isPostgres(m_db)
            ? tr("The server changes the column in one transaction and converts its values; "
                 "nothing is changed when one does not convert. This cannot be undone: Rowbook "
                 "keeps no copy of a server database.")
            : tr("Rowbook rebuilds the table to make the change, in one transaction, and makes a "
                 "backup of the file first. Edit → Undo takes the change back (for tables of up "
                 "to 200,000 rows)."));
    note->setWordWrap(true);
    Themed::setTextTone(note, Theme::Tone::Muted); // a hint, readable: not disabled text
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ColumnEditDialog::fillColumns()
{
    m_parentColumn->clear();
    const QString parent = m_parentTable->currentData().toString();
    m_parentColumn->setEnabled(!parent.isEmpty());
    if (parent.isEmpty())
        return;
    const TableInfo info = Catalog::table(m_db, parent);
    int key = 0;
    for (const ColumnInfo &column : info.columns) {
        if (column.primaryKeyOrder == 1)
            key = m_parentColumn->count();
        m_parentColumn->addItem(column.name);
    }
    m_parentColumn->setCurrentIndex(key); // the primary key is what rows usually refer to
}

ColumnDefinition ColumnEditDialog::definition() const
{
    ColumnDefinition wanted;
    wanted.type = m_type->currentText().trimmed();
    wanted.notNull = m_required->isChecked();
    wanted.defaultValue = m_default->text();
    wanted.defaultIsSql = m_before.defaultIsSql && wanted.defaultValue == m_before.defaultValue;
    wanted.unique = m_unique->isChecked();
    wanted.referencesTable = m_parentTable->currentData().toString();
    if (!wanted.referencesTable.isEmpty())
        wanted.referencesColumn = m_parentColumn->currentText();
    return wanted;
}

void ColumnEditDialog::accept()
{
    m_change = ColumnChange::alter(m_db, m_table, m_column, definition());
    if (!m_change.isValid()) {
        m_message->setText(m_change.problemText());
        // The message wraps onto as many lines as it needs: the dialog grows to hold them
        // rather than squeeze its fields (a window does not follow its height for its width).
        layout()->activate();
        if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
            resizeWithinScreen(this, QSize(width(), needed));
        return;
    }
    QDialog::accept();
}

} // namespace rowbook

#include "createtabledialog.h"

#include "screenfit.h"
#include "themecontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rowbook {
namespace {

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

CreateTableDialog::CreateTableDialog(const QSqlDatabase &reader, QWidget *parent)
    : QDialog(parent)
    , m_db(reader)
    , m_name(new QLineEdit)
    , m_grid(new QTableWidget(0, ColumnCount))
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New Table"));
    m_name->setObjectName(QStringLiteral("tableName"));
    m_grid->setObjectName(QStringLiteral("columnGrid"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    Themed::setTextTone(m_message, Theme::Tone::Error);
    m_grid->setHorizontalHeaderLabels(
        {tr("Column"), tr("Type"), tr("Required"), tr("Default"), tr("Primary Key"), tr("Unique")});
    m_grid->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(Default, QHeaderView::Stretch);
    m_grid->verticalHeader()->hide();
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setTabKeyNavigation(false); // Tab goes on to the next control, arrows move here

    auto *add = new QPushButton(tr("&Add Column"));
    auto *remove = new QPushButton(tr("&Remove Column"));
    add->setObjectName(QStringLiteral("addColumn"));
    remove->setObjectName(QStringLiteral("removeColumn"));
    connect(add, &QPushButton::clicked, this, [this] {
        addColumnRow({tr("column%1").arg(m_grid->rowCount() + 1),
                      SchemaType::Text,
                      false,
                      {},
                      false,
                      false});
        m_grid->setCurrentCell(m_grid->rowCount() - 1, Name);
        m_grid->editItem(m_grid->item(m_grid->rowCount() - 1, Name));
    });
    connect(remove, &QPushButton::clicked, this, &CreateTableDialog::removeColumnRows);

    auto *form = new QFormLayout;
    form->addRow(tr("Table &name:"), m_name);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_grid);
    layout->addLayout(rowButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resizeWithinScreen(this, QSize(720, 400));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateTableDialog::validate);
    connect(m_grid, &QTableWidget::itemChanged, this, &CreateTableDialog::validate);
    addColumnRow({QStringLiteral("id"), SchemaType::Integer, false, {}, true, false});
    validate();
}

void CreateTableDialog::addColumnRow(const ColumnSpec &spec)
{
    QSignalBlocker blocker(m_grid);
    const int row = m_grid->rowCount();
    m_grid->insertRow(row);
    m_grid->setItem(row, Name, new QTableWidgetItem(spec.name));
    auto *type = new QComboBox;
    type->addItems(SchemaOps::typeNames(m_db));
    type->setCurrentIndex(int(spec.type));
    connect(type, &QComboBox::currentIndexChanged, this, &CreateTableDialog::validate);
    m_grid->setCellWidget(row, Type, type);
    m_grid->setItem(row, NotNull, checkItem(spec.notNull));
    m_grid->setItem(row, Default, new QTableWidgetItem(spec.defaultValue));
    m_grid->setItem(row, PrimaryKey, checkItem(spec.primaryKey));
    m_grid->setItem(row, Unique, checkItem(spec.unique));
    blocker.unblock();
    validate();
}

void CreateTableDialog::removeColumnRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_grid->currentRow() >= 0)
        rows << m_grid->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows))
        m_grid->removeRow(row);
    validate();
}

QVector<ColumnSpec> CreateTableDialog::columns() const
{
    QVector<ColumnSpec> columns;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        ColumnSpec spec;
        spec.name = m_grid->item(row, Name)->text();
        if (auto *type = qobject_cast<QComboBox *>(m_grid->cellWidget(row, Type)))
            spec.type = SchemaType(type->currentIndex());
        spec.notNull = m_grid->item(row, NotNull)->checkState() == Qt::Checked;
        spec.defaultValue = m_grid->item(row, Default)->text();
        spec.primaryKey = m_grid->item(row, PrimaryKey)->checkState() == Qt::Checked;
        spec.unique = m_grid->item(row, Unique)->checkState() == Qt::Checked;
        columns.push_back(spec);
    }
    return columns;
}

void CreateTableDialog::validate()
{
    m_change = SchemaOps::createTable(m_db, m_name->text(), columns());
    const QSignalBlocker blocker(m_grid);
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        for (const int column : {int(Name), int(Default), int(PrimaryKey)}) {
            m_grid->item(row, column)->setBackground(QBrush());
            m_grid->item(row, column)->setToolTip(QString());
        }
    }
    QStringList lines;
    for (const SchemaProblem &problem : std::as_const(m_change.problems)) {
        const bool inGrid = problem.column >= 0 && problem.column < m_grid->rowCount();
        if (inGrid) {
            const int cell = problem.field == SchemaProblem::Default      ? Default
                             : problem.field == SchemaProblem::Constraint ? PrimaryKey
                                                                          : Name;
            m_grid->item(problem.column, cell)
                ->setBackground(Theme::tint(Theme::Tone::Error, m_grid->palette()));
            m_grid->item(problem.column, cell)->setToolTip(problem.message);
            lines << tr("Column %1: %2").arg(problem.column + 1).arg(problem.message);
        } else {
            lines << problem.message;
        }
    }
    // An empty name on a fresh dialog is not worth a red line yet.
    const bool fresh = m_name->text().isEmpty() && !m_name->isModified();
    m_message->setText(fresh && lines.size() == 1 ? QString() : lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_change.isValid());
}

} // namespace rowbook

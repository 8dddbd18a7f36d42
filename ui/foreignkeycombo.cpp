#include "foreignkeycombo.h"

#include "tablemodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QLineEdit>

namespace rowbook {

ForeignKeyCombo::ForeignKeyCombo(const QSqlDatabase &db, const ForeignKey &key, QWidget *parent)
    : QComboBox(parent)
    , m_connection(db.connectionName())
    , m_key(key)
{
    setObjectName(QStringLiteral("foreignKey:") + key.column);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    // As wide as the cell or form field, not as the longest name among the parent rows.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    const QVector<KeyChoice> choices = ForeignKeys::choices(db, key);
    for (const KeyChoice &choice : choices) {
        addItem(choice.label.isEmpty() ? choice.key.toString() : choice.label, choice.key);
        setItemData(count() - 1, tr("%1 %2").arg(key.parentColumn, choice.key.toString()),
                    Qt::ToolTipRole);
    }
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    // The names stay readable when the cell is narrow.
    const int listWidth = fontMetrics().averageCharWidth() * 36;
    completer->popup()->setMinimumWidth(listWidth);
    view()->setMinimumWidth(listWidth);
    m_searchHint = choices.size() >= ForeignKeys::choiceLimit
                       ? tr("Type to search the first %1 rows of “%2”, or type a key.")
                             .arg(ForeignKeys::choiceLimit)
                             .arg(key.parentTable)
                       : tr("Type to search “%1”.").arg(key.parentTable);
    lineEdit()->setPlaceholderText(m_searchHint);
    setToolTip(tr("Refers to %1 of “%2”; Ctrl+click the cell to go there.")
                   .arg(key.parentColumn, key.parentTable));
}

ForeignKeyCombo *
ForeignKeyCombo::forColumn(const TableModel *model, const QString &column, QWidget *parent)
{
    if (!model || model->tableInfo().isView)
        return nullptr;
    const ForeignKey key = ForeignKeys::find(model->database(), model->tableName(), column);
    return key.isValid() ? new ForeignKeyCombo(model->database(), key, parent) : nullptr;
}

ForeignKeyCombo *ForeignKeyCombo::forIndex(const QModelIndex &index, QWidget *parent)
{
    const auto *model = qobject_cast<const TableModel *>(index.model());
    if (!model)
        return nullptr;
    return forColumn(model,
                     model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(),
                     parent);
}

void ForeignKeyCombo::setKey(const QVariant &key)
{
    m_shown = key;
    if (key.isNull()) {
        setCurrentIndex(-1);
        setEditText(QString());
        return;
    }
    int at = findData(key);
    if (at < 0) { // beyond the listed rows, or a key no row has
        addItem(ForeignKeys::label(database(), m_key, key), key);
        at = count() - 1;
    }
    setCurrentIndex(at);
    lineEdit()->setCursorPosition(0); // long names show their beginning
}

void ForeignKeyCombo::setPlaceholder(const QString &text)
{
    lineEdit()->setPlaceholderText(text.isEmpty() ? m_searchHint : text);
}

void ForeignKeyCombo::focusInEvent(QFocusEvent *event)
{
    QComboBox::focusInEvent(event);
    // Typing replaces the name, as in a line edit, when the user comes to the field. Focus also
    // comes back when the list of matching names closes (Qt::PopupFocusReason: typed text no
    // name contains, or Escape): selecting all then made the next key replace what was typed,
    // and "275" was stored as key 5.
    if (event->reason() != Qt::PopupFocusReason)
        lineEdit()->selectAll();
}

QSqlDatabase ForeignKeyCombo::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QVariant ForeignKeyCombo::key() const
{
    const QString text = currentText();
    if (text.isEmpty())
        return {};
    const int at = findText(text, Qt::MatchFixedString);
    return at >= 0 ? itemData(at) : QVariant(text);
}

bool ForeignKeyCombo::isChanged() const
{
    const QVariant now = key();
    return now.isNull() != m_shown.isNull() || now.toString() != m_shown.toString();
}

} // namespace rowbook

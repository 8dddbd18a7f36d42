#include "undohistory.h"

#include "editstore.h"
#include "plurals.h"
#include "tablemodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace rowbook {

UndoHistory::UndoHistory(EditStore *store, QObject *parent)
    : QObject(parent)
{
    connect(store, &EditStore::rowCommitted, this,
            [this](const QString &table, qint64 oldKey, qint64 newKey) {
                if (oldKey != newKey)
                    alias(table, oldKey, newKey);
            });
}

QUndoStack *UndoHistory::stack(const QString &table)
{
    auto it = m_stacks.find(table);
    if (it == m_stacks.end()) {
        auto *stack = new QUndoStack(this);
        stack->setObjectName(table);
        m_group.addStack(stack);
        it = m_stacks.insert(table, stack);
    }
    return it.value();
}

void UndoHistory::setActiveTable(const QString &table)
{
    m_group.setActiveStack(table.isEmpty() ? nullptr : stack(table));
}

void UndoHistory::push(const QString &table, QUndoCommand *command)
{
    stack(table)->push(command);
}

void UndoHistory::clear(const QString &table, const QString &reason)
{
    if (QUndoStack *existing = m_stacks.value(table)) {
        existing->clear();
        Q_EMIT cleared(table, reason);
    }
}

qint64 UndoHistory::resolve(const QString &table, qint64 key) const
{
    const QHash<qint64, qint64> aliases = m_aliases.value(table);
    for (int guard = 0; guard < 64; ++guard) {
        auto it = aliases.constFind(key);
        if (it == aliases.constEnd())
            break;
        key = it.value();
    }
    return key;
}

void UndoHistory::alias(const QString &table, qint64 from, qint64 to)
{
    if (from == to)
        return;
    QHash<qint64, qint64> &aliases = m_aliases[table];
    if (aliases.value(to) == from)
        aliases.remove(to); // a restored row got its old key back: no cycle
    aliases.insert(from, to);
}

namespace {

// How an undo step names its row: by the table's integer key when it has one to show (it stays
// with the row through sorting and filtering: "the row with TrackId 2"), else by its position.
QString rowName(const TableModel *model, qint64 key, int position)
{
    const TableInfo &info = model->tableInfo();
    if (key > 0 && !info.keysMapped && info.keyColumn >= 0 && info.keyColumn < info.columns.size())
        return UndoHistory::tr("the row with %1 %2")
            .arg(info.columns.at(info.keyColumn).name, QString::number(key));
    return UndoHistory::tr("row %1").arg(formatCount(position + 1));
}

// Base for commands that act on one table through the model.
class TableCommand : public QUndoCommand
{
public:
    TableCommand(TableModel *model, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_table(model->tableName())
    {}

protected:
    bool ready() const { return m_model->tableName() == m_table; }
    qint64 current(qint64 key) const
    {
        UndoHistory *history = m_model->undoHistory();
        return history ? history->resolve(m_table, key) : key;
    }
    void alias(qint64 from, qint64 to) const
    {
        if (UndoHistory *history = m_model->undoHistory())
            history->alias(m_table, from, to);
    }

    TableModel *m_model;
    QString m_table;
};

class SetValueCommand : public TableCommand
{
public:
    SetValueCommand(TableModel *model,
                    qint64 key,
                    int row,
                    const QString &column,
                    const QVariant &before,
                    const QVariant &after)
        : TableCommand(model,
                       UndoHistory::tr("Edit %1 of %2").arg(column, rowName(model, key, row)))
        , m_key(key)
        , m_row(row)
        , m_column(column)
        , m_before(before)
        , m_after(after)
    {}
    void redo() override
    {
        if (ready())
            m_model->applyValue(current(m_key), m_column, m_after, m_before, m_row);
    }
    void undo() override
    {
        if (ready())
            m_model->applyValue(current(m_key), m_column, m_before, m_after, m_row);
    }

private:
    qint64 m_key;
    int m_row; // where the row was when edited: a hint, checked before use
    QString m_column;
    QVariant m_before;
    QVariant m_after;
};

class AddRowCommand : public TableCommand
{
public:
    AddRowCommand(TableModel *model,
                  int position,
                  const QHash<QString, QVariant> &values,
                  const QString &text)
        : TableCommand(model, text)
        , m_position(position)
        , m_values(values)
    {}
    void redo() override
    {
        if (!ready())
            return;
        const qint64 key = m_model->insertRowAt(m_position, m_values);
        if (m_key != 0)
            alias(m_key, key); // the same row, added again
        else
            m_key = key;
    }
    void undo() override
    {
        if (ready())
            m_model->removeKey(current(m_key), m_position);
    }

private:
    int m_position;
    QHash<QString, QVariant> m_values;
    qint64 m_key = 0;
};

class DeleteRowsCommand : public TableCommand
{
public:
    struct Removed
    {
        qint64 key;
        int position;
        QHash<QString, QVariant> values; // every column, plus the row key
    };

    DeleteRowsCommand(TableModel *model, QList<int> rows)
        : TableCommand(
            model,
            rows.size() == 1
                ? UndoHistory::tr("Delete %1")
                      .arg(
                          rowName(model, model->keyAt(rows.first()), model->position(rows.first())))
                : UndoHistory::tr("Delete %Ln row(s)", nullptr, int(rows.size())))
    {
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        const TableInfo &info = model->tableInfo();
        // Rows another program changed since they were shown are deleted anyway, but the step
        // says so, and undoing it brings back what the file held (with the user's pending edits).
        const QHash<qint64, QVector<QVariant>> changed = model->changedSinceShown(rows);
        for (int row : std::as_const(rows)) {
            Removed removed{model->keyAt(row), model->position(row), {}};
            const QVector<QVariant> values = model->storedRow(row);
            const auto now = changed.constFind(removed.key);
            for (int c = 0; c < info.columns.size(); ++c) {
                const bool theirs
                    = now != changed.cend()
                      && !model->data(model->index(row, c), TableModel::PendingRole).toBool();
                removed.values.insert(info.columns[c].name,
                                      theirs ? now.value().value(c) : values.value(c));
            }
            if (info.hasHiddenKey() && removed.key > 0) // it comes back with its key
                removed.values.insert(info.keyName, model->keyValues(removed.key).value(0));
            m_removed << removed;
        }
        if (changed.size() == 1 && rows.size() == 1)
            setText(UndoHistory::tr("%1 (row had changed)").arg(text()));
        else if (!changed.isEmpty())
            setText(UndoHistory::tr("%1 (%2 had changed)").arg(text()).arg(changed.size()));
    }
    void redo() override
    {
        if (!ready())
            return;
        for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
            m_model->removeKey(current(it->key), it->position); // highest first: positions hold
    }
    void undo() override
    {
        if (!ready())
            return;
        for (Removed &removed : m_removed) {
            const qint64 key = current(removed.key);
            QHash<QString, QVariant> values = removed.values;
            if (key < 0) { // never saved: added back as a new row
                values.remove(m_model->tableInfo().keyName);
                const int alias = m_model->tableInfo().keyColumn;
                if (alias >= 0 && m_model->tableInfo().keyNumbered)
                    values.remove(m_model->tableInfo().columns[alias].name);
            }
            if (!m_model->restoreKey(key, removed.position, values))
                alias(key,
                      m_model->keyAtPosition(std::min(removed.position, m_model->totalRows() - 1)));
        }
    }

private:
    QVector<Removed> m_removed;
};

} // namespace

namespace UndoCommands {

QUndoCommand *setValue(TableModel *model,
                       qint64 key,
                       int row,
                       const QString &column,
                       const QVariant &before,
                       const QVariant &after)
{
    return new SetValueCommand(model, key, row, column, before, after);
}

QUndoCommand *
addRow(TableModel *model, int position, const QHash<QString, QVariant> &values, const QString &text)
{
    return new AddRowCommand(model, position, values, text);
}

QUndoCommand *deleteRows(TableModel *model, const QList<int> &rows)
{
    return new DeleteRowsCommand(model, rows);
}

} // namespace UndoCommands
} // namespace rowbook

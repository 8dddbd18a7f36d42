#include "conflictcommands.h"

#include "tablemodel.h"
#include "undohistory.h"

#include <QCoreApplication>
#include <QObject>
#include <QUndoCommand>

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConflictCommands)
};

} // namespace

namespace rowbook {
namespace {

class ConflictCommand : public QUndoCommand
{
public:
    ConflictCommand(TableModel *model, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
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

    TableModel *m_model;
    QString m_table;
};

class SetCellCommand : public ConflictCommand
{
public:
    SetCellCommand(TableModel *model,
                   qint64 key,
                   int row,
                   const QString &column,
                   const EditStore::Cell &before,
                   const EditStore::Cell &after,
                   const QString &text)
        : ConflictCommand(model, text)
        , m_key(key)
        , m_row(row)
        , m_column(column)
        , m_before(before)
        , m_after(after)
    {}
    void redo() override
    {
        if (ready())
            m_model->applyCell(current(m_key), m_column, m_after, m_row);
    }
    void undo() override
    {
        if (ready())
            m_model->applyCell(current(m_key), m_column, m_before, m_row);
    }

private:
    qint64 m_key;
    int m_row;
    QString m_column;
    EditStore::Cell m_before;
    EditStore::Cell m_after;
};

class DiscardGoneCommand : public ConflictCommand
{
public:
    DiscardGoneCommand(TableModel *model, qint64 key, int row, QUndoCommand *parent)
        : ConflictCommand(model, Text::tr("Discard edits to a deleted row"), parent)
        , m_key(key)
        , m_row(row)
    {}
    void redo() override
    {
        if (ready())
            m_edits = m_model->forgetKey(current(m_key), m_row);
    }
    void undo() override
    {
        if (ready())
            m_model->restoreForgotten(current(m_key), m_row, m_edits);
    }

private:
    qint64 m_key;
    int m_row;
    EditStore::Row m_edits;
};

// Adds the user's version of a row that another program deleted as a new row.
class InsertAgainCommand : public ConflictCommand
{
public:
    InsertAgainCommand(TableModel *model,
                       qint64 key,
                       int row,
                       const QHash<QString, QVariant> &values)
        : ConflictCommand(model, Text::tr("Insert a deleted row again"))
        , m_discard(model, key, row, nullptr)
        , m_values(values)
        , m_gone(key)
    {}
    void redo() override
    {
        if (!ready())
            return;
        m_discard.redo();
        const qint64 key = m_model->insertRowAt(-1, m_values);
        if (m_added != 0 && m_model->undoHistory())
            m_model->undoHistory()->alias(m_table, m_added, key);
        else
            m_added = key;
    }
    void undo() override
    {
        if (!ready())
            return;
        const qint64 added = current(m_added);
        m_model->removeKey(added);
        // A table keyed by its values gave the row inserted again the gone row's key: that
        // row is the one just deleted, not a second one to show as gone.
        if (added != current(m_gone))
            m_discard.undo();
    }

private:
    DiscardGoneCommand m_discard;
    QHash<QString, QVariant> m_values;
    qint64 m_gone;
    qint64 m_added = 0;
};

} // namespace

namespace ConflictCommands {

QUndoCommand *
insertAgain(TableModel *model, qint64 key, int row, const QHash<QString, QVariant> &values)
{
    return new InsertAgainCommand(model, key, row, values);
}

QUndoCommand *setCell(TableModel *model,
                      qint64 key,
                      int row,
                      const QString &column,
                      const EditStore::Cell &before,
                      const EditStore::Cell &after,
                      const QString &text)
{
    return new SetCellCommand(model, key, row, column, before, after, text);
}

QUndoCommand *discardGone(TableModel *model, qint64 key, int row, QUndoCommand *parent)
{
    return new DiscardGoneCommand(model, key, row, parent);
}

} // namespace ConflictCommands
} // namespace rowbook

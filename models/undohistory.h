#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUndoGroup>

class QUndoCommand;
class QUndoStack;

namespace rowbook {

class EditStore;
class TableModel;

// One undo stack per table, kept while the user switches tables. Commands address rows by key;
// when an added row is saved its temporary key becomes its RowKey, and resolve() follows that, so
// undo works across autosaves.
class UndoHistory : public QObject
{
    Q_OBJECT
public:
    UndoHistory(EditStore *store, QObject *parent = nullptr);

    QUndoGroup *group() { return &m_group; }
    QUndoStack *stack(const QString &table);
    void setActiveTable(const QString &table);
    // Pushes onto the table's stack; the command's redo() runs now.
    void push(const QString &table, QUndoCommand *command);
    // Forgets a table's history (its schema changed); emits cleared() with the reason.
    void clear(const QString &table, const QString &reason);

    qint64 resolve(const QString &table, qint64 key) const;
    void alias(const QString &table, qint64 from, qint64 to);

Q_SIGNALS:
    void cleared(const QString &table, const QString &reason);

private:
    QUndoGroup m_group;
    QHash<QString, QUndoStack *> m_stacks; // owned by m_group's parent (this)
    QHash<QString, QHash<qint64, qint64>> m_aliases;
};

// Undo commands over a TableModel showing their table. `at` and `position` are positions in the
// whole row list (TableModel::position()); deleteRows() takes rows of the model's window.
namespace UndoCommands {

QUndoCommand *setValue(TableModel *model,
                       qint64 key,
                       int at,
                       const QString &column,
                       const QVariant &before,
                       const QVariant &after);
QUndoCommand *addRow(TableModel *model,
                     int position,
                     const QHash<QString, QVariant> &values,
                     const QString &text);
QUndoCommand *deleteRows(TableModel *model, const QList<int> &rows);

} // namespace UndoCommands
} // namespace rowbook

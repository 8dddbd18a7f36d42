#pragma once

#include "editstore.h"

#include <QHash>
#include <QString>
#include <QVariant>

class QUndoCommand;

namespace rowbook {

class TableModel;

// Undo commands for resolving conflicts with other programs (see TableModel::keepMine()).
namespace ConflictCommands {

// Puts a cell's pending state (value, original, conflict) from `before` to `after`.
QUndoCommand *setCell(TableModel *model,
                      qint64 key,
                      int row,
                      const QString &column,
                      const EditStore::Cell &before,
                      const EditStore::Cell &after,
                      const QString &text);
// Drops a row that another program deleted, with its pending edits; undo brings both back.
QUndoCommand *discardGone(TableModel *model, qint64 key, int row, QUndoCommand *parent = nullptr);

// Drops that row and adds the user's version of it (`values`) as a new row.
QUndoCommand *
insertAgain(TableModel *model, qint64 key, int row, const QHash<QString, QVariant> &values);

} // namespace ConflictCommands
} // namespace rowbook

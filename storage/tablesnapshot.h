#pragma once

#include "rowchange.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace rowbook {

// The statements that put one table back exactly as it is now: its CREATE statement, every row
// with its rowid and each value bound as stored (so quote() of every cell is the same
// afterwards), its indexes, its triggers and its AUTOINCREMENT counter. Taken by the save worker
// in the transaction that changes or drops a column (SaveBatch::snapshotTable), never on the GUI
// thread, they are that change's undo (SchemaChange::undoStatements); they run as a table rebuild,
// with foreign_keys off, and end with a foreign_key_check.
//
// The rows are held in memory, so a table with more than `maxRows` rows gets no snapshot: its
// change can then only be taken back from the backup made before it.
class TableSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(TableSnapshot)

public:
    static constexpr qint64 defaultMaxRows = 200000;

    // Empty, with the reason in *problem, when the table cannot be snapshotted.
    static QVector<RowChange> restoreStatements(const QSqlDatabase &db,
                                                const QString &table,
                                                QString *problem,
                                                qint64 maxRows = defaultMaxRows);
};

} // namespace rowbook

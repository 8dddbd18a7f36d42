#pragma once

#include "pgsnapshot.h"
#include "rowkey.h"
#include "storageerror.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <utility>

namespace rowbook {

// Column name -> value, in the order they are written.
using RowValues = QVector<std::pair<QString, QVariant>>;

// One row's worth of writing, addressed by its RowKey; or one prepared statement (schema changes).
struct RowChange
{
    enum Kind { Insert, Update, Delete, Statement };

    Kind kind = Update;
    QString table;
    RowKey key;       // Update and Delete
    RowValues values; // Insert and Update
    // Update: column -> the stored value the user started from. Such a column is written only
    // while the file still holds that value (compare-and-set); columns not listed are not checked.
    QHash<QString, QVariant> expected;
    quint64 tag = 0; // the caller's handle, returned in ChangeResult
    // Statement: `sql` is prepared and `binds` bound in order. Any error fails the whole batch
    // (nothing is written), unlike a row change, whose constraint error only refuses that row.
    QString sql;
    QVariantList binds;
    bool mustReturnNoRows = false; // Statement: a returned row fails the batch (foreign_key_check)
};

struct ChangeResult
{
    quint64 tag = 0;
    RowKey key;         // for inserts: the new row's key
    StorageError error; // Constraint or Gone: this row was not written, the others were
    // Conflict: these columns were changed by another program since the user read them and were
    // not written (column -> the value in the file now); the row's other columns were written.
    QHash<QString, QVariant> theirs;

    bool ok() const { return !error.isError(); }
};

struct SaveBatch
{
    quint64 id = 0;
    QVector<RowChange> changes;
    // PRAGMA foreign_keys=OFF around the transaction (it cannot change inside one), for table
    // rebuilds, which would otherwise fire ON DELETE actions when the old table is dropped.
    bool foreignKeysOff = false;
    // Before the changes, inside the same transaction, the statements that put this table back as
    // it was (TableSnapshot) are read into SaveOutcome::snapshot: on the worker, not the GUI.
    QString snapshotTable;
};

// The tables committed batches wrote, and what their writes may have changed besides the rows
// written, as the save worker found in the schema.
struct WrittenTables
{
    QStringList written; // each once; an empty name for a statement, which may write anywhere
    // Of those, the ones whose writes change other cells (TableInfo::writesOtherCells: their
    // triggers, which may write anywhere, generated columns, foreign keys to themselves).
    QStringList writingMore;
    // Other tables whose rows change when rows of the written ones are deleted (their foreign
    // keys to them with ON DELETE CASCADE or SET NULL/DEFAULT).
    QStringList actedOn;

    bool isEmpty() const { return written.isEmpty(); }
    void add(const WrittenTables &more)
    {
        const auto join = [](QStringList &into, const QStringList &from) {
            for (const QString &table : from) {
                if (!into.contains(table))
                    into << table;
            }
        };
        join(written, more.written);
        join(writingMore, more.writingMore);
        join(actedOn, more.actedOn);
    }
};

struct SaveOutcome
{
    enum Status {
        Committed, // the transaction committed; see results for rows refused by constraints
        Busy,      // the lock was not released within the retry budget: nothing was written
        Failed,    // read-only, disk full, I/O error...: nothing was written
    };

    quint64 batchId = 0;
    Status status = Committed;
    QVector<ChangeResult> results;
    StorageError error; // for Busy and Failed
    int attempts = 0;
    qint64 elapsedMs = 0;
    bool othersCommitted = false; // another connection committed since the worker's last batch
    WrittenTables tables;         // Committed: the tables it wrote rows of
    // Committed on a server: the transaction ids it used, so the window can tell its own commit
    // from others' (ChangeWatcher).
    OwnTransactions ownTransactions;
    // SaveBatch::snapshotTable as it was just before the changes; empty with the reason in
    // snapshotProblem when it could not be taken (too many rows, not a table).
    QVector<RowChange> snapshot;
    QString snapshotProblem;
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::SaveBatch)
Q_DECLARE_METATYPE(rowbook::SaveOutcome)

#pragma once

#include "storageerror.h"

#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVector>

#include <utility>

namespace rowbook {

// One row's worth of writing, addressed by rowid.
struct RowChange
{
    enum Kind { Insert, Update, Delete };

    Kind kind = Update;
    QString table;
    qint64 rowid = 0; // Update and Delete
    QVector<std::pair<QString, QVariant>> values; // column name -> value (Insert and Update)
    quint64 tag = 0;  // the caller's handle, returned in ChangeResult
};

struct ChangeResult
{
    quint64 tag = 0;
    qint64 rowid = 0;    // for inserts: the new row's rowid
    StorageError error;  // Constraint or Gone: this row was not written, the others were

    bool ok() const { return !error.isError(); }
};

struct SaveBatch
{
    quint64 id = 0;
    QVector<RowChange> changes;
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
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::SaveBatch)
Q_DECLARE_METATYPE(rowbook::SaveOutcome)

#pragma once

#include "database.h"
#include "retrypolicy.h"
#include "sampledata.h"
#include "transfererror.h"

#include <QStringList>

#include <functional>

namespace rowbook {

class ImmediateTransaction;

// Fills a table with sample rows (SampleData), headless, on SQLite or PostgreSQL: one write
// transaction with lock-retry, so the table gets every row or none. The same seed on the same
// schema gives the same rows. `rowbook populate` runs it.
class PopulateJob
{
public:
    struct Options
    {
        QString table;
        qint64 rows = 0;
        quint64 seed = 1;
        RetryPolicy retry;
        // Generators chosen by the user instead of the planned ones, matched by column name
        // (SampleData::choose()).
        QVector<SampleData::Column> choices;
        // Generate and insert the rows, keep them in Result::preview, then roll back: the
        // preview shows exactly the first rows a fill with the same options writes.
        bool preview = false;
    };

    struct Result
    {
        qint64 rows = 0;
        QStringList choices;                 // per column: "name: generator (why)"
        QVector<SampleData::Column> columns; // the plan, after Options::choices
        QVector<QVariantList> preview;       // Options::preview: the rows, one value per column
                                             // that is not skipped
        // The row keys the written rows got, for undo: every row of keyColumn within [firstKey,
        // lastKey] is one of them. 0 when they cannot be told (no integer row key).
        QString keyColumn;
        qint64 firstKey = 0;
        qint64 lastKey = 0;
        // When rows were written but keyColumn is empty: why they cannot be undone, in a
        // sentence for the status bar.
        QString noUndo;
        TransferError error;
    };

    // Called every few thousand rows; returning false cancels (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    PopulateJob(const DatabaseInfo &database, const Options &options);
    Result run(const Progress &progress = {});

private:
    // The phases of run(), inside its write transaction: the whole fill, its plan, its inserts.
    void fill(const QSqlDatabase &db,
              ImmediateTransaction &transaction,
              const Progress &progress,
              Result *result) const;
    bool planData(const QSqlDatabase &db,
                  const SampleSchema &schema,
                  SampleData *data,
                  QString *problem) const;
    StorageError insertRows(const QSqlDatabase &db,
                            const SampleSchema &schema,
                            const QStringList &names,
                            SampleData *data,
                            const Progress &progress,
                            Result *result) const;
    StorageError insertBatches(const QSqlDatabase &db,
                               const SampleSchema &schema,
                               const QStringList &names,
                               SampleData *data,
                               const Progress &progress,
                               Result *result) const;
    QVariantList nextRow(SampleData *data, Result *result) const;
    bool keepGoing(const Progress &progress, qint64 generated, Result *result) const;

    DatabaseInfo m_database;
    Options m_options;
};

} // namespace rowbook

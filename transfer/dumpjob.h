#pragma once

#include "database.h"
#include "dumpplan.h"
#include "transfererror.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <atomic>

class QIODevice;

namespace rowbook {

// Writes a database as a SQL script, headless (a server database as a script for SQLite, with
// the types and values of `rowbook copy` into a file): the schema in dependency order (tables by
// foreign keys, then indexes, views, triggers), the rows as multi-row INSERTs of
// DumpPlan::batchRows rows, all in one transaction. `sqlite3 new.db < dump.sql` (SQLite
// dialect) or `psql -v ON_ERROR_STOP=1` (PostgreSQL dialect, the types of `rowbook copy`) builds
// the same data again. Reads one snapshot and streams: memory stays flat however big the table.
// `rowbook dump` and File → Export → Database as SQL… run it.
class DumpJob : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        DumpPlan::Dialect dialect = DumpPlan::Dialect::Sqlite;
        DumpPlan::Content content = DumpPlan::Content::Everything;
        QStringList tables; // empty: every table (and the views)
        QString outputPath; // for run() without a device; written only when the dump succeeds
    };

    struct Result
    {
        int tables = 0;
        qint64 rows = 0;
        QStringList notes; // what was left out or translated differently
        TransferError error;
    };

    DumpJob(const DatabaseInfo &database, const Options &options, QObject *parent = nullptr);

    // Writes to options.outputPath, which is replaced only when the dump succeeds.
    Result run();
    // Writes to an open device, for example standard output.
    Result run(QIODevice *output);
    void cancel() { m_cancelled.store(true); }

public slots:
    void start(); // run(), then finished()

signals:
    void progress(qint64 rows, qint64 total);
    void finished(const rowbook::DumpJob::Result &result);

private:
    Result write(const QSqlDatabase &db, const DumpPlan &plan, QIODevice *output);

    DatabaseInfo m_database;
    Options m_options;
    std::atomic_bool m_cancelled{false};
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::DumpJob::Result)

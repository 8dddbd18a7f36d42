#pragma once

#include "database.h"
#include "retrypolicy.h"
#include "transfererror.h"

#include <QMetaType>
#include <QObject>

#include <atomic>

class QIODevice;
class QSqlDatabase;

namespace rowbook {

class RowWriter;
class SqliteStatement;

// Writes a table (or view) to CSV or JSON, headless.
// CSV: RFC 4180 with a header row, CRLF line ends, UTF-8, quotes only where needed and around
// text that reads as a number; NULL is an empty field and an empty text is "" (so an import can
// tell them apart); a BLOB is the unquoted SQL literal X'00ff'. JSON: an array of objects keyed
// by column name; integers and reals as numbers (reals always with a fraction or exponent, in
// the shortest form that reads back as the same double), NULL as null, text as strings, a BLOB
// as {"$blob":"<base64>"}. ImportJob reads all of these back as they were.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    struct Options
    {
        QString table;
        Format format = Format::Csv;
        QString outputPath; // for run() without a device; written atomically
        RetryPolicy retry;
    };

    struct Result
    {
        qint64 rows = 0;
        TransferError error;
    };

    ExportJob(const DatabaseInfo &database, const Options &options, QObject *parent = nullptr);

    // Writes to options.outputPath (replaced only when the export succeeds).
    Result run();
    // Writes to an open device, for example standard output.
    Result run(QIODevice *output);
    void cancel() { m_cancelled.store(true); }

    static Format formatForPath(const QString &path);

public slots:
    void start(); // run(), then finished()

signals:
    void progress(qint64 rows);
    void finished(const rowbook::ExportJob::Result &result);

private:
    Result writeTable(const QSqlDatabase &db, const QString &table, QIODevice *output);
    // The same through Qt's driver, for engines other than SQLite (PostgreSQL).
    Result writeTableQuery(const QSqlDatabase &db, const QString &table, QIODevice *output);
    static void writeHead(RowWriter &out, const QList<QByteArray> &names);
    // Reports progress; false once the export was cancelled.
    bool report(qint64 rows);
    static void writeValue(RowWriter &out, const SqliteStatement &select, int column);

    DatabaseInfo m_database;
    Options m_options;
    std::atomic_bool m_cancelled{false};
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::ExportJob::Result)

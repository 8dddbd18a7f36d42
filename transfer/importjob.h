#pragma once

#include "csvreader.h"
#include "database.h"
#include "retrypolicy.h"
#include "transfererror.h"
#include "typeinference.h"
#include "valueconversion.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QIODevice;

namespace rowbook {

class ImmediateTransaction;

class ImportSink;
struct TableInfo;

// Imports a CSV or JSON file into a table, headless: the command line runs it directly and the
// window runs it on a worker thread (move the job there, invoke start(), wait for finished()).
// The whole import is one transaction: after an error, a cancel or the process being killed the
// database holds all rows or none of them. The file is read twice: once to find the columns and
// their types, once to insert.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    enum class Format { Detect, Csv, Json };
    enum class Phase { Scanning, Inserting };

    struct Options
    {
        QString filePath;
        QString table;
        Format format = Format::Detect; // from the extension: .json/.ndjson/.jsonl, else CSV
        char delimiter = 0;             // 0: detect (.tsv means tab)
        QString encoding;               // empty: UTF-8 (or UTF-16 with a byte order mark)
        bool header = true;             // the first CSV record names the columns
        bool replace = false;           // empty an existing table first (same transaction)
        QVector<ColumnType> types;      // empty: inferred; else one per column, overriding it
        // Types for some columns of a new table by name (as in the file), overriding the
        // inferred ones (the command line's --type NAME=TYPE).
        QVector<std::pair<QString, ColumnType>> namedTypes;
        RetryPolicy retry; // for a database locked by another program
    };

    struct Result
    {
        qint64 rows = 0;
        bool createdTable = false;
        // A new table on a server: the column made its primary key (see keyNewTable()), and a
        // sentence for people about it.
        QString keyColumn;
        QString note;
        QStringList columns;
        QVector<ColumnType> types;
        TransferError error;
    };

    ImportJob(const DatabaseInfo &database, const Options &options, QObject *parent = nullptr);
    ~ImportJob() override;

    // Runs the import on the calling thread, with a connection of its own.
    Result run();
    // Thread-safe; the import stops soon and rolls back.
    void cancel() { m_cancelled.store(true); }

    static Format formatForPath(const QString &path);

public slots:
    void start(); // run(), then finished()

signals:
    void phaseChanged(rowbook::ImportJob::Phase phase);
    void progress(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    // Another program holds the database lock; the job retries within options.retry's budget.
    void waiting(qint64 elapsedMs);
    void finished(const rowbook::ImportJob::Result &result);

private:
    struct Scan
    {
        QStringList sourceNames; // as in the file (header or keys); empty without a header
        QStringList names;       // unique, valid names for a new table
        std::vector<TypeInference> inference;
        QVector<ColumnType> types;
        qint64 rows = 0;
        bool json = false;
    };
    TransferError openFile(QIODevice *file) const;
    CsvReader::Options csvOptions() const;
    TransferError scanCsv(Scan *scan);
    TransferError scanJson(Scan *scan);
    void finishScan(Scan *scan, qint64 bytesRead); // column types from the inference, last progress
    static TransferError cancelled();
    // The table's columns the file's columns go into, with their declared types.
    struct Targets
    {
        QString table;
        QStringList names;
        QStringList types;
        QVector<ColumnConversion> conversions; // SQLite's rules for each
        QString integerKey; // SQLite: the column that holds the row numbers, if it gets a value
    };
    // What an error of the sink's current row is told with: where the rows go, and the text of
    // the file's fields of that row (SQLite writes row by row, so the row at fault is the one
    // just read; a server's sink buffers rows, and `field` is not given).
    struct RowContext
    {
        const QSqlDatabase &db;
        const Targets &targets;
        std::function<QString(int)> field;
    };
    TransferError insertCsv(ImportSink *sink, const Scan &scan, const RowContext &at, qint64 *rows);
    TransferError
    insertJson(ImportSink *sink, const Scan &scan, const RowContext &at, qint64 *rows);
    TransferError applyTypes(Scan *scan) const;
    TransferError
    prepareTable(const QSqlDatabase &db, const Scan &scan, Targets *targets, bool *created);
    TransferError emptyForReplacing(const QSqlDatabase &db, const TableInfo &info);
    std::unique_ptr<ImportSink> makeSink(const QSqlDatabase &db, const Targets &targets);
    TransferError commit(ImmediateTransaction &transaction, const Scan &scan, const RowContext &at);
    TransferError brokenReference(const Scan &scan, const RowContext &at) const;
    TransferError locate(const Scan &scan,
                         const QVector<int> &columns,
                         const QStringList &values,
                         const QString &message) const;
    static QString serverDetail(const QString &text);
    StorageError retry(const std::function<StorageError()> &attempt);
    StorageError retryOnServer(const QSqlDatabase &db,
                               const std::function<StorageError()> &statement);
    void keyNewTable(const QSqlDatabase &db, const Targets &targets, Result *result);
    TransferError fromSink(const StorageError &error,
                           const ImportSink &sink,
                           const Scan &scan,
                           const RowContext &at) const;
    int constraintColumn(const StorageError &error, const RowContext &at, QString *message) const;
    bool reportProgress(qint64 rows, qint64 bytes, bool force = false);
    TransferError fromStorage(const StorageError &error, int line = 0) const;

    DatabaseInfo m_database;
    Options m_options;
    std::atomic_bool m_cancelled{false};
    qint64 m_totalBytes = 0;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::ImportJob::Result)

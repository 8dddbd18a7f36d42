#pragma once

#include "catalog.h"
#include "database.h"
#include "transfererror.h"
#include "typeinference.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

namespace rowbook {

class CsvReader;
struct JsonCell;

// The rules of an import that hold before anything is written, in one place: ImportJob, the
// command line and the import dialog all ask here, so the window shows what the job will do.
class ImportPlan
{
public:
    // A table name made from a file name: letters, digits and underscores, not starting with a
    // digit and not reserved ("Sales 2024.csv" → "Sales_2024").
    static QString tableNameForPath(const QString &path);

    // The file name suffixes an import reads without being told the format: CSV (csv, tsv, txt)
    // and JSON (json, ndjson, jsonl), lower case.
    static QStringList fileSuffixes();
    // True when `path` has one of fileSuffixes() (in any case).
    static bool isImportable(const QString &path);

    // The delimiter a file name implies: tab for .tsv, 0 (detect from the content) otherwise.
    static char delimiterForPath(const QString &path);

    // A CSV file's delimiter and encoding as the dialog proposes them: the delimiter the reader
    // detects (tab for .tsv, ',' when nothing can be told), and utf-16 with a byte order mark,
    // windows-1252 when the first `rows` rows are not UTF-8 but read as Windows-1252, else utf-8.
    struct CsvGuess
    {
        char delimiter = ',';
        QString encoding = QStringLiteral("utf-8");
    };
    static CsvGuess guessCsv(const QString &path, int rows);

    // The shape a CSV field adds to its column's type: a quoted blob literal is text.
    static ValueShape csvShape(QByteArrayView field, bool quoted);
    // Counts one JSON value towards its column's type (a whole-number real such as 2.0 is one).
    static void addJson(TypeInference *inference, const JsonCell &cell);
    // The error for a CSV record with another number of fields than the first one.
    static TransferError raggedRow(const CsvReader &reader, int columns);

    // How the columns of a file go into an existing table: by name (case-insensitive, trimmed)
    // when the file has a header, else by position.
    struct ColumnMatch
    {
        QString table;             // as spelled in the database
        QStringList tableColumns;  // all columns of the table
        QStringList targets;       // per file column: the table column it goes into
        QStringList missing;       // file columns the table lacks (names, or 1-based positions)
        qsizetype fileColumns = 0; // how many columns the file has
        bool byName = false;

        bool ok() const { return missing.isEmpty() && fileColumns > 0; }
        // Why the file does not fit, as one sentence; empty when ok().
        QString problem() const;
    };
    static ColumnMatch
    matchColumns(const TableInfo &table, const QStringList &sourceNames, qsizetype fileColumns);

    // What an import into `table` will do, as the dialog says it before the import starts.
    struct Target
    {
        bool ok = false;       // an import can start
        bool existing = false; // into an existing table: append or replace, its own types
        QString table;         // as spelled in the database when it exists
        QString description;   // one sentence (or two) for people
    };
    // `existing` is the table or view of that name (invalid when there is none); `fileRead`: the
    // file could be read, so `names` are its columns (none, when it holds none).
    static Target describeTarget(const DatabaseInfo &database,
                                 const QString &table,
                                 const TableInfo &existing,
                                 const QStringList &sourceNames,
                                 const QStringList &names,
                                 bool fileRead = true);

    // The column types the user changed, by column name, for ImportJob::Options::namedTypes:
    // only where `chosen` differs from `detected`, so the job infers the others from all rows.
    static QVector<std::pair<QString, ColumnType>> changedTypes(const QStringList &names,
                                                                const QVector<ColumnType> &detected,
                                                                const QVector<ColumnType> &chosen);

    // An import error as the command line and the dialog show it: "file:12:5: message" with a
    // position, "file: message" for a bad input file without one, else the message.
    static QString describe(const TransferError &error, const QString &file);
};

// The tables and views of a database, read once with one connection, so that a dialog can look
// a name up on every keystroke without touching the file. Names compare without regard to case,
// as SQLite compares them. Reading waits for the file's lock or the server: a dialog reads it
// off the GUI thread (ImportDialog).
class TableDirectory
{
public:
    // `error` (when given) gets why the list could not be read (another program holds the
    // file's lock, the server is away); the directory is then empty.
    static TableDirectory read(const DatabaseInfo &database, StorageError *error = nullptr);

    // The table or view `name`; invalid when there is none.
    TableInfo find(const QString &name) const;
    qsizetype size() const { return m_tables.size(); }

private:
    QVector<TableInfo> m_tables;
};

} // namespace rowbook

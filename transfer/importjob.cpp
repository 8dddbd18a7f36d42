#include "importjob.h"

#include "catalog.h"
#include "csvreader.h"
#include "foreignkeys.h"
#include "importplan.h"
#include "importsink.h"
#include "jsonreader.h"
#include "transaction.h"
#include "transferlogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace rowbook {
namespace {

constexpr int checkEveryRows = 4096;

bool isUtf8(const QString &encoding) // also when none is named
{
    return encoding.isEmpty() || encoding.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0
           || encoding.compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0;
}

} // namespace

ImportJob::ImportJob(const DatabaseInfo &database, const Options &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
{
    qRegisterMetaType<rowbook::ImportJob::Result>();
}

ImportJob::~ImportJob() = default;

ImportJob::Format ImportJob::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json") || suffix == QLatin1String("ndjson")
        || suffix == QLatin1String("jsonl"))
        return Format::Json;
    return Format::Csv;
}

void ImportJob::start()
{
    const Result result = run();
    qCDebug(lcTransfer, "import of %s into %s: %lld rows%s%s", qUtf8Printable(m_options.filePath),
            qUtf8Printable(m_options.table), static_cast<long long>(result.rows),
            result.error.kind ? ", error: " : "", qUtf8Printable(result.error.message));
    emit finished(result);
}

bool ImportJob::reportProgress(qint64 rows, qint64 bytes, bool force)
{
    const qint64 now = m_clock.elapsed();
    if (force || m_lastProgressMs < 0 || now - m_lastProgressMs >= 100) {
        m_lastProgressMs = now;
        emit progress(rows, bytes, m_totalBytes);
    }
    return !m_cancelled.load(std::memory_order_relaxed);
}

TransferError ImportJob::openFile(QIODevice *file) const
{
    if (file->open(QIODevice::ReadOnly))
        return {};
    return TransferError::make(TransferError::Input,
                               tr("The file cannot be opened: %1.").arg(file->errorString()));
}

StorageError ImportJob::retry(const std::function<StorageError()> &attempt)
{
    QElapsedTimer clock;
    clock.start();
    for (int n = 1;; ++n) {
        const StorageError error = attempt();
        if (!error.isBusy() || m_cancelled.load())
            return error;
        const int delay = m_options.retry.delayForAttempt(n);
        if (clock.elapsed() + delay > m_options.retry.budgetMs)
            return error;
        emit waiting(clock.elapsed());
        QThread::msleep(static_cast<unsigned long>(delay));
    }
}

// On a server a statement that meets a lock fails after lock_timeout and leaves the transaction
// aborted: run it inside a savepoint, roll back to it and try again with the job's backoff. On
// SQLite BEGIN IMMEDIATE took the lock, so the statement simply runs.
StorageError ImportJob::retryOnServer(const QSqlDatabase &db,
                                      const std::function<StorageError()> &statement)
{
    if (!m_database.server)
        return statement();
    return retry([&] {
        execute(db, QStringLiteral("SAVEPOINT rowbook_statement"));
        const StorageError error = statement();
        if (error.isError())
            execute(db, QStringLiteral("ROLLBACK TO SAVEPOINT rowbook_statement"));
        execute(db, QStringLiteral("RELEASE SAVEPOINT rowbook_statement"));
        return error;
    });
}

std::unique_ptr<ImportSink> ImportJob::makeSink(const QSqlDatabase &db, const Targets &targets)
{
    QStringList quoted;
    for (const QString &name : targets.names)
        quoted << Catalog::quote(name);
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                             .arg(Catalog::quote(targets.table), quoted.join(QLatin1Char(',')));
    if (m_database.server)
        return std::make_unique<PostgresImportSink>(
            db, head, targets.types,
            [this](const std::function<StorageError()> &attempt) { return retry(attempt); });
    return std::make_unique<SqliteImportSink>(
        db,
        head + QLatin1Char('(')
            + QStringList(targets.names.size(), QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')'),
        targets.conversions);
}

// A table is edited on a server only when it has a primary key (a SQLite table has its row
// numbers). A new table's column named "id" of whole numbers becomes its key when its values allow
// (all there, none twice); else the table stays without one and the note says how to add it.
void ImportJob::keyNewTable(const QSqlDatabase &db, const Targets &targets, Result *result)
{
    for (qsizetype i = 0; i < targets.names.size(); ++i) {
        if (targets.names.at(i).compare(QLatin1String("id"), Qt::CaseInsensitive) != 0
            || targets.types.value(i) != postgresTypeName(ColumnType::Integer))
            continue;
        execute(db, QStringLiteral("SAVEPOINT rowbook_key"));
        const bool keyed = !execute(db, QStringLiteral("ALTER TABLE %1 ADD PRIMARY KEY (%2)")
                                            .arg(Catalog::quote(targets.table),
                                                 Catalog::quote(targets.names.at(i))))
                                .isError();
        if (!keyed)
            execute(db, QStringLiteral("ROLLBACK TO SAVEPOINT rowbook_key"));
        execute(db, QStringLiteral("RELEASE SAVEPOINT rowbook_key"));
        if (keyed) {
            result->keyColumn = targets.names.at(i);
            result->note = tr("Its column “%1” is its primary key.").arg(result->keyColumn);
            return;
        }
    }
    result->note = tr("It has no primary key, so Rowbook shows it read-only; add one in the SQL "
                      "console: ALTER TABLE %1 ADD PRIMARY KEY (column).")
                       .arg(Catalog::quote(targets.table));
}

ImportJob::Result ImportJob::run()
{
    Result result;
    m_cancelled.store(false);
    m_clock.start();
    m_lastProgressMs = -1;
    const QString table = m_options.table.trimmed();
    if (table.isEmpty() || Catalog::isInternal(table)) {
        result.error = TransferError::make(TransferError::Usage,
                                           table.isEmpty()
                                               ? tr("No table name was given.")
                                               : tr("The table name “%1” is reserved.").arg(table));
        return result;
    }
    if (m_database.readOnly || !m_database.isOpen()) {
        result.error = TransferError::make(TransferError::Unwritable,
                                           m_database.isOpen() ? m_database.readOnlyReason
                                                               : m_database.error.userMessage());
        return result;
    }
    m_totalBytes = QFileInfo(m_options.filePath).size();
    const bool json = m_options.format == Format::Json
                      || (m_options.format == Format::Detect
                          && formatForPath(m_options.filePath) == Format::Json);

    emit phaseChanged(Phase::Scanning);
    Scan scan;
    scan.json = json;
    result.error = json ? scanJson(&scan) : scanCsv(&scan);
    if (!result.error.isError())
        result.error = applyTypes(&scan);
    if (result.error.isError())
        return result;
    result.columns = scan.names;
    result.types = scan.types;

    emit phaseChanged(Phase::Inserting);
    const QString connection = Database::uniqueConnectionName(QStringLiteral("import"));
    {
        QSqlDatabase db = Database::connect(m_database, connection, Database::Role::Writer);
        if (!db.isOpen()) {
            result.error = fromStorage(StorageError::fromSql(db.lastError()));
        } else {
            ImmediateTransaction transaction(db);
            result.error = fromStorage(retry([&] { return transaction.begin(); }));
            Targets targets;
            // Rows that other tables refer to may be written again with the same keys: the
            // references are checked at commit, once every row of the file is in.
            if (!result.error.isError() && m_options.replace)
                result.error = fromStorage(transaction.deferForeignKeys());
            if (!result.error.isError())
                result.error = prepareTable(db, scan, &targets, &result.createdTable);
            if (!result.error.isError()) {
                std::unique_ptr<ImportSink> sink = makeSink(db, targets);
                result.error = fromStorage(sink->ready());
                const RowContext at{db, targets, {}};
                if (!result.error.isError())
                    result.error = json ? insertJson(sink.get(), scan, at, &result.rows)
                                        : insertCsv(sink.get(), scan, at, &result.rows);
                if (!result.error.isError() && result.createdTable && m_database.server)
                    keyNewTable(db, targets, &result);
            }
            // Also a cancel while waiting for a lock: the wait ended because of it.
            if ((!result.error.isError() || result.error.kind == TransferError::Busy)
                && m_cancelled.load())
                result.error = cancelled();
            if (!result.error.isError())
                result.error = commit(transaction, scan, {db, targets, {}});
            if (result.error.isError())
                result.rows = 0;
        }
    }
    Database::disconnect(connection);
    return result;
}

// How the file is read as CSV: the delimiter given (or its extension's) and the encoding.
CsvReader::Options ImportJob::csvOptions() const
{
    CsvReader::Options options;
    options.delimiter = m_options.delimiter ? m_options.delimiter
                                            : ImportPlan::delimiterForPath(m_options.filePath);
    options.encoding = m_options.encoding;
    return options;
}

TransferError ImportJob::applyTypes(Scan *scan) const
{
    if (!m_options.types.isEmpty()) {
        if (m_options.types.size() != scan->types.size())
            return TransferError::make(TransferError::Usage,
                                       tr("%1 column types were given for %2 columns.")
                                           .arg(m_options.types.size())
                                           .arg(scan->types.size()));
        scan->types = m_options.types;
    }
    for (const auto &[name, type] : m_options.namedTypes) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < scan->names.size() && index < 0; ++i) {
            if (scan->names.at(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0
                || scan->sourceNames.value(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive)
                       == 0)
                index = i;
        }
        if (index < 0)
            return TransferError::make(TransferError::Usage,
                                       tr("The file has no column “%1” to give a type (its "
                                          "columns are: %2).")
                                           .arg(name, scan->names.join(QStringLiteral(", "))));
        scan->types[index] = type;
    }
    return {};
}

TransferError
ImportJob::prepareTable(const QSqlDatabase &db, const Scan &scan, Targets *targets, bool *created)
{
    const QString table = m_options.table.trimmed();
    const TableInfo info = Catalog::table(db, table);
    if (info.isValid() && !info.isView
        && (!m_options.types.isEmpty() || !m_options.namedTypes.isEmpty()))
        return TransferError::make(TransferError::Usage,
                                   tr("Table “%1” exists, so its own column types decide how "
                                      "values are stored; column types can only be given for a "
                                      "new table.")
                                       .arg(info.name));
    if (!info.isValid()) {
        if (scan.names.isEmpty())
            return TransferError::make(
                TransferError::Input,
                tr("The file holds no columns to create table “%1” from.").arg(table));
        QStringList columns;
        for (qsizetype i = 0; i < scan.names.size(); ++i) {
            const QString type = m_database.server ? postgresTypeName(scan.types.at(i))
                                                   : sqlTypeName(scan.types.at(i));
            const QString name = Catalog::quote(scan.names.at(i));
            columns << (type.isEmpty() ? name : name + QLatin1Char(' ') + type);
            targets->types << type;
            targets->conversions << ColumnConversion{affinityOf(type),
                                                     scan.types.at(i) == ColumnType::Boolean};
        }
        targets->table = table;
        targets->names = scan.names;
        *created = true;
        return fromStorage(retryOnServer(db, [&] {
            return execute(db, QStringLiteral("CREATE TABLE %1 (%2)")
                                   .arg(Catalog::quote(table), columns.join(QStringLiteral(", "))));
        }));
    }
    if (info.isView)
        return TransferError::make(TransferError::Usage,
                                   tr("“%1” is a view; import into a table.").arg(table));
    // With a header the file's columns go into the table's of the same name, else in order.
    const ImportPlan::ColumnMatch match
        = ImportPlan::matchColumns(info, scan.sourceNames, scan.names.size());
    if (!match.missing.isEmpty()) // a file without columns (JSON "[]") adds no rows
        return TransferError::make(TransferError::Input, match.problem(), 1, 1);
    targets->table = info.name; // as the database spells it (a server tells case apart)
    if (!m_database.server && info.keyColumn >= 0) // SQLite's INTEGER PRIMARY KEY
        targets->integerKey = info.columns.at(info.keyColumn).name;
    for (const QString &target : match.targets) {
        const QString type = info.columns.at(info.columnIndex(target)).declaredType;
        targets->names << target;
        targets->types << type;
        targets->conversions << ColumnConversion{affinityOf(type)};
    }
    return m_options.replace ? emptyForReplacing(db, info) : TransferError();
}

// Deletes the table's rows for the file's, in the import's transaction, unless that would delete
// or change another table's rows, or a reference checked at once refuses it.
TransferError ImportJob::emptyForReplacing(const QSqlDatabase &db, const TableInfo &info)
{
    // Deferring the checks to COMMIT does not defer actions: ON DELETE CASCADE would delete
    // another table's rows with the rows replaced, and SET NULL would cut their references.
    bool unread = false;
    const QVector<ForeignKeyConstraint> referring
        = ForeignKeys::referringTo(db, info.name, &unread);
    if (unread)
        return TransferError::make(TransferError::Unwritable,
                                   tr("The tables that refer to “%1” could not be read, so its "
                                      "rows were not replaced. Nothing was imported.")
                                       .arg(info.name));
    for (const ForeignKeyConstraint &key : referring) {
        if (key.table != info.name && key.changesChildren())
            return TransferError::make(
                TransferError::Input,
                tr("“%1” refers to “%2” with ON DELETE %3, so replacing the rows of “%2” would "
                   "delete or change rows of “%1”; import without replacing. Nothing was "
                   "imported.")
                    .arg(key.table, info.name, key.onDelete));
    }
    const StorageError emptied = retryOnServer(db, [&] {
        return execute(db, QStringLiteral("DELETE FROM %1").arg(Catalog::quote(info.name)));
    });
    // A reference checked at once (a server's foreign keys not declared DEFERRABLE, RESTRICT).
    if (emptied.isForeignKey())
        return TransferError::make(TransferError::Input,
                                   tr("Rows of other tables refer to the rows of “%1”, so its "
                                      "rows cannot be replaced; import without replacing, or "
                                      "change those rows first. Nothing was imported.")
                                       .arg(info.name));
    return fromStorage(emptied);
}

TransferError ImportJob::scanCsv(Scan *scan)
{
    QFile file(m_options.filePath);
    if (TransferError error = openFile(&file); error.isError())
        return error;
    CsvReader reader(&file, csvOptions());
    if (!reader.readRecord()) {
        if (reader.hasError())
            return reader.error();
        return TransferError::make(TransferError::Input,
                                   m_options.header
                                       ? tr("The file is empty (expected a header row).")
                                       : tr("The file is empty."),
                                   1, 1);
    }
    const int columns = reader.fieldCount();
    QStringList names;
    for (int i = 0; i < columns; ++i)
        names << (m_options.header ? reader.text(i) : QString());
    if (m_options.header)
        scan->sourceNames = names;
    scan->names = uniqueColumnNames(names);
    scan->inference.resize(size_t(columns));
    bool pending = !m_options.header; // the first record is data
    while (pending || reader.readRecord()) {
        pending = false;
        if (reader.fieldCount() != columns)
            return ImportPlan::raggedRow(reader, columns);
        for (int i = 0; i < columns; ++i)
            scan->inference[size_t(i)].add(
                ImportPlan::csvShape(reader.field(i), reader.isQuoted(i)));
        if (++scan->rows % checkEveryRows == 0 && !reportProgress(scan->rows, reader.bytesRead()))
            return cancelled();
    }
    if (reader.hasError())
        return reader.error();
    finishScan(scan, reader.bytesRead());
    return {};
}

void ImportJob::finishScan(Scan *scan, qint64 bytesRead)
{
    for (const TypeInference &inference : scan->inference)
        scan->types << (scan->json ? inference.jsonType() : inference.type());
    reportProgress(scan->rows, bytesRead, true);
}

TransferError
ImportJob::insertCsv(ImportSink *sink, const Scan &scan, const RowContext &at, qint64 *rows)
{
    QFile file(m_options.filePath);
    if (TransferError error = openFile(&file); error.isError())
        return error;
    CsvReader reader(&file, csvOptions());
    if (m_options.header && !reader.readRecord())
        return reader.error();
    const int columns = int(scan.types.size());
    while (reader.readRecord()) {
        if (reader.fieldCount() != columns)
            return reader.errorAtField(std::min(columns, reader.fieldCount()),
                                       tr("The file changed while it was imported (expected %1 "
                                          "fields, found %2).")
                                           .arg(columns)
                                           .arg(reader.fieldCount()));
        for (int i = 0; i < columns; ++i)
            sink->bindCsv(i, reader.field(i), reader.isQuoted(i));
        if (const StorageError error = sink->endRow(reader.recordLine()); error.isError())
            return fromSink(error, *sink, scan, {at.db, at.targets, [&reader](int i) {
                                                     return reader.text(i);
                                                 }});
        if (++*rows % checkEveryRows == 0 && !reportProgress(*rows, reader.bytesRead()))
            return cancelled();
    }
    if (reader.hasError())
        return reader.error();
    if (const StorageError error = sink->finish(); error.isError())
        return fromSink(error, *sink, scan, at);
    reportProgress(*rows, reader.bytesRead(), true);
    return {};
}

TransferError ImportJob::scanJson(Scan *scan)
{
    if (!isUtf8(m_options.encoding))
        return TransferError::make(TransferError::Usage,
                                   tr("JSON files are always UTF-8, so the encoding “%1” cannot be "
                                      "used with JSON.")
                                       .arg(m_options.encoding));
    QFile file(m_options.filePath);
    if (TransferError error = openFile(&file); error.isError())
        return error;
    JsonReader reader(&file);
    QHash<QString, int> index;
    while (reader.readObject()) {
        const QJsonObject &object = reader.object();
        const QStringList &keys = reader.keys();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            auto found = index.constFind(keys.at(k));
            if (found == index.constEnd()) {
                found = index.insert(keys.at(k), int(scan->sourceNames.size()));
                scan->sourceNames << keys.at(k);
                scan->inference.emplace_back();
            }
            ImportPlan::addJson(&scan->inference[size_t(*found)],
                                jsonCell(object.value(keys.at(k)), reader.rawValue(k)));
        }
        if (++scan->rows % checkEveryRows == 0 && !reportProgress(scan->rows, reader.bytesRead()))
            return cancelled();
    }
    if (reader.hasError())
        return reader.error();
    scan->names = uniqueColumnNames(scan->sourceNames);
    finishScan(scan, reader.bytesRead());
    return {};
}

TransferError
ImportJob::insertJson(ImportSink *sink, const Scan &scan, const RowContext &at, qint64 *rows)
{
    QFile file(m_options.filePath);
    if (TransferError error = openFile(&file); error.isError())
        return error;
    JsonReader reader(&file);
    QHash<QString, int> index;
    for (qsizetype i = 0; i < scan.sourceNames.size(); ++i)
        index.insert(scan.sourceNames.at(i), int(i));
    const int columns = int(scan.types.size());
    std::vector<bool> bound(static_cast<size_t>(columns));
    while (reader.readObject()) {
        std::fill(bound.begin(), bound.end(), false);
        const QJsonObject &object = reader.object();
        const QStringList &keys = reader.keys();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const int i = index.value(keys.at(k), -1);
            if (i < 0)
                return TransferError::make(TransferError::Input,
                                           tr("The file changed while it was imported."),
                                           reader.objectLine(), 1);
            bound[size_t(i)] = true;
            sink->bindJson(i, object.value(keys.at(k)), reader.rawValue(k));
        }
        for (int i = 0; i < columns; ++i) {
            if (!bound[size_t(i)])
                sink->bindNull(i);
        }
        if (const StorageError error = sink->endRow(reader.objectLine()); error.isError())
            return fromSink(error, *sink, scan,
                            {at.db, at.targets, [&](int i) {
                                 const QJsonValue value = object.value(scan.sourceNames.value(i));
                                 return value.isString() ? value.toString()
                                                         : value.toVariant().toString();
                             }});
        if (++*rows % checkEveryRows == 0 && !reportProgress(*rows, reader.bytesRead()))
            return cancelled();
    }
    if (reader.hasError())
        return reader.error();
    if (const StorageError error = sink->finish(); error.isError())
        return fromSink(error, *sink, scan, at);
    reportProgress(*rows, reader.bytesRead(), true);
    return {};
}

} // namespace rowbook

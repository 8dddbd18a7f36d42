#include "importjob.h"

#include "catalog.h"
#include "csvreader.h"
#include "jsonreader.h"
#include "logging.h"
#include "sqlitestatement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <functional>
#include <vector>

namespace rowbook {
namespace {

constexpr int checkEveryRows = 4096;

ValueShape shapeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ValueShape::Empty;
    case QJsonValue::Bool:
        return ValueShape::Integer;
    case QJsonValue::Double:
        return value.toVariant().typeId() == QMetaType::LongLong ? ValueShape::Integer
                                                                 : ValueShape::Real;
    default:
        return ValueShape::Text;
    }
}

QByteArray realText(double value)
{
    QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains('.') && !text.contains('e') && !text.contains('n'))
        text += ".0"; // so that it reads back as a REAL
    return text;
}

// A JSON value as text for a TEXT column.
QByteArray textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double:
        return shapeOf(value) == ValueShape::Integer ? QByteArray::number(value.toInteger())
                                                     : realText(value.toDouble());
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    default:
        return {};
    }
}

} // namespace

struct ImportJob::Scan
{
    QStringList sourceNames; // as in the file (header or keys); empty without a header
    QStringList names;       // unique, valid names for a new table
    std::vector<TypeInference> inference;
    QVector<ColumnType> types;
    qint64 rows = 0;
};

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
    qCDebug(lcTransfer, "import of %s into %s: %lld rows%s%s",
            qUtf8Printable(m_options.filePath), qUtf8Printable(m_options.table),
            static_cast<long long>(result.rows), result.error.kind ? ", error: " : "",
            qUtf8Printable(result.error.message));
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

TransferError ImportJob::fromStorage(const StorageError &error, int line) const
{
    switch (error.kind) {
    case StorageError::None:
        return {};
    case StorageError::Busy:
        return TransferError::make(TransferError::Busy,
                                   tr("The database is busy: another program held its lock for "
                                      "more than %1 seconds. Nothing was imported.")
                                       .arg(m_options.retry.budgetMs / 1000.0));
    case StorageError::Constraint:
        return TransferError::make(
            TransferError::Input, tr("%1 Nothing was imported.").arg(error.userMessage()), line, 1);
    default:
        return TransferError::make(TransferError::Unwritable,
                                   tr("%1 Nothing was imported.").arg(error.userMessage()));
    }
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
    result.error = json ? scanJson(&scan) : scanCsv(&scan);
    if (!result.error.isError() && !m_options.types.isEmpty()) {
        if (m_options.types.size() == scan.types.size())
            scan.types = m_options.types;
        else
            result.error = TransferError::make(TransferError::Usage,
                                               tr("%1 column types were given for %2 columns.")
                                                   .arg(m_options.types.size())
                                                   .arg(scan.types.size()));
    }
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
            QStringList targets;
            if (!result.error.isError())
                result.error = prepareTable(db, scan, &targets, &result.createdTable);
            if (!result.error.isError()) {
                QStringList quoted;
                for (const QString &name : std::as_const(targets))
                    quoted << Catalog::quote(name);
                const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(Catalog::quote(table), quoted.join(QLatin1Char(',')),
                                             QStringList(targets.size(), QStringLiteral("?"))
                                                 .join(QLatin1Char(',')));
                SqliteStatement insert(db, sql);
                result.error = insert.isValid() ? (json ? insertJson(&insert, scan, &result.rows)
                                                        : insertCsv(&insert, scan, &result.rows))
                                                : fromStorage(insert.error());
            }
            if (!result.error.isError() && m_cancelled.load())
                result.error = TransferError::make(TransferError::Cancelled,
                                                   tr("The import was cancelled; nothing was "
                                                      "imported."));
            if (!result.error.isError())
                result.error = fromStorage(retry([&] { return transaction.commit(); }));
            if (result.error.isError())
                result.rows = 0;
        }
    }
    Database::disconnect(connection);
    return result;
}

TransferError ImportJob::prepareTable(const QSqlDatabase &db,
                                      const Scan &scan,
                                      QStringList *targets,
                                      bool *created)
{
    const QString table = m_options.table.trimmed();
    const TableInfo info = Catalog::table(db, table);
    if (!info.isValid()) {
        if (scan.names.isEmpty())
            return TransferError::make(
                TransferError::Input,
                tr("The file holds no columns to create table “%1” from.").arg(table));
        QStringList columns;
        for (qsizetype i = 0; i < scan.names.size(); ++i)
            columns << Catalog::quote(scan.names.at(i)) + QLatin1Char(' ')
                           + sqlTypeName(scan.types.at(i));
        *targets = scan.names;
        *created = true;
        return fromStorage(
            execute(db, QStringLiteral("CREATE TABLE %1 (%2)")
                            .arg(Catalog::quote(table), columns.join(QStringLiteral(", ")))));
    }
    if (info.isView)
        return TransferError::make(TransferError::Usage,
                                   tr("“%1” is a view; import into a table.").arg(table));
    if (scan.sourceNames.isEmpty()) { // no header: the file's columns are the table's, in order
        if (scan.names.size() > info.columns.size())
            return TransferError::make(TransferError::Input,
                                       tr("The file has %1 columns but table “%2” has only %3.")
                                           .arg(scan.names.size())
                                           .arg(table)
                                           .arg(info.columns.size()),
                                       1, 1);
        for (qsizetype i = 0; i < scan.names.size(); ++i)
            *targets << info.columns.at(i).name;
    } else {
        for (const QString &name : scan.sourceNames) {
            const int index = info.columnIndex(name.trimmed());
            if (index < 0) {
                QStringList existing;
                for (const ColumnInfo &column : info.columns)
                    existing << column.name;
                return TransferError::make(
                    TransferError::Input,
                    tr("Column “%1” is not in table “%2” (expected one of: "
                       "%3).")
                        .arg(name, table, existing.join(QStringLiteral(", "))),
                    1, 1);
            }
            *targets << info.columns.at(index).name;
        }
    }
    if (m_options.replace)
        return fromStorage(
            execute(db, QStringLiteral("DELETE FROM %1").arg(Catalog::quote(table))));
    return {};
}

TransferError ImportJob::scanCsv(Scan *scan)
{
    QFile file(m_options.filePath);
    if (TransferError error = openFile(&file); error.isError())
        return error;
    CsvReader::Options options;
    options.delimiter = m_options.delimiter;
    options.encoding = m_options.encoding;
    if (!options.delimiter
        && QFileInfo(m_options.filePath).suffix().toLower() == QLatin1String("tsv"))
        options.delimiter = '\t';
    CsvReader reader(&file, options);
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
        if (reader.fieldCount() != columns) {
            const bool more = reader.fieldCount() > columns;
            return reader.errorAtField(more ? columns : reader.fieldCount(),
                                       (more ? tr("This row has more fields than the header "
                                                  "(expected %1 fields, found %2).")
                                             : tr("This row has fewer fields than the header "
                                                  "(expected %1 fields, found %2)."))
                                           .arg(columns)
                                           .arg(reader.fieldCount()));
        }
        for (int i = 0; i < columns; ++i)
            scan->inference[size_t(i)].addText(reader.field(i));
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
        scan->types << inference.type();
    reportProgress(scan->rows, bytesRead, true);
}

TransferError ImportJob::cancelled()
{
    return TransferError::make(TransferError::Cancelled,
                               tr("The import was cancelled; nothing was imported."));
}

TransferError ImportJob::insertCsv(SqliteStatement *insert, const Scan &scan, qint64 *rows)
{
    QFile file(m_options.filePath);
    if (TransferError error = openFile(&file); error.isError())
        return error;
    CsvReader::Options options;
    options.delimiter = m_options.delimiter;
    options.encoding = m_options.encoding;
    if (!options.delimiter
        && QFileInfo(m_options.filePath).suffix().toLower() == QLatin1String("tsv"))
        options.delimiter = '\t';
    CsvReader reader(&file, options);
    if (m_options.header && !reader.readRecord())
        return reader.error();
    const int columns = int(scan.types.size());
    const ColumnType *types = scan.types.constData();
    while (reader.readRecord()) {
        if (reader.fieldCount() != columns)
            return reader.errorAtField(std::min(columns, reader.fieldCount()),
                                       tr("The file changed while it was imported (expected %1 "
                                          "fields, found %2).")
                                           .arg(columns)
                                           .arg(reader.fieldCount()));
        for (int i = 0; i < columns; ++i) {
            const QByteArrayView value = reader.field(i);
            if (value.isEmpty()) {
                if (types[i] == ColumnType::Text && reader.isQuoted(i))
                    insert->bindText(i, value);
                else
                    insert->bindNull(i);
                continue;
            }
            switch (types[i]) {
            case ColumnType::Integer: {
                qint64 number = 0;
                if (parseInteger(value, &number))
                    insert->bindInteger(i, number);
                else
                    insert->bindText(i, value);
                break;
            }
            case ColumnType::Real: {
                double number = 0;
                if (parseReal(value, &number))
                    insert->bindReal(i, number);
                else
                    insert->bindText(i, value);
                break;
            }
            case ColumnType::Text:
                insert->bindText(i, value);
                break;
            }
        }
        if (const StorageError error = insert->execute(); error.isError())
            return fromStorage(error, reader.recordLine());
        if (++*rows % checkEveryRows == 0 && !reportProgress(*rows, reader.bytesRead()))
            return cancelled();
    }
    if (reader.hasError())
        return reader.error();
    reportProgress(*rows, reader.bytesRead(), true);
    return {};
}

TransferError ImportJob::scanJson(Scan *scan)
{
    QFile file(m_options.filePath);
    if (TransferError error = openFile(&file); error.isError())
        return error;
    JsonReader reader(&file);
    QHash<QString, int> index;
    while (reader.readObject()) {
        const QJsonObject &object = reader.object();
        for (const QString &key : reader.keys()) {
            auto found = index.constFind(key);
            if (found == index.constEnd()) {
                found = index.insert(key, int(scan->sourceNames.size()));
                scan->sourceNames << key;
                scan->inference.emplace_back();
            }
            scan->inference[size_t(*found)].add(shapeOf(object.value(key)));
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

TransferError ImportJob::insertJson(SqliteStatement *insert, const Scan &scan, qint64 *rows)
{
    QFile file(m_options.filePath);
    if (TransferError error = openFile(&file); error.isError())
        return error;
    JsonReader reader(&file);
    QHash<QString, int> index;
    for (qsizetype i = 0; i < scan.sourceNames.size(); ++i)
        index.insert(scan.sourceNames.at(i), int(i));
    const int columns = int(scan.types.size());
    std::vector<QByteArray> texts(static_cast<size_t>(columns));
    std::vector<bool> bound(static_cast<size_t>(columns));
    while (reader.readObject()) {
        std::fill(bound.begin(), bound.end(), false);
        const QJsonObject &object = reader.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const int i = index.value(it.key(), -1);
            const QJsonValue value = it.value();
            if (i < 0)
                return TransferError::make(TransferError::Input,
                                           tr("The file changed while it was imported."),
                                           reader.objectLine(), 1);
            bound[size_t(i)] = true;
            const ValueShape shape = shapeOf(value);
            if (shape == ValueShape::Empty) {
                insert->bindNull(i);
            } else if (scan.types.at(i) == ColumnType::Integer && shape == ValueShape::Integer) {
                insert->bindInteger(i, value.isBool() ? qint64(value.toBool()) : value.toInteger());
            } else if (scan.types.at(i) == ColumnType::Real && shape != ValueShape::Text) {
                insert->bindReal(i, value.isBool() ? double(value.toBool()) : value.toDouble());
            } else {
                texts[size_t(i)] = textOf(value);
                insert->bindText(i, texts[size_t(i)]);
            }
        }
        for (int i = 0; i < columns; ++i) {
            if (!bound[size_t(i)])
                insert->bindNull(i);
        }
        if (const StorageError error = insert->execute(); error.isError())
            return fromStorage(error, reader.objectLine());
        if (++*rows % checkEveryRows == 0 && !reportProgress(*rows, reader.bytesRead()))
            return cancelled();
    }
    if (reader.hasError())
        return reader.error();
    reportProgress(*rows, reader.bytesRead(), true);
    return {};
}

} // namespace rowbook

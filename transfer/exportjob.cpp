#include "exportjob.h"

#include "backend.h"
#include "catalog.h"
#include "joboutput.h"
#include "rowstream.h"
#include "rowwriter.h"
#include "sqlitestatement.h"
#include "transferlogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QtNumeric>

#include <vector>

namespace rowbook {

namespace {

// Every row of `select` until the last (true), or false when the output refused bytes or
// `report` (called every 4,096 rows with the count) said stop. `writeValue(out, select, i)`
// writes one value; the rows and their separators are the same for every engine.
template<typename Select, typename WriteValue, typename Report>
bool writeRows(Select &select,
               RowWriter &out,
               const QList<QByteArray> &names,
               qint64 &rows,
               WriteValue writeValue,
               Report report)
{
    const bool json = out.isJson();
    const int columns = int(names.size());
    while (select.next()) {
        if (json)
            out.put(rows == 0 ? "\n{" : ",\n{");
        for (int i = 0; i < columns; ++i) {
            if (json) {
                if (i > 0)
                    out.put(',');
                out.putText(names.at(i));
                out.put(':');
            } else if (i > 0) {
                out.put(',');
            }
            writeValue(out, select, i);
        }
        out.put(json ? QByteArrayView("}") : QByteArrayView("\r\n"));
        ++rows;
        if (rows % 4096 == 0 && (!report(rows) || !out.flushIfFull()))
            return false;
    }
    return true;
}

// A value read through Qt's driver (another engine than SQLite), written as the SQLite path
// writes the same value: numbers as numbers (PostgreSQL's numeric arrives as its exact text),
// booleans as 1/0, dates and times as SQLite's text form.
void writeVariant(RowWriter &out, const QSqlQuery &select, int column, bool numeric)
{
    const QVariant value = select.value(column);
    if (value.isNull()) {
        out.putNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out.putInteger(value.toBool() ? 1 : 0);
        return;
    case QMetaType::ULongLong: // QPSQL's bigint
    case QMetaType::UInt:
        out.putInteger(value.toLongLong());
        return;
    case QMetaType::QDate:
        out.putText(value.toDate().toString(Qt::ISODate).toUtf8());
        return;
    case QMetaType::QTime:
        out.putText(value.toTime().toString(QStringLiteral("HH:mm:ss")).toUtf8());
        return;
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        const QString format = time.time().msec() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                       : QStringLiteral("yyyy-MM-dd HH:mm:ss");
        out.putText(time.toString(format).toUtf8());
        return;
    }
    case QMetaType::QString:
        if (numeric) {
            // numeric, exact; without the zeros its scale pads, as SQLite's REAL reads
            QString number = value.toString();
            if (number == QLatin1String("NaN") || number.endsWith(QLatin1String("Infinity"))) {
                // as for a double (PostgreSQL's spelling is no number for CSV or JSON)
                out.putReal(number == QLatin1String("NaN")        ? qQNaN()
                            : number.startsWith(QLatin1Char('-')) ? -qInf()
                                                                  : qInf());
                return;
            }
            if (number.contains(QLatin1Char('.'))
                && !number.contains(QLatin1Char('e'), Qt::CaseInsensitive)) {
                while (number.endsWith(QLatin1Char('0')))
                    number.chop(1);
                if (number.endsWith(QLatin1Char('.')))
                    number.chop(1);
            }
            out.put(number.toUtf8());
            return;
        }
        break;
    default:
        break;
    }
    out.putValue(value);
}

} // namespace

ExportJob::ExportJob(const DatabaseInfo &database, const Options &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
{
    qRegisterMetaType<rowbook::ExportJob::Result>();
}

ExportJob::Format ExportJob::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("json") ? Format::Json : Format::Csv;
}

void ExportJob::start()
{
    const Result result = run();
    qCDebug(lcTransfer, "export of %s: %lld rows%s%s", qUtf8Printable(m_options.table),
            static_cast<long long>(result.rows), result.error.kind ? ", error: " : "",
            qUtf8Printable(result.error.message));
    emit finished(result);
}

ExportJob::Result ExportJob::run()
{
    return JobOutput::intoFile<Result>(m_options.outputPath, [this](QSaveFile *file) {
        Result result;
        result.error = JobOutput::open(file);
        return result.error.isError() ? result : run(file);
    });
}

ExportJob::Result ExportJob::run(QIODevice *output)
{
    Result result;
    m_cancelled.store(false);
    result.error = JobOutput::checkDatabase(m_database);
    if (result.error.isError())
        return result;
    const QString connection = Database::uniqueConnectionName(QStringLiteral("export"));
    {
        QSqlDatabase db = Database::connect(m_database, connection, Database::Role::Reader);
        const TableInfo table = Catalog::table(db, m_options.table);
        result.error = JobOutput::checkConnection(db);
        if (!result.error.isError() && (!table.isValid() || Catalog::isInternal(m_options.table)))
            result.error = TransferError::make(
                TransferError::Usage,
                tr("There is no table “%1” in %2.").arg(m_options.table, m_database.path));
        if (!result.error.isError()) {
            result = writeTable(db, table.name, output);
            emit progress(result.rows);
        }
    }
    Database::disconnect(connection);
    return result;
}

bool ExportJob::report(qint64 rows)
{
    emit progress(rows);
    return !m_cancelled.load();
}

ExportJob::Result
ExportJob::writeTableQuery(const QSqlDatabase &db, const QString &table, QIODevice *output)
{
    Result result;
    // The columns as the grid reads them (dates and times as the server's exact text).
    const TableInfo info = Catalog::table(db, table);
    const SqlDialect &dialect = SqlDialect::of(db);
    QStringList columns;
    for (const ColumnInfo &column : info.columns)
        columns << dialect.selectColumn(column);
    // A read transaction, which the server's cursor lives in (RowStream); nothing is written.
    QSqlDatabase reader = db;
    const bool inTransaction = reader.transaction();
    const auto endTransaction = qScopeGuard([&] {
        if (inTransaction)
            reader.rollback();
    });
    RowStream rows(db);
    QSqlQuery &select = rows.query();
    select.setNumericalPrecisionPolicy(QSql::HighPrecision); // numeric as its exact text
    if (!rows.exec(
            QStringLiteral("SELECT %1 FROM %2")
                .arg(columns.join(QLatin1String(", ")), dialect.quoteIdentifier(info.name)))) {
        const StorageError error = StorageError::fromSql(select.lastError());
        result.error = TransferError::make(TransferError::kindOf(error), error.userMessage());
        return result;
    }
    RowWriter out(output, m_options.format == Format::Json);
    QList<QByteArray> names;
    std::vector<bool> numeric; // the columns whose text is a number (QPSQL's numeric)
    const QSqlRecord record = select.record();
    for (int i = 0; i < record.count(); ++i) {
        names << info.columns.value(i).name.toUtf8();
        numeric.push_back(record.field(i).metaType().id() == QMetaType::Double);
    }
    writeHead(out, names);
    const auto writeValue = [&numeric](RowWriter &row, const RowStream &stream, int column) {
        writeVariant(row, stream.query(), column, numeric[std::size_t(column)]);
    };
    bool ok = writeRows(rows, out, names, result.rows, writeValue,
                        [this](qint64 rows) { return report(rows); });
    if (ok && out.isJson())
        out.put(result.rows == 0 ? "]\n" : "\n]\n");
    ok = ok && out.flush();
    if (m_cancelled.load())
        result.error
            = TransferError::make(TransferError::Cancelled, tr("The export was cancelled."));
    else if (select.lastError().isValid())
        result.error = TransferError::make(TransferError::Unwritable,
                                           StorageError::fromSql(select.lastError()).userMessage());
    else if (!ok)
        result.error = TransferError::make(
            TransferError::Input,
            tr("The output cannot be written: %1.").arg(output->errorString()));
    return result;
}

ExportJob::Result
ExportJob::writeTable(const QSqlDatabase &db, const QString &table, QIODevice *output)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return writeTableQuery(db, table, output);
    Result result;
    const bool json = m_options.format == Format::Json;
    const QString sql = QStringLiteral("SELECT * FROM %1").arg(Catalog::quote(table));
    QElapsedTimer clock;
    clock.start();
    for (int attempt = 1;; ++attempt) {
        SqliteStatement select(db, sql);
        RowWriter out(output, json);
        QList<QByteArray> names;
        for (int i = 0; i < select.columnCount(); ++i)
            names << select.columnName(i).toUtf8();
        writeHead(out, names);
        bool ok = writeRows(select, out, names, result.rows, &ExportJob::writeValue,
                            [this](qint64 rows) { return report(rows); });
        const StorageError error = select.error();
        if (error.isBusy() && result.rows == 0) { // nothing was written yet: try again
            const int delay = m_options.retry.delayForAttempt(attempt);
            if (clock.elapsed() + delay <= m_options.retry.budgetMs) {
                QThread::msleep(static_cast<unsigned long>(delay));
                continue;
            }
        }
        if (ok && json)
            out.put(result.rows == 0 ? "]\n" : "\n]\n");
        ok = ok && out.flush();
        if (m_cancelled.load())
            result.error
                = TransferError::make(TransferError::Cancelled, tr("The export was cancelled."));
        else if (error.isError())
            result.error = TransferError::make(TransferError::kindOf(error), error.userMessage());
        else if (!ok)
            result.error = TransferError::make(
                TransferError::Input,
                tr("The output cannot be written: %1.").arg(output->errorString()));
        return result;
    }
}

void ExportJob::writeHead(RowWriter &out, const QList<QByteArray> &names)
{
    if (out.isJson()) {
        out.put('[');
        return;
    }
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0)
            out.put(',');
        out.putText(names.at(i));
    }
    out.put("\r\n");
}

void ExportJob::writeValue(RowWriter &out, const SqliteStatement &select, int column)
{
    switch (select.columnType(column)) {
    case SqliteStatement::Type::Integer:
        out.putInteger(select.integerValue(column));
        break;
    case SqliteStatement::Type::Real:
        out.putReal(select.realValue(column));
        break;
    case SqliteStatement::Type::Text:
        out.putText(select.textValue(column));
        break;
    case SqliteStatement::Type::Blob:
        out.putBlob(select.blobValue(column));
        break;
    case SqliteStatement::Type::Null:
        out.putNull();
        break;
    }
}

} // namespace rowbook

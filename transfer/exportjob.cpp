#include "exportjob.h"

#include "catalog.h"
#include "joboutput.h"
#include "rowwriter.h"
#include "sqlitestatement.h"
#include "transferlogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace rowbook {

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

ExportJob::Result
ExportJob::writeTable(const QSqlDatabase &db, const QString &table, QIODevice *output)
{
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
        bool ok = writeRows(select, out, names, result.rows);
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
            result.error = TransferError::make(error.isBusy() ? TransferError::Busy
                                                              : TransferError::Unwritable,
                                               error.userMessage());
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

bool ExportJob::writeRows(SqliteStatement &select,
                          RowWriter &out,
                          const QList<QByteArray> &names,
                          qint64 &rows)
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
        if (rows % 4096 == 0) {
            emit progress(rows);
            if (!out.flushIfFull() || m_cancelled.load())
                return false;
        }
    }
    return true;
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

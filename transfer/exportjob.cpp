#include "exportjob.h"

#include "catalog.h"
#include "logging.h"
#include "rowwriter.h"
#include "sqlitestatement.h"

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
    QSaveFile file(m_options.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.error = TransferError::make(
            TransferError::Input,
            tr("The file %1 cannot be written: %2.").arg(m_options.outputPath, file.errorString()));
        return result;
    }
    Result result = run(&file);
    if (!result.error.isError() && !file.commit())
        result.error = TransferError::make(
            TransferError::Input,
            tr("The file %1 cannot be written: %2.").arg(m_options.outputPath, file.errorString()));
    return result;
}

ExportJob::Result ExportJob::run(QIODevice *output)
{
    Result result;
    m_cancelled.store(false);
    if (!m_database.isOpen()) {
        result.error
            = TransferError::make(TransferError::Unwritable, m_database.error.userMessage());
        return result;
    }
    const bool json = m_options.format == Format::Json;
    const QString connection = Database::uniqueConnectionName(QStringLiteral("export"));
    {
        QSqlDatabase db = Database::connect(m_database, connection, Database::Role::Reader);
        const TableInfo table = Catalog::table(db, m_options.table);
        if (!db.isOpen()) {
            result.error = TransferError::make(TransferError::Unwritable,
                                               StorageError::fromSql(db.lastError()).userMessage());
        } else if (!table.isValid() || Catalog::isInternal(m_options.table)) {
            result.error = TransferError::make(
                TransferError::Usage,
                tr("There is no table “%1” in %2.").arg(m_options.table, m_database.path));
        } else {
            const QString sql = QStringLiteral("SELECT * FROM %1").arg(Catalog::quote(table.name));
            QElapsedTimer clock;
            clock.start();
            for (int attempt = 1;; ++attempt) {
                SqliteStatement select(db, sql);
                RowWriter out(output, json);
                QList<QByteArray> names;
                for (int i = 0; i < select.columnCount(); ++i)
                    names << select.columnName(i).toUtf8();
                if (!json) {
                    for (int i = 0; i < names.size(); ++i) {
                        if (i > 0)
                            out.put(',');
                        out.putText(names.at(i));
                    }
                    out.put("\r\n");
                } else {
                    out.put('[');
                }
                bool ok = true;
                const int columns = int(names.size());
                while (ok && select.next()) {
                    if (json)
                        out.put(result.rows == 0 ? "\n{" : ",\n{");
                    for (int i = 0; i < columns; ++i) {
                        if (json) {
                            if (i > 0)
                                out.put(',');
                            out.putText(names.at(i));
                            out.put(':');
                        } else if (i > 0) {
                            out.put(',');
                        }
                        switch (select.columnType(i)) {
                        case SqliteStatement::Type::Integer:
                            out.putInteger(select.integerValue(i));
                            break;
                        case SqliteStatement::Type::Real:
                            out.putReal(select.realValue(i));
                            break;
                        case SqliteStatement::Type::Text:
                            out.putText(select.textValue(i));
                            break;
                        case SqliteStatement::Type::Blob:
                            out.putBlob(select.blobValue(i));
                            break;
                        case SqliteStatement::Type::Null:
                            out.putNull();
                            break;
                        }
                    }
                    out.put(json ? QByteArrayView("}") : QByteArrayView("\r\n"));
                    ++result.rows;
                    if (result.rows % 4096 == 0) {
                        emit progress(result.rows);
                        ok = out.flushIfFull() && !m_cancelled.load();
                    }
                }
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
                    result.error = TransferError::make(TransferError::Cancelled,
                                                       tr("The export was cancelled."));
                else if (error.isError())
                    result.error = TransferError::make(error.isBusy() ? TransferError::Busy
                                                                      : TransferError::Unwritable,
                                                       error.userMessage());
                else if (!ok)
                    result.error = TransferError::make(
                        TransferError::Input,
                        tr("The output cannot be written: %1.").arg(output->errorString()));
                break;
            }
            emit progress(result.rows);
        }
    }
    Database::disconnect(connection);
    return result;
}

} // namespace rowbook

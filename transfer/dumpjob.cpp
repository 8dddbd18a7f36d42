#include "dumpjob.h"

#include "copyplan.h"
#include "joboutput.h"
#include "sqlitestatement.h"
#include "transferlogging.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>

namespace rowbook {
namespace {

constexpr qsizetype flushAt = 1 << 20;
constexpr qint64 progressEvery = 4096;

// A value read by the bulk statement, as the QSQLITE driver would give it, for CopyPlan::carry.
QVariant variantAt(const SqliteStatement &select, int column)
{
    switch (select.columnType(column)) {
    case SqliteStatement::Type::Integer:
        return QVariant(qlonglong(select.integerValue(column)));
    case SqliteStatement::Type::Real:
        return QVariant(select.realValue(column));
    case SqliteStatement::Type::Text:
        return QVariant(QString::fromUtf8(select.textValue(column)));
    case SqliteStatement::Type::Blob: {
        QByteArray bytes = select.blobValue(column).toByteArray();
        if (bytes.isNull())
            bytes = QByteArray("", 0); // an empty BLOB stays a value, not NULL
        return QVariant(bytes);
    }
    case SqliteStatement::Type::Null:
        break;
    }
    return QVariant();
}

void appendSqliteValue(QByteArray &out, const SqliteStatement &select, int column)
{
    switch (select.columnType(column)) {
    case SqliteStatement::Type::Integer:
        DumpPlan::appendInteger(out, select.integerValue(column));
        break;
    case SqliteStatement::Type::Real:
        DumpPlan::appendReal(out, select.realValue(column), DumpPlan::Dialect::Sqlite);
        break;
    case SqliteStatement::Type::Text:
        DumpPlan::appendText(out, select.textValue(column), DumpPlan::Dialect::Sqlite);
        break;
    case SqliteStatement::Type::Blob:
        DumpPlan::appendBlob(out, select.blobValue(column), DumpPlan::Dialect::Sqlite);
        break;
    case SqliteStatement::Type::Null:
        DumpPlan::appendNull(out);
        break;
    }
}

void appendStatements(QByteArray &out, const QStringList &statements)
{
    for (const QString &statement : statements) {
        out.append(statement.toUtf8());
        out.append(";\n");
    }
}

} // namespace

DumpJob::DumpJob(const DatabaseInfo &database, const Options &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
{
    qRegisterMetaType<rowbook::DumpJob::Result>();
}

void DumpJob::start()
{
    const Result result = run();
    qCDebug(lcTransfer, "dump of %s: %lld rows%s%s", qUtf8Printable(m_database.path),
            static_cast<long long>(result.rows), result.error.kind ? ", error: " : "",
            qUtf8Printable(result.error.message));
    emit finished(result);
}

DumpJob::Result DumpJob::run()
{
    return JobOutput::intoFile<Result>(m_options.outputPath,
                                       [this](QSaveFile *file) { return run(file); });
}

DumpJob::Result DumpJob::run(QIODevice *output)
{
    Result result;
    m_cancelled.store(false);
    result.error = JobOutput::checkDatabase(m_database);
    if (!result.error.isError() && m_database.server)
        result.error = TransferError::make(
            TransferError::Usage,
            tr("The SQL dump reads SQLite files. For a server database, use the server's own "
               "pg_dump, or copy it into a file with “rowbook copy” and dump that."));
    if (result.error.isError())
        return result;
    const QString connection = Database::uniqueConnectionName(QStringLiteral("dump"));
    {
        QSqlDatabase db = Database::connect(m_database, connection, Database::Role::Reader);
        result.error = JobOutput::checkConnection(db);
        if (!result.error.isError()) {
            // One read transaction: the schema and every table come from the same snapshot.
            db.transaction();
            const DumpPlan plan
                = DumpPlan::fromSqlite(db, m_options.dialect, m_options.content, m_options.tables);
            if (!plan.error.isEmpty()) {
                result.error = TransferError::make(
                    plan.unknownTable ? TransferError::Usage : TransferError::Input, plan.error);
            } else if (const TransferError notOpen = JobOutput::open(output); notOpen.isError()) {
                // Opened only now, so a dump that cannot be made leaves no file behind.
                result.error = notOpen;
            } else {
                result = write(db, plan, output);
            }
            db.rollback();
        }
    }
    Database::disconnect(connection);
    return result;
}

DumpJob::Result DumpJob::write(const QSqlDatabase &db, const DumpPlan &plan, QIODevice *output)
{
    Result result;
    result.notes = plan.notes;
    result.tables = int(plan.tables.size());
    const bool postgres = plan.dialect == DumpPlan::Dialect::Postgres;
    const qint64 total = plan.totalRows();
    QByteArray out;
    out.reserve(flushAt + qsizetype(64) * 1024);
    bool ok = true;
    const auto flush = [&]() {
        ok = ok && output->write(out) == out.size();
        out.clear();
        return ok;
    };

    out.append(QStringLiteral("-- Rowbook dump of %1 for %2\n")
                   .arg(QFileInfo(m_database.path).fileName(),
                        postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
                   .toUtf8());
    for (const QString &note : plan.notes)
        out.append(QStringLiteral("-- Note: %1").arg(note).simplified().toUtf8() + '\n');
    appendStatements(out, plan.before);

    StorageError readError;
    emit progress(0, total);
    for (const DumpPlan::Table &table : plan.tables) {
        if (!ok || readError.isError() || m_cancelled.load())
            break;
        SqliteStatement select(db, table.selectSql);
        const int columns = select.columnCount();
        int inBatch = 0;
        while (select.next()) {
            out.append(inBatch == 0 ? QByteArrayView(table.insertHead) : QByteArrayView(",\n"));
            out.append('(');
            for (int i = 0; i < columns; ++i) {
                if (i > 0)
                    out.append(", ");
                if (postgres)
                    DumpPlan::appendValue(
                        out, CopyPlan::carry(variantAt(select, i), table.carries.at(i)),
                        plan.dialect);
                else
                    appendSqliteValue(out, select, i);
            }
            out.append(')');
            if (++inBatch == DumpPlan::batchRows) {
                out.append(";\n");
                inBatch = 0;
            }
            if (++result.rows % progressEvery == 0) {
                emit progress(result.rows, total);
                if (m_cancelled.load() || (out.size() >= flushAt && !flush()))
                    break;
            }
        }
        if (inBatch > 0)
            out.append(";\n");
        readError = select.error();
    }
    // A dump cut short ends without COMMIT, so running it changes nothing.
    if (ok && !readError.isError() && !m_cancelled.load())
        appendStatements(out, plan.after);
    flush();
    emit progress(result.rows, total);

    if (m_cancelled.load())
        result.error = TransferError::make(TransferError::Cancelled, tr("The dump was cancelled."));
    else if (readError.isError())
        result.error = TransferError::make(readError.isBusy() ? TransferError::Busy
                                                              : TransferError::Unwritable,
                                           readError.userMessage());
    else if (!ok)
        result.error = TransferError::make(
            TransferError::Input,
            tr("The output cannot be written: %1.").arg(output->errorString()));
    return result;
}

} // namespace rowbook

#include "dumpjob.h"

#include "copyplan.h"
#include "driverkind.h"
#include "joboutput.h"
#include "pgconnection.h"
#include "rowstream.h"
#include "sqlitestatement.h"
#include "transaction.h"
#include "transferlogging.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

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

using RowDone = std::function<bool()>; // after each row; false stops the dump

// The rows `next()` steps through, as multi-row INSERTs of DumpPlan::batchRows rows after
// `head`; `appendValue(i)` writes column i of the current row.
template<class Next, class AppendValue>
void appendRows(QByteArray &out,
                const QByteArray &head,
                int columns,
                Next next,
                AppendValue appendValue,
                const RowDone &rowDone)
{
    int inBatch = 0;
    while (next()) {
        out.append(inBatch == 0 ? QByteArrayView(head) : QByteArrayView(",\n"));
        out.append('(');
        for (int i = 0; i < columns; ++i) {
            if (i > 0)
                out.append(", ");
            appendValue(i);
        }
        out.append(')');
        if (++inBatch == DumpPlan::batchRows) {
            out.append(";\n");
            inBatch = 0;
        }
        if (!rowDone())
            break;
    }
    if (inBatch > 0)
        out.append(";\n");
}

// The rows of a SQLite table, read by the bulk statement.
StorageError sqliteRows(const QSqlDatabase &db,
                        const DumpPlan::Table &table,
                        DumpPlan::Dialect dialect,
                        QByteArray &out,
                        const RowDone &rowDone)
{
    SqliteStatement select(db, table.selectSql);
    appendRows(
        out, table.insertHead, select.columnCount(), [&] { return select.next(); },
        [&](int i) {
            if (dialect == DumpPlan::Dialect::Postgres)
                DumpPlan::appendValue(
                    out, CopyPlan::carry(variantAt(select, i), table.carries.at(i)), dialect);
            else
                appendSqliteValue(out, select, i);
        },
        rowDone);
    return select.error();
}

// The rows of a server's table, as `rowbook copy` carries them into a file.
StorageError serverRows(const QSqlDatabase &db,
                        const DumpPlan::Table &table,
                        DumpPlan::Dialect dialect,
                        QByteArray &out,
                        const RowDone &rowDone)
{
    RowStream rows(db);
    const QSqlQuery &select = rows.query();
    rows.exec(table.selectSql);
    appendRows(
        out, table.insertHead, select.record().count(), [&] { return rows.next(); },
        [&](int i) {
            DumpPlan::appendValue(out, CopyPlan::carry(select.value(i), table.carries.value(i)),
                                  dialect);
        },
        rowDone);
    return select.lastError().isValid() ? StorageError::fromSql(select.lastError())
                                        : StorageError();
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
    if (!result.error.isError() && m_database.server
        && m_options.dialect == DumpPlan::Dialect::Postgres)
        result.error = TransferError::make(
            TransferError::Usage,
            tr("A server database is dumped as a script for SQLite (--dialect sqlite); a "
               "PostgreSQL script of it is what the server's own pg_dump writes."));
    if (result.error.isError())
        return result;
    const QString connection = Database::uniqueConnectionName(QStringLiteral("dump"));
    {
        QSqlDatabase db = Database::connect(m_database, connection, Database::Role::Reader);
        result.error = JobOutput::checkConnection(db);
        if (!result.error.isError()) {
            // One read transaction: the schema and every table come from the same snapshot.
            bool snapshot = db.transaction();
            const bool server = isPostgres(db);
            for (const QString &statement : CopyPlan::sourcePreamble(
                     server ? CopyPlan::Engine::Postgres : CopyPlan::Engine::Sqlite))
                snapshot = snapshot && !execute(db, statement).isError();
            const DumpPlan plan
                = server ? DumpPlan::fromPostgres(db, m_options.content, m_options.tables)
                         : DumpPlan::fromSqlite(db, m_options.dialect, m_options.content,
                                                m_options.tables);
            if (server && !snapshot) { // one snapshot or no dump: rows could mix
                result.error = TransferError::make(
                    TransferError::Input,
                    tr("The server does not give the dump one read transaction: %1")
                        .arg(db.lastError().text()));
            } else if (!plan.error.isEmpty()) {
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

    // A file by its name, a server database by its own (never the URI, which may hold more).
    // One line whatever the name holds: a line break would start a command in the script.
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    const QString source = (m_database.server ? PgConnection::databaseName(m_database.path)
                                              : QFileInfo(m_database.path).fileName())
                               .replace(control, QStringLiteral(" "));
    out.append(QStringLiteral("-- Rowbook dump of %1 for %2\n")
                   .arg(source, postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
                   .toUtf8());
    for (const QString &note : plan.notes)
        out.append(QStringLiteral("-- Note: %1").arg(note).simplified().toUtf8() + '\n');
    appendStatements(out, plan.before);

    StorageError readError;
    emit progress(0, total);
    // Counts a written row, with progress (and a flush) now and then; false when the dump stops.
    const auto rowDone = [&]() {
        if (out.size() >= flushAt && !flush()) // a row of big values fills the buffer at once
            return false;
        if (++result.rows % progressEvery != 0)
            return true;
        emit progress(result.rows, total);
        return !m_cancelled.load();
    };
    const bool server = isPostgres(db);
    for (const DumpPlan::Table &table : plan.tables) {
        if (!ok || readError.isError() || m_cancelled.load())
            break;
        readError = server ? serverRows(db, table, plan.dialect, out, rowDone)
                           : sqliteRows(db, table, plan.dialect, out, rowDone);
    }
    // A dump cut short ends without COMMIT, so running it changes nothing.
    if (ok && !readError.isError() && !m_cancelled.load())
        appendStatements(out, plan.after);
    flush();
    emit progress(result.rows, total);

    if (m_cancelled.load())
        result.error = TransferError::make(TransferError::Cancelled, tr("The dump was cancelled."));
    else if (readError.isError())
        result.error
            = TransferError::make(TransferError::kindOf(readError), readError.userMessage());
    else if (!ok)
        result.error = TransferError::make(
            TransferError::Input,
            tr("The output cannot be written: %1.").arg(output->errorString()));
    return result;
}

} // namespace rowbook

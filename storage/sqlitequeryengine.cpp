#include "sqlitequeryengine.h"

#include "pgconnection.h"
#include "queryrun.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteQueryEngine)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The first byte at or after `pos` that is not blank, a comment or a stray ';'.
qsizetype skipBlank(const QByteArray &text, qsizetype pos)
{
    const qsizetype n = text.size();
    while (pos < n) {
        const char c = text.at(pos);
        if (isSpace(c) || c == ';') {
            ++pos;
        } else if (c == '-' && pos + 1 < n && text.at(pos + 1) == '-') {
            const qsizetype eol = text.indexOf('\n', pos);
            pos = eol < 0 ? n : eol + 1;
        } else if (c == '/' && pos + 1 < n && text.at(pos + 1) == '*') {
            const qsizetype close = text.indexOf("*/", pos + 2);
            pos = close < 0 ? n : close + 2;
        } else {
            break;
        }
    }
    return pos;
}

SqliteQueryEngine::Statement::Kind kindOf(const QByteArray &text, qsizetype begin)
{
    qsizetype end = begin;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text.at(end)))))
        ++end;
    const QByteArray word = text.mid(begin, end - begin).toUpper();
    using Statement = SqliteQueryEngine::Statement;
    if (word == "BEGIN")
        return Statement::Begin;
    if (word == "COMMIT" || word == "END")
        return Statement::Commit;
    if (word == "ROLLBACK")
        return Statement::Rollback;
    if (word == "SAVEPOINT" || word == "RELEASE")
        return Statement::Savepoint;
    return Statement::Other;
}

// Where in a statement an error is: SQLite's own offset of the token when it gives one, else the
// name that a "no such table: X" names, else the start of the statement.
qsizetype errorOffset(sqlite3 *handle, const QByteArray &text, qsizetype begin, qsizetype end)
{
    if (const int at = sqlite3_error_offset(handle); at >= 0)
        return begin + at;
    const QByteArray message = sqlite3_errmsg(handle);
    for (const QByteArray &prefix : {QByteArray("no such table: "), QByteArray("no such column: "),
                                     QByteArray("no such function: ")}) {
        if (!message.startsWith(prefix))
            continue;
        QByteArray name = message.mid(prefix.size());
        name = name.mid(name.lastIndexOf('.') + 1).toLower(); // main.t: the t is what was typed
        const QByteArray statement = text.mid(begin, end - begin).toLower();
        for (qsizetype at = statement.indexOf(name); at >= 0;
             at = statement.indexOf(name, at + 1)) {
            const auto wordByte = [&](qsizetype i) {
                const char c = i >= 0 && i < statement.size() ? statement.at(i) : ' ';
                return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
            };
            if (!wordByte(at - 1) && !wordByte(at + name.size()))
                return begin + at;
        }
    }
    return begin;
}

struct Finalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, Finalizer>;

QVariant valueOf(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(statement, column));
        return QByteArray(blob, sqlite3_column_bytes(statement, column));
    }
    default:
        return {};
    }
}

// The values of the row `statement` stepped to, its `columns` in order.
QVariantList rowValues(sqlite3_stmt *statement, int columns)
{
    QVariantList values;
    values.reserve(columns);
    for (int i = 0; i < columns; ++i)
        values << valueOf(statement, i);
    return values;
}

} // namespace

struct SqliteQueryEngine::Run : QueryRun
{
    using QueryRun::QueryRun;

    QList<Statement> statements;
    int firstWrite = -1; // the first statement that writes, -1 for a read-only run
    int total = 0;       // statements the run executes (the outer BEGIN … COMMIT left out)
};

SqliteQueryEngine::SqliteQueryEngine(DatabaseInfo info, RetryPolicy policy)
    : m_info(std::move(info))
    , m_policy(policy)
{}

SqliteQueryEngine::~SqliteQueryEngine()
{
    {
        QMutexLocker lock(&m_handleMutex);
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        m_handle = nullptr;
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        Database::disconnect(m_connectionName);
}

bool SqliteQueryEngine::open(QString *problem)
{
    if (PgConnection::isUri(m_info.path)) { // never a file named like a URI: PgQueryEngine
        if (problem)
            *problem
                = Text::tr("A PostgreSQL database is run by the PostgreSQL engine, not SQLite's.");
        return false;
    }
    m_connectionName = Database::uniqueConnectionName(QStringLiteral("query"));
    m_db = Database::connect(m_info, m_connectionName, Database::Role::Writer);
    const QVariant handle = m_db.isOpen() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (problem)
            *problem = StorageError::fromSql(m_db.lastError()).userMessage();
        return false;
    }
    QMutexLocker lock(&m_handleMutex);
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    // Checked every 1000 virtual machine steps: stops a statement that a cancel() reached just
    // before it started, which sqlite3_interrupt alone would miss.
    sqlite3_progress_handler(m_handle, 1000, &SqliteQueryEngine::onProgress, this);
    return true;
}

int SqliteQueryEngine::onProgress(void *engine)
{
    const auto *self = static_cast<const SqliteQueryEngine *>(engine);
    const quint64 running = self->m_running.load();
    return running != 0 && self->isCancelled(running) ? 1 : 0;
}

void SqliteQueryEngine::cancel(quint64 upToId)
{
    quint64 current = m_cancelUpTo.load();
    while (current < upToId && !m_cancelUpTo.compare_exchange_weak(current, upToId)) {
    }
    QMutexLocker lock(&m_handleMutex);
    const quint64 running = m_running.load();
    if (m_handle && running != 0 && running <= upToId)
        sqlite3_interrupt(m_handle);
}

QList<SqliteQueryEngine::Statement> SqliteQueryEngine::split(const QByteArray &utf8)
{
    QList<Statement> statements;
    qsizetype pos = 0;
    while ((pos = skipBlank(utf8, pos)) < utf8.size()) {
        Statement statement;
        statement.begin = pos;
        statement.end = utf8.size();
        statement.kind = kindOf(utf8, pos);
        // The first ';' that completes the statement in SQLite's grammar: not in a string, a
        // quoted name, a comment or the body of a CREATE TRIGGER.
        for (qsizetype semicolon = utf8.indexOf(';', pos); semicolon >= 0;
             semicolon = utf8.indexOf(';', semicolon + 1)) {
            const QByteArray piece = utf8.mid(pos, semicolon - pos + 1);
            if (sqlite3_complete(piece.constData())) {
                statement.end = semicolon + 1;
                break;
            }
        }
        statements << statement;
        pos = statement.end;
    }
    return statements;
}

SqliteQueryEngine::Step SqliteQueryEngine::fail(Run &run,
                                                QueryOutcome::Status status,
                                                const StorageError &error,
                                                qsizetype offset)
{
    run.fail(status, error, offset);
    return Step::Fail;
}

bool SqliteQueryEngine::planTransaction(Run &run)
{
    run.firstWrite = run.outerBegin = run.outerCommit = -1;
    QList<int> control;
    for (int i = 0; i < run.statements.size(); ++i) {
        if (run.statements.at(i).kind != Statement::Other)
            control << i;
    }
    const int last = int(run.statements.size()) - 1;
    const bool outerPair = run.request->fileScript && control.size() == 2
                           && run.statements.at(control.first()).kind == Statement::Begin
                           && run.statements.at(control.last()).kind == Statement::Commit
                           && control.last() == last;
    if (outerPair) {
        run.outerBegin = control.first();
        run.outerCommit = control.last();
    } else if (!control.isEmpty()) {
        const Statement &refused = run.statements.at(control.first());
        run.refuseTransactionStatement(refused.begin, refused.end);
        return false;
    }
    // The first statement that writes decides the transaction. Every statement before it only
    // reads, so it cannot create what a later one needs: a prepare error there is the person's.
    for (int i = 0; i < run.statements.size(); ++i) {
        const Statement &statement = run.statements.at(i);
        if (statement.kind != Statement::Other)
            continue;
        sqlite3_stmt *raw = nullptr;
        const int code = sqlite3_prepare_v2(m_handle, run.utf8.constData() + statement.begin,
                                            int(statement.end - statement.begin), &raw, nullptr);
        const StatementPtr prepared(raw);
        if (code != SQLITE_OK) {
            const int extended = sqlite3_extended_errcode(m_handle);
            const StorageError error
                = StorageError::make(StorageError::classify(extended),
                                     QString::fromUtf8(sqlite3_errmsg(m_handle)), extended);
            if (error.isBusy()) { // the schema is locked: a writer is committing
                run.busy(error);
                return false;
            }
            fail(run, QueryOutcome::Failed, error,
                 errorOffset(m_handle, run.utf8, statement.begin, statement.end));
            return false;
        }
        if (prepared && !sqlite3_stmt_readonly(prepared.get())) {
            run.firstWrite = i;
            break;
        }
    }
    return true;
}

// Turns the error `code` of preparing or stepping a statement into the step's result: cancelled,
// busy (retried while nothing reached the sink), unwritable or failed, at byte `offset`.
SqliteQueryEngine::Step SqliteQueryEngine::failStatement(Run &run, int code, qsizetype offset)
{
    const int extended = sqlite3_extended_errcode(m_handle);
    const StorageError error = StorageError::make(
        StorageError::classify(extended), QString::fromUtf8(sqlite3_errmsg(m_handle)), extended);
    if ((code & 0xff) == SQLITE_INTERRUPT && isCancelled(run.id))
        return fail(run, QueryOutcome::Cancelled, error, -1);
    if (error.isBusy() && !run.delivered) {
        run.busy(error);
        return Step::Retry;
    }
    const bool unwritable = error.kind == StorageError::ReadOnly || error.kind == StorageError::Full
                            || error.kind == StorageError::Corrupt;
    return fail(run,
                error.isBusy() ? QueryOutcome::Busy
                : unwritable   ? QueryOutcome::Unwritable
                               : QueryOutcome::Failed,
                error, offset);
}

// Steps the prepared `query` of `statement` to its end: announces its columns, hands its rows to
// the run and counts the statement, its rows and the rows it changed in the outcome.
SqliteQueryEngine::Step
SqliteQueryEngine::stepRows(Run &run, const Statement &statement, sqlite3_stmt *query)
{
    const int columns = sqlite3_column_count(query);
    const sqlite3_int64 changesBefore = sqlite3_total_changes64(m_handle);
    bool announced = false;
    auto announce = [&] {
        QStringList names;
        for (int i = 0; i < columns; ++i)
            names << QString::fromUtf8(sqlite3_column_name(query, i));
        run.announce(names, QString::fromUtf8(
                                run.utf8.mid(statement.begin, statement.end - statement.begin)));
        announced = true;
    };
    qint64 rows = 0;
    int code = SQLITE_OK;
    while ((code = sqlite3_step(query)) == SQLITE_ROW) {
        if (!announced)
            announce();
        ++rows;
        const QueryRun::RowFate fate = run.nextRow();
        if (fate == QueryRun::RowFate::Stop)
            break;
        if (fate == QueryRun::RowFate::Pass)
            continue;
        if (!run.hand(rowValues(query, columns)))
            return Step::Fail;
    }
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        return failStatement(run, code, statement.begin);
    if (columns > 0 && !announced)
        announce();
    if (columns > 0)
        run.outcome.resultRows = rows;
    if (sqlite3_total_changes64(m_handle) != changesBefore)
        run.outcome.rowsAffected += sqlite3_changes64(m_handle);
    ++run.outcome.statements;
    return Step::Done;
}

SqliteQueryEngine::Step SqliteQueryEngine::executeOne(Run &run, const Statement &statement)
{
    if (isCancelled(run.id))
        return fail(run, QueryOutcome::Cancelled, {}, -1);
    struct Running // lets the progress handler and cancel() stop this statement
    {
        std::atomic<quint64> &running;
        Running(std::atomic<quint64> &r, quint64 id)
            : running(r)
        {
            running.store(id);
        }
        ~Running() { running.store(0); }
    } running(m_running, run.id);

    sqlite3_stmt *raw = nullptr;
    const int code = sqlite3_prepare_v2(m_handle, run.utf8.constData() + statement.begin,
                                        int(statement.end - statement.begin), &raw, nullptr);
    const StatementPtr prepared(raw);
    if (code != SQLITE_OK)
        return failStatement(run, code,
                             errorOffset(m_handle, run.utf8, statement.begin, statement.end));
    if (!prepared)
        return Step::Done; // only a comment
    return stepRows(run, statement, prepared.get());
}

SqliteQueryEngine::Step SqliteQueryEngine::execute(Run &run, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const Statement &statement = run.statements.at(i);
        if (statement.kind != Statement::Other)
            continue; // the outer BEGIN … COMMIT, taken as the run's own transaction
        if (const Step step = executeOne(run, statement); step != Step::Done)
            return step;
        run.sink->progress(run.outcome.statements, run.total);
    }
    return Step::Done;
}

SqliteQueryEngine::Step SqliteQueryEngine::writeAll(Run &run)
{
    if (m_info.readOnly)
        return fail(run, QueryOutcome::Unwritable,
                    StorageError::make(
                        StorageError::ReadOnly,
                        Text::tr("The database cannot be written: %1").arg(m_info.readOnlyReason)),
                    run.statements.at(run.firstWrite).begin);
    int from = 0;
    const int to = run.outerCommit >= 0 ? run.outerCommit : int(run.statements.size());
    // What comes before an outer BEGIN (sqlite3 .dump: PRAGMA foreign_keys=OFF) runs before the
    // transaction, as it would have in the script, when it only reads.
    if (run.outerBegin >= 0 && run.firstWrite > run.outerBegin) {
        if (const Step step = execute(run, 0, run.outerBegin); step != Step::Done)
            return step;
        from = run.outerBegin + 1;
    }
    ImmediateTransaction transaction(m_db);
    if (const StorageError error = transaction.begin(); error.isError()) {
        if (error.isBusy()) {
            run.busy(error);
            return Step::Retry;
        }
        return fail(run, QueryOutcome::Unwritable, error, -1);
    }
    if (const Step step = execute(run, from, to); step != Step::Done)
        return step; // the transaction rolls back
    if (isCancelled(run.id))
        return fail(run, QueryOutcome::Cancelled, {}, -1);
    // In rollback-journal mode COMMIT waits for readers to finish: retry it in place.
    for (int attempt = 1;; ++attempt) {
        const StorageError error = transaction.commit();
        if (!error.isError()) {
            run.outcome.wrote = true;
            return Step::Done;
        }
        if (!error.isBusy() || !backoff(run, attempt))
            return fail(run, error.isBusy() ? QueryOutcome::Busy : QueryOutcome::Failed, error, -1);
    }
}

bool SqliteQueryEngine::backoff(Run &run, int attempt)
{
    return run.backoff(m_policy, attempt, "the file is locked",
                       [&] { return isCancelled(run.id); });
}

QueryOutcome SqliteQueryEngine::fetch(
    quint64 id, const QString &sql, qint64 offset, qint64 limit, QuerySink &sink)
{
    QueryRequest request;
    request.sql = sql;
    request.maxRows = limit;
    Run run(id, request, sink);
    run.skip = offset;
    run.stopAtMax = true;
    run.statements = split(run.utf8);
    if (!m_handle) {
        fail(run, QueryOutcome::Unwritable,
             StorageError::make(StorageError::Other, Text::tr("The database is not open.")), -1);
    } else if (run.statements.size() != 1) {
        fail(run, QueryOutcome::Failed,
             StorageError::make(StorageError::Other,
                                Text::tr("Only one statement can be read again.")),
             -1);
    } else if (planTransaction(run)) {
        if (run.firstWrite >= 0)
            fail(run, QueryOutcome::Failed,
                 StorageError::make(StorageError::Other,
                                    Text::tr("A statement that changes data is not run again.")),
                 -1);
        else if (execute(run, 0, 1) == Step::Done)
            run.outcome.status = QueryOutcome::Ok;
    }
    run.outcome.elapsedMs = run.clock.elapsed();
    return run.outcome;
}

QueryOutcome SqliteQueryEngine::run(quint64 id, const QueryRequest &request, QuerySink &sink)
{
    Run run(id, request, sink);
    if (!m_handle) {
        fail(run, QueryOutcome::Unwritable,
             StorageError::make(StorageError::Other, Text::tr("The database is not open.")), -1);
    } else if (isCancelled(id)) {
        fail(run, QueryOutcome::Cancelled, {}, -1);
    } else {
        run.statements = split(run.utf8);
        run.total
            = int(std::count_if(run.statements.cbegin(), run.statements.cend(),
                                [](const Statement &s) { return s.kind == Statement::Other; }));
        for (int attempt = 1;; ++attempt) {
            run.startAttempt(attempt);
            Step step = Step::Fail;
            const bool planned = planTransaction(run);
            run.outcome.readOnly = run.firstWrite < 0;
            if (planned)
                step = run.firstWrite >= 0 ? writeAll(run)
                                           : execute(run, 0, int(run.statements.size()));
            else if (run.outcome.status == QueryOutcome::Busy)
                step = Step::Retry;
            if (step == Step::Done) {
                run.outcome.status = QueryOutcome::Ok;
                break;
            }
            if (step == Step::Retry && backoff(run, attempt))
                continue;
            if (step == Step::Retry)
                run.giveUp(isCancelled(id),
                           Text::tr("Another program held the database lock for more "
                                    "than %1 s, so nothing was run; try again.")
                               .arg(m_policy.budgetMs / 1000.0));
            break;
        }
    }
    return run.finish();
}

} // namespace rowbook

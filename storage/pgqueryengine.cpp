#include "pgqueryengine.h"

#include "database.h"
#include "pgconnection.h"
#include "queryrun.h"

#include <QCoreApplication>
#include <QSqlError>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>
#include <utility>

#include <poll.h>

namespace rowbook {
namespace {

// The context the engine's messages are translated in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgQueryEngine)
};

struct ResultFree
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultFree>;

// Type OIDs of pg_type that are handed over as numbers or bytes; everything else as text, in the
// server's own spelling (numeric keeps its precision, booleans read t/f as psql shows them).
enum Oid : unsigned {
    BoolOid = 16,
    ByteaOid = 17,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    OidOid = 26,
    Float4Oid = 700,
    Float8Oid = 701,
};

QVariant valueOf(const PGresult *result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    const char *text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (PQftype(result, column)) {
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid:
        return QByteArray::fromRawData(text, length).toLongLong();
    case Float4Oid:
    case Float8Oid: {
        bool ok = false;
        const double value = QByteArray::fromRawData(text, length).toDouble(&ok);
        if (ok)
            return value;
        break; // NaN, Infinity: as the server spells them
    }
    case ByteaOid: {
        size_t size = 0;
        unsigned char *bytes
            = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        const QByteArray value(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return value;
    }
    default:
        break;
    }
    return QString::fromUtf8(text, length);
}

} // namespace

struct PgQueryEngine::Run : QueryRun
{
    using QueryRun::QueryRun;

    QList<PgScript::Statement> statements;
    QByteArray sqlState;     // of the error that ended the attempt
    bool reads = true;       // every statement may only read
    bool lost = false;       // the server ended the session during the attempt
    bool userSent = false;   // a statement of the run went out in the attempt
    bool commitSent = false; // the attempt's COMMIT went out: it may have been carried out
};

PgQueryEngine::PgQueryEngine(QString uri, RetryPolicy policy)
    : m_uri(std::move(uri))
    , m_policy(policy)
{}

PgQueryEngine::~PgQueryEngine()
{
    if (m_cancel)
        PQfreeCancel(m_cancel);
    m_conn = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool PgQueryEngine::open(QString *problem)
{
    PgConnection connection;
    QString error;
    if (!PgConnection::parse(m_uri, &connection, &error)) {
        if (problem)
            *problem = error;
        return false;
    }
    m_connectionName = Database::uniqueConnectionName(QStringLiteral("pgquery"));
    m_db = connection.addDatabase(m_connectionName);
    if (!m_db.open()) {
        if (problem)
            *problem = Text::tr("The server cannot be reached: %1").arg(m_db.lastError().text());
        return false;
    }
    m_conn = PgConnection::handle(m_db);
    if (!m_conn) {
        if (problem)
            *problem = Text::tr("Qt's PostgreSQL driver gives no connection handle.");
        return false;
    }
    m_cancel = PQgetCancel(m_conn);
    return connected(problem);
}

bool PgQueryEngine::connected(QString *problem)
{
    if (!m_conn)
        return false;
    if (PQstatus(m_conn) != CONNECTION_OK) {
        // The server went away since the last run (restart, network): connect again.
        PQreset(m_conn);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = PQgetCancel(m_conn);
        m_reconnected = PQstatus(m_conn) == CONNECTION_OK;
    }
    if (PQstatus(m_conn) == CONNECTION_OK)
        return true;
    if (problem)
        *problem = Text::tr("The server cannot be reached: %1")
                       .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    return false;
}

void PgQueryEngine::cancel(quint64 upToId)
{
    // The worker polls this flag while a statement runs and sends the server's cancel itself, so
    // no other thread ever touches the connection.
    quint64 current = m_cancelUpTo.load();
    while (current < upToId && !m_cancelUpTo.compare_exchange_weak(current, upToId)) {
    }
}

PGresult *PgQueryEngine::nextResult(quint64 id, bool *cancelSent)
{
    while (PQisBusy(m_conn)) {
        if (!*cancelSent && isCancelled(id)) {
            char error[256];
            if (m_cancel)
                PQcancel(m_cancel, error, int(sizeof error));
            *cancelSent = true;
        }
        pollfd socket{PQsocket(m_conn), POLLIN, 0};
        if (socket.fd < 0 || ::poll(&socket, 1, pollMs) < 0 || !PQconsumeInput(m_conn))
            break;
    }
    return PQgetResult(m_conn);
}

// A statement of our own (BEGIN, SET LOCAL, ROLLBACK, ...), run to its end.
bool PgQueryEngine::command(const char *sql)
{
    bool cancelSent = false;
    if (!PQsendQuery(m_conn, sql))
        return false;
    bool ok = true;
    while (PGresult *raw = nextResult(0, &cancelSent)) {
        const ResultPtr result(raw);
        ok = ok && PQresultStatus(raw) == PGRES_COMMAND_OK;
    }
    return ok;
}

PgQueryEngine::Step PgQueryEngine::fail(Run &run,
                                        QueryOutcome::Status status,
                                        const StorageError &error,
                                        qsizetype offset)
{
    run.fail(status, error, offset);
    return Step::Fail;
}

void PgQueryEngine::unreachable(Run &run, const QString &problem)
{
    fail(run, QueryOutcome::Unwritable, StorageError::make(StorageError::Unreachable, problem), -1);
    run.outcome.message = problem; // a sentence already (connected())
}

PgQueryEngine::Step PgQueryEngine::failWith(Run &run, PGresult *result, qsizetype begin)
{
    const auto field = [result](int code) {
        const char *value = result ? PQresultErrorField(result, code) : nullptr;
        return value ? QByteArray(value) : QByteArray();
    };
    run.sqlState = field(PG_DIAG_SQLSTATE);
    QString detail = QString::fromUtf8(field(PG_DIAG_MESSAGE_PRIMARY));
    if (detail.isEmpty())
        detail = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    const StorageError error
        = StorageError::make(StorageError::classifySqlState(run.sqlState), detail);
    if (run.sqlState == "57014" && isCancelled(run.id))
        return fail(run, QueryOutcome::Cancelled, error, -1);
    if (error.isBusy() && !run.delivered) {
        run.busy(error);
        return Step::Retry;
    }
    if (run.sqlState == "25006" && run.reads && !run.delivered)
        return Step::Write; // a write hidden in a read: run it again as a write
    // Class 08 and 57P (administrator command, shutdown, idle timeout) end the session; libpq
    // may hand over the error before it notices that the connection closed.
    if (PQstatus(m_conn) != CONNECTION_OK || run.sqlState.startsWith("08")
        || run.sqlState.startsWith("57P")) {
        run.lost = true;
        fail(run, QueryOutcome::Unwritable, StorageError::make(StorageError::Unreachable, detail),
             -1);
        if (run.commitSent)
            run.outcome.message
                = Text::tr("The connection to the server was lost while the COMMIT was on its "
                           "way, so whether the changes were saved is unknown. Look before you "
                           "run it again.");
        else if (run.userSent)
            run.outcome.message = Text::tr("The server ended the session while the run was in "
                                           "progress (%1), so nothing was changed. The next run "
                                           "connects again.")
                                      .arg(detail);
        return Step::Fail;
    }
    qsizetype offset = begin;
    if (const QByteArray position = field(PG_DIAG_STATEMENT_POSITION); !position.isEmpty())
        offset = PgScript::byteOffset(run.utf8, begin, position.toLongLong() - 1);
    return fail(run, error.isBusy() ? QueryOutcome::Busy : QueryOutcome::Failed, error, offset);
}

PgQueryEngine::Step PgQueryEngine::executeOne(Run &run, const PgScript::Statement &statement)
{
    if (isCancelled(run.id))
        return fail(run, QueryOutcome::Cancelled, {}, -1);
    const QByteArray sql = run.utf8.mid(statement.begin, statement.end - statement.begin);
    run.userSent = true;
    if (!PQsendQuery(m_conn, sql.constData()))
        return failWith(run, nullptr, statement.begin);
    PQsetSingleRowMode(m_conn); // rows arrive one by one: memory stays bounded
    Step step = Step::Done;
    bool cancelSent = false;
    bool announced = false;
    qint64 rows = 0;
    const auto announce = [&](const PGresult *result) {
        QStringList names;
        for (int i = 0; i < PQnfields(result); ++i)
            names << QString::fromUtf8(PQfname(result, i));
        run.announce(names, QString::fromUtf8(sql));
        announced = true;
    };
    // Every result is read to the end, also after an error, so the connection is ready again.
    while (PGresult *raw = nextResult(run.id, &cancelSent)) {
        const ResultPtr result(raw);
        switch (PQresultStatus(raw)) {
        case PGRES_SINGLE_TUPLE:
        case PGRES_TUPLES_OK:
            if (step != Step::Done)
                break;
            if (!announced)
                announce(raw);
            for (int row = 0; row < PQntuples(raw); ++row) {
                ++rows;
                if (run.nextRow() != QueryRun::RowFate::Hand)
                    continue;
                QVariantList values;
                values.reserve(PQnfields(raw));
                for (int i = 0; i < PQnfields(raw); ++i)
                    values << valueOf(raw, row, i);
                if (!run.hand(values)) {
                    step = Step::Fail;
                    char error[256];
                    if (m_cancel && !cancelSent)
                        PQcancel(m_cancel, error, int(sizeof error));
                    cancelSent = true;
                }
            }
            if (PQresultStatus(raw) == PGRES_TUPLES_OK)
                run.outcome.resultRows = rows;
            break;
        case PGRES_COMMAND_OK:
            run.outcome.rowsAffected += QByteArray(PQcmdTuples(raw)).toLongLong();
            break;
        case PGRES_COPY_IN:
            PQputCopyEnd(m_conn, "COPY FROM STDIN is not supported here");
            break;
        case PGRES_COPY_OUT: {
            char *buffer = nullptr;
            while (PQgetCopyData(m_conn, &buffer, 0) > 0)
                PQfreemem(buffer);
            break;
        }
        default:
            if (step == Step::Done)
                step = failWith(run, raw, statement.begin);
            break;
        }
    }
    if (step == Step::Done && isCancelled(run.id) && cancelSent)
        step = fail(run, QueryOutcome::Cancelled, {}, -1);
    if (step == Step::Done)
        ++run.outcome.statements;
    return step;
}

PgQueryEngine::Step PgQueryEngine::execute(Run &run, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const PgScript::Statement &statement = run.statements.at(i);
        if (statement.kind != PgScript::Statement::Other)
            continue; // the outer BEGIN … COMMIT, taken as the run's own transaction
        if (const Step step = executeOne(run, statement); step != Step::Done)
            return step;
    }
    return Step::Done;
}

bool PgQueryEngine::planTransaction(Run &run)
{
    run.outerBegin = run.outerCommit = -1;
    run.reads = true;
    QList<int> control;
    for (int i = 0; i < run.statements.size(); ++i) {
        const PgScript::Statement &statement = run.statements.at(i);
        if (statement.kind != PgScript::Statement::Other)
            control << i;
        else if (!statement.reads)
            run.reads = false;
    }
    const int last = int(run.statements.size()) - 1;
    const bool outerPair = run.request->fileScript && control.size() == 2 && control.first() == 0
                           && run.statements.at(0).kind == PgScript::Statement::Begin
                           && run.statements.at(last).kind == PgScript::Statement::Commit
                           && control.last() == last;
    if (outerPair) {
        run.outerBegin = 0;
        run.outerCommit = last;
        return true;
    }
    if (control.isEmpty())
        return true;
    const PgScript::Statement &refused = run.statements.at(control.first());
    run.refuseTransactionStatement(refused.begin, refused.end);
    return false;
}

PgQueryEngine::Step PgQueryEngine::readAll(Run &run)
{
    if (!command("BEGIN READ ONLY"))
        return failWith(run, nullptr, -1);
    const Step step = execute(run, 0, int(run.statements.size()));
    command(step == Step::Done ? "COMMIT" : "ROLLBACK");
    return step;
}

PgQueryEngine::Step PgQueryEngine::writeAll(Run &run)
{
    run.reads = false; // a refused write is this run's own error now
    const int from = run.outerBegin >= 0 ? run.outerBegin + 1 : 0;
    const int to = run.outerCommit >= 0 ? run.outerCommit : int(run.statements.size());
    if (!command("BEGIN"))
        return failWith(run, nullptr, -1);
    // Waiting for another session's row lock ends after this long with 55P03: the run is then
    // rolled back and retried with backoff, so a held lock never blocks it past the budget.
    const QByteArray lockTimeout = QByteArrayLiteral("SET LOCAL lock_timeout = '")
                                   + QByteArray::number(lockTimeoutMs) + QByteArrayLiteral("ms'");
    if (!command(lockTimeout.constData())) {
        command("ROLLBACK");
        return failWith(run, nullptr, -1);
    }
    Step step = execute(run, from, to);
    if (step == Step::Done && isCancelled(run.id))
        step = fail(run, QueryOutcome::Cancelled, {}, -1);
    if (step != Step::Done) {
        command("ROLLBACK");
        return step == Step::Write ? Step::Fail : step;
    }
    bool cancelSent = false;
    if (!PQsendQuery(m_conn, "COMMIT"))
        return failWith(run, nullptr, -1);
    run.commitSent = true;
    Step committed = Step::Done;
    while (PGresult *raw = nextResult(0, &cancelSent)) {
        const ResultPtr result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && committed == Step::Done)
            committed = failWith(run, raw, -1); // a serialization failure is retried
    }
    if (committed == Step::Done)
        run.outcome.wrote = true;
    return committed;
}

bool PgQueryEngine::backoff(Run &run, int attempt)
{
    return run.backoff(m_policy, attempt, "SQLSTATE " + run.sqlState,
                       [&] { return isCancelled(run.id); });
}

QueryOutcome PgQueryEngine::run(quint64 id, const QueryRequest &request, QuerySink &sink)
{
    Run run(id, request, sink);
    if (QString problem; !connected(&problem)) {
        unreachable(run, problem);
    } else if (isCancelled(id)) {
        fail(run, QueryOutcome::Cancelled, {}, -1);
    } else {
        const char *standard = PQparameterStatus(m_conn, "standard_conforming_strings");
        run.statements = PgScript::split(run.utf8, !standard || qstrcmp(standard, "off") != 0);
        bool asWrite = false;
        bool connectedAgain = false;
        for (int attempt = 1;; ++attempt) {
            run.startAttempt(attempt);
            run.lost = run.userSent = run.commitSent = false;
            Step step = Step::Fail;
            if (planTransaction(run)) {
                asWrite = asWrite || !run.reads;
                run.outcome.readOnly = !asWrite;
                step = asWrite ? writeAll(run) : readAll(run);
                if (step == Step::Write) {
                    asWrite = true;
                    --attempt;
                    continue;
                }
            }
            if (step == Step::Done) {
                run.outcome.status = QueryOutcome::Ok;
                break;
            }
            // The session had ended before the run began (a server restart, an idle session
            // ended by an administrator or a timeout): found before any statement of the run
            // went out, so it runs once on a new connection. A session that ends while a
            // statement runs is not run again: an administrator may have stopped that very one.
            if (step == Step::Fail && run.lost && !run.userSent && !connectedAgain) {
                connectedAgain = true;
                if (QString problem; connected(&problem)) {
                    --attempt;
                    continue;
                }
            }
            if (step == Step::Retry && backoff(run, attempt))
                continue;
            if (step == Step::Retry)
                run.giveUp(isCancelled(id),
                           Text::tr("Another session held a lock for more than %1 s, "
                                    "so nothing was changed; try again.")
                               .arg(m_policy.budgetMs / 1000.0));
            break;
        }
    }
    run.outcome.reconnected = std::exchange(m_reconnected, false);
    return run.finish();
}

QueryOutcome
PgQueryEngine::fetch(quint64 id, const QString &sql, qint64 offset, qint64 limit, QuerySink &sink)
{
    QueryRequest request;
    request.sql = sql;
    request.maxRows = limit;
    Run run(id, request, sink);
    fetchOnce(run, offset, limit);
    QueryOutcome outcome = run.outcome;
    if (run.lost && !run.delivered) {
        // The session had ended (a page is read long after its run): read it on a new one. A
        // page only reads, so reading it again is safe however far the first try got.
        Run again(id, request, sink);
        fetchOnce(again, offset, limit);
        outcome = again.outcome;
    }
    outcome.reconnected = std::exchange(m_reconnected, false);
    return outcome;
}

void PgQueryEngine::fetchOnce(Run &run, qint64 offset, qint64 limit)
{
    run.statements = PgScript::split(run.utf8);
    if (QString problem; !connected(&problem)) {
        unreachable(run, problem);
    } else if (run.statements.size() != 1 || !run.statements.first().reads
               || run.statements.first().kind != PgScript::Statement::Other) {
        fail(run, QueryOutcome::Failed,
             StorageError::make(StorageError::Other,
                                Text::tr("Only one statement that reads can be read again.")),
             -1);
    } else {
        // A cursor reads just the page: the server steps over the rows before it.
        const PgScript::Statement &statement = run.statements.first();
        QByteArray body = run.utf8.mid(statement.begin, statement.end - statement.begin);
        if (body.endsWith(';'))
            body.chop(1);
        const QByteArray word = body.left(6).toUpper();
        const bool cursor = !word.startsWith("SHOW") && !word.startsWith("EXPLAI");
        if (!command("BEGIN READ ONLY")) {
            failWith(run, nullptr, -1);
        } else if (cursor) {
            const QByteArray declare = "DECLARE rowbook_page NO SCROLL CURSOR FOR " + body + '\n';
            const QByteArray move = "MOVE FORWARD "
                                    + QByteArray::number(std::max<qint64>(0, offset))
                                    + " IN rowbook_page";
            const QByteArray page = "FETCH FORWARD "
                                    + QByteArray::number(std::max<qint64>(0, limit))
                                    + " FROM rowbook_page";
            if (!command(declare.constData()) || !command(move.constData())) {
                failWith(run, nullptr, -1);
            } else {
                PgScript::Statement fetchStatement;
                run.utf8 = page;
                fetchStatement.end = page.size();
                if (executeOne(run, fetchStatement) == Step::Done)
                    run.outcome.status = QueryOutcome::Ok;
            }
            command("ROLLBACK");
        } else {
            run.skip = offset;
            if (executeOne(run, statement) == Step::Done)
                run.outcome.status = QueryOutcome::Ok;
            command("ROLLBACK");
        }
    }
    run.outcome.elapsedMs = run.clock.elapsed();
}

} // namespace rowbook

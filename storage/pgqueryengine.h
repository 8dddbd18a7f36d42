#pragma once

#include "pgscript.h"
#include "queryengine.h"

#include <QSqlDatabase>

#include <atomic>

struct pg_conn;
struct pg_cancel;
struct pg_result;

namespace rowbook {

// The PostgreSQL side of QueryEngine: a QPSQL connection of its own, driven through the libpq
// handle the driver exposes (QSqlDriver::handle()) for what QSqlQuery does not give: the error's
// SQLSTATE and position, single-row mode (a result of any size streams through in bounded
// memory) and the server's cancel (PQcancel). Statements are sent asynchronously and the worker
// polls the socket every 20 ms, so cancel() from any thread only sets a flag and the worker sends
// the cancel request at once.
//
// - A run whose statements all read (SELECT, VALUES, TABLE, WITH, SHOW, EXPLAIN) runs in a
//   READ ONLY transaction: the server refuses a write hidden in one (nextval(), a data-modifying
//   WITH), and such a run is run again as a write when nothing was handed over yet.
// - A run that writes is one transaction with SET LOCAL lock_timeout = '500ms'; SQLSTATE 55P03
//   (lock not available), 40001 (serialization failure) and 40P01 (deadlock) roll it back and
//   retry it with RetryPolicy's backoff within its budget, then end as Busy.
// - fetch() reads a page through a server-side cursor (DECLARE … NO SCROLL CURSOR, MOVE, FETCH).
class PgQueryEngine : public QueryEngine
{
public:
    PgQueryEngine(QString uri, RetryPolicy policy);
    ~PgQueryEngine() override;

    bool open(QString *problem) override;
    QueryOutcome run(quint64 id, const QueryRequest &request, QuerySink &sink) override;
    QueryOutcome
    fetch(quint64 id, const QString &sql, qint64 offset, qint64 limit, QuerySink &sink) override;
    void cancel(quint64 upToId) override;

    static constexpr int lockTimeoutMs = 500;
    static constexpr int pollMs = 20;

private:
    struct Run;
    enum class Step { Done, Retry, Fail, Write };

    bool isCancelled(quint64 id) const { return id != 0 && id <= m_cancelUpTo.load(); }
    pg_result *nextResult(quint64 id, bool *cancelSent);
    bool command(const char *sql);
    Step executeOne(Run &run, const PgScript::Statement &statement);
    Step execute(Run &run, int from, int to);
    Step failWith(Run &run, pg_result *result, qsizetype begin);
    Step fail(Run &run, QueryOutcome::Status status, const StorageError &error, qsizetype offset);
    // The run ends because the server cannot be reached; `problem` says so (connected()).
    void unreachable(Run &run, const QString &problem);
    bool planTransaction(Run &run);
    Step readAll(Run &run);
    // One try of fetch(): the page into `run` (its outcome says how it went).
    void fetchOnce(Run &run, qint64 offset, qint64 limit);
    Step writeAll(Run &run);
    bool backoff(Run &run, int attempt);
    bool connected(QString *problem);

    QString m_uri;
    RetryPolicy m_policy;
    QString m_connectionName;
    QSqlDatabase m_db;
    pg_conn *m_conn = nullptr;
    pg_cancel *m_cancel = nullptr;
    bool m_reconnected = false; // connected() made a new session since the last run took note
    std::atomic<quint64> m_cancelUpTo{0};
};

} // namespace rowbook

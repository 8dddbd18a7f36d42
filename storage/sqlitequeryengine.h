#pragma once

#include "queryengine.h"

#include <QMutex>
#include <QSqlDatabase>

#include <atomic>

struct sqlite3;
struct sqlite3_stmt;

namespace rowbook {

// The SQLite side of QueryEngine: walks a script with sqlite3_prepare_v2's tail on the handle of a
// QSQLITE connection of its own, reads statements with sqlite3_stmt_readonly to tell a read from
// a write, and stops a run with sqlite3_interrupt plus a progress handler (which also catches a
// cancel that lands between two statements).
class SqliteQueryEngine : public QueryEngine
{
public:
    SqliteQueryEngine(DatabaseInfo info, RetryPolicy policy);
    ~SqliteQueryEngine() override;

    bool open(QString *problem) override;
    QueryOutcome run(quint64 id, const QueryRequest &request, QuerySink &sink) override;
    QueryOutcome
    fetch(quint64 id, const QString &sql, qint64 offset, qint64 limit, QuerySink &sink) override;
    void cancel(quint64 upToId) override;

    // One statement of a script: its bytes in the UTF-8 text, and what kind it is.
    struct Statement
    {
        qsizetype begin = 0; // the first byte of its first token
        qsizetype end = 0;   // one past its ';' (or the end of the text)
        enum Kind { Other, Begin, Commit, Rollback, Savepoint } kind = Other;
    };
    // Splits UTF-8 SQL into statements as SQLite would (sqlite3_complete: quotes, comments and
    // trigger bodies keep their ';'). Blank and comment-only pieces are left out.
    static QList<Statement> split(const QByteArray &utf8);

private:
    struct Run;
    enum class Step { Done, Retry, Fail };

    bool isCancelled(quint64 id) const { return id <= m_cancelUpTo.load(); }
    static int onProgress(void *engine);
    bool planTransaction(Run &run);
    Step execute(Run &run, int from, int to);
    Step executeOne(Run &run, const Statement &statement);
    Step stepRows(Run &run, const Statement &statement, sqlite3_stmt *query);
    Step failStatement(Run &run, int code, qsizetype offset);
    Step fail(Run &run, QueryOutcome::Status status, const StorageError &error, qsizetype offset);
    Step writeAll(Run &run);
    bool backoff(Run &run, int attempt);

    DatabaseInfo m_info;
    RetryPolicy m_policy;
    QString m_connectionName;
    QSqlDatabase m_db;
    QMutex m_handleMutex; // guards m_handle against cancel() from another thread during close
    sqlite3 *m_handle = nullptr;
    std::atomic<quint64> m_cancelUpTo{0};
    std::atomic<quint64> m_running{0}; // the id of the run in progress, for the progress handler
};

} // namespace rowbook

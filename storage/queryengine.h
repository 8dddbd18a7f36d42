#pragma once

#include "database.h"
#include "retrypolicy.h"
#include "storageerror.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace rowbook {

// SQL typed by a person (the console, `rowbook query`): one statement or a script of many.
struct QueryRequest
{
    QString sql;
    // A script from a file (`rowbook query --file`, File → Run SQL File…): one outer
    // BEGIN … COMMIT around it (as `sqlite3 .dump` writes) is taken as the run's own transaction.
    bool fileScript = false;
    // Where `sql` starts in the text the person sees (a selection in the editor), so that error
    // positions are reported in that text. 1-based.
    int firstLine = 1;
    int firstColumn = 1;
    // Rows beyond this many are stepped and counted but not handed to the sink; -1 for all.
    qint64 maxRows = -1;
};

// How a run ended. The position is where the error is in the person's text (1-based, columns in
// UTF-16 code units as QTextCursor counts them); 0 when the error is not about a position.
struct QueryOutcome
{
    enum Status {
        Ok,
        Failed,    // an SQL error (syntax, constraint, ...) or a refused statement; nothing written
        Busy,      // another program held the write lock past the retry budget; nothing written
        Cancelled, // cancel() stopped it; nothing written
        Unwritable, // the database cannot be written (read-only, damaged, full)
    };

    Status status = Ok;
    StorageError error; // the classified cause when not Ok
    QString message;    // one sentence for people, starting with "line L, column C:" if known
    int line = 0;
    int column = 0;
    int statements = 0;      // statements executed (in the attempt that ended the run)
    qint64 rows = 0;         // rows the statements returned, counted to the end
    qint64 rowsAffected = 0; // rows inserted, updated or deleted
    bool wrote = false;      // a write transaction was committed
    qint64 elapsedMs = 0;    // from the start of the run to its end, retries included
    int attempts = 0;        // 1 unless the lock was busy and the run was tried again
    // The server had ended the session, so this run connected again: what earlier runs set for
    // the session (SET, temporary tables) is gone.
    bool reconnected = false;
    bool readOnly = true;  // no statement of the run writes: its results may be read again
    QString resultSql;     // the last statement that returned columns, for fetch()
    qint64 resultRows = 0; // how many rows that statement returned, counted to the end

    bool ok() const { return status == Ok; }
};

// Receives what a run produces, on the thread that runs it.
class QuerySink
{
public:
    virtual ~QuerySink() = default;
    // A statement that returns rows starts delivering (called before its first row, also when it
    // returns none).
    virtual void columns(const QStringList &names) = 0;
    // One row: qint64, double, QString, QByteArray (BLOB) or a null QVariant. Returning false
    // stops the run (the output cannot be written); it then fails and nothing is committed.
    virtual bool row(const QVariantList &values) = 0;
    // `done` of the run's `total` statements have finished (a script's progress). Optional.
    virtual void progress(int done, int total)
    {
        Q_UNUSED(done)
        Q_UNUSED(total)
    }
};

// Runs people's SQL on one connection of its own, owned by the thread that calls open() and
// run(). The engine-neutral contract; SqliteQueryEngine is the SQLite side, a PostgreSQL engine
// (QPSQL, PQcancel) is another subclass behind create().
//
// Rules every engine keeps:
// - A run that only reads (SQLite: every statement is sqlite3_stmt_readonly) runs without a write
//   transaction and never writes a byte to the database.
// - A run that writes runs in one write transaction (all or nothing), taken with the save
//   worker's lock-retry policy (RetryPolicy): a busy database is retried with backoff within the
//   budget, then reported as Busy.
// - BEGIN / COMMIT / END / ROLLBACK / SAVEPOINT / RELEASE typed by a person are refused with a
//   message that says why (the run is the transaction), except one outer BEGIN … COMMIT around a
//   fileScript.
// - cancel() may be called from any thread and stops the running statement promptly; the next
//   run works.
class QueryEngine
{
public:
    virtual ~QueryEngine() = default;

    // The engine for `info`: PgQueryEngine when its path is a postgresql:// URI, else
    // SqliteQueryEngine. The console and `rowbook query` get the engine from here only.
    static std::unique_ptr<QueryEngine> create(const DatabaseInfo &info, RetryPolicy policy = {});

    // Opens the connection on the calling thread; false with a sentence for people in *problem.
    virtual bool open(QString *problem) = 0;
    // Runs `request` on the calling thread (the one that called open()). `id` identifies the run
    // for cancel(); ids grow.
    virtual QueryOutcome run(quint64 id, const QueryRequest &request, QuerySink &sink) = 0;
    // Reads rows [offset, offset + limit) of one read-only statement again, for a result grid
    // that keeps only a window of pages: the statement is stepped past `offset` rows without
    // converting them and stops after `limit`. A statement that writes is refused.
    virtual QueryOutcome
    fetch(quint64 id, const QString &sql, qint64 offset, qint64 limit, QuerySink &sink)
        = 0;
    // Stops every run with an id up to `upToId` (a run not started yet ends as Cancelled at once).
    // Any thread.
    virtual void cancel(quint64 upToId) = 0;
};

// 1-based line and column (UTF-16 units) of byte `offset` of the UTF-8 text `utf8`.
void positionOf(const QByteArray &utf8, qsizetype offset, int *line, int *column);

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::QueryOutcome)
Q_DECLARE_METATYPE(rowbook::QueryRequest)

#pragma once

#include "queryengine.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <functional>

namespace rowbook {

// One run of a QueryEngine (run() or fetch()), whichever engine runs it: what the engines share
// about failing with a position, handing rows to the sink, refusing a transaction statement,
// waiting before a retry and ending the run. Each engine's Run derives from it and adds what only
// that engine keeps. Internal to storage/.
struct QueryRun
{
    // What becomes of the row a statement just stepped to.
    enum class RowFate {
        Hand, // hand it to the sink (hand())
        Pass, // count it, hand nothing (before the fetch offset, or past maxRows)
        Stop, // stop stepping: fetch() has its page
    };

    // Starts the clock; `request` and `sink` outlive the run.
    QueryRun(quint64 id, const QueryRequest &request, QuerySink &sink);

    // Ends the attempt with `status`. `offset` is a byte of utf8 the error is at (-1: none), and
    // the message then starts with the line and column in the person's text.
    void fail(QueryOutcome::Status status, const StorageError &error, qsizetype offset);
    // Ends the attempt as Busy with `error`, to be retried.
    void busy(const StorageError &error);
    // Fails on BEGIN / COMMIT / ROLLBACK / SAVEPOINT ... typed by a person, the statement being
    // bytes [begin, end) of utf8: the run is the transaction.
    void refuseTransactionStatement(qsizetype begin, qsizetype end);
    // The lock stayed busy and the run is not retried any more: it ends as Cancelled when
    // `cancelled`, else as Busy with `busyMessage`.
    void giveUp(bool cancelled, const QString &busyMessage);
    // A new attempt of the whole run (the first is 1): a fresh outcome, nothing delivered yet.
    void startAttempt(int attempt);

    // A statement that returns rows starts delivering (also when it returns none).
    void announce(const QStringList &names, const QString &sql);
    // Counts the row a statement stepped to and says what becomes of it.
    RowFate nextRow();
    // Hands one row to the sink; false (the run failed as Unwritable) when the sink refused it.
    bool hand(const QVariantList &values);

    // Waits before `attempt` + 1 with the policy's backoff, within its budget; false when the
    // budget is spent or `cancelled` says so, before or while waiting. `cause` is logged.
    bool backoff(const RetryPolicy &policy,
                 int attempt,
                 const QByteArray &cause,
                 const std::function<bool()> &cancelled) const;
    // Ends a run(): stamps the elapsed time, logs the result and returns the outcome.
    QueryOutcome finish();

    quint64 id = 0;
    const QueryRequest *request = nullptr;
    QuerySink *sink = nullptr;
    QByteArray utf8; // the request's SQL
    QueryOutcome outcome;
    QElapsedTimer clock;
    bool delivered = false; // something reached the sink in this attempt: no retry any more
    qint64 handed = 0;      // rows of the current statement handed to the sink
    qint64 skip = 0;        // fetch(): rows to step over before handing any
    bool stopAtMax = false; // fetch(): stop stepping once maxRows were handed
    int outerBegin = -1;    // the outer BEGIN … COMMIT of a file script
    int outerCommit = -1;
};

} // namespace rowbook

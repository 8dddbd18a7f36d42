#include "queryrun.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <cctype>

namespace rowbook {
namespace {

// The messages of a run, whichever engine runs it. They keep the context the translations file
// them under (they were SqliteQueryEngine's before PgQueryEngine shared them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteQueryEngine)
};

} // namespace

QueryRun::QueryRun(quint64 id, const QueryRequest &request, QuerySink &sink)
    : id(id)
    , request(&request)
    , sink(&sink)
    , utf8(request.sql.toUtf8())
{
    clock.start();
}

void QueryRun::fail(QueryOutcome::Status status, const StorageError &error, qsizetype offset)
{
    outcome.status = status;
    outcome.error = error;
    outcome.line = outcome.column = 0;
    QString text = status == QueryOutcome::Failed ? error.detail : error.userMessage();
    if (status == QueryOutcome::Cancelled)
        text = Text::tr("The run was cancelled; nothing was changed.");
    if (offset >= 0) {
        positionOf(utf8, offset, &outcome.line, &outcome.column);
        if (outcome.line == 1)
            outcome.column += request->firstColumn - 1;
        outcome.line += request->firstLine - 1;
        text = Text::tr("line %1, column %2: %3").arg(outcome.line).arg(outcome.column).arg(text);
    }
    outcome.message = text;
}

void QueryRun::busy(const StorageError &error)
{
    outcome.status = QueryOutcome::Busy;
    outcome.error = error;
}

void QueryRun::refuseTransactionStatement(qsizetype begin, qsizetype end)
{
    qsizetype wordEnd = begin;
    while (wordEnd < end && std::isalpha(static_cast<unsigned char>(utf8.at(wordEnd))))
        ++wordEnd;
    const QByteArray word = utf8.mid(begin, wordEnd - begin);
    fail(QueryOutcome::Failed,
         StorageError::make(
             StorageError::Other,
             Text::tr("%1 cannot be run here: Rowbook runs each run as one transaction of its own "
                      "(all or nothing, with the lock taken and retried for you), so nothing is "
                      "left half-done. Remove the statement; a script file may be wrapped in one "
                      "outer BEGIN … COMMIT.")
                 .arg(QString::fromUtf8(word).toUpper())),
         begin);
}

void QueryRun::giveUp(bool cancelled, const QString &busyMessage)
{
    fail(cancelled ? QueryOutcome::Cancelled : QueryOutcome::Busy, outcome.error, -1);
    if (!cancelled)
        outcome.message = busyMessage;
}

void QueryRun::startAttempt(int attempt)
{
    outcome = QueryOutcome();
    outcome.attempts = attempt;
    delivered = false;
    handed = 0;
}

void QueryRun::announce(const QStringList &names, const QString &sql)
{
    sink->columns(names);
    delivered = true;
    handed = 0;
    outcome.resultSql = sql;
}

QueryRun::RowFate QueryRun::nextRow()
{
    ++outcome.rows;
    if (skip > 0) {
        --skip;
        return RowFate::Pass;
    }
    if (request->maxRows >= 0 && handed >= request->maxRows)
        return stopAtMax ? RowFate::Stop : RowFate::Pass;
    return RowFate::Hand;
}

bool QueryRun::hand(const QVariantList &values)
{
    ++handed;
    if (sink->row(values))
        return true;
    fail(QueryOutcome::Unwritable,
         StorageError::make(StorageError::Io, Text::tr("The output cannot be written.")), -1);
    return false;
}

bool QueryRun::backoff(const RetryPolicy &policy,
                       int attempt,
                       const QByteArray &cause,
                       const std::function<bool()> &cancelled) const
{
    const qint64 left = policy.budgetMs - clock.elapsed();
    if (left <= 0 || cancelled())
        return false;
    qCDebug(lcStorage, "query %llu: %s; attempt %d after %lld ms", id, cause.constData(),
            attempt + 1, static_cast<long long>(clock.elapsed()));
    QDeadlineTimer deadline(std::min<qint64>(policy.delayForAttempt(attempt), left));
    while (!deadline.hasExpired()) {
        if (cancelled())
            return false;
        QThread::msleep(
            static_cast<unsigned long>(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
    }
    return !cancelled();
}

QueryOutcome QueryRun::finish()
{
    outcome.elapsedMs = clock.elapsed();
    qCDebug(lcStorage, "query %llu: status %d after %d attempt(s) in %lld ms, %lld row(s)", id,
            int(outcome.status), outcome.attempts, static_cast<long long>(outcome.elapsedMs),
            static_cast<long long>(outcome.rows));
    return outcome;
}

} // namespace rowbook

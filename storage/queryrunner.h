#pragma once

#include "queryengine.h"
#include "workerthread.h"

#include <QList>
#include <QObject>

namespace rowbook {

class QueryWorker;

// The GUI-thread face of a QueryEngine: a thread and a connection of its own per runner (one per
// console), runs queued one after another, results handed back in batches. The GUI never waits:
// run() and cancel() return at once, everything else arrives as signals.
class QueryRunner : public QObject
{
    Q_OBJECT
public:
    explicit QueryRunner(const DatabaseInfo &info,
                         RetryPolicy policy = {},
                         QObject *parent = nullptr);
    ~QueryRunner() override; // cancels what runs, then joins the thread

    // Queues a run; returns its id (ids grow from 1).
    quint64 run(const QueryRequest &request);
    // Queues a read of rows [offset, offset + limit) of a read-only statement (a run's
    // resultSql); the rows arrive in pageReady() (empty when the read failed).
    quint64 fetch(const QString &sql, qint64 offset, int limit);
    // Stops the run in progress and every queued one (they finish as Cancelled). Any thread.
    void cancel();
    quint64 lastId() const { return m_thread.latestId(); }

Q_SIGNALS:
    void opened(bool ok, const QString &problem);
    void started(quint64 id);
    // A statement that returns rows begins; its rows follow in rowsReady().
    void columnsReady(quint64 id, const QStringList &names);
    void rowsReady(quint64 id, const QList<QVariantList> &rows);
    // `done` of the run's `total` statements finished; at most every batchMs, and the last.
    void progress(quint64 id, int done, int total);
    void finished(quint64 id, const rowbook::QueryOutcome &outcome);
    void pageReady(quint64 id, qint64 offset, const QList<QVariantList> &rows);

private:
    WorkerThread m_thread;           // ids count runs and fetches alike
    QueryWorker *m_worker = nullptr; // owned by m_thread
    QueryEngine *m_engine = nullptr; // owned by m_worker; cancel() is thread-safe
};

// Runs requests on the runner's thread; rows leave in batches of up to batchRows, at least every
// batchMs while rows come.
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int batchRows = 256;
    static constexpr int batchMs = 50;

    explicit QueryWorker(std::unique_ptr<QueryEngine> engine);
    ~QueryWorker() override;
    QueryEngine *engine() const { return m_engine.get(); }

    void open();
    void run(quint64 id, const rowbook::QueryRequest &request);
    void fetch(quint64 id, const QString &sql, qint64 offset, int limit);

Q_SIGNALS:
    void opened(bool ok, const QString &problem);
    void started(quint64 id);
    void columnsReady(quint64 id, const QStringList &names);
    void rowsReady(quint64 id, const QList<QVariantList> &rows);
    void progress(quint64 id, int done, int total);
    void finished(quint64 id, const rowbook::QueryOutcome &outcome);
    void pageReady(quint64 id, qint64 offset, const QList<QVariantList> &rows);

private:
    std::unique_ptr<QueryEngine> m_engine;
};

} // namespace rowbook

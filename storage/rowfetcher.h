#pragma once

#include "database.h"
#include "storageerror.h"
#include "workerthread.h"

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QVariantList>
#include <QVector>

#include <atomic>
#include <deque>
#include <functional>
#include <utility>

namespace rowbook {

// What one RowFetcher request brought: the rows its statement selected, each with every column
// the statement has; or the error; or nothing, when the request was skipped (skipBefore()).
struct FetchedRows
{
    QVector<QVector<QVariant>> rows;
    StorageError error;
    bool skipped = false;
    // On a server: the session ended under this read (a restart, an administrator), which ran
    // again on a new one.
    bool reconnected = false;
    // On a server: the session's process as libpq knows it (PQbackendPID, no round trip). Not
    // the server's pg_backend_pid() behind a pooler such as PgBouncer.
    int sessionPid = 0;
};

class RowFetcherWorker;

// Runs short reads (a page of the rows on screen) on a thread of its own with its own read-only
// connection, so the window never waits on the disk or the server for the rows it paints.
// Requests run in the order they were made and each comes back with fetched(), also when it
// failed or was skipped. On a server, a request that finds the session ended is run once more on
// a new session: it only reads, so running it again changes nothing.
class RowFetcher : public QObject
{
    Q_OBJECT
public:
    explicit RowFetcher(const DatabaseInfo &info, QObject *parent = nullptr);
    ~RowFetcher() override;

    // Returns the request's id; fetched() carries it.
    quint64 fetch(const QString &sql, const QVariantList &values);
    // Requests older than `id` that have not started are not run: they come back skipped (the
    // view scrolled past the rows they were for).
    void skipBefore(quint64 id);
    // The newest request made, and the newest one the worker has finished (its result may still
    // be on its way to the receiver): for a caller that must know a read is done.
    quint64 lastRequested() const { return m_thread.latestId(); }
    quint64 lastDone() const { return m_done.load(); }
    // Emits fetched() now for the results the worker has finished that have not been delivered
    // yet, in order, for as long as `wanted` (when given) accepts the next one. A view about to
    // paint takes the rows already read, instead of painting them blank first and again once the
    // worker's notice arrives through the event loop.
    using Wanted = std::function<bool(quint64 id, const FetchedRows &result)>;
    void deliverFinished(const Wanted &wanted);

    // Results the worker has finished, oldest first, until the GUI thread delivers them.
    struct Outbox
    {
        QMutex mutex;
        std::deque<std::pair<quint64, FetchedRows>> results;
    };

Q_SIGNALS:
    void fetched(quint64 id, const rowbook::FetchedRows &result);

private:
    // Declared before m_thread: the worker uses them until it has joined.
    std::atomic<quint64> m_skipBefore{0};
    std::atomic<quint64> m_done{0};
    Outbox m_outbox;
    WorkerThread m_thread;
    RowFetcherWorker *m_worker = nullptr; // owned by m_thread
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::FetchedRows)

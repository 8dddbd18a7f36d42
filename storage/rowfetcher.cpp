#include "rowfetcher.h"

#include "oneshot.h"
#include "pgconnection.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <unordered_map>

namespace rowbook {

class RowFetcherWorker : public QObject
{
    Q_OBJECT
public:
    RowFetcherWorker(DatabaseInfo info,
                     const std::atomic<quint64> *skipBefore,
                     std::atomic<quint64> *done,
                     RowFetcher::Outbox *outbox)
        : m_info(std::move(info))
        , m_skipBefore(skipBefore)
        , m_done(done)
        , m_outbox(outbox)
    {}

    ~RowFetcherWorker() override
    {
        m_prepared.clear();
        m_db = QSqlDatabase();
        if (!m_name.isEmpty())
            Database::disconnect(m_name);
    }

    void run(quint64 id, const QString &sql, const QVariantList &values)
    {
        FetchedRows result;
        if (id < m_skipBefore->load()) {
            result.skipped = true;
        } else {
            open();
            result = read(sql, values);
        }
        {
            const QMutexLocker lock(&m_outbox->mutex);
            m_outbox->results.emplace_back(id, std::move(result));
        }
        m_done->store(id);
        Q_EMIT finished();
    }

    // At once when the fetcher is made, so the first page asked for does not wait for a new
    // connection (18 ms to a PostgreSQL server here, more to a remote one).
    void open()
    {
        if (!m_name.isEmpty())
            return;
        m_name = Database::uniqueConnectionName(QStringLiteral("rows"));
        m_db = Database::connect(m_info, m_name, Database::Role::Reader);
    }

Q_SIGNALS:
    void finished(); // a result is in the outbox

private:
    FetchedRows read(const QString &sql, const QVariantList &values)
    {
        FetchedRows result;
        // QPSQL's connection is not open once libpq found it broken, or a new one could not be
        // opened: a new one first. That loss was reported with the read that found it.
        if (m_info.server && !m_db.isOpen()) {
            m_prepared.clear();
            if (!Database::reconnect(m_info, m_db, Database::Role::Reader)) {
                result.error = StorageError::fromSql(m_db.lastError());
                return result;
            }
        }
        bool again = m_info.server; // once more on a new session when the server restarted
        bool stale = true;          // once more prepared anew (another program changed a type)
        for (;;) {
            bool fresh = true;
            QSqlQuery once(m_db);
            const bool firstRun = runsOnce(sql, values);
            QSqlQuery &query = firstRun ? once : prepared(sql, &fresh);
            bool ran = false;
            if (firstRun) {
                once.setForwardOnly(true);
                ran = oneshot::exec(once, sql, values);
            } else {
                for (int i = 0; i < values.size(); ++i)
                    query.bindValue(i, values[i]);
                ran = query.exec();
            }
            // QPSQL reads forward-only rows one at a time: a server's error may come with the
            // first row.
            if (ran) {
                if (m_info.server)
                    result.sessionPid = PgConnection::backendPid(m_db);
                const int columns = query.record().count();
                while (query.next()) {
                    QVector<QVariant> row(columns);
                    for (int c = 0; c < columns; ++c)
                        row[c] = query.value(c);
                    result.rows.push_back(std::move(row));
                }
                if (!query.lastError().isValid()) {
                    query.finish();    // kept prepared, holding no read open
                    result.error = {}; // of a stale statement tried before
                    return result;
                }
                result.rows.clear();
            }
            result.error = StorageError::fromSql(query.lastError());
            m_prepared.erase(sql); // `query` is gone
            if (!fresh && std::exchange(stale, false)
                && result.error.kind != StorageError::Unreachable)
                continue;
            if (ran || !std::exchange(again, false)
                || result.error.kind != StorageError::Unreachable)
                return result;
            m_prepared.clear(); // they belong to the session that is gone
            result.reconnected = true;
            if (!Database::reconnect(m_info, m_db, Database::Role::Reader))
                return result;
            result.error = {};
        }
    }

    // Whether `sql` runs as a statement of its own this time (oneshot::exec: one round trip)
    // rather than prepared (two: PREPARE, then EXECUTE): on a server, the first time a statement
    // is asked for. Only what is prepared again later saves the server's parsing; the first page
    // after Ctrl+End, say, comes a round trip sooner. Values bound where the server infers their
    // types (a filter's text against a number column) are only ever bound: keys and counts only.
    bool runsOnce(const QString &sql, const QVariantList &values)
    {
        if (!m_info.server || m_prepared.count(sql) > 0)
            return false;
        const bool integers = std::all_of(values.cbegin(), values.cend(), [](const QVariant &v) {
            return v.isNull() || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
        });
        if (!integers)
            return false;
        if (m_ranOnce.size() >= 64)
            m_ranOnce.clear();
        if (m_ranOnce.contains(sql))
            return false;
        m_ranOnce.insert(sql);
        return true;
    }

    // `sql` prepared on this connection once and run again with new values. The pages of a
    // table share a few statement shapes, and on PostgreSQL preparing one anew costs two more
    // round trips per page (PREPARE, and DEALLOCATE when the query goes away) besides EXECUTE.
    // A statement prepared before another program changed a column's type fails on the server
    // ("cached plan must not change result type"): `fresh` says whether it was prepared now.
    QSqlQuery &prepared(const QString &sql, bool *fresh)
    {
        *fresh = false;
        if (const auto it = m_prepared.find(sql); it != m_prepared.end())
            return it->second;
        *fresh = true;
        if (m_prepared.size() >= maxPrepared)
            m_prepared.clear();
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql); // a failure shows in exec()
        return m_prepared.emplace(sql, std::move(query)).first->second;
    }

    static constexpr std::size_t maxPrepared = 8;
    DatabaseInfo m_info;
    const std::atomic<quint64> *m_skipBefore;
    std::atomic<quint64> *m_done;
    RowFetcher::Outbox *m_outbox;
    QString m_name;
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_prepared; // by statement text
    QSet<QString> m_ranOnce;                           // runsOnce(): run once, not prepared
};

RowFetcher::RowFetcher(const DatabaseInfo &info, QObject *parent)
    : QObject(parent)
    , m_thread(QStringLiteral("Rowbook rows"))
    , m_worker(new RowFetcherWorker(info, &m_skipBefore, &m_done, &m_outbox))
{
    qRegisterMetaType<rowbook::FetchedRows>();
    connect(m_worker, &RowFetcherWorker::finished, this, [this] { deliverFinished({}); });
    m_thread.start(m_worker);
    QMetaObject::invokeMethod(m_worker, &RowFetcherWorker::open, Qt::QueuedConnection);
}

RowFetcher::~RowFetcher()
{
    skipBefore(m_thread.latestId() + 1); // what is queued is not run; then m_thread joins
}

quint64 RowFetcher::fetch(const QString &sql, const QVariantList &values)
{
    return m_thread.post(
        [worker = m_worker, sql, values](quint64 id) { worker->run(id, sql, values); });
}

void RowFetcher::deliverFinished(const Wanted &wanted)
{
    for (;;) {
        std::pair<quint64, FetchedRows> next;
        {
            const QMutexLocker lock(&m_outbox.mutex);
            if (m_outbox.results.empty()
                || (wanted
                    && !wanted(m_outbox.results.front().first, m_outbox.results.front().second)))
                return;
            next = std::move(m_outbox.results.front());
            m_outbox.results.pop_front();
        }
        Q_EMIT fetched(next.first, next.second);
    }
}

void RowFetcher::skipBefore(quint64 id)
{
    if (id > m_skipBefore.load()) // only this thread writes it
        m_skipBefore.store(id);
}

} // namespace rowbook

#include "rowfetcher.moc"

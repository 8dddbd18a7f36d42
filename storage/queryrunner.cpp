#include "queryrunner.h"

#include <QElapsedTimer>

namespace rowbook {
namespace {

// Collects rows on the worker thread and hands them over in batches.
class BatchingSink : public QuerySink
{
public:
    BatchingSink(QueryWorker *worker, quint64 id)
        : m_worker(worker)
        , m_id(id)
    {
        m_clock.start();
    }
    void columns(const QStringList &names) override
    {
        flush();
        Q_EMIT m_worker->columnsReady(m_id, names);
    }
    bool row(const QVariantList &values) override
    {
        m_rows << values;
        if (m_rows.size() >= QueryWorker::batchRows || m_clock.elapsed() >= QueryWorker::batchMs)
            flush();
        return true;
    }
    void progress(int done, int total) override
    {
        if (done < total && m_progressClock.isValid()
            && m_progressClock.elapsed() < QueryWorker::batchMs)
            return;
        m_progressClock.start();
        Q_EMIT m_worker->progress(m_id, done, total);
    }
    void flush()
    {
        m_clock.restart();
        if (m_rows.isEmpty())
            return;
        Q_EMIT m_worker->rowsReady(m_id, m_rows);
        m_rows.clear();
    }

private:
    QueryWorker *m_worker;
    quint64 m_id;
    QList<QVariantList> m_rows;
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
};

} // namespace

QueryWorker::QueryWorker(std::unique_ptr<QueryEngine> engine)
    : m_engine(std::move(engine))
{}

QueryWorker::~QueryWorker() = default;

void QueryWorker::open()
{
    QString problem;
    const bool ok = m_engine->open(&problem);
    Q_EMIT opened(ok, problem);
}

void QueryWorker::run(quint64 id, const QueryRequest &request)
{
    Q_EMIT started(id);
    BatchingSink sink(this, id);
    const QueryOutcome outcome = m_engine->run(id, request, sink);
    sink.flush();
    Q_EMIT finished(id, outcome);
}

void QueryWorker::fetch(quint64 id, const QString &sql, qint64 offset, int limit)
{
    // Collects the page and hands it over in one piece.
    class Page : public QuerySink
    {
    public:
        void columns(const QStringList &) override {}
        bool row(const QVariantList &values) override
        {
            rows << values;
            return true;
        }
        QList<QVariantList> rows;
    } page;
    const QueryOutcome outcome = m_engine->fetch(id, sql, offset, limit, page);
    Q_EMIT pageReady(id, offset, outcome.ok() ? page.rows : QList<QVariantList>());
}

QueryRunner::QueryRunner(const DatabaseInfo &info, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_thread(QStringLiteral("Rowbook query runner"))
    , m_worker(new QueryWorker(QueryEngine::create(info, policy)))
    , m_engine(m_worker->engine())
{
    qRegisterMetaType<rowbook::QueryOutcome>();
    qRegisterMetaType<rowbook::QueryRequest>();
    qRegisterMetaType<QList<QVariantList>>();
    connect(m_worker, &QueryWorker::opened, this, &QueryRunner::opened);
    connect(m_worker, &QueryWorker::started, this, &QueryRunner::started);
    connect(m_worker, &QueryWorker::columnsReady, this, &QueryRunner::columnsReady);
    connect(m_worker, &QueryWorker::rowsReady, this, &QueryRunner::rowsReady);
    connect(m_worker, &QueryWorker::progress, this, &QueryRunner::progress);
    connect(m_worker, &QueryWorker::pageReady, this, &QueryRunner::pageReady);
    connect(m_worker, &QueryWorker::finished, this, &QueryRunner::finished);
    m_thread.start(m_worker);
    QMetaObject::invokeMethod(m_worker, &QueryWorker::open, Qt::QueuedConnection);
}

QueryRunner::~QueryRunner()
{
    cancel(); // then m_thread joins
}

quint64 QueryRunner::run(const QueryRequest &request)
{
    return m_thread.post([worker = m_worker, request](quint64 id) { worker->run(id, request); });
}

quint64 QueryRunner::fetch(const QString &sql, qint64 offset, int limit)
{
    return m_thread.post([worker = m_worker, sql, offset, limit](quint64 id) {
        worker->fetch(id, sql, offset, limit);
    });
}

void QueryRunner::cancel()
{
    m_engine->cancel(m_thread.latestId());
}

} // namespace rowbook

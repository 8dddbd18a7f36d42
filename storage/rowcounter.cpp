#include "rowcounter.h"

#include "catalog.h"

namespace rowbook {

class RowCounterWorker : public QObject
{
    Q_OBJECT
public:
    RowCounterWorker(DatabaseInfo info, std::atomic<quint64> *latest)
        : m_info(std::move(info))
        , m_latest(latest)
    {}
    ~RowCounterWorker() override
    {
        m_db = QSqlDatabase();
        if (!m_name.isEmpty())
            Database::disconnect(m_name);
    }

    void run(quint64 id, const QStringList &tables)
    {
        if (m_name.isEmpty()) {
            m_name = Database::uniqueConnectionName(QStringLiteral("counts"));
            m_db = Database::connect(m_info, m_name, Database::Role::Reader);
        }
        for (const QString &table : tables) {
            if (m_latest->load() != id)
                return;
            Q_EMIT counted(id, table, Catalog::rowCount(m_db, table));
        }
    }

Q_SIGNALS:
    void counted(quint64 id, const QString &table, qint64 rows);

private:
    DatabaseInfo m_info;
    std::atomic<quint64> *m_latest;
    QString m_name;
    QSqlDatabase m_db;
};

RowCounter::RowCounter(const DatabaseInfo &info, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("Rowbook row counter"));
    m_worker = new RowCounterWorker(info, &m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RowCounterWorker::counted, this,
            [this](quint64 id, const QString &table, qint64 rows) {
                if (id == m_latest.load())
                    Q_EMIT counted(table, rows);
            });
    m_thread.start(QThread::LowPriority);
}

RowCounter::~RowCounter()
{
    ++m_latest; // the worker stops after the table it is counting
    m_thread.quit();
    m_thread.wait();
}

void RowCounter::count(const QStringList &tables)
{
    const quint64 id = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, tables] { worker->run(id, tables); },
        Qt::QueuedConnection);
}

} // namespace rowbook

#include "rowcounter.moc"

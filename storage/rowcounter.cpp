#include "rowcounter.h"

#include "catalog.h"

#include <QSet>

#include <algorithm>

namespace rowbook {

class RowCounterWorker : public QObject
{
    Q_OBJECT
public:
    RowCounterWorker(DatabaseInfo info, const std::atomic<quint64> *latest)
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
            qint64 rows = Catalog::rowCount(m_db, table);
            // QPSQL reports a broken connection as not open: the server restarted since the
            // last count. A table that cannot be counted (no privilege) is no reason to reconnect.
            if (rows < 0 && m_info.server && !m_db.isOpen()) {
                if (!Database::reconnect(m_info, m_db, Database::Role::Reader))
                    return;
                rows = Catalog::rowCount(m_db, table);
            }
            Q_EMIT counted(id, table, rows);
        }
    }

Q_SIGNALS:
    void counted(quint64 id, const QString &table, qint64 rows);

private:
    DatabaseInfo m_info;
    const std::atomic<quint64> *m_latest;
    QString m_name;
    QSqlDatabase m_db;
};

RowCounter::RowCounter(const DatabaseInfo &info, QObject *parent)
    : QObject(parent)
    , m_thread(QStringLiteral("Rowbook row counter"))
    , m_worker(new RowCounterWorker(info, m_thread.latest()))
{
    connect(m_worker, &RowCounterWorker::counted, this,
            [this](quint64 id, const QString &table, qint64 rows) {
                const auto asked = m_askedIn.constFind(table);
                if (asked == m_askedIn.cend()) {
                    if (id == m_thread.latestId())
                        Q_EMIT counted(table, rows);
                    return;
                }
                // Owed a count: one from the request that last asked for it, or a later one,
                // settles it; an earlier request's is shown meanwhile (a table whose count takes
                // longer than the time between requests gets one too).
                if (id >= asked.value())
                    m_askedIn.erase(asked);
                Q_EMIT counted(table, rows);
            });
    m_thread.start(m_worker, QThread::LowPriority);
}

RowCounter::~RowCounter() = default; // the worker stops after the table it is counting

void RowCounter::count(const QStringList &tables)
{
    // These tables first, then the ones still owed a count, longest owed first.
    QStringList order = tables;
    order.removeDuplicates();
    const QSet<QString> first(order.cbegin(), order.cend());
    QList<std::pair<quint64, QString>> owed;
    for (auto it = m_askedIn.cbegin(); it != m_askedIn.cend(); ++it) {
        if (!first.contains(it.key()))
            owed.append({it.value(), it.key()});
    }
    std::sort(owed.begin(), owed.end());
    for (const auto &[asked, table] : std::as_const(owed))
        order << table;
    const quint64 id
        = m_thread.post([worker = m_worker, order](quint64 id) { worker->run(id, order); });
    for (const QString &table : tables)
        m_askedIn.insert(table, id);
}

} // namespace rowbook

#include "rowcounter.moc"

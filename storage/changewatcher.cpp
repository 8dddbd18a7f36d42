#include "changewatcher.h"

#include "driverkind.h"
#include "logging.h"
#include "storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rowbook {

ChangeWatcher::ChangeWatcher(const QSqlDatabase &reader, QObject *parent)
    : QObject(parent)
    , m_db(reader)
{
    m_timer.setInterval(isServer() ? serverIntervalMs : defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

qint64 ChangeWatcher::scalar(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next())
        return -1; // locked or closed: try again next time
    return query.value(0).toLongLong();
}

qint64 ChangeWatcher::pragma(const QString &name) const
{
    return scalar(QStringLiteral("PRAGMA ") + name);
}

bool ChangeWatcher::isServer() const
{
    return isPostgres(m_db);
}

qint64 ChangeWatcher::dataVersion() const
{
    if (isServer()) {
        // The whole snapshot (xmin:xmax:in-progress ids): it changes whenever a transaction
        // that writes starts or ends, in whichever order they commit.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT CAST(pg_current_snapshot() AS text)"))
            || !query.next()) {
            // QPSQL reports a broken connection as not open ("database not open").
            m_lostNow
                = !m_db.isOpen()
                  || StorageError::fromSql(query.lastError()).kind == StorageError::Unreachable;
            return -1;
        }
        return qint64(qHash(query.value(0).toString()) & 0x7fffffffffffffff);
    }
    return pragma(QStringLiteral("data_version"));
}

qint64 ChangeWatcher::schemaVersion() const
{
    if (!isServer())
        return pragma(QStringLiteral("schema_version"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT md5(coalesce(string_agg(concat_ws(':', c.relname, c.relkind, a.attname, "
            "a.atttypid), ',' ORDER BY c.oid, a.attnum), '')) FROM pg_class c LEFT JOIN "
            "pg_attribute a ON a.attrelid = c.oid AND "
            "a.attnum > 0 AND NOT a.attisdropped WHERE c.relnamespace = (SELECT oid FROM "
            "pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p', 'v', "
            "'m')"))
        || !query.next())
        return -1;
    return qint64(qHash(query.value(0).toString()) & 0x7fffffffffffffff);
}

void ChangeWatcher::start()
{
    acknowledge();
    m_timer.start();
}

void ChangeWatcher::acknowledge(bool othersCommitted)
{
    m_dataVersion = dataVersion();
    const qint64 schema = schemaVersion();
    const bool schemaChanged = schema != m_schemaVersion;
    m_schemaVersion = schema;
    if (othersCommitted)
        Q_EMIT changed(schemaChanged);
}

void ChangeWatcher::reportOthers()
{
    m_reported = true;
    if (m_timer.isActive())
        poll(); // or the next poll after the pause
}

void ChangeWatcher::resume()
{
    // Anything may have changed meanwhile: the next poll reports a change (now, unless an own
    // batch is in flight), and compares the schema; a reader that fails again is lost again.
    m_lost = false;
    m_dataVersion = -2;
    poll();
}

void ChangeWatcher::poll()
{
    if (m_paused || m_lost)
        return;
    qint64 data = -1;
    if (isServer()) {
        m_lostNow = false;
        data = dataVersion(); // MVCC: reading never waits for writers
        if (m_lostNow) {
            m_lost = true;
            qCDebug(lcStorage, "the reader lost the server");
            Q_EMIT lost();
            return;
        }
    } else {
        // While another program holds the lock on a rollback-journal file, do not wait for it
        // on the GUI thread: try again at the next tick.
        const qint64 timeout = pragma(QStringLiteral("busy_timeout"));
        pragma(QStringLiteral("busy_timeout = 0"));
        data = dataVersion();
        pragma(QStringLiteral("busy_timeout = %1").arg(std::max<qint64>(timeout, 0)));
    }
    if (data < 0 || (data == m_dataVersion && !m_reported))
        return;
    const qint64 schema = schemaVersion();
    if (schema < 0)
        return;
    const bool schemaChanged = schema != m_schemaVersion;
    m_dataVersion = data;
    m_schemaVersion = schema;
    m_reported = false;
    qCDebug(lcStorage, "another program committed to the database%s",
            schemaChanged ? " and changed its schema" : "");
    Q_EMIT changed(schemaChanged);
}

} // namespace rowbook

#include "changewatcher.h"

#include "logging.h"

#include <QSqlQuery>

#include <algorithm>

namespace rowbook {

ChangeWatcher::ChangeWatcher(const QSqlDatabase &reader, QObject *parent)
    : QObject(parent)
    , m_db(reader)
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

qint64 ChangeWatcher::pragma(const QString &name) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return -1; // locked or closed: try again next time
    return query.value(0).toLongLong();
}

void ChangeWatcher::start()
{
    acknowledge();
    m_timer.start();
}

void ChangeWatcher::acknowledge(bool othersCommitted)
{
    m_dataVersion = pragma(QStringLiteral("data_version"));
    const qint64 schema = pragma(QStringLiteral("schema_version"));
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

void ChangeWatcher::poll()
{
    if (m_paused)
        return;
    // While another program holds the lock on a rollback-journal file, do not wait for it on
    // the GUI thread: try again at the next tick.
    const qint64 timeout = pragma(QStringLiteral("busy_timeout"));
    pragma(QStringLiteral("busy_timeout = 0"));
    const qint64 data = pragma(QStringLiteral("data_version"));
    pragma(QStringLiteral("busy_timeout = %1").arg(std::max<qint64>(timeout, 0)));
    if (data < 0 || (data == m_dataVersion && !m_reported))
        return;
    const qint64 schema = pragma(QStringLiteral("schema_version"));
    if (schema < 0)
        return;
    const bool schemaChanged = schema != m_schemaVersion;
    m_dataVersion = data;
    m_schemaVersion = schema;
    m_reported = false;
    qCDebug(lcStorage, "another program committed to the file%s",
            schemaChanged ? " and changed its schema" : "");
    Q_EMIT changed(schemaChanged);
}

} // namespace rowbook

#include "changewatcher.h"

#include "driverkind.h"
#include "logging.h"
#include "rowfetcher.h"
#include "storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rowbook {

ChangeWatcher::ChangeWatcher(const QSqlDatabase &reader, RowFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_db(reader)
    , m_fetcher(fetcher)
{
    Q_ASSERT(m_fetcher || !isServer());
    m_timer.setInterval(isServer() ? serverIntervalMs : defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    if (isServer())
        connect(m_fetcher, &RowFetcher::fetched, this, &ChangeWatcher::onServerAnswer);
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

void ChangeWatcher::start()
{
    acknowledge();
    m_timer.start();
}

void ChangeWatcher::acknowledge(bool othersCommitted)
{
    if (isServer()) {
        m_acknowledging = true;
        m_othersBefore = m_othersBefore || othersCommitted;
        askServer(true); // an answer to an earlier check on its way is not looked at
        return;
    }
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

void ChangeWatcher::resume()
{
    // Anything may have changed meanwhile: the next poll reports a change (now, unless an own
    // batch is in flight), and compares the schema; a check that fails again is lost again.
    m_lost = false;
    m_reported = true;
    poll();
}

void ChangeWatcher::poll()
{
    if (m_paused || m_lost)
        return;
    if (!isServer()) {
        pollFile();
        return;
    }
    if (m_asked == 0) // one check at a time
        askServer(m_reported || m_acknowledging);
}

void ChangeWatcher::pollFile()
{
    // While another program holds the lock on a rollback-journal file, do not wait for it on the
    // GUI thread: try again at the next tick.
    const qint64 timeout = pragma(QStringLiteral("busy_timeout"));
    pragma(QStringLiteral("busy_timeout = 0"));
    const qint64 data = pragma(QStringLiteral("data_version"));
    pragma(QStringLiteral("busy_timeout = %1").arg(std::max<qint64>(timeout, 0)));
    if (data < 0 || (data == m_dataVersion && !m_reported))
        return;
    const qint64 schema = pragma(QStringLiteral("schema_version"));
    if (schema < 0)
        return;
    m_dataVersion = data;
    report(schema);
}

void ChangeWatcher::askServer(bool withSchema)
{
    // The whole snapshot (xmin:xmax:in-progress ids): it changes whenever a transaction that
    // writes starts or ends, in whichever order they commit. MVCC: it never waits for writers.
    m_asked = m_fetcher->fetch(
        QStringLiteral(
            "SELECT now.snapshot, CASE WHEN now.snapshot IS DISTINCT FROM CAST(? AS text) THEN "
            "(SELECT md5(coalesce(string_agg(concat_ws(':', c.relname, c.relkind, a.attname, "
            "a.atttypid), ',' ORDER BY c.oid, a.attnum), '')) FROM pg_class c LEFT JOIN "
            "pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped WHERE "
            "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND "
            "c.relkind IN ('r', 'p', 'v', 'm')) END FROM (SELECT CAST(pg_current_snapshot() AS "
            "text) AS snapshot) AS now"),
        {withSchema ? QString() : m_snapshot});
}

void ChangeWatcher::onServerAnswer(quint64 id, const FetchedRows &answer)
{
    const bool mine = m_asked != 0 && id == m_asked; // else a page, or a check overtaken
    if (mine)
        m_asked = 0;
    // Any read of the fetcher's that found the session ended or the server gone: the reader's
    // session went with it (a server restart), so the window's reads need a new one too.
    const bool gone
        = answer.reconnected || (mine && answer.error.kind == StorageError::Unreachable);
    if (gone && !m_lost) {
        m_lost = true;
        qCDebug(lcStorage, "the session with the server ended: %s",
                qPrintable(answer.error.userMessage()));
        Q_EMIT lost();
        return;
    }
    if (!mine || m_lost)
        return;
    if (answer.skipped || answer.error.isError() || answer.rows.isEmpty()) {
        if (m_acknowledging && !m_lost)
            askServer(true); // the next poll would wait for it
        return;
    }
    const QString snapshot = answer.rows.first().value(0).toString();
    const QVariant digest = answer.rows.first().value(1);
    const qint64 schema
        = digest.isNull() ? m_schemaVersion : qint64(qHash(digest.toString()) & 0x7fffffffffffffff);
    if (m_acknowledging) {
        m_acknowledging = false;
        const bool schemaChanged = schema != m_schemaVersion;
        m_snapshot = snapshot;
        m_schemaVersion = schema;
        const bool others = m_othersBefore || (m_reported && !m_paused);
        m_othersBefore = false;
        if (others) {
            m_reported = false;
            Q_EMIT changed(schemaChanged);
        }
        return;
    }
    // An own batch began while the check was on its way: its acknowledge() sets what is seen.
    if (m_paused || (snapshot == m_snapshot && !m_reported))
        return;
    m_snapshot = snapshot;
    report(schema);
}

void ChangeWatcher::report(qint64 schema)
{
    const bool schemaChanged = schema != m_schemaVersion;
    m_schemaVersion = schema;
    m_reported = false;
    qCDebug(lcStorage, "another program committed to the database%s",
            schemaChanged ? " and changed its schema" : "");
    Q_EMIT changed(schemaChanged);
}

} // namespace rowbook

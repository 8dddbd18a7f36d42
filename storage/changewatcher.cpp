#include "changewatcher.h"

#include "driverkind.h"
#include "logging.h"
#include "pgconnection.h"
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
    m_previousUnseen = false;
    m_snapshot.clear(); // what ended while stopped is not reported
    m_own.clear();
    lookForReader();
    acknowledge();
    m_timer.start();
}

void ChangeWatcher::lookForReader()
{
    m_readerPid = isServer() ? PgConnection::backendPid(m_db) : 0;
    m_readerPidUnproven = true;
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    m_asked = 0; // an answer on its way is not looked at
}

void ChangeWatcher::acknowledge(bool othersCommitted, const OwnTransactions &own)
{
    if (isServer()) {
        if (!own.isEmpty())
            m_own << own;
        m_acknowledging = true;
        m_othersBefore = m_othersBefore || othersCommitted;
        askServer(true); // an answer to an earlier check on its way is not looked at
        return;
    }
    m_dataVersion = pragma(QStringLiteral("data_version"));
    const qint64 schema = pragma(QStringLiteral("schema_version"));
    if (schema < 0) { // locked or closed: compared at the next report instead
        if (othersCommitted)
            reportOthers();
        return;
    }
    const bool schemaChanged
        = m_schemaPending || (m_schemaVersion >= 0 && schema != m_schemaVersion);
    m_schemaVersion = schema;
    // Own changes, or another program's right after them (the save worker tells, and
    // reportOthers() follows): a schema change is told with the next change reported.
    m_schemaPending = schemaChanged && !othersCommitted;
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
    lookForReader(); // connected again
    m_asked = 0;     // a check on its way asked about the old session
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
    if (m_asked == 0) // one check at a time; else once more when its answer is in
        askServer(m_reported || m_acknowledging);
    else
        m_askAgain = true;
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
    m_askAgain = false;
    // The whole snapshot (xmin:xmax:in-progress ids): it changes whenever a transaction that
    // writes starts or ends, in whichever order they commit. MVCC: it never waits for writers.
    // And whether the window's reader still has its session: sitting idle, it would not notice
    // an administrator or idle_session_timeout ending it.
    m_asked = m_fetcher->fetch(
        QStringLiteral(
            "SELECT now.snapshot, CASE WHEN now.snapshot IS DISTINCT FROM CAST(? AS text) THEN "
            "(SELECT md5(coalesce(string_agg(concat_ws(':', c.relname, c.relkind, a.attname, "
            "a.atttypid), ',' ORDER BY c.oid, a.attnum), '') || coalesce((SELECT "
            "string_agg(concat_ws(':', t.tgrelid, t.tgname, t.tgenabled), ',' ORDER BY t.oid) "
            "FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid WHERE NOT t.tgisinternal AND "
            "r.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())), "
            "'') || coalesce((SELECT string_agg(concat_ws(':', k.conrelid, k.conname, "
            "k.confdeltype, k.confupdtype), ',' ORDER BY k.oid) FROM pg_constraint k WHERE "
            "k.contype = 'f' AND k.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = "
            "current_schema())), '')) FROM pg_class c LEFT JOIN "
            "pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped WHERE "
            "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND "
            "c.relkind IN ('r', 'p', 'v', 'm')) END, CAST(? AS integer) = 0 OR EXISTS (SELECT 1 "
            "FROM pg_stat_activity WHERE pid = CAST(? AS integer)), pg_backend_pid() FROM (SELECT "
            "CAST(pg_current_snapshot() AS text) AS snapshot) AS now"),
        {withSchema ? QString() : m_snapshot, m_readerPid, m_readerPid});
}

void ChangeWatcher::onServerAnswer(quint64 id, const FetchedRows &answer)
{
    const bool mine = m_asked != 0 && id == m_asked; // else a page, or a check overtaken
    if (mine)
        m_asked = 0;
    // Any read of the fetcher's whose session ended under it, or the server gone, or the
    // reader's session ended: the window's reads need a new session (Workspace::onServerLost).
    bool readerGone = mine && !answer.rows.isEmpty() && !answer.rows.first().value(2).toBool();
    if (mine && !answer.rows.isEmpty() && m_readerPid != 0 && !m_lost)
        readerGone = checkReaderSession(answer, readerGone);
    const bool gone = answer.reconnected || readerGone
                      || (mine && answer.error.kind == StorageError::Unreachable);
    if (gone && !m_lost) {
        m_lost = true;
        qCDebug(lcStorage, "the session with the server ended: %s",
                readerGone ? "the reader's" : qPrintable(answer.error.userMessage()));
        Q_EMIT lost();
        return;
    }
    if (!mine || m_lost)
        return;
    if (answer.skipped || answer.error.isError() || answer.rows.isEmpty()) {
        // Skipped behind pages: at once. Failed: at the next tick, not in a loop.
        if (answer.skipped && (m_acknowledging || m_askAgain))
            askServer(true);
        return;
    }
    const QString snapshot = answer.rows.first().value(0).toString();
    const QVariant digest = answer.rows.first().value(1);
    const qint64 schema
        = digest.isNull() ? m_schemaVersion : qint64(qHash(digest.toString()) & 0x7fffffffffffffff);
    if (m_acknowledging) {
        m_acknowledging = false;
        const bool ended = othersEnded(snapshot);
        const bool others = m_othersBefore || (m_reported && !m_paused) || ended;
        m_othersBefore = false;
        if (others) {
            report(schema);
        } else {
            // Own changes, or another program's schema change right after them: told with the
            // next change reported.
            // (The first answer, start()'s, only sets what is seen.)
            m_schemaPending
                = m_schemaPending || (m_schemaVersion >= 0 && schema != m_schemaVersion);
            m_schemaVersion = schema;
        }
    } else if (!m_paused) { // (while an own batch is in flight its acknowledge() sets it)
        const bool ended = othersEnded(snapshot);
        if (ended || m_reported)
            report(schema);
    }
    if (m_askAgain && !m_paused)
        askServer(m_reported);
}

bool ChangeWatcher::othersEnded(const QString &snapshot)
{
    if (snapshot == m_snapshot)
        return false;
    if (m_snapshot.isEmpty()) { // the first check, start()'s, only sets what is seen
        m_snapshot = snapshot;
        return false;
    }
    const bool ended = PgSnapshot::othersEnded(m_snapshot, snapshot, m_own);
    m_snapshot = snapshot;
    // Own ids all ended at the new snapshot are never looked at again.
    const PgSnapshot now = PgSnapshot::parse(snapshot);
    m_own.removeIf([&](const OwnTransactions &ids) {
        for (qint64 id = ids.from; id < ids.to; ++id) {
            if (!now.hasEnded(id) && ids.contains(id))
                return false;
        }
        return true;
    });
    return ended;
}

bool ChangeWatcher::checkReaderSession(const FetchedRows &answer, bool notFound)
{
    if (answer.rows.first().value(3).toInt() != answer.sessionPid) {
        // The fetcher's own pid is not the server's: a pooler such as PgBouncer hands libpq
        // another number. The reader's session cannot be looked up, so it is not.
        qCDebug(lcStorage, "behind a connection pooler: the reader's session is not checked");
        m_readerPid = 0;
        return false;
    }
    if (!notFound) {
        m_readerPidUnproven = false;
        m_previousUnseen = false;
        return false;
    }
    if (m_readerPidUnproven && m_previousUnseen) {
        // Two sessions in a row never seen: the reader reaches another server than the fetcher
        // (a list of hosts). A new session would look the same, again and again.
        qCDebug(lcStorage, "the reader's session is not in pg_stat_activity: not checked");
        m_readerPid = 0;
        return false;
    }
    // Ended, maybe before it was first looked for: one new session.
    m_previousUnseen = m_readerPidUnproven;
    return true;
}

void ChangeWatcher::report(qint64 schema)
{
    const bool schemaChanged = schema != m_schemaVersion || m_schemaPending;
    m_schemaVersion = schema;
    m_schemaPending = false;
    m_reported = false;
    qCDebug(lcStorage, "another program committed to the database%s",
            schemaChanged ? " and changed its schema" : "");
    Q_EMIT changed(schemaChanged);
}

} // namespace rowbook

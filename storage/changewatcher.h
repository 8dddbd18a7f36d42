#pragma once

#include "pgsnapshot.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace rowbook {

class RowFetcher;
struct FetchedRows;

// Notices commits by other connections to the open file: polls SQLite's PRAGMA data_version
// (which changes only when another connection committed) on the GUI's reader, a cheap call,
// every interval while started. Own saves are not reported: setPaused() while a batch is in flight
// and acknowledge() once it committed. Another program's commit right after an own save looks the
// same on this connection, so after acknowledge() the caller asks the save worker, whose own
// commits never change its data_version, and passes a "yes" to reportOthers(). changed() also
// tells about new, dropped or altered tables (PRAGMA schema_version).
// On PostgreSQL the counter is a fresh snapshot (pg_current_snapshot(): the newest transaction
// that ended, and those still running below it), compared with the last one seen for
// transactions that ended since, on any database of the server: one that ended elsewhere on the
// server costs a needless re-read, a commit here is never missed. Transactions that only began
// are not reported, nor own batches', whose ids acknowledge() is given
// (SaveOutcome::ownTransactions). The schema is compared by a digest of the current schema's
// tables, columns, triggers and foreign keys (what own saves reach: SaveWorker::written), which
// the server computes only when the snapshot moved. There the checks are
// a round trip each: they run on the RowFetcher's thread and connection, and their answers come
// back as events, so the window never waits for the server; acknowledge() takes effect when its
// answer arrives.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // `fetcher` is required on a server (and unused on SQLite).
    ChangeWatcher(const QSqlDatabase &reader, RowFetcher *fetcher, QObject *parent = nullptr);

    static constexpr int defaultIntervalMs = 300;
    static constexpr int serverIntervalMs = 1000; // a round trip to the server each time
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();
    void setPaused(bool paused) { m_paused = paused; }
    // Takes the file as it is now as seen (after the save worker's own commit). When others
    // committed before that batch (SaveOutcome::othersCommitted), reports it with changed().
    // On a server, polls wait until the answer is in.
    void acknowledge(bool othersCommitted = false, const OwnTransactions &own = {});
    // Another connection committed, as the save worker found after an own save: emits changed()
    // now, or at the next poll while paused (nothing while stopped).
    void reportOthers();
    // Checks now; emits changed() when another connection committed since the last check.
    void poll();
    // On a server: the reader was connected again after lost(); takes up polling and reports a
    // change with changed() (anything may have changed meanwhile).
    void resume();
    bool isLost() const { return m_lost; }

Q_SIGNALS:
    void changed(bool schemaChanged);
    // On a server: the reader lost its connection (the server restarted or cannot be reached).
    // Polling stops until resume().
    void lost();

private:
    qint64 pragma(const QString &name) const;
    qint64 scalar(const QString &sql) const;
    bool isServer() const;
    void pollFile();
    // A server's check, on the fetcher: the snapshot, and the schema's digest when the snapshot
    // is not m_snapshot or `withSchema`.
    void askServer(bool withSchema);
    void onServerAnswer(quint64 id, const FetchedRows &answer);
    // The reader's session, to be looked for in pg_stat_activity from the next check on.
    void lookForReader();
    // Whether the reader's session ended, from a check's answer that did not find it (`notFound`);
    // stops looking for it when it cannot be found.
    bool checkReaderSession(const FetchedRows &answer, bool notFound);
    // Whether a transaction other than own batches' ended since m_snapshot, which becomes
    // `snapshot`.
    bool othersEnded(const QString &snapshot);
    void report(qint64 schema);

    QSqlDatabase m_db;
    RowFetcher *m_fetcher = nullptr;
    QTimer m_timer;
    qint64 m_dataVersion = -1;    // SQLite's data_version
    QString m_snapshot;           // a server's, as last seen
    QList<OwnTransactions> m_own; // own batches' ids that may not have ended at m_snapshot
    qint64 m_schemaVersion = -1;
    quint64 m_asked = 0;              // the server check on its way; 0 when none is
    bool m_acknowledging = false;     // it is acknowledge()'s
    bool m_othersBefore = false;      // acknowledge(true) while its check is on its way
    bool m_askAgain = false;          // poll() while a check was on its way
    bool m_schemaPending = false;     // a schema change acknowledge() took in, not yet reported
    int m_readerPid = 0;              // the server process of the reader's session; 0: unchecked
    bool m_readerPidUnproven = false; // not yet seen in pg_stat_activity since connecting
    bool m_previousUnseen = false;    // the session before ended before it was once seen
    bool m_paused = false;
    bool m_reported = false; // reportOthers() while paused
    bool m_lost = false;
};

} // namespace rowbook

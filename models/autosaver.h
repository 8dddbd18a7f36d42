#pragma once

#include "rowchange.h"

#include <QObject>
#include <QTimer>

namespace rowbook {

class EditStore;
class RecoveryJournal;
class Saver;

// Decides when to save: a short debounce after the last edit, on demand (Ctrl+S), and again
// later when the lock was not released in time. Sends one batch at a time to the Saver and
// feeds the outcome back into the EditStore. With a recovery journal, a batch goes to the Saver
// only once the journal reports it durable (a signal: the GUI thread never waits for it).
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    enum class State { Saved, Saving, Waiting, NotSaved };
    Q_ENUM(State)

    AutoSaver(EditStore *store, Saver *saver, QObject *parent = nullptr);

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    void setRetryLaterMs(int ms) { m_retryLaterMs = ms; }
    // A server's lock is another session's on a row, not a program's on the whole file: the
    // words say so.
    void setServer(bool server) { m_server = server; }
    bool isServer() const { return m_server; }
    void setJournal(RecoveryJournal *journal);
    // Saves everything pending now, including a new row that is being filled in.
    void saveNow();
    // Stops the batch that is waiting for the lock; its edits stay pending.
    void stopWaiting();

    State state() const { return m_state; }
    int attempt() const { return m_attempt; }
    // The last problem (lock not released, disk full, a refused row), for the status bar.
    QString problem() const { return m_problem; }
    bool isIdle() const;
    // The database server went away (a save or the window's reads could not reach it). Saves
    // are tried again, sooner than after a lock (1 s, 2 s, 4 s... up to the retry interval),
    // and at once when the window's reads reach the server again (setServerReachable()).
    bool serverUnreachable() const { return m_unreachable; }
    void setServerReachable(bool reachable);

Q_SIGNALS:
    void stateChanged();
    void outcome(const rowbook::SaveOutcome &outcome);

private:
    void onStoreChanged();
    void onWaiting(quint64 batchId, int attempt, qint64 elapsedMs);
    void onFinished(const rowbook::SaveOutcome &outcome);
    void submitIfPossible();
    void onJournalDurable(quint64 ticket);
    void updateState();

    EditStore *m_store;
    Saver *m_saver;
    QTimer m_debounce;
    QTimer m_retryLater;
    State m_state = State::Saved;
    int m_attempt = 0;
    bool m_waiting = false;
    quint64 m_batchId = 0; // the batch this AutoSaver sent; others (schema changes) are not ours
    QString m_problem;
    int m_retryLaterMs = 15000;
    bool m_server = false;
    bool m_unreachable = false;
    bool m_problemIsServer = false; // m_problem says the server is unreachable
    int m_unreachableTries = 0;     // saves that found the server unreachable, in a row
    RecoveryJournal *m_journal = nullptr;
    SaveBatch m_held; // taken, waiting for the journal to hold it
    quint64 m_heldTicket = 0;
};

} // namespace rowbook

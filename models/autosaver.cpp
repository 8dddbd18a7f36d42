#include "autosaver.h"

#include "editstore.h"
#include "recoveryjournal.h"
#include "saver.h"

#include <algorithm>
#include <utility>

namespace rowbook {
namespace {

// What the server or libpq said, without libpq's preamble ("connection to server on socket …
// failed: FATAL:  database "x" is not currently accepting connections" → the sentence after
// FATAL) and on one line.
QString serverWords(const QString &detail)
{
    QString words = detail.section(QLatin1Char('\n'), 0, 0);
    if (const int fatal = words.indexOf(QLatin1String("FATAL:")); fatal >= 0)
        words = words.mid(fatal + 6);
    return words.trimmed();
}

} // namespace

AutoSaver::AutoSaver(EditStore *store, Saver *saver, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_saver(saver)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    m_retryLater.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &AutoSaver::submitIfPossible);
    connect(&m_retryLater, &QTimer::timeout, this, &AutoSaver::submitIfPossible);
    connect(m_store, &EditStore::changed, this, &AutoSaver::onStoreChanged);
    connect(m_saver, &Saver::waiting, this, &AutoSaver::onWaiting);
    connect(m_saver, &Saver::finished, this, &AutoSaver::onFinished);
}

void AutoSaver::setJournal(RecoveryJournal *journal)
{
    m_journal = journal;
    connect(m_journal, &RecoveryJournal::durable, this, &AutoSaver::onJournalDurable);
}

bool AutoSaver::isIdle() const
{
    return !m_store->isSaving() && !m_store->hasWork() && !m_store->hasHeldRow();
}

void AutoSaver::saveNow()
{
    m_store->holdRow({}, 0); // saving now includes the new row being filled in
    m_debounce.stop();
    submitIfPossible();
}

void AutoSaver::stopWaiting()
{
    m_saver->stopWaiting();
}

void AutoSaver::onStoreChanged()
{
    // After the lock budget ran out, the next try is the retry timer's (or Ctrl+S): hammering a
    // database another program holds would only keep the window busy.
    if (m_store->hasWork() && !m_store->isSaving() && !m_retryLater.isActive())
        m_debounce.start();
    updateState();
}

void AutoSaver::setServerReachable(bool reachable)
{
    if (reachable == !m_unreachable)
        return;
    m_unreachable = !reachable;
    if (reachable) {
        m_unreachableTries = 0;
        if (std::exchange(m_problemIsServer, false))
            m_problem.clear();
        submitIfPossible(); // the edits kept while the server was away
    }
    updateState();
    Q_EMIT stateChanged();
}

void AutoSaver::submitIfPossible()
{
    if (m_store->isSaving() || !m_store->hasWork())
        return;
    m_retryLater.stop();
    m_attempt = 1;
    m_waiting = false;
    SaveBatch batch = m_store->takeBatch();
    m_batchId = batch.id;
    // The batch must be in the journal before the database can commit it.
    const quint64 ticket = m_journal && m_journal->isStarted() ? m_journal->sync() : 0;
    if (ticket == 0 || m_journal->isDurable(ticket)) {
        m_saver->submit(batch);
    } else {
        m_held = std::move(batch);
        m_heldTicket = ticket;
    }
    updateState();
}

void AutoSaver::onJournalDurable(quint64 ticket)
{
    if (m_held.id == 0 || ticket < m_heldTicket)
        return;
    m_saver->submit(std::exchange(m_held, SaveBatch()));
}

void AutoSaver::onWaiting(quint64 batchId, int attempt, qint64 elapsedMs)
{
    Q_UNUSED(elapsedMs)
    if (batchId != m_batchId)
        return;
    m_attempt = attempt;
    m_waiting = true;
    updateState();
}

void AutoSaver::onFinished(const SaveOutcome &result)
{
    if (result.batchId != m_batchId)
        return; // e.g. a schema change on the same worker
    m_waiting = false;
    switch (result.status) {
    case SaveOutcome::Committed:
        m_problem.clear();
        for (const ChangeResult &change : result.results) {
            if (!change.ok())
                m_problem = change.error.userMessage();
        }
        break;
    case SaveOutcome::Busy:
        m_problem = (m_server ? tr("Another session kept a row you edited locked for %1 s; your "
                                   "edits are kept and will be saved when it lets go.")
                              : tr("Another program kept the database locked for %1 s; your "
                                   "edits are kept and will be saved when it lets go."))
                        .arg((result.elapsedMs + 999) / 1000);
        m_retryLater.start(m_retryLaterMs);
        break;
    case SaveOutcome::Failed:
        m_problem = result.error.userMessage();
        m_problemIsServer = result.error.kind == StorageError::Unreachable;
        if (m_problemIsServer) {
            m_unreachable = true;
            m_problem = tr("Server unreachable — retrying. Your edits are kept: %1")
                            .arg(serverWords(result.error.detail));
            const int shift = std::min(m_unreachableTries++, 4);
            m_retryLater.start(std::min(1000 << shift, m_retryLaterMs));
        } else {
            m_retryLater.start(m_retryLaterMs);
        }
        break;
    }
    if (result.error.kind != StorageError::Unreachable) { // the server answered
        m_unreachable = false;
        m_problemIsServer = false;
        m_unreachableTries = 0;
    }
    m_store->applyOutcome(result); // emits changed(): the next batch is debounced from here
    if (result.status == SaveOutcome::Committed && m_store->hasWork() && !m_debounce.isActive())
        m_debounce.start();
    updateState();
    Q_EMIT outcome(result);
}

void AutoSaver::updateState()
{
    State next = State::Saved;
    if (m_store->isSaving())
        next = m_waiting ? State::Waiting : State::Saving;
    else if (m_store->pendingCount() > 0)
        next = State::NotSaved;
    if (next != m_state || next == State::Waiting || next == State::NotSaved) {
        m_state = next;
        Q_EMIT stateChanged();
    }
}

} // namespace rowbook

#pragma once

#include "database.h"
#include "retrypolicy.h"
#include "rowchange.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace rowbook {

class SaveWorker;

// The GUI-thread face of the save worker: starts its thread, hands it batches, relays its
// signals. The GUI never waits on a write.
class Saver : public QObject
{
    Q_OBJECT
public:
    explicit Saver(const DatabaseInfo &info, RetryPolicy policy = {}, QObject *parent = nullptr);
    ~Saver() override;

    void submit(const SaveBatch &batch);
    // The batch now waiting for the lock stops retrying and finishes as Busy.
    void stopWaiting();
    void setBudget(int budgetMs);
    // Asks the worker whether another connection committed since its last batch; the answer
    // comes as othersChecked(), after any batch submitted before. SQLite only (on a server,
    // ChangeWatcher tells from SaveOutcome::ownTransactions).
    void checkOthers();
    // Another program changed the schema: the worker reads what it needs of it again, before
    // the next batch.
    void forgetSchema();

Q_SIGNALS:
    void opened(bool ok, const QString &problem);
    void started(quint64 batchId);
    void waiting(quint64 batchId, int attempt, qint64 elapsedMs);
    void finished(const rowbook::SaveOutcome &outcome);
    void othersChecked(bool committed);

private:
    QThread m_thread;
    SaveWorker *m_worker = nullptr; // owned by m_thread's finished -> deleteLater
    std::atomic_bool m_abort{false};
};

} // namespace rowbook

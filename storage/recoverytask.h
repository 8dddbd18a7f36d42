#pragma once

#include "recovery.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace rowbook {

// Runs Recovery::run on its own thread so the window stays responsive; progress and the result
// arrive as signals on the thread that owns the task. Destroying the task cancels a running
// recovery and waits for its thread (the recovery checks for cancel every few pages).
class RecoveryTask : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryTask(QObject *parent = nullptr);
    ~RecoveryTask() override;

    // False when a recovery is already running.
    bool start(const QString &damagedPath, const QString &outputPath);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const rowbook::Recovery::Result &result, const QString &outputPath);

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
};

} // namespace rowbook

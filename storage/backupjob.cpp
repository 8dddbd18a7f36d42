#include "backupjob.h"

#include "workerthread.h"

#include <QDateTime>

#include <utility>

namespace rowbook {

BackupJob::BackupJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rowbook::Backup::Result>();
}

BackupJob::~BackupJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool BackupJob::start(const QString &databasePath, Backup::Reason reason, int keep)
{
    return run(databasePath, [databasePath, reason, keep](const Backup::Progress &steps) {
        return Backup::create(databasePath, reason, keep, QDateTime::currentDateTimeUtc(), steps);
    });
}

bool BackupJob::startRestore(const QString &databasePath, const QString &backupPath)
{
    return run(databasePath, [databasePath, backupPath](const Backup::Progress &) {
        return Backup::restore(databasePath, backupPath);
    });
}

bool BackupJob::run(const QString &databasePath, Task task)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_lastPercent = -1;
    m_databasePath = databasePath;
    m_thread.reset(QThread::create([this, task = std::move(task)] {
        runBelowGuiThread(); // copying the whole file: the GUI thread comes first
        Backup::Progress steps;
        steps.cancel = &m_cancel;
        steps.report = [this](qint64 done, qint64 total) {
            // One signal per percent at most: the GUI thread is not flooded.
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (m_lastPercent.exchange(percent) == percent)
                return;
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        };
        const Backup::Result result = task(steps);
        QMetaObject::invokeMethod(
            this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("Rowbook backup"));
    m_thread->start();
    return true;
}

void BackupJob::cancel()
{
    m_cancel = true;
}

void BackupJob::onFinished(const Backup::Result &result)
{
    if (m_thread) {
        m_thread->wait(); // it has returned already: only its last instructions are left
        m_thread.reset();
    }
    Q_EMIT finished(result);
}

} // namespace rowbook

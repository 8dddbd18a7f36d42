#include "recoverytask.h"

#include "workerthread.h"

#include <QThread>

namespace rowbook {

RecoveryTask::RecoveryTask(QObject *parent)
    : QObject(parent)
{}

RecoveryTask::~RecoveryTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool RecoveryTask::start(const QString &damagedPath, const QString &outputPath)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread.reset(QThread::create([this, damagedPath, outputPath] {
        runBelowGuiThread(); // reading the whole damaged file: the GUI thread comes first
        const Recovery::Result result
            = Recovery::run(damagedPath, outputPath, [this](qint64 done, qint64 total) {
                  // Queued to this object's thread; dropped if the task is gone by then.
                  QMetaObject::invokeMethod(
                      this, [this, done, total] { Q_EMIT progress(done, total); },
                      Qt::QueuedConnection);
                  return !m_cancel.load();
              });
        QMetaObject::invokeMethod(
            this,
            [this, result, outputPath] {
                m_thread->wait();
                m_thread.reset();
                Q_EMIT finished(result, outputPath);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}

} // namespace rowbook

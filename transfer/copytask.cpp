#include "copytask.h"

namespace rowbook {

CopyTask::CopyTask(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rowbook::CopyJob::Result>();
}

CopyTask::~CopyTask()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool CopyTask::start(const CopyJob::Options &options)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread.reset(QThread::create([this, options] {
        CopyJob job(options);
        const CopyJob::Result result
            = job.run([this](qint64 done, qint64 total, const QString &table) {
                  QMetaObject::invokeMethod(
                      this, [this, done, total, table] { Q_EMIT progress(done, total, table); },
                      Qt::QueuedConnection);
                  return !m_cancel.load();
              });
        QMetaObject::invokeMethod(
            this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("Rowbook copy"));
    m_thread->start();
    return true;
}

void CopyTask::cancel()
{
    m_cancel = true;
}

void CopyTask::onFinished(const CopyJob::Result &result)
{
    if (m_thread) {
        m_thread->wait(); // it has returned already: only its last instructions are left
        m_thread.reset();
    }
    Q_EMIT finished(result);
}

} // namespace rowbook

#include "populatetask.h"

namespace rowbook {

PopulateTask::PopulateTask(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rowbook::PopulateJob::Result>();
}

PopulateTask::~PopulateTask()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool PopulateTask::start(const DatabaseInfo &database, const PopulateJob::Options &options)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread.reset(QThread::create([this, database, options] {
        PopulateJob job(database, options);
        const PopulateJob::Result result = job.run([this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        QMetaObject::invokeMethod(
            this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("Rowbook populate"));
    m_thread->start();
    return true;
}

void PopulateTask::cancel()
{
    m_cancel = true;
}

void PopulateTask::onFinished(const PopulateJob::Result &result)
{
    if (m_thread) {
        m_thread->wait(); // it has returned already: only its last instructions are left
        m_thread.reset();
    }
    Q_EMIT finished(result);
}

} // namespace rowbook

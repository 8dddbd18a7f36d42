#include "jobrunner.h"

#include <QThread>

#include <algorithm>
#include <utility>

namespace rowbook {

JobRunner::JobRunner(const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(threadName);
}

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::startOnWorker(QObject *job)
{
    m_cancelling = false;
    m_closeWhenStopped = false;
    job->moveToThread(m_thread);
    m_thread->start();
    m_clock.start();
}

void JobRunner::cancel()
{
    if (!m_job)
        return;
    m_cancel();
    m_cancelling = true;
}

void JobRunner::cancelAndClose()
{
    m_closeWhenStopped = true;
    cancel();
}

bool JobRunner::finish()
{
    // The job emitted finished() as its last act: the thread only has to leave its event loop.
    m_thread->quit();
    m_thread->wait();
    m_job.reset();
    m_cancel = nullptr;
    m_cancelling = false;
    return std::exchange(m_closeWhenStopped, false);
}

void JobRunner::stop()
{
    cancel();
    finish();
}

qint64 JobRunner::rate(qint64 rows) const
{
    return rows * 1000 / std::max<qint64>(1, m_clock.elapsed());
}

} // namespace rowbook

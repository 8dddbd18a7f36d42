#include "workerthread.h"

namespace rowbook {

WorkerThread::WorkerThread(const QString &name)
{
    m_thread.setObjectName(name);
}

WorkerThread::~WorkerThread()
{
    supersede(); // a worker that checks latest() stops after the step it is in
    m_thread.quit();
    m_thread.wait();
}

void WorkerThread::start(QObject *worker, QThread::Priority priority)
{
    m_worker = worker;
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start(priority);
}

} // namespace rowbook

#include "workerthread.h"

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace rowbook {

namespace {

#ifdef Q_OS_LINUX
// 10: when one CPU is shared, the GUI thread (nice 0) gets about nine tenths of it.
constexpr int backgroundNice = 10;

id_t currentThreadId()
{
    return static_cast<id_t>(syscall(SYS_gettid));
}
#endif

} // namespace

void runBelowGuiThread()
{
#ifdef Q_OS_LINUX
    // Raising one's own nice value needs no privilege; a failure leaves the thread as it was.
    // Relative to what the thread has (the GUI thread's), so a Rowbook started niced still
    // runs its background threads below its GUI thread.
    setpriority(PRIO_PROCESS, currentThreadId(), std::min(19, threadNiceness() + backgroundNice));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

int threadNiceness()
{
#ifdef Q_OS_LINUX
    errno = 0; // getpriority() may return -1 as a value
    const int nice = getpriority(PRIO_PROCESS, currentThreadId());
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

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
    if (priority <= QThread::LowPriority) // emitted on the new thread, before its event loop
        QObject::connect(
            &m_thread, &QThread::started, &m_thread, &runBelowGuiThread,
            static_cast<Qt::ConnectionType>(Qt::DirectConnection | Qt::SingleShotConnection));
    m_thread.start(priority);
}

} // namespace rowbook

#include "pooltask.h"

#include <QThread>

#include <algorithm>

namespace rowbook {

namespace {

class WorkPool : public QThreadPool
{
public:
    WorkPool()
    {
        // The work waits on disks, locks and servers more than it computes: more threads than
        // cores, so that a few silent servers do not hold up opening a file.
        setMaxThreadCount(std::max(4, 2 * QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(WorkPool, pool)

void waitForWork()
{
    pool()->waitForDone();
}

} // namespace

QThreadPool *workPool()
{
    // Waited for while the application is still there for the answers to be posted to (they
    // are dropped with it): once per QCoreApplication, as Qt runs each post routine once.
    static const QCoreApplication *waitedFor = nullptr;
    if (QCoreApplication::instance() && QCoreApplication::instance() != waitedFor) {
        waitedFor = QCoreApplication::instance();
        qAddPostRoutine(waitForWork);
    }
    return pool();
}

} // namespace rowbook

#include "pooltask.h"

#include <QThread>

#include <algorithm>

namespace rowbook {

namespace {

void waitForWork();

class WorkPool : public QThreadPool
{
public:
    WorkPool()
    {
        // The work waits on disks, locks and servers more than it computes: more threads than
        // cores, so that two silent servers do not hold up opening a file.
        setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        // While QCoreApplication is still there for the answers to be posted to (they are
        // dropped with it).
        qAddPostRoutine(waitForWork);
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
    return pool();
}

} // namespace rowbook

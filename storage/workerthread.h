#pragma once

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <utility>

namespace rowbook {

// For a thread that does bulk work in the background (loading a row list, counting, backing up):
// called on that thread, lets the GUI thread have a CPU first when both want one. Linux's
// default scheduler has a single priority level, so QThread's priorities change nothing there;
// each thread has its own nice value instead, and this raises it. Elsewhere it is
// QThread::LowPriority.
void runBelowGuiThread();
// The calling thread's nice value on Linux (what runBelowGuiThread() raised), 0 elsewhere.
int threadNiceness();

// The thread of a worker that serves the GUI thread (row counts, charts, the SQL console), the
// one shape all of them share: the worker lives on a QThread of its own and is deleted there
// when the thread ends; every request gets the next id, and latest() tells the worker whether a
// newer request or a cancel has overtaken the one it serves. The GUI thread never waits, except
// in the destructor, which supersedes what runs and then joins the thread: an owner that must
// stop its worker some other way (an interrupt) does so in its own destructor first.
class WorkerThread
{
public:
    explicit WorkerThread(const QString &name);
    ~WorkerThread();
    Q_DISABLE_COPY_MOVE(WorkerThread)

    // Moves `worker` to the thread, which owns it from now on, and starts the thread. A thread
    // started at QThread::LowPriority or below runs below the GUI thread (runBelowGuiThread()).
    void start(QObject *worker, QThread::Priority priority = QThread::InheritPriority);

    // Queues `call(id)` on the worker's thread under a new request id, and returns that id.
    template<typename Call>
    quint64 post(Call call)
    {
        const quint64 id = ++m_latest;
        QMetaObject::invokeMethod(
            m_worker, [call = std::move(call), id] { call(id); }, Qt::QueuedConnection);
        return id;
    }
    // Overtakes every request so far, as a new one would (the worker sees it in latest()).
    void supersede() { ++m_latest; }
    quint64 latestId() const { return m_latest.load(); }
    // For the worker: compared with the id it serves, from any thread.
    const std::atomic<quint64> *latest() const { return &m_latest; }

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // deleted on m_thread when it finishes
    std::atomic<quint64> m_latest{0};
};

} // namespace rowbook

// WorkerThread runs its worker's calls on a thread of its own, in order, and one started at a low
// priority lets the GUI thread have a CPU first (on Linux, by its own nice value).
#include "workerthread.h"

#include <QObject>
#include <QtTest>

#include <vector>

using namespace rowbook;

class TestWorkerThread : public QObject
{
    Q_OBJECT

private:
    // What a call on `priority`'s worker thread sees: its thread and its nice value.
    struct Seen
    {
        QThread *thread = nullptr;
        int nice = 0;
    };
    static Seen seenOn(QThread::Priority priority)
    {
        WorkerThread thread(QStringLiteral("test worker"));
        auto *worker = new QObject;
        thread.start(worker, priority);
        Seen seen;
        bool done = false;
        QObject receiver;
        thread.post([&seen, &done, &receiver](quint64) {
            const Seen here{QThread::currentThread(), threadNiceness()};
            QMetaObject::invokeMethod(
                &receiver,
                [&seen, &done, here] {
                    seen = here;
                    done = true;
                },
                Qt::QueuedConnection);
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the worker's call never answered");
        return seen;
    }

private Q_SLOTS:
    void callsRunInOrderOnTheWorkersThread()
    {
        WorkerThread thread(QStringLiteral("test worker"));
        auto *worker = new QObject;
        thread.start(worker);
        std::vector<quint64> ids;
        QThread *ranOn = nullptr;
        QObject receiver;
        for (int i = 0; i < 3; ++i) {
            thread.post([&](quint64 id) {
                QThread *here = QThread::currentThread();
                QMetaObject::invokeMethod(
                    &receiver,
                    [&, id, here] {
                        ids.push_back(id);
                        ranOn = here;
                    },
                    Qt::QueuedConnection);
            });
        }
        QTRY_COMPARE(ids.size(), std::size_t(3));
        QCOMPARE(ids, (std::vector<quint64>{1, 2, 3}));
        QCOMPARE(ranOn, worker->thread());
        QVERIFY(ranOn != QThread::currentThread());
        thread.supersede();
        QCOMPARE(thread.latestId(), quint64(4));
        QCOMPARE(thread.latest()->load(), quint64(4));
    }

    void aLowPriorityThreadRunsBelowTheGuiThread()
    {
#ifndef Q_OS_LINUX
        QSKIP("nice values are Linux's; elsewhere QThread's own priorities apply");
#endif
        const int gui = threadNiceness();
        const Seen low = seenOn(QThread::LowPriority);
        QVERIFY(low.thread);
        QVERIFY2(
            low.nice > gui,
            qPrintable(
                QStringLiteral("nice %1 on the worker, %2 on the GUI").arg(low.nice).arg(gui)));
        QCOMPARE(threadNiceness(), gui); // the GUI thread itself is left alone
    }

    void aThreadThatInheritsRunsWithTheGuiThread()
    {
        const Seen inherited = seenOn(QThread::InheritPriority);
        QVERIFY(inherited.thread);
        QCOMPARE(inherited.nice, threadNiceness());
    }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"

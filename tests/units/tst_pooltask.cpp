// runOnPool: Rowbook's background work (opening, connecting) runs on a pool of its own, so that
// work waiting for a server never holds up Qt's global pool, which Qt 6.4's raster engine waits
// for while it paints; answers reach the GUI thread, and none reaches a receiver that is gone.
#include "pooltask.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace rowbook;

class TestPoolTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // More waiting tasks than Qt's global pool has threads: a task on the global pool (as the
    // raster engine's fills are) still runs at once.
    void workThatWaitsLeavesQtsPoolFree()
    {
        const int waiting = QThreadPool::globalInstance()->maxThreadCount() + 1;
        workPool()->setMaxThreadCount(std::max(workPool()->maxThreadCount(), waiting));
        QSemaphore started;
        QSemaphore release;
        QObject receiver;
        QList<int> answers;
        // On a failure below too, the waiting tasks end before their semaphores go (permits
        // left over are harmless).
        const auto cleanup = qScopeGuard([&release, waiting] {
            release.release(waiting);
            workPool()->waitForDone();
        });
        for (int i = 0; i < waiting; ++i) {
            runOnPool(
                &receiver,
                [&started, &release, i] {
                    started.release();
                    release.acquire(); // a connection to a server that does not answer
                    return i;
                },
                [&answers](int answer) { answers << answer; });
        }
        QVERIFY(started.tryAcquire(waiting, 5000));
        std::atomic<bool> painted = false;
        QThreadPool::globalInstance()->start([&painted] { painted = true; });
        QTRY_VERIFY_WITH_TIMEOUT(painted.load(), 5000);
        QVERIFY(answers.isEmpty());
        release.release(waiting);
        QTRY_COMPARE(answers.size(), waiting);
        std::sort(answers.begin(), answers.end());
        for (int i = 0; i < waiting; ++i)
            QCOMPARE(answers.at(i), i);
    }

    void answersComeOnTheGuiThread()
    {
        QObject receiver;
        QThread *workedOn = nullptr;
        QThread *answeredOn = nullptr;
        runOnPool(
            &receiver, [] { return QThread::currentThread(); },
            [&](QThread *thread) {
                workedOn = thread;
                answeredOn = QThread::currentThread();
            });
        QTRY_VERIFY(answeredOn);
        QCOMPARE(answeredOn, QCoreApplication::instance()->thread());
        QVERIFY(workedOn != answeredOn);
    }

    void anAnswerForAReceiverThatIsGoneIsDropped()
    {
        auto receiver = std::make_unique<QObject>();
        QSemaphore release;
        bool answered = false;
        runOnPool(
            receiver.get(),
            [&release] {
                release.acquire();
                return 1;
            },
            [&answered](int) { answered = true; });
        receiver.reset();
        release.release();
        QVERIFY(workPool()->waitForDone(5000));
        QCoreApplication::processEvents(); // the answer, had it been kept
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestPoolTask)
#include "tst_pooltask.moc"

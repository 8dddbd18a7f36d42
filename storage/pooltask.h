#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace rowbook {

// Runs `work` on the global thread pool, which the application waits for when it quits (work
// that may wait for a file's lock or a server), and hands what it returns to `done` on the GUI
// thread, unless `receiver` has been destroyed by then: the answer is dropped, not delivered to
// a dead object. `work` must not touch `receiver`.
template<typename Receiver, typename Work, typename Done>
void runOnPool(Receiver *receiver, Work work, Done done)
{
    QPointer<Receiver> guard(receiver);
    QThreadPool::globalInstance()->start(
        [guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                qApp,
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
}

} // namespace rowbook

#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace rowbook {

// The threads Rowbook's short background work runs on (opening a file, connecting to a server,
// reading an import's preview), which the application waits for when it quits. Not Qt's global
// pool: Qt 6.4's raster engine splits a tall fill (a scroll bar, a column of grid lines) into
// tasks on the global pool and the GUI thread waits for them, so work there that waits for a
// lock or a server held painting back (a scroll bar's repaint took 1.95 s behind two connects).
QThreadPool *workPool();

// Runs `work` on workPool() and hands what it returns to `done` on the GUI thread, unless
// `receiver` has been destroyed by then: the answer is dropped, not delivered to a dead object.
// `work` must not touch `receiver`.
template<typename Receiver, typename Work, typename Done>
void runOnPool(Receiver *receiver, Work work, Done done)
{
    QPointer<Receiver> guard(receiver);
    workPool()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace rowbook

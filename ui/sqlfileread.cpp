#include "sqlfileread.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

namespace rowbook {

QThread *SqlFileRead::start(const QString &path, Done done)
{
    QThread *thread = QThread::create([path, done = std::move(done)] {
        QFile file(path);
        QString text;
        QString problem;
        if (file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.readAll());
        else
            problem = file.errorString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [done, text, problem] { done(text, problem); },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return thread;
}

} // namespace rowbook

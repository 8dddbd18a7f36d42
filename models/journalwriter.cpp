#include "journalwriter.h"

#include "modelslogging.h"

#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QVector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rowbook {

namespace {

enum Kind { Append, Rewrite, Remove };

struct Request
{
    Kind kind;
    JournalWriter::Bytes bytes;
    quint64 ticket;
};

} // namespace

class JournalWriter::Sink : public QObject
{
    Q_OBJECT
public:
    explicit Sink(QString path)
        : m_path(std::move(path))
    {}

    // Called on the GUI thread: queues the request and wakes the writer if it is idle.
    void push(Request request)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(request));
        if (!m_woken) {
            m_woken = true;
            QMetaObject::invokeMethod(this, &Sink::process, Qt::QueuedConnection);
        }
    }

    // Runs on the writer thread: everything queued so far, synced once.
    void process()
    {
        QVector<Request> requests;
        {
            QMutexLocker lock(&m_mutex);
            requests.swap(m_queue);
            m_woken = false;
        }
        if (requests.isEmpty())
            return;
        // A rewrite or removal makes what was queued before it moot.
        qsizetype first = 0;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests.at(i).kind != Append)
                first = i;
        }
        QString error;
        bool appended = false;
        for (qsizetype i = first; i < requests.size() && error.isEmpty(); ++i) {
            const Request &request = requests.at(i);
            if (request.kind == Append) {
                error = appendBytes(request.bytes());
                appended = true;
            } else if (request.kind == Rewrite) {
                error = rewrite(request.bytes());
            } else {
                m_file.close();
                if (QFile::exists(m_path) && !QFile::remove(m_path))
                    error = tr("Could not remove the recovery journal %1.").arg(m_path);
            }
        }
        if (appended && error.isEmpty())
            error = sync();
        if (!error.isEmpty())
            m_file.close(); // reopened, and the tail rewritten, by the next request
        Q_EMIT done(requests.constLast().ticket, error);
    }

    void close() { m_file.close(); }

Q_SIGNALS:
    void done(quint64 ticket, const QString &error);

private:
    QString appendBytes(const QByteArray &bytes)
    {
        if (!m_file.isOpen()) {
            m_file.setFileName(m_path);
            if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
                return failure(m_file.errorString());
        }
        if (m_file.write(bytes) != bytes.size() || !m_file.flush())
            return failure(m_file.errorString());
        return {};
    }

    QString rewrite(const QByteArray &bytes)
    {
        m_file.close();
        QSaveFile file(m_path); // a temporary file, synced, then renamed over the journal
        const bool ok = file.open(QIODevice::WriteOnly)
                        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                        && file.write(bytes) == bytes.size() && file.commit();
        return ok ? QString() : failure(file.errorString());
    }

    QString sync()
    {
#ifdef Q_OS_UNIX
        if (::fdatasync(m_file.handle()) != 0)
            return failure(QString::fromLocal8Bit(strerror(errno)));
#endif
        return {};
    }

    QString failure(const QString &reason) const
    {
        qCWarning(lcModels) << "journal write failed:" << m_path << reason;
        return tr("Could not write the recovery journal %1: %2").arg(m_path, reason);
    }

    const QString m_path;
    QFile m_file; // open for appending between requests
    QMutex m_mutex;
    QVector<Request> m_queue;
    bool m_woken = false;
};

JournalWriter::JournalWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_sink(new Sink(path))
{
    m_thread.setObjectName(QStringLiteral("Rowbook journal writer"));
    m_sink->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sink, &QObject::deleteLater);
    connect(m_sink, &Sink::done, this, &JournalWriter::onDone);
    m_thread.start();
}

JournalWriter::~JournalWriter()
{
    waitUntilDone();
    m_thread.quit();
    m_thread.wait();
}

quint64 JournalWriter::push(int kind, Bytes bytes)
{
    m_sink->push({Kind(kind), std::move(bytes), ++m_queued});
    return m_queued;
}

quint64 JournalWriter::append(Bytes records)
{
    return push(Append, std::move(records));
}

quint64 JournalWriter::rewrite(Bytes content)
{
    return push(Rewrite, std::move(content));
}

quint64 JournalWriter::remove()
{
    return push(Remove, {});
}

void JournalWriter::waitUntilDone()
{
    if (m_done >= m_queued || !m_thread.isRunning())
        return;
    // The queue is processed in order: once this runs, everything before it was written.
    QMetaObject::invokeMethod(m_sink, &Sink::process, Qt::BlockingQueuedConnection);
    m_done = m_queued;
}

void JournalWriter::runOnWriterThread(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_sink, std::move(task), Qt::QueuedConnection);
}

void JournalWriter::onDone(quint64 ticket, const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT failed(error);
    if (ticket <= m_done) {
        Q_EMIT durable(m_done); // waitUntilDone() got there first
        return;
    }
    m_done = ticket;
    Q_EMIT durable(ticket);
}

} // namespace rowbook

#include "journalwriter.moc"

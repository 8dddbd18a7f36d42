#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace rowbook {

// Writes the recovery journal file on its own thread, so the GUI thread never waits on the disk.
// Requests are queued in order and get increasing tickets; the thread takes everything queued at
// once, writes it and syncs the file (fdatasync) once per group, then reports the last ticket
// done with durable(). The bytes are produced on the writer thread by the given function, so
// even encoding stays off the GUI thread.
class JournalWriter : public QObject
{
    Q_OBJECT
public:
    using Bytes = std::function<QByteArray()>;

    explicit JournalWriter(const QString &path, QObject *parent = nullptr);
    ~JournalWriter() override; // writes what was queued, then stops the thread

    // Adds records to the end of the file.
    quint64 append(Bytes records);
    // Replaces the file with `content`: a new file, synced, renamed over the old one (mode 0600).
    quint64 rewrite(Bytes content);
    // Deletes the file.
    quint64 remove();

    quint64 lastQueued() const { return m_queued; }
    quint64 lastDone() const { return m_done; }
    // Blocks until everything queued is on disk. Only for shutting down and command-line tools:
    // the window uses durable().
    void waitUntilDone();
    // Runs `task` on the writer thread after what is queued now (tests use it to hold the writer).
    void runOnWriterThread(std::function<void()> task);

Q_SIGNALS:
    // Everything up to `ticket` was handled; a failure was reported with failed() first.
    void durable(quint64 ticket);
    void failed(const QString &message);

private:
    class Sink;
    quint64 push(int kind, Bytes bytes);
    void onDone(quint64 ticket, const QString &error);

    QThread m_thread;
    Sink *m_sink = nullptr; // lives in m_thread; deleted when it finishes
    quint64 m_queued = 0;
    quint64 m_done = 0;
};

} // namespace rowbook

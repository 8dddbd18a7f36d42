#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace rowbook {

// Runs one headless job at a time (ImportJob, ExportJob: a QObject with a start() slot that ends
// by emitting finished(), and a thread-safe cancel()) on a worker thread, for a dialog that shows
// its progress. The dialog connects the job's signals to itself when start() asks it to and calls
// finish() from its finished() handler; the GUI thread never waits on the job's work. started()
// hands out each job before it runs, for an observer such as a test that holds the job mid-way.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(const QString &threadName, QObject *parent);
    ~JobRunner() override;

    // Calls connectSignals(job), so the dialog hears every signal, then moves the job to the
    // worker thread and starts it there.
    template<class Job, class Connect>
    void start(std::unique_ptr<Job> job, Connect &&connectSignals)
    {
        Job *raw = job.get();
        connectSignals(raw);
        Q_EMIT started(raw);
        m_cancel = [raw] {
            raw->cancel();
        };
        m_job = std::move(job);
        startOnWorker(raw);
        QMetaObject::invokeMethod(raw, &Job::start, Qt::QueuedConnection);
    }

    bool isRunning() const { return m_job != nullptr; }
    // Cancel was asked for and the job has not finished yet: progress is no longer news.
    bool isCancelling() const { return m_cancelling; }

    void cancel(); // the job stops soon and emits finished()
    // Cancels, and remembers that the dialog closes once the job has stopped (finish()).
    void cancelAndClose();
    // After the job's finished(): stops the thread and deletes the job. True when the dialog
    // asked to close meanwhile.
    bool finish();
    // Cancels a running job and waits for it: only for a dialog that is being destroyed.
    void stop();

    // Rows per second since start() or restartClock().
    qint64 rate(qint64 rows) const;
    void restartClock() { m_clock.restart(); }

Q_SIGNALS:
    // From start(), on the GUI thread, before the job moves to the worker thread.
    void started(QObject *job);

private:
    void startOnWorker(QObject *job);

    QThread *m_thread;
    std::unique_ptr<QObject> m_job; // lives on m_thread while it runs
    std::function<void()> m_cancel;
    QElapsedTimer m_clock;
    bool m_cancelling = false;
    bool m_closeWhenStopped = false;
};

} // namespace rowbook

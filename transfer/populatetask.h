#pragma once

#include "populatejob.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace rowbook {

// Runs one PopulateJob (a preview or a fill) on a worker thread, with progress and cancel, for
// Table → Fill with Sample Data…: the GUI thread never waits on the file. A cancelled fill
// writes nothing (the job's one transaction rolls back).
class PopulateTask : public QObject
{
    Q_OBJECT
public:
    explicit PopulateTask(QObject *parent = nullptr);
    ~PopulateTask() override; // cancels a running job and waits for its thread to stop

    // False when a job is already running.
    bool start(const DatabaseInfo &database, const PopulateJob::Options &options);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 doneRows, qint64 totalRows);
    void finished(const rowbook::PopulateJob::Result &result);

private:
    void onFinished(const PopulateJob::Result &result);

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::PopulateJob::Result)

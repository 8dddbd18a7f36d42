#pragma once

#include "copyjob.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace rowbook {

// Runs one CopyJob on a worker thread, with progress and cancel, for the window (File → Copy
// Database To…, still to come) the way BackupJob runs a backup: the GUI thread never waits on
// the server or the file. A cancelled copy leaves the target as it was.
class CopyTask : public QObject
{
    Q_OBJECT
public:
    explicit CopyTask(QObject *parent = nullptr);
    ~CopyTask() override; // cancels a running copy and waits for its thread to stop

    // False when a copy is already running.
    bool start(const CopyJob::Options &options);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 doneRows, qint64 totalRows, const QString &table);
    void finished(const rowbook::CopyJob::Result &result);

private:
    void onFinished(const CopyJob::Result &result);

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::CopyJob::Result)

#pragma once

#include "backup.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace rowbook {

// Makes one backup (Backup::create) or one restore (Backup::restore) on a worker thread, with
// progress and cancel, so the window keeps answering while a large file is copied. A canceled
// backup leaves no file behind.
class BackupJob : public QObject
{
    Q_OBJECT
public:
    explicit BackupJob(QObject *parent = nullptr);
    ~BackupJob() override; // cancels a running backup and waits for its thread to stop

    // False when a backup is already running.
    bool start(const QString &databasePath, Backup::Reason reason, int keep = Backup::defaultKeep);
    // Backup::restore(): the current content is backed up first (PreRestore), then `backupPath`
    // is copied in. No progress steps and no cancel: the copy is one write transaction. False
    // when a job is already running.
    bool startRestore(const QString &databasePath, const QString &backupPath);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    QString databasePath() const { return m_databasePath; }

Q_SIGNALS:
    void progress(qint64 donePages, qint64 totalPages);
    void finished(const rowbook::Backup::Result &result);

private:
    using Task = std::function<Backup::Result(const Backup::Progress &progress)>;
    bool run(const QString &databasePath, Task task);
    void onFinished(const Backup::Result &result);

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_lastPercent{-1};
    QString m_databasePath;
};

} // namespace rowbook

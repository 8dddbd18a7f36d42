#pragma once

#include "backup.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace rowbook {

class BackupJob;

// A backup running on a worker thread, shown in the status bar: "Backing up…", a progress bar and
// Cancel. Hidden while no backup runs. File → Back Up Now and the backup before a table is
// dropped both go through here, so only one backup runs at a time.
class BackupStatus : public QWidget
{
    Q_OBJECT
public:
    using Done = std::function<void(const Backup::Result &result)>;

    explicit BackupStatus(QWidget *parent = nullptr);

    // Starts a backup; `done` runs on the GUI thread when it finished, failed or was canceled
    // (never after this widget is gone). False when another backup is still running.
    bool start(const QString &databasePath, Backup::Reason reason, Done done);
    bool isRunning() const;
    void cancel();
    BackupJob *job() const { return m_job; }

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const Backup::Result &result);

    BackupJob *m_job;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    Done m_done;
};

} // namespace rowbook

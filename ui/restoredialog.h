#pragma once

#include "backup.h"

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTreeWidget;

namespace rowbook {

class BackupJob;

// File → Restore from backup…: lists the backups of the open database (newest first, with date,
// reason and size; the row counts of the selected one), and restores the chosen one after backing
// up the current file. The restore runs on a worker thread (BackupJob) while the dialog shows
// that it is busy and the window keeps answering; it cannot be closed half-way. On success the
// dialog is accepted and restored() is emitted: the caller must reopen the database (close its
// workspace before exec() if it can, reopen after).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString selectedBackup() const;
    bool isRestoring() const;
    void reject() override; // does nothing while the restore runs: it cannot stop half-way
    QString preRestoreBackup() const { return m_preRestoreBackup; } // after a restore

Q_SIGNALS:
    void restored(const QString &databasePath, const QString &backupPath);

private:
    void reload();
    void showDetails();
    void restore();
    void onRestored(const Backup::Result &result);
    void setBusy(bool busy);

    QString m_databasePath;
    QString m_preRestoreBackup;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QProgressBar *m_busy = nullptr;
    BackupJob *m_job = nullptr;
    QString m_restoring; // the backup being restored
};

} // namespace rowbook

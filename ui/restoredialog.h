#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace rowbook {

// File → Restore from backup…: lists the backups of the open database (newest first, with date,
// reason and size; the row counts of the selected one), and restores the chosen one after backing
// up the current file. On success the dialog is accepted and restored() is emitted: the caller
// must reopen the database (close its workspace before exec() if it can, reopen after).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString selectedBackup() const;
    QString preRestoreBackup() const { return m_preRestoreBackup; } // after a restore

Q_SIGNALS:
    void restored(const QString &databasePath, const QString &backupPath);

private:
    void reload();
    void showDetails();
    void restore();

    QString m_databasePath;
    QString m_preRestoreBackup;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rowbook

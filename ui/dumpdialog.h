#pragma once

#include "database.h"
#include "dumpjob.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace rowbook {

class JobRunner;

// File → Export Database as SQL…: the choices of `rowbook dump` (dialect, schema and/or data,
// which tables, the file) and DumpJob on a worker thread with progress and Cancel. The file is
// written only when the dump succeeds.
class DumpDialog : public QDialog
{
    Q_OBJECT
public:
    // `tables`: the database's tables, as the window lists them.
    DumpDialog(const DatabaseInfo &info, const QStringList &tables, QWidget *parent = nullptr);
    ~DumpDialog() override;

    // What the job would be started with now.
    DumpJob::Options options() const;
    bool isDumping() const;

    // <Documents>/<database name>.sql.
    static QString defaultPath(const QString &databasePath);

public Q_SLOTS:
    void setOutputPath(const QString &path);
    void browse();
    void startDump();
    void cancelDump();
    void reject() override; // while dumping: cancels, and closes once the job has stopped

Q_SIGNALS:
    void dumped(const QString &path, qint64 rows);

private:
    void onPathChanged();
    void onProgress(qint64 rows, qint64 total);
    void onFinished(const DumpJob::Result &result);
    void updateButtons();
    void showError(const QString &message);

    DatabaseInfo m_info;
    QComboBox *m_dialectCombo;
    QComboBox *m_contentCombo;
    QListWidget *m_tableList;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QLabel *m_fileNote;
    QLabel *m_errorLabel;
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    JobRunner *m_jobs;
    DumpJob::Options m_started;
};

} // namespace rowbook

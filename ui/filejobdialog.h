#pragma once

#include "transfererror.h"

#include <QDialog>

#include <functional>
#include <initializer_list>

class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rowbook {

class JobRunner;

// The skeleton the Export dialogs (ExportDialog, DumpDialog) share: the subclass's option rows on
// top, then a File row with Browse and a note about the path, an error line, a progress bar and a
// status line, and Export / Cancel Export / Close driving one job through a JobRunner. The file is
// written only when the job succeeds; closing while the job runs cancels it and closes once it
// has stopped.
class FileJobDialog : public QDialog
{
    Q_OBJECT
public:
    ~FileJobDialog() override;

    QString outputPath() const;
    bool isRunning() const;

public Q_SLOTS:
    virtual void setOutputPath(const QString &path);
    virtual void browse() = 0;
    virtual void start() = 0; // Export: starts the job when the button is enabled
    void cancelJob();
    void reject() override; // while the job runs: cancels, and closes once the job has stopped

protected:
    // `threadName`: the worker thread's name; the subclass adds its rows with addRow() and then
    // calls finishLayout().
    FileJobDialog(const QString &threadName, QWidget *parent);

    // A row above the File row: `label` (may be null, then `field` spans the whole row) and its
    // field, which is disabled while the job runs.
    void addRow(QLabel *label, QWidget *field);
    void finishLayout(int width);

    // <Documents>/<fileName>, or <home>/<fileName> without a documents folder.
    static QString documentsFile(const QString &fileName);

    // A non-modal save chooser that sets the output path.
    void chooseFile(const QString &title, const QStringList &nameFilters, const QString &suffix);

    // Start enabled only when the path is usable and this says so, too.
    virtual bool canStart() const { return true; }
    void updateButtons();
    void onPathChanged();

    // Call after JobRunner::start(): shows the bar (0..maximum, 0 means busy) and `status`.
    void jobStarted(int maximum, const QString &status);
    // Progress is no longer news when the job is not running or is being cancelled.
    bool wantsProgress() const;
    // From the job's finished(): on success shows `doneText` and calls `announce`, on
    // cancellation says that nothing was written to `path`, otherwise shows the error.
    void jobFinished(const TransferError &error,
                     const QString &path,
                     const QString &doneText,
                     const std::function<void()> &announce);

    JobRunner *jobs() const { return m_jobs; }
    QLineEdit *fileEdit() const { return m_fileEdit; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QPushButton *exportButton() const { return m_exportButton; }
    void showError(const QString &message);

private:
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
    QGridLayout *m_grid;
    QString m_written;          // the file the last run wrote: its "exists" note is not shown
    int m_rows = 0;             // rows above the File row
    QList<QWidget *> m_options; // disabled while the job runs: file, browse, then addRow()'s
};

} // namespace rowbook

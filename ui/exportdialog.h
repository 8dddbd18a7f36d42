#pragma once

#include "database.h"
#include "exportjob.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rowbook {

class JobRunner;

// File → Export table…: writes one table (or view) to a CSV or JSON file with ExportJob on a
// worker thread, with progress and Cancel. The file is replaced only when the export succeeds.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const DatabaseInfo &info, const QString &table, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString table() const { return m_table; }
    QString outputPath() const;
    ExportJob::Format format() const;
    bool isExporting() const;

    // <Documents>/<table>.csv (or .json), with characters file systems reject replaced.
    static QString defaultPath(const QString &table, ExportJob::Format format);

public Q_SLOTS:
    void setOutputPath(const QString &path);
    void browse();
    void startExport();
    void cancelExport();
    void reject() override; // while exporting: cancels, and closes once the job has stopped

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);

private:
    void onFormatChanged();
    void onPathChanged();
    void onProgress(qint64 rows);
    void onFinished(const ExportJob::Result &result);
    void updateButtons();
    void showError(const QString &message);

    DatabaseInfo m_info;
    QString m_table;
    qint64 m_totalRows = -1; // -1: unknown
    QLabel *m_summaryLabel;
    QComboBox *m_formatCombo;
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
    ExportJob::Options m_started;
};

} // namespace rowbook

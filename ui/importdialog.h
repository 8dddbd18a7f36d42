#pragma once

#include "database.h"
#include "importjob.h"
#include "importplan.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace rowbook {

class ColumnTypeBar;
class JobRunner;

// File → Import…: reads a CSV or JSON file into a new or existing table of the open database.
// Shows the detected format, delimiter, encoding and column types with a preview of the first
// rows (the type of each column of a new table can be changed above the preview), previews again
// when an option changes, and runs ImportJob on a worker thread with
// progress and Cancel. The import is one transaction: a cancel or an error leaves the database
// as it was. Meant for open() or show(); without a file it asks for one when first shown.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int previewRows = 50;
    static constexpr int tablesRetryMs = 1000; // after a failed read of the table list

    explicit ImportDialog(const DatabaseInfo &info,
                          const QString &file = {},
                          QWidget *parent = nullptr);
    ~ImportDialog() override;

    QString filePath() const;
    // What the Import button runs, as chosen in the dialog.
    ImportJob::Options options() const;
    bool isImporting() const;
    // The database's tables have been read (on the thread pool: the file may be locked by
    // another program, the server slow to answer); until then Import waits.
    bool hasReadTables() const { return m_tablesRead; }

    // A table name made from a file name: letters, digits and underscores, not starting with a
    // digit and not reserved ("Sales 2024.csv" → "Sales_2024").
    static QString tableNameForFile(const QString &path);

public Q_SLOTS:
    void setFile(const QString &path); // detects the options and previews
    void browse();                     // asks for a file (window-modal, not blocking)
    void startImport();
    void cancelImport();
    void reject() override; // while importing: cancels, and closes once the job has stopped

Q_SIGNALS:
    void imported(const QString &table, qint64 rows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpWidgets();
    QDialogButtonBox *layOut();
    void connectWidgets(QDialogButtonBox *buttons);
    void refreshPreview();
    void showColumnType(int column, ColumnType type); // header text and alignment
    void onTypeChosen(int column, ColumnType type);
    void readTables();
    void onTablesRead(quint64 attempt, const TableDirectory &tables, const StorageError &error);
    void updateTarget();
    void updateWidgets();
    void showError(const QString &message);
    void onPhaseChanged(ImportJob::Phase phase);
    void onProgress(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    void onWaiting(qint64 elapsedMs);
    void onFinished(const ImportJob::Result &result);

    DatabaseInfo m_info;
    TableDirectory m_tables; // read once (and after creating a table), not per keystroke
    bool m_tablesRead = false;
    quint64 m_tablesAttempt = 0; // the answer of an earlier read is dropped
    StorageError m_tablesError;  // why the last read failed; it is tried again
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QComboBox *m_formatCombo;
    QComboBox *m_delimiterCombo;
    QComboBox *m_encodingCombo;
    QCheckBox *m_headerCheck;
    QLineEdit *m_tableEdit;
    QRadioButton *m_appendRadio;
    QRadioButton *m_replaceRadio;
    QLabel *m_targetLabel;
    QLabel *m_previewLabel;
    QTableView *m_preview;
    ColumnTypeBar *m_typeBar;
    QStandardItemModel *m_previewModel;
    QLabel *m_errorLabel;
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    JobRunner *m_jobs;
    ImportJob::Options m_started; // what the running (or last) import was asked to do

    QStringList m_fileColumns; // as named in the file (header or keys); empty without header
    QStringList m_columnNames; // the columns a new table gets
    QVector<ColumnType> m_detectedTypes;      // from the preview's rows
    QHash<QString, ColumnType> m_chosenTypes; // by case-folded column name, until another file
    bool m_previewOk = false;
    QString m_replaceFor;    // the table the user clicked Replace for (kept while another is typed)
    bool m_fileRead = false; // a file is chosen and can be read
    bool m_targetOk = false;
    bool m_existing = false; // the target table exists: append or replace
    bool m_done = false;     // imported; Import waits for a change of options
    bool m_askedForFile = false;
    ImportJob::Phase m_phase = ImportJob::Phase::Scanning;
    qint64 m_scannedRows = 0;
};

} // namespace rowbook

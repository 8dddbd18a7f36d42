#pragma once

#include "backup.h"
#include "schemarunner.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace rowbook {

class BackupJob;

// Table → Edit Columns…: the columns and indexes of one table. Each change (add, rename or drop
// a column, rename the table, create or drop an index) is validated inline and, when valid,
// applied at once through the SchemaRunner: one transaction on the save worker. The dialog then
// re-reads the table. Callers refresh their views on SchemaRunner::finished.
//
// Dropping the table is confirmed here but not run: dropTableRequested() hands the change to the
// caller, which makes a backup first and then runs it; it cannot be undone, and the confirmation
// says so. Dropping a column is backed up here (see setBackupSource()), on a worker thread with
// its progress in the message line: the column is dropped only once the backup is made, and
// closing the dialog meanwhile cancels both. Edit Column is always backed up first (the table is
// rebuilt), the same way. Drop Column and Edit Column ask the save worker for a snapshot of the
// table, taken in the change's own transaction (SchemaChange::snapshotBefore), so that the caller
// can offer them in the undo history; the confirmation says which.
class SchemaDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Name, Type, Required, Default, PrimaryKey, ColumnCount };

    SchemaDialog(const QSqlDatabase &reader,
                 SchemaRunner *runner,
                 const QString &table,
                 QWidget *parent = nullptr);

    QString table() const { return m_table; } // the current name, after renames
    // The database file to back up before a column is dropped (Backup::Reason::PreDropColumn);
    // the confirmations name its backups folder. Without it nothing is backed up.
    void setBackupSource(const QString &databasePath) { m_backupSource = databasePath; }
    // The table's row count as the caller knows it (-1: unknown): the Drop Column confirmation
    // says from it whether the drop will be in the undo history (TableSnapshot::defaultMaxRows).
    void setRowCount(qint64 rows) { m_rowCount = rows; }
    QLabel *messageLabel() const { return m_message; }
    // Closing the dialog while the backup before a drop runs cancels the backup and the drop.
    void reject() override;

Q_SIGNALS:
    void dropTableRequested(const rowbook::SchemaChange &change);

private:
    QHBoxLayout *createNameRow();
    QGroupBox *createColumnsBox();
    QGroupBox *createIndexBox();
    void reload();
    void submit(const SchemaChange &change, const QString &confirmation = {});
    void onFinished(const SchemaChange &change, bool ok, const QString &message);
    void showProblem(const QString &text);
    void run(const SchemaChange &change);
    void backUpThenRun(const SchemaChange &change, Backup::Reason reason, const QString &source);
    void onBackedUp(const Backup::Result &backup);
    QString backingUpText() const; // for the change waiting for the backup
    QString backupSentence() const;
    QString undoSentence() const;
    QString snapshotProblem() const;
    void addColumn();
    void onColumnRenamed(int row);
    void dropColumn();
    void editColumn();
    void renameTable();
    void createIndex();
    void dropIndex();
    void dropTable();
    QStringList selectedColumns() const;

    QSqlDatabase m_db;
    SchemaRunner *m_runner;
    QString m_table;
    bool m_running = false;
    QString m_backupSource;
    qint64 m_rowCount = -1;
    QString m_lastBackup;             // made before the running drop
    BackupJob *m_backupJob = nullptr; // the backup before a drop, on its own thread
    SchemaChange m_afterBackup;       // runs once that backup is made
    QString m_afterBackupColumn;      // the column an Edit Column waiting for it changes
    QStringList m_columnNames;        // as read, to tell what a name edit renamed
    QLineEdit *m_tableName;
    QTableWidget *m_columns;
    QLineEdit *m_newName;
    QComboBox *m_newType;
    QCheckBox *m_newRequired;
    QLineEdit *m_newDefault;
    QCheckBox *m_newUnique;
    QListWidget *m_indexes;
    QLineEdit *m_indexName;
    QCheckBox *m_indexUnique;
    QPushButton *m_dropColumn;
    QLabel *m_message;
    QWidget *m_content;
};

} // namespace rowbook

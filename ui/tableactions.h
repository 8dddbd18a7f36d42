#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace rowbook {

class BackupStatus;
class DocumentController;
class SchemaRunner;
class Workspace;
struct SchemaChange;

// The Table menu: create a table and edit columns, indexes and names. Changes run on the save
// worker in one transaction; afterwards the views refresh without losing the user's place.
class TableActions : public QObject
{
    Q_OBJECT
public:
    TableActions(QWidget *window, DocumentController *document);

    void addTo(QMenu *menu);
    void setWorkspace(Workspace *workspace);
    // A schema change of the current workspace is running or waits for its turn (the window
    // then keeps its tab on screen: the change and its undo entry belong to it).
    bool isBusy() const;
    // Where the backup before a table is dropped runs (on a worker, with progress).
    void setBackups(BackupStatus *backups) { m_backups = backups; }
    void update();

private:
    void newTable();
    void editColumns();
    void fillWithSampleData();
    void onFilled(const QString &table, qint64 rows, qint64 firstKey, qint64 lastKey);
    void run(const SchemaChange &change);
    void backUpThenDrop(const SchemaChange &change);
    void onFinished(const SchemaChange &change, bool ok, const QString &message);

    QWidget *m_window;
    DocumentController *m_document;
    Workspace *m_workspace = nullptr;
    SchemaRunner *m_runner = nullptr; // child of the workspace
    QList<QMetaObject::Connection> m_runnerConnections;
    BackupStatus *m_backups = nullptr;
    QAction *m_newTable = nullptr;
    QAction *m_editColumns = nullptr;
    QAction *m_fill = nullptr;
    QString m_lastBackup; // made before the table drop that is running
    int m_deferred = 0;   // changes waiting for the saves or the previous change
};

} // namespace rowbook

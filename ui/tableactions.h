#pragma once

#include <QObject>
#include <QStringList>

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
    // An index on `column` of `table` with a free name (SchemaOps::suggestedIndexName), through
    // the save worker: its name, or empty when it could not start (the message says why).
    // indexFinished() tells how it ended.
    QString createIndex(const QString &table, const QString &column);

Q_SIGNALS:
    void indexFinished(const QString &table, const QString &index, bool ok, const QString &message);
    // An index of `table` was created or dropped (the table's columns are unchanged).
    void indexesChanged(const QString &table);

private:
    void newTable();
    void editColumns();
    void fillWithSampleData();
    void onFilled(const QString &table,
                  qint64 rows,
                  qint64 firstKey,
                  qint64 lastKey,
                  const QString &keyColumn,
                  const QString &noUndo);
    void run(const SchemaChange &change);
    void backUpThenDrop(const SchemaChange &change);
    void onFinished(const SchemaChange &change, bool ok, const QString &message);
    // The index createIndex() started ended: indexFinished(), once (nothing when none runs).
    void endIndex(bool ok, const QString &message);

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
    QStringList m_index;  // the table and index createIndex() makes, until it ends
    QList<QMetaObject::Connection> m_indexConnections; // its end, from the runner it runs on
};

} // namespace rowbook

#include "tableactions.h"

#include "autosaver.h"
#include "backup.h"
#include "backupstatus.h"
#include "createtabledialog.h"
#include "documentcontroller.h"
#include "plurals.h"
#include "populatedialog.h"
#include "sampleschema.h"
#include "schemadialog.h"
#include "schemaops.h"
#include "schemarunner.h"
#include "schemaundo.h"
#include "tablemodel.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QPointer>

namespace rowbook {

TableActions::TableActions(QWidget *window, DocumentController *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
{}

void TableActions::addTo(QMenu *menu)
{
    m_newTable = menu->addAction(tr("&New Table…"), this, &TableActions::newTable);
    m_editColumns = menu->addAction(tr("&Edit Columns…"), this, &TableActions::editColumns);
    m_fill
        = menu->addAction(tr("Fill with &Sample Data…"), this, &TableActions::fillWithSampleData);
}

void TableActions::setWorkspace(Workspace *workspace)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_runnerConnections))
        disconnect(connection); // the previous tab's workspace (and runner) may live on
    m_runnerConnections.clear();
    m_deferred = 0; // what waited for the previous workspace went with it
    m_workspace = workspace;
    m_runner = nullptr;
    if (workspace) {
        // One runner per workspace: a tab that comes back keeps its own.
        m_runner = workspace->findChild<SchemaRunner *>(QString(), Qt::FindDirectChildrenOnly);
        if (!m_runner)
            m_runner = new SchemaRunner(workspace->saver(), workspace);
        m_runnerConnections << connect(m_runner, &SchemaRunner::finished, this,
                                       &TableActions::onFinished);
        m_runnerConnections << connect(m_runner, &SchemaRunner::waiting, this, [this](int attempt) {
            m_document->showMessage(
                tr("Waiting for another program to release the database… attempt %1").arg(attempt));
        });
    }
    update();
}

void TableActions::update()
{
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    m_newTable->setEnabled(writable);
    m_editColumns->setEnabled(writable && m_workspace->model()->tableInfo().isValid());
    m_fill->setEnabled(writable && m_workspace->model()->tableInfo().isValid()
                       && !m_workspace->model()->tableInfo().isView);
}

void TableActions::newTable()
{
    CreateTableDialog dialog(m_workspace->reader(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        run(dialog.change());
}

void TableActions::editColumns()
{
    AutoSaver *autoSaver = m_workspace->autoSaver();
    if (!autoSaver->isIdle()) { // pending edits first, so none refers to a column that goes away
        autoSaver->saveNow();
        m_document->showMessage(tr("Saving your edits first; try again in a moment."), 5000);
        return;
    }
    SchemaDialog dialog(m_workspace->reader(), m_runner, m_workspace->model()->tableName(),
                        m_window);
    if (!m_workspace->info().server) // a server database is backed up where it runs
        dialog.setBackupSource(m_workspace->info().path);
    dialog.setRowCount(m_workspace->model()->unfilteredRowCount());
    connect(&dialog, &SchemaDialog::dropTableRequested, this, &TableActions::backUpThenDrop);
    dialog.exec(); // each change inside it reaches onFinished() through the runner
}

void TableActions::fillWithSampleData()
{
    AutoSaver *autoSaver = m_workspace->autoSaver();
    if (!autoSaver->isIdle()) { // pending edits first: the fill writes on its own connection
        autoSaver->saveNow();
        m_document->showMessage(tr("Saving your edits first; try again in a moment."), 5000);
        return;
    }
    PopulateDialog dialog(m_workspace->info(), m_workspace->model()->tableName(), m_window);
    connect(&dialog, &PopulateDialog::filled, this, &TableActions::onFilled);
    dialog.exec();
}

// Undo deletes the row key range the fill's rows got, in one transaction on the save worker:
// cheap at any size, while keeping a million rows for a redo would not be.
void TableActions::onFilled(const QString &table,
                            qint64 rows,
                            qint64 firstKey,
                            qint64 lastKey,
                            const QString &keyColumn,
                            const QString &noUndo)
{
    const QString text = tr("Fill “%1” with %2 sample rows").arg(table, formatCount(rows));
    if (!keyColumn.isEmpty() && firstKey > 0 && lastKey >= firstKey) {
        SchemaChange undo;
        undo.kind = SchemaChange::DeleteRows;
        undo.table = table;
        undo.statements << SampleSchema::deleteKeyRange(table, keyColumn, firstKey, lastKey);
        m_workspace->undo()->push(
            table, new FillUndoCommand(text, undo, [this](const SchemaChange &c) { run(c); }));
    }
    m_document->reloadSchema(table);
    const QString added
        = tr("Added %Ln sample row(s) to “%1”.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
              .arg(table);
    // Without an undo step, the message says why, for longer.
    if (noUndo.isEmpty())
        m_document->showMessage(added, 5000);
    else
        m_document->showMessage(added + QLatin1Char(' ') + noUndo, 15000);
}

// The drop runs only once the backup before it is complete; both happen off the GUI thread. A
// server database is not backed up by Rowbook: its drop runs at once.
void TableActions::backUpThenDrop(const SchemaChange &change)
{
    if (m_workspace->info().server) { // backed up where it runs; the question said so
        run(change);
        return;
    }
    const QPointer<Workspace> workspace = m_workspace;
    const bool started = m_backups->start(
        m_workspace->info().path, Backup::Reason::PreDropTable,
        [this, workspace, change](const Backup::Result &backup) {
            QString problem;
            if (workspace != m_workspace || !workspace)
                problem = tr("The table was not dropped: another database was opened meanwhile.");
            else if (backup.canceled)
                problem = tr("The table was not dropped: the backup before it was canceled.");
            else if (!backup.ok())
                problem = tr("The table was not dropped: the backup before it failed (%1).")
                              .arg(backup.error.userMessage());
            if (problem.isEmpty()) {
                m_lastBackup = backup.path;
                run(change);
            } else
                m_document->showMessage(problem, 10000);
        });
    if (!started)
        m_document->showMessage(
            tr("The table was not dropped: another backup is still being made. Try again when it "
               "is done."),
            10000);
}

bool TableActions::isBusy() const
{
    return m_deferred > 0 || (m_runner && m_runner->isRunning());
}

void TableActions::run(const SchemaChange &change)
{
    AutoSaver *autoSaver = m_workspace->autoSaver();
    if (!autoSaver->isIdle()) {
        ++m_deferred;
        connect(
            autoSaver, &AutoSaver::outcome, this,
            [this, change] {
                --m_deferred;
                run(change);
            },
            Qt::SingleShotConnection);
        autoSaver->saveNow();
        return;
    }
    if (change.fromHistory && m_runner->isRunning()) { // Ctrl+Z pressed again quickly: in turn
        ++m_deferred;
        connect(
            m_runner, &SchemaRunner::finished, this,
            [this, change] {
                --m_deferred;
                run(change);
            },
            Qt::SingleShotConnection);
        return;
    }
    if (!m_runner->run(change)) {
        const QString message
            = change.isValid() ? tr("Another change is still being saved.") : change.problemText();
        m_document->showMessage(message, 8000);
        if (change.kind == SchemaChange::CreateIndex)
            endIndex(false, message);
    }
}

QString TableActions::createIndex(const QString &table, const QString &column)
{
    if (!m_workspace)
        return {};
    const QSqlDatabase db = m_workspace->reader();
    const QString name = SchemaOps::suggestedIndexName(db, table, {column});
    const SchemaChange change = SchemaOps::createIndex(db, table, name, {column}, false);
    if (!change.isValid() || m_runner->isRunning()) {
        m_document->showMessage(change.isValid() ? tr("Another change is still being saved.")
                                                 : change.problemText(),
                                8000);
        return {};
    }
    // Told by this runner even when another tab is shown by the time the index is made, and
    // told when the tab closes before (its runner goes with it).
    endIndex(false, {});
    m_index = {table, name};
    m_indexConnections << connect(
        m_runner, &SchemaRunner::finished, this,
        [this, description = change.description](const SchemaChange &done, bool ok,
                                                 const QString &message) {
            if (done.kind == SchemaChange::CreateIndex && done.description == description)
                endIndex(ok, message);
        });
    m_indexConnections << connect(m_runner, &QObject::destroyed, this, [this] {
        endIndex(false, tr("The tab was closed before the index was made."));
    });
    run(change);
    return name;
}

void TableActions::endIndex(bool ok, const QString &message)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_indexConnections))
        disconnect(connection);
    m_indexConnections.clear();
    const QStringList index = std::exchange(m_index, {});
    if (index.size() == 2)
        Q_EMIT indexFinished(index.first(), index.last(), ok, message);
}

void TableActions::onFinished(const SchemaChange &change, bool ok, const QString &message)
{
    if (!ok) {
        m_lastBackup.clear();
        if (change.fromHistory) // the history no longer matches the file
            m_workspace->undo()->clear(change.table, message);
        m_document->showMessage(message, 10000);
        return;
    }
    if (change.kind != SchemaChange::CreateTable && change.kind != SchemaChange::CreateIndex
        && change.kind != SchemaChange::DropIndex && !change.fromHistory) {
        const QString reason = change.description;
        m_workspace->undo()->clear(change.table, reason);
        if (!change.previousTable.isEmpty())
            m_workspace->undo()->clear(change.previousTable, reason);
        if (!change.undoStatements.isEmpty())
            m_workspace->undo()->push(
                change.table,
                new SchemaUndoCommand(change, [this](const SchemaChange &again) { run(again); }));
    }
    if (change.kind == SchemaChange::CreateIndex || change.kind == SchemaChange::DropIndex) {
        // The columns are as they were: the grid keeps its sort, filters and place.
        Q_EMIT indexesChanged(change.table);
        m_document->showMessage(change.description, 5000);
        return;
    }
    QString target = m_workspace->model()->tableName();
    if ((change.kind == SchemaChange::RenameTable && change.previousTable == target)
        || change.kind == SchemaChange::CreateTable)
        target = change.table;
    else if (change.kind == SchemaChange::DropTable && change.table == target)
        target.clear();
    m_document->reloadSchema(target);
    if (change.kind == SchemaChange::DropTable && !m_lastBackup.isEmpty())
        m_document->showMessage(
            tr("%1 The content before it is kept in the backup %2.")
                .arg(change.description, QDir::toNativeSeparators(m_lastBackup)),
            15000);
    else
        m_document->showMessage(change.description, 5000);
    m_lastBackup.clear();
}

} // namespace rowbook

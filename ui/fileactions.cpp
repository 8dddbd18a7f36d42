#include "fileactions.h"

#include "autosaver.h"
#include "backup.h"
#include "backupstatus.h"
#include "connectdialog.h"
#include "copydialog.h"
#include "documentcontroller.h"
#include "dumpdialog.h"
#include "editstore.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "importplan.h"
#include "menupath.h"
#include "pgconnection.h"
#include "restoredialog.h"
#include "settings.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

#include <algorithm>
#include <climits>

namespace rowbook {
namespace {

const QString recentKey = QStringLiteral("recentFiles");

bool isDatabaseFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return QStringList{QStringLiteral("sqlite"), QStringLiteral("sqlite3"), QStringLiteral("db"),
                       QStringLiteral("db3")}
        .contains(suffix);
}

bool isDataFile(const QString &path)
{
    return ImportPlan::isImportable(path);
}

QString databaseFilter()
{
    return FileActions::tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)");
}

} // namespace

FileActions::FileActions(QMainWindow *window, DocumentController *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_backups(new BackupStatus(window))
{
    window->statusBar()->addPermanentWidget(m_backups);
    // The backup before a file is upgraded shows here too, with its progress and Cancel.
    document->setBackupRunner([backups = m_backups](const QString &path, Backup::Reason reason,
                                                    DocumentController::BackupDone done) {
        return backups->start(path, reason, std::move(done));
    });
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    connect(document, &DocumentController::opened, this,
            [document] { remember(document->workspace()->info().path); });
}

bool FileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (enter->mimeData()->hasUrls() && canDrop(enter->mimeData()->urls()))
            enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *dropEvent = static_cast<QDropEvent *>(event);
        dropEvent->acceptProposedAction();
        const QList<QUrl> urls = dropEvent->mimeData()->urls();
        // After the drop returns: opening a file may ask questions, which must not run inside it.
        QMetaObject::invokeMethod(
            this, [this, urls] { drop(urls); }, Qt::QueuedConnection);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void FileActions::addTo(QMenu *menu)
{
    QAction *create = menu->addAction(tr("&New Database…"), this, &FileActions::newDatabase);
    create->setShortcut(QKeySequence::New);
    QAction *open = menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                    tr("&Open Database…"), this, &FileActions::openDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction *server
        = menu->addAction(QIcon::fromTheme(QStringLiteral("network-server")),
                          tr("Connect to Ser&ver…"), this, &FileActions::connectToServer);
    server->setObjectName(QStringLiteral("connectToServer"));
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::fillRecentMenu);
    QAction *mine = menu->addAction(tr("Open &My Database"), this,
                                    [this] { m_document->switchTo(Database::defaultPath()); });
    mine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    mine->setToolTip(QDir::toNativeSeparators(Database::defaultPath()));
    menu->addSeparator();
    m_import = menu->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this,
                               [this] { importFile(); });
    m_import->setObjectName(QStringLiteral("importFile"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = menu->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export Table…"),
                               this, &FileActions::exportTable);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_dump = menu->addAction(tr("Export &Database as SQL…"), this, &FileActions::exportDatabase);
    m_dump->setObjectName(QStringLiteral("exportDatabaseAsSql"));
    m_copy = menu->addAction(tr("Cop&y Database To…"), this, &FileActions::copyDatabase);
    m_copy->setObjectName(QStringLiteral("copyDatabaseTo"));
    menu->addSeparator();
    m_backup = menu->addAction(tr("&Back Up Now"), this, &FileActions::backUpNow);
    m_backup->setObjectName(QStringLiteral("backUpNow"));
    m_restore = menu->addAction(tr("Res&tore from Backup…"), this, &FileActions::restoreFromBackup);
}

void FileActions::update()
{
    Workspace *workspace = m_document->workspace();
    const bool writable = workspace && !workspace->isReadOnly();
    m_import->setEnabled(writable);
    m_export->setEnabled(workspace && workspace->model()->tableInfo().isValid());
    const bool file = workspace && !workspace->info().server;
    m_dump->setEnabled(workspace != nullptr);
    // Backups copy a file; a server database is backed up on its server (pg_dump).
    m_backup->setEnabled(file);
    m_restore->setEnabled(writable && file);
    m_copy->setEnabled(workspace != nullptr);
}

// A file to a server database, a server database to a new file (CopyDialog, on a worker).
void FileActions::copyDatabase()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    AutoSaver *autoSaver = workspace->autoSaver();
    if (!autoSaver->isIdle()) { // the copy reads what is saved
        autoSaver->saveNow();
        m_document->showMessage(tr("Saving your edits first; try again in a moment."), 5000);
        return;
    }
    const DatabaseInfo &info = workspace->info();
    // A server is read with the password of this session (never written anywhere).
    auto *dialog = new CopyDialog(info.server ? info.connection : info.path, info.server, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CopyDialog::openRequested, this,
            [this](const QString &copy) { m_document->openInNewTab(copy); });
    dialog->open();
}

void FileActions::remember(const QString &path)
{
    Settings settings;
    QStringList files = settings.value(recentKey).toStringList();
    // A server database is remembered by its URI without the password (DatabaseInfo::path).
    const QString absolute = PgConnection::isUri(path) ? PgConnection::redacted(path)
                                                       : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecent)
        files.removeLast();
    settings.setValue(recentKey, files);
}

QStringList FileActions::recentFiles()
{
    Settings settings;
    QStringList files = settings.value(recentKey).toStringList();
    const qsizetype before = files.size();
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QString &file) {
                                   return !PgConnection::isUri(file) && !QFileInfo::exists(file);
                               }),
                files.end());
    if (files.size() != before)
        settings.setValue(recentKey, files); // pruned
    return files;
}

void FileActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(literalMenuText(PgConnection::shown(file)), this,
                                                  [this, file] { m_document->switchTo(file); });
        action->setEnabled(
            file != (m_document->workspace() ? m_document->workspace()->info().path : QString()));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

void FileActions::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Database"), QDir::homePath() + QStringLiteral("/untitled.sqlite"),
        databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            m_window, tr("New Database"),
            tr("%1 already exists. Choose another name, or open it with File → Open.")
                .arg(PgConnection::shown(path)));
        return;
    }
    // The user chose to create it: a new file with Rowbook's marks and no tables.
    const DatabaseInfo created = Database::prepare(path, Database::Open::Create);
    if (!created.isOpen()) {
        QMessageBox::warning(m_window, tr("New Database"),
                             tr("Rowbook could not create %1: %2")
                                 .arg(PgConnection::shown(path), created.error.userMessage()));
        return;
    }
    m_document->switchTo(path);
}

void FileActions::connectToServer()
{
    ConnectDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("connectDialog"));
    const QString current
        = m_document->workspace() ? m_document->workspace()->info().path : QString();
    if (PgConnection::isUri(current))
        dialog.setUri(current);
    if (dialog.exec() == QDialog::Accepted)
        m_document->switchTo(dialog.uri());
}

void FileActions::openDatabase()
{
    const QString current
        = m_document->workspace() ? m_document->workspace()->info().path : QString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Database"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(), databaseFilter());
    if (!path.isEmpty())
        m_document->switchTo(path);
}

bool FileActions::canDrop(const QList<QUrl> &urls)
{
    return urls.size() == 1 && urls.first().isLocalFile()
           && (isDatabaseFile(urls.first().toLocalFile())
               || isDataFile(urls.first().toLocalFile()));
}

void FileActions::drop(const QList<QUrl> &urls)
{
    if (!canDrop(urls))
        return;
    const QString path = urls.first().toLocalFile();
    if (isDataFile(path))
        importFile(path);
    else
        m_document->switchTo(path);
}

void FileActions::importFile(const QString &path)
{
    Workspace *workspace = m_document->workspace();
    if (!workspace || workspace->isReadOnly())
        return;
    auto *dialog = new ImportDialog(workspace->info(), path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, m_window, [this](const QString &table, qint64 rows) {
        m_document->refreshTables();
        m_document->showTable(table);
        m_document->showMessage(
            tr("Imported %Ln row(s) into %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                .arg(table),
            8000);
    });
    dialog->open(); // without a file it asks for one itself
}

void FileActions::exportTable()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    auto *dialog = new ExportDialog(workspace->info(), workspace->model()->tableName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, m_window, [this](const QString &path, qint64 rows) {
        m_document->showMessage(
            tr("Exported %Ln row(s) to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                .arg(PgConnection::shown(path)),
            8000);
    });
    dialog->open();
}

void FileActions::exportDatabase()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    QStringList tables;
    for (const Catalog::Entry &entry : workspace->objects()) {
        if (!entry.isView)
            tables << entry.name;
    }
    auto *dialog = new DumpDialog(workspace->info(), tables, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DumpDialog::dumped, m_window, [this](const QString &path, qint64 rows) {
        m_document->showMessage(
            tr("Wrote %n row(s) as SQL to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                .arg(PgConnection::shown(path)),
            8000);
    });
    dialog->open();
}

void FileActions::backUpNow()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    const bool started = m_backups->start(
        workspace->info().path, Backup::Reason::Manual, [this](const Backup::Result &result) {
            QString message;
            if (result.ok())
                message = tr("Backed up to %1").arg(QDir::toNativeSeparators(result.path));
            else if (result.canceled)
                message = tr("The backup was canceled; no backup file was kept.");
            else
                message = tr("No backup was made: %1").arg(result.error.userMessage());
            m_document->showMessage(message, 10000);
        });
    if (!started)
        m_document->showMessage(tr("A backup is already being made."), 5000);
}

void FileActions::restoreFromBackup()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    if (m_document->isOpening()) {
        QMessageBox::information(m_window, tr("Restore from Backup"),
                                 tr("Another database is still being opened. Restore a backup "
                                    "when it has opened."));
        return;
    }
    bool pending = false; // in any tab on this file
    for (int i = 0; i < m_document->tabCount(); ++i) {
        const Workspace *tab = m_document->tab(i);
        pending
            = pending
              || (tab->info().path == workspace->info().path && tab->edits()->pendingCount() > 0);
    }
    if (pending) {
        QMessageBox::information(m_window, tr("Restore from Backup"),
                                 tr("Some edits are not saved yet. Wait until they are saved (or "
                                    "undo them) before restoring a backup."));
        return;
    }
    const QString path = workspace->info().path;
    RestoreDialog dialog(path, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->reopen();
    m_document->showMessage(tr("The backup %1 was restored; the previous content is kept in %2.")
                                .arg(QFileInfo(dialog.selectedBackup()).fileName(),
                                     QDir::toNativeSeparators(dialog.preRestoreBackup())),
                            15000);
}

} // namespace rowbook

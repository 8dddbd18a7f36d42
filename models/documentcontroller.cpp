#include "documentcontroller.h"

#include "autosaver.h"
#include "backupjob.h"
#include "editstore.h"
#include "logging.h"
#include "recoveryjournal.h"
#include "rowcounter.h"
#include "settings.h"
#include "tablemodel.h"
#include "undohistory.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>

namespace rowbook {

DocumentController::DocumentController(Questions *questions, QObject *parent)
    : QObject(parent)
    , m_questions(questions)
{}

DocumentController::~DocumentController() = default;

bool DocumentController::open(const QString &path, const QString &table)
{
    const std::optional<Database::Open> mode = m_questions->openMode(path);
    if (!mode) {
        if (!m_workspace)
            emit problem(
                tr("No database is open: %1 was not created.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (m_opening) {
        emit statusMessage(tr("Another file is still being backed up before it is opened."), 0);
        return false;
    }
    if (Database::needsMigrationBackup(path, *mode))
        return backUpThenOpen(path, table, *mode);
    return openPrepared(path, table, *mode, nullptr);
}

// The backup before an upgrade copies the whole file: on a worker, then the upgrade and the
// opening follow on the GUI thread.
bool DocumentController::backUpThenOpen(const QString &path,
                                        const QString &table,
                                        Database::Open mode)
{
    m_opening = true;
    emit statusMessage(tr("Backing up %1 before upgrading it for this version of Rowbook…")
                           .arg(QDir::toNativeSeparators(path)),
                       0);
    BackupDone done = [this, path, table, mode](const Backup::Result &result) {
        m_opening = false;
        emit statusMessage({}, 0);
        if (m_after == After::Close)
            return; // the user quits: nothing else is opened (or upgraded)
        if (m_workspace) {
            // The current file stayed open while the backup ran: what was typed meanwhile is
            // saved (or asked about) before it goes. The switch then starts over, with a fresh
            // backup, as the file was not upgraded yet.
            m_after = After::Switch;
            m_switchPath = path;
            m_switchTable = table;
            if (!release())
                return; // continues in onSaveFinished(), or the user cancelled
            m_after = After::Nothing;
        }
        openPrepared(path, table, mode, &result);
    };
    if (m_backupRunner && m_backupRunner(path, Backup::Reason::PreMigration, done))
        return true;
    if (!m_backupJob)
        m_backupJob = new BackupJob(this);
    if (m_backupJob->start(path, Backup::Reason::PreMigration)) {
        connect(m_backupJob, &BackupJob::finished, this, done, Qt::SingleShotConnection);
        return true;
    }
    m_opening = false;
    emit statusMessage(tr("Another backup is still running; try opening %1 again when it ends.")
                           .arg(QDir::toNativeSeparators(path)),
                       0);
    return false;
}

bool DocumentController::openPrepared(const QString &path,
                                      const QString &table,
                                      Database::Open mode,
                                      const Backup::Result *madeBackup)
{
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path, {}, mode, madeBackup)) {
        emit problem(
            tr("Rowbook could not open %1.\n\n%2")
                .arg(QDir::toNativeSeparators(path), workspace->info().error.userMessage()));
        emit statusMessage(workspace->info().error.detail, 0);
        return false;
    }
    // The views move to the new model before the old workspace (and its model) goes away.
    std::swap(m_workspace, workspace);
    emit workspaceChanged(m_workspace.get());
    workspace.reset();
    connect(m_workspace->autoSaver(), &AutoSaver::outcome, this,
            &DocumentController::onSaveFinished);
    connect(m_workspace.get(), &Workspace::changedElsewhere, this,
            &DocumentController::tablesChanged);
    connect(m_workspace.get(), &Workspace::checked, this, &DocumentController::onChecked);
    connect(m_workspace->model(), &TableModel::loadFailed, this,
            [this](const QString &message) { emit statusMessage(message, 10000); });

    m_questions->offerRecovery(m_workspace.get());
    const DatabaseInfo &info = m_workspace->info();
    if (info.readOnly)
        emit statusMessage(tr("Opened read-only: %1").arg(info.readOnlyReason), 0);
    emit opened(table);
    return true;
}

void DocumentController::switchTo(const QString &path, const QString &table)
{
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->info().path) {
        emit tableRequested(table);
        return;
    }
    m_after = After::Switch;
    m_switchPath = path;
    m_switchTable = table;
    if (!release())
        return; // continues in onSaveFinished()
    m_after = After::Nothing;
    open(path, table);
}

void DocumentController::reopen()
{
    if (!m_workspace || m_opening)
        return; // while another file is backed up before it opens, that file follows instead
    const QString path = m_workspace->info().path;
    const QString table = m_workspace->model()->tableName();
    emit workspaceClosing();
    m_workspace.reset(); // every connection to the old content is closed first
    open(path, table);
}

bool DocumentController::requestClose()
{
    m_after = After::Close;
    if (!release())
        return false; // continues in onSaveFinished()
    m_after = After::Nothing;
    return true;
}

void DocumentController::saveNow()
{
    if (m_workspace)
        m_workspace->autoSaver()->saveNow();
}

QVector<Catalog::Entry> DocumentController::listTables()
{
    const QVector<Catalog::Entry> objects = m_workspace->objects();
    QStringList names;
    for (const Catalog::Entry &entry : objects)
        names << entry.name;
    m_workspace->counter()->count(names); // the counts arrive one by one, off the GUI thread
    return objects;
}

bool DocumentController::setTable(const QString &name)
{
    TableModel *model = m_workspace->model();
    if (!model->setTable(name)) {
        if (!model->lastError().isEmpty() && model->tableInfo().isValid())
            emit statusMessage(model->lastError(), 0);
        return false;
    }
    qCDebug(lcUi, "showing table %s of %s", qUtf8Printable(name),
            qUtf8Printable(m_workspace->info().path));
    m_workspace->undo()->setActiveTable(name);
    Settings().setValue(Settings::lastTableKey(m_workspace->info().path), name);
    return true;
}

QString DocumentController::startTable(const QString &asked) const
{
    if (!asked.isEmpty())
        return asked;
    return Settings().value(Settings::lastTableKey(m_workspace->info().path)).toString();
}

QString DocumentController::readOnlyReason() const
{
    const TableModel *model = m_workspace ? m_workspace->model() : nullptr;
    if (!model)
        return {};
    if (m_workspace->isReadOnly())
        return m_workspace->readOnlyReason();
    return model->dialect().readOnlyReason(model->tableInfo());
}

void DocumentController::showMessage(const QString &text, int timeout)
{
    emit statusMessage(text, timeout);
}

void DocumentController::refreshTables()
{
    emit tablesChanged();
}

void DocumentController::showTable(const QString &table)
{
    emit tableRequested(table);
}

void DocumentController::reloadSchema(const QString &table)
{
    emit schemaReloadRequested(table);
}

bool DocumentController::triedEverything(const Workspace *workspace)
{
    const EditStore *edits = workspace->edits();
    const AutoSaver *saver = workspace->autoSaver();
    if (edits->pendingCount() == 0 || edits->isSaving())
        return false;
    if (!edits->hasWork())
        return true; // only refused edits are left: sending them again changes nothing
    return saver->state() == AutoSaver::State::NotSaved && !saver->problem().isEmpty();
}

bool DocumentController::release()
{
    if (!m_workspace)
        return true;
    AutoSaver *saver = m_workspace->autoSaver();
    emit aboutToRelease();
    m_workspace->journal()->flush();
    if (saver->isIdle() && m_workspace->edits()->pendingCount() == 0)
        return true;
    if (!triedEverything(m_workspace.get())) {
        emit statusMessage(tr("Saving your edits first…"), 0);
        saver->saveNow();
        return false;
    }
    switch (m_questions->askUnsaved(m_workspace.get(), m_after == After::Close)) {
    case Unsaved::KeepForLater:
    case Unsaved::Discard:
        return true;
    case Unsaved::KeepTrying:
        saver->saveNow();
        return false;
    case Unsaved::Cancel:
        break;
    }
    m_after = After::Nothing;
    return false;
}

void DocumentController::onSaveFinished()
{
    emit saveFinished();
    const QString problem = m_workspace->autoSaver()->problem();
    if (!problem.isEmpty())
        emit statusMessage(problem, 10000);
    if (m_after == After::Close)
        emit closeReady();
    else if (m_after == After::Switch)
        switchTo(m_switchPath, m_switchTable);
}

void DocumentController::onChecked(bool ok, const QString &problem)
{
    if (ok)
        return;
    emit statusMessage(tr("The file is damaged: %1").arg(problem), 0);
    emit damaged(m_workspace->info().path);
}

} // namespace rowbook

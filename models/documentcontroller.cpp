#include "documentcontroller.h"

#include "autosaver.h"
#include "editstore.h"
#include "modelslogging.h"
#include "pgconnection.h"
#include "rowcounter.h"
#include "settings.h"
#include "tablemodel.h"
#include "undohistory.h"
#include "workspace.h"

#include <QFileInfo>

#include <utility>

namespace rowbook {

DocumentController::DocumentController(Questions *questions, QObject *parent)
    : QObject(parent)
    , m_questions(questions)
{}

DocumentController::~DocumentController() = default;

bool DocumentController::open(const QString &path, const QString &table)
{
    return openInto(path, table, Into::Current);
}

bool DocumentController::openInNewTab(const QString &path, const QString &table, Server server)
{
    if (m_workspace && !tabsAreFree())
        return false;
    return openInto(path, table, m_workspace ? Into::NewTab : Into::Current, server);
}

void DocumentController::setOpening(bool opening)
{
    if (std::exchange(m_opening, opening) && !opening)
        emit openingEnded();
}

bool DocumentController::tabsAreFree()
{
    stopWaitingForLock(); // the user turns to the tabs: the locked file is not waited for
    if (isFree())
        return true;
    emit statusMessage(tr("The tabs stay as they are until the edits are saved and the file is "
                          "open."),
                       5000);
    return false;
}

int DocumentController::indexOf(const Workspace *workspace) const
{
    for (std::size_t i = 0; i < m_tabs.size(); ++i) {
        if (m_tabs[i].get() == workspace)
            return int(i);
    }
    return -1;
}

void DocumentController::activateTab(int index)
{
    if (index < 0 || index >= tabCount() || tab(index) == m_workspace || !tabsAreFree())
        return;
    if (m_workspace) {
        emit aboutToRelease(); // what is being typed goes into the tab that is left
        emit tabLeaving();
    }
    m_workspace = tab(index);
    emit workspaceChanged(m_workspace);
    emit tabActivated(m_workspace);
}

bool DocumentController::closeTab(int index)
{
    if (tabCount() < 2 || index < 0 || index >= tabCount())
        return false;
    Workspace *closing = tab(index);
    const bool continuing = m_after == After::CloseTab && m_closingTab == closing;
    if (!continuing && !tabsAreFree())
        return false;
    m_after = After::CloseTab;
    m_closingTab = closing;
    if (!release(closing))
        return false; // continues in onSaveFinished(), or the user cancelled
    m_after = After::Nothing;
    m_closingTab = nullptr;
    removeTab(closing);
    return true;
}

void DocumentController::removeTab(Workspace *workspace)
{
    const int index = indexOf(workspace);
    if (index < 0)
        return;
    if (workspace == m_workspace) { // the views move to a neighbour before the model goes away
        m_workspace = tab(index + 1 < tabCount() ? index + 1 : index - 1);
        emit workspaceChanged(m_workspace);
        emit tabActivated(m_workspace);
    }
    m_tabs.erase(m_tabs.begin() + indexOf(workspace));
    emit tabsChanged();
}

namespace {

// Whether `path` (a file or a URI) names the database `open` already is.
bool sameDatabase(const QString &path, const DatabaseInfo &open)
{
    if (!PgConnection::isUri(path))
        return !open.server && QFileInfo(path).absoluteFilePath() == open.path;
    PgConnection connection;
    QString problem;
    return open.server && PgConnection::parse(path, &connection, &problem)
           && connection.toDisplayUri() == open.path;
}

} // namespace

void DocumentController::switchTo(const QString &path, const QString &table)
{
    if (m_workspace && sameDatabase(path, m_workspace->info())) {
        emit tableRequested(table);
        return;
    }
    if (m_after == After::Close || m_after == After::CloseTab || m_reopenAt >= 0) {
        emit statusMessage(tr("Another file opens once the edits are saved and the tab is free."),
                           5000);
        return;
    }
    if (m_waitingForLock
        && QFileInfo(path).absoluteFilePath() == QFileInfo(m_lockedPath).absoluteFilePath())
        return;           // already waited for
    stopWaitingForLock(); // before the tab is released: the locked file would replace it
    m_after = After::Switch;
    m_switchPath = path;
    m_switchTable = table;
    if (!release(m_workspace))
        return; // continues in onSaveFinished()
    m_after = After::Nothing;
    open(path, table);
    if (!m_opening)
        m_answeredForSwitch = nullptr; // the switch is over (else finishOpening() ends it)
}

void DocumentController::reopen()
{
    if (!m_workspace || m_opening)
        return; // while another file is backed up before it opens, that file follows instead
    const QString path = m_workspace->info().path;
    const QString table = m_workspace->model()->tableName();
    emit workspaceClosing();
    const int at = currentTab();
    m_reopenAt = at;
    m_tabs.erase(m_tabs.begin() + at); // every connection to the old content is closed first
    m_workspace = nullptr;
    if (open(path, table) || m_opening)
        return; // opened, or opens once its backup is made
    m_reopenAt = -1;
    if (tabCount() > 0) { // it could not be opened again: another tab is shown
        m_workspace = tab(std::min(at, tabCount() - 1));
        emit workspaceChanged(m_workspace);
        emit tabActivated(m_workspace);
    }
    emit tabsChanged();
}

bool DocumentController::requestClose()
{
    // The locked file is not opened after all, nor while the tabs' edits are asked about.
    stopWaitingForLock();
    m_after = After::Close;
    // Every tab on every attempt (a tab saved on an earlier attempt may have new edits); only
    // the answers to "cannot be saved" are remembered until the window closes or stays open.
    // The current tab last: the window keeps showing it while the others are saved or asked about.
    std::vector<Workspace *> order;
    for (const auto &tab : m_tabs) {
        if (tab.get() != m_workspace)
            order.push_back(tab.get());
    }
    if (m_workspace)
        order.push_back(m_workspace);
    for (Workspace *workspace : order) {
        if (!release(workspace))
            return false; // continues in onSaveFinished(), or the user cancelled
    }
    m_answeredForClose.clear();
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
    countRows(objects);
    return objects;
}

void DocumentController::recountTables(const WrittenTables &tables)
{
    if (!m_workspace)
        return;
    const bool everything = !tables.writingMore.isEmpty(); // triggers may write anywhere
    QVector<Catalog::Entry> objects = m_workspace->objects();
    objects.removeIf([&](const Catalog::Entry &entry) {
        return !everything && !entry.isView && !tables.written.contains(entry.name)
               && !tables.actedOn.contains(entry.name);
    });
    countRows(objects);
}

void DocumentController::countRows(const QVector<Catalog::Entry> &objects)
{
    QStringList names;
    for (const Catalog::Entry &entry : objects)
        names << entry.name;
    m_workspace->counter()->count(names); // the counts arrive one by one, off the GUI thread
}

bool DocumentController::setTable(const QString &name)
{
    TableModel *model = m_workspace->model();
    if (!model->setTable(name)) {
        if (!model->lastError().isEmpty() && model->tableInfo().isValid())
            emit statusMessage(model->lastError(), 0);
        return false;
    }
    qCDebug(lcModels, "showing table %s of %s", qUtf8Printable(name),
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
    if (!model->lowKeyNote().isEmpty())
        return model->lowKeyNote();
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

bool DocumentController::release(Workspace *workspace)
{
    if (!workspace)
        return true;
    AutoSaver *saver = workspace->autoSaver();
    if (workspace == m_workspace)
        emit aboutToRelease();
    workspace->journal()->flush();
    if (saver->isIdle() && workspace->edits()->pendingCount() == 0)
        return true;
    if (m_after == After::Close && m_answeredForClose.contains(workspace))
        return true; // the user already said what to do with its edits
    if (!triedEverything(workspace)) {
        emit statusMessage(tr("Saving your edits first…"), 0);
        saver->saveNow();
        return false;
    }
    // A switch that waited (a backup, a server's answer) comes back here: asked once is enough.
    if (m_after == After::Switch && m_answeredForSwitch == workspace)
        return true;
    switch (m_questions->askUnsaved(workspace, m_after == After::Close)) {
    case Unsaved::KeepForLater:
    case Unsaved::Discard:
        if (m_after == After::Close)
            m_answeredForClose.insert(workspace);
        if (m_after == After::Switch)
            m_answeredForSwitch = workspace;
        return true;
    case Unsaved::KeepTrying:
        saver->saveNow();
        return false;
    case Unsaved::Cancel:
        break;
    }
    m_after = After::Nothing;
    m_answeredForClose.clear(); // the next attempt asks about every tab again
    m_answeredForSwitch = nullptr;
    m_closingTab = nullptr;
    return false;
}

void DocumentController::withdrawSolvedProblem(const Workspace *workspace)
{
    if (workspace != m_shownProblemOf)
        return;
    const AutoSaver *saver = workspace->autoSaver();
    if (!saver->problem().isEmpty() && saver->state() != AutoSaver::State::Saved)
        return; // not undone, nor saved at last
    m_shownProblemOf = nullptr;
    emit statusMessageWithdrawn(std::exchange(m_shownProblem, {}));
}

void DocumentController::onSaveFinished(Workspace *workspace)
{
    if (workspace == m_workspace)
        emit saveFinished();
    const QString problem = workspace->autoSaver()->problem();
    if (!problem.isEmpty()) {
        emit statusMessage(problem, 10000);
        m_shownProblem = problem;
        m_shownProblemOf = workspace;
    } else {
        withdrawSolvedProblem(workspace);
    }
    switch (m_after) {
    case After::Close:
        emit closeReady();
        break;
    case After::Switch:
        switchTo(m_switchPath, m_switchTable);
        break;
    case After::CloseTab:
        if (workspace == m_closingTab) {
            // Not while its save worker is still telling: closing the tab destroys it.
            QMetaObject::invokeMethod(
                this,
                [this, workspace] {
                    if (m_after == After::CloseTab && m_closingTab == workspace)
                        closeTab(indexOf(workspace));
                },
                Qt::QueuedConnection);
        }
        break;
    case After::Nothing:
        break;
    }
}

void DocumentController::onChecked(Workspace *workspace, bool ok, const QString &problem)
{
    if (ok)
        return;
    emit statusMessage(tr("The file is damaged: %1").arg(problem), 0);
    emit damaged(workspace->info().path);
}

} // namespace rowbook

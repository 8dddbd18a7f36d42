// How a database is opened: at once, after waiting for another program's lock, after reaching a
// server, or after a backup before an upgrade. The tabs, switching and closing are in
// documentcontroller.cpp.
#include "documentcontroller.h"

#include "autosaver.h"
#include "backupjob.h"
#include "pgconnection.h"
#include "pooltask.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QTimer>

#include <optional>

namespace rowbook {

bool DocumentController::openInto(const QString &path,
                                  const QString &table,
                                  Into into,
                                  Server server)
{
    const std::optional<Database::Open> mode = m_questions->openMode(path);
    if (!mode) {
        if (!m_workspace)
            emit problem(
                tr("No database is open: %1 was not created.").arg(PgConnection::shown(path)));
        return false;
    }
    stopWaitingForLock(); // the user chose a database again: the locked one is not waited for
    if (m_opening) {
        emit statusMessage(m_connecting
                               ? tr("Rowbook is still connecting to another server.")
                               : tr("Another file is still being backed up before it is opened."),
                           0);
        return false;
    }
    return openInMode(path, table, *mode, into, server);
}

bool DocumentController::openInMode(
    const QString &path, const QString &table, Database::Open mode, Into into, Server server)
{
    // A reopened tab (a schema change) goes back in its place at once, as before.
    if (m_reopenAt < 0 && Database::isLocked(path))
        return waitForLock(path, table, mode, into);
    if (Database::needsMigrationBackup(path, mode))
        return backUpThenOpen(path, table, mode, into);
    if (PgConnection::isUri(path) && m_reopenAt < 0 && server == Server::Ask)
        return reachThenOpen(path, table, mode, into);
    return openPrepared(path, table, mode, nullptr, into);
}

bool DocumentController::waitForLock(const QString &path,
                                     const QString &table,
                                     Database::Open mode,
                                     Into into)
{
    setOpening(true);
    m_waitingForLock = true;
    // The wait has no end in sight, and the tab stays editable meanwhile: when the file opens,
    // edits that cannot be saved are asked about again, not covered by an earlier answer.
    m_answeredForSwitch = nullptr;
    const QString shown = PgConnection::shown(path);
    m_lockedPath = path;
    // Another tab to choose only when the tab bar shows one.
    emit statusMessage((tabCount() > 1 ? tr("Waiting for another program to finish writing to "
                                            "%1… Open another database or choose another tab "
                                            "to stop waiting.")
                                       : tr("Waiting for another program to finish writing to "
                                            "%1… Open another database to stop waiting."))
                           .arg(shown),
                       0);
    if (!m_workspace)
        emit waiting(tr("Another program is writing to %1 and keeps it locked.\n\nRowbook opens "
                        "it as soon as that program lets go of it. Open another database to stop "
                        "waiting.")
                         .arg(shown));
    checkLock(++m_lockWait, path, table, mode, into);
    return true;
}

void DocumentController::checkLock(
    quint64 wait, const QString &path, const QString &table, Database::Open mode, Into into)
{
    // SQLite's own busy handler waits on the worker, and answers as soon as the lock goes.
    constexpr int lockWaitMs = 500;
    constexpr int pauseMs = 250;
    runOnPool(
        this, [path] { return Database::isLocked(path, lockWaitMs); },
        [this, wait, path, table, mode, into](bool locked) {
            if (wait != m_lockWait)
                return; // stopped: another database was opened, or the window closed
            // Locked again since the worker looked (a program that commits often): checked
            // here too, without waiting, so that opening does not wait for it on this thread.
            if (locked || Database::isLocked(path)) {
                QTimer::singleShot(pauseMs, this, [this, wait, path, table, mode, into] {
                    if (wait == m_lockWait)
                        checkLock(wait, path, table, mode, into);
                });
                return;
            }
            endLockWait();
            // As after a backup or a server's answer: the tab it replaces (the user may have
            // typed into it meanwhile) is released first, and a closing window opens nothing.
            if (Database::needsMigrationBackup(path, mode)) {
                if (!backUpThenOpen(path, table, mode, into)) {
                    if (!m_workspace) // in place of the waiting text
                        emit problem(tr("Another backup is still running; try opening %1 again "
                                        "when it ends.")
                                         .arg(PgConnection::shown(path)));
                    emit notOpened();
                }
            } else
                finishOpening(path, table, mode, nullptr, into);
        });
}

void DocumentController::endLockWait()
{
    ++m_lockWait;
    m_waitingForLock = false;
    setOpening(false);
}

void DocumentController::stopWaitingForLock()
{
    if (!m_waitingForLock)
        return;
    endLockWait();
    m_answeredForSwitch = nullptr; // a switch that waited for the lock is over
    emit statusMessage(tr("%1 was not opened: another program kept it locked.")
                           .arg(PgConnection::shown(m_lockedPath)),
                       5000);
    emit notOpened();
}

// A server may take seconds to answer (connect_timeout), or not answer: it is asked on the thread
// pool first, so the window keeps answering meanwhile, and opened on the GUI thread once it has.
bool DocumentController::reachThenOpen(const QString &path,
                                       const QString &table,
                                       Database::Open mode,
                                       Into into)
{
    setOpening(true);
    m_connecting = true;
    const QString connecting = tr("Connecting to %1…").arg(PgConnection::shown(path));
    emit statusMessage(connecting, 0);
    if (!m_workspace)
        emit waiting(connecting);
    runOnPool(
        this,
        [path, mode] {
            const DatabaseInfo info = Database::prepare(path, mode);
            return info.isOpen() ? std::optional<StorageError>() : info.error;
        },
        [this, path, table, mode, into](const std::optional<StorageError> &error) {
            m_connecting = false;
            if (error) {
                setOpening(false);
                m_answeredForSwitch = nullptr; // the switch is over
                if (m_after != After::Close)   // a window that closes has nothing to say
                    couldNotOpen(path, *error);
                return;
            }
            finishOpening(path, table, mode, nullptr, into);
        });
    return true;
}

void DocumentController::couldNotOpen(const QString &path, const StorageError &error)
{
    emit problem(
        tr("Rowbook could not open %1.\n\n%2").arg(PgConnection::shown(path), error.userMessage()));
    emit statusMessage(error.detail, 0);
}

// After a wait off the GUI thread (a backup, a server's answer): the current tab stayed open
// meanwhile, so what was typed into it is saved (or asked about) before it is replaced.
void DocumentController::finishOpening(const QString &path,
                                       const QString &table,
                                       Database::Open mode,
                                       const Backup::Result *madeBackup,
                                       Into into)
{
    setOpening(false);
    emit statusMessage({}, 0);
    if (m_after == After::Close)
        return; // the user quits: nothing else is opened (or upgraded)
    if (m_workspace && into == Into::Current) {
        // The switch then starts over (with a fresh backup: the file was not upgraded yet).
        m_after = After::Switch;
        m_switchPath = path;
        m_switchTable = table;
        if (!release(m_workspace))
            return; // continues in onSaveFinished(), or the user cancelled
        m_after = After::Nothing;
    }
    m_answeredForSwitch = nullptr; // the switch is over
    openPrepared(path, table, mode, madeBackup, into);
}

// The backup before an upgrade copies the whole file: on a worker, then the upgrade and the
// opening follow on the GUI thread.
bool DocumentController::backUpThenOpen(const QString &path,
                                        const QString &table,
                                        Database::Open mode,
                                        Into into)
{
    setOpening(true);
    emit statusMessage(tr("Backing up %1 before upgrading it for this version of Rowbook…")
                           .arg(PgConnection::shown(path)),
                       0);
    BackupDone done = [this, path, table, mode, into](const Backup::Result &result) {
        finishOpening(path, table, mode, &result, into);
    };
    if (m_backupRunner && m_backupRunner(path, Backup::Reason::PreMigration, done))
        return true;
    if (!m_backupJob)
        m_backupJob = new BackupJob(this);
    if (m_backupJob->start(path, Backup::Reason::PreMigration)) {
        connect(m_backupJob, &BackupJob::finished, this, done, Qt::SingleShotConnection);
        return true;
    }
    setOpening(false);
    emit statusMessage(tr("Another backup is still running; try opening %1 again when it ends.")
                           .arg(PgConnection::shown(path)),
                       0);
    return false;
}

bool DocumentController::openPrepared(const QString &path,
                                      const QString &table,
                                      Database::Open mode,
                                      const Backup::Result *madeBackup,
                                      Into into)
{
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path, {}, mode, madeBackup)) {
        // A file another program locked since it was checked: waited for like one locked before.
        if (workspace->info().error.isBusy() && !PgConnection::isUri(path) && m_reopenAt < 0)
            return waitForLock(path, table, mode, into);
        couldNotOpen(path, workspace->info().error);
        return false;
    }
    Workspace *added = workspace.get();
    const int current = currentTab();
    if (m_reopenAt >= 0) // the tab reopen() closed, in its place
        m_tabs.insert(m_tabs.begin() + std::min(m_reopenAt, tabCount()), std::move(workspace));
    else if (current < 0) // the first tab
        m_tabs.push_back(std::move(workspace));
    else if (into == Into::NewTab) {
        emit aboutToRelease(); // what is being typed goes into the tab that is left
        emit tabLeaving();
        m_tabs.insert(m_tabs.begin() + current + 1, std::move(workspace));
    } else
        std::swap(m_tabs[std::size_t(current)], workspace); // `workspace` holds the old one now
    m_reopenAt = -1;
    m_workspace = added;
    // The views move to the new model before the old workspace (and its model) goes away.
    emit workspaceChanged(added);
    workspace.reset();
    connect(added->autoSaver(), &AutoSaver::outcome, this,
            [this, added] { onSaveFinished(added); });
    connect(added->autoSaver(), &AutoSaver::stateChanged, this,
            [this, added] { withdrawSolvedProblem(added); });
    connect(added, &Workspace::changedElsewhere, this, [this, added] {
        if (added == m_workspace) // another tab reads the table list again when it is shown
            emit tablesChanged();
    });
    connect(added, &Workspace::ownSavesLanded, this, [this, added](const WrittenTables &tables) {
        if (added == m_workspace) // another tab counts when its table list is read
            recountTables(tables);
    });
    connect(added, &Workspace::checked, this,
            [this, added](bool ok, const QString &problem) { onChecked(added, ok, problem); });
    connect(added->model(), &TableModel::loadFailed, this,
            [this](const QString &message) { emit statusMessage(message, 10000); });

    m_questions->offerRecovery(added);
    const DatabaseInfo &info = added->info();
    if (info.readOnly)
        emit statusMessage(tr("Opened read-only: %1").arg(info.readOnlyReason), 0);
    emit opened(table);
    emit tabsChanged();
    return true;
}

} // namespace rowbook

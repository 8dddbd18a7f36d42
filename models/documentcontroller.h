#pragma once

#include "backup.h"
#include "catalog.h"
#include "database.h"
#include "rowchange.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rowbook {

class BackupJob;
class Workspace;

// The life of the open documents, without widgets: opening a file, switching to another once the
// current one's edits are saved, closing (flushing the edits first), and the status messages
// about it. Each document is a tab: a workspace of its own (own connection, save worker, model,
// filter, sort and undo history), also several on the same file; one is current, and the views
// show it. The window shows what it says (signals) and answers its questions (Questions); the
// actions ask it for the workspace and to switch files.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    // What to do with edits that cannot be saved when the file is left.
    enum class Unsaved { KeepTrying, KeepForLater, Discard, Cancel };

    // The questions only a person can answer; the window asks them with dialogs.
    class Questions
    {
    public:
        virtual ~Questions() = default;
        // How to open `path` (see askOpenMode()); nullopt: open nothing.
        virtual std::optional<Database::Open> openMode(const QString &path) = 0;
        // Edits an earlier session left unsaved were found in the file just opened.
        virtual void offerRecovery(Workspace *workspace) = 0;
        // Some edits cannot be saved (triedEverything()) and the file is being left.
        virtual Unsaved askUnsaved(Workspace *workspace, bool quitting) = 0;
    };

    // Runs a backup off the GUI thread and calls `done` on the GUI thread when it ended (made,
    // failed or canceled); false when it cannot start one now. The window's runner shows the
    // progress and a Cancel button (BackupStatus::start).
    using BackupDone = std::function<void(const Backup::Result &result)>;
    using BackupRunner
        = std::function<bool(const QString &path, Backup::Reason reason, BackupDone done)>;

    explicit DocumentController(Questions *questions, QObject *parent = nullptr);
    ~DocumentController() override;

    // The current tab's workspace; null before a file was opened.
    Workspace *workspace() const { return m_workspace; }

    // The tabs, in the order they are shown.
    int tabCount() const { return int(m_tabs.size()); }
    Workspace *tab(int index) const { return m_tabs.at(std::size_t(index)).get(); }
    int currentTab() const { return indexOf(m_workspace); }
    int indexOf(const Workspace *workspace) const;
    // Whether a server named by the path to open is asked first, off the GUI thread (open()), or
    // has just answered the caller, who asked it off the GUI thread itself.
    enum class Server { Ask, Answered };
    // Opens `path` in a new tab after the current one and makes it current (workspaceChanged(),
    // opened()); the current tab stays as it is. With no tab yet, the same as open().
    bool openInNewTab(const QString &path, const QString &table = {}, Server server = Server::Ask);
    // Makes tab `index` current: workspaceChanged() then tabActivated().
    void activateTab(int index);
    // Closes tab `index` once its edits are saved (asks if they cannot be); the last tab stays.
    // True when it was closed now; otherwise it closes once its edits are saved.
    bool closeTab(int index);

    // Opens a database file (see Questions::openMode) and keeps the current one if that fails.
    // A file that is upgraded to this version's schema is backed up first, on a worker, and a
    // server is asked on the thread pool first whether it answers: then this returns true at
    // once, the window keeps answering, and the database is opened (opened() or problem()) when
    // the backup ended or the server answered. isOpening() is true meanwhile.
    bool open(const QString &path, const QString &table = {});
    bool isOpening() const { return m_opening; }
    // Nothing opens, and no tab waits to close or to switch files: a new tab may open.
    bool isFree() const { return m_after == After::Nothing && !m_opening && m_reopenAt < 0; }
    // How the backup before an upgrade is run; without one, a BackupJob of this controller's.
    void setBackupRunner(BackupRunner runner) { m_backupRunner = std::move(runner); }
    // Opens another file once the current one's edits are saved (asks if they cannot be). The
    // same file again only shows `table`.
    void switchTo(const QString &path, const QString &table = {});
    // Opens the current file again (after a restore), closing every connection to it first.
    void reopen();
    // True when the document can be closed now; otherwise its edits are being saved (or the user
    // cancelled) and closeReady() follows once they are.
    bool requestClose();
    // Saves the pending edits right away.
    void saveNow();

    // Reads the file's tables and views and starts counting their rows in the background
    // (RowCounter::counted).
    QVector<Catalog::Entry> listTables();
    // Counts rows again in the background after own saves: the tables written, every view, the
    // tables their deletions cascade into, and every table when their triggers may have written
    // anywhere.
    void recountTables(const WrittenTables &tables);
    // Sets the model (and the undo history) to table `name` and remembers it as the file's last
    // table. False when it cannot be read; the status bar says why when there is a reason.
    bool setTable(const QString &name);
    // The table to show first: `asked`, or the one shown last time in this file.
    QString startTable(const QString &asked) const;
    // Why the table on screen cannot be edited; empty when it can (or nothing is open).
    QString readOnlyReason() const;

    // For the actions: shows a message in the status bar, asks the window to re-read the table
    // list, to show a table, or to reload the schema after a change.
    void showMessage(const QString &text, int timeout = 0);
    void refreshTables();
    void showTable(const QString &table);
    void reloadSchema(const QString &table);

    // True when every pending edit was tried and could not be saved: the database refused it (row
    // deleted by another program, a constraint), or the lock or a failure outlasted the retries.
    // False when a save is still running or has not been tried yet.
    static bool triedEverything(const Workspace *workspace);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeout);
    // A message statusMessage() showed is no longer true (a save problem the next save did not
    // have): the status bar stops showing it, if it still does.
    void statusMessageWithdrawn(const QString &text);
    // Nothing could be opened (and nothing else is shown): the window shows `text` instead.
    void problem(const QString &text);
    // Nothing is shown yet while a database opens (a server is asked first): the window shows
    // `text` in its place until opened() or problem().
    void waiting(const QString &text);
    // A file waited for because another program kept it locked was not opened after all (the
    // user turned elsewhere, its backup could not start). Unlike problem(), the window keeps
    // showing what it shows; restoring tabs goes on with the next one.
    void notOpened();
    // The views move to `workspace` now: the old one is destroyed right after.
    void workspaceChanged(Workspace *workspace);
    // The workspace is about to be closed (reopen()): the views let go of its model.
    void workspaceClosing();
    // A file was opened; `table` is the one asked for (empty: the window chooses).
    void opened(const QString &table);
    // Before leaving the file: the window commits what is being typed in a cell editor.
    void aboutToRelease();
    // A save finished (either way).
    void saveFinished();
    // The edits are saved (or the user said what to do with them): the window may close now.
    void closeReady();
    // The file's quick check found damage.
    void damaged(const QString &path);
    void tablesChanged();
    void tableRequested(const QString &table);
    void schemaReloadRequested(const QString &table);
    // A tab was opened, closed or changed its file or table.
    void tabsChanged();
    // Another tab is about to be shown (the current one is still workspace()): the window keeps
    // what the views show of it.
    void tabLeaving();
    // activateTab(): the views show the workspace of another tab now.
    void tabActivated(Workspace *workspace);
    // isOpening() turned false: the file opened, could not be opened, or the switch was dropped.
    void openingEnded();

private:
    enum class After { Nothing, Close, Switch, CloseTab };
    // Where a file that opens goes: in place of the current tab, or in a new one.
    enum class Into { Current, NewTab };

    // True when `workspace` has nothing left to save; otherwise starts saving (or asks what to
    // do when the edits cannot be saved) and returns false.
    bool release(Workspace *workspace);
    void countRows(const QVector<Catalog::Entry> &objects);
    bool
    openInto(const QString &path, const QString &table, Into into, Server server = Server::Ask);
    bool openPrepared(const QString &path,
                      const QString &table,
                      Database::Open mode,
                      const Backup::Result *madeBackup,
                      Into into);
    bool backUpThenOpen(const QString &path, const QString &table, Database::Open mode, Into into);
    // Says why `path` could not be opened: problem() and the driver's words in the status bar.
    void couldNotOpen(const QString &path, const StorageError &error);
    bool reachThenOpen(const QString &path, const QString &table, Database::Open mode, Into into);
    // openInto() once the user has said how `path` opens.
    bool openInMode(
        const QString &path, const QString &table, Database::Open mode, Into into, Server server);
    // Another program holds a lock on the file that keeps readers out: the file is opened once
    // it lets go, checked on the thread pool meanwhile (see checkLock()), so the window never
    // waits for the lock. isOpening() is true meanwhile; another open (or closing the window)
    // stops the wait.
    bool waitForLock(const QString &path, const QString &table, Database::Open mode, Into into);
    void checkLock(
        quint64 wait, const QString &path, const QString &table, Database::Open mode, Into into);
    // The user turned elsewhere (another database, the tabs) or the window closes: the file is
    // not opened, and the status bar says so. Nothing when no file is waited for.
    void stopWaitingForLock();
    void endLockWait(); // the wait is over (the lock went, or stopWaitingForLock())
    void finishOpening(const QString &path,
                       const QString &table,
                       Database::Open mode,
                       const Backup::Result *madeBackup,
                       Into into);
    void onSaveFinished(Workspace *workspace);
    // The save problem shown for `workspace` goes from the status bar once it is undone or saved.
    void withdrawSolvedProblem(const Workspace *workspace);
    void onChecked(Workspace *workspace, bool ok, const QString &problem);
    void removeTab(Workspace *workspace);
    // False (and says why) while a file opens, a tab waits to close or the file to switch.
    bool tabsAreFree();
    void setOpening(bool opening);

    Questions *m_questions;
    std::vector<std::unique_ptr<Workspace>> m_tabs;
    Workspace *m_workspace = nullptr;               // the current tab
    QSet<const Workspace *> m_answeredForClose;     // unsaveable edits the user answered for
    const Workspace *m_answeredForSwitch = nullptr; // the same, for the switch under way
    Workspace *m_closingTab = nullptr;              // After::CloseTab: the tab waiting for its save
    int m_reopenAt = -1;                            // reopen(): where the tab opens again
    After m_after = After::Nothing;
    // The save problem last shown in the status bar, and the tab it was of.
    QString m_shownProblem;
    const Workspace *m_shownProblemOf = nullptr;
    QString m_switchPath;
    QString m_switchTable;
    BackupRunner m_backupRunner;
    BackupJob *m_backupJob = nullptr; // without a runner: made on first use
    bool m_opening = false;
    bool m_connecting = false;     // m_opening: a server is asked first (reachThenOpen)
    bool m_waitingForLock = false; // m_opening: another program holds the file (waitForLock)
    quint64 m_lockWait = 0;        // the wait under way; a check of an earlier one is ignored
    QString m_lockedPath;          // the file waited for
};

} // namespace rowbook

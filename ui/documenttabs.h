#pragma once

#include "filterheader.h"
#include "tablepane.h"

#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QTabBar;

namespace rowbook {

class DocumentController;
class RecordForm;
class TableActions;
class ViewActions;
class Workspace;

// The window's tab bar over DocumentController's tabs: File → New Tab and Close Tab, View →
// Next and Previous Tab, what each tab showed when it was left (filter row, search, sort,
// place), and the tabs of the last session, saved on close and opened again on the next launch.
class DocumentTabs : public QObject
{
    Q_OBJECT
public:
    // The window's parts a tab's view lives in.
    struct Parts
    {
        TablePane *pane = nullptr;
        RecordForm *form = nullptr;
        ViewActions *viewActions = nullptr;
        TableActions *tableActions = nullptr;
    };

    DocumentTabs(QMainWindow *window, DocumentController *document, const Parts &parts);

    // One tab per open document, hidden while there is one.
    QTabBar *bar() const { return m_bar; }
    // New Tab and Close Tab.
    void addFileActions(QMenu *file);
    // Next Tab and Previous Tab.
    void addViewActions(QMenu *view);
    void update();

    // Opens `table` of the current file in a new tab after the current one.
    void openInNewTab(const QString &table);
    // Shows the filter row, search, sort and place `workspace`'s tab had when it was left; its
    // tables are listed already.
    void showKept(Workspace *workspace);
    // The bar's texts and current tab, after tabs or their tables changed.
    void sync();

    // Remembers the open tabs, for restore() on the next launch.
    void save() const;
    // Opens the tabs the window had when it was last closed, after any open now; false when there
    // were none. Server tabs open once their server answered (asked on the thread pool); when
    // none of the tabs could be opened, nothingRestored() follows.
    bool restore();

Q_SIGNALS:
    // The tabs changed: the window updates its actions.
    void changed();
    // restore() began, but no tab's database could be opened (files gone, servers away).
    void nothingRestored();

private:
    // What a tab showed when it was left, to show it again when it comes back.
    struct View
    {
        FilterHeader::State filters;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        TablePane::Place place;
    };
    // restore(): the tabs of the last session still to open.
    struct Restoring
    {
        QStringList paths;
        QStringList tables;
        int current = 0; // the tab that was shown
        int next = 0;
        int waiting = -1; // the entry whose database is being opened (a file backed up first)
        int asking = -1;  // the entry whose server is asked on the thread pool
        int shown = -1;   // its tab now
        bool askedServer = false; // restore() returned before the last tab was opened
        // The user's own open came first: restoring goes on when it ends (holdWhileBusy), with
        // the server of entry `asking` (it answered) or the next entry.
        bool held = false;
    };

    void createBar();
    void onTabClicked(int index);
    void keepView();
    void step(int step);
    // True (and says so) while the shown tab's table change runs or waits.
    bool tableChangeRuns();
    void continueRestoring();
    void onRestoredFileOpened(bool opened);
    bool holdWhileBusy();
    void onOpeningEnded();
    void reachServer(int entry, const QString &uri);
    void onServerReached(int entry, const QString &uri, const QString &problem);

    QMainWindow *m_window;
    DocumentController *m_document;
    Parts m_parts;
    QTabBar *m_bar = nullptr;
    QAction *m_newTab = nullptr;
    QAction *m_closeTab = nullptr;
    QHash<const Workspace *, View> m_views;
    std::optional<Restoring> m_restoring;
};

} // namespace rowbook

#pragma once

#include "documentcontroller.h"
#include "tablepane.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QSplitter;
class QTabBar;
class QTableView;
class QUndoView;

namespace rowbook {

class DamagedFileBar;
class CellDock;
class EditActions;
class FileActions;
class FilterHeader;
class RecordForm;
class SaveStatus;
class StructureDock;
class TableActions;
class TableList;
class ViewActions;
class ConsoleActions;
class WindowQuestions;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file (created with Rowbook's schema when missing) and shows `table`,
    // or the table shown last time, or the first one.
    bool openDatabase(const QString &path, const QString &table = {})
    {
        return m_document->open(path, table);
    }
    // Opens another file once the current one's edits are saved (asks if they cannot be).
    void switchDatabase(const QString &path, const QString &table = {})
    {
        m_document->switchTo(path, table);
    }
    bool showTable(const QString &name);
    // Re-reads the table list and the shown table's columns, keeping the current row, column
    // and scroll position; shows `table` (empty: the first one).
    void reloadSchema(const QString &table);

    DocumentController *document() const { return m_document.get(); }
    // One tab per open document (DocumentController's tabs), hidden while there is one.
    QTabBar *tabBar() const { return m_tabBar; }
    // Opens `table` of the current file in a new tab after the current one.
    void openInNewTab(const QString &table);
    // Opens the tabs the window had when it was last closed, after the one open now (which
    // counts as the first of them when it is the same file and table); false when there were none.
    bool restoreTabs();
    Workspace *workspace() const { return m_document->workspace(); }
    QTableView *tableView() const { return m_view; }
    RecordForm *form() const { return m_form; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void connectDocument();
    void onWorkspaceChanged(Workspace *workspace);
    void onOpened(const QString &table);
    void refreshTables();
    // Re-reads the table list; without tables, shows `noneMessage` instead and returns false.
    bool listTables(const QString &noneMessage);
    void updateActions();
    void onCurrentRowChanged();
    void refresh();
    void createTabBar();
    void syncTabs();
    void onTabClicked(int index);
    void onTabActivated(Workspace *workspace);
    void keepTabView();
    void stepTab(int step);
    // True (and says so) while the shown tab's table change runs or waits.
    bool tableChangeRuns();
    void saveTabs();
    void continueRestoring();
    void onRestoredFileOpened(bool opened);
    void updateTitle();

    // What a tab showed when it was left, to show it again when it comes back.
    struct TabView
    {
        FilterHeader::State filters;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        TablePane::Place place;
    };

    std::unique_ptr<WindowQuestions> m_questions;
    std::unique_ptr<DocumentController> m_document; // destroyed (with the workspace) first
    TableList *m_tables;
    TablePane *m_pane;
    QTableView *m_view;
    FilterHeader *m_filterHeader;
    RecordForm *m_form;
    QSplitter *m_splitter;
    SaveStatus *m_saveStatus;
    DamagedFileBar *m_damagedBar = nullptr;
    QDockWidget *m_historyDock;
    QUndoView *m_historyView;
    CellDock *m_cellDock;
    StructureDock *m_structureDock;
    EditActions *m_editActions;
    FileActions *m_fileActions;
    TableActions *m_tableActions;
    ViewActions *m_viewActions;
    ConsoleActions *m_consoleActions;
    QAction *m_saveNow = nullptr;
    QAction *m_toggleForm = nullptr;
    QTabBar *m_tabBar = nullptr;
    QAction *m_newTab = nullptr;
    QAction *m_closeTab = nullptr;
    QHash<const Workspace *, TabView> m_tabViews;
    // restoreTabs(): the tabs of the last session still to open.
    struct Restoring
    {
        QStringList paths;
        QStringList tables;
        int current = 0; // the tab that was shown
        int next = 0;
        int waiting = -1; // the entry whose file is being backed up before it opens
        int shown = -1;   // its tab now
    };
    std::optional<Restoring> m_restoring;
    QList<QMetaObject::Connection> m_workspaceConnections; // to the current tab's workspace
};

} // namespace rowbook

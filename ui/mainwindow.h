#pragma once

#include "documentcontroller.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QSplitter;
class QTableView;
class QUndoView;

namespace rowbook {

class DamagedFileBar;
class IndexOfferBar;
class DocumentTabs;
class CellDock;
class EditActions;
class FileActions;
class RecordForm;
class SaveStatus;
class StructureDock;
class TableBrowser;
class TablePane;
class TableActions;
class TableList;
class ViewActions;
class ConsoleActions;
class WindowQuestions;
class Workspace;
class WorkspaceViews;

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
    // Shows table `name` of the current tab; false when there is none.
    bool showTable(const QString &name);
    // Re-reads the table list and the shown table's columns, keeping the user's place; shows
    // `table` (empty: the first one).
    void reloadSchema(const QString &table);

    DocumentController *document() const { return m_document.get(); }
    DocumentTabs *tabs() const { return m_tabs; }
    Workspace *workspace() const { return m_document->workspace(); }
    QTableView *tableView() const { return m_view; }
    RecordForm *form() const { return m_form; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void connectDocument();
    void onOpened(const QString &table);
    void updateActions();
    void onTabActivated(Workspace *workspace);
    void updateTitle();

    std::unique_ptr<WindowQuestions> m_questions;
    std::unique_ptr<DocumentController> m_document; // destroyed (with the workspace) first
    TableList *m_tables;
    TablePane *m_pane;
    QTableView *m_view;
    RecordForm *m_form;
    QSplitter *m_splitter;
    SaveStatus *m_saveStatus;
    DamagedFileBar *m_damagedBar = nullptr;
    IndexOfferBar *m_indexOffer = nullptr; // after a slow sort, above the grid
    WorkspaceViews *m_views = nullptr;     // follow the current tab's workspace
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
    DocumentTabs *m_tabs;
    TableBrowser *m_browser;
};

} // namespace rowbook

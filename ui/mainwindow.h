#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
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
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file (created with Rowbook's schema when missing) and shows `table`,
    // or the table shown last time, or the first one.
    bool openDatabase(const QString &path, const QString &table = {});
    // Opens another file once the current one's edits are saved (asks if they cannot be).
    void switchDatabase(const QString &path, const QString &table = {});
    // Opens the current file again (after a restore).
    void reopenDatabase();
    bool showTable(const QString &name);
    // Re-reads the table list and the shown table's columns, keeping the current row, column
    // and scroll position; shows `table` (empty: the first one).
    void reloadSchema(const QString &table);
    void refreshTables();

    Workspace *workspace() const { return m_workspace.get(); }
    QTableView *tableView() const { return m_view; }
    RecordForm *form() const { return m_form; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateActions();
    void updateRowsLabel();
    void onCurrentRowChanged();
    void refresh();
    void showAbout();
    void onSaveFinished();
    // True when the workspace has nothing left to save; otherwise starts saving (or asks the
    // user what to do when the lock stays held) and returns false.
    bool releaseWorkspace();

    std::unique_ptr<Workspace> m_workspace;
    TableList *m_tables;
    QStackedWidget *m_center;
    QLabel *m_message;
    QTableView *m_view;
    FilterHeader *m_filterHeader;
    QLineEdit *m_search;
    RecordForm *m_form;
    QSplitter *m_splitter;
    SaveStatus *m_saveStatus;
    QLabel *m_rowsLabel;
    QLabel *m_readOnlyLabel;
    DamagedFileBar *m_damagedBar = nullptr;
    QDockWidget *m_historyDock;
    QUndoView *m_historyView;
    CellDock *m_cellDock;
    StructureDock *m_structureDock;
    EditActions *m_editActions;
    FileActions *m_fileActions;
    TableActions *m_tableActions;
    QAction *m_saveNow = nullptr;
    QAction *m_toggleForm = nullptr;
    enum class After { Nothing, Close, Switch };
    After m_after = After::Nothing;
    QString m_switchPath;
    QString m_switchTable;
};

} // namespace rowbook

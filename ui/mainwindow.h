#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace rowbook {

class FilterHeader;
class RecordForm;
class SaveStatus;
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
    bool showTable(const QString &name);
    Workspace *workspace() const { return m_workspace.get(); }
    QTableView *tableView() const { return m_view; }
    RecordForm *form() const { return m_form; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateActions();
    void updateRowsLabel();
    void onCurrentRowChanged();
    void addRow();
    void duplicateRow();
    void deleteRows();
    void setSelectionNull();
    void refresh();
    void showAbout();
    void onSaveFinished();
    QList<int> selectedRows() const;

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
    QAction *m_addRow = nullptr;
    QAction *m_duplicateRow = nullptr;
    QAction *m_deleteRows = nullptr;
    QAction *m_setNull = nullptr;
    QAction *m_saveNow = nullptr;
    QAction *m_toggleForm = nullptr;
    bool m_closing = false;
};

} // namespace rowbook

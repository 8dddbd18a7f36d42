#pragma once

#include <QModelIndex>
#include <QObject>

class QAction;
class QMenu;
class QTableView;
class QToolBar;
class QWidget;

namespace rowbook {

class DocumentController;
class TableModel;
class Workspace;

// The Edit menu: undo/redo, rows (add, duplicate, delete, NULL) and the clipboard, acting on
// the table view and the workspace's model; what it has to say goes to the document's status.
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(QWidget *window, QTableView *view, DocumentController *document);

    void setWorkspace(Workspace *workspace);
    void addTo(QMenu *menu, QToolBar *toolBar);
    void update();

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addRowAction() const { return m_addRow; }

private:
    void addRow();
    // Escape in the editor Add Row opened, before anything else was done, takes the new row
    // back, as Undo would: a row the user did not mean to add is not saved empty.
    void takeBackOnEscape(const QModelIndex &index);
    void duplicateRow();
    void deleteRows();
    // Del: deletes the rows when whole rows are selected (row header), otherwise clears the cells.
    void clearOrDeleteRows();
    void setSelectionNull();
    void copySelection(bool withHeader);
    void paste();
    bool pasteFitsWindow(TableModel *model, const QModelIndex &at, int rows);
    QList<int> selectedRows() const;
    QString nullRefusalOfSelection() const;

    QWidget *m_window;
    QTableView *m_view;
    DocumentController *m_document;
    Workspace *m_workspace = nullptr;
    QList<QMetaObject::Connection> m_workspaceConnections; // to the current tab's undo history
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_addRow;
    QAction *m_duplicateRow;
    QAction *m_deleteRows;
    QAction *m_clearCells;
    QAction *m_setNull;
    QAction *m_copy;
    QAction *m_copyWithHeader;
    QAction *m_paste;
};

} // namespace rowbook

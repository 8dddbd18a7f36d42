#pragma once

#include <QList>
#include <QObject>

class QUndoView;

namespace rowbook {

class CellDock;
class EditActions;
class IndexOfferBar;
class RecordForm;
class SaveStatus;
class StructureDock;
class TableActions;
class TableList;
class TablePane;
class Workspace;

// The window's parts that show the current tab's workspace: the grid, the form, the docks, the
// save status, the undo history, the actions that edit and the index offer. attach() points
// them all at one workspace, detach() lets go of it before it goes away.
class WorkspaceViews : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        TablePane *pane = nullptr;
        RecordForm *form = nullptr;
        TableList *tables = nullptr; // row counts
        CellDock *cellDock = nullptr;
        StructureDock *structureDock = nullptr;
        SaveStatus *saveStatus = nullptr;
        QUndoView *history = nullptr;
        EditActions *editActions = nullptr;
        TableActions *tableActions = nullptr;
        IndexOfferBar *indexOffer = nullptr;
    };

    WorkspaceViews(QObject *parent, const Parts &parts);

    void attach(Workspace *workspace);
    void detach();
    // The form shows the grid's current row.
    void showCurrentRow();

Q_SIGNALS:
    // The current row moved, or the table turned read-only: what the actions allow may differ.
    void changed();

private:
    void onCurrentRowChanged();

    Parts m_parts;
    QList<QMetaObject::Connection> m_connections; // to the attached workspace
};

} // namespace rowbook

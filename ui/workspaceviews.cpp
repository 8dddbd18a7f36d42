#include "workspaceviews.h"

#include "autosaver.h"
#include "celldock.h"
#include "editactions.h"
#include "gridview.h"
#include "indexofferbar.h"
#include "recordform.h"
#include "rowcounter.h"
#include "savestatus.h"
#include "structuredock.h"
#include "tableactions.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "tablepane.h"
#include "undohistory.h"
#include "workspace.h"

#include <QItemSelectionModel>
#include <QUndoView>

namespace rowbook {

WorkspaceViews::WorkspaceViews(QObject *parent, const Parts &parts)
    : QObject(parent)
    , m_parts(parts)
{}

void WorkspaceViews::attach(Workspace *workspace)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection); // the previous tab's workspace may live on
    m_connections.clear();
    TableModel *model = workspace->model();
    GridView *view = m_parts.pane->view();
    QItemSelectionModel *oldSelection = view->selectionModel();
    m_parts.pane->setModel(model);
    if (oldSelection && oldSelection != view->selectionModel())
        oldSelection->deleteLater(); // QAbstractItemView leaves it to us
    m_parts.form->setModel(model);
    m_parts.cellDock->setView(view);
    m_parts.structureDock->setModel(model, workspace->info());
    m_parts.saveStatus->setSource(workspace->autoSaver(), workspace->edits());
    m_parts.history->setGroup(workspace->undo()->group());
    m_parts.editActions->setWorkspace(workspace);
    m_parts.tableActions->setWorkspace(workspace);
    m_parts.indexOffer->setWorkspace(workspace);
    m_connections << connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                             &WorkspaceViews::onCurrentRowChanged);
    m_connections << connect(model, &QAbstractItemModel::layoutChanged, this,
                             &WorkspaceViews::onCurrentRowChanged); // rows moved
    // A filter that matches nothing leaves no current row, and the view says nothing of it.
    m_connections << connect(model, &QAbstractItemModel::modelReset, this,
                             &WorkspaceViews::onCurrentRowChanged);
    m_connections << connect(model, &TableModel::readOnlyChanged, this, &WorkspaceViews::changed);
    m_connections << connect(workspace->counter(), &RowCounter::counted, m_parts.tables,
                             &TableList::setRowCount);
    // An index or trigger made by another program keeps the table's columns (no new table
    // generation): the structure is read again.
    m_connections << connect(workspace, &Workspace::changedElsewhere, m_parts.structureDock,
                             [dock = m_parts.structureDock](bool schemaChanged) {
                                 if (schemaChanged)
                                     dock->refresh();
                             });
}

void WorkspaceViews::detach()
{
    m_parts.pane->view()->setModel(nullptr);
    m_parts.form->setModel(nullptr);
    m_parts.editActions->setWorkspace(nullptr); // the workspace goes before the next one comes
    m_parts.tableActions->setWorkspace(nullptr);
    m_parts.indexOffer->setWorkspace(nullptr);
    m_parts.history->setGroup(nullptr);
    m_parts.saveStatus->setSource(nullptr, nullptr);
}

void WorkspaceViews::showCurrentRow()
{
    m_parts.form->setCurrentRow(m_parts.pane->view()->currentIndex().row());
}

void WorkspaceViews::onCurrentRowChanged()
{
    showCurrentRow();
    Q_EMIT changed();
}

} // namespace rowbook

#include "tablebrowser.h"

#include "documentcontroller.h"
#include "menupath.h"
#include "recordform.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "tablepane.h"
#include "viewactions.h"
#include "workspace.h"

#include <QMainWindow>

namespace rowbook {

TableBrowser::TableBrowser(QMainWindow *window, DocumentController *document, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_parts(parts)
{
    connect(document, &DocumentController::tablesChanged, this, &TableBrowser::onTablesChanged);
    connect(document, &DocumentController::tableRequested, this, &TableBrowser::showTable);
    connect(document, &DocumentController::schemaReloadRequested, this,
            &TableBrowser::reloadSchema);
    connect(parts.list, &TableList::tableSelected, this, &TableBrowser::showTable);
    connect(parts.pane, &TablePane::rowsCounted, parts.list, &TableList::setRowCount);
    connect(parts.viewActions, &ViewActions::refreshRequested, this, &TableBrowser::refresh);
}

void TableBrowser::showOpened(const QString &table)
{
    if (!listTables())
        return;
    if (!showTable(m_document->startTable(table))) {
        if (!table.isEmpty())
            m_document->showMessage(tr("There is no table named “%1”.").arg(table), 8000);
        showTable(m_document->workspace()->objects().first().name);
    }
}

void TableBrowser::refreshTables()
{
    const Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    m_parts.list->setObjects(m_document->listTables());
    if (workspace->model()->tableInfo().isValid())
        m_parts.list->select(workspace->model()->tableName());
}

bool TableBrowser::listTables()
{
    return listTables(
        tr("This database has no tables yet. Create one with %1 or import a CSV or "
           "JSON file with %2")
            .arg(menuPath({tr("Table"), tr("New Table…")}), menuPath({tr("File"), tr("Import…")})));
}

bool TableBrowser::listTables(const QString &noneMessage)
{
    refreshTables();
    m_saysNoTables = m_parts.list->topLevelItemCount() == 0;
    if (!m_saysNoTables)
        return true;
    m_parts.pane->showMessage(noneMessage);
    Q_EMIT changed();
    return false;
}

void TableBrowser::onTablesChanged()
{
    const Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    if (!m_saysNoTables)
        return refreshTables();
    // The first table made in a database that had none is shown in place of the message.
    if (listTables())
        showTable(workspace->objects().first().name);
}

void TableBrowser::reloadSchema(const QString &table)
{
    Workspace *workspace = m_document->workspace();
    TableModel *model = workspace->model();
    const QString shown = model->tableName();
    const TablePane::Place place = m_parts.pane->place();
    if (!listTables(tr("This database has no tables yet.")))
        return;
    const QString target = table.isEmpty() ? workspace->objects().first().name : table;
    if (target != shown) {
        showTable(target);
        return;
    }
    model->setTable(target); // re-reads the columns (showTable() returns early for the same name)
    m_parts.pane->resetColumns();
    m_parts.list->select(target);
    m_parts.pane->restore(place, TablePane::Scroll::Keep);
    Q_EMIT changed();
}

bool TableBrowser::showTable(const QString &name)
{
    const Workspace *workspace = m_document->workspace();
    if (!workspace || name.isEmpty())
        return false;
    if (workspace->model()->tableName() == name)
        return true;
    if (!m_document->setTable(name))
        return false;
    m_parts.list->select(name);
    m_parts.viewActions->clearSearch();
    m_parts.pane->showNewTable();
    if (workspace->model()->rowCount() == 0)
        m_parts.form->setCurrentRow(-1);
    m_parts.pane->updateRowsLabel();
    Q_EMIT changed();
    Q_EMIT tableShown();
    return true;
}

void TableBrowser::refresh()
{
    const Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    const TablePane::Place place = m_parts.pane->place();
    refreshTables();
    workspace->model()->refresh();
    m_parts.pane->restore(place, TablePane::Scroll::Leave);
}

} // namespace rowbook

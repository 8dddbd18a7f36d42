#include "editactions.h"

#include "cellclearing.h"
#include "clipboardformat.h"
#include "documentcontroller.h"
#include "gridview.h"
#include "menupath.h"
#include "shortcutsdialog.h"
#include "tablemodel.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <vector>

namespace rowbook {

EditActions::EditActions(QWidget *window, QTableView *view, DocumentController *document)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_document(document)
    , m_undo(new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this))
    , m_redo(new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this))
    , m_addRow(new QAction(QIcon(QStringLiteral(":/icons/add-row.svg")), tr("&Add Row"), this))
    , m_duplicateRow(new QAction(
          QIcon(QStringLiteral(":/icons/duplicate-row.svg")), tr("Duplicate Ro&w"), this))
    , m_deleteRows(
          new QAction(QIcon(QStringLiteral(":/icons/delete-row.svg")), tr("&Delete Rows"), this))
    , m_clearCells(new QAction(tr("C&lear Cells"), this))
    , m_setNull(new QAction(tr("Set to &NULL"), this))
    , m_copy(new QAction(tr("&Copy"), this))
    , m_copyWithHeader(new QAction(tr("Copy with &Header"), this))
    , m_paste(new QAction(tr("&Paste"), this))
{
    m_undo->setShortcut(QKeySequence::Undo);
    // Listed as Undo and Redo, not as what they would undo or redo now.
    m_undo->setProperty(ShortcutsDialog::nameProperty, m_undo->text());
    m_redo->setProperty(ShortcutsDialog::nameProperty, m_redo->text());
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &extra :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redo.contains(extra))
            redo << extra; // both conventions work on every platform
    }
    m_redo->setShortcuts(redo);
    m_addRow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicateRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteRows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_clearCells->setShortcut(QKeySequence::Delete);
    m_clearCells->setToolTip(
        tr("Clears the selected cells; deletes the rows when whole rows are selected."));
    m_setNull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copyWithHeader->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_paste->setShortcut(QKeySequence::Paste);
    // In the grid only: an open cell editor or the form keep their own Delete, Ctrl+C, Ctrl+V.
    for (QAction *action :
         {m_deleteRows, m_clearCells, m_setNull, m_copy, m_copyWithHeader, m_paste}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    m_view->addAction(m_duplicateRow);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->undo()->group()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->undo()->group()->redo();
    });
    connect(m_addRow, &QAction::triggered, this, &EditActions::addRow);
    connect(m_duplicateRow, &QAction::triggered, this, &EditActions::duplicateRow);
    connect(m_deleteRows, &QAction::triggered, this, &EditActions::deleteRows);
    connect(m_clearCells, &QAction::triggered, this, &EditActions::clearOrDeleteRows);
    connect(m_setNull, &QAction::triggered, this, &EditActions::setSelectionNull);
    connect(m_copy, &QAction::triggered, this, [this] { copySelection(false); });
    connect(m_copyWithHeader, &QAction::triggered, this, [this] { copySelection(true); });
    connect(m_paste, &QAction::triggered, this, &EditActions::paste);
}

void EditActions::addTo(QMenu *menu, QToolBar *toolBar)
{
    menu->addActions({m_undo, m_redo});
    menu->addSeparator();
    menu->addActions({m_copy, m_copyWithHeader, m_paste});
    menu->addSeparator();
    menu->addActions({m_addRow, m_duplicateRow, m_deleteRows, m_clearCells, m_setNull});
    toolBar->addActions({m_addRow, m_duplicateRow, m_deleteRows});
}

void EditActions::setWorkspace(Workspace *workspace)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_workspaceConnections))
        disconnect(connection); // the previous tab's workspace may live on
    m_workspaceConnections.clear();
    m_workspace = workspace;
    if (!workspace)
        return;
    QUndoGroup *group = workspace->undo()->group();
    const auto undoText = [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(literalMenuText(text)));
    };
    const auto redoText = [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(literalMenuText(text)));
    };
    undoText(group->undoText());
    redoText(group->redoText());
    m_workspaceConnections << connect(group, &QUndoGroup::canUndoChanged, m_undo,
                                      &QAction::setEnabled)
                           << connect(group, &QUndoGroup::canRedoChanged, m_redo,
                                      &QAction::setEnabled)
                           << connect(group, &QUndoGroup::undoTextChanged, m_undo, undoText)
                           << connect(group, &QUndoGroup::redoTextChanged, m_redo, redoText);
    m_workspaceConnections << connect(
        workspace->undo(), &UndoHistory::cleared, this,
        [this](const QString &table, const QString &reason) {
            m_document->showMessage(tr("Undo history of “%1” cleared: %2").arg(table, reason),
                                    10000);
        });
    update();
}

void EditActions::update()
{
    TableModel *model = m_workspace ? m_workspace->model() : nullptr;
    const bool editable = model && model->tableInfo().isValid() && !model->isReadOnly();
    const bool hasRow = model && m_view->currentIndex().isValid();
    m_addRow->setEnabled(editable);
    m_duplicateRow->setEnabled(editable && hasRow);
    m_deleteRows->setEnabled(editable && hasRow);
    const QString nullRefusal = hasRow ? nullRefusalOfSelection() : QString();
    m_setNull->setEnabled(editable && hasRow && nullRefusal.isEmpty());
    m_setNull->setToolTip(nullRefusal.isEmpty() ? tr("Set the selected cells to NULL (no value).")
                                                : nullRefusal);
    m_clearCells->setEnabled(editable && hasRow);
    m_copy->setEnabled(hasRow);
    m_copyWithHeader->setEnabled(hasRow);
    m_paste->setEnabled(editable);
    QUndoGroup *group = m_workspace ? m_workspace->undo()->group() : nullptr;
    m_undo->setEnabled(group && group->canUndo());
    m_redo->setEnabled(group && group->canRedo());
}

QList<int> EditActions::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    return rows;
}

void EditActions::addRow()
{
    TableModel *model = m_workspace->model();
    const int row = model->addRow();
    if (row < 0)
        return;
    const int column = model->tableInfo().isNumberedKey(0) && model->columnCount() > 1 ? 1 : 0;
    const QModelIndex index = model->index(row, column);
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    takeBackOnEscape(index);
}

void EditActions::takeBackOnEscape(const QModelIndex &index)
{
    // The editor may open in the grid or, for a frozen column, in the view that draws those;
    // none opens on a column that cannot be typed into (a check box).
    QPointer<QWidget> editor = m_view->indexWidget(index);
    QList<QAbstractItemDelegate *> delegates{m_view->itemDelegate()};
    if (const auto *grid = qobject_cast<GridView *>(m_view)) {
        delegates << grid->frozenView()->itemDelegate();
        if (!editor)
            editor = grid->frozenView()->indexWidget(index);
    }
    if (!editor)
        return;
    const QPointer<QUndoStack> stack
        = m_workspace->undo()->stack(m_workspace->model()->tableInfo().name);
    const int added = stack->index(); // just after the new row's step; nothing done since
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto disconnectAll = [connections] {
        for (const QMetaObject::Connection &connection : std::as_const(*connections))
            disconnect(connection);
    };
    // Only this editor's closing counts; one that goes without a word (a model reset) ends it.
    *connections << connect(editor, &QObject::destroyed, this, disconnectAll);
    for (QAbstractItemDelegate *delegate : delegates) {
        *connections << connect(delegate, &QAbstractItemDelegate::closeEditor, this,
                                [disconnectAll, editor, stack,
                                 added](QWidget *closed, QAbstractItemDelegate::EndEditHint hint) {
                                    if (closed != editor)
                                        return;
                                    disconnectAll();
                                    if (hint == QAbstractItemDelegate::RevertModelCache && stack
                                        && stack->index() == added && stack->count() == added)
                                        stack->undo();
                                });
    }
}

void EditActions::duplicateRow()
{
    TableModel *model = m_workspace->model();
    const int column = std::max(0, m_view->currentIndex().column());
    const int row = model->duplicateRow(m_view->currentIndex().row());
    if (row >= 0) {
        m_view->scrollTo(model->index(row, column));
        m_view->setCurrentIndex(model->index(row, column));
    }
}

void EditActions::deleteRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    TableModel *model = m_workspace->model();
    // ON DELETE CASCADE and SET NULL change other rows with these, and undo puts back only
    // these: asked about even for one row.
    QStringList changed;
    for (const ForeignKeyConstraint &key : model->referringKeys()) {
        const QString table = QStringLiteral("“%1”").arg(key.table);
        if (key.changesChildren() && !changed.contains(table))
            changed << table;
    }
    const QString others = QLocale().createSeparatedList(changed);
    const int count = int(rows.size());
    const QString question
        = changed.isEmpty()
              ? tr("Delete %Ln row(s) from “%1”? You can undo this.", nullptr, count)
                    .arg(model->tableName())
              : tr("Delete %Ln row(s) from “%1”? The database deletes or changes the rows of %2 "
                   "that refer to what you delete, and Undo does not bring those back.",
                   nullptr, count)
                    .arg(model->tableName(), others);
    if ((count > 1 || !changed.isEmpty())
        && QMessageBox::question(m_window, tr("Delete Rows"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    const qint64 before = model->totalRows(); // the table's, not the grid's window of rows
    const int first = *std::min_element(rows.cbegin(), rows.cend());
    const int column = std::max(0, m_view->currentIndex().column());
    model->removeRowList(rows);
    // The row that took the first deleted one's place is the current one, as in a spreadsheet.
    if (model->rowCount() > 0 && before != model->totalRows())
        m_view->setCurrentIndex(model->index(std::min(first, model->rowCount() - 1), column));
    // A row header's selection and Delete take whole rows at once, unasked for one row: say
    // so, and how to have it back.
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    if (const int removed = int(before - model->totalRows()); removed > 0)
        m_document->showMessage(
            changed.isEmpty()
                ? tr("Deleted %Ln row(s). Undo (%1) takes this back.", nullptr, removed).arg(undo)
                : tr("Deleted %Ln row(s). Undo (%1) takes back only that, not what it did to "
                     "%2.",
                     nullptr, removed)
                      .arg(undo, others),
            8000);
}

QString EditActions::nullRefusalOfSelection() const
{
    const TableInfo &info = m_workspace->model()->tableInfo();
    QList<int> columns{m_view->currentIndex().column()};
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        for (int c = range.left(); c <= range.right(); ++c)
            columns << c;
    }
    for (int c : std::as_const(columns)) {
        const QString refusal
            = c >= 0 && c < info.columns.size()
                  ? ColumnValues::nullRefusal(info.columns[c], c == info.keyColumn)
                  : QString();
        if (!refusal.isEmpty())
            return refusal;
    }
    return {};
}

void EditActions::clearOrDeleteRows()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection->selectedRows().isEmpty()) {
        deleteRows();
        return;
    }
    QModelIndexList cells = selection->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    const CellClearing::Result result = CellClearing::clear(m_workspace->model(), cells);
    QStringList said;
    if (!result.skippedColumns.isEmpty())
        said << tr("Kept the values of %Ln required column(s) with no plain default: %1.", nullptr,
                   int(result.skippedColumns.size()))
                    .arg(result.skippedColumns.join(QLatin1String(", ")));
    if (!result.refusedColumns.isEmpty())
        said << tr("Kept the values of %Ln column(s) whose cells could not be cleared: %1.",
                   nullptr, int(result.refusedColumns.size()))
                    .arg(result.refusedColumns.join(QLatin1String(", ")));
    if (!said.isEmpty())
        m_document->showMessage(said.join(QLatin1Char(' ')), 8000);
}

void EditActions::setSelectionNull()
{
    update(); // the selection may have grown since
    if (!m_setNull->isEnabled()) {
        m_document->showMessage(m_setNull->toolTip(), 8000);
        return;
    }
    TableModel *model = m_workspace->model();
    const QModelIndexList selection = m_view->selectionModel()->selectedIndexes();
    if (!model->readableForEdit(selection))
        return; // all or nothing: the status bar says why
    QUndoStack *stack = m_workspace->undo()->stack(model->tableName());
    stack->beginMacro(tr("Set to NULL"));
    for (const QModelIndex &index : selection)
        model->setData(index, QVariant(), Qt::EditRole);
    stack->endMacro();
}

void EditActions::copySelection(bool withHeader)
{
    QModelIndexList selection = m_view->selectionModel()->selectedIndexes();
    if (selection.isEmpty() && m_view->currentIndex().isValid())
        selection << m_view->currentIndex();
    // In table (logical) order, whatever order the columns were dragged into; hidden columns
    // inside a selected range are left out.
    selection.removeIf(
        [this](const QModelIndex &index) { return m_view->isColumnHidden(index.column()); });
    const TableModel &model = *m_workspace->model();
    auto mime = std::make_unique<QMimeData>();
    mime->setText(
        ClipboardFormat::copy(model, selection, ClipboardFormat::Format::Tsv, withHeader));
    mime->setData(
        QStringLiteral("text/csv"),
        ClipboardFormat::copy(model, selection, ClipboardFormat::Format::Csv, withHeader).toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime.release()); // the clipboard takes ownership
}

// The model shows a window of a big table (TableModel::rowCount() is less than totalRows()): a
// paste is planned in its rows, so the window first moves to start at the current row, and a
// block longer than the window is refused rather than taken for rows past the table's end.
bool EditActions::pasteFitsWindow(TableModel *model, const QModelIndex &at, int rows)
{
    if (!model->isWindowed() || at.row() + rows <= model->rowCount())
        return true;
    model->moveWindow(model->position(at.row()));
    const int row = m_view->currentIndex().row();
    const bool reachesEnd = model->windowStart() + model->rowCount() >= model->totalRows();
    if (row >= 0 && (row + rows <= model->rowCount() || reachesEnd))
        return true;
    m_document->showMessage(tr("Nothing was pasted: %Ln rows are more than the grid edits at a "
                               "time here. Paste them in parts, or import them as a file.",
                               nullptr, rows),
                            8000);
    return false;
}

void EditActions::paste()
{
    TableModel *model = m_workspace->model();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const ClipboardFormat::Block block
        = mime->hasText()
              ? ClipboardFormat::parse(mime->text())
              : ClipboardFormat::parse(QString::fromUtf8(mime->data(QStringLiteral("text/csv"))),
                                       ClipboardFormat::Format::Csv);
    QModelIndex at = m_view->currentIndex();
    if (at.isValid() && !pasteFitsWindow(model, at, int(block.size())))
        return;
    at = m_view->currentIndex(); // the window may have moved
    const ClipboardFormat::PastePlan plan = ClipboardFormat::plan(
        *model, at.isValid() ? at.row() : model->rowCount(), at.isValid() ? at.column() : 0, block);
    if (!plan.problem.isEmpty()) {
        m_document->showMessage(plan.problem, 8000);
        return;
    }
    if (!plan.errors.isEmpty()) {
        QStringList lines;
        for (const auto &error : plan.errors.mid(0, 12))
            lines << tr("Row %1, %2: %3")
                         .arg(model->position(error.row) + 1)
                         .arg(model->headerData(error.column, Qt::Horizontal, Qt::DisplayRole)
                                  .toString(),
                              error.message);
        QMessageBox box(QMessageBox::Warning, tr("Paste"),
                        tr("Nothing was pasted: %Ln cell(s) cannot be stored as pasted.", nullptr,
                           int(plan.errors.size())),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("pasteErrors"));
        box.setInformativeText(lines.join(QLatin1Char('\n')));
        box.exec();
        const auto &first = plan.errors.first();
        if (first.row < model->rowCount())
            m_view->setCurrentIndex(model->index(first.row, first.column));
        return;
    }
    if (plan.rowsToAppend > 0
        && QMessageBox::question(m_window, tr("Paste"),
                                 tr("The pasted cells reach past the last row. Add %Ln row(s)?",
                                    nullptr, int(plan.rowsToAppend)))
               != QMessageBox::Yes)
        return;
    QModelIndexList cells;
    for (const auto &cell : plan.cells) {
        if (cell.row < model->rowCount())
            cells << model->index(cell.row, cell.column);
    }
    if (!model->readableForEdit(cells))
        return; // all or nothing: the status bar says why
    // Positions in the whole table: adding rows to a full window of a big table moves the
    // window (TableModel::appendRow()), and with it the rows the plan counted in.
    std::vector<int> positions;
    positions.reserve(plan.cells.size());
    for (const auto &cell : plan.cells)
        positions.push_back(model->position(cell.row));
    QUndoStack *stack = m_workspace->undo()->stack(model->tableName());
    stack->beginMacro(tr("Paste %Ln cell(s)", nullptr, int(plan.cells.size())));
    for (int i = 0; i < plan.rowsToAppend; ++i)
        model->addRow();
    for (qsizetype i = 0; i < plan.cells.size(); ++i) {
        const int row = model->showPosition(positions[std::size_t(i)]);
        model->setData(model->index(row, plan.cells[i].column), plan.cells[i].value, Qt::EditRole);
    }
    stack->endMacro();
    if (plan.clippedColumns > 0)
        m_document->showMessage(
            tr("Left out %Ln column(s) past the last one.", nullptr, int(plan.clippedColumns)),
            8000);
}

} // namespace rowbook

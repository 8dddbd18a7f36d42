#include "gridview.h"

#include "celldelegate.h"
#include "filterheader.h"
#include "tablemodel.h"
#include "theme.h"
#include "windowscroller.h"

#include <QApplication>
#include <QFocusEvent>
#include <QHeaderView>
#include <QPainter>
#include <QPointer>
#include <QScopedValueRollback>
#include <QScrollBar>

namespace rowbook {
namespace {

// The frozen columns' header: as tall as the grid's, with the filter row below the names.
class FrozenHeader : public QHeaderView
{
public:
    FrozenHeader(FilterHeader *grid, QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
        , m_grid(grid)
    {
        setSectionsClickable(true);
        setSortIndicatorShown(true);
        setHighlightSections(true);
        setDefaultAlignment(grid->defaultAlignment());
    }
    QSize sizeHint() const override
    {
        const QSize own = QHeaderView::sizeHint();
        return m_grid ? QSize(own.width(), m_grid->sizeHint().height()) : own;
    }

protected:
    void updateGeometries() override
    {
        if (m_grid) // gone first while the window closes
            setViewportMargins(0, 0, 0, m_grid->filterRowHeight());
        QHeaderView::updateGeometries();
    }

private:
    QPointer<FilterHeader> m_grid;
};

} // namespace

// The grid's row numbers. QHeaderView::sizeHint() measures the labels of the first and last
// hundred rows, and measures them again after every change of the model's layout: each time the
// table model's window of rows moves (Ctrl+End on a big table laid out 200 labels, a quarter of
// the key's time). The labels are numbers that grow downwards, or "*" for a new row at the end:
// the first and the last number give the width.
class RowNumberHeader : public QHeaderView
{
public:
    explicit RowNumberHeader(QWidget *parent)
        : QHeaderView(Qt::Vertical, parent)
    {
        setSectionsClickable(true); // as QTableView's own: a click selects the row
        setHighlightSections(true);
    }
    QSize sizeHint() const override
    {
        const int sections = count();
        if (sections == 0 || hiddenSectionCount() > 0 || !model())
            return QHeaderView::sizeHint();
        int last = sections - 1;
        const int newRowsLooked = std::max(0, sections - maxNewRows);
        while (last > newRowsLooked && !isNumber(last))
            --last;
        if (!isNumber(last))
            return QHeaderView::sizeHint();
        return sectionSizeFromContents(0).expandedTo(sectionSizeFromContents(last));
    }

private:
    bool isNumber(int section) const
    {
        bool number = false;
        model()->headerData(section, orientation()).toString().toLongLong(&number);
        return number;
    }
    static constexpr int maxNewRows = 100; // beyond that, QHeaderView's own measure
};

// The view over the grid's left edge. It never keeps the focus: the grid does, so the keyboard
// moves through all columns as one grid.
class FrozenView : public QTableView
{
public:
    explicit FrozenView(GridView *grid)
        : QTableView(grid)
        , m_grid(grid)
    {
        setObjectName(QStringLiteral("frozenView"));
        setFocusPolicy(Qt::NoFocus);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollMode(ScrollPerPixel);
        verticalHeader()->hide();
        setWordWrap(false); // as the grid (see GridView::GridView)
        setItemDelegate(new CellDelegate(this));
        setContextMenuPolicy(Qt::NoContextMenu);
        hide();
    }
    bool editFromGrid(const QModelIndex &index, EditTrigger trigger, QEvent *event)
    {
        return edit(index, trigger, event);
    }

protected:
    // A double click or a key on a frozen cell that cannot be edited says why, as in the grid.
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override
    {
        const bool edited = QTableView::edit(index, trigger, event);
        if (!edited)
            m_grid->explainRefusedEdit(index, trigger);
        return edited;
    }
    // Tab moves through the grid's columns, not only the frozen ones.
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        const bool next = hint == QAbstractItemDelegate::EditNextItem;
        const bool previous = hint == QAbstractItemDelegate::EditPreviousItem;
        QTableView::closeEditor(editor, next || previous ? QAbstractItemDelegate::NoHint : hint);
        if (next || previous)
            m_grid->editNext(next);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_grid->setFocus(Qt::MouseFocusReason); // a click here is a click in the grid
        QTableView::mousePressEvent(event);
    }
    void focusInEvent(QFocusEvent *event) override
    {
        QTableView::focusInEvent(event);
        m_grid->setFocus(event->reason()); // an editor closed here: back to the grid
    }
    void paintEvent(QPaintEvent *event) override
    {
        {
            const TableModel::Painting painting(qobject_cast<const TableModel *>(model()));
            QTableView::paintEvent(event);
        }
        QPainter painter(viewport());
        // The edge of the frozen columns, visible on the cells in light and dark alike.
        painter.setPen(QPen(Theme::text(Theme::Tone::Muted, palette()), 2));
        painter.drawLine(viewport()->width() - 1, 0, viewport()->width() - 1, height());
    }

private:
    GridView *m_grid;
};

GridView::GridView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new FrozenView(this))
    , m_scroller(new WindowScroller(this))
{
    setVerticalHeader(new RowNumberHeader(this));
    setHorizontalScrollMode(ScrollPerPixel); // frozen columns cover pixels, not whole columns
    // A row is one line high: a long value is elided where the cell ends, not at the word before,
    // and CellDelegate paints it from its cached layout instead of leaving it to the style.
    setWordWrap(false);
    viewport()->stackUnder(m_frozen);
    // Up and down together. Only the grid leads unless the frozen view is shown and scrolled
    // itself (the wheel over it): a hidden frozen view keeps a stale range, and its clamped
    // value fed back would pull the grid away from the end (Ctrl+End stopped near row 285).
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, this, [this](int value) {
        if (!m_frozen)
            return;
        const QScopedValueRollback<bool> following(m_followingGrid, true);
        m_frozen->verticalScrollBar()->setValue(value);
    });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, this, [this](int value) {
        if (!m_followingGrid && m_frozen->isVisible())
            verticalScrollBar()->setValue(value);
    });
    // A row made taller or shorter by dragging the grid's row header: the same in the frozen view.
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this](int row, int, int size) {
        if (m_frozen)
            m_frozen->setRowHeight(row, size);
    });
}

// The frozen view goes first: its header holds the frozen columns' filter fields and asks the
// grid's FilterHeader for sizes, which QWidget's destructor might delete before it.
GridView::~GridView()
{
    if (auto *table = qobject_cast<TableModel *>(model()))
        table->forgetRowsShown(this);
    if (m_filterHeader)
        m_filterHeader->releaseOverlay();
    delete m_frozen;
    m_frozen = nullptr;
}

void GridView::setFilterHeader(FilterHeader *header)
{
    m_filterHeader = header;
    setHorizontalHeader(header);
    auto *frozenHeader = new FrozenHeader(header, m_frozen);
    m_frozen->setHorizontalHeader(frozenHeader);
    m_frozen->raise(); // over the grid's header too, which came after it
    // A click on a frozen column's name sorts like one on the grid's (through the sort indicator,
    // below) instead of selecting the column; the frozen view never sorts by itself.
    m_frozen->setSortingEnabled(true);
    disconnect(frozenHeader, &QHeaderView::sortIndicatorChanged, m_frozen,
               &QTableView::sortByColumn);
    // After the header's own connection, which scrolls its sections (setHorizontalHeader()).
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, header,
            &FilterHeader::positionEditors);
    connect(header, &QHeaderView::sectionResized, this, &GridView::syncFrozen);
    connect(header, &QHeaderView::sectionMoved, this, &GridView::syncFrozen);
    connect(header, &QHeaderView::sectionCountChanged, this, &GridView::syncFrozen);
    connect(frozenHeader, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        // Only the user's drag on the frozen header: syncFrozen() itself shows sections there,
        // which reports their old hidden size and would overwrite the grid's width.
        if (!m_syncing && size > 0 && isFrozen(logical))
            setColumnWidth(logical, size);
    });
    // One sort order for both headers: a click on either sorts the grid.
    connect(header, &QHeaderView::sortIndicatorChanged, frozenHeader,
            &QHeaderView::setSortIndicator);
    connect(frozenHeader, &QHeaderView::sortIndicatorChanged, header,
            &QHeaderView::setSortIndicator);
}

void GridView::setModel(QAbstractItemModel *model)
{
    if (auto *before = qobject_cast<TableModel *>(this->model()))
        before->forgetRowsShown(this);
    QTableView::setModel(model);
    auto *table = qobject_cast<TableModel *>(model);
    m_scroller->setModel(table);
    for (const QMetaObject::Connection &connection : std::as_const(m_tableConnections))
        disconnect(connection);
    m_tableConnections.clear();
    if (table) {
        // The edited row may leave the window: what was typed is written first.
        m_tableConnections << connect(table, &TableModel::windowAboutToMove, this,
                                      &GridView::commitOpenEditor);
        // A new row being edited is saved: its open editors go on under the saved key.
        m_tableConnections << connect(table, &TableModel::rowKeyChanged, this,
                                      [this](qint64 oldKey, qint64 newKey) {
                                          CellDelegate::rekeyEditors(this, oldKey, newKey);
                                      });
    }
    attachFrozen(false);           // and again in syncFrozen() if columns are frozen
    disconnect(m_resetConnection); // the previous model may live on in another tab
    if (model)
        m_resetConnection
            = connect(model, &QAbstractItemModel::modelReset, this, &GridView::syncFrozen);
    syncFrozen();
}

void GridView::attachFrozen(bool attach)
{
    QAbstractItemModel *model = attach ? this->model() : nullptr;
    if (m_frozen->model() == model)
        return;
    m_frozen->setModel(model);
    if (model && selectionModel() && selectionModel()->model() == model)
        m_frozen->setSelectionModel(selectionModel()); // one selection, one current cell
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setEditTriggers(editTriggers());
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    syncRowHeights();
}

void GridView::setFrozenCount(int count)
{
    count = std::max(0, count);
    if (count == m_frozenCount)
        return;
    m_frozenCount = count;
    syncFrozen();
    if (count > 0 && currentIndex().isValid())
        scrollTo(currentIndex());
    Q_EMIT frozenCountChanged(count);
}

bool GridView::isFrozen(int logicalColumn) const
{
    return logicalColumn >= 0 && horizontalHeader()->visualIndex(logicalColumn) >= 0
           && horizontalHeader()->visualIndex(logicalColumn) < m_frozenCount;
}

QTableView *GridView::frozenView() const
{
    return m_frozen;
}

int GridView::frozenWidth() const
{
    return leadingWidth(m_frozenCount);
}

int GridView::leadingWidth(int count) const
{
    int width = 0;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < std::min(count, header->count()); ++visual)
        width += header->sectionSize(header->logicalIndex(visual)); // 0 when hidden
    return width;
}

// The frozen view shows the grid's first columns in the grid's order and widths, nothing else.
void GridView::syncFrozen()
{
    if (!m_frozen)
        return; // the grid is being destroyed
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    QHeaderView *grid = horizontalHeader();
    QHeaderView *own = m_frozen->horizontalHeader();
    const int columns = model() ? model()->columnCount() : 0;
    attachFrozen(m_frozenCount > 0 && columns > 0);
    if (m_frozenCount == 0 || columns == 0 || own->count() != columns) {
        m_frozen->hide();
        if (m_filterHeader)
            m_filterHeader->setOverlay(nullptr, {});
        return;
    }
    QList<int> frozen;
    for (int visual = 0; visual < std::min(m_frozenCount, columns); ++visual) {
        const int logical = grid->logicalIndex(visual);
        own->moveSection(own->visualIndex(logical), visual);
        frozen << logical;
    }
    for (int logical = 0; logical < columns; ++logical) {
        const bool shown = frozen.contains(logical) && !grid->isSectionHidden(logical);
        own->setSectionHidden(logical, !shown);
        if (shown)
            own->resizeSection(logical, grid->sectionSize(logical));
    }
    if (m_filterHeader)
        m_filterHeader->setOverlay(own, frozen);
    m_frozen->show();
    placeFrozen();
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value()); // the grid's rows
}

void GridView::placeFrozen()
{
    if (!m_frozen || m_frozen->isHidden())
        return;
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), frozenWidth(),
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
}

// Rows not in memory are read on the model's RowFetcher while the grid paints (blank until they
// arrive), not here: painting never waits on the disk or the server.
void GridView::paintEvent(QPaintEvent *event)
{
    auto *table = qobject_cast<TableModel *>(model());
    const TableModel::Painting painting(table);
    QTableView::paintEvent(event);
    if (table) {
        const int last = rowAt(viewport()->height() - 1);
        table->setRowsShown(this, rowAt(0), last < 0 ? table->rowCount() - 1 : last);
    }
}

void GridView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozen();
    m_scroller->place();
}

void GridView::updateGeometries()
{
    QTableView::updateGeometries();
    syncRowHeights(); // a style or font change gives the grid another default row height
    placeFrozen();
    m_scroller->place();
}

void GridView::syncRowHeights()
{
    if (!m_frozen)
        return;
    const int height = verticalHeader()->defaultSectionSize();
    if (m_frozen->verticalHeader()->defaultSectionSize() != height)
        m_frozen->verticalHeader()->setDefaultSectionSize(height);
}

void GridView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (m_frozenCount == 0 || !index.isValid()) {
        QTableView::scrollTo(index, hint);
        return;
    }
    const int sideways = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    if (isFrozen(index.column())) {
        horizontalScrollBar()->setValue(sideways); // always in sight: only scroll up or down
        return;
    }
    const int covered = frozenWidth() - columnViewportPosition(index.column());
    if (covered > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - covered);
}

void GridView::editNext(bool forward)
{
    setFocus();
    const QModelIndex index = moveCursor(forward ? MoveNext : MovePrevious, Qt::NoModifier);
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (index.flags() & Qt::ItemIsEditable)
        QAbstractItemView::edit(index); // the frozen view edits it when it is frozen
}

void GridView::commitOpenEditor()
{
    // The editor itself, not a widget inside it: the widget on the view's viewport.
    const auto openEditor = [](const QTableView *view) {
        QWidget *editor = QApplication::focusWidget();
        while (editor && editor->parentWidget() != view->viewport())
            editor = editor->parentWidget();
        return editor;
    };
    if (!m_frozen)
        return; // the grid is being destroyed
    // A frozen cell's editor is in the frozen view.
    for (const QTableView *view :
         {static_cast<const QTableView *>(this), static_cast<const QTableView *>(m_frozen)}) {
        QWidget *editor = openEditor(view);
        if (!editor || !view->isVisible())
            continue;
        if (auto *delegate = qobject_cast<CellDelegate *>(view->itemDelegate()))
            delegate->commitKeepingOpen(editor);
        else if (view == this)
            commitData(editor); // another delegate: as the view commits it
        return;
    }
}

QModelIndex GridView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Ctrl+Home and Ctrl+End: the first and last rows of the whole table, which may be outside
    // the window of it the model shows (WindowScroller).
    const bool control = modifiers & Qt::ControlModifier;
    if (control && (action == MoveHome || action == MoveEnd)) {
        const QModelIndex target = QTableView::moveCursor(action, modifiers);
        if (!target.isValid())
            return target;
        return model()->index(m_scroller->jumpToEnd(action == MoveEnd), target.column());
    }
    m_scroller->beforeStep(); // the window may move first
    return QTableView::moveCursor(action, modifiers);
}

void GridView::keyboardSearch(const QString &search)
{
    Q_UNUSED(search)
}

bool GridView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (m_frozenCount > 0 && index.isValid() && isFrozen(index.column()) && m_frozen
        && m_frozen->isVisible())
        return m_frozen->editFromGrid(index, trigger, event); // which explains a refusal
    const bool edited = QTableView::edit(index, trigger, event);
    if (!edited)
        explainRefusedEdit(index, trigger);
    return edited;
}

void GridView::explainRefusedEdit(const QModelIndex &index, EditTrigger trigger)
{
    // Not edit(index) from code (AllEditTriggers), nor Ctrl+Space and the like.
    const bool asked
        = (trigger == DoubleClicked || trigger == EditKeyPressed || trigger == AnyKeyPressed)
          && (editTriggers() & trigger)
          && !(QGuiApplication::keyboardModifiers()
               & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!asked || !index.isValid() || (index.flags() & Qt::ItemIsEditable))
        return;
    const QString why = index.data(Qt::ToolTipRole).toString();
    if (!why.isEmpty())
        Q_EMIT editRefused(why);
}

} // namespace rowbook

#include "tablepane.h"

#include "celldelegate.h"
#include "filterheader.h"
#include "gridlayout.h"
#include "plurals.h"
#include "tablemodel.h"
#include "theme.h"
#include "themecontroller.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace rowbook {

TablePane::TablePane(QWidget *parent)
    : QStackedWidget(parent)
    , m_view(new GridView)
    , m_filterHeader(new FilterHeader)
    , m_message(new QLabel)
    , m_rowsLabel(new QLabel)
    , m_readOnlyLabel(new QLabel)
{
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setFilterHeader(m_filterHeader);
    m_layout = new GridLayout(m_view);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    addWidget(m_view);
    addWidget(m_message);
    m_message->setObjectName(QStringLiteral("paneMessage"));
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    Themed::setTextTone(m_readOnlyLabel, Theme::Tone::Error);
    m_readOnlyLabel->hide();
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &TablePane::updateRowsLabel);
    m_view->viewport()->installEventFilter(this);
}

bool TablePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<const QResizeEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        const QRect row = current.isValid() ? m_view->visualRect(current) : QRect();
        const int before = resize->oldSize().height();
        const int now = resize->size().height();
        // Later: the view lays itself out for the new size first.
        QTimer::singleShot(
            0, this, [this, current = QPersistentModelIndex(current), row, before, now] {
                if (current.isValid() && current == m_view->currentIndex() && now < before
                    && row.top() >= 0 && row.bottom() < before && row.bottom() >= now)
                    m_view->scrollTo(current);
                updateRowsLabel();
            });
    }
    return QStackedWidget::eventFilter(watched, event);
}

void TablePane::setModel(TableModel *model)
{
    if (m_model && m_model != model)
        disconnect(m_model, nullptr, this, nullptr); // it may live on in another tab
    m_model = model;
    m_view->setModel(model);
    m_filterHeader->setTableModel(model);
    m_layout->setModel(model);
    model->setCellColours(Theme::cellColours(palette()));
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePane::updateRowsLabel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePane::updateRowsLabel);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePane::updateRowsLabel);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TablePane::updateRowsLabel);
    connect(model, &TableModel::loadingChanged, this, &TablePane::updateRowsLabel);
}

void TablePane::changeEvent(QEvent *event)
{
    QStackedWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_model)
        m_model->setCellColours(Theme::cellColours(palette()));
}

void TablePane::showMessage(const QString &text)
{
    m_message->setText(text);
    setCurrentWidget(m_message);
}

void TablePane::showNewTable()
{
    setCurrentWidget(m_view);
    m_filterHeader->clearFilters();
    m_filterHeader->setGlobalSearch(QString());
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_layout->restore(); // fits the columns to their content first
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void TablePane::showKept(const FilterHeader::State &filters,
                         int sortColumn,
                         Qt::SortOrder order,
                         const Place &place)
{
    setCurrentWidget(m_view);
    m_filterHeader->showState(filters);
    {
        const QSignalBlocker blocker(m_view->horizontalHeader()); // shown, not sorted again
        m_view->horizontalHeader()->setSortIndicator(sortColumn, order);
    }
    m_layout->restore();
    restore(place, Scroll::Keep);
    updateRowsLabel();
}

void TablePane::resetColumns()
{
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // setTable() unsorted it
    m_filterHeader->clearFilters();                                       // and unfiltered it
    m_filterHeader->setTableModel(m_model);
    // The changed columns came back at the default width: fitted again, then the user's layout
    // without the columns that were dropped.
    m_layout->restore();
}

TablePane::Place TablePane::place() const
{
    const QModelIndex current = m_view->currentIndex();
    Place place;
    place.key = current.isValid() ? m_model->keyAt(current.row()) : 0;
    place.column
        = current.isValid() ? m_model->tableInfo().columns.value(current.column()).name : QString();
    place.scroll = m_view->verticalScrollBar()->value();
    if (m_model->isWindowed()) // the scroll bar's value is a row of the window, which may move
        place.top = m_model->position(std::max(0, m_view->rowAt(0)));
    return place;
}

void TablePane::restore(const Place &place, Scroll scroll)
{
    TableModel *model = m_model;
    auto restore = [this, model, place, scroll] {
        const int col = std::max(0, model->tableInfo().columnIndex(place.column));
        if (scroll == Scroll::Keep) {
            // The rows read after the first page are in the model, but the view lays them out
            // later: the scroll bar's range first, or the value is cut to the first page's.
            m_view->doItemsLayout();
            const int top = place.top >= 0 ? model->showPosition(place.top) : -1;
            if (top >= 0)
                m_view->scrollTo(model->index(top, col), QAbstractItemView::PositionAtTop);
            else
                m_view->verticalScrollBar()->setValue(place.scroll);
        }
        const int row = model->showPosition(model->positionOfKey(place.key));
        if (row >= 0)
            m_view->setCurrentIndex(model->index(row, col));
    };
    if (model->isLoading())
        connect(model, &TableModel::loadingChanged, this, restore, Qt::SingleShotConnection);
    else
        restore();
}

void TablePane::setReadOnlyReason(const QString &reason)
{
    m_readOnlyLabel->setText(reason.isEmpty() ? QString() : tr("Read-only: %1").arg(reason));
    m_readOnlyLabel->setVisible(!reason.isEmpty());
}

void TablePane::commitEditor()
{
    if (QWidget *focus = QApplication::focusWidget(); focus && m_view->isAncestorOf(focus))
        m_view->setFocus(); // the cell editor loses focus and commits what was typed
}

void TablePane::updateRowsLabel()
{
    TableModel *model = m_model;
    // "%1 — reading rows…" wraps the whole count sentence while the rows are still coming in.
    const auto loading = [model](const QString &text) {
        return model && model->isLoading() ? tr("%1 — reading rows…").arg(text) : text;
    };
    if (!model || model->rowCount() == 0) {
        m_rowsLabel->setText(model && model->tableInfo().isValid() ? loading(tr("No rows"))
                                                                   : QString());
        return;
    }
    // Row numbers count the whole list, not the window of it the view shows.
    const int first = model->position(std::max(0, m_view->rowAt(0)));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    last = model->position(last < 0 ? model->rowCount() - 1 : last);
    // While loading, the rows shown are a first page or the previous list: not the count. A
    // table that is opening has an upper bound at once (the span of its keys).
    const qint64 bound = model->rowCountBound();
    const QString total = !model->isLoading() ? formatCount(model->totalRows())
                          : bound > 0         ? tr("up to %1").arg(formatCount(bound))
                                              : tr("…");
    const QString text
        = model->isFiltered() && model->unfilteredRowCount() >= 0
              ? tr("Rows %1–%2 of %3 (filtered from %4)")
                    .arg(formatCount(first + 1), formatCount(last + 1), total,
                         formatCount(model->unfilteredRowCount()))
              : tr("Rows %1–%2 of %3").arg(formatCount(first + 1), formatCount(last + 1), total);
    m_rowsLabel->setText(loading(text));
    if (!model->tableInfo().isView && !model->isFiltered() && !model->isLoading())
        Q_EMIT rowsCounted(model->tableName(), model->totalRows());
}

} // namespace rowbook

#include "windowscroller.h"

#include "tablemodel.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace rowbook {

WindowScroller::WindowScroller(QTableView *view)
    : QObject(view)
    , m_view(view)
    , m_bar(new QScrollBar(Qt::Vertical, view))
{
    m_bar->setObjectName(QStringLiteral("tableScrollBar"));
    m_bar->hide();
    connect(m_bar, &QAbstractSlider::valueChanged, this, &WindowScroller::onBarMoved);
    connect(m_view->verticalScrollBar(), &QAbstractSlider::valueChanged, this,
            &WindowScroller::onViewScrolled);
    connect(m_view->verticalScrollBar(), &QAbstractSlider::rangeChanged, this,
            &WindowScroller::sync);
}

void WindowScroller::setModel(TableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &TableModel::windowMoved, this, &WindowScroller::onWindowMoved);
        // Queued: the view lays out the new rows first.
        connect(m_model, &QAbstractItemModel::modelReset, this, &WindowScroller::sync,
                Qt::QueuedConnection);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &WindowScroller::sync,
                Qt::QueuedConnection);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WindowScroller::sync,
                Qt::QueuedConnection);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &WindowScroller::sync,
                Qt::QueuedConnection);
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &WindowScroller::holdRowsOnScreen);
        connect(m_model, &TableModel::othersRowsMoved, this, &WindowScroller::restoreRowsOnScreen);
    }
    sync();
}

void WindowScroller::holdRowsOnScreen()
{
    m_onScreen.clear();
    if (!m_model->isMovingOthersRows() || m_model->rowCount() == 0)
        return;
    const int top = topRow();
    const int last = std::min(m_model->rowCount() - 1, top + pageRows());
    for (int row = top; row <= last; ++row)
        m_onScreen << QPersistentModelIndex(m_model->index(row, 0));
    m_topOffset = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                      ? 0
                      : m_view->verticalScrollBar()->value()
                            - m_view->verticalHeader()->sectionPosition(top);
}

void WindowScroller::restoreRowsOnScreen()
{
    // Rows gone are invalid by now (they were moved to the end and removed there).
    const QList<QPersistentModelIndex> held = std::exchange(m_onScreen, {});
    const auto first = std::find_if(held.cbegin(), held.cend(),
                                    [](const QPersistentModelIndex &row) { return row.isValid(); });
    if (first == held.cend() || first->row() == topRow())
        return;
    m_view->doItemsLayout(); // rows added meanwhile: the scroll range takes them in first
    scrollViewTo(first->row());
    if (first == held.cbegin() && m_topOffset > 0)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + m_topOffset);
}

int WindowScroller::topRow() const
{
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
        return m_view->verticalScrollBar()->value();
    return std::max(0, m_view->rowAt(0));
}

int WindowScroller::pageRows() const
{
    // Scrolling by rows, the view's own bar ends where its last page of rows starts.
    const QScrollBar *own = m_view->verticalScrollBar();
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem && own->maximum() > 0)
        return std::max(1, m_view->model()->rowCount() - own->maximum());
    const int height = std::max(1, m_view->verticalHeader()->defaultSectionSize());
    return std::max(1, m_view->viewport()->height() / height);
}

void WindowScroller::scrollViewTo(int row)
{
    QScrollBar *own = m_view->verticalScrollBar();
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
        own->setValue(row);
    else
        own->setValue(m_view->verticalHeader()->sectionPosition(row));
}

void WindowScroller::place()
{
    QScrollBar *own = m_view->verticalScrollBar();
    // In the own bar's container, not the view: QAbstractScrollArea raises its containers over
    // the view's other children when it lays them out.
    if (m_bar->parentWidget() != own->parentWidget())
        m_bar->setParent(own->parentWidget());
    const bool shown = m_model && m_model->isWindowed() && own->isVisible();
    if (shown) {
        m_bar->setGeometry(own->geometry());
        m_bar->raise();
        // Opaque, so that Qt does not paint the view's own bar under it each time this one is
        // painted (with the Fusion style a tall bar costs about a millisecond); not a bar that
        // fades away over the cells (macOS), which would leave its background there.
        m_bar->setAutoFillBackground(
            !m_bar->style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, m_bar));
    }
    m_bar->setVisible(shown);
}

void WindowScroller::sync()
{
    if (!m_model)
        return;
    place();
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    const int page = pageRows();
    m_bar->setRange(0, std::max(0, m_model->totalRows() - page));
    m_bar->setPageStep(page);
    const bool byRows = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem;
    m_bar->setSingleStep(byRows ? m_view->verticalScrollBar()->singleStep() : 3); // rows
    m_bar->setValue(m_model->position(topRow()));
}

void WindowScroller::onViewScrolled()
{
    if (m_syncing || !m_model)
        return;
    sync();
    if (m_model->isWindowed() && !m_recentring) {
        m_recentring = true; // once the view is done scrolling, not in the middle of it
        QTimer::singleShot(0, this, &WindowScroller::recentre);
    }
}

void WindowScroller::recentre()
{
    m_recentring = false;
    if (!m_model || !m_model->isWindowed())
        return;
    const int top = topRow();
    const int count = m_model->rowCount();
    const int margin = count / 4;
    const bool nearTop = top < margin && m_model->windowStart() > 0;
    const bool nearEnd = top + pageRows() > count - margin
                         && m_model->windowStart() + count < m_model->totalRows();
    if (nearTop || nearEnd)
        m_model->moveWindow(m_model->position(top) - (count - pageRows()) / 2);
}

void WindowScroller::onBarMoved(int value)
{
    if (m_syncing || !m_model)
        return;
    // The bar leads (the user drags its thumb): nothing sets its value until it is done.
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    int row = value - m_model->windowStart();
    const int count = m_model->rowCount();
    if (row < 0 || row + pageRows() > count) { // outside the window: it moves there first
        m_model->moveWindow(value - (count - pageRows()) / 2);
        row = value - m_model->windowStart();
    }
    scrollViewTo(std::clamp(row, 0, std::max(0, count - 1)));
}

void WindowScroller::onWindowMoved(int shift)
{
    if (m_syncing) // onBarMoved() moved it, and scrolls the view itself
        return;
    // The same rows stay on screen: they are `shift` rows further down the window now.
    {
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        scrollViewTo(std::max(0, topRow() + shift));
    }
    sync();
}

void WindowScroller::beforeStep()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_model && m_model->isWindowed() && current.isValid())
        m_model->showPosition(m_model->position(current.row()), 2 * pageRows());
}

int WindowScroller::jumpToEnd(bool last)
{
    if (!m_model)
        return last ? m_view->model()->rowCount() - 1 : 0;
    const int total = m_model->totalRows();
    if (last)
        m_model->prefetch(total - pageRows() - 1, total - 1);
    else
        m_model->prefetch(0, pageRows());
    m_model->moveWindow(last ? total : 0);
    return last ? m_model->rowCount() - 1 : 0;
}

} // namespace rowbook

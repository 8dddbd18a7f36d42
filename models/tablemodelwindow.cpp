// TableModel's window: views see at most about windowRows() rows at a time, the rows at positions
// [windowStart(), windowStart() + rowCount()) of the whole row list. A QHeaderView keeps 8 bytes
// for every row it is told of, so a view of a 100-million-row table would cost 800 MB before a
// single value is read. The window moves (moveWindow()) when the user scrolls near its edges or
// jumps elsewhere; changes to the row list keep it on the same rows.
#include "tablemodel.h"

#include <algorithm>

namespace rowbook {

void TableModel::resetWindow()
{
    m_windowStart = 0;
    m_windowCount = totalRows() <= wholeWindowRows() ? totalRows() : m_windowRows;
}

void TableModel::fitWindow(bool whole)
{
    if (whole && totalRows() <= wholeWindowRows()) {
        m_windowStart = 0;
        m_windowCount = totalRows();
        return;
    }
    m_windowCount = std::min(m_windowCount, totalRows());
    m_windowStart = std::clamp(m_windowStart, 0, totalRows() - m_windowCount);
}

void TableModel::moveWindow(int start)
{
    start = std::clamp(start, 0, std::max(0, totalRows() - m_windowCount));
    if (start == m_windowStart)
        return;
    const int shift = m_windowStart - start;
    Q_EMIT windowAboutToMove();
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = index.row() + shift;
        after << (row >= 0 && row < m_windowCount ? this->index(row, index.column())
                                                  : QModelIndex());
    }
    m_windowStart = start;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    renumberRows();
    Q_EMIT windowMoved(shift);
}

int TableModel::showPosition(int at, int margin)
{
    if (at < 0 || at >= totalRows())
        return -1;
    const int row = rowAt(at);
    const bool nearTop = row >= 0 && row < margin && m_windowStart > 0;
    const bool nearEnd
        = row >= 0 && row >= m_windowCount - margin && m_windowStart + m_windowCount < totalRows();
    if (row < 0 || nearTop || nearEnd)
        moveWindow(at - m_windowCount / 2);
    return rowAt(at);
}

void TableModel::insertPositions(int position, int count, const std::function<void()> &insert)
{
    const int end = m_windowStart + m_windowCount;
    if (count <= 0 || position > end) {
        insert();
        return;
    }
    if (position < m_windowStart) { // the window's rows move down the list with it
        insert();
        m_windowStart += count;
        renumberRows();
        return;
    }
    const int row = position - m_windowStart;
    const int excess = m_windowCount + count - wholeWindowRows();
    if (excess > 0 && count <= m_windowRows / 2) {
        // A few rows more than the window takes (rows added one by one): rows leave it at the
        // end farther from the new ones, so that those are in it.
        if (row >= m_windowCount / 2) {
            beginRemoveRows({}, 0, excess - 1);
            m_windowStart += excess;
            m_windowCount -= excess;
            endRemoveRows();
        } else {
            beginRemoveRows({}, m_windowCount - excess, m_windowCount - 1);
            m_windowCount -= excess;
            endRemoveRows();
        }
        insertPositions(position, count, insert);
        return;
    }
    if (excess <= 0) {
        beginInsertRows({}, row, row + count - 1);
        insert();
        m_windowCount += count;
        endInsertRows();
        return;
    }
    // Too many for the window (the rest of a big table's rows arriving below its first page):
    // the rows after `row` leave the window, and the new ones fill it up to windowRows().
    if (row < m_windowCount) {
        beginRemoveRows({}, row, m_windowCount - 1);
        m_windowCount = row;
        endRemoveRows();
    }
    insert();
    const int room = std::min(std::max(0, m_windowRows - row), totalRows() - position);
    if (room > 0) {
        beginInsertRows({}, row, row + room - 1);
        m_windowCount += room;
        endInsertRows();
    }
}

void TableModel::erasePositions(int position, int count, const std::function<void()> &erase)
{
    const int end = m_windowStart + m_windowCount;
    const int first = std::max(position, m_windowStart);
    const int last = std::min(position + count, end);
    const int before = std::max(0, std::min(position + count, m_windowStart) - position);
    if (first < last) {
        beginRemoveRows({}, first - m_windowStart, last - 1 - m_windowStart);
        erase();
        m_windowCount -= last - first;
        m_windowStart -= before;
        endRemoveRows();
    } else {
        erase();
        m_windowStart -= before;
    }
    if (before > 0)
        renumberRows();
    refillWindow();
}

void TableModel::renumberRows()
{
    // The row header's labels are positions in the whole list (and its width follows the
    // longest number): they changed for every row of the window.
    if (m_windowCount > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, m_windowCount - 1);
}

void TableModel::refillWindow()
{
    const int want = std::min(m_windowRows, totalRows()) - m_windowCount;
    if (m_windowCount >= m_windowRows / 2 || want <= 0)
        return;
    const int fromAfter = std::min(want, totalRows() - (m_windowStart + m_windowCount));
    if (fromAfter > 0) {
        beginInsertRows({}, m_windowCount, m_windowCount + fromAfter - 1);
        m_windowCount += fromAfter;
        endInsertRows();
    }
    const int fromBefore = std::min(want - fromAfter, m_windowStart);
    if (fromBefore > 0) {
        beginInsertRows({}, 0, fromBefore - 1);
        m_windowStart -= fromBefore;
        m_windowCount += fromBefore;
        endInsertRows();
    }
}

} // namespace rowbook

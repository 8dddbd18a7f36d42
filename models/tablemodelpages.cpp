// TableModel's page reads: the statement that reads a page of rows, on the GUI thread's own
// connection when a value is asked for outside painting, or on the RowFetcher's thread for the
// rows the grid paints, so that painting never waits on the disk or the server.
#include "tablemodel.h"

#include "editstore.h"

#include <algorithm>
#include <cstdlib>

namespace rowbook {

namespace {

// Requests beyond this many on their way: the older ones are skipped (the view moved on).
constexpr int maxPagesOnTheWay = 6;

} // namespace

TableModel::Painting::Painting(const TableModel *model)
    : m_model(model)
{
    if (!m_model)
        return;
    if (m_model->m_painting == 0) // before: their dataChanged() is not an update while painting
        m_model->takeFinishedPages();
    ++m_model->m_painting;
}

TableModel::Painting::~Painting()
{
    if (m_model)
        --m_model->m_painting;
}

void TableModel::setRowFetcher(RowFetcher *fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    m_pageRequests.clear();
    m_pagesOnTheWay.clear();
    if (m_fetcher)
        connect(m_fetcher, &RowFetcher::fetched, this, &TableModel::onRowsFetched);
}

std::pair<QString, QVariantList> TableModel::pageStatement(int first, int last) const
{
    QVariantList values;
    if (m_positional) {
        values = m_whereValues;
        values << (last - first) << first;
        return {m_dialect->positionalPageQuery(m_info, selectList(), m_where, m_orderBy), values};
    }
    // Consecutive keys (a table in key order, between deletions): one range. Else a fixed-size
    // IN list keeps one statement shape for every page; short pages repeat a key.
    // Handles of mapped keys (KeyMap) say nothing of the key's order: always the list.
    qint64 filler = 0;
    int count = 0;
    bool consecutive = !m_keyMap;
    for (int i = first; i < last; ++i) {
        const qint64 key = m_keys.at(std::size_t(i));
        if (!isNewKey(key)) {
            consecutive = consecutive && (count == 0 || key - 1 == filler);
            appendKey(values, key);
            filler = key;
            ++count;
        } else {
            consecutive = false;
        }
    }
    if (consecutive && count > 1)
        return {m_dialect->pageRangeQuery(m_info, selectList()), {values.front(), values.back()}};
    for (; count < pageSize; ++count)
        appendKey(values, filler);
    return {m_dialect->pageQuery(m_info, selectList(), pageSize), values};
}

std::vector<qint64> TableModel::cacheRows(QVector<QVector<QVariant>> rows,
                                          int first,
                                          std::optional<quint64> readAloneAfter) const
{
    std::vector<std::pair<qint64, RowCache::Row>> loaded;
    loaded.reserve(std::size_t(rows.size()));
    std::vector<qint64> keys;
    keys.reserve(std::size_t(rows.size()));
    qint64 position = first;
    for (QVector<QVariant> &row : rows) {
        if (m_positional) {
            keys.push_back(position);
            loaded.emplace_back(position++, std::move(row));
        } else if (!row.isEmpty()) {
            keys.push_back(takeKey(row));
            loaded.emplace_back(keys.back(), std::move(row));
        }
    }
    m_rows.addPage(loaded, readAloneAfter);
    return keys;
}

const QVector<QVariant> *TableModel::readMissingRow(int at, qint64 key) const
{
    // A reader of one row (the form, the cell dock after a jump) reads that row alone: one short
    // statement instead of a page, while the grid gets the page from the RowFetcher. A scan
    // (copy, search: the row next to the one missed before) reads page by page.
    const bool scanning = m_lastMissedRow >= 0 && std::abs(at - m_lastMissedRow) <= pageSize;
    m_lastMissedRow = at;
    if (m_fetcher && !m_positional && !isNewKey(key) && !scanning) {
        // The rows around it are asked for first, so that the fetcher reads the page the grid
        // is about to paint (after a jump: Ctrl+End) while this row is read.
        if (!isAbsent(key))
            requestPage(at / pageSize);
        if (const QVector<QVariant> *alone = rowForEdit(key)) {
            ++m_rowsReadAloneHere;
            return alone;
        }
    }
    loadPage(at / pageSize);
    return m_rows.find(key);
}

void TableModel::requestPage(int page) const
{
    for (const int wanted : {page, page + 1}) { // the next one too: scrolling on shows it
        const int first = wanted * pageSize;
        const int last = std::min<int>(first + pageSize, totalRows());
        if (first >= last)
            return;
        const qint64 mark = m_positional ? first : m_keys.at(std::size_t(first));
        if (m_pagesOnTheWay.contains(mark))
            continue;
        if (wanted != page && m_rows.find(mark))
            continue;
        const auto [sql, values] = pageStatement(first, last);
        const quint64 id = m_fetcher->fetch(sql, values);
        PageRequest request{first, last, mark, m_rows.generation(), m_rows.singlesRead(), {}};
        request.keys.reserve(last - first);
        for (int row = first; row < last; ++row)
            request.keys << (m_positional ? row : m_keys.at(std::size_t(row)));
        m_pageRequests.insert(id, request);
        m_pagesOnTheWay.insert(mark);
        if (m_pageRequests.size() > maxPagesOnTheWay) {
            // This model's last three requests are what is on screen (the fetcher runs the
            // change watcher's checks too, between them).
            QList<quint64> ids = m_pageRequests.keys();
            std::sort(ids.begin(), ids.end());
            m_fetcher->skipBefore(ids.at(ids.size() - 3));
        }
    }
}

void TableModel::takeFinishedPages() const
{
    // Rows only: a failure, or a session that ended under the read (which the ChangeWatcher
    // reports as the server lost), comes through the event loop as before, not into a paint.
    if (m_fetcher && !m_pageRequests.isEmpty())
        m_fetcher->deliverFinished([this](quint64 id, const FetchedRows &result) {
            return m_pageRequests.contains(id) && !result.error.isError() && !result.reconnected
                   && !result.skipped;
        });
}

void TableModel::prefetch(int first, int last) const
{
    if (!m_fetcher || totalRows() == 0)
        return;
    first = std::clamp(first, 0, totalRows() - 1);
    last = std::clamp(last, first, totalRows() - 1);
    const auto missing = [this](int at) {
        const qint64 key = m_positional ? at : m_keys.at(std::size_t(at));
        return !m_rows.find(key) && (m_positional || (!isNewKey(key) && !isAbsent(key)));
    };
    for (int page = first / pageSize; page <= last / pageSize; ++page) {
        const int from = std::max(first, page * pageSize);
        const int to = std::min(last, page * pageSize + pageSize - 1);
        if (missing(from) || missing(to))
            requestPage(page); // and the one after it, unless it is on its way
    }
}

bool TableModel::isRowInMemory(int row) const
{
    if (row < 0 || row >= rowCount())
        return true; // nothing to wait for
    const qint64 key = keyAt(row);
    if (m_rows.find(key))
        return true;
    return !m_positional && (isNewKey(key) || isAbsent(key) || m_rows.findStale(key));
}

bool TableModel::isCellOnItsWay(const QModelIndex &index) const
{
    if (!index.isValid() || isRowInMemory(index.row()))
        return false;
    if (m_positional)
        return true;
    const EditStore::Row *edits = m_store->row(m_info.name, keyAt(index.row()));
    return !(edits && edits->values.contains(m_info.columns[index.column()].name));
}

void TableModel::onRowsFetched(quint64 id, const FetchedRows &result)
{
    if (!m_pageRequests.contains(id))
        return; // the fetcher was changed
    const PageRequest request = m_pageRequests.take(id);
    m_pagesOnTheWay.remove(request.mark);
    if (result.error.kind != StorageError::None) {
        // The cells stay blank; the next paint that needs them asks again.
        Q_EMIT loadFailed(result.error.userMessage());
        return;
    }
    // Rows read before the cache last changed may be older than what it holds: they are asked
    // for again by the repaint below, if they are still on screen. Rows read alone since the
    // request (the form's current row) are newer than the page: they stay.
    if (!result.skipped && request.generation == m_rows.generation()) {
        // Rows found gone are told too: a reader waiting for them (the form) shows them empty.
        noteAbsent(request.keys, cacheRows(result.rows, request.first, request.singlesRead));
    }
    if (rowCount() == 0 || columnCount() == 0)
        return;
    // Pages are of positions in the whole list: the part of the page in the window repaints.
    const bool inPlace = request.last <= totalRows()
                         && (m_positional || m_keys.at(std::size_t(request.first)) == request.mark);
    const int first = std::max(request.first, m_windowStart) - m_windowStart;
    const int last = std::min(request.last, m_windowStart + rowCount()) - m_windowStart;
    if (inPlace && first < last)
        Q_EMIT dataChanged(index(first, 0), index(last - 1, columnCount() - 1));
    else if (!inPlace) // the rows moved (a new order or filter): wherever they are now
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TableModel::noteAbsent(const QVector<qint64> &asked, const std::vector<qint64> &brought)
{
    if (m_absentGeneration != m_rows.generation()) {
        m_absent.clear();
        m_absentGeneration = m_rows.generation();
    }
    const QSet<qint64> found(brought.cbegin(), brought.cend());
    for (qint64 key : asked) {
        if (!isNewKey(key) && !found.contains(key)) // new rows are not in the file yet
            m_absent.insert(key);
    }
}

} // namespace rowbook

// TableModel's row list: the keys of the table's rows in the order shown, read on the KeyLoader
// thread (or here, for positional tables and without a loader), filtered and sorted in SQL, with
// pending new rows below and pending deletions left out. Persistent indexes follow their rows.
#include "tablemodel.h"

#include "editstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <utility>

namespace rowbook {

void TableModel::replaceKeys(bool preview)
{
    if (m_loader && !m_positional) {
        requestKeys(Operation::Filter, preview);
        return;
    }
    beginResetModel();
    if (m_positional)
        m_rows.clear(); // rows are positions: another filter puts other rows there
    reloadKeys();
    resetWindow();
    endResetModel();
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_info.columns.size())
        return;
    m_orderBy = m_dialect->orderBy(m_info.columns[column].name, order);
    if (m_loader && !m_positional) {
        requestKeys(Operation::Sort, wantsPreview());
        return;
    }
    if (m_positional)
        m_rows.clear();
    RowList previous = m_keys;
    reloadKeys();
    RowList sorted;
    std::swap(sorted, m_keys);
    std::swap(m_keys, previous);
    remapPersistentIndexes(std::move(sorted));
}

void TableModel::remapPersistentIndexes(RowList keys)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> beforeKeys;
    QHash<qint64, int> rows; // the keys of persistent indexes -> their new rows
    for (const QModelIndex &index : before) {
        beforeKeys << keyAt(index.row());
        rows.insert(beforeKeys.back(), -1);
    }
    const bool whole = !isWindowed();
    m_keys = std::move(keys);
    fitWindow(whole);
    if (m_positional) {
        rows.clear();
    } else if (m_keys.isSearchable() || rows.size() <= 4) {
        for (auto it = rows.begin(); it != rows.end(); ++it)
            it.value() = int(m_keys.indexOf(it.key()));
    } else { // many keys in a list in another order: one pass
        int row = 0;
        for (qint64 key : m_keys) {
            const auto it = rows.find(key);
            if (it != rows.end())
                it.value() = row;
            ++row;
        }
    }
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowAt(rows.value(beforeKeys[i], -1));
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString TableModel::keyQuery(int limit) const
{
    return m_dialect->keyQuery(m_info, m_where, m_orderBy, limit);
}

void TableModel::applyPendingRows(RowList &keys) const
{
    const QSet<qint64> deleted = m_store->deletedRows(m_info.name) | m_deletedSinceRequest;
    if (!deleted.isEmpty() && deleted.size() <= 16 && keys.isSearchable()) {
        for (qint64 key : deleted) {
            const qint64 row = keys.indexOf(key);
            if (row >= 0)
                keys.erase(std::size_t(row));
        }
    } else if (!deleted.isEmpty()) { // one pass: no copy of the list when nothing is deleted
        RowList kept;
        kept.spillAfter(keys.spillsAfter()); // a sorted big table's keys stay in their file
        for (qint64 key : keys) {
            if (!deleted.contains(key))
                kept.push_back(key);
        }
        keys = std::move(kept);
    }
    if (!m_insertedSinceRequest.empty()) { // those the snapshot did not have go at the end
        QSet<qint64> missing(m_insertedSinceRequest.begin(), m_insertedSinceRequest.end());
        if (keys.isSearchable() || missing.size() <= 2) {
            for (qint64 key : m_insertedSinceRequest) {
                if (keys.contains(key))
                    missing.remove(key);
            }
        } else {
            for (auto it = keys.begin(); it != keys.end() && !missing.isEmpty(); ++it)
                missing.remove(*it);
        }
        for (qint64 key : m_insertedSinceRequest) {
            if (missing.contains(key) && !deleted.contains(key))
                keys.push_back(key);
        }
    }
    for (qint64 key : m_store->newRows(m_info.name))
        keys.push_back(key);
}

void TableModel::setOperation(Operation operation)
{
    const bool wasLoading = isLoading();
    m_operation = operation;
    if (!isLoading()) {
        m_rowCountBound = -1; // counted, or given up
        m_deletedSinceRequest.clear();
        m_insertedSinceRequest.clear();
    }
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
    if (wasLoading && !isLoading() && std::exchange(m_refreshAfterLoad, false))
        QMetaObject::invokeMethod(
            this, [this] { refreshFromOutside(false); }, Qt::QueuedConnection);
}

bool TableModel::wantsPreview() const
{
    return std::max(m_unfilteredCount, qint64(m_keys.size())) >= previewFromRows && !m_refreshing
           && !m_store->hasHeldRow() && m_editStarts.isEmpty();
}

void TableModel::requestKeys(Operation operation, bool preview)
{
    // A filter or refresh while the table is still opening still has to add rows, not just sort.
    if (m_operation == Operation::Filter || m_operation == Operation::Open)
        operation = operation == Operation::Sort ? Operation::Filter : operation;
    m_deletedSinceRequest = m_store->deletedRows(m_info.name);
    m_insertedSinceRequest.clear();
    if (operation != Operation::Open)
        m_rowCountBound = -1; // another filter or order

    // In key order the first rows stream in first: no second query for them.
    const bool streamed = preview && m_orderBy.isEmpty();
    // A refresh usually finds the same rows in the same order: the loader compares them with
    // a copy of this list (which shares its file), so the GUI thread does not read millions
    // of keys to find nothing changed.
    m_refreshedFrom.reset();
    KeyList current;
    if (m_refreshing && operation == Operation::Sort && !preview) {
        m_refreshedFrom = std::make_shared<RowList>(m_keys);
        current = std::make_shared<RowList>(m_keys);
    }
    m_request = m_loader->load(keyQuery(), m_whereValues,
                               preview && !streamed ? keyQuery(pageSize) : QString(),
                               streamed ? size_t(pageSize) : 0, std::move(current), m_keyMap);
    setOperation(operation);
}

void TableModel::onKeysPreviewed(quint64 requestId, const KeyList &preview)
{
    if (requestId != m_request
        || (m_operation != Operation::Sort && m_operation != Operation::Filter))
        return;
    // The first page in the new order or filter, while the rest is read: shown now, and the
    // rest goes in below it when it arrives, as when the table opened.
    RowList keys = std::move(*preview);
    applyPendingRows(keys);
    m_lastError.clear();
    beginResetModel();
    if (m_beforePreview.empty())
        m_beforePreview = std::move(m_keys);
    m_keys = std::move(keys);
    resetWindow();
    endResetModel();
    m_operation = Operation::Open; // still loading
}

void TableModel::onKeysLoaded(quint64 requestId, const KeyList &loaded)
{
    if (requestId != m_request || !isLoading())
        return;
    const Operation operation = m_operation;
    noteListRead(loaded->size());
    RowList keys = std::move(*loaded); // ours alone: no copy of millions of keys
    noteLowKey(keys);                  // another program's commit may have added such a key
    applyPendingRows(keys);
    const std::size_t added = std::size_t(m_store->newRows(m_info.name).size());
    const std::size_t shown = m_keys.size() >= added ? m_keys.size() - added : 0; // the first page
    // The first page on screen, and the new rows below it in the same order.
    bool extendsShown = operation == Operation::Open && keys.size() >= m_keys.size();
    for (std::size_t i = 0; extendsShown && i < m_keys.size(); ++i) {
        const std::size_t there = i < shown ? i : keys.size() - (m_keys.size() - i);
        extendsShown = m_keys.at(i) == keys.at(there);
    }
    if (extendsShown) {
        // The first page is on screen already: insert the rest below it, above any new rows.
        if (keys.size() > m_keys.size()) {
            const int count = int(keys.size() - m_keys.size());
            insertPositions(int(shown), count, [&] { m_keys = std::move(keys); });
        }
    } else if (operation == Operation::Sort) {
        if (keepEditedRows(keys)) // a reload after another program's commit
            mergeKeys(std::move(keys));
        else
            remapPersistentIndexes(std::move(keys));
    } else {
        beginResetModel();
        m_keys = std::move(keys);
        resetWindow();
        endResetModel();
    }
    setOperation(Operation::None);
}

void TableModel::onKeysUnchanged(quint64 requestId, const KeyList &keys)
{
    if (requestId != m_request || !isLoading())
        return;
    const KeyList from = m_refreshedFrom;
    // The list is still the one asked with (no edit, deletion, insert or new row since), so
    // the full path would merge equal lists and change nothing: the rows on screen went stale
    // when the refresh began and are read again as they are shown.
    if (m_operation != Operation::Sort || !m_refreshing || !from || !m_keys.isSameAs(*from)) {
        onKeysLoaded(requestId, keys);
        return;
    }
    m_refreshing = false;
    noteListRead(keys->size());
    setOperation(Operation::None);
}

void TableModel::noteListRead(std::size_t size)
{
    m_refreshedFrom.reset();
    m_beforePreview.clear();
    m_lastError.clear(); // say, a refresh that failed while the server was away
    if (m_where.isEmpty())
        m_unfilteredCount = qint64(size); // own inserts and deletes since the last count too
}

void TableModel::onKeysFailed(quint64 requestId, const StorageError &error)
{
    if (requestId != m_request)
        return;
    m_refreshedFrom.reset();
    m_refreshing = false;
    m_lastError = error.userMessage();
    if (!m_beforePreview.empty()) { // back to the whole list shown before the first page
        beginResetModel();
        m_keys = std::move(m_beforePreview);
        m_beforePreview.clear();
        resetWindow();
        endResetModel();
    }
    setOperation(Operation::None);
    Q_EMIT loadFailed(m_lastError);
}

void TableModel::reloadKeys()
{
    m_keys.clear();
    m_lastError.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(m_positional ? m_dialect->countQuery(m_info, m_where) : keyQuery());
    for (const QVariant &value : std::as_const(m_whereValues))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = StorageError::fromSql(query.lastError()).userMessage();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (m_positional) {
        const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
        m_keys = RowList::range(0, std::size_t(count));
        return;
    }
    const QSet<qint64> deleted = m_store->deletedRows(m_info.name);
    while (query.next()) {
        const qint64 key = keyOf(query);
        if (deleted.isEmpty() || !deleted.contains(key))
            m_keys.push_back(key);
    }
    query.finish();
    noteLowKey(m_keys); // the keys read, before the window's new rows join them
    for (qint64 key : m_store->newRows(m_info.name))
        m_keys.push_back(key);
}

} // namespace rowbook

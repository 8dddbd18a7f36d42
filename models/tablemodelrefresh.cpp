// TableModel after another program committed to the file: the rows on screen are read again at
// once, and the row list is reloaded on the KeyLoader thread and merged like a sort, so the
// current cell, the selection, an open editor and pending edits stay on their rows.
#include "tablemodel.h"

#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>
#include <utility>

namespace rowbook {

void TableModel::refreshFromOutside(bool schemaChanged)
{
    if (!m_info.isValid())
        return;
    if (schemaChanged) {
        m_foreignKeysGeneration = 0; // read again when asked: keys may come and go alone
        m_referringGeneration = 0;
        const TableInfo now = Catalog::table(m_db, m_info.name);
        if (!now.isValid()) {
            const QString name = m_info.name;
            beginResetModel();
            m_keys.clear();
            resetWindow();
            m_rows.clear();
            m_info = TableInfo();
            ++m_tableGeneration; // no columns now: what was built for them goes
            m_lastError = tr("Another program deleted the table “%1”.").arg(name);
            endResetModel();
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        bool sameColumns = now.columns.size() == m_info.columns.size();
        for (int c = 0; sameColumns && c < now.columns.size(); ++c)
            sameColumns = now.columns[c].name == m_info.columns[c].name
                          && now.columns[c].declaredType == m_info.columns[c].declaredType;
        if (!sameColumns) {
            setTable(now.name); // new columns: start over (filter and sort are dropped)
            return;
        }
        m_info.writesOtherCells = now.writesOtherCells; // a trigger added or dropped
    }
    expireRows();
    if (m_loader && !m_positional && !isLoading()) {
        m_refreshing = true;
        requestKeys(Operation::Sort); // merged by key: see onKeysLoaded()
    } else if (m_loader && !m_positional) {
        m_refreshAfterLoad = true; // setOperation() asks again once this read is done
    } else if (m_positional) {
        RowList previous = m_keys;
        reloadKeys();
        RowList now;
        std::swap(now, m_keys);
        std::swap(m_keys, previous);
        if (now != m_keys)
            remapPersistentIndexes(std::move(now));
    }
}

void TableModel::expireRows()
{
    // Rows with pending edits keep their values, in case another program deleted them: the
    // user then still sees their version and can add it again (see insertAgain()).
    const QList<qint64> edited = m_store->editedRows(m_info.name);
    // The others are read again when next shown; until then the grid paints them as they
    // were instead of blank cells. Every other reader (the form, copy, undo) reads them anew.
    m_rows.expireAllBut(std::vector<qint64>(edited.cbegin(), edited.cend()));
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TableModel::refreshAfterOwnSave(const WrittenTables &tables)
{
    // A statement (a schema change) is followed by its runner's own reading of the table.
    if (!m_info.isValid() || tables.isEmpty() || tables.written.contains(QString()))
        return;
    // Another table's rows reach this one through its triggers (which may write anywhere) or
    // this table's foreign keys to it that act on delete; a view may show any of them.
    const bool written = tables.written.contains(m_info.name);
    const bool reached
        = m_info.isView || tables.actedOn.contains(m_info.name)
          || std::any_of(tables.writingMore.cbegin(), tables.writingMore.cend(),
                         [this](const QString &table) { return table != m_info.name; });
    if (reached)
        refreshFromOutside(false);
    else if (written && m_info.writesOtherCells)
        expireRows(); // its triggers' work on the rows: the row list stays, at any size
}

// Rows that another program deleted under pending edits stay in the list, where they were, so
// the user can decide what becomes of the edits.
bool TableModel::keepEditedRows(RowList &keys)
{
    if (!std::exchange(m_refreshing, false))
        return false;
    const QList<qint64> edited = m_store->editedRows(m_info.name);
    for (qint64 key : edited) {
        if (keys.contains(key))
            continue;
        const int was = positionOfKey(key);
        if (was >= 0)
            keys.insert(std::min(std::size_t(was), keys.size()), key);
    }
    return true;
}

// Moves the rows to the new list keeping persistent indexes (selection, current cell, editors)
// on their keys. Rows are added or removed at the end with the matching signals, and only the
// order changes through layoutChanged, which views expect to keep the row count.
void TableModel::mergeKeys(RowList keys)
{
    if (keys == m_keys)
        return; // most commits elsewhere change values, not rows
    const QScopedValueRollback moving(m_movingOthersRows, true);
    const std::size_t before = m_keys.size();
    if (keys.size() > before) {
        insertPositions(int(before), int(keys.size() - before), [&] {
            for (std::size_t i = before; i < keys.size(); ++i)
                m_keys.push_back(keys.at(i));
        });
        remapPersistentIndexes(std::move(keys));
        Q_EMIT othersRowsMoved();
        return;
    }
    // Fewer rows: first move the rows that are gone to the end, then remove them there.
    // A list in key order answers "is it still there" by bisection; another order by a set.
    QSet<qint64> kept;
    const bool bisect = keys.isSearchable();
    if (!bisect)
        kept = QSet<qint64>(keys.begin(), keys.end());
    const std::size_t count = keys.size();
    std::vector<qint64> gone;
    for (qint64 key : std::as_const(m_keys)) {
        if (count + gone.size() == before)
            break;
        if (bisect ? !keys.contains(key) : !kept.contains(key))
            gone.push_back(key);
    }
    for (qint64 key : gone)
        keys.push_back(key);
    remapPersistentIndexes(std::move(keys));
    if (count < before)
        erasePositions(int(count), int(before - count), [&] { m_keys.truncate(count); });
    Q_EMIT othersRowsMoved();
}

} // namespace rowbook

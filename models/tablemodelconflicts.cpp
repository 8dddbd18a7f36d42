// TableModel's side of conflicts with other programs: the roles that show them, and keeping the
// user's value, taking theirs, or adding a row deleted elsewhere again. Every resolution is one
// undo step when the model has an UndoHistory.
#include "tablemodel.h"

#include "conflictcommands.h"
#include "undohistory.h"

#include <QSet>
#include <QUndoCommand>

#include <algorithm>
#include <memory>

namespace rowbook {

bool TableModel::originalKnown(qint64 key, const QString &column) const
{
    if (key < 0 || m_positional || m_info.columnIndex(column) < 0)
        return true; // nothing stored to compare with
    if (m_store->cell(m_info.name, key, column).hasOriginal || m_editStarts.contains({key, column}))
        return true;
    bool unreadable = false;
    return rowForEdit(key, &unreadable) != nullptr || !unreadable;
}

bool TableModel::readableForEdit(const QModelIndexList &cells)
{
    QSet<int> rows;
    for (const QModelIndex &index : cells) {
        if (!index.isValid() || index.model() != this || rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        const QString &column = m_info.columns[index.column()].name;
        if (!originalKnown(keyAt(index.row()), column)) {
            Q_EMIT loadFailed(tr("Row %1 cannot be read while another program writes to the "
                                 "file, so it was not changed. Try again in a moment.")
                                  .arg(position(index.row()) + 1));
            return false;
        }
    }
    return true;
}

void TableModel::rememberOriginal(qint64 key, const QString &column, const QVariant &shown)
{
    const int index = m_info.columnIndex(column);
    if (key < 0 || m_positional || index < 0)
        return;
    if (m_store->cell(m_info.name, key, column).hasOriginal)
        return; // the first edit of the cell remembered it
    const auto started = m_editStarts.constFind({key, column});
    if (started != m_editStarts.cend()) { // what the editor showed when it opened
        m_store->setOriginal(m_info.name, key, column, started.value());
        return;
    }
    // The row read by key alone, no page. Unreadable (an undo or redo while another program
    // holds the file): what the cell showed, never nothing, so the save never writes unchecked.
    const QVector<QVariant> *stored = rowForEdit(key);
    m_store->setOriginal(m_info.name, key, column, stored ? stored->value(index) : shown);
}

void TableModel::beginCellEdit(const QModelIndex &index)
{
    if (!index.isValid() || !checkIndex(index) || m_positional)
        return;
    const qint64 key = keyAt(index.row());
    const QString &column = m_info.columns[index.column()].name;
    if (key < 0) {
        // A new row: nothing stored to compare with. Once it is saved with the editor still
        // open, the edit goes on from what was inserted (onRowCommitted()).
        m_editStarts.insert({key, column}, QVariant());
        return;
    }
    // The user's own edit of the cell, not yet saved or being saved, is what the editor shows
    // and what the file holds once it is saved: the new edit starts from it. (From the row as
    // read, a second edit begun while the first was saving took the first for another
    // program's change.)
    if (const EditStore::Row *edits = m_store->row(m_info.name, key)) {
        if (const auto own = edits->values.constFind(column); own != edits->values.constEnd()) {
            m_editStarts.insert({key, column}, *own);
            return;
        }
    }
    if (!m_rows.find(key))
        loadPage(position(index.row()) / pageSize);
    if (const QVector<QVariant> *stored = m_rows.find(key))
        m_editStarts.insert({key, column}, stored->value(index.column()));
}

void TableModel::endCellEdit(qint64 key, int column)
{
    if (column < 0 || column >= m_info.columns.size())
        return;
    m_editStarts.remove({key, m_info.columns[column].name});
}

void TableModel::moveEditStarts(qint64 oldKey, qint64 newKey, const RowValues &inserted)
{
    QStringList columns;
    for (auto it = m_editStarts.cbegin(); it != m_editStarts.cend(); ++it) {
        if (it.key().first == oldKey)
            columns << it.key().second;
    }
    for (const QString &column : std::as_const(columns)) {
        m_editStarts.remove({oldKey, column});
        const auto value
            = std::find_if(inserted.cbegin(), inserted.cend(),
                           [&column](const auto &pair) { return pair.first == column; });
        if (value == inserted.cend())
            continue; // the database's default: read from the row when the edit is made
        m_editStarts.insert({newKey, column}, value->second);
    }
}

QVariant TableModel::conflictData(const QModelIndex &index, int role) const
{
    const EditStore::Row *edits
        = m_positional ? nullptr : m_store->row(m_info.name, keyAt(index.row()));
    const QString &column = m_info.columns[index.column()].name;
    switch (role) {
    case ConflictRole:
        return edits && edits->theirs.contains(column);
    case TheirsRole:
        return edits ? edits->theirs.value(column) : QVariant();
    case GoneRole:
        return edits && edits->isGone();
    default:
        return {};
    }
}

void TableModel::onRowConflicted(const QString &table,
                                 qint64 key,
                                 const QHash<QString, QVariant> &theirs)
{
    if (table != m_info.name || m_positional)
        return;
    // The file holds their values now: show them wherever the user's edit is dropped.
    if (RowCache::Row *row = m_rows.findToPatch(key)) {
        for (auto v = theirs.cbegin(); v != theirs.cend(); ++v) {
            const int column = m_info.columnIndex(v.key());
            if (column >= 0)
                (*row)[column] = v.value();
        }
    }
    emitRowChanged(rowForKey(key));
}

void TableModel::applyCell(qint64 key, const QString &column, const EditStore::Cell &cell, int hint)
{
    const int row = rowAt(positionOfKey(key, hint));
    const int index = m_info.columnIndex(column);
    // Taking their value: the file holds it, so show it.
    if (!cell.pending && index >= 0) {
        const EditStore::Cell before = m_store->cell(m_info.name, key, column);
        if (before.conflict) {
            if (RowCache::Row *row = m_rows.findToPatch(key))
                (*row)[index] = before.theirs;
        }
    }
    m_store->setCell(m_info.name, key, column, cell);
    emitRowChanged(row);
}

void TableModel::keepMine(int row, int column)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return;
    const qint64 key = keyAt(row);
    const QString &name = m_info.columns[column].name;
    const EditStore::Cell before = m_store->cell(m_info.name, key, name);
    if (!before.conflict)
        return;
    EditStore::Cell after = before;
    after.conflict = false;
    after.theirs = {};
    after.hasOriginal = true;
    after.original = before.theirs; // written only while the file still holds their value
    const QString text = tr("Keep my value in %1").arg(name);
    if (m_history)
        m_history->push(m_info.name, ConflictCommands::setCell(this, key, position(row), name,
                                                               before, after, text));
    else
        applyCell(key, name, after, position(row));
}

void TableModel::takeTheirs(int row, int column)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return;
    const qint64 key = keyAt(row);
    const QString &name = m_info.columns[column].name;
    const EditStore::Cell before = m_store->cell(m_info.name, key, name);
    if (!before.conflict)
        return;
    const QString text = tr("Take the other program's value in %1").arg(name);
    if (m_history)
        m_history->push(m_info.name, ConflictCommands::setCell(this, key, position(row), name,
                                                               before, {}, text));
    else
        applyCell(key, name, {}, position(row));
}

EditStore::Row TableModel::forgetKey(qint64 key, int hint)
{
    const int at = positionOfKey(key, hint);
    if (at >= 0)
        erasePositions(at, 1, [&] { m_keys.erase(std::size_t(at)); });
    return m_store->takeRow(m_info.name, key);
}

void TableModel::restoreForgotten(qint64 key, int at, const EditStore::Row &row)
{
    at = std::clamp(at, 0, totalRows());
    m_store->putRow(m_info.name, key, row);
    insertPositions(at, 1, [&] { m_keys.insert(std::size_t(at), key); });
}

void TableModel::insertAgain(int row)
{
    if (row < 0 || row >= rowCount() || !data(index(row, 0), GoneRole).toBool())
        return;
    QHash<QString, QVariant> values;
    for (int c = 0; c < m_info.columns.size(); ++c) {
        if (!m_info.isNumberedKey(c))
            values.insert(m_info.columns[c].name, value(row, c));
    }
    std::unique_ptr<QUndoCommand> command(
        ConflictCommands::insertAgain(this, keyAt(row), position(row), values));
    if (m_history)
        m_history->push(m_info.name, command.release());
    else
        command->redo();
}

void TableModel::discardGone(int row)
{
    if (row < 0 || row >= rowCount() || !data(index(row, 0), GoneRole).toBool())
        return;
    std::unique_ptr<QUndoCommand> command(
        ConflictCommands::discardGone(this, keyAt(row), position(row)));
    if (m_history)
        m_history->push(m_info.name, command.release());
    else
        command->redo();
}

QModelIndex TableModel::nextConflict(const QModelIndex &from)
{
    if (m_positional || rowCount() == 0)
        return {};
    // Cells are counted over the whole list, so conflicts outside the window are found too.
    const qint64 columns = columnCount();
    const qint64 start = from.isValid() ? position(from.row()) * columns + from.column() : -1;
    const qint64 cells = totalRows() * columns;
    qint64 best = -1;
    qint64 bestDistance = cells + 1;
    auto consider = [&](int at, int column) {
        if (at < 0)
            return;
        const qint64 cell = at * columns + column;
        const qint64 distance = (cell - start + cells - 1) % cells; // after `from`, wrapping
        if (distance < bestDistance) {
            best = cell;
            bestDistance = distance;
        }
    };
    for (qint64 key : m_store->goneRows(m_info.name))
        consider(positionOfKey(key), 0);
    for (qint64 key : m_store->conflictedRows(m_info.name)) {
        const int at = positionOfKey(key);
        const EditStore::Row *edits = m_store->row(m_info.name, key);
        for (auto it = edits->theirs.cbegin(); it != edits->theirs.cend(); ++it)
            consider(at, std::max(0, m_info.columnIndex(it.key())));
    }
    if (best < 0)
        return {};
    const int row = showPosition(int(best / columns));
    return index(row, int(best % columns));
}

} // namespace rowbook

// TableModel's edits: setting values, adding, duplicating, removing and restoring rows and setting
// values by key. The undo commands replay these; addRow(), duplicateRow() and removeRowList()
// record undo steps when the model has an UndoHistory.
#include "tablemodel.h"

#include "columnvalues.h"
#include "editstore.h"
#include "undohistory.h"

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace rowbook {

bool TableModel::setData(const QModelIndex &index, const QVariant &input, int role)
{
    if (!index.isValid() || !checkIndex(index))
        return false;
    const ColumnInfo &column = m_info.columns[index.column()];
    // BLOB cells have no cell editor, but take bytes (the cell dock imports files) and NULL
    // (Set to NULL, Clear Cells).
    const bool bytes = column.kind == ColumnKind::Blob
                       && (input.typeId() == QMetaType::QByteArray || input.isNull())
                       && role == Qt::EditRole && !isReadOnly() && !isSavedKeyPart(index);
    if (!bytes && !(flags(index) & Qt::ItemIsEditable))
        return false;
    QVariant stored;
    if (role == Qt::CheckStateRole && column.kind == ColumnKind::Boolean)
        stored = input.toInt() == Qt::Checked ? 1 : 0;
    else if (role == StoredRole)
        stored = input;
    else if (role != Qt::EditRole || !ColumnValues::toStorage(column.kind, input, &stored))
        return false;
    if (!keyValueProblem(index.column(), stored).isEmpty())
        return false;
    const qint64 key = keyAt(index.row());
    // Never a page read: a cell edited off screen reads its row alone. A row that cannot be read
    // (another program holds the file) is not edited: the save would have nothing to check the
    // file against, and could overwrite another program's change unseen; its undo step would
    // not know the value to go back to.
    if (!readableForEdit({index}))
        return false;
    const std::optional<QVariant> shown = valueForEdit(index.row(), index.column());
    if (!shown)
        return false;
    if (!ColumnValues::same(stored, *shown))
        recordValue(key, position(index.row()), column.name, *shown, stored);
    return true;
}

QString TableModel::setKeyValue(qint64 key,
                                int column,
                                const QVariant &stored,
                                const std::optional<QVariant> &expected)
{
    if (m_positional || column < 0 || column >= m_info.columns.size() || isReadOnly()
        || isSavedKeyPart(key, column))
        return tr("the column cannot be changed.");
    if (QString problem = keyValueProblem(column, stored); !problem.isEmpty())
        return problem;
    const int at = positionOfKey(key, -1);
    if (at < 0)
        return tr("its row is no longer among the rows listed (deleted, or left out by the "
                  "filter).");
    const QString &name = m_info.columns[column].name;
    const std::optional<QVariant> before
        = originalKnown(key, name) ? keyValueForEdit(key, column) : std::nullopt;
    if (!before)
        return tr("its row cannot be read while another program writes to the file.");
    if (ColumnValues::same(stored, *before))
        return {};
    if (expected && !ColumnValues::same(*expected, *before))
        return tr("the value was changed meanwhile.");
    recordValue(key, at, name, *before, stored);
    return {};
}

void TableModel::recordValue(
    qint64 key, int position, const QString &column, const QVariant &before, const QVariant &stored)
{
    if (m_history)
        m_history->push(m_info.name,
                        UndoCommands::setValue(this, key, position, column, before, stored));
    else
        applyValue(key, column, stored, before, position);
}

bool TableModel::isSavedKeyPart(const QModelIndex &index) const
{
    // A numbered key is the database's; other keys (a mapped key's columns, a server's integer
    // key without a default) are typed into a new row and then identify it (changing them would
    // make it another row).
    return isSavedKeyPart(keyAt(index.row()), index.column());
}

bool TableModel::isSavedKeyPart(qint64 key, int column) const
{
    return m_info.isNumberedKey(column) || (m_info.isKeyPart(column) && isSavedKey(key));
}

bool TableModel::isSavedKey(qint64 key) const
{
    if (key > 0)
        return true;
    // A new row whose INSERT is on its way: its key is being written as it is.
    const EditStore::Row *row = m_store->row(m_info.name, key);
    return row && row->inFlight;
}

QString TableModel::keyValueProblem(int column, const QVariant &stored) const
{
    // Only a typed integer key takes values: a mapped key's are handles above 0 whatever it holds.
    if (column < 0 || column != m_info.keyColumn || m_info.keyNumbered || stored.isNull())
        return {};
    bool ok = false;
    const qint64 value = stored.toLongLong(&ok);
    if (ok && value > 0)
        return {};
    return tr("“%1” must be 1 or more: Rowbook cannot edit rows with keys of 0 or below yet.")
        .arg(m_info.columns[column].name);
}

QString TableModel::savedKeyNote(const QModelIndex &index) const
{
    if (index.isValid() && m_info.isNumberedKey(index.column()))
        return tr("“%1” is numbered by the database and cannot be changed.")
            .arg(m_info.columns[index.column()].name);
    if (!index.isValid() || !m_info.isKeyPart(index.column()) || !isSavedKeyPart(index))
        return {};
    return tr("“%1” is part of the key that identifies this saved row and cannot be changed.")
        .arg(m_info.columns[index.column()].name);
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const ColumnInfo &column = m_info.columns[index.column()];
    if (isReadOnly() || isSavedKeyPart(index) || column.kind == ColumnKind::Blob)
        return result;
    if (column.kind == ColumnKind::Boolean)
        result |= Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

void TableModel::setEditingRow(int row)
{
    const qint64 key = m_positional ? 0 : keyAt(row);
    m_store->holdRow(key < 0 ? m_info.name : QString(), key < 0 ? key : 0);
}

QVector<QVariant> TableModel::storedRow(int row) const
{
    QVector<QVariant> values;
    for (int c = 0; c < columnCount(); ++c)
        values << value(row, c);
    return values;
}

void TableModel::applyValue(
    qint64 key, const QString &column, const QVariant &stored, const QVariant &shown, int hint)
{
    // Undo and redo come here too: a typed key of a saved row (a mapped key, a server's integer
    // key without a default) stays as it is (it is the row's address; flags() keeps the user
    // from typing into it).
    const int c = m_info.columnIndex(column);
    if (m_info.isKeyPart(c) && !m_info.isNumberedKey(c) && isSavedKey(key))
        return;
    rememberOriginal(key, column, shown);
    m_store->setValue(m_info.name, key, column, stored);
    // An editor still open on the cell (its text was handed over with Save Now) goes on from
    // this value: its next edit is checked against what this one writes, not what was read.
    if (const auto started = m_editStarts.find({key, column}); started != m_editStarts.end())
        *started = stored;
    emitRowChanged(rowAt(positionOfKey(key, hint)));
}

qint64 TableModel::insertRowAt(int at, const QHash<QString, QVariant> &values)
{
    at = at < 0 || at > totalRows() ? totalRows() : at;
    const qint64 key = m_store->addRow(m_info.name, values);
    insertPositions(at, 1, [&] { m_keys.insert(std::size_t(at), key); });
    return key;
}

void TableModel::removeKey(qint64 key, int hint)
{
    const int at = positionOfKey(key, hint);
    if (at >= 0)
        erasePositions(at, 1, [&] { m_keys.erase(std::size_t(at)); });
    if (isLoading()) {
        m_deletedSinceRequest.insert(key);
        m_insertedSinceRequest.erase(
            std::remove(m_insertedSinceRequest.begin(), m_insertedSinceRequest.end(), key),
            m_insertedSinceRequest.end());
    }
    m_store->removeRow(m_info.name, key);
}

bool TableModel::restoreKey(qint64 key, int at, const QHash<QString, QVariant> &values)
{
    at = at < 0 || at > totalRows() ? totalRows() : at;
    if (m_store->isUnsentDelete(m_info.name, key)) {
        m_deletedSinceRequest.remove(key); // the row never left the file
        m_store->restoreRow(m_info.name, key);
        insertPositions(at, 1, [&] { m_keys.insert(std::size_t(at), key); });
        // The delete took the row's value edits along: they come back as edits, each checked
        // against what the file holds now. A row that cannot be read now (another program holds
        // the file) gets every value back checked against itself, so that a change made
        // elsewhere meanwhile shows as a conflict instead of being overwritten unseen.
        const QVector<QVariant> *stored = rowForEdit(key);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const int column = m_info.columnIndex(it.key());
            if (column < 0 || (stored && ColumnValues::same(stored->value(column), it.value())))
                continue;
            m_store->setOriginal(m_info.name, key, it.key(),
                                 stored ? stored->value(column) : it.value());
            m_store->setValue(m_info.name, key, it.key(), it.value());
        }
        return true;
    }
    insertRowAt(at, values);
    return false;
}

int TableModel::addRow()
{
    if (isReadOnly())
        return -1;
    return appendRow({}, tr("Add row"));
}

int TableModel::appendRow(const QHash<QString, QVariant> &values, const QString &text)
{
    moveWindow(totalRows()); // new rows go at the end: the window shows it
    if (m_history)
        m_history->push(m_info.name, UndoCommands::addRow(this, totalRows(), values, text));
    else
        insertRowAt(totalRows(), values);
    return rowAt(totalRows() - 1); // a full window left rows out at its top for it
}

int TableModel::duplicateRow(int source)
{
    if (isReadOnly() || source < 0 || source >= rowCount())
        return -1;
    QHash<QString, QVariant> values;
    for (int c = 0; c < m_info.columns.size(); ++c) {
        if (!m_info.isKeyPart(c)) // a copy is another row: its key is the database's or typed
            values.insert(m_info.columns[c].name, value(source, c));
    }
    return appendRow(values, tr("Duplicate row"));
}

void TableModel::removeRowList(QList<int> rows)
{
    if (isReadOnly())
        return;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [this](int row) { return row < 0 || row >= rowCount(); }),
               rows.end());
    if (rows.isEmpty())
        return;
    if (m_history) {
        m_history->push(m_info.name, UndoCommands::deleteRows(this, rows));
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Keys first: a removal may move the window (refillWindow()), and with it the rows.
    std::vector<std::pair<qint64, int>> doomed;
    for (int row : std::as_const(rows))
        doomed.emplace_back(keyAt(row), position(row));
    for (const auto &[key, at] : doomed)
        removeKey(key, at);
}

} // namespace rowbook

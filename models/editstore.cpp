#include "editstore.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace rowbook {

// Takes one row out of the tallies for the length of a change and puts it back (under its key,
// if it is still there) afterwards; with `journaled`, reports the row as touched.
class EditStore::Change
{
public:
    Change(EditStore *store, Key key, bool journaled = true)
        : m_store(store)
        , m_key(std::move(key))
        , m_journaled(journaled)
    {
        if (const auto it = m_store->m_rows.constFind(m_key); it != m_store->m_rows.cend())
            m_store->count(m_key, *it, -1);
    }
    ~Change()
    {
        if (const auto it = m_store->m_rows.constFind(m_key); it != m_store->m_rows.cend())
            m_store->count(m_key, *it, +1);
        if (m_journaled)
            Q_EMIT m_store->rowTouched(m_key.first, m_key.second);
    }
    Change(const Change &) = delete;
    Change &operator=(const Change &) = delete;

private:
    EditStore *m_store;
    Key m_key;
    bool m_journaled;
};

EditStore::EditStore(QObject *parent)
    : QObject(parent)
{}

void EditStore::count(const Key &key, const Row &row, int sign)
{
    m_tally.pending += sign * ((row.deleted || row.isNew) ? 1 : int(row.values.size()));
    m_tally.conflicts += sign * int(row.theirs.size());
    m_tally.refused += sign * (row.isRefused() ? 1 : 0);
    m_tally.writable += sign * (isWritable(key, row) ? 1 : 0);
}

EditStore::Row &EditStore::touch(const QString &table, qint64 key)
{
    Row &row = m_rows[{table, key}];
    ++row.generation;
    return row;
}

void EditStore::setValue(const QString &table,
                         qint64 key,
                         const QString &column,
                         const QVariant &value)
{
    {
        const Change change(this, {table, key});
        Row &row = touch(table, key);
        row.values.insert(column, value);
    }
    Q_EMIT changed();
}

qint64 EditStore::addRow(const QString &table, const QHash<QString, QVariant> &values)
{
    const qint64 key = m_nextTemporaryKey--;
    {
        const Change change(this, {table, key});
        Row &row = touch(table, key);
        row.isNew = true;
        row.values = values;
    }
    Q_EMIT changed();
    return key;
}

void EditStore::removeRow(const QString &table, qint64 key)
{
    const Key id{table, key};
    {
        const Change change(this, id);
        auto it = m_rows.find(id);
        if (it != m_rows.end() && it->isNew && !it->inFlight) {
            m_rows.erase(it); // never written: nothing to delete
        } else {
            Row &row = touch(table, key);
            row.deleted = true;
            row.values.clear();
            row.originals.clear();
            row.theirs.clear();
        }
    }
    Q_EMIT changed();
}

void EditStore::setOriginal(const QString &table,
                            qint64 key,
                            const QString &column,
                            const QVariant &stored)
{
    const Change change(this, {table, key});
    Row &row = m_rows[{table, key}];
    if (!row.isNew && !row.originals.contains(column))
        row.originals.insert(column, stored);
}

EditStore::Cell EditStore::cell(const QString &table, qint64 key, const QString &column) const
{
    Cell cell;
    const Row *pending = row(table, key);
    if (!pending)
        return cell;
    cell.pending = pending->values.contains(column);
    cell.value = pending->values.value(column);
    cell.hasOriginal = pending->originals.contains(column);
    cell.original = pending->originals.value(column);
    cell.conflict = pending->theirs.contains(column);
    cell.theirs = pending->theirs.value(column);
    return cell;
}

void EditStore::setCell(const QString &table, qint64 key, const QString &column, const Cell &cell)
{
    {
        const Change change(this, {table, key});
        Row &row = touch(table, key);
        auto put
            = [&column](QHash<QString, QVariant> &values, bool present, const QVariant &value) {
                  if (present)
                      values.insert(column, value);
                  else
                      values.remove(column);
              };
        put(row.values, cell.pending, cell.value);
        put(row.originals, cell.hasOriginal, cell.original);
        put(row.theirs, cell.conflict, cell.theirs);
        if (!row.isNew && !row.deleted && row.values.isEmpty() && !row.inFlight)
            m_rows.remove({table, key});
    }
    Q_EMIT changed();
}

EditStore::Row EditStore::takeRow(const QString &table, qint64 key)
{
    auto it = m_rows.find({table, key});
    if (it == m_rows.end() || it->inFlight)
        return {};
    Row taken = *it;
    {
        const Change change(this, {table, key});
        m_rows.erase(it);
    }
    Q_EMIT changed();
    return taken;
}

void EditStore::putRow(const QString &table, qint64 key, const Row &row)
{
    {
        const Change change(this, {table, key});
        Row &target = m_rows[{table, key}];
        const quint64 generation = target.generation;
        target = row;
        target.inFlight = false;
        target.generation = std::max(generation, row.generation);
    }
    Q_EMIT changed();
}

int EditStore::conflictCount() const
{
    return m_tally.conflicts;
}

QList<qint64> EditStore::editedRows(const QString &table) const
{
    QList<qint64> keys;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key().first == table && !it->isNew && !it->deleted && !it->values.isEmpty())
            keys << it.key().second;
    }
    return keys;
}

QList<qint64> EditStore::conflictedRows(const QString &table) const
{
    QList<qint64> keys;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key().first == table && !it->theirs.isEmpty())
            keys << it.key().second;
    }
    return keys;
}

QList<qint64> EditStore::goneRows(const QString &table) const
{
    QList<qint64> keys;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key().first == table && it->isGone())
            keys << it.key().second;
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

const EditStore::Row *EditStore::row(const QString &table, qint64 key) const
{
    auto it = m_rows.constFind({table, key});
    return it == m_rows.constEnd() ? nullptr : &it.value();
}

bool EditStore::isUnsentDelete(const QString &table, qint64 key) const
{
    const Row *pending = row(table, key);
    return pending && pending->deleted && !pending->inFlight;
}

void EditStore::restoreRow(const QString &table, qint64 key)
{
    auto it = m_rows.find({table, key});
    if (it == m_rows.end() || !it->deleted || it->inFlight)
        return;
    {
        const Change change(this, {table, key});
        m_rows.erase(it); // its value edits went with the delete; the undo stack restores them
    }
    Q_EMIT changed();
}

QList<qint64> EditStore::newRows(const QString &table) const
{
    QList<qint64> keys;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key().first == table && it->isNew && !it->deleted)
            keys << it.key().second;
    }
    std::sort(keys.begin(), keys.end(), std::greater<qint64>());
    return keys;
}

QSet<qint64> EditStore::deletedRows(const QString &table) const
{
    QSet<qint64> keys;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key().first == table && it->deleted)
            keys.insert(it.key().second);
    }
    return keys;
}

int EditStore::pendingCount() const
{
    return m_tally.pending;
}

int EditStore::refusedCount() const
{
    return m_tally.refused;
}

void EditStore::holdRow(const QString &table, qint64 key)
{
    const Key held{table, table.isEmpty() ? 0 : key};
    if (held == m_held)
        return;
    const bool released = hasHeldRow();
    {
        // Whether the rows can be written changes with the hold; their recorded state does not.
        const Change before(this, m_held, false);
        const Change after(this, held, false);
        m_held = held;
    }
    if (released || hasHeldRow())
        Q_EMIT changed(); // what can be saved now is different
}

bool EditStore::hasHeldRow() const
{
    auto it = m_rows.constFind(m_held);
    return it != m_rows.constEnd() && it->isNew && !it->deleted && !it->inFlight;
}

bool EditStore::isWritable(const Key &key, const Row &row) const
{
    if (row.inFlight || row.isRefused() || (row.isNew && key == m_held))
        return false;
    return row.isNew || row.deleted || row.values.size() > row.theirs.size();
}

bool EditStore::hasWork() const
{
    return m_tally.writable > 0;
}

KeyMapPtr EditStore::keyMap(const QString &table)
{
    KeyMapPtr &map = m_keyMaps[table];
    if (!map)
        map = std::make_shared<KeyMap>();
    return map;
}

RowKey EditStore::rowKey(const QString &table, qint64 key) const
{
    if (key > 0) {
        if (const KeyMapPtr map = m_keyMaps.value(table))
            return map->key(key);
    }
    return RowKey::fromId(key);
}

void EditStore::forgetKeyMap(const QString &table)
{
    m_keyMaps.remove(table);
}

void EditStore::setKeysTyped(const QString &table, bool typed)
{
    if (typed)
        m_typedKeys.insert(table);
    else
        m_typedKeys.remove(table);
}

qint64 EditStore::keyOf(const QString &table, const RowKey &key)
{
    // A key of values is always a mapped table's (an integer key is read as an integer).
    if (!key.isId() || m_keyMaps.contains(table))
        return keyMap(table)->handle(key);
    return key.id();
}

SaveBatch EditStore::takeBatch()
{
    SaveBatch batch;
    batch.id = QRandomGenerator::system()->generate64() >> 1; // positive when stored as text
    if (batch.id == 0)
        batch.id = 1;
    // Deterministic order: by table, then key (inserts, with negative keys, first in creation
    // order). A table whose keys are typed (mapped keys, a server's integer key without a
    // default) sends its deletions first, then its inserts, then its updates: a row deleted and
    // added again with the same key (the only way to change a saved row's key there) is no
    // duplicate, and an update may refer to a row added in the batch.
    const auto rank = [this](const Key &key) {
        if (!m_keyMaps.contains(key.first) && !m_typedKeys.contains(key.first))
            return key.second < 0 ? 0 : 1;
        return key.second < 0 ? 1 : m_rows.value(key).deleted ? 0 : 2;
    };
    QList<Key> keys = m_rows.keys();
    std::sort(keys.begin(), keys.end(), [&rank](const Key &a, const Key &b) {
        if (a.first != b.first)
            return a.first < b.first;
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return a.second < 0 ? a.second > b.second : a.second < b.second;
    });
    m_inFlight.reserve(m_tally.writable);
    for (const Key &key : keys) {
        Row &row = m_rows[key];
        if (!isWritable(key, row))
            continue;
        RowChange change;
        change.table = key.first;
        change.key = rowKey(key.first, key.second);
        change.kind
            = row.deleted ? RowChange::Delete : (row.isNew ? RowChange::Insert : RowChange::Update);
        if (change.kind == RowChange::Delete && row.isNew)
            continue; // removeRow() drops unsent inserts; this one is waiting for its INSERT
        if (change.kind != RowChange::Delete) {
            QStringList columns = row.values.keys();
            columns.sort();
            change.values.reserve(columns.size());
            qsizetype checked = 0;
            for (const QString &column : std::as_const(columns)) {
                if (row.theirs.contains(column))
                    continue; // waits for the user to resolve the conflict
                change.values.push_back({column, row.values.value(column)});
                if (change.kind == RowChange::Update && row.originals.contains(column))
                    ++checked;
            }
            if (checked > 0 && checked == row.originals.size()) {
                change.expected = row.originals; // shared: every original is of a column sent
            } else if (checked > 0) {
                for (const auto &[column, value] : std::as_const(change.values)) {
                    if (const auto original = row.originals.constFind(column);
                        original != row.originals.cend())
                        change.expected.insert(column, *original);
                }
            }
        }
        change.tag = m_nextTag++;
        m_inFlight.insert(change.tag, {key, change.kind, change.values, row.generation});
        const Change flying(this, key, false);
        row.inFlight = true;
        batch.changes.push_back(change);
    }
    if (!batch.changes.isEmpty()) {
        m_inFlightBatch = batch.id;
        Q_EMIT changed(); // the journal records what is in flight before it is sent
    }
    return batch;
}

EditStore::Snapshot EditStore::snapshot() const
{
    Snapshot result;
    result.inFlightBatch = m_inFlight.isEmpty() ? 0 : m_inFlightBatch;
    QHash<Key, const Flight *> flights;
    for (const Flight &flight : m_inFlight)
        flights.insert(flight.key, &flight);
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        SnapshotRow row;
        row.table = it.key().first;
        row.key = it.key().second;
        row.rowKey = rowKey(row.table, row.key);
        row.isNew = it->isNew;
        row.deleted = it->deleted;
        row.values = it->values;
        row.originals = it->originals;
        row.theirs = it->theirs;
        if (const Flight *flight = flights.value(it.key())) {
            row.inFlight = true;
            row.flightKind = flight->kind;
            row.flightValues = flight->values;
        }
        result.rows.push_back(row);
    }
    return result;
}

bool EditStore::snapshotRow(const QString &table, qint64 key, SnapshotRow *row) const
{
    const Row *pending = this->row(table, key);
    if (!pending)
        return false;
    row->table = table;
    row->key = key;
    row->rowKey = rowKey(table, key);
    row->isNew = pending->isNew;
    row->deleted = pending->deleted;
    row->values = pending->values;
    row->originals = pending->originals;
    row->theirs = pending->theirs;
    return true;
}

QVector<EditStore::SnapshotRow> EditStore::flightRows() const
{
    QVector<SnapshotRow> rows;
    rows.reserve(m_inFlight.size());
    for (const Flight &flight : m_inFlight) {
        SnapshotRow row;
        row.table = flight.key.first;
        row.key = flight.key.second;
        row.rowKey = rowKey(row.table, row.key);
        row.inFlight = true;
        row.flightKind = flight.kind;
        row.flightValues = flight.values;
        rows.push_back(row);
    }
    return rows;
}

void EditStore::commitFlight(const Flight &flight, const ChangeResult &result)
{
    auto it = m_rows.find(flight.key);
    if (it == m_rows.end())
        return;
    const QString table = flight.key.first;
    const qint64 oldKey = flight.key.second;
    const bool conflict = result.error.kind == StorageError::Conflict;
    if (!conflict && !result.ok() && it->isNew && it->deleted) {
        const Change change(this, flight.key); // taken back meanwhile: nothing left to refuse
        m_rows.erase(it);
        return;
    }
    if (!conflict && !result.ok()) {
        {
            const Change change(this, flight.key);
            it->inFlight = false;
            it->error = result.error;
            it->refusedGeneration = flight.generation;
        }
        Q_EMIT rowRefused(table, oldKey, result.error);
        return;
    }
    const qint64 newKey = flight.kind == RowChange::Insert ? keyOf(table, result.key) : oldKey;
    RowValues written = flight.values;
    {
        const Change before(this, flight.key);
        std::optional<Change> after;
        if (newKey != oldKey)
            after.emplace(this, Key{table, newKey});
        Row row = std::move(*it); // no copy for the edits below to detach from
        m_rows.erase(it);
        row.inFlight = false;
        if (conflict) {
            written.removeIf([&result](const std::pair<QString, QVariant> &value) {
                return result.theirs.contains(value.first);
            });
            for (auto theirs = result.theirs.cbegin(); theirs != result.theirs.cend(); ++theirs)
                row.theirs.insert(theirs.key(), theirs.value());
        }
        row.error = {};
        if (flight.kind == RowChange::Insert)
            row.isNew = false;
        else if (flight.kind == RowChange::Delete)
            row.deleted = false;
        // Drop the values that were written, unless the user changed them meanwhile.
        for (const auto &[column, value] : std::as_const(written)) {
            auto current = row.values.find(column);
            if (current != row.values.end() && *current == value) {
                row.values.erase(current);
                row.originals.remove(column);
            } else {
                row.originals.insert(column, value); // the next write starts from it
            }
        }
        if (row.isNew || row.deleted || !row.values.isEmpty())
            m_rows.emplace(Key{table, newKey}, std::move(row));
    }
    Q_EMIT rowCommitted(table, oldKey, newKey, written);
    if (!result.theirs.isEmpty())
        Q_EMIT rowConflicted(table, oldKey, result.theirs);
}

void EditStore::applyOutcome(const SaveOutcome &outcome)
{
    if (outcome.status == SaveOutcome::Committed) {
        for (const ChangeResult &result : outcome.results) {
            const auto flight = m_inFlight.constFind(result.tag);
            if (flight != m_inFlight.constEnd())
                commitFlight(*flight, result);
        }
    }
    // Busy or failed: nothing was written, every edit stays pending.
    for (const Flight &flight : std::as_const(m_inFlight)) {
        auto it = m_rows.find(flight.key);
        if (it != m_rows.end() && it->inFlight) {
            // A new row taken back while its INSERT was on its way, which did not land: there
            // is nothing to delete (as in removeRow()).
            const bool takenBack = it->isNew && it->deleted;
            const Change landed(this, flight.key, takenBack);
            it->inFlight = false;
            if (takenBack)
                m_rows.erase(it);
        }
    }
    m_inFlight.clear();
    m_inFlightBatch = 0;
    Q_EMIT changed();
}

} // namespace rowbook

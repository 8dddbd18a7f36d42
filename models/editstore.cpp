#include "editstore.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace rowbook {

EditStore::EditStore(QObject *parent)
    : QObject(parent)
{}

EditStore::Row &EditStore::touch(const QString &table, qint64 key)
{
    Row &row = m_rows[{table, key}];
    ++row.generation;
    return row;
}

void EditStore::setValue(const QString &table, qint64 key, const QString &column,
                         const QVariant &value)
{
    Row &row = touch(table, key);
    row.values.insert(column, value);
    Q_EMIT changed();
}

qint64 EditStore::addRow(const QString &table, const QHash<QString, QVariant> &values)
{
    const qint64 key = m_nextTemporaryKey--;
    Row &row = touch(table, key);
    row.isNew = true;
    row.values = values;
    Q_EMIT changed();
    return key;
}

void EditStore::removeRow(const QString &table, qint64 key)
{
    const Key id{table, key};
    auto it = m_rows.find(id);
    if (it != m_rows.end() && it->isNew && !it->inFlight) {
        m_rows.erase(it); // never written: nothing to delete
        Q_EMIT changed();
        return;
    }
    Row &row = touch(table, key);
    row.deleted = true;
    row.values.clear();
    Q_EMIT changed();
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
    m_rows.erase(it); // its value edits were dropped with the delete; the undo stack restores them
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
    int count = 0;
    for (const Row &row : m_rows) {
        if (row.deleted || row.isNew)
            ++count;
        else
            count += row.values.size();
    }
    return count;
}

int EditStore::refusedCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const Row &row) { return row.isRefused(); }));
}

void EditStore::holdRow(const QString &table, qint64 key)
{
    const Key held{table, table.isEmpty() ? 0 : key};
    if (held == m_held)
        return;
    const bool released = hasHeldRow();
    m_held = held;
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
    return row.isNew || row.deleted || !row.values.isEmpty();
}

bool EditStore::hasWork() const
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (isWritable(it.key(), it.value()))
            return true;
    }
    return false;
}

SaveBatch EditStore::takeBatch()
{
    SaveBatch batch;
    batch.id = QRandomGenerator::system()->generate64() >> 1; // positive when stored as text
    if (batch.id == 0)
        batch.id = 1;
    // Deterministic order: by table, then key (inserts, with negative keys, first in creation order).
    QList<Key> keys = m_rows.keys();
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.first != b.first)
            return a.first < b.first;
        if ((a.second < 0) != (b.second < 0))
            return a.second < 0;
        return a.second < 0 ? a.second > b.second : a.second < b.second;
    });
    for (const Key &key : keys) {
        Row &row = m_rows[key];
        if (!isWritable(key, row))
            continue;
        RowChange change;
        change.table = key.first;
        change.rowid = key.second;
        change.kind = row.deleted ? RowChange::Delete
                                  : (row.isNew ? RowChange::Insert : RowChange::Update);
        if (change.kind == RowChange::Delete && row.isNew)
            continue; // removeRow() drops unsent inserts; this one is waiting for its INSERT
        QStringList columns = row.values.keys();
        columns.sort();
        if (change.kind != RowChange::Delete) {
            for (const QString &column : columns)
                change.values.push_back({column, row.values.value(column)});
        }
        change.tag = m_nextTag++;
        m_inFlight.insert(change.tag, {key, change.kind, row.values, row.generation});
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
        row.isNew = it->isNew;
        row.deleted = it->deleted;
        row.values = it->values;
        if (const Flight *flight = flights.value(it.key())) {
            row.inFlight = true;
            row.flightKind = flight->kind;
            row.flightValues = flight->values;
        }
        result.rows.push_back(row);
    }
    return result;
}

void EditStore::commitFlight(const Flight &flight, const ChangeResult &result)
{
    auto it = m_rows.find(flight.key);
    if (it == m_rows.end())
        return;
    Row row = *it;
    row.inFlight = false;
    const QString &table = flight.key.first;
    const qint64 oldKey = flight.key.second;

    if (!result.ok()) {
        row.error = result.error;
        row.refusedGeneration = flight.generation;
        *it = row;
        Q_EMIT rowRefused(table, oldKey, result.error);
        return;
    }

    row.error = {};
    qint64 newKey = oldKey;
    if (flight.kind == RowChange::Insert) {
        newKey = result.rowid;
        row.isNew = false;
    } else if (flight.kind == RowChange::Delete) {
        row.deleted = false;
    }
    // Drop the values that were written, unless the user changed them meanwhile.
    for (auto value = flight.values.cbegin(); value != flight.values.cend(); ++value) {
        auto current = row.values.find(value.key());
        if (current != row.values.end() && *current == *value)
            row.values.erase(current);
    }
    m_rows.erase(it);
    if (row.isNew || row.deleted || !row.values.isEmpty())
        m_rows.insert({table, newKey}, row);
    Q_EMIT rowCommitted(table, oldKey, newKey, flight.values);
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
        if (it != m_rows.end())
            it->inFlight = false;
    }
    m_inFlight.clear();
    m_inFlightBatch = 0;
    Q_EMIT changed();
}

} // namespace rowbook

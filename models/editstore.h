#pragma once

#include "keymap.h"
#include "rowchange.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVariant>

namespace rowbook {

// Every edit the user made that is not yet committed, for all tables of one database. Rows are
// addressed by RowKey id; a row added in the window gets a negative key until its INSERT commits.
// Nothing leaves this store until the database confirms it: a batch that fails or times out on
// the lock leaves every edit in place, so no edit is ever dropped.
class EditStore : public QObject
{
    Q_OBJECT
public:
    struct Row
    {
        bool isNew = false;              // an INSERT not yet committed
        bool deleted = false;            // a DELETE not yet committed
        QHash<QString, QVariant> values; // column -> value not yet committed
        quint64 generation = 0;          // bumped by every change to this row
        quint64 refusedGeneration = 0;   // generation that the database refused
        StorageError error;              // why it was refused (constraint, row gone)
        bool inFlight = false;
        // Column -> the stored value the user started from: an UPDATE writes the column only
        // while the file still holds it (compare-and-set).
        QHash<QString, QVariant> originals;
        // Column -> what another program wrote meanwhile. Such a column is not saved until the
        // user keeps their value (against this one) or takes this one.
        QHash<QString, QVariant> theirs;

        bool isRefused() const
        {
            return error.isError() && error.kind != StorageError::Conflict
                   && generation == refusedGeneration;
        }
        bool isGone() const { return isRefused() && error.kind == StorageError::Gone; }
    };
    // One cell's pending state, for undoing conflict resolutions.
    struct Cell
    {
        bool pending = false;
        QVariant value;
        bool hasOriginal = false;
        QVariant original;
        bool conflict = false;
        QVariant theirs;
    };

    explicit EditStore(QObject *parent = nullptr);

    // The handles of a table whose row keys are not one integer (TableInfo::keysMapped): the
    // store addresses such rows by KeyMap handle, and keeps each table's map for as long as it
    // lives, so pending edits keep their rows across refreshes and table switches.
    KeyMapPtr keyMap(const QString &table);
    // `table` is addressed by integers (again): its map, if any, is dropped.
    void forgetKeyMap(const QString &table);
    bool hasKeyMap(const QString &table) const { return m_keyMaps.contains(table); }
    // Whether the user types the keys of `table`'s new rows (TableInfo::keyNumbered false; a
    // mapped table's keys always are): takeBatch() then sends its deletions before its inserts.
    void setKeysTyped(const QString &table, bool typed);
    // The key the database knows a row by: the integer itself, or the values a handle stands for.
    RowKey rowKey(const QString &table, qint64 key) const;
    // The store's key for a row the database named: the handle of its values when the table has
    // a map (keyMap()) or the key is not an integer, else the integer.
    qint64 keyOf(const QString &table, const RowKey &key);

    void setValue(const QString &table, qint64 key, const QString &column, const QVariant &value);
    qint64 addRow(const QString &table, const QHash<QString, QVariant> &values = {});
    void removeRow(const QString &table, qint64 key);
    // Remembers the stored value the user started from, unless one is remembered already.
    void
    setOriginal(const QString &table, qint64 key, const QString &column, const QVariant &stored);
    Cell cell(const QString &table, qint64 key, const QString &column) const;
    void setCell(const QString &table, qint64 key, const QString &column, const Cell &cell);
    // Drops every pending edit of the row (e.g. a row another program deleted); returns what it
    // was.
    Row takeRow(const QString &table, qint64 key);
    void putRow(const QString &table, qint64 key, const Row &row);
    // Cells changed by another program while the user's edit to them was pending.
    int conflictCount() const;
    // Rows another program deleted while the user's edits to them were pending.
    QList<qint64> goneRows(const QString &table) const;
    // Keys of this table's existing rows with value edits not yet saved.
    QList<qint64> editedRows(const QString &table) const;
    // Keys of this table's rows with cells in conflict.
    QList<qint64> conflictedRows(const QString &table) const;

    const Row *row(const QString &table, qint64 key) const;
    // A delete that has not been sent yet can simply be taken back.
    bool isUnsentDelete(const QString &table, qint64 key) const;
    void restoreRow(const QString &table, qint64 key);
    // Keys of this table's rows added in the window and not yet inserted, oldest first.
    QList<qint64> newRows(const QString &table) const;
    // Keys of this table's rows deleted in the window and not yet deleted in the file.
    QSet<qint64> deletedRows(const QString &table) const;
    // Keeps a new row out of batches while the user is still filling it in (one row at a time;
    // an empty table name releases it). Releasing it makes it writable again.
    void holdRow(const QString &table, qint64 key);
    // True when a new row is held back with edits waiting for it.
    bool hasHeldRow() const;
    // Pending edits: changed cells, plus one for each added or deleted row.
    int pendingCount() const;
    int refusedCount() const;
    // True when a batch with something new to write can be taken.
    bool hasWork() const;
    // Rows with any pending state (edits, adds, deletes, remembered originals).
    int rowCount() const { return int(m_rows.size()); }
    bool isSaving() const { return !m_inFlight.isEmpty(); }

    // Moves everything writable into a batch and marks it in flight. Batch ids are random, so
    // they are unique across sessions (the recovery journal compares them with the file's).
    SaveBatch takeBatch();
    // Applies what the database did with the batch taken last.
    void applyOutcome(const SaveOutcome &outcome);

    // Everything pending, for the recovery journal.
    struct SnapshotRow
    {
        QString table;
        qint64 key = 0;
        RowKey rowKey; // as the database knows the row (rowKey()): what the journal records
        bool isNew = false;
        bool deleted = false;
        QHash<QString, QVariant> values;
        bool inFlight = false;
        RowChange::Kind flightKind = RowChange::Update;
        RowValues flightValues; // what the in-flight batch writes
        QHash<QString, QVariant> originals;
        QHash<QString, QVariant> theirs;
    };
    struct Snapshot
    {
        quint64 inFlightBatch = 0; // 0 when nothing is being saved
        QVector<SnapshotRow> rows;
    };
    Snapshot snapshot() const;
    // One row as the journal records it (no flight fields); false when the store holds nothing
    // for it. O(1): the journal appends only the rows that rowTouched() named.
    bool snapshotRow(const QString &table, qint64 key, SnapshotRow *row) const;
    // The batch in flight (0 when none) and its rows with what they write: O(batch size).
    quint64 inFlightBatch() const { return m_inFlight.isEmpty() ? 0 : m_inFlightBatch; }
    QVector<SnapshotRow> flightRows() const;

Q_SIGNALS:
    void changed();
    // The recorded state of one row changed, or the row left the store. Comes before changed();
    // not for a row only going in or out of flight (flightRows() has those).
    void rowTouched(const QString &table, qint64 key);
    // A row's edits committed. For an insert, oldKey is the temporary key and newKey the saved key.
    // `values` are the columns written (a list, not a hash: a save commits thousands of rows and
    // a hash of one column allocates room for 48).
    void rowCommitted(const QString &table,
                      qint64 oldKey,
                      qint64 newKey,
                      const rowbook::RowValues &values);
    void rowRefused(const QString &table, qint64 key, const rowbook::StorageError &error);
    // Another program changed cells of this row; `theirs` holds its values (column -> value).
    void rowConflicted(const QString &table, qint64 key, const QHash<QString, QVariant> &theirs);

private:
    using Key = std::pair<QString, qint64>;
    struct Flight
    {
        Key key;
        RowChange::Kind kind;
        RowValues values; // shared with the batch's RowChange: never written through
        quint64 generation;
    };

    // The counts behind pendingCount(), conflictCount(), refusedCount() and hasWork(), kept up
    // to date row by row (class Change), so none of them walks the store: they run after every
    // edit, and the store can hold many thousands of rows.
    struct Tally
    {
        int pending = 0;
        int conflicts = 0;
        int refused = 0;
        int writable = 0;
    };
    class Change;

    Row &touch(const QString &table, qint64 key);
    bool isWritable(const Key &key, const Row &row) const;
    void count(const Key &key, const Row &row, int sign);
    void commitFlight(const Flight &flight, const ChangeResult &result);

    QHash<Key, Row> m_rows;
    QHash<QString, KeyMapPtr> m_keyMaps; // keyMap()
    QSet<QString> m_typedKeys;           // setKeysTyped()
    QHash<quint64, Flight> m_inFlight;   // by change tag
    quint64 m_inFlightBatch = 0;
    Key m_held{QString(), 0};
    qint64 m_nextTemporaryKey = -1;
    quint64 m_nextTag = 1;
    Tally m_tally;
};

} // namespace rowbook

#include "tablemodel.h"

#include "columnvalues.h"
#include "editstore.h"
#include "undohistory.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QSqlError>
#include <QStringList>
#include <QUndoStack>

#include <algorithm>

namespace rowbook {

TableModel::TableModel(const QSqlDatabase &reader,
                       EditStore *store,
                       KeyLoader *loader,
                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(reader)
    , m_dialect(&SqlDialect::of(m_db))
    , m_store(store)
    , m_loader(loader)
{
    if (m_loader) {
        connect(m_loader, &KeyLoader::previewed, this, &TableModel::onKeysPreviewed);
        connect(m_loader, &KeyLoader::loaded, this, &TableModel::onKeysLoaded);
        connect(m_loader, &KeyLoader::unchanged, this, &TableModel::onKeysUnchanged);
        connect(m_loader, &KeyLoader::failed, this, &TableModel::onKeysFailed);
    }
    connect(m_store, &EditStore::rowCommitted, this, &TableModel::onRowCommitted);
    connect(m_store, &EditStore::changed, this, &TableModel::onStoreChanged);
    connect(m_store, &EditStore::rowRefused, this,
            [this](const QString &table, qint64 key) { onRowRefused(table, key); });
    connect(m_store, &EditStore::rowConflicted, this, &TableModel::onRowConflicted);
}

namespace {

// `read` once for each table generation into `value`. A catalog that could not be read (the
// server's session lost) is not "none": it is asked again the next time.
template<typename List, typename Read>
const List &readOncePerTable(List &value, quint64 &readFor, quint64 generation, Read read)
{
    if (readFor != generation) {
        bool failed = false;
        value = read(&failed);
        if (!failed)
            readFor = generation;
    }
    return value;
}

} // namespace

const QVector<ForeignKey> &TableModel::foreignKeys() const
{
    return readOncePerTable(
        m_foreignKeys, m_foreignKeysGeneration, m_tableGeneration, [this](bool *failed) {
            return m_info.isView || !m_info.isValid() ? QVector<ForeignKey>()
                                                      : ForeignKeys::of(m_db, m_info.name, failed);
        });
}

const QVector<ForeignKeyConstraint> &TableModel::referringKeys() const
{
    return readOncePerTable(m_referring, m_referringGeneration, m_tableGeneration,
                            [this](bool *failed) {
                                return m_info.isView || !m_info.isValid()
                                           ? QVector<ForeignKeyConstraint>()
                                           : ForeignKeys::referringTo(m_db, m_info.name, failed);
                            });
}

void TableModel::keepTheFormOfHeldKeys()
{
    // Pending edits, undo steps and a KeyMap's handles outlive an opening: while anything may
    // hold this table's keys, they stay in the form they had (a key below 1 that came or went
    // since would otherwise turn handles into stored keys or back). Keys held unmapped then
    // make the table read-only when a low one is read (noteLowKey()).
    if (!m_info.isValid())
        return;
    const bool mapped = m_store->hasKeyMap(m_info.name);
    if (mapped || !m_store->editedRows(m_info.name).isEmpty()
        || (m_history && m_history->stack(m_info.name)->count() > 0))
        Catalog::setKeysMapped(m_info, mapped);
}

bool TableModel::setTable(const QString &name)
{
    beginResetModel();
    m_info = Catalog::table(m_db, name);
    keepTheFormOfHeldKeys();
    m_keyMap = m_info.keysMapped ? m_store->keyMap(m_info.name) : KeyMapPtr();
    if (m_info.isValid() && !m_info.keysMapped)
        m_store->forgetKeyMap(m_info.name); // a table made again with an integer key
    if (m_info.isValid())
        m_store->setKeysTyped(m_info.name, m_info.keyColumn >= 0 && !m_info.keyNumbered);
    ++m_tableGeneration;
    m_positional = !m_info.hasRowKey;
    m_where.clear();
    m_whereValues.clear();
    m_orderBy.clear();
    m_rows.clear();
    m_keys.clear();
    resetWindow(); // nothing answers for the old rows while the new ones are read
    m_editStarts.clear();
    m_lastError.clear();
    m_unfilteredCount = -1;
    m_rowCountBound = -1;
    m_lowKeyNote.clear();
    m_refreshing = false; // a refresh of the table shown before
    m_refreshAfterLoad = false;
    m_refreshedFrom.reset();
    m_store->holdRow({}, 0); // a new row of the table shown before is saved now
    setOperation(Operation::None);
    if (!m_info.isValid()) {
        m_lastError = tr("There is no table or view named “%1”.").arg(name);
    } else if (m_loader && !m_positional) {
        // The first page now, with its values (the first paint reads nothing more) and, for an
        // integer key, the bound of the row count; the whole row list from the loader thread.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (query.exec(m_dialect->firstRowsQuery(m_info, selectList(), pageSize))) {
            const int width = m_info.keyWidth + int(m_info.columns.size()); // then the bound
            QVector<QVector<QVariant>> rows;
            QVariant span;
            while (query.next()) {
                QVector<QVariant> row(width);
                for (int c = 0; c < width; ++c)
                    row[c] = query.value(c);
                if (!m_keyMap)
                    span = query.value(width);
                rows.push_back(std::move(row));
            }
            // A read cut short (QPSQL reads row by row: the server's error may come after some
            // rows) is not a small table.
            const QSqlError failed = query.lastError();
            query.finish();
            if (failed.isValid()) {
                m_lastError = StorageError::fromSql(failed).userMessage();
            } else {
                for (const qint64 key : cacheRows(std::move(rows), 0))
                    m_keys.push_back(key);
                const bool complete = m_keys.size() < std::size_t(pageSize);
                if (complete)
                    m_unfilteredCount = qint64(m_keys.size());
                noteLowKey(m_keys); // the keys read, before the window's new rows join them
                applyPendingRows(m_keys);
                if (!complete) { // small tables are done; big ones continue on the loader thread
                    requestKeys(Operation::Open);
                    bool fits = false; // a span past qint64 (SQLite: a REAL) is no bound
                    const qint64 bound = span.toString().toLongLong(&fits);
                    m_rowCountBound = fits ? bound : -1;
                }
            }
        } else {
            m_lastError = StorageError::fromSql(query.lastError()).userMessage();
        }
    } else {
        reloadKeys();
        m_unfilteredCount = qint64(m_keys.size());
    }
    resetWindow();
    endResetModel();
    return m_info.isValid() && m_lastError.isEmpty();
}

void TableModel::noteLowKey(const RowList &keys)
{
    // A list as read, in any order or filter: the window's new rows are not in it yet, so a key
    // of 0 or below in it is a row of the table, even one equal to a new row's key.
    const qint64 lowest = keys.lowestAdded();
    if (!m_lowKeyNote.isEmpty() || m_positional || m_keyMap || lowest > 0)
        return;
    const QString key
        = m_info.keyColumn >= 0 ? m_info.columns[m_info.keyColumn].name : m_info.keyName;
    m_lowKeyNote
        = tr("A row’s key “%1” is %2, and Rowbook cannot edit tables with keys of 0 or below yet.")
              .arg(key)
              .arg(lowest);
    // Undo would write to the table as well.
    if (m_history && m_history->stack(m_info.name)->count() > 0)
        m_history->clear(m_info.name, m_lowKeyNote);
    Q_EMIT readOnlyChanged();
}

void TableModel::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool TableModel::isNewKey(qint64 key) const
{
    if (key >= 0)
        return false;
    if (m_lowKeyNote.isEmpty())
        return true;
    // A table of keys below 1 (read-only): its rows are not new; a recovered row added here is.
    const EditStore::Row *row = m_store->row(m_info.name, key);
    return row && row->isNew;
}

bool TableModel::isReadOnly() const
{
    return m_readOnly || !m_lowKeyNote.isEmpty() || !m_info.isEditable();
}

void TableModel::setFilter(const QString &condition, const QVariantList &values)
{
    m_where = condition;
    m_whereValues = values;
    replaceKeys(wantsPreview());
}

void TableModel::refresh()
{
    m_rows.clear();
    replaceKeys();
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_windowCount;
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_info.columns.size();
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const ColumnInfo &column = m_info.columns[index.column()];
    const qint64 key = keyAt(index.row());
    const EditStore::Row *edits = m_positional ? nullptr : m_store->row(m_info.name, key);
    if (m_painting > 0 && m_fetcher && !edits && !m_rows.find(key) && !isAbsent(key)) {
        requestPage(position(index.row()) / pageSize);
        if (m_positional || !m_rows.findStale(key))
            return {}; // blank until it arrives; a row another program changed shows as it was
    }
    bool pending = false;
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(index.row(), index.column(), &pending);
        if (column.kind == ColumnKind::Boolean && !v.isNull())
            return {};
        if (v.isNull() && edits && edits->isNew && !pending)
            return m_info.isNumberedKey(index.column()) ? tr("(new)") : QString();
        return ColumnValues::displayText(column.kind, v);
    }
    case Qt::EditRole:
        return ColumnValues::editValue(column.kind, value(index.row(), index.column()));
    case Qt::CheckStateRole: {
        if (column.kind != ColumnKind::Boolean)
            return {};
        const QVariant v = ColumnValues::editValue(column.kind, value(index.row(), index.column()));
        if (v.isNull())
            return {};
        return v.toBool() ? Qt::Checked : Qt::Unchecked;
    }
    case Qt::ForegroundRole:
        if (value(index.row(), index.column()).isNull())
            return QBrush(m_colours.nullText);
        return {};
    case Qt::FontRole:
        if (value(index.row(), index.column()).isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column.kind == ColumnKind::Integer || column.kind == ColumnKind::Real)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (edits && (edits->isRefused() || edits->theirs.contains(column.name)))
            return QBrush(m_colours.refusedBackground);
        value(index.row(), index.column(), &pending);
        if (pending || (edits && edits->isNew))
            return QBrush(m_colours.pendingBackground);
        return {};
    case Qt::ToolTipRole:
        if (edits && edits->isRefused())
            return edits->error.userMessage();
        if (isReadOnly() && !readOnlyReason().isEmpty())
            return readOnlyReason();
        return savedKeyNote(index);
    case NullRole:
        return value(index.row(), index.column()).isNull();
    case PendingRole:
        value(index.row(), index.column(), &pending);
        return pending;
    case ErrorRole:
        return edits && edits->isRefused() ? edits->error.userMessage() : QString();
    case KeyRole:
        return key;
    case KindRole:
        return int(column.kind);
    case StoredRole:
        return value(index.row(), index.column());
    case ConflictRole:
    case TheirsRole:
    case GoneRole:
        return conflictData(index, role);
    default:
        return {};
    }
}

void TableModel::setCellColours(const CellColours &colours)
{
    if (colours == m_colours)
        return;
    m_colours = colours;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole});
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_info.columns.size()) {
        const ColumnInfo &column = m_info.columns[section];
        if (role == Qt::DisplayRole)
            return column.name;
        if (role == Qt::ToolTipRole) {
            QStringList parts{column.declaredType.isEmpty() ? tr("no declared type")
                                                            : column.declaredType};
            if (column.primaryKeyOrder > 0)
                parts << tr("primary key");
            if (column.notNull)
                parts << tr("required");
            if (!column.defaultSql.isEmpty())
                parts << tr("default %1").arg(column.defaultSql);
            return QStringLiteral("%1: %2").arg(column.name, parts.join(QLatin1String(", ")));
        }
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
        && section < rowCount())
        return !m_positional && isNewKey(keyAt(section)) ? QStringLiteral("*")
                                                         : QString::number(position(section) + 1);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> TableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NullRole, "isNull");
    names.insert(PendingRole, "isPending");
    names.insert(ErrorRole, "error");
    names.insert(KeyRole, "key");
    names.insert(KindRole, "kind");
    return names;
}

qint64 TableModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_keys.at(std::size_t(position(row))) : 0;
}

qint64 TableModel::keyAtPosition(int at) const
{
    return at >= 0 && at < totalRows() ? m_keys.at(std::size_t(at)) : 0;
}

int TableModel::rowForKey(qint64 key, int hint) const
{
    return rowAt(positionOfKey(key, hint >= 0 && hint < rowCount() ? position(hint) : -1));
}

int TableModel::positionOfKey(qint64 key, int hintPosition) const
{
    if (hintPosition >= 0 && hintPosition < totalRows()
        && m_keys.at(std::size_t(hintPosition)) == key)
        return hintPosition;
    if (key < 0) // new rows sit at the end: search from there
        return int(m_keys.lastIndexOf(key));
    // In key order (but for new rows at the end) a bisection; in another order a pass over the
    // keys, a few milliseconds at 10 million rows, and no index of every row in memory.
    return int(m_keys.indexOf(key));
}

void TableModel::emitRowChanged(int row, Header header)
{
    if (row >= 0 && row < rowCount()) {
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        // The header only when its text changed: QHeaderView answers with a new size hint and
        // the view with a layout of its geometries and a repaint of all of it, which cost each
        // edit a whole-grid repaint (the 20 ms stalls of issue 18).
        if (header == Header::Changed)
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    }
}

void TableModel::onRowCommitted(const QString &table,
                                qint64 oldKey,
                                qint64 newKey,
                                const RowValues &values)
{
    if (table != m_info.name || m_positional)
        return;
    // A page the RowFetcher read before this commit may hold the row as it was (and a key it
    // found absent may be this new row's): it is read again.
    m_rows.invalidatePagesInFlight();
    if (oldKey != newKey) {
        // An insert: new rows sit at the end, so this search is short. Re-read the row so
        // defaults and the new id show.
        const int at = positionOfKey(oldKey);
        if (at >= 0)
            m_keys.set(std::size_t(at), newKey);
        if (isLoading()) {
            m_insertedSinceRequest.push_back(newKey);
            m_deletedSinceRequest.remove(newKey); // a key of a row deleted before, used again
        }
        m_rows.remove(newKey);
        moveEditStarts(oldKey, newKey, values);
        emitRowChanged(rowAt(at), Header::Changed); // "*" becomes the row's number
        Q_EMIT rowKeyChanged(oldKey, newKey);
        return;
    }
    // An update or delete: patch the cache and repaint once per batch (onStoreChanged), instead
    // of looking up the row of each of possibly thousands of keys.
    if (RowCache::Row *row = m_rows.findToPatch(newKey)) {
        for (const auto &[name, value] : values) {
            const int column = m_info.columnIndex(name);
            if (column >= 0)
                (*row)[column] = value;
        }
    }
    m_savedKeys.insert(newKey);
}

void TableModel::setRowsShown(const void *view, int first, int last)
{
    m_rowsShown.insert(view, {first, last});
}

void TableModel::onStoreChanged()
{
    if (m_savedKeys.isEmpty())
        return;
    const QSet<qint64> saved = std::exchange(m_savedKeys, {});
    if (rowCount() == 0 || columnCount() == 0)
        return;
    // Only the cells: updates and deletes leave the row headers as they are (an insert's header
    // changes in onRowCommitted), and QHeaderView visits every section of the range it is given,
    // which is a million on a big table.
    if (m_rowsShown.isEmpty()) { // no view says what it shows
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    // The saved rows among those on screen and those with persistent indexes (the current
    // cell, which the form shows, open editors): a repaint of the whole grid is what made
    // each save stall the window for 20 ms and more.
    std::vector<int> rows;
    for (const auto &[first, last] : std::as_const(m_rowsShown)) {
        for (int row = std::max(first, 0); row <= std::min(last, rowCount() - 1); ++row)
            rows.push_back(row);
    }
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent)
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row >= 0 && row < rowCount() && saved.contains(keyAt(row)))
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

void TableModel::onRowRefused(const QString &table, qint64 key)
{
    if (table == m_info.name && !m_positional)
        emitRowChanged(rowForKey(key));
}

} // namespace rowbook

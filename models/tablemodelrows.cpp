// TableModel's rows by key: how a row's key is selected, bound and read back, and how the values
// of rows are read on the GUI thread's connection (a page, one row alone for an edit, the rows
// another program changed since they were shown). Pages for painting come from the RowFetcher
// (tablemodelpages.cpp).
#include "tablemodel.h"

#include "columnvalues.h"
#include "editstore.h"
#include "oneshot.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace rowbook {

QString TableModel::selectList() const
{
    QStringList columns;
    for (const ColumnInfo &column : m_info.columns)
        columns << m_dialect->selectColumn(column);
    return columns.join(QLatin1String(", "));
}

void TableModel::appendKey(QVariantList &values, qint64 key) const
{
    if (!m_keyMap) {
        values << key;
        return;
    }
    const QVariantList mapped = key > 0 ? m_keyMap->values(key) : QVariantList();
    if (mapped.size() == m_info.keyWidth)
        values << mapped;
    else // no saved row (a page of new rows only): a key that matches none, of the right width
        values << QVariantList(m_info.keyWidth, QVariant());
}

qint64 TableModel::keyFor(const QVariantList &values) const
{
    return m_keyMap ? m_keyMap->handle(values) : values.value(0).toLongLong();
}

qint64 TableModel::keyOf(const QSqlQuery &query) const
{
    if (!m_keyMap)
        return query.value(0).toLongLong();
    QVariantList values;
    for (int i = 0; i < m_info.keyWidth; ++i)
        values << query.value(i);
    return m_keyMap->handle(values);
}

qint64 TableModel::takeKey(QVector<QVariant> &row) const
{
    if (!m_keyMap)
        return row.takeFirst().toLongLong();
    const QVariantList values(row.cbegin(), row.cbegin() + m_info.keyWidth);
    row.remove(0, m_info.keyWidth);
    return m_keyMap->handle(values);
}

void TableModel::loadPage(int page) const
{
    const int first = page * pageSize; // pages are of positions in the whole list
    const int last = std::min<int>(first + pageSize, totalRows());
    if (first >= last)
        return;
    const auto [sql, values] = pageStatement(first, last);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (m_positional) { // the filter's values, bound where the server infers their types
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.exec();
    } else { // keys only
        oneshot::exec(query, sql, values);
    }
    ++m_pagesReadHere;
    const int columns = query.record().count();
    QVector<QVector<QVariant>> rows;
    while (query.next()) {
        QVector<QVariant> row(columns);
        for (int c = 0; c < columns; ++c)
            row[c] = query.value(c);
        rows.push_back(std::move(row));
    }
    query.finish();
    cacheRows(std::move(rows), first);
}

QHash<qint64, QVector<QVariant>> TableModel::changedSinceShown(const QList<int> &rows) const
{
    QHash<qint64, QVector<QVariant>> changed;
    if (m_positional || !m_info.isValid())
        return changed;
    std::vector<qint64> keys;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const qint64 key = keyAt(row);
        if (!isNewKey(key) && m_rows.find(key))
            keys.push_back(key);
    }
    const int columns = m_info.columns.size();
    for (size_t first = 0; first < keys.size(); first += pageSize) {
        const size_t last = std::min(keys.size(), first + pageSize);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        QVariantList values;
        for (size_t i = first; i < first + pageSize; ++i)
            appendKey(values, keys[std::min(i, last - 1)]); // short lists repeat the last key
        if (!oneshot::exec(query, m_dialect->pageQuery(m_info, selectList(), pageSize), values))
            continue; // cannot tell: the delete goes ahead as the user asked
        while (query.next()) {
            const qint64 key = keyOf(query);
            const QVector<QVariant> *shown = m_rows.find(key);
            if (!shown || changed.contains(key))
                continue;
            QVector<QVariant> now(columns);
            bool differs = false;
            for (int c = 0; c < columns; ++c) {
                now[c] = query.value(c + m_info.keyWidth);
                differs = differs || !ColumnValues::same(now[c], shown->value(c));
            }
            if (differs)
                changed.insert(key, now);
        }
    }
    return changed;
}

const QVector<QVariant> *TableModel::rowForEdit(qint64 key, bool *unreadable) const
{
    if (unreadable)
        *unreadable = false;
    if (const QVector<QVariant> *values = m_rows.find(key))
        return values;
    if (m_positional || isNewKey(key))
        return nullptr;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QVariantList keyValues;
    appendKey(keyValues, key);
    if (!oneshot::exec(query, m_dialect->rowQuery(m_info, selectList()), keyValues)) {
        if (unreadable)
            *unreadable = true;
        return nullptr;
    }
    if (!query.next())
        return nullptr;
    const int columns = m_info.columns.size();
    QVector<QVariant> values(columns);
    for (int c = 0; c < columns; ++c)
        values[c] = query.value(c);
    query.finish();
    return m_rows.addSingle(key, values);
}

std::optional<QVariant> TableModel::valueForEdit(int row, int column) const
{
    if (m_positional)
        return value(row, column);
    return keyValueForEdit(keyAt(row), column);
}

std::optional<QVariant> TableModel::keyValueForEdit(qint64 key, int column) const
{
    const QString &name = m_info.columns[column].name;
    if (const EditStore::Row *edits = m_store->row(m_info.name, key)) {
        auto it = edits->values.constFind(name);
        if (it != edits->values.constEnd())
            return *it;
        if (edits->isNew)
            return QVariant();
    }
    bool unreadable = false;
    if (const QVector<QVariant> *values = rowForEdit(key, &unreadable))
        return values->value(column);
    if (!unreadable)
        return QVariant(); // gone: the save says so
    const auto started = m_editStarts.constFind({key, name});
    if (started != m_editStarts.cend())
        return started.value(); // what the open editor showed
    const EditStore::Cell cell = m_store->cell(m_info.name, key, name);
    if (cell.hasOriginal)
        return cell.original;
    return std::nullopt;
}

QVariant TableModel::value(int row, int column, bool *pending) const
{
    const qint64 key = keyAt(row);
    if (pending)
        *pending = false;
    if (!m_positional) {
        if (const EditStore::Row *edits = m_store->row(m_info.name, key)) {
            auto it = edits->values.constFind(m_info.columns[column].name);
            if (it != edits->values.constEnd()) {
                if (pending)
                    *pending = true;
                return *it;
            }
            if (edits->isNew)
                return {};
        }
    }
    const QVector<QVariant> *values = m_rows.find(key);
    if (!values && m_painting > 0 && m_fetcher) { // a row with edits: its other cells come later
        if (isAbsent(key))
            return {};
        requestPage(position(row) / pageSize);
        // As it was before another program's commit (a position may hold another row now).
        values = m_positional ? nullptr : m_rows.findStale(key);
        if (!values)
            return {};
    }
    if (!values)
        values = readMissingRow(position(row), key);
    return values ? values->value(column) : QVariant();
}

} // namespace rowbook

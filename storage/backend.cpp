#include "backend.h"

#include "driverkind.h"
#include "pgbackend.h"
#include "sqlitebackend.h"

#include <QStringList>

#include <algorithm>

namespace rowbook {

namespace {

QString whereClause(const QString &where)
{
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where;
}

// The row key as one SQL value: its column, or a row of the columns of a key of several.
QString keyTuple(const TableInfo &table)
{
    return table.keyWidth > 1 ? QLatin1Char('(') + table.keyName + QLatin1Char(')') : table.keyName;
}

// The key as the key and page queries select it.
QString keySelect(const TableInfo &table)
{
    return table.keySelect.isEmpty() ? table.keyName : table.keySelect;
}

// The placeholders of one key: "?", or "(?, ?)" for a key of two columns.
QString keyPlaceholder(const TableInfo &table)
{
    const QString one = QStringList(table.keyWidth, QStringLiteral("?")).join(QLatin1String(", "));
    return table.keyWidth > 1 ? QLatin1Char('(') + one + QLatin1Char(')') : one;
}

// The list `keyTuple IN (...)` takes; `rowsPrefix` goes before a list of rows of values
// (SqlDialect::rowValuesListPrefix).
QString keyPlaceholders(const TableInfo &table, int count, const QString &rowsPrefix)
{
    const QString list = QStringList(count, keyPlaceholder(table)).join(QLatin1String(", "));
    return table.keyWidth > 1 ? rowsPrefix + list : list;
}

} // namespace

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    if (isPostgres(db))
        return PgDialect::instance();
    return SqliteDialect::instance();
}

QString SqlDialect::orderBy(const QString &column, Qt::SortOrder order) const
{
    return QStringLiteral("ORDER BY %1 %2")
        .arg(quoteIdentifier(column),
             order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
}

QString SqlDialect::selectColumn(const ColumnInfo &column) const
{
    return quoteIdentifier(column.name);
}

SqlDialect::Comparand
SqlDialect::comparand(const QString &quotedColumn, ColumnKind kind, const QVariant &value) const
{
    Q_UNUSED(kind)
    Q_UNUSED(value)
    return {quotedColumn, QStringLiteral("?")};
}

const SqlDialect &SqlDialect::standard()
{
    return SqliteDialect::instance();
}

QString SqlDialect::keyQuery(const TableInfo &table,
                             const QString &where,
                             const QString &orderBy,
                             int limit) const
{
    const QString key = table.keyName;
    const QString order = orderBy.isEmpty() ? QStringLiteral("ORDER BY ") + key
                                            : orderBy + QStringLiteral(", ") + key;
    QString sql
        = QStringLiteral("SELECT %1 FROM %2 %3 %4")
              .arg(keySelect(table), quoteIdentifier(table.name), whereClause(where), order);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

QString SqlDialect::countQuery(const TableInfo &table, const QString &where) const
{
    return QStringLiteral("SELECT count(*) FROM %1 %2")
        .arg(quoteIdentifier(table.name), whereClause(where));
}

QString
SqlDialect::firstRowsQuery(const TableInfo &table, const QString &selectList, int limit) const
{
    QString span;
    if (!table.keysMapped) {
        // As a numeric: PostgreSQL refuses an integer's overflow (keys 0 and 2147483647 in an
        // integer column), and that error would be the whole statement's.
        span = QStringLiteral(", CAST((SELECT max(%1) FROM %2) AS NUMERIC) - (SELECT min(%1) FROM "
                              "%2) + 1")
                   .arg(table.keyName, quoteIdentifier(table.name));
    }
    // The key's columns named with their table: a bare name in ORDER BY would be an output
    // column of that name first (a timestamp key read as text by `selectList`: text order).
    const QString owner = quoteIdentifier(table.name) + QLatin1Char('.');
    QStringList order(std::max(table.keyWidth, 1));
    if (table.keysMapped) {
        for (const ColumnInfo &column : table.columns) {
            if (column.primaryKeyOrder > 0 && column.primaryKeyOrder <= order.size())
                order[column.primaryKeyOrder - 1] = owner + quoteIdentifier(column.name);
        }
    }
    if (order.first().isEmpty()) // an integer key, or SQLite's rowid mapped (Catalog::mapLowKeys)
        order[0] = owner + table.keyName;
    return QStringLiteral("SELECT %1, %2%3 FROM %4 ORDER BY %5 LIMIT %6")
        .arg(keySelect(table), selectList, span, quoteIdentifier(table.name),
             order.join(QLatin1String(", ")))
        .arg(limit);
}

QString SqlDialect::pageQuery(const TableInfo &table, const QString &selectList, int keyCount) const
{
    return QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 IN (%5)")
        .arg(keySelect(table), selectList, quoteIdentifier(table.name), keyTuple(table),
             keyPlaceholders(table, keyCount, rowValuesListPrefix()));
}

QString SqlDialect::keyPredicate(const TableInfo &table)
{
    return keyTuple(table) + QStringLiteral(" = ") + keyPlaceholder(table);
}

QString SqlDialect::pageRangeQuery(const TableInfo &table, const QString &selectList) const
{
    return QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 BETWEEN ? AND ?")
        .arg(table.keyName, selectList, quoteIdentifier(table.name));
}

QString SqlDialect::rowQuery(const TableInfo &table, const QString &selectList) const
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3")
        .arg(selectList, quoteIdentifier(table.name), keyPredicate(table));
}

QString SqlDialect::rowExistsQuery(const TableInfo &table) const
{
    return QStringLiteral("SELECT 1 FROM %1 WHERE %2")
        .arg(quoteIdentifier(table.name), keyPredicate(table));
}

QString SqlDialect::positionalPageQuery(const TableInfo &table,
                                        const QString &selectList,
                                        const QString &where,
                                        const QString &orderBy) const
{
    return QStringLiteral("SELECT %1 FROM %2 %3 %4 LIMIT ? OFFSET ?")
        .arg(selectList, quoteIdentifier(table.name), whereClause(where), orderBy);
}

} // namespace rowbook

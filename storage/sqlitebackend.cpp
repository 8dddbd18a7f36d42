#include "sqlitebackend.h"

#include <QStringList>

namespace rowbook {

namespace {

QString whereClause(const QString &where)
{
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where;
}

QString keyPlaceholders(int count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1String(", "));
}

} // namespace

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    // SQLite is the only engine so far; the PostgreSQL dialect will be chosen here by driver.
    Q_UNUSED(db)
    return SqliteDialect::instance();
}

QString SqlDialect::orderBy(const QString &column, Qt::SortOrder order) const
{
    return QStringLiteral("ORDER BY %1 %2")
        .arg(quoteIdentifier(column),
             order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
}

const SqlDialect &SqlDialect::standard()
{
    return SqliteDialect::instance();
}

const SqliteDialect &SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

QString SqliteDialect::engineName() const
{
    return QStringLiteral("SQLite");
}

QString SqliteDialect::quoteIdentifier(const QString &identifier) const
{
    // Not QSQLiteDriver::escapeIdentifier: it splits names at dots and leaves names that already
    // start and end with a double quote alone, and both are valid table and column names.
    return Catalog::quote(identifier);
}

QString SqliteDialect::likePredicate(const QString &quotedColumn) const
{
    return quotedColumn + QLatin1String(" LIKE ? ESCAPE '\\'");
}

QString SqliteDialect::regexPredicate(const QString &quotedColumn) const
{
    return quotedColumn + QLatin1String(" REGEXP ?");
}

QString SqliteDialect::keyQuery(const TableInfo &table,
                                const QString &where,
                                const QString &orderBy,
                                int limit) const
{
    const QString key = table.keyName;
    const QString order = orderBy.isEmpty() ? QStringLiteral("ORDER BY ") + key
                                            : orderBy + QStringLiteral(", ") + key;
    QString sql = QStringLiteral("SELECT %1 FROM %2 %3 %4")
                      .arg(key, quoteIdentifier(table.name), whereClause(where), order);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

QString SqliteDialect::countQuery(const TableInfo &table, const QString &where) const
{
    return QStringLiteral("SELECT count(*) FROM %1 %2")
        .arg(quoteIdentifier(table.name), whereClause(where));
}

QString
SqliteDialect::pageQuery(const TableInfo &table, const QString &selectList, int keyCount) const
{
    return QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 IN (%4)")
        .arg(table.keyName, selectList, quoteIdentifier(table.name), keyPlaceholders(keyCount));
}

QString SqliteDialect::rowQuery(const TableInfo &table, const QString &selectList) const
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
        .arg(selectList, quoteIdentifier(table.name), table.keyName);
}

QString SqliteDialect::rowExistsQuery(const TableInfo &table) const
{
    return QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?")
        .arg(quoteIdentifier(table.name), table.keyName);
}

QString SqliteDialect::positionalPageQuery(const TableInfo &table,
                                           const QString &selectList,
                                           const QString &where,
                                           const QString &orderBy) const
{
    return QStringLiteral("SELECT %1 FROM %2 %3 %4 LIMIT ? OFFSET ?")
        .arg(selectList, quoteIdentifier(table.name), whereClause(where), orderBy);
}

QString SqliteDialect::readOnlyReason(const TableInfo &table) const
{
    if (table.isView)
        return tr("Views are read-only.");
    if (!table.hasRowKey)
        return tr("Tables without rowid are read-only for now.");
    return {};
}

QString SqliteDialect::versionQuery() const
{
    return QStringLiteral("SELECT sqlite_version()");
}

} // namespace rowbook

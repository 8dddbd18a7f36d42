#include "pgbackend.h"

#include "oneshot.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rowbook {

const PgDialect &PgDialect::instance()
{
    static const PgDialect dialect;
    return dialect;
}

QString PgDialect::engineName() const
{
    return QStringLiteral("PostgreSQL");
}

QString PgDialect::quoteIdentifier(const QString &identifier) const
{
    // The SQL standard's quoting, as on SQLite; not QPSQLDriver::escapeIdentifier, which leaves
    // a name that already starts and ends with a double quote alone.
    return Catalog::quote(identifier);
}

QString PgDialect::selectColumn(const ColumnInfo &column) const
{
    // Dates, times and the types without an editor are read as the server's text, as SQLite
    // holds them: QPSQL's QDateTime keeps milliseconds only, its QTime prints ".zzz", so a value
    // read natively would not compare equal to what the server holds when it is saved back.
    const QString quoted = quoteIdentifier(column.name);
    if (column.kind == ColumnKind::Date || column.kind == ColumnKind::DateTime
        || column.kind == ColumnKind::Any)
        return QStringLiteral("CAST(%1 AS text)").arg(quoted);
    return quoted;
}

QString PgDialect::orderBy(const QString &column, Qt::SortOrder order) const
{
    return SqlDialect::orderBy(column, order)
           + (order == Qt::AscendingOrder ? QLatin1String(" NULLS FIRST")
                                          : QLatin1String(" NULLS LAST"));
}

QString PgDialect::likePredicate(const QString &quotedColumn) const
{
    return QStringLiteral("CAST(%1 AS text) ILIKE ? ESCAPE '\\'").arg(quotedColumn);
}

QString PgDialect::regexPredicate(const QString &quotedColumn) const
{
    return QStringLiteral("CAST(%1 AS text) ~ ?").arg(quotedColumn);
}

QString PgDialect::holdsValue(const QString &quotedColumn, ColumnKind kind) const
{
    // Types Rowbook does not edit natively (json, xml, point, ...) may have no = operator:
    // their text forms are compared.
    if (kind == ColumnKind::Any)
        return QStringLiteral("(CAST(%1 AS text) IS NOT DISTINCT FROM CAST(? AS text) OR "
                              "CAST(%1 AS text) = CAST(? AS text))")
            .arg(quotedColumn);
    // The second form compares text: a value handed over as text for a numeric or date column.
    return QStringLiteral("(%1 IS NOT DISTINCT FROM ? OR CAST(%1 AS text) = CAST(? AS text))")
        .arg(quotedColumn);
}

SqlDialect::Comparand
PgDialect::comparand(const QString &quotedColumn, ColumnKind kind, const QVariant &value) const
{
    const bool number
        = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double;
    const QString asText = QStringLiteral("CAST(%1 AS text)").arg(quotedColumn);
    const QString textPlaceholder = QStringLiteral("CAST(? AS text)");
    // An integer against an integer column keeps the column's own type, so its index serves.
    if (value.typeId() == QMetaType::LongLong && kind == ColumnKind::Integer)
        return {quotedColumn, QStringLiteral("CAST(? AS bigint)")};
    if (number && (kind == ColumnKind::Integer || kind == ColumnKind::Real))
        return {quotedColumn, QStringLiteral("CAST(? AS numeric)")};
    if (number && kind == ColumnKind::Boolean)
        return {QStringLiteral("CAST(%1 AS integer)").arg(quotedColumn),
                QStringLiteral("CAST(? AS numeric)")};
    if (!number && (kind == ColumnKind::Text || kind == ColumnKind::LongText))
        return {quotedColumn, textPlaceholder};
    // Dates and times compare as their ISO text, as SQLite stores them; anything else by its
    // text form too, so a value of another type is no error.
    return {asText, textPlaceholder};
}

QString PgDialect::lockRowsClause() const
{
    return QStringLiteral(" FOR UPDATE");
}

QString PgDialect::positionalPageQuery(const TableInfo &table,
                                       const QString &selectList,
                                       const QString &where,
                                       const QString &orderBy) const
{
    // Without an ORDER BY that decides every tie, LIMIT/OFFSET pages come in no set order on
    // PostgreSQL: a table's rows are ordered by their place last (ctid, within the partition:
    // tableoid). A view has none.
    if (table.isView)
        return SqlDialect::positionalPageQuery(table, selectList, where, orderBy);
    return SqlDialect::positionalPageQuery(table, selectList, where,
                                           orderBy.isEmpty() ? QStringLiteral("ORDER BY ctid")
                                                             : orderBy + QStringLiteral(", ctid"));
}

QString PgDialect::readOnlyReason(const TableInfo &table) const
{
    if (table.isView)
        return tr("Views are read-only.");
    if (table.hasRowKey)
        return {};
    return tr("This table has no primary key, so Rowbook cannot tell its rows apart: it is "
              "read-only.");
}

QString PgDialect::versionQuery() const
{
    return QStringLiteral("SELECT current_setting('server_version')");
}

namespace pgcatalog {

QVector<Catalog::Entry> objects(const QSqlDatabase &db, StorageError *error)
{
    QVector<Catalog::Entry> entries;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Tables (also partitioned ones), views and materialized views of the current schema.
    if (!query.exec(QStringLiteral(
            "SELECT c.relname, c.relkind IN ('v', 'm') FROM pg_class c JOIN pg_namespace n ON "
            "n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', "
            "'p', 'v', 'm') ORDER BY lower(c.relname), c.relname"))
        && error)
        *error = StorageError::fromSql(query.lastError());
    while (query.next())
        entries.push_back({query.value(0).toString(), query.value(1).toBool()});
    return entries;
}

ColumnKind kindForType(const QString &type)
{
    const QString t = type.toLower();
    if (t.endsWith(QLatin1String("[]")))
        return ColumnKind::Any; // an array: edited as its text form
    if (t == QLatin1String("boolean"))
        return ColumnKind::Boolean;
    if (t == QLatin1String("date"))
        return ColumnKind::Date;
    if (t.startsWith(QLatin1String("timestamp")))
        return ColumnKind::DateTime;
    if (t == QLatin1String("smallint") || t == QLatin1String("integer")
        || t == QLatin1String("bigint"))
        return ColumnKind::Integer;
    if (t == QLatin1String("real") || t == QLatin1String("double precision")
        || t.startsWith(QLatin1String("numeric")))
        return ColumnKind::Real;
    if (t == QLatin1String("bytea"))
        return ColumnKind::Blob;
    if (t == QLatin1String("text") || t.startsWith(QLatin1String("character")))
        return ColumnKind::Text; // as SQLite's TEXT, which `rowbook copy` turns into text

    return ColumnKind::Any; // uuid, json, arrays, ...: edited as their text form
}

TableInfo table(const QSqlDatabase &db, const QString &name)
{
    TableInfo info;
    // One statement, one round trip: the relation (an exact name first; otherwise one that
    // differs only in case, as SQLite finds it), then its columns, one row each (one row with
    // no column for a table of none).
    QSqlQuery columns(db);
    if (!oneshot::exec(
            columns,
            QStringLiteral(
                "WITH r AS (SELECT c.oid, c.relname, c.relkind IN ('v', 'm') AS isview, EXISTS "
                "(SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) OR "
                "EXISTS (SELECT 1 FROM pg_attribute g WHERE g.attrelid = c.oid AND g.attnum > 0 "
                "AND g.attgenerated <> '') OR EXISTS (SELECT 1 FROM pg_constraint f WHERE "
                "f.contype = 'f' AND f.conrelid = c.oid AND f.confrelid = c.oid AND "
                "(f.confdeltype NOT IN ('a', 'r') OR f.confupdtype NOT IN ('a', 'r'))) AS "
                "sideeffects FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                "n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm') AND "
                "lower(c.relname) = lower(?) ORDER BY c.relname <> ? LIMIT 1) SELECT r.relname, "
                "r.isview, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                "coalesce(pg_get_expr(d.adbin, d.adrelid), ''), coalesce(array_position(k.conkey, "
                "a.attnum), 0), a.attidentity <> '', r.sideeffects FROM r LEFT JOIN pg_attribute a "
                "ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped LEFT JOIN "
                "pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum LEFT JOIN "
                "pg_constraint k ON k.conrelid = a.attrelid AND k.contype = 'p' ORDER BY a.attnum"),
            {name, name})
        || !columns.next())
        return info;
    info.name = columns.value(0).toString();
    info.isView = columns.value(1).toBool();
    info.writesOtherCells = columns.value(8).toBool();
    int primaryKeyColumns = 0;
    int integerKey = -1;
    bool keyNumbered = false;
    do {
        if (columns.isNull(2))
            break; // a table without columns
        ColumnInfo column;
        column.name = columns.value(2).toString();
        column.declaredType = columns.value(3).toString();
        column.kind = kindForType(column.declaredType);
        column.notNull = columns.value(4).toBool();
        column.defaultSql = columns.value(5).toString();
        column.primaryKeyOrder = columns.value(6).toInt();
        if (column.primaryKeyOrder > 0) {
            ++primaryKeyColumns;
            if (column.kind == ColumnKind::Integer) {
                integerKey = int(info.columns.size());
                keyNumbered = columns.value(7).toBool() || !column.defaultSql.isEmpty();
            }
        }
        info.columns.push_back(column);
    } while (columns.next());
    if (primaryKeyColumns == 1 && integerKey >= 0) {
        info.hasRowKey = !info.isView;
        info.keyColumn = info.hasRowKey ? integerKey : -1;
        info.keyNumbered = keyNumbered;
        info.keyName = info.hasRowKey ? Catalog::quote(info.columns[integerKey].name) : QString();
        return info;
    }
    // Read as text: the server's own spelling of every value, so a key reads the same on every
    // connection and binds back exactly (a timestamp's microseconds, a timetz's offset, a
    // numeric's digits), and compares with its column's type when bound.
    Catalog::mapPrimaryKey(info, QStringLiteral("CAST(%1 AS text)"));
    return info;
}

} // namespace pgcatalog

} // namespace rowbook

#include "sqlitebackend.h"

#include <QStringList>

namespace rowbook {

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

QString SqliteDialect::holdsValue(const QString &quotedColumn, ColumnKind kind) const
{
    Q_UNUSED(kind)
    // With the column's affinity (a value Rowbook wrote as text into an INTEGER column reads
    // back as a number) or without it (text "08" in a NUMERIC column stays text).
    return QStringLiteral("(%1 IS ? OR +%1 IS ?)").arg(quotedColumn);
}

QString SqliteDialect::readOnlyReason(const TableInfo &table) const
{
    if (table.isView)
        return tr("Views are read-only.");
    if (!table.hasRowKey && table.withoutRowid)
        return tr("Tables without rowid can be edited with SQLite 3.35 or later; this one is "
                  "older.");
    if (!table.hasRowKey)
        return tr("The table's columns named rowid, _rowid_ and oid hide the rowid by which its "
                  "rows are told apart.");
    return {};
}

QString SqliteDialect::versionQuery() const
{
    return QStringLiteral("SELECT sqlite_version()");
}

} // namespace rowbook

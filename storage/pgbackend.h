#pragma once

#include "backend.h"

#include <QCoreApplication>

namespace rowbook {

// PostgreSQL's side of SqlDialect. Rows are addressed by the table's primary key; for now only a
// primary key of one integer column (smallint, integer, bigint: what `rowbook copy` makes of
// SQLite's INTEGER PRIMARY KEY), whose value is the RowKey id. Other tables open read-only and
// say why. Filters cast the column to text so they work on every type: ILIKE (case-insensitive,
// as SQLite's LIKE) and ~ (POSIX regular expressions; "(?i)" at the start ignores case, as in
// the SQLite backend's REGEXP). NULLs sort first, as on SQLite, so both engines show the same
// order.
class PgDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(rowbook::PgDialect)

public:
    static const PgDialect &instance();

    QString engineName() const override;
    QString quoteIdentifier(const QString &identifier) const override;
    QString selectColumn(const ColumnInfo &column) const override;
    QString orderBy(const QString &column, Qt::SortOrder order) const override;
    QString likePredicate(const QString &quotedColumn) const override;
    QString regexPredicate(const QString &quotedColumn) const override;
    Comparand
    comparand(const QString &quotedColumn, ColumnKind kind, const QVariant &value) const override;
    QString holdsValue(const QString &quotedColumn, ColumnKind kind) const override;
    QString lockRowsClause() const override;
    QString positionalPageQuery(const TableInfo &table,
                                const QString &selectList,
                                const QString &where,
                                const QString &orderBy) const override;
    QString readOnlyReason(const TableInfo &table) const override;
    QString versionQuery() const override;
};

// The catalog of a PostgreSQL database (the tables and views of the connection's current
// schema), read from pg_catalog; Catalog calls these for QPSQL connections.
namespace pgcatalog {
QVector<Catalog::Entry> objects(const QSqlDatabase &db, StorageError *error = nullptr);
TableInfo table(const QSqlDatabase &db, const QString &name);
// The editing kind of a PostgreSQL type as format_type() spells it ("integer", "numeric(10,2)",
// "timestamp without time zone", "character varying(40)", ...).
ColumnKind kindForType(const QString &type);
} // namespace pgcatalog

} // namespace rowbook

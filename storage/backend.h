#pragma once

#include "catalog.h"

#include <QSqlDatabase>
#include <QString>

namespace rowbook {

// What differs between database engines in the SQL that models/ and ui/ need: identifier
// quoting, the queries that read a table's row keys and pages, the spelling of filter
// predicates, which tables can be edited, and the engine's version. models/ asks the dialect of
// its connection and never writes engine-specific SQL itself. SqliteDialect (sqlitebackend.h)
// and PgDialect (pgbackend.h) are the implementations. The key, count and page queries are
// standard SQL written once here (plus LIMIT/OFFSET, which both engines read); an engine
// overrides what it spells differently.
//
// `where` arguments are a condition without the word WHERE (empty: every row); `orderBy` is a
// complete "ORDER BY ..." clause or empty. Identifiers are quoted by the dialect.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The engine's name for people ("SQLite").
    virtual QString engineName() const = 0;
    // `identifier` as SQL names it, with the engine's quotes.
    virtual QString quoteIdentifier(const QString &identifier) const = 0;
    // How the page and row queries select `column`: its quoted name (the default), or an
    // expression that reads it as the editors expect it.
    virtual QString selectColumn(const ColumnInfo &column) const;
    // The "ORDER BY ..." clause that sorts by the column `column`.
    virtual QString orderBy(const QString &column, Qt::SortOrder order) const;

    // A contains/LIKE predicate on an already quoted column with one bound pattern, in which
    // % and _ are wildcards and a backslash makes the next character literal. Letters match
    // ASCII-case-insensitively on every engine.
    virtual QString likePredicate(const QString &quotedColumn) const = 0;
    // A regular-expression predicate on an already quoted column with one bound pattern.
    virtual QString regexPredicate(const QString &quotedColumn) const = 0;
    // How a comparison filter (=, <, BETWEEN...) sets an already quoted column of `kind` against
    // the bound `value`: the column as compared, and the placeholder. SQLite compares the column
    // and a plain "?" by its affinity rules (the default); an engine that types placeholders
    // from the column (PostgreSQL) casts them so the value is never rounded or refused.
    struct Comparand
    {
        QString column;
        QString placeholder;
    };
    virtual Comparand
    comparand(const QString &quotedColumn, ColumnKind kind, const QVariant &value) const;

    // One column of row keys of `table`, in the order shown (ties broken by the key).
    QString keyQuery(const TableInfo &table,
                     const QString &where,
                     const QString &orderBy,
                     int limit = 0) const;
    // The number of rows of `table` that pass `where`.
    QString countQuery(const TableInfo &table, const QString &where) const;
    // The first `limit` rows of `table` in key order: the key, then `selectList`, then (integer
    // row keys only, not TableInfo::keysMapped) an upper bound of its rows for a count before the
    // exact one: the span of its keys, max - min + 1, at the cost of two index lookups (each reads
    // one end of the key's index), as a NUMERIC (it may not fit the key's type), the same on every
    // row (an uncorrelated subquery, computed once), exact when no row between the ends was ever
    // deleted. Opening a table reads its first keys, their values and that bound in one statement:
    // one round trip to a server instead of three.
    QString firstRowsQuery(const TableInfo &table, const QString &selectList, int limit) const;
    // The key and then `selectList` of the rows whose key is one of `keyCount` bound keys (each
    // key binds TableInfo::keyWidth values).
    QString pageQuery(const TableInfo &table, const QString &selectList, int keyCount) const;
    // The same for the rows whose keys lie between two bound values, both included: a page of
    // consecutive keys (a table in key order) is one range scan instead of a lookup per key.
    // Integer row keys only (not TableInfo::keysMapped).
    QString pageRangeQuery(const TableInfo &table, const QString &selectList) const;
    // "key = ?": true for the row with the bound key, "(a, b) = (?, ?)" for a key of two columns.
    static QString keyPredicate(const TableInfo &table);
    // `selectList` of the row with one bound key.
    QString rowQuery(const TableInfo &table, const QString &selectList) const;
    // Whether one row with the bound key exists: returns a row when it does.
    QString rowExistsQuery(const TableInfo &table) const;
    // Tables without row keys (views, or tables the engine cannot address row by row):
    // `selectList` of the rows in `orderBy` order, then LIMIT and OFFSET bound in that order.
    virtual QString positionalPageQuery(const TableInfo &table,
                                        const QString &selectList,
                                        const QString &where,
                                        const QString &orderBy) const;

    // True when the already quoted column of `kind` holds the value that is bound twice (the
    // same value to both placeholders): the compare-and-set check of the save worker, NULL
    // included.
    virtual QString holdsValue(const QString &quotedColumn, ColumnKind kind) const = 0;
    // Appended to a SELECT in a write transaction that reads rows it may write next: locks them
    // where the engine locks rows (empty on SQLite, whose write lock covers the whole file).
    virtual QString lockRowsClause() const { return {}; }
    // What goes before a list of rows of values for "(a, b) IN (...)": SQLite takes such rows
    // only from a subquery ("VALUES "); PostgreSQL takes the plain list, whose placeholders then
    // take the columns' types (in VALUES they would be text).
    virtual QString rowValuesListPrefix() const { return {}; }

    // Why `table` cannot be edited, for people; empty when it can.
    virtual QString readOnlyReason(const TableInfo &table) const = 0;
    // A query returning the engine's version as one text value.
    virtual QString versionQuery() const = 0;

    // The dialect of a connection's engine.
    static const SqlDialect &of(const QSqlDatabase &db);
    // The dialect of the files Rowbook creates and opens by default (SQLite).
    static const SqlDialect &standard();
};

} // namespace rowbook

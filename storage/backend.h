#pragma once

#include "catalog.h"

#include <QSqlDatabase>
#include <QString>

namespace rowbook {

// What differs between database engines in the SQL that models/ and ui/ need: identifier
// quoting, the queries that read a table's row keys and pages, the spelling of filter
// predicates, which tables can be edited, and the engine's version. models/ asks the dialect of
// its connection and never writes engine-specific SQL itself. SqliteDialect (sqlitebackend.h) is
// the only implementation so far; a PostgreSQL one is meant to be an added file.
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
    // The "ORDER BY ..." clause that sorts by the column `column`.
    QString orderBy(const QString &column, Qt::SortOrder order) const;

    // A contains/LIKE predicate on an already quoted column with one bound pattern, in which
    // % and _ are wildcards and a backslash makes the next character literal. Letters match
    // ASCII-case-insensitively on every engine.
    virtual QString likePredicate(const QString &quotedColumn) const = 0;
    // A regular-expression predicate on an already quoted column with one bound pattern.
    virtual QString regexPredicate(const QString &quotedColumn) const = 0;

    // One column of row keys of `table`, in the order shown (ties broken by the key).
    virtual QString keyQuery(const TableInfo &table,
                             const QString &where,
                             const QString &orderBy,
                             int limit = 0) const = 0;
    // The number of rows of `table` that pass `where`.
    virtual QString countQuery(const TableInfo &table, const QString &where) const = 0;
    // The key and then `selectList` of the rows whose key is one of `keyCount` bound keys.
    virtual QString
    pageQuery(const TableInfo &table, const QString &selectList, int keyCount) const = 0;
    // `selectList` of the row with one bound key.
    virtual QString rowQuery(const TableInfo &table, const QString &selectList) const = 0;
    // Whether one row with the bound key exists: returns a row when it does.
    virtual QString rowExistsQuery(const TableInfo &table) const = 0;
    // Tables without row keys (views, or tables the engine cannot address row by row):
    // `selectList` of the rows in `orderBy` order, then LIMIT and OFFSET bound in that order.
    virtual QString positionalPageQuery(const TableInfo &table,
                                        const QString &selectList,
                                        const QString &where,
                                        const QString &orderBy) const = 0;

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

#pragma once

#include "backend.h"
#include "catalog.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace rowbook {

// A piece of a WHERE clause with its bound values. `sql` uses positional '?' placeholders, one
// per entry of `values`, in order; identifiers in it are already quoted. When the input was
// malformed, `hint` holds one sentence for people and `sql` and `values` are empty, so a
// malformed filter never reaches the database.
struct SqlCondition
{
    QString sql;
    QVariantList values;
    QString hint;

    bool isValid() const { return hint.isEmpty(); }
    // No filter at all: every row passes.
    bool isEmpty() const { return sql.isEmpty() && hint.isEmpty(); }
};

// The per-column filter syntax of DB Browser for SQLite. The input is trimmed first; an empty
// input is no filter. The dialect spells the predicates (SqlDialect::likePredicate(),
// regexPredicate()) and quotes the column.
//
//   text          contains: the dialect's LIKE with '%text%' (%, _ and \ in the text are
//                 literal; case-insensitive for ASCII letters only)
//   =x  <>x  !=x  <x  >x  <=x  >=x
//                 comparison; spaces between the operator and the value are ignored
//   =NULL         col IS NULL; <>NULL and !=NULL give col IS NOT NULL (NULL in any letter case)
//   a~b           col BETWEEN a AND b: exactly one '~' outside quotes and a value on both sides,
//                 otherwise the text is searched for literally (so "~/bin" is a contains search)
//   /regex/       the dialect's regular-expression match (QRegularExpression syntax on the
//                 file engine, case-sensitive unless the pattern starts with (?i))
//
// A value may be put in double quotes to keep spaces, operators, '~' or the word NULL literal:
// ="<>" compares with the text <>, =" a " keeps the spaces, ="" is the empty string, ="NULL" the
// text NULL, "a~b" searches for a~b. Inside quotes "" stands for one double quote. A value that
// starts with a double quote must be one complete quoted value, otherwise the result is a hint.
//
// On Integer, Real, Boolean and Any columns an unquoted value that reads as a number (C locale:
// 42, -1.5, 1e3) is bound as qint64 or double so the database compares numerically; a reversed
// numeric range (10~1) is swapped. Everything else, and every value on Text, LongText, Date,
// DateTime and Blob columns, is bound as text.
SqlCondition parseColumnFilter(const QString &text,
                               const QString &columnName,
                               ColumnKind kind,
                               const SqlDialect &dialect = SqlDialect::standard());

// The global search box: the trimmed text, taken literally (no operators), as a contains search
// OR-ed over the given columns. Empty text is no filter; non-empty text with no columns to
// search matches no row.
SqlCondition globalSearch(const QString &text,
                          const QStringList &columnNames,
                          const SqlDialect &dialect = SqlDialect::standard());

// AND of the non-empty conditions, each in parentheses, values concatenated in order. If any
// condition is malformed the result is malformed too, with the first hint.
SqlCondition combine(const QVector<SqlCondition> &conditions);

} // namespace rowbook

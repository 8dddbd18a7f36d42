#pragma once

#include <QString>
#include <QStringList>

namespace rowbook {

// Reading SQLite schema text (sqlite_master.sql) without a full parser: enough to rebuild a
// table with one column fewer and to tell whether a view, trigger or index names something.
class SqlText
{
public:
    // CREATE TABLE text split at the top level: "CREATE TABLE x " before "(", the column
    // definitions and table constraints exactly as written, and what follows ")" (WITHOUT ROWID).
    struct CreateTable
    {
        QString head;
        QStringList parts;
        QString tail;
        bool ok = false;
    };

    static CreateTable splitCreateTable(const QString &sql);
    // Whether a CREATE TABLE text makes the table WITHOUT ROWID: the words after its columns,
    // in any case and spacing, before or after STRICT. Comments there are remarks, not options,
    // and a column named "WITHOUT ROWID" is a column. `parsed` says whether the text could be
    // split into its columns and the rest at all (false: a text cut short, say; then false).
    static bool isWithoutRowid(const QString &createSql, bool *parsed = nullptr);
    // Whether "WITHOUT ROWID" appears in `text` as words, in any case and spacing: the test
    // isWithoutRowid() makes on the words after the columns, for texts it cannot parse.
    static bool mentionsWithoutRowid(const QString &text);
    // Whether `sql` names `identifier` as a whole word, quoted or not. Errs on the side of yes.
    static bool mentions(const QString &sql, const QString &identifier);
    static int countMentions(const QString &sql, const QString &identifier);
    // mentions() in an expression (a CHECK): words inside '…' string literals and comments are
    // values and remarks, not names. A double-quoted word still counts.
    static bool expressionMentions(const QString &expression, const QString &identifier);
    // The first word of a column definition or table constraint; quoted names are unquoted.
    static QString firstWord(const QString &part, bool *quoted);
    // CONSTRAINT, PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY rather than a column definition.
    static bool isTableConstraint(const QString &part);
    // The index after a string, quoted identifier or comment starting at `i`; `i` if none does.
    static int skipQuotedOrComment(const QString &sql, int i);
};

} // namespace rowbook

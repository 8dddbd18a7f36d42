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
    // and a column named "WITHOUT ROWID" is a column.
    static bool isWithoutRowid(const QString &createSql);
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

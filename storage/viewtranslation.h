#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rowbook {

// A SQLite view's SELECT rewritten for PostgreSQL, for `rowbook dump --dialect postgresql`. Not a
// parser: a word-by-word reading that lets through only what both engines read the same way
// (plain SELECTs with joins, GROUP BY, ORDER BY, subqueries and a few functions every type
// has) and gives a reason for anything else, so a dump never carries a view PostgreSQL would
// refuse. The trivial differences are translated: names are quoted as the dump creates them
// (SQLite matches them in any case, PostgreSQL folds bare ones to lower case), ifnull() becomes
// coalesce(), == becomes =, != becomes <>, LIKE becomes ILIKE (SQLite's LIKE ignores case).
class ViewTranslation
{
    Q_DECLARE_TR_FUNCTIONS(ViewTranslation)

public:
    // `names` are the tables, views and columns the script creates, as it spells them; a name in
    // the view is matched against them in any case. `retyped` are column names (lower case)
    // whose values become PostgreSQL booleans, which compare differently from SQLite's 0 and 1.
    ViewTranslation(const QStringList &names, const QSet<QString> &retyped);

    // The SELECT after AS in `createViewSql`, rewritten; empty with `why` (a phrase that reads
    // after "it uses") when the view cannot be carried over.
    QString select(const QString &createViewSql, QString *why) const;

    // The text after the top-level AS of CREATE VIEW; empty when there is none.
    static QString body(const QString &createViewSql);

private:
    struct Reading;

    QString translatedName(const QString &word, bool quotedInSource) const;
    // Each translates the token at reading.i into reading.out and moves past it; false with *why
    // when the view cannot be carried over.
    bool readQuotedName(Reading &reading, QString *why) const;
    bool readNumber(Reading &reading, QString *why) const;
    bool readWord(Reading &reading, QString *why) const;
    bool readPunctuation(Reading &reading, QString *why) const;
    // Parts of readWord(): a function's name, a keyword.
    bool translateCall(Reading &reading, const QString &lower, int after, QString *why) const;
    bool translateKeyword(Reading &reading, const QString &upper, int after, QString *why) const;

    QHash<QString, QString> m_names; // lower case -> as created
    QSet<QString> m_retyped;
};

} // namespace rowbook

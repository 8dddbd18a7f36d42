#pragma once

#include <QStringList>
#include <QStringView>

namespace rowbook {

// The keywords of the SQL dialect Rowbook's engine speaks (SQLite's list, see
// https://www.sqlite.org/lang_keywords.html), for highlighting and completion in the SQL
// console. The engine's own words live here, in storage/, like the rest of its dialect.
class SqlKeywords
{
public:
    // In upper case, sorted.
    static const QStringList &all();
    // Whether `word` is a keyword, in any case.
    static bool contains(QStringView word);
    // The functions a statement can call, in lower case and sorted: SQLite's core, aggregate,
    // window, date and JSON functions (https://www.sqlite.org/lang_corefunc.html and the pages
    // it links) and the ones Rowbook registers on its connections (sqlitefunctions.h: regexp).
    static const QStringList &functions();
};

} // namespace rowbook

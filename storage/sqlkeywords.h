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
};

} // namespace rowbook

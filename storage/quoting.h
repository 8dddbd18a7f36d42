#pragma once

#include <QString>
#include <QStringList>

namespace rowbook {

// Names (of columns, tables) for a sentence: each in the language's quotation marks (“a” in
// English, „a“ in German, « a » in French), separated by commas: “a”, “b”.
QString quotedNames(const QStringList &names);

} // namespace rowbook

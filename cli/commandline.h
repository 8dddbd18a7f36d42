#pragma once

#include <QString>
#include <QStringList>

namespace rowbook {

// Telling a command-line verb from a file to open: `rowbook imprt data.csv` is a mistyped verb,
// not a request to create a database named "imprt".
namespace CommandLine {

// The verb in `verbs` closest to `word` (edit distance at most 2, and less than half the word),
// or empty when none is close.
QString closestVerb(const QString &word, const QStringList &verbs);

// The Levenshtein distance between two words, case-insensitive.
int editDistance(const QString &a, const QString &b);

// When `argument` (the file argument of the window) cannot be a file and is meant as a verb:
// one sentence such as "unknown command 'imprt'; did you mean 'import'?". Empty when it may be a
// file: it exists, or it has a path separator or a file extension.
QString unknownCommand(const QString &argument, const QStringList &verbs);

// `text` with exactly one final period (Qt's own parser messages already end with one), unless it
// ends with another sentence mark.
QString sentence(const QString &text);

} // namespace CommandLine
} // namespace rowbook

#pragma once

#include <QStringList>

namespace rowbook {

// `rowbook query [--database DB] [--format csv|json|table] [--output FILE]
// [--file SCRIPT | SQL | -]`: runs SQL through the console's engine (QueryEngine) and prints the
// results. Exit codes: 0 ok, 1 SQL error (with its position), 2 usage, 3 busy past the retry
// budget, 4 the output file or the database cannot be written.
int runQueryVerb(const QStringList &arguments);

} // namespace rowbook

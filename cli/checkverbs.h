#pragma once

#include <QStringList>

namespace rowbook {

// `rowbook check [--database DB] [--full]`: exit 0 and "ok", or 4 and the problems found.
// Read-only: never creates or changes a byte of any file.
int runCheckVerb(const QStringList &arguments);

// `rowbook recover DAMAGED --output NEW`: copies every readable row into a new file and reports
// the rows recovered per table; DAMAGED is only read.
int runRecoverVerb(const QStringList &arguments);

} // namespace rowbook

#pragma once

#include <QStringList>

namespace rowbook {

// `rowbook copy --from SRC --to DST [--table T]...`: copies tables between a SQLite file and a
// PostgreSQL database (CopyJob), with progress on stderr; all or nothing.
int runCopyVerb(const QStringList &arguments);

} // namespace rowbook

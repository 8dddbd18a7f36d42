#pragma once

#include "storageerror.h"

#include <QSqlDatabase>

namespace rowbook {

// Rowbook's own schema, versioned with PRAGMA user_version. Each migration step runs in one
// BEGIN IMMEDIATE transaction together with the new user_version, so a crash leaves the file at
// the previous version or the next one, never between.
class Schema
{
public:
    static constexpr int latestVersion = 2;
    static QString metadataPrefix() { return QStringLiteral("_rowbook_"); }

    // Migrates from the file's current user_version up to `targetVersion`.
    static StorageError migrate(const QSqlDatabase &db, int targetVersion = latestVersion);
};

} // namespace rowbook

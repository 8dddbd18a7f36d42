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
    static constexpr int latestVersion = 3;
    static QString metadataPrefix() { return QStringLiteral("_rowbook_"); }

    // _rowbook_meta keys.
    static QString fileIdKey() { return QStringLiteral("file_id"); }
    static QString lastBatchKey() { return QStringLiteral("last_batch"); }

    // Whether version 1 brings the starter `items` table (only the per-user database gets it) or
    // nothing but the version number (every other file Rowbook creates starts empty).
    enum class Content { Starter, Empty };

    // Migrates from the file's current user_version up to `targetVersion`. `content` only matters
    // for a file at version 0.
    static StorageError migrate(const QSqlDatabase &db,
                                int targetVersion = latestVersion,
                                Content content = Content::Starter);
};

} // namespace rowbook

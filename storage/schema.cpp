#include "schema.h"

#include "database.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace rowbook {
namespace {

// Version 1: the starter table with a handful of rows so a new user sees something (only in the
// per-user database; other new files reach version 1 empty).
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS items (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    name TEXT NOT NULL DEFAULT '',\n"
                       "    quantity INTEGER,\n"
                       "    price REAL,\n"
                       "    added DATE,\n"
                       "    done BOOLEAN NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),\n"
                       "    notes LONGTEXT\n"
                       ")"),
        QStringLiteral(
            "INSERT INTO items (name, quantity, price, added, done, notes) VALUES\n"
            "('Notebook, A5 dotted', 12, 4.5, '2026-01-12', 1, 'Reorder when fewer than five "
            "are left.'),\n"
            "('Fountain pen', 3, 24.9, '2026-02-03', 0, NULL),\n"
            "('Ink cartridges (blue)', 40, 0.35, '2026-02-03', 1, 'Standard international "
            "size.'),\n"
            "('Desk lamp', 1, 39.0, '2026-03-21', 0, 'Warm white LED.\nKeep the receipt.'),\n"
            "('Paper clips', 500, 0.01, NULL, 1, NULL),\n"
            "('Stapler', 2, 7.25, '2026-04-30', 0, 'One is on loan to the office next door.')"),
    };
}

// Version 2: a key/value table for Rowbook's own settings stored in the file (hidden from the
// table list by its prefix).
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS _rowbook_meta (\n"
                       "    key TEXT PRIMARY KEY NOT NULL,\n"
                       "    value TEXT\n"
                       ")"),
        QStringLiteral("INSERT OR IGNORE INTO _rowbook_meta (key, value) VALUES "
                       "('created_by', 'Rowbook " ROWBOOK_VERSION "')"),
    };
}

// Version 3: an identity for the file (so a recovery journal is never applied to another file)
// and the id of the last committed save batch (so a journal written just before a crash knows
// whether its in-flight batch made it).
QStringList version3()
{
    return {
        QStringLiteral("INSERT OR IGNORE INTO _rowbook_meta (key, value) VALUES ('file_id', '%1')")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
        QStringLiteral(
            "INSERT OR IGNORE INTO _rowbook_meta (key, value) VALUES ('last_batch', '')"),
    };
}

QStringList stepStatements(int version, Schema::Content content)
{
    switch (version) {
    case 1:
        return content == Schema::Content::Starter ? version1() : QStringList();
    case 2:
        return version2();
    case 3:
        return version3();
    default:
        return {};
    }
}

} // namespace

StorageError Schema::migrate(const QSqlDatabase &db, int targetVersion, Content content)
{
    const int current = Database::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    for (int version = current + 1; version <= targetVersion; ++version) {
        ImmediateTransaction transaction(db);
        if (StorageError error = transaction.begin(); error.isError())
            return error;
        // Re-read inside the write lock: another Rowbook may have migrated meanwhile.
        if (Database::scalar(db, QStringLiteral("PRAGMA user_version")).toInt() >= version)
            continue;
        QStringList statements = stepStatements(version, content);
        statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
                   << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString &sql : statements) {
            if (StorageError error = execute(db, sql); error.isError())
                return error;
        }
        if (StorageError error = transaction.commit(); error.isError())
            return error;
    }
    return {};
}

} // namespace rowbook

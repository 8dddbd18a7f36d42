#pragma once

#include "backup.h"
#include "schemaops.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace rowbook {

// What Edit Column shows and changes about one column.
struct ColumnDefinition
{
    QString type; // the declared type, as written: INTEGER, TEXT, NVARCHAR(120)…
    bool notNull = false;
    QString defaultValue;      // empty: no default
    bool defaultIsSql = false; // defaultValue is the DEFAULT expression as read, kept verbatim
    bool unique = false;
    QString referencesTable; // empty: no foreign key
    QString referencesColumn;

    // Another type than `before`'s (case and surrounding spaces aside).
    bool typeDiffers(const ColumnDefinition &before) const
    {
        return type.trimmed().compare(before.type.trimmed(), Qt::CaseInsensitive) != 0;
    }

    // Another foreign key than `before`'s, or none where it had one, or one where it had none.
    bool referenceDiffers(const ColumnDefinition &before) const
    {
        return referencesTable != before.referencesTable
               || referencesColumn != before.referencesColumn;
    }

    bool operator==(const ColumnDefinition &o) const
    {
        return type == o.type && notNull == o.notNull && defaultValue == o.defaultValue
               && defaultIsSql == o.defaultIsSql && unique == o.unique
               && referencesTable == o.referencesTable && referencesColumn == o.referencesColumn;
    }
};

// Changing a column's type, NOT NULL, DEFAULT, UNIQUE and foreign key: SQLite's ALTER TABLE can
// do none of these, so the change is the 12-step rebuild (TableRebuild), one transaction on the
// save worker. Rows that would break a new constraint are found first (bounded queries on the
// reader) and named in the problem; then nothing is run at all.
class ColumnChange
{
    Q_DECLARE_TR_FUNCTIONS(ColumnChange)

public:
    static ColumnDefinition
    current(const QSqlDatabase &db, const QString &table, const QString &column);
    static SchemaChange alter(const QSqlDatabase &db,
                              const QString &table,
                              const QString &column,
                              const ColumnDefinition &wanted);
    // The file `db` reads, and a backup of it (before a change people may want to take back).
    static QString filePath(const QSqlDatabase &db);
    static Backup::Result backUp(const QSqlDatabase &db);
};

} // namespace rowbook

#pragma once

#include "catalog.h"
#include "rowchange.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rowbook {

struct SchemaChange;

// SQLite's 12-step table rebuild (https://www.sqlite.org/lang_altertable.html#otheralter), shared
// by the schema changes that ALTER TABLE cannot do: dropping a constrained column, changing a
// column's type or constraints. The statements run in one transaction with foreign_keys off and
// end with foreign_key_check on the table and the tables referring to it.
class TableRebuild
{
public:
    struct SchemaObject
    {
        QString type;
        QString name;
        QString table;
        QString sql;
    };

    static QVector<SchemaObject> schemaObjects(const QSqlDatabase &db);
    static bool nameTaken(const QSqlDatabase &db, const QString &name, const QString &except = {});
    static RowChange
    statement(const QString &sql, const QVariantList &binds = {}, bool mustReturnNoRows = false);
    static QStringList
    strings(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

    // The quoted columns to copy into the new table (generated ones are left out), with the rowid
    // first when the table has one without an alias, so rows keep the numbers Rowbook uses.
    static QStringList
    copiedColumns(const QSqlDatabase &db, const TableInfo &info, const QString &except = {});

    // Appends the rebuild of `info` as CREATE TABLE (parts) tail, copying `copied`. Indexes in
    // `skippedIndexes` are not re-created; the table's other indexes and triggers are, and views
    // and other tables' triggers naming the table are dropped first and restored after.
    static void append(const QSqlDatabase &db,
                       const TableInfo &info,
                       const QStringList &parts,
                       const QString &tail,
                       const QStringList &copied,
                       const QStringList &skippedIndexes,
                       SchemaChange &change);

    // foreign_key_check of `table` and of every table whose foreign keys point at it.
    static void
    appendForeignKeyChecks(const QSqlDatabase &db, const QString &table, SchemaChange &change);
};

} // namespace rowbook

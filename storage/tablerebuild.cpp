#include "tablerebuild.h"

#include "schemaops.h"
#include "sqltext.h"

#include <QSqlQuery>

namespace rowbook {

QVector<TableRebuild::SchemaObject> TableRebuild::schemaObjects(const QSqlDatabase &db)
{
    QVector<SchemaObject> objects;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"));
    while (query.next()) {
        objects.push_back({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString()});
    }
    return objects;
}

bool TableRebuild::nameTaken(const QSqlDatabase &db, const QString &name, const QString &except)
{
    for (const SchemaObject &object : schemaObjects(db)) {
        if (object.name.compare(name, Qt::CaseInsensitive) == 0
            && object.name.compare(except, Qt::CaseInsensitive) != 0)
            return true;
    }
    return false;
}

RowChange
TableRebuild::statement(const QString &sql, const QVariantList &binds, bool mustReturnNoRows)
{
    RowChange change;
    change.kind = RowChange::Statement;
    change.sql = sql;
    change.binds = binds;
    change.mustReturnNoRows = mustReturnNoRows;
    return change;
}

QStringList
TableRebuild::strings(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QStringList result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    if (query.exec()) {
        while (query.next())
            result << query.value(0).toString();
    }
    return result;
}

QStringList
TableRebuild::copiedColumns(const QSqlDatabase &db, const TableInfo &info, const QString &except)
{
    QStringList copied;
    const QStringList names = strings(
        db, QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0"), {info.name});
    for (const QString &name : names) {
        if (name != except)
            copied << Catalog::quote(name);
    }
    if (info.hasHiddenKey()) // not WITHOUT ROWID, which has none
        copied.prepend(QStringLiteral("rowid"));
    return copied;
}

void TableRebuild::append(const QSqlDatabase &db,
                          const TableInfo &info,
                          const QStringList &parts,
                          const QString &tail,
                          const QStringList &copied,
                          const QStringList &skippedIndexes,
                          SchemaChange &change)
{
    const QVector<SchemaObject> objects = schemaObjects(db);
    QString temporary = QStringLiteral("rowbook_rebuild_%1").arg(info.name);
    while (nameTaken(db, temporary))
        temporary += QLatin1Char('_');
    const QString quotedTable = Catalog::quote(info.name);

    // Views and other tables' triggers naming the table would fail the RENAME: take them out.
    QVector<SchemaObject> restore;
    for (const SchemaObject &object : objects) {
        const bool view
            = object.type == QLatin1String("view") && SqlText::mentions(object.sql, info.name);
        const bool trigger = object.type == QLatin1String("trigger")
                             && object.table.compare(info.name, Qt::CaseInsensitive) != 0
                             && SqlText::mentions(object.sql, info.name);
        if (view || trigger) {
            change.statements << statement(
                QStringLiteral("DROP %1 %2")
                    .arg(object.type.toUpper(), Catalog::quote(object.name)));
            restore.push_back(object);
        }
    }
    change.statements << statement(
        QStringLiteral("CREATE TABLE %1 (%2)%3")
            .arg(Catalog::quote(temporary), parts.join(QLatin1Char(',')), tail));
    change.statements << statement(
        QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
            .arg(Catalog::quote(temporary), copied.join(QLatin1String(", ")), quotedTable));
    change.statements << statement(QStringLiteral("DROP TABLE %1").arg(quotedTable));
    change.statements << statement(
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(Catalog::quote(temporary), quotedTable));
    // The AUTOINCREMENT counter went with the old table; the copy's is only its largest rowid.
    const QStringList sequence = strings(
        db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"), {info.name});
    if (!sequence.isEmpty())
        change.statements << statement(
            QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?"),
            {sequence.first().toLongLong(), info.name});
    for (const SchemaObject &object : objects) {
        const bool ownIndex = object.type == QLatin1String("index")
                              && object.table.compare(info.name, Qt::CaseInsensitive) == 0
                              && !object.sql.isEmpty();
        const bool ownTrigger = object.type == QLatin1String("trigger")
                                && object.table.compare(info.name, Qt::CaseInsensitive) == 0;
        if ((ownIndex && !skippedIndexes.contains(object.name)) || ownTrigger)
            change.statements << statement(object.sql);
    }
    for (const SchemaObject &object : std::as_const(restore)) {
        change.statements << statement(object.sql);
        if (object.type == QLatin1String("view")) // fails if the view used a dropped column
            change.statements << statement(
                QStringLiteral("SELECT 1 FROM %1 LIMIT 0").arg(Catalog::quote(object.name)));
    }
    appendForeignKeyChecks(db, info.name, change);
    change.rebuildsTable = true;
}

void TableRebuild::appendForeignKeyChecks(const QSqlDatabase &db,
                                          const QString &table,
                                          SchemaChange &change)
{
    QStringList tables{table};
    for (const SchemaObject &object : schemaObjects(db)) {
        if (object.type != QLatin1String("table") || tables.contains(object.name))
            continue;
        const QStringList parents = strings(
            db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {object.name});
        if (parents.contains(table, Qt::CaseInsensitive))
            tables << object.name;
    }
    for (const QString &name : std::as_const(tables))
        change.statements << statement(QStringLiteral("SELECT * FROM pragma_foreign_key_check(?)"),
                                       {name}, true);
}

} // namespace rowbook

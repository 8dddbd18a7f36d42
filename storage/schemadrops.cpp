#include "schemaops.h"

#include "catalog.h"
#include "driverkind.h"
#include "sqltext.h"
#include "tablerebuild.h"

#include <QVersionNumber>

// Dropping columns, indexes and tables: what goes with them, and what stops them.

namespace rowbook {
namespace {

RowChange statement(const QString &sql)
{
    return TableRebuild::statement(sql);
}

QStringList strings(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return TableRebuild::strings(db, sql, binds);
}

using SchemaObject = TableRebuild::SchemaObject;

// Why the column at `index` of `info` cannot be dropped at all; empty when it can.
QString dropColumnProblem(const TableInfo &info, int index, const QString &column)
{
    if (index < 0)
        return SchemaOps::tr("There is no column named “%1”.").arg(column);
    if (info.columns.size() == 1)
        return SchemaOps::tr("A table needs at least one column; drop the table instead.");
    if (info.columns[index].primaryKeyOrder > 0)
        return SchemaOps::tr(
                   "“%1” is part of the table's primary key, which other rows and tables rely "
                   "on, so it cannot be dropped.")
            .arg(column);
    return {};
}

// The views of the current PostgreSQL schema that use `table` (or only its `column`): the server
// refuses to drop what a view uses, so they are named before anything runs.
void checkServerViews(const QSqlDatabase &db,
                      const QString &table,
                      const QString &column,
                      int index,
                      SchemaChange &change)
{
    QString sql = QStringLiteral(
        "SELECT DISTINCT v.relname FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN "
        "pg_class v ON v.oid = r.ev_class JOIN pg_class t ON t.oid = d.refobjid JOIN "
        "pg_namespace n ON n.oid = t.relnamespace LEFT JOIN pg_attribute a ON a.attrelid = "
        "t.oid AND a.attnum = d.refobjsubid WHERE d.classid = CAST('pg_rewrite' AS regclass) AND "
        "d.refclassid = CAST('pg_class' AS regclass) AND n.nspname = current_schema() AND "
        "t.relname = ? AND v.oid <> t.oid");
    QVariantList binds{table};
    if (!column.isEmpty()) {
        sql += QLatin1String(" AND a.attname = ?");
        binds << column;
    }
    const QStringList views = strings(db, sql + QLatin1String(" ORDER BY 1"), binds);
    for (const QString &view : views)
        change.problems.push_back({SchemaProblem::General, index,
                                   SchemaOps::tr("The view “%1” uses “%2”: change or drop the "
                                                 "view first.")
                                       .arg(view, column.isEmpty() ? table : column)});
}

// Triggers using the column stop the drop: the user changes or drops them first.
void checkTriggers(const QVector<SchemaObject> &objects,
                   const QString &table,
                   const QString &name,
                   int index,
                   SchemaChange &change)
{
    for (const SchemaObject &object : objects) {
        if (object.type == QLatin1String("trigger") && SqlText::mentions(object.sql, name)
            && (object.table.compare(table, Qt::CaseInsensitive) == 0
                || SqlText::mentions(object.sql, table))) {
            change.problems.push_back(
                {SchemaProblem::General, index,
                 SchemaOps::tr("The trigger “%1” uses “%2”: change or drop the "
                               "trigger first.")
                     .arg(object.name, name)});
        }
    }
}

QString createTableSql(const QVector<SchemaObject> &objects, const QString &table)
{
    QString tableSql;
    for (const SchemaObject &object : objects) {
        if (object.type == QLatin1String("table") && object.name == table)
            tableSql = object.sql;
    }
    return tableSql;
}

// Indexes on the column (or naming it in an expression or WHERE clause) go with it.
QStringList indexesUsing(const QSqlDatabase &db, const QString &table, const QString &name)
{
    QStringList dependentIndexes;
    for (const IndexInfo &indexInfo : SchemaOps::indexes(db, table)) {
        const QString sql
            = strings(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"),
                      {indexInfo.name})
                  .value(0);
        if (indexInfo.columns.contains(name, Qt::CaseInsensitive) || SqlText::mentions(sql, name))
            dependentIndexes << indexInfo.name;
    }
    return dependentIndexes;
}

// Whether ALTER TABLE … DROP COLUMN does it: SQLite 3.35 or later, and nothing but the column's
// own definition names the column.
bool droppableInPlace(const QSqlDatabase &db,
                      const QString &table,
                      const QString &name,
                      const QString &tableSql,
                      const QVector<SchemaObject> &objects,
                      const QStringList &dependentIndexes)
{
    const QStringList foreignKeyColumns
        = strings(db, QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?)"), {table});
    bool inViews = false;
    for (const SchemaObject &object : objects)
        inViews = inViews
                  || (object.type == QLatin1String("view") && SqlText::mentions(object.sql, name));
    const QVersionNumber version = QVersionNumber::fromString(
        strings(db, QStringLiteral("SELECT sqlite_version()")).value(0));
    return version >= QVersionNumber(3, 35) && dependentIndexes.isEmpty()
           && !foreignKeyColumns.contains(name, Qt::CaseInsensitive) && !inViews
           && SqlText::countMentions(tableSql, name) == 1;
}

// The 12-step rebuild (https://www.sqlite.org/lang_altertable.html#otheralter) without the
// column: table constraints and indexes naming it go too, listed in the side effects.
void rebuildWithout(const QSqlDatabase &db,
                    const TableInfo &info,
                    const QString &name,
                    int index,
                    const QString &tableSql,
                    const QVector<SchemaObject> &objects,
                    const QStringList &dependentIndexes,
                    SchemaChange &change)
{
    const SqlText::CreateTable text = SqlText::splitCreateTable(tableSql);
    if (!text.ok) {
        change.problems.push_back(
            {SchemaProblem::General, index,
             SchemaOps::tr("Rowbook cannot read how “%1” was created, so it cannot "
                           "drop the column.")
                 .arg(info.name)});
        return;
    }
    QStringList kept;
    for (const QString &part : text.parts) {
        bool quoted = false;
        if (SqlText::isTableConstraint(part)) {
            if (SqlText::mentions(part, name))
                change.sideEffects
                    << SchemaOps::tr("The constraint “%1” is removed with the column.")
                           .arg(part.simplified());
            else
                kept << part;
        } else if (SqlText::firstWord(part, &quoted).compare(name, Qt::CaseInsensitive) != 0) {
            kept << part;
        }
    }
    for (const SchemaObject &object : objects) {
        if (object.type == QLatin1String("index") && dependentIndexes.contains(object.name)
            && !object.sql.isEmpty())
            change.sideEffects
                << SchemaOps::tr("The index “%1” is removed with the column.").arg(object.name);
    }
    TableRebuild::append(db, info, kept, text.tail, TableRebuild::copiedColumns(db, info, name),
                         dependentIndexes, change);
}

} // namespace

SchemaChange
SchemaOps::dropColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    SchemaChange change;
    change.kind = SchemaChange::DropColumn;
    change.table = table;
    change.description = SchemaOps::tr("Drop column “%1” from “%2”.").arg(column, table);
    const TableInfo info = editableTable(db, table, change);
    if (!change.problems.isEmpty())
        return change;
    const int index = info.columnIndex(column);
    if (const QString problem = dropColumnProblem(info, index, column); !problem.isEmpty()) {
        change.problems.push_back({SchemaProblem::ColumnName, index, problem});
        return change;
    }
    const QString name = info.columns[index].name;
    if (isPostgres(db)) {
        // The server drops the indexes and constraints on the column with it, and refuses when
        // a view or another table's foreign key depends on it.
        checkServerViews(db, info.name, name, index, change);
        if (!change.problems.isEmpty())
            return change;
        for (const IndexInfo &existing : indexes(db, info.name)) {
            if (existing.columns.contains(name))
                change.sideEffects
                    << SchemaOps::tr("The index “%1” goes with it.").arg(existing.name);
        }
        change.statements << statement(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                           .arg(Catalog::quote(info.name), Catalog::quote(name)));
        return change;
    }
    const QVector<SchemaObject> objects = TableRebuild::schemaObjects(db);
    checkTriggers(objects, info.name, name, index, change);
    if (!change.problems.isEmpty())
        return change;
    const QString tableSql = createTableSql(objects, info.name);
    const QStringList dependentIndexes = indexesUsing(db, info.name, name);
    if (droppableInPlace(db, info.name, name, tableSql, objects, dependentIndexes)) {
        change.statements << statement(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                           .arg(Catalog::quote(info.name), Catalog::quote(name)));
        TableRebuild::appendForeignKeyChecks(db, info.name, change);
        return change;
    }
    rebuildWithout(db, info, name, index, tableSql, objects, dependentIndexes, change);
    return change;
}

SchemaChange
SchemaOps::dropIndex(const QSqlDatabase &db, const QString &table, const QString &index)
{
    SchemaChange change;
    change.kind = SchemaChange::DropIndex;
    change.table = table;
    change.description = SchemaOps::tr("Drop index “%1”.").arg(index);
    const TableInfo info = editableTable(db, table, change);
    if (!change.problems.isEmpty())
        return change;
    for (const IndexInfo &existing : indexes(db, info.name)) {
        if (existing.name.compare(index, Qt::CaseInsensitive) != 0)
            continue;
        if (existing.automatic)
            change.problems.push_back(
                {SchemaProblem::IndexName, -1,
                 SchemaOps::tr("The index “%1” belongs to a PRIMARY KEY or UNIQUE "
                               "constraint and goes only with it.")
                     .arg(index)});
        else
            change.statements << statement(
                QStringLiteral("DROP INDEX %1").arg(Catalog::quote(existing.name)));
        return change;
    }
    change.problems.push_back(
        {SchemaProblem::IndexName, -1,
         SchemaOps::tr("“%1” has no index named “%2”.").arg(info.name, index)});
    return change;
}

SchemaChange SchemaOps::dropTable(const QSqlDatabase &db, const QString &table)
{
    SchemaChange change;
    change.kind = SchemaChange::DropTable;
    change.table = table;
    const TableInfo info = editableTable(db, table, change, true);
    if (!change.problems.isEmpty())
        return change;
    change.description = info.isView
                             ? SchemaOps::tr("Drop view “%1”.").arg(info.name)
                             : SchemaOps::tr("Drop table “%1” and all its rows.").arg(info.name);
    const bool server = isPostgres(db);
    const QVector<SchemaObject> objects
        = server ? QVector<SchemaObject>() : TableRebuild::schemaObjects(db);
    QStringList referencing; // other tables whose foreign keys point at this one
    if (server && !info.isView) {
        const QStringList names = strings(
            db,
            QStringLiteral(
                "SELECT DISTINCT c.relname FROM pg_constraint k JOIN pg_class c ON c.oid = "
                "k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid "
                "= p.relnamespace WHERE k.contype = 'f' AND n.nspname = current_schema() AND "
                "p.relname = ? AND c.oid <> p.oid ORDER BY c.relname"),
            {info.name});
        for (const QString &name : names)
            referencing << QStringLiteral("“%1”").arg(name);
    }
    if (server) {
        checkServerViews(db, info.name, {}, -1, change);
        if (!change.problems.isEmpty())
            return change;
    }
    for (const SchemaObject &object : objects) {
        if (!info.isView && object.type == QLatin1String("table")
            && object.name.compare(info.name, Qt::CaseInsensitive) != 0
            && strings(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"),
                       {object.name})
                   .contains(info.name, Qt::CaseInsensitive))
            referencing << QStringLiteral("“%1”").arg(object.name);
    }
    if (!referencing.isEmpty()) {
        change.problems.push_back(
            {SchemaProblem::General, -1,
             SchemaOps::tr(
                 "“%1” cannot be dropped while these tables refer to its rows with foreign keys: "
                 "%2. Drop those tables or their foreign keys first.")
                 .arg(info.name, referencing.join(QLatin1String(", ")))});
        return change;
    }
    for (const SchemaObject &object : objects) {
        if (object.type == QLatin1String("view") && object.name != info.name
            && SqlText::mentions(object.sql, info.name))
            change.sideEffects
                << SchemaOps::tr("The view “%1” uses it and will stop working.").arg(object.name);
    }
    QString what = info.isView ? QStringLiteral("VIEW") : QStringLiteral("TABLE");
    if (server && info.isView
        && strings(db,
                   QStringLiteral("SELECT c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid "
                                  "= c.relnamespace WHERE n.nspname = current_schema() AND "
                                  "c.relname = ?"),
                   {info.name})
               == QStringList{QStringLiteral("m")})
        what = QStringLiteral("MATERIALIZED VIEW");
    change.statements << statement(
        QStringLiteral("DROP %1 %2").arg(what, Catalog::quote(info.name)));
    return change;
}

} // namespace rowbook

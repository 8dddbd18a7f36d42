#include "sampleschema.h"

#include "copyplanhelpers.h"
#include "sqltext.h"

#include <QSqlQuery>
#include <QVariant>

namespace rowbook {
using namespace copyplan;

namespace {

// The CREATE TABLE statement of `table` as SQLite keeps it; empty when it cannot be read.
QString createTableSql(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    QString createSql;
    if (query.exec() && query.next())
        createSql = query.value(0).toString();
    return createSql;
}

// Reads the columns of `schema`'s table in order: name, declared type, NOT NULL, default and
// whether it is part of the primary key. Returns how many columns the primary key has.
int readColumns(const QSqlDatabase &db, SampleSchema *schema)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM "
                              "pragma_table_info(%1) ORDER BY cid")
                   .arg(stringLiteral(schema->table)));
    int keyColumns = 0;
    while (query.next()) {
        SampleSchema::Column column;
        column.name = query.value(0).toString();
        column.declared = query.value(1).toString();
        column.notNull = query.value(2).toInt() != 0;
        column.hasDefault = !query.value(3).isNull();
        column.unique = query.value(4).toInt() > 0; // the key; read() undoes a composite one
        keyColumns += query.value(4).toInt() > 0 ? 1 : 0;
        schema->columns << column;
    }
    return keyColumns;
}

// One-column unique indexes and UNIQUE constraints.
void readUniqueIndexes(const QSqlDatabase &db, SampleSchema *schema)
{
    QSqlQuery indexes(db);
    indexes.exec(QStringLiteral("SELECT name FROM pragma_index_list(%1) WHERE \"unique\" AND "
                                "NOT partial")
                     .arg(stringLiteral(schema->table)));
    while (indexes.next()) {
        QSqlQuery info(db);
        info.exec(QStringLiteral("SELECT name FROM pragma_index_info(%1)")
                      .arg(stringLiteral(indexes.value(0).toString())));
        QStringList columns;
        while (info.next())
            columns << info.value(0).toString();
        for (SampleSchema::Column &column : schema->columns) {
            if (columns.size() == 1 && columns.first() == column.name)
                column.unique = true;
        }
    }
}

// Files each CHECK of `createSql` with the columns it mentions: under `checks` when it mentions
// one column, under `otherChecks` when it mentions more.
void assignChecks(const QString &createSql, SampleSchema *schema)
{
    for (const QString &check : checkExpressions(createSql)) {
        QStringList mentioned;
        for (const SampleSchema::Column &column : std::as_const(schema->columns)) {
            if (SqlText::mentions(check, column.name))
                mentioned << column.name;
        }
        for (SampleSchema::Column &column : schema->columns) {
            if (!mentioned.contains(column.name))
                continue;
            if (mentioned.size() == 1)
                column.checks << check;
            else
                column.otherChecks << check;
        }
    }
}

// The parent table and column of each one-column foreign key.
void readForeignKeys(const QSqlDatabase &db, SampleSchema *schema)
{
    QSqlQuery keys(db);
    keys.exec(QStringLiteral("SELECT id, count(*), \"table\", \"from\", \"to\" FROM "
                             "pragma_foreign_key_list(%1) GROUP BY id")
                  .arg(stringLiteral(schema->table)));
    while (keys.next()) {
        if (keys.value(1).toInt() != 1)
            continue;
        for (SampleSchema::Column &column : schema->columns) {
            if (column.name.compare(keys.value(3).toString(), Qt::CaseInsensitive) != 0)
                continue;
            column.parentTable = keys.value(2).toString();
            column.parentColumn = keys.value(4).toString();
            if (column.parentColumn.isEmpty()) { // REFERENCES parent: its primary key
                QSqlQuery pk(db);
                pk.exec(QStringLiteral("SELECT name FROM pragma_table_info(%1) WHERE pk = 1")
                            .arg(stringLiteral(column.parentTable)));
                column.parentColumn = pk.next() ? pk.value(0).toString() : QStringLiteral("rowid");
            }
        }
    }
}

} // namespace

SampleSchema SampleSchema::read(const QSqlDatabase &db, const QString &asked)
{
    SampleSchema schema;
    QStringList names;
    if (!resolveTables(sqliteTables(db), {asked}, &names, &schema.error)) {
        schema.unknownTable = true;
        return schema;
    }
    schema.table = names.first();
    const QString createSql = createTableSql(db, schema.table);
    const bool withoutRowid = SqlText::splitCreateTable(createSql).tail.contains(
        QLatin1String("WITHOUT"), Qt::CaseInsensitive);

    const int keyColumns = readColumns(db, &schema);
    if (schema.columns.isEmpty()) {
        schema.error
            = CopyPlanText::tr("The columns of table “%1” cannot be read.").arg(schema.table);
        return schema;
    }
    for (Column &column : schema.columns) {
        if (keyColumns != 1)
            column.unique = false;
        column.keyAlias
            = column.unique && !withoutRowid
              && column.declared.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive)
                     == 0;
    }

    readUniqueIndexes(db, &schema);
    assignChecks(createSql, &schema);
    readForeignKeys(db, &schema);
    return schema;
}

QVariantList
SampleSchema::values(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QVariantList values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY 1")
                   .arg(quoted(column), quoted(table)));
    while (query.next())
        values << query.value(0);
    return values;
}

qint64 SampleSchema::maxInteger(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT max(%1) FROM %2 WHERE typeof(%1) = 'integer'")
                   .arg(quoted(column), quoted(table)));
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 SampleSchema::maxRowKey(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(quoted(table)))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

RowChange SampleSchema::deleteKeyRange(const QString &table, qint64 first, qint64 last)
{
    RowChange change;
    change.kind = RowChange::Statement;
    change.table = table;
    change.sql = QStringLiteral("DELETE FROM %1 WHERE rowid BETWEEN ? AND ?").arg(quoted(table));
    change.binds = {first, last};
    return change;
}

QString SampleSchema::insertSql(const QStringList &columnNames) const
{
    if (columnNames.isEmpty()) // only an INTEGER PRIMARY KEY: the database numbers the row
        return QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(quoted(table));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(quoted(table), quotedList(columnNames), placeholders(int(columnNames.size())));
}

} // namespace rowbook

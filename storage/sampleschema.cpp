#include "sampleschema.h"

#include "copyplanhelpers.h"
#include "driverkind.h"
#include "sqltext.h"
#include "transaction.h"
#include "typemapping.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

// Files each CHECK expression with the columns it mentions: under `checks` when it mentions one
// column, under `otherChecks` when it mentions more.
void assignChecks(const QStringList &checks, SampleSchema *schema)
{
    for (const QString &check : checks) {
        QStringList mentioned;
        for (const SampleSchema::Column &column : std::as_const(schema->columns)) {
            if (SqlText::expressionMentions(check, column.name))
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

// A key column in SQL: SQLite's rowid as it is, a column quoted.
QString keyExpression(const QString &keyColumn)
{
    return keyColumn == QLatin1String("rowid") ? keyColumn : quoted(keyColumn);
}

// The SQLite declared type the sample rules read PostgreSQL type `pgType` as; empty for a type
// Rowbook has no generator for.
QString sampleType(const QString &pgType)
{
    const QString type = pgType.trimmed().toLower();
    if (type.endsWith(QLatin1Char(']'))) // an array
        return {};
    if (type.startsWith(QLatin1String("timestamp"))) // with or without time zone, any precision
        return QStringLiteral("DATETIME");
    const TypeMapping::Choice choice = TypeMapping::postgresToSqlite(pgType);
    return choice.note.isEmpty() ? choice.type : QString();
}

// A CHECK expression of PostgreSQL, as pg_get_constraintdef() spells it, in the SQLite spelling
// the sample rules read: no casts, no parentheses around a number, and `c = ANY (ARRAY[…])` as
// `c IN (…)`.
QString sampleCheck(const QString &expression)
{
    // A negative constant is a cast string: ('-5'::integer)::numeric.
    static const QRegularExpression negative(QStringLiteral(
        "'(-[0-9]+(?:\\.[0-9]+)?)'::(?:smallint|integer|bigint|numeric|real|double precision)"));
    QString check = expression;
    check.replace(negative, QStringLiteral("(\\1)"));
    QString portable;
    if (TypeMapping::portableCheck(check, false, &portable))
        check = portable;
    static const QRegularExpression cast(QStringLiteral("::[a-z_]+( [a-z_]+)*(\\[\\])?"));
    // A number or a bare column name in parentheses, not a function's argument: (1), ("code").
    static const QRegularExpression wrapped(
        QStringLiteral("(?<![\\w$])\\((-?[0-9.]+|\"(?:[^\"]|\"\")+\"|[A-Za-z_][\\w$]*)\\)"));
    static const QRegularExpression any(
        QStringLiteral("= ANY \\((\\(ARRAY\\[([^\\]]*)\\]\\)|ARRAY\\[([^\\]]*)\\])\\)"));
    check.remove(cast);
    // ((-40)) after a cast of a cast: unwrap until nothing is left to unwrap.
    for (QString before; before != check;) {
        before = check;
        check.replace(wrapped, QStringLiteral("\\1"));
    }
    check.replace(any, QStringLiteral("IN (\\2\\3)"));
    return check;
}

// The one-column unique indexes of PostgreSQL table `table` (primary key and UNIQUE constraints
// included), by column name.
QStringList postgresUniqueColumns(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT a.attname FROM pg_index ix JOIN pg_attribute a ON a.attrelid = ix.indrelid AND "
        "a.attnum = ix.indkey[0] WHERE ix.indrelid = ?::regclass AND ix.indisunique AND "
        "ix.indnatts = 1 AND ix.indexprs IS NULL AND ix.indpred IS NULL"));
    query.addBindValue(quoted(table));
    query.exec();
    QStringList columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

// The primary key's columns, the CHECK expressions (spelled as SQLite would read them when they
// can be) and the one-column foreign keys of PostgreSQL table `schema->table`.
void readPostgresConstraints(const QSqlDatabase &db, SampleSchema *schema, QStringList *primaryKey)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT c.contype, pg_get_constraintdef(c.oid), array_to_string(ARRAY(SELECT a.attname "
        "FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = "
        "c.conrelid AND a.attnum = k.n ORDER BY k.o), chr(31)), (SELECT relname FROM pg_class "
        "WHERE oid = c.confrelid), (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = "
        "c.confrelid AND a.attnum = c.confkey[1]), cardinality(c.conkey), c.conname FROM "
        "pg_constraint c "
        "WHERE c.conrelid = ?::regclass AND c.contype IN ('p', 'c', 'f') ORDER BY c.conname"));
    query.addBindValue(quoted(schema->table));
    query.exec();
    QStringList checks;
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QStringList columns = query.value(2).toString().split(QChar(31), Qt::SkipEmptyParts);
        if (type == QLatin1String("p")) {
            *primaryKey = columns;
        } else if (type == QLatin1String("c")) {
            checks << sampleCheck(postgresCheckExpression(query.value(1).toString()));
            schema->namedChecks.insert(query.value(6).toString(), checks.last());
        } else if (query.value(5).toInt() == 1) { // a one-column foreign key
            for (SampleSchema::Column &column : schema->columns) {
                if (column.name == columns.value(0)) {
                    column.parentTable = query.value(3).toString();
                    column.parentColumn = query.value(4).toString();
                }
            }
        }
    }
    assignChecks(checks, schema);
}

} // namespace

SampleSchema SampleSchema::read(const QSqlDatabase &db, const QString &asked)
{
    return isPostgres(db) ? readPostgres(db, asked) : readSqlite(db, asked);
}

SampleSchema SampleSchema::readPostgres(const QSqlDatabase &db, const QString &asked)
{
    SampleSchema schema;
    QStringList names;
    if (!resolveTables(postgresTables(db), {asked}, &names, &schema.error)) {
        schema.unknownTable = true;
        return schema;
    }
    schema.table = names.first();
    const QVector<PgColumn> columns = postgresColumns(db, schema.table, &schema.error);
    if (columns.isEmpty()) {
        if (schema.error.isEmpty())
            schema.error
                = CopyPlanText::tr("The columns of table “%1” cannot be read.").arg(schema.table);
        return schema;
    }
    for (const PgColumn &pg : columns) {
        Column column;
        column.name = pg.name;
        column.serverType = pg.type;
        column.declared = sampleType(pg.type);
        column.generatable = !column.declared.isEmpty();
        column.notNull = pg.notNull;
        column.hasDefault = !pg.defaultSql.isNull();
        column.keyAlias = pg.identity;
        column.computed = pg.generated;
        schema.columns << column;
    }
    const QStringList unique = postgresUniqueColumns(db, schema.table);
    for (Column &column : schema.columns)
        column.unique = unique.contains(column.name);
    QStringList primaryKey;
    readPostgresConstraints(db, &schema, &primaryKey);
    if (primaryKey.size() == 1) {
        const int key = int(std::find_if(schema.columns.cbegin(), schema.columns.cend(),
                                         [&](const Column &c) { return c.name == primaryKey[0]; })
                            - schema.columns.cbegin());
        if (key < schema.columns.size()
            && schema.columns.at(key).declared == QLatin1String("INTEGER"))
            schema.keyColumn = primaryKey.first();
    }
    return schema;
}

SampleSchema SampleSchema::readSqlite(const QSqlDatabase &db, const QString &asked)
{
    SampleSchema schema;
    QStringList names;
    if (!resolveTables(sqliteTables(db), {asked}, &names, &schema.error)) {
        schema.unknownTable = true;
        return schema;
    }
    schema.table = names.first();
    const QString createSql = createTableSql(db, schema.table);
    const bool withoutRowid = SqlText::isWithoutRowid(createSql);

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
    assignChecks(checkExpressions(createSql), &schema);
    readForeignKeys(db, &schema);
    if (!withoutRowid)
        schema.keyColumn = QStringLiteral("rowid");
    return schema;
}

namespace {

// Keeps the first read that failed in `error`, with the table, the column and the server's words.
void readFailed(const QSqlQuery &query, const QString &table, const QString &column, QString *error)
{
    if (error->isEmpty())
        *error = CopyPlanText::tr("Column “%1” of table “%2” cannot be read: %3")
                     .arg(column, table, query.lastError().databaseText().trimmed());
}

} // namespace

QVariantList SampleSchema::values(const QSqlDatabase &db,
                                  const QString &table,
                                  const QString &column,
                                  QString *error)
{
    QVariantList values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY 1")
                        .arg(quoted(column), quoted(table))))
        readFailed(query, table, column, error);
    while (query.next())
        values << query.value(0);
    if (query.lastError().isValid()) // failed part-way: not a short list
        readFailed(query, table, column, error);
    return values;
}

qint64 SampleSchema::maxInteger(const QSqlDatabase &db,
                                const QString &table,
                                const QString &column,
                                QString *error)
{
    QSqlQuery query(db);
    // PostgreSQL: a column of one type, whose largest value is an integer or not (then 0).
    if (!query.exec((isPostgres(db) ? QStringLiteral("SELECT max(%1) FROM %2")
                                    : QStringLiteral("SELECT max(%1) FROM %2 WHERE typeof(%1) = "
                                                     "'integer'"))
                        .arg(quoted(column), quoted(table))))
        readFailed(query, table, column, error);
    bool integer = false;
    const qint64 largest = query.next() ? query.value(0).toLongLong(&integer) : 0;
    return integer ? largest : 0;
}

StorageError SampleSchema::lockForFill(const QSqlDatabase &db, bool *locked) const
{
    *locked = !isPostgres(db); // SQLite: BEGIN IMMEDIATE
    if (*locked)
        return {};
    // Behind a savepoint, so that a refusal for want of privilege does not end the transaction.
    const QString savepoint = QStringLiteral("rowbook_fill_lock");
    if (const StorageError error = execute(db, QStringLiteral("SAVEPOINT ") + savepoint);
        error.isError())
        return error;
    const StorageError refused = execute(
        db, QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(quoted(table)));
    *locked = !refused.isError();
    if (refused.isError() && refused.sqlState != "42501") // insufficient_privilege
        return refused;
    return execute(db, (*locked ? QStringLiteral("RELEASE SAVEPOINT ")
                                : QStringLiteral("ROLLBACK TO SAVEPOINT "))
                           + savepoint);
}

qint64 SampleSchema::maxRowKey(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (keyColumn.isEmpty()
        || !query.exec(QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2")
                           .arg(keyExpression(keyColumn), quoted(table)))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 SampleSchema::rowsInKeyRange(const QSqlDatabase &db, qint64 first, qint64 last) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 BETWEEN ? AND ?")
                      .arg(quoted(table), keyExpression(keyColumn)));
    query.addBindValue(first);
    query.addBindValue(last);
    if (keyColumn.isEmpty() || !query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

RowChange SampleSchema::deleteKeyRange(const QString &table,
                                       const QString &keyColumn,
                                       qint64 first,
                                       qint64 last)
{
    RowChange change;
    change.kind = RowChange::Statement;
    change.table = table;
    change.sql = QStringLiteral("DELETE FROM %1 WHERE %2 BETWEEN ? AND ?")
                     .arg(quoted(table), keyExpression(keyColumn));
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

QString SampleSchema::insertHead(const QStringList &columnNames) const
{
    if (columnNames.isEmpty())
        return {};
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
        .arg(quoted(table), quotedList(columnNames));
}

} // namespace rowbook

#include "copyplan.h"

#include "catalog.h"
#include "copyplanhelpers.h"
#include "sqltext.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

// How a copy reads a SQLite source: its tables, columns, keys, checks and what the values hold.
namespace rowbook {
namespace copyplan {

// The CHECK expressions of a CREATE TABLE statement, column and table constraints alike.
QStringList checkExpressions(const QString &createSql)
{
    QStringList checks;
    const SqlText::CreateTable create = SqlText::splitCreateTable(createSql);
    if (!create.ok)
        return checks;
    for (const QString &part : create.parts) {
        for (int i = 0; i < part.size();) {
            const int skipped = SqlText::skipQuotedOrComment(part, i);
            if (skipped != i) {
                i = skipped;
                continue;
            }
            const bool wordStart
                = i == 0
                  || !(part.at(i - 1).isLetterOrNumber() || part.at(i - 1) == QLatin1Char('_'));
            if (wordStart
                && part.mid(i, 5).compare(QLatin1String("CHECK"), Qt::CaseInsensitive) == 0
                && (i + 5 >= part.size()
                    || !(part.at(i + 5).isLetterOrNumber()
                         || part.at(i + 5) == QLatin1Char('_')))) {
                int open = i + 5;
                while (open < part.size() && part.at(open).isSpace())
                    ++open;
                if (open >= part.size() || part.at(open) != QLatin1Char('('))
                    break;
                int depth = 0;
                int j = open;
                for (; j < part.size();) {
                    const int s = SqlText::skipQuotedOrComment(part, j);
                    if (s != j) {
                        j = s;
                        continue;
                    }
                    if (part.at(j) == QLatin1Char('('))
                        ++depth;
                    else if (part.at(j) == QLatin1Char(')') && --depth == 0)
                        break;
                    ++j;
                }
                checks << part.mid(open + 1, j - open - 1).trimmed();
                i = j + 1;
                continue;
            }
            ++i;
        }
    }
    return checks;
}

QStringList sqliteTables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    while (query.next()) {
        // Rowbook's own bookkeeping (_rowbook_meta) belongs to the file, not to the data.
        if (!Catalog::isInternal(query.value(0).toString()))
            names << query.value(0).toString();
    }
    return names;
}

} // namespace copyplan

using namespace copyplan;

namespace {

struct SqliteColumn
{
    QString name;
    QString declared;
    bool notNull = false;
    QVariant defaultSql;
    int pk = 0;
};

QString statsSql(const SqliteColumn &column)
{
    const QString c = quoted(column.name);
    QString sql
        = QStringLiteral("sum(typeof(%1) = 'integer'), sum(typeof(%1) = 'real'), "
                         "sum(typeof(%1) = 'text'), sum(typeof(%1) = 'blob'), "
                         "sum(%1 IS NOT NULL AND NOT (typeof(%1) = 'integer' AND %1 IN (0, 1))), "
                         "sum(%1 IS NOT NULL AND NOT (typeof(%1) = 'text' AND length(%1) = 10 AND "
                         "date(%1) IS %1)), "
                         "sum(%1 IS NOT NULL AND NOT (typeof(%1) = 'text' AND length(%1) = 19 AND "
                         "datetime(%1) IS %1)), "
                         "max(CASE WHEN typeof(%1) = 'text' THEN length(%1) END), ")
              .arg(c);
    int precision = 0;
    int scale = 0;
    if (TypeMapping::numericPrecision(column.declared, &precision, &scale))
        sql += QStringLiteral("sum(typeof(%1) IN ('integer', 'real') AND (round(%1, %2) <> %1 OR "
                              "abs(%1) >= 1e%3))")
                   .arg(c)
                   .arg(scale)
                   .arg(precision - scale);
    else
        sql += QStringLiteral("0");
    return sql;
}

const char *fkAction(const QString &sqliteAction)
{
    const QString a = sqliteAction.toUpper();
    if (a == QLatin1String("CASCADE"))
        return "CASCADE";
    if (a == QLatin1String("SET NULL"))
        return "SET NULL";
    if (a == QLatin1String("SET DEFAULT"))
        return "SET DEFAULT";
    if (a == QLatin1String("RESTRICT"))
        return "RESTRICT";
    return "NO ACTION";
}

QStringList sqliteKey(const QSqlDatabase &db, const QString &table)
{
    QStringList key;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM pragma_table_info(%1) WHERE pk > 0 ORDER BY pk")
                   .arg(stringLiteral(table)));
    while (query.next())
        key << query.value(0).toString();
    return key;
}

// The columns of `name` in order, from pragma_table_info.
QVector<SqliteColumn> readColumns(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    QVector<SqliteColumn> columns;
    query.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM "
                              "pragma_table_info(%1) ORDER BY cid")
                   .arg(stringLiteral(name)));
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toInt() != 0, query.value(3), query.value(4).toInt()});
    return columns;
}

// The primary key's columns in key order.
QStringList primaryKeyOf(const QVector<SqliteColumn> &columns)
{
    QStringList primaryKey;
    for (int pk = 1;; ++pk) {
        bool found = false;
        for (const SqliteColumn &column : columns) {
            if (column.pk == pk) {
                primaryKey << column.name;
                found = true;
            }
        }
        if (!found)
            break;
    }
    return primaryKey;
}

// A rowid alias: the one INTEGER PRIMARY KEY column of a rowid table; empty when there is none.
QString
identityOf(const QVector<SqliteColumn> &columns, const QStringList &primaryKey, bool withoutRowid)
{
    QString identity;
    if (primaryKey.size() == 1 && !withoutRowid) {
        for (const SqliteColumn &column : columns) {
            if (column.pk == 1
                && column.declared.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive)
                       == 0)
                identity = column.name;
        }
    }
    return identity;
}

// What fromSqlite builds a table's statements from.
struct SqliteTableParts
{
    QStringList definitions; // column definitions, then keys and constraints
    QStringList pgTypes;     // the PostgreSQL type of each column
    QStringList selected;    // the quoted column names
};

// Reads what the values of each column look like (one pass over the table) and picks the
// PostgreSQL type of each column from that; false with `plan->error` set when a column has no
// type that keeps its values.
bool defineColumns(const QSqlDatabase &db,
                   const QString &name,
                   const QVector<SqliteColumn> &columns,
                   const QString &identity,
                   SqliteTableParts *parts,
                   CopyPlan::Table *table,
                   CopyPlan *plan)
{
    QSqlQuery query(db);
    QStringList stats;
    for (const SqliteColumn &column : columns)
        stats << statsSql(column);
    if (!query.exec(QStringLiteral("SELECT count(*), %1 FROM %2")
                        .arg(stats.join(QLatin1String(", ")), quoted(name)))
        || !query.next()) {
        plan->error
            = CopyPlanText::tr("Table “%1” cannot be read: %2").arg(name, queryError(query));
        return false;
    }
    table->rows = query.value(0).toLongLong();

    for (int i = 0; i < columns.size(); ++i) {
        const SqliteColumn &column = columns.at(i);
        const int base = 1 + i * 9;
        SqliteColumnStats s;
        s.integers = query.value(base).toLongLong();
        s.reals = query.value(base + 1).toLongLong();
        s.texts = query.value(base + 2).toLongLong();
        s.blobs = query.value(base + 3).toLongLong();
        s.notBoolean = query.value(base + 4).toLongLong();
        s.notDate = query.value(base + 5).toLongLong();
        s.notDateTime = query.value(base + 6).toLongLong();
        s.maxLength = query.value(base + 7).toLongLong();
        s.notExactNumeric = query.value(base + 8).toLongLong();
        QString definition = quoted(column.name) + QLatin1Char(' ');
        QString pgType;
        if (column.name == identity) {
            pgType = QStringLiteral("bigint");
            definition += QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY");
            table->carries << ValueCarry::Integer;
        } else {
            const TypeMapping::Choice choice = TypeMapping::sqliteToPostgres(column.declared, s);
            if (choice.type.isEmpty()) {
                plan->error = CopyPlanText::tr("Column “%1” of table “%2” %3.")
                                  .arg(column.name, name, choice.note);
                return false;
            }
            if (!choice.note.isEmpty())
                plan->notes << CopyPlanText::tr("Column “%1” of table “%2” (%3) %4.")
                                   .arg(column.name, name, column.declared, choice.note);
            pgType = choice.type;
            definition += choice.type;
            table->carries << choice.carry;
        }
        parts->pgTypes << pgType;
        if (column.notNull)
            definition += QStringLiteral(" NOT NULL");
        if (!column.defaultSql.isNull()) {
            QString pgDefault;
            if (TypeMapping::sqliteDefaultToPostgres(column.defaultSql.toString(), pgType,
                                                     &pgDefault))
                definition += QStringLiteral(" DEFAULT ") + pgDefault;
            else
                plan->notes << CopyPlanText::tr(
                                   "The default of column “%1” of table “%2” (%3) is not "
                                   "copied: it is not a plain value.")
                                   .arg(column.name, name, column.defaultSql.toString());
        }
        parts->definitions << definition;
        parts->selected << quoted(column.name);
    }
    return true;
}

// UNIQUE constraints go into the table definition, other indexes are created after the rows; a
// note in `plan` for each partial or expression index.
void readIndexes(const QSqlDatabase &db,
                 const QString &name,
                 SqliteTableParts *parts,
                 CopyPlan::Table *table,
                 CopyPlan *plan)
{
    QSqlQuery indexes(db);
    indexes.exec(QStringLiteral("SELECT name, \"unique\", origin, partial FROM "
                                "pragma_index_list(%1) ORDER BY name")
                     .arg(stringLiteral(name)));
    while (indexes.next()) {
        const QString index = indexes.value(0).toString();
        const bool unique = indexes.value(1).toInt() != 0;
        const QString origin = indexes.value(2).toString();
        if (origin == QLatin1String("pk"))
            continue;
        QStringList indexColumns;
        bool expression = false;
        QSqlQuery info(db);
        info.exec(QStringLiteral("SELECT name FROM pragma_index_info(%1) ORDER BY seqno")
                      .arg(stringLiteral(index)));
        while (info.next()) {
            if (info.value(0).isNull())
                expression = true;
            indexColumns << info.value(0).toString();
        }
        if (expression || indexes.value(3).toInt() != 0) {
            plan->notes << CopyPlanText::tr(
                               "Index “%1” of table “%2” is not copied: it is a partial or "
                               "expression index.")
                               .arg(index, name);
            continue;
        }
        if (origin == QLatin1String("u"))
            parts->definitions << QStringLiteral("UNIQUE (%1)").arg(quotedList(indexColumns));
        else
            table->afterDataSql << QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                                       .arg(unique ? QStringLiteral("UNIQUE ") : QString(),
                                            quoted(index), quoted(name), quotedList(indexColumns));
    }
}

// CHECK constraints that read the same on PostgreSQL. One that names a column whose values
// changed type (boolean, date, timestamp) would compare against the wrong type.
void addChecks(const QString &name,
               const QString &createSql,
               const QVector<SqliteColumn> &columns,
               SqliteTableParts *parts,
               CopyPlan *plan)
{
    for (const QString &check : checkExpressions(createSql)) {
        QString portable;
        bool typed = false;
        for (int i = 0; i < columns.size(); ++i) {
            const QString &type = parts->pgTypes.at(i);
            if ((type == QLatin1String("boolean") || type == QLatin1String("date")
                 || type == QLatin1String("timestamp"))
                && SqlText::expressionMentions(check, columns.at(i).name))
                typed = true;
        }
        if (!typed && TypeMapping::portableCheck(check, true, &portable))
            parts->definitions << QStringLiteral("CHECK (%1)").arg(portable);
        else
            plan->notes << CopyPlanText::tr(
                               "CHECK (%1) of table “%2” is not copied: PostgreSQL would not "
                               "read it the same way.")
                               .arg(check, name);
    }
}

// Foreign keys go in after the rows, so the tables can be filled in any order; one to a table
// that is not copied gets a note in `plan` instead.
void addForeignKeys(const QSqlDatabase &db,
                    const QString &name,
                    const QStringList &copied,
                    CopyPlan::Table *table,
                    CopyPlan *plan)
{
    QSqlQuery keys(db);
    keys.exec(QStringLiteral("SELECT id, seq, \"table\", \"from\", \"to\", on_update, "
                             "on_delete FROM pragma_foreign_key_list(%1) ORDER BY id, seq")
                  .arg(stringLiteral(name)));
    int currentId = -1;
    QStringList from;
    QStringList to;
    QString parent;
    QString onUpdate;
    QString onDelete;
    const auto flush = [&]() {
        if (currentId < 0)
            return;
        if (!copied.contains(parent)) {
            plan->notes << CopyPlanText::tr(
                               "The foreign key of table “%1” to “%2” is not copied: “%2” is "
                               "not copied.")
                               .arg(name, parent);
            return;
        }
        if (to.contains(QString()))
            to = sqliteKey(db, parent);
        table->afterDataSql << QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES "
                                              "%3 (%4) ON UPDATE %5 ON DELETE %6")
                                   .arg(quoted(name), quotedList(from), quoted(parent),
                                        quotedList(to), QLatin1String(fkAction(onUpdate)),
                                        QLatin1String(fkAction(onDelete)));
    };
    while (keys.next()) {
        if (keys.value(0).toInt() != currentId) {
            flush();
            currentId = keys.value(0).toInt();
            from.clear();
            to.clear();
            parent = keys.value(2).toString();
            // The parent as the source spells it (SQLite matches names in any case).
            for (const QString &candidate : copied) {
                if (candidate.compare(parent, Qt::CaseInsensitive) == 0)
                    parent = candidate;
            }
            onUpdate = keys.value(5).toString();
            onDelete = keys.value(6).toString();
        }
        from << keys.value(3).toString();
        to << (keys.value(4).isNull() ? QString() : keys.value(4).toString());
    }
    flush();
}

} // namespace

QString CopyPlan::viewsAndTriggersNote()
{
    return CopyPlanText::tr("Views and triggers are not copied.");
}

CopyPlan CopyPlan::fromSqlite(const QSqlDatabase &db, const QStringList &asked)
{
    CopyPlan plan;
    plan.source = Engine::Sqlite;
    plan.target = Engine::Postgres;
    QStringList names;
    if (!resolveTables(sqliteTables(db), asked, &names, &plan.error)) {
        plan.unknownTable = true;
        return plan;
    }
    {
        QSqlQuery views(db);
        views.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('view', "
                                  "'trigger')"));
        if (views.next() && views.value(0).toLongLong() > 0)
            plan.notes << viewsAndTriggersNote();
    }
    for (const QString &name : names) {
        Table table;
        table.name = name;
        QSqlQuery query(db);
        QString createSql;
        query.prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(name);
        if (query.exec() && query.next())
            createSql = query.value(0).toString();
        const bool withoutRowid = SqlText::isWithoutRowid(createSql);

        const QVector<SqliteColumn> columns = readColumns(db, name);
        if (columns.isEmpty()) {
            plan.error = CopyPlanText::tr("The columns of table “%1” cannot be read.").arg(name);
            return plan;
        }
        const QStringList primaryKey = primaryKeyOf(columns);
        const QString identity = identityOf(columns, primaryKey, withoutRowid);
        SqliteTableParts parts;
        if (!defineColumns(db, name, columns, identity, &parts, &table, &plan))
            return plan;
        if (!primaryKey.isEmpty())
            parts.definitions << QStringLiteral("PRIMARY KEY (%1)").arg(quotedList(primaryKey));
        for (const SqliteColumn &column : columns)
            table.columns << column.name;
        table.pgTypes = parts.pgTypes;
        readIndexes(db, name, &parts, &table, &plan);
        addChecks(name, createSql, columns, &parts, &plan);
        addForeignKeys(db, name, names, &table, &plan);
        const QStringList &definitions = parts.definitions;
        const QStringList &selected = parts.selected;

        if (!identity.isEmpty())
            table.sequenceSql << QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, %2), "
                                                "coalesce(max(%3), 0) + 1, false) FROM %4")
                                     .arg(stringLiteral(quoted(name)), stringLiteral(identity),
                                          quoted(identity), quoted(name));

        table.createSql = QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                              .arg(quoted(name), definitions.join(QLatin1String(",\n    ")));
        table.selectSql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                              .arg(selected.join(QLatin1String(", ")), quoted(name),
                                   withoutRowid ? quotedList(primaryKey) : QStringLiteral("rowid"));
        table.insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                               .arg(quoted(name), selected.join(QLatin1String(", ")));
        plan.tables << table;
    }
    return plan;
}

} // namespace rowbook

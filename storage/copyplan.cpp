#include "copyplan.h"

#include "catalog.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace rowbook {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CopyPlan", text);
}

// Both engines quote identifiers the SQL-standard way. (QSqlDriver::escapeIdentifier would
// split names with a dot in them into schema.name, which a copied table must not be.)
QString quoted(const QString &name)
{
    QString inner = name;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString quotedList(const QStringList &names)
{
    QStringList parts;
    for (const QString &name : names)
        parts << quoted(name);
    return parts.join(QLatin1String(", "));
}

QString stringLiteral(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

QString queryError(const QSqlQuery &query)
{
    return query.lastError().text();
}

struct SqliteColumn
{
    QString name;
    QString declared;
    bool notNull = false;
    QVariant defaultSql;
    int pk = 0;
};

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

QStringList postgresTables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                              "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind "
                              "IN ('r', 'p') ORDER BY c.relname"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// The tables asked for, spelled as the source spells them; an unknown name is an error.
bool resolveTables(const QStringList &available,
                   const QStringList &asked,
                   QStringList *tables,
                   QString *error)
{
    if (asked.isEmpty()) {
        *tables = available;
        return true;
    }
    for (const QString &name : asked) {
        QString found;
        for (const QString &candidate : available) {
            if (candidate == name
                || (found.isEmpty() && candidate.compare(name, Qt::CaseInsensitive) == 0))
                found = candidate;
        }
        if (found.isEmpty()) {
            *error = tr("There is no table “%1” in the source database.").arg(name);
            return false;
        }
        if (!tables->contains(found))
            *tables << found;
    }
    return true;
}

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

const char *pgFkAction(const QString &code)
{
    if (code == QLatin1String("c"))
        return "CASCADE";
    if (code == QLatin1String("n"))
        return "SET NULL";
    if (code == QLatin1String("d"))
        return "SET DEFAULT";
    if (code == QLatin1String("r"))
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

} // namespace

QString CopyPlan::Table::insertSql(int rows) const
{
    const QString row = QLatin1Char('(') + placeholders(int(carries.size())) + QLatin1Char(')');
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << row;
    return insertHead + all.join(QLatin1String(", "));
}

int CopyPlan::batchRows(const Table &table) const
{
    if (target == Engine::Sqlite)
        return 1;
    return qBound(1, 30000 / int(qMax(1, int(table.carries.size()))), 500);
}

QString CopyPlan::savepointSql() const
{
    return target == Engine::Postgres ? QStringLiteral("SAVEPOINT rowbook_copy") : QString();
}

QString CopyPlan::releaseSql() const
{
    return target == Engine::Postgres ? QStringLiteral("RELEASE SAVEPOINT rowbook_copy")
                                      : QString();
}

QString CopyPlan::rollbackToSql() const
{
    return target == Engine::Postgres ? QStringLiteral("ROLLBACK TO SAVEPOINT rowbook_copy")
                                      : QString();
}

qint64 CopyPlan::totalRows() const
{
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.rows;
    return total;
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
            plan.notes << tr("Views and triggers are not copied.");
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
        const bool withoutRowid = SqlText::splitCreateTable(createSql).tail.contains(
            QLatin1String("WITHOUT"), Qt::CaseInsensitive);

        QVector<SqliteColumn> columns;
        query.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM "
                                  "pragma_table_info(%1) ORDER BY cid")
                       .arg(stringLiteral(name)));
        while (query.next())
            columns.append({query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toInt() != 0, query.value(3), query.value(4).toInt()});
        if (columns.isEmpty()) {
            plan.error = tr("The columns of table “%1” cannot be read.").arg(name);
            return plan;
        }
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
        // A rowid alias: the one INTEGER PRIMARY KEY column of a rowid table.
        QString identity;
        if (primaryKey.size() == 1 && !withoutRowid) {
            for (const SqliteColumn &column : columns) {
                if (column.pk == 1
                    && column.declared.trimmed().compare(QLatin1String("INTEGER"),
                                                         Qt::CaseInsensitive)
                           == 0)
                    identity = column.name;
            }
        }

        QStringList stats;
        for (const SqliteColumn &column : columns)
            stats << statsSql(column);
        if (!query.exec(QStringLiteral("SELECT count(*), %1 FROM %2")
                            .arg(stats.join(QLatin1String(", ")), quoted(name)))
            || !query.next()) {
            plan.error = tr("Table “%1” cannot be read: %2").arg(name, queryError(query));
            return plan;
        }
        table.rows = query.value(0).toLongLong();

        QStringList definitions;
        QStringList pgTypes;
        QStringList selected;
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
                table.carries << ValueCarry::Integer;
            } else {
                const TypeMapping::Choice choice
                    = TypeMapping::sqliteToPostgres(column.declared, s);
                if (choice.type.isEmpty()) {
                    plan.error
                        = tr("Column “%1” of table “%2” %3.").arg(column.name, name, choice.note);
                    return plan;
                }
                if (!choice.note.isEmpty())
                    plan.notes << tr("Column “%1” of table “%2” (%3) %4.")
                                      .arg(column.name, name, column.declared, choice.note);
                pgType = choice.type;
                definition += choice.type;
                table.carries << choice.carry;
            }
            pgTypes << pgType;
            if (column.notNull)
                definition += QStringLiteral(" NOT NULL");
            if (!column.defaultSql.isNull()) {
                QString pgDefault;
                if (TypeMapping::sqliteDefaultToPostgres(column.defaultSql.toString(), pgType,
                                                         &pgDefault))
                    definition += QStringLiteral(" DEFAULT ") + pgDefault;
                else
                    plan.notes << tr("The default of column “%1” of table “%2” (%3) is not "
                                     "copied: it is not a plain value.")
                                      .arg(column.name, name, column.defaultSql.toString());
            }
            definitions << definition;
            selected << quoted(column.name);
        }
        if (!primaryKey.isEmpty())
            definitions << QStringLiteral("PRIMARY KEY (%1)").arg(quotedList(primaryKey));

        // UNIQUE constraints and indexes.
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
                plan.notes << tr("Index “%1” of table “%2” is not copied: it is a partial or "
                                 "expression index.")
                                  .arg(index, name);
                continue;
            }
            if (origin == QLatin1String("u"))
                definitions << QStringLiteral("UNIQUE (%1)").arg(quotedList(indexColumns));
            else
                table.afterDataSql
                    << QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                           .arg(unique ? QStringLiteral("UNIQUE ") : QString(), quoted(index),
                                quoted(name), quotedList(indexColumns));
        }

        // CHECK constraints that read the same on PostgreSQL. One that names a column whose
        // values changed type (boolean, date, timestamp) would compare against the wrong type.
        for (const QString &check : checkExpressions(createSql)) {
            QString portable;
            bool typed = false;
            for (int i = 0; i < columns.size(); ++i) {
                const QString &type = pgTypes.at(i);
                if ((type == QLatin1String("boolean") || type == QLatin1String("date")
                     || type == QLatin1String("timestamp"))
                    && SqlText::mentions(check, columns.at(i).name))
                    typed = true;
            }
            if (!typed && TypeMapping::portableCheck(check, true, &portable))
                definitions << QStringLiteral("CHECK (%1)").arg(portable);
            else
                plan.notes << tr("CHECK (%1) of table “%2” is not copied: PostgreSQL would not "
                                 "read it the same way.")
                                  .arg(check, name);
        }

        // Foreign keys go in after the rows, so the tables can be filled in any order.
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
            if (!names.contains(parent)) {
                plan.notes << tr("The foreign key of table “%1” to “%2” is not copied: “%2” is "
                                 "not copied.")
                                  .arg(name, parent);
                return;
            }
            if (to.contains(QString()))
                to = sqliteKey(db, parent);
            table.afterDataSql << QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES "
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
                for (const QString &candidate : names) {
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

        if (!identity.isEmpty())
            table.afterDataSql << QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, %2), "
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

CopyPlan CopyPlan::fromPostgres(const QSqlDatabase &db, const QStringList &asked)
{
    CopyPlan plan;
    plan.source = Engine::Postgres;
    plan.target = Engine::Sqlite;
    QStringList names;
    if (!resolveTables(postgresTables(db), asked, &names, &plan.error)) {
        plan.unknownTable = true;
        return plan;
    }
    for (const QString &name : names) {
        Table table;
        table.name = name;
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
            "pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '' OR "
            "coalesce(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%' "
            "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = "
            "a.attnum WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped "
            "ORDER BY a.attnum"));
        query.addBindValue(quoted(name));
        if (!query.exec()) {
            plan.error
                = tr("The columns of table “%1” cannot be read: %2").arg(name, queryError(query));
            return plan;
        }
        struct Column
        {
            QString name;
            QString type;
            bool notNull;
            QVariant defaultSql;
            bool identity;
        };
        QVector<Column> columns;
        while (query.next())
            columns.append({query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toBool(), query.value(3), query.value(4).toBool()});

        // Constraints: p(rimary key), u(nique), f(oreign key), c(heck).
        const QString sep = QStringLiteral("\x1f");
        query.prepare(QStringLiteral(
            "SELECT c.contype, c.confupdtype, c.confdeltype, pg_get_constraintdef(c.oid), "
            "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o) "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o), "
            "chr(31)), "
            "(SELECT relname FROM pg_class WHERE oid = c.confrelid), "
            "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, "
            "o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o), "
            "chr(31)) "
            "FROM pg_constraint c WHERE c.conrelid = ?::regclass ORDER BY c.contype, c.conname"));
        query.addBindValue(quoted(name));
        if (!query.exec()) {
            plan.error = tr("The constraints of table “%1” cannot be read: %2")
                             .arg(name, queryError(query));
            return plan;
        }
        QStringList primaryKey;
        QStringList constraints;
        while (query.next()) {
            const QString type = query.value(0).toString();
            const QStringList keyColumns = query.value(4).toString().split(sep, Qt::SkipEmptyParts);
            if (type == QLatin1String("p")) {
                primaryKey = keyColumns;
            } else if (type == QLatin1String("u")) {
                constraints << QStringLiteral("UNIQUE (%1)").arg(quotedList(keyColumns));
            } else if (type == QLatin1String("f")) {
                const QString parent = query.value(5).toString();
                if (!names.contains(parent)) {
                    plan.notes << tr("The foreign key of table “%1” to “%2” is not copied: “%2” "
                                     "is not copied.")
                                      .arg(name, parent);
                    continue;
                }
                constraints << QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3) ON UPDATE %4 "
                                              "ON DELETE %5")
                                   .arg(quotedList(keyColumns), quoted(parent),
                                        quotedList(query.value(6).toString().split(
                                            sep, Qt::SkipEmptyParts)),
                                        QLatin1String(pgFkAction(query.value(1).toString())),
                                        QLatin1String(pgFkAction(query.value(2).toString())));
            } else if (type == QLatin1String("c")) {
                QString definition = query.value(3).toString();
                QString expression = definition;
                if (expression.startsWith(QLatin1String("CHECK ")))
                    expression = expression.mid(6).trimmed();
                if (expression.startsWith(QLatin1Char('('))
                    && expression.endsWith(QLatin1Char(')')))
                    expression = expression.mid(1, expression.size() - 2);
                QString portable;
                if (TypeMapping::portableCheck(expression, false, &portable))
                    constraints << QStringLiteral("CHECK (%1)").arg(portable);
                else
                    plan.notes << tr("%1 of table “%2” is not copied: SQLite would not read it "
                                     "the same way.")
                                      .arg(definition, name);
            } else {
                plan.notes << tr("Constraint %1 of table “%2” is not copied.")
                                  .arg(query.value(3).toString(), name);
            }
        }

        QStringList definitions;
        QStringList selected;
        QStringList orderBy;
        bool rowidAlias = false;
        for (const Column &column : columns) {
            const TypeMapping::Choice choice = TypeMapping::postgresToSqlite(column.type);
            QString definition = quoted(column.name) + QLatin1Char(' ');
            const bool alias = column.identity && primaryKey == QStringList{column.name}
                               && choice.carry == ValueCarry::Integer;
            if (alias) {
                definition += QStringLiteral("INTEGER PRIMARY KEY");
                rowidAlias = true;
            } else {
                definition += choice.type;
            }
            if (!choice.note.isEmpty())
                plan.notes
                    << tr("Column “%1” of table “%2” %3.").arg(column.name, name, choice.note);
            if (column.identity && !alias)
                plan.notes << tr("Column “%1” of table “%2” loses its automatic numbering: only "
                                 "a single-column integer primary key keeps it.")
                                  .arg(column.name, name);
            if (column.notNull && !alias)
                definition += QStringLiteral(" NOT NULL");
            if (!column.defaultSql.isNull() && !column.identity) {
                QString sqliteDefault;
                if (TypeMapping::postgresDefaultToSqlite(column.defaultSql.toString(),
                                                         &sqliteDefault))
                    definition += QStringLiteral(" DEFAULT ") + sqliteDefault;
                else
                    plan.notes << tr("The default of column “%1” of table “%2” (%3) is not "
                                     "copied: it is not a plain value.")
                                      .arg(column.name, name, column.defaultSql.toString());
            }
            definitions << definition;
            const bool asText
                = choice.carry == ValueCarry::Text || choice.carry == ValueCarry::NumericText;
            const bool textual = column.type == QLatin1String("text")
                                 || column.type.startsWith(QLatin1String("character"));
            selected << (asText && !textual ? quoted(column.name) + QStringLiteral("::text")
                                            : quoted(column.name));
            table.carries << choice.carry;
        }
        if (!primaryKey.isEmpty() && !rowidAlias)
            definitions << QStringLiteral("PRIMARY KEY (%1)").arg(quotedList(primaryKey));
        definitions += constraints;
        orderBy = primaryKey;

        // Plain indexes (those behind constraints come with the constraint).
        query.prepare(QStringLiteral(
            "SELECT ic.relname, ix.indisunique, ix.indexprs IS NOT NULL OR ix.indpred IS NOT "
            "NULL, array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey::int2[]) WITH "
            "ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = "
            "k.n ORDER BY k.o), chr(31)) FROM pg_index ix JOIN pg_class ic ON ic.oid = "
            "ix.indexrelid WHERE ix.indrelid = ?::regclass AND NOT EXISTS (SELECT 1 FROM "
            "pg_constraint c WHERE c.conindid = ix.indexrelid) ORDER BY ic.relname"));
        query.addBindValue(quoted(name));
        query.exec();
        while (query.next()) {
            const QString index = query.value(0).toString();
            if (query.value(2).toBool()) {
                plan.notes << tr("Index “%1” of table “%2” is not copied: it is a partial or "
                                 "expression index.")
                                  .arg(index, name);
                continue;
            }
            table.afterDataSql
                << QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                       .arg(query.value(1).toBool() ? QStringLiteral("UNIQUE ") : QString(),
                            quoted(index), quoted(name),
                            quotedList(query.value(3).toString().split(sep, Qt::SkipEmptyParts)));
        }

        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(name)));
        table.rows = query.next() ? query.value(0).toLongLong() : 0;
        table.createSql = QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                              .arg(quoted(name), definitions.join(QLatin1String(",\n    ")));
        QStringList plainNames;
        for (const Column &column : columns)
            plainNames << quoted(column.name);
        table.selectSql
            = QStringLiteral("SELECT %1 FROM %2%3")
                  .arg(selected.join(QLatin1String(", ")), quoted(name),
                       orderBy.isEmpty() ? QStringLiteral(" ORDER BY ctid")
                                         : QStringLiteral(" ORDER BY ") + quotedList(orderBy));
        table.insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                               .arg(quoted(name), plainNames.join(QLatin1String(", ")));
        plan.tables << table;
    }
    return plan;
}

QStringList CopyPlan::existingOnTarget(const QSqlDatabase &target) const
{
    QStringList existing;
    QSqlQuery query(target);
    for (const Table &table : tables) {
        if (this->target == Engine::Sqlite) {
            query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', "
                                         "'view') AND lower(name) = lower(?)"));
            query.addBindValue(table.name);
        } else {
            query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
            query.addBindValue(quoted(table.name));
        }
        if (query.exec() && query.next()
            && (this->target == Engine::Sqlite || query.value(0).toBool()))
            existing << table.name;
    }
    return existing;
}

QStringList CopyPlan::sourcePreamble(Engine source)
{
    if (source == Engine::Sqlite)
        return {};
    return {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
            QStringLiteral("SET LOCAL DateStyle = 'ISO, YMD'")};
}

QStringList CopyPlan::targetPreamble() const
{
    // SQLite checks foreign keys at COMMIT, so tables can be filled in any order.
    if (target == Engine::Sqlite)
        return {QStringLiteral("PRAGMA defer_foreign_keys = ON")};
    return {};
}

QStringList CopyPlan::finalProblems(const QSqlDatabase &target) const
{
    QStringList problems;
    if (this->target != Engine::Sqlite)
        return problems;
    QSqlQuery query(target);
    for (const Table &table : tables) {
        query.exec(QStringLiteral("SELECT \"parent\", count(*) FROM pragma_foreign_key_check(%1) "
                                  "GROUP BY \"parent\"")
                       .arg(stringLiteral(table.name)));
        while (query.next())
            problems << tr("%1 row(s) of table “%2” refer to rows of “%3” that do not exist.")
                            .arg(query.value(1).toLongLong())
                            .arg(table.name, query.value(0).toString());
    }
    return problems;
}

QVariant CopyPlan::carry(const QVariant &value, ValueCarry how)
{
    if (value.isNull())
        return QVariant();
    switch (how) {
    case ValueCarry::AsIs:
        if (value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isNull()) {
            // A zero-length BLOB/bytea comes back from the drivers as a null QByteArray, which
            // QSQLITE would bind as NULL (sqlite3_bind_blob with a null pointer): give it a
            // buffer, so it stays a zero-length value.
            QByteArray empty;
            empty.reserve(1);
            return QVariant(empty);
        }
        return value;
    case ValueCarry::Integer:
        return QVariant(value.toLongLong());
    case ValueCarry::Text:
        return QVariant(value.toString());
    case ValueCarry::BoolFromInt:
        return QVariant(value.toLongLong() != 0);
    case ValueCarry::IntFromBool:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case ValueCarry::NumericText: {
        QString text = value.toString();
        if (text.contains(QLatin1Char('.'))
            && !text.contains(QLatin1Char('e'), Qt::CaseInsensitive)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
        return QVariant(text);
    }
    }
    return value;
}

} // namespace rowbook

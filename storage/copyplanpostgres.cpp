#include "copyplan.h"

#include "catalog.h"
#include "copyplanhelpers.h"
#include "sqltext.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

// How a copy reads a PostgreSQL source: its tables, columns, keys and constraints.
namespace rowbook {
using namespace copyplan;

QStringList copyplan::postgresTables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                              "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind "
                              "IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QString copyplan::postgresCheckExpression(const QString &definition)
{
    QString expression = definition;
    if (expression.startsWith(QLatin1String("CHECK ")))
        expression = expression.mid(6).trimmed();
    if (expression.startsWith(QLatin1Char('(')) && expression.endsWith(QLatin1Char(')')))
        expression = expression.mid(1, expression.size() - 2);
    return expression;
}

// The columns of `name` in order; empty with `error` set when they cannot be read.
QVector<PgColumn>
copyplan::postgresColumns(const QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
        "pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '' OR "
        "coalesce(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%', a.attgenerated <> '' "
        "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = "
        "a.attnum WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped "
        "ORDER BY a.attnum"));
    query.addBindValue(quoted(name));
    if (!query.exec()) {
        *error = CopyPlanText::tr("The columns of table “%1” cannot be read: %2")
                     .arg(name, queryError(query));
        return {};
    }
    QVector<PgColumn> columns;
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toBool(), query.value(3), query.value(4).toBool(),
                        query.value(5).toBool()});
    return columns;
}

namespace {

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

// The primary key of `name` and the constraints SQLite can keep (UNIQUE, FOREIGN KEY to a table
// that is copied too, portable CHECK); a note in `plan` for each one left out.
bool readConstraints(const QSqlDatabase &db,
                     const QString &name,
                     const QStringList &copied,
                     QStringList *primaryKey,
                     QStringList *constraints,
                     CopyPlan *plan)
{
    QSqlQuery query(db);
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
        plan->error = CopyPlanText::tr("The constraints of table “%1” cannot be read: %2")
                          .arg(name, queryError(query));
        return false;
    }
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QStringList keyColumns = query.value(4).toString().split(sep, Qt::SkipEmptyParts);
        if (type == QLatin1String("p")) {
            *primaryKey = keyColumns;
        } else if (type == QLatin1String("u")) {
            *constraints << QStringLiteral("UNIQUE (%1)").arg(quotedList(keyColumns));
        } else if (type == QLatin1String("f")) {
            const QString parent = query.value(5).toString();
            if (!copied.contains(parent)) {
                plan->notes << CopyPlanText::tr(
                                   "The foreign key of table “%1” to “%2” is not copied: “%2” "
                                   "is not copied.")
                                   .arg(name, parent);
                continue;
            }
            *constraints << QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3) ON UPDATE %4 "
                                           "ON DELETE %5")
                                .arg(quotedList(keyColumns), quoted(parent),
                                     quotedList(
                                         query.value(6).toString().split(sep, Qt::SkipEmptyParts)),
                                     QLatin1String(pgFkAction(query.value(1).toString())),
                                     QLatin1String(pgFkAction(query.value(2).toString())));
        } else if (type == QLatin1String("c")) {
            const QString definition = query.value(3).toString();
            const QString expression = postgresCheckExpression(definition);
            QString portable;
            if (TypeMapping::portableCheck(expression, false, &portable))
                *constraints << QStringLiteral("CHECK (%1)").arg(portable);
            else
                plan->notes << CopyPlanText::tr(
                                   "%1 of table “%2” is not copied: SQLite would not read it "
                                   "the same way.")
                                   .arg(definition, name);
        } else {
            plan->notes << CopyPlanText::tr("Constraint %1 of table “%2” is not copied.")
                               .arg(query.value(3).toString(), name);
        }
    }
    return true;
}

// What fromPostgres builds a table's statements from.
struct PgTableParts
{
    QStringList definitions; // column definitions, then the primary key
    QStringList selected;    // the source's column expressions, cast to text where needed
    QVector<ValueCarry> carries;
};

// The SQLite column definitions of `columns` (a single integer identity key becomes the rowid
// alias) and how each value is read; a note in `plan` for what changes on the way.
void defineColumns(const QString &name,
                   const QVector<PgColumn> &columns,
                   const QStringList &primaryKey,
                   PgTableParts *table,
                   CopyPlan *plan)
{
    bool rowidAlias = false;
    for (const PgColumn &column : columns) {
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
            plan->notes << CopyPlanText::tr("Column “%1” of table “%2” %3.")
                               .arg(column.name, name, choice.note);
        if (column.identity && !alias)
            plan->notes << CopyPlanText::tr(
                               "Column “%1” of table “%2” loses its automatic numbering: only "
                               "a single-column integer primary key keeps it.")
                               .arg(column.name, name);
        if (column.notNull && !alias)
            definition += QStringLiteral(" NOT NULL");
        if (!column.defaultSql.isNull() && !column.identity) {
            QString sqliteDefault;
            if (TypeMapping::postgresDefaultToSqlite(column.defaultSql.toString(), &sqliteDefault))
                definition += QStringLiteral(" DEFAULT ") + sqliteDefault;
            else
                plan->notes << CopyPlanText::tr(
                                   "The default of column “%1” of table “%2” (%3) is not "
                                   "copied: it is not a plain value.")
                                   .arg(column.name, name, column.defaultSql.toString());
        }
        table->definitions << definition;
        const bool asText
            = choice.carry == ValueCarry::Text || choice.carry == ValueCarry::NumericText;
        const bool textual = column.type == QLatin1String("text")
                             || column.type.startsWith(QLatin1String("character"));
        table->selected << (asText && !textual ? quoted(column.name) + QStringLiteral("::text")
                                               : quoted(column.name));
        table->carries << choice.carry;
    }
    if (!primaryKey.isEmpty() && !rowidAlias)
        table->definitions << QStringLiteral("PRIMARY KEY (%1)").arg(quotedList(primaryKey));
}

// True, with the error in `plan`, when SQLite would take two of `names` for one: it tells names
// apart whatever the case of their ASCII letters (of those only). `table` names the table
// `names` are the columns of; empty, they are tables and indexes, which share one namespace.
bool refuseCaseTwins(const QStringList &names, const QString &table, CopyPlan *plan)
{
    QHash<QString, QString> seen;
    for (const QString &name : names) {
        QString folded = name;
        for (QChar &c : folded) {
            if (c.unicode() < 128)
                c = c.toLower();
        }
        const auto twin = seen.constFind(folded);
        if (twin == seen.cend()) {
            seen.insert(folded, name);
            continue;
        }
        plan->error
            = table.isEmpty()
                  ? CopyPlanText::tr("SQLite takes “%1” and “%2” for one name, so a file cannot "
                                     "hold both: rename one on the server, or leave it out of "
                                     "the copy.")
                        .arg(*twin, name)
                  : CopyPlanText::tr("Table “%1” has columns “%2” and “%3”, which SQLite takes for "
                                     "one name: rename one on the server, or leave the table out "
                                     "of the copy.")
                        .arg(table, *twin, name);
        return true;
    }
    return false;
}

// The plain indexes of `name` (those behind constraints come with the constraint), created after
// the rows, their names added to `indexNames`; a note in `plan` for each partial or expression
// index.
void readIndexes(const QSqlDatabase &db,
                 const QString &name,
                 CopyPlan::Table *table,
                 CopyPlan *plan,
                 QStringList *indexNames)
{
    const QString sep = QStringLiteral("\x1f");
    QSqlQuery query(db);
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
            plan->notes << CopyPlanText::tr(
                               "Index “%1” of table “%2” is not copied: it is a partial or "
                               "expression index.")
                               .arg(index, name);
            continue;
        }
        *indexNames << index;
        table->afterDataSql
            << QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                   .arg(query.value(1).toBool() ? QStringLiteral("UNIQUE ") : QString(),
                        quoted(index), quoted(name),
                        quotedList(query.value(3).toString().split(sep, Qt::SkipEmptyParts)));
    }
}

// What each copied table is read from. PostgreSQL reads a table with the rows of the tables that
// inherit from it (a partitioned table's rows are its partitions'): each row is read once, by the
// nearest of its own table and that table's ancestors that the copy holds.
class InheritedRows
{
public:
    InheritedRows(const QSqlDatabase &db, const QStringList &names)
    {
        QSqlQuery query(db);
        query.exec(
            QStringLiteral("SELECT c.oid::bigint, c.relname FROM pg_class c JOIN pg_namespace n "
                           "ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"));
        while (query.next()) {
            if (names.contains(query.value(1).toString())) {
                const auto oid = quint32(query.value(0).toLongLong());
                m_copied.insert(query.value(1).toString(), oid);
                m_copiedOids.insert(oid);
            }
        }
        query.exec(QStringLiteral("SELECT inhparent::bigint, inhrelid::bigint FROM pg_inherits"));
        while (query.next())
            m_children.insert(quint32(query.value(0).toLongLong()),
                              quint32(query.value(1).toLongLong()));
    }

    // "t" when every table below `name` is read through it, "ONLY t" when none is, else t with
    // the tables whose rows it reads: its own and those no nearer copied table reads.
    QString source(const QString &name) const
    {
        const quint32 own = m_copied.value(name);
        QStringList read{QString::number(own)};
        QList<quint32> below = m_children.values(own);
        bool all = true;
        while (!below.isEmpty()) {
            const quint32 table = below.takeLast();
            if (m_copiedOids.contains(table)) {
                all = false; // read by that table, or by one of its own ancestors below `name`
                continue;
            }
            read << QString::number(table);
            below << m_children.values(table);
        }
        if (all)
            return quoted(name);
        if (read.size() == 1)
            return QStringLiteral("ONLY ") + quoted(name);
        return QStringLiteral("%1 WHERE tableoid IN (%2)")
            .arg(quoted(name), read.join(QLatin1String(", ")));
    }

private:
    QHash<QString, quint32> m_copied;        // the copied tables' oids, by name
    QSet<quint32> m_copiedOids;              // the same oids
    QMultiHash<quint32, quint32> m_children; // parent → child, inheritance and partitions
};

} // namespace

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
    if (refuseCaseTwins(names, {}, &plan))
        return plan;
    QStringList indexNames;
    const InheritedRows inherited(db, names);
    for (const QString &name : names) {
        Table table;
        table.name = name;
        const QVector<PgColumn> columns = postgresColumns(db, name, &plan.error);
        QStringList columnNames;
        for (const PgColumn &column : columns)
            columnNames << column.name;
        if (!plan.error.isEmpty() || refuseCaseTwins(columnNames, name, &plan))
            return plan;
        QStringList primaryKey;
        QStringList constraints;
        if (!readConstraints(db, name, names, &primaryKey, &constraints, &plan))
            return plan;
        PgTableParts parts;
        defineColumns(name, columns, primaryKey, &parts, &plan);
        table.carries = parts.carries;
        const QStringList definitions = parts.definitions + constraints;
        const QStringList &selected = parts.selected;
        const QStringList &orderBy = primaryKey;
        readIndexes(db, name, &table, &plan, &indexNames);

        const QString source = inherited.source(name);
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(source));
        table.rows = query.next() ? query.value(0).toLongLong() : 0;
        table.createSql = QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                              .arg(quoted(name), definitions.join(QLatin1String(",\n    ")));
        QStringList plainNames;
        for (const PgColumn &column : columns)
            plainNames << quoted(column.name);
        table.selectSql
            = QStringLiteral("SELECT %1 FROM %2%3")
                  .arg(selected.join(QLatin1String(", ")), source,
                       orderBy.isEmpty() ? QStringLiteral(" ORDER BY ctid")
                                         : QStringLiteral(" ORDER BY ") + quotedList(orderBy));
        table.insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                               .arg(quoted(name), plainNames.join(QLatin1String(", ")));
        plan.tables << table;
    }
    refuseCaseTwins(names + indexNames, {}, &plan);
    return plan;
}

} // namespace rowbook

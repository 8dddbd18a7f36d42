#include "dumpplan.h"

#include "copyplan.h"
#include "copyplanhelpers.h"
#include "sqltext.h"
#include "viewtranslation.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <charconv>
#include <cmath>

namespace rowbook {
using namespace copyplan;

namespace {

// The SQLite schema objects of `type` ('index', 'view', 'trigger') with their SQL, in the order
// they were created; `tables` empty means those of every table.
// `names`, when given, gets the objects' names.
QStringList schemaObjects(const QSqlDatabase &db,
                          const QString &type,
                          const QStringList &tables,
                          QStringList *names = nullptr)
{
    QStringList statements;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT tbl_name, sql, name FROM sqlite_master WHERE type = ? "
                                 "AND sql IS NOT NULL ORDER BY rowid"));
    query.addBindValue(type);
    query.exec();
    while (query.next()) {
        if (!tables.isEmpty() && !tables.contains(query.value(0).toString(), Qt::CaseInsensitive))
            continue;
        statements << query.value(1).toString();
        if (names)
            *names << query.value(2).toString();
    }
    return statements;
}

QString createTableSql(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

// How the rows of `name` (created by `create`) are read and written back, with its row count.
bool sqliteTable(const QSqlDatabase &db,
                 const QString &name,
                 const QString &create,
                 DumpPlan::Table *table,
                 QString *error)
{
    const bool withoutRowid = SqlText::isWithoutRowid(create);
    QSqlQuery query(db);
    // table_info leaves out generated columns, which take no values.
    query.exec(QStringLiteral("SELECT name, pk FROM pragma_table_info(%1) ORDER BY cid")
                   .arg(stringLiteral(name)));
    QStringList columns;
    QStringList key;
    while (query.next()) {
        columns << quoted(query.value(0).toString());
        if (query.value(1).toInt() > 0)
            key << quoted(query.value(0).toString());
    }
    if (columns.isEmpty()) {
        *error = CopyPlanText::tr("The columns of table “%1” cannot be read.").arg(name);
        return false;
    }
    table->name = name;
    table->selectSql
        = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
              .arg(columns.join(QLatin1String(", ")), quoted(name),
                   withoutRowid ? key.join(QLatin1String(", ")) : QStringLiteral("rowid"));
    table->insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES\n")
                            .arg(quoted(name), columns.join(QLatin1String(", ")))
                            .toUtf8();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(name))) || !query.next()) {
        *error = CopyPlanText::tr("Table “%1” cannot be read: %2").arg(name, queryError(query));
        return false;
    }
    table->rows = query.value(0).toLongLong();
    return true;
}

// The AUTOINCREMENT counters of the tables `names`, which may be past the largest key after
// deletions.
QStringList sequenceStatements(const QSqlDatabase &db, const QStringList &names)
{
    QStringList statements;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence ORDER BY name"));
    while (query.next()) {
        if (!names.contains(query.value(0).toString()))
            continue;
        statements << QStringLiteral("DELETE FROM sqlite_sequence WHERE name = %1")
                          .arg(stringLiteral(query.value(0).toString()))
                   << QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (%1, %2)")
                          .arg(stringLiteral(query.value(0).toString()))
                          .arg(query.value(1).toLongLong());
    }
    return statements;
}

// How the rows of a table a copy plan reads are dumped: with the copy's reading and values.
DumpPlan::Table dumpedTable(const CopyPlan::Table &table)
{
    DumpPlan::Table dumped;
    dumped.name = table.name;
    dumped.selectSql = table.selectSql;
    dumped.insertHead = (table.insertHead.trimmed() + QLatin1Char('\n')).toUtf8();
    dumped.carries = table.carries;
    dumped.rows = table.rows;
    return dumped;
}

// The SQLite dialect: the schema as SQLite itself recorded it, so the new file is the same.
void planSqlite(const QSqlDatabase &db, const QStringList &asked, DumpPlan *plan)
{
    QStringList names;
    if (!resolveTables(sqliteTables(db), asked, &names, &plan->error)) {
        plan->unknownTable = true;
        return;
    }
    names = DumpPlan::dependencyOrder(db, names);
    const bool schema = plan->content != DumpPlan::Content::DataOnly;
    const bool data = plan->content != DumpPlan::Content::SchemaOnly;
    // Foreign keys are checked by the original, not while the rows go in (the sqlite3 shell
    // has them off too; the PRAGMA has no effect inside a transaction, so it comes first).
    plan->before << QStringLiteral("PRAGMA foreign_keys = OFF")
                 << QStringLiteral("BEGIN TRANSACTION");
    for (const QString &name : names) {
        const QString create = createTableSql(db, name);
        if (schema)
            plan->before << create;
        if (!data)
            continue;
        DumpPlan::Table table;
        if (!sqliteTable(db, name, create, &table, &plan->error))
            return;
        plan->tables << table;
    }
    if (data)
        plan->after << sequenceStatements(db, names);
    if (!schema) {
        // Rows for a database of the same schema: its triggers must not fire on them (they
        // fired in the original already), so they are set aside while the rows go in.
        QStringList triggers;
        const QStringList sql = schemaObjects(db, QStringLiteral("trigger"), names, &triggers);
        for (const QString &trigger : triggers)
            plan->before << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoted(trigger));
        plan->after << sql;
        if (!triggers.isEmpty())
            plan->notes << CopyPlanText::tr(
                "The triggers of the dumped tables are dropped while the rows go in "
                "and created again after them.");
    }
    if (schema) {
        const QStringList scope = asked.isEmpty() ? QStringList() : names;
        plan->after << schemaObjects(db, QStringLiteral("index"), scope);
        if (asked.isEmpty())
            plan->after << schemaObjects(db, QStringLiteral("view"), {});
        else if (!schemaObjects(db, QStringLiteral("view"), {}).isEmpty())
            plan->notes << CopyPlanText::tr("Views are dumped only with every table.");
        // Triggers last, so that they do not fire while the rows go in.
        plan->after << schemaObjects(db, QStringLiteral("trigger"), scope);
    }
    plan->after << QStringLiteral("COMMIT");
}

// Views whose SELECT PostgreSQL reads the same way (ViewTranslation), after the foreign keys, in
// the order SQLite created them, each with the column names SQLite gives it; the others, and
// every trigger of the dumped tables, as notes that say why they are left out.
void planPostgresViews(const QSqlDatabase &db,
                       const CopyPlan &copy,
                       bool everyTable,
                       DumpPlan *plan)
{
    QStringList names;
    QSet<QString> retyped;
    QStringList dumped;
    for (const CopyPlan::Table &table : copy.tables) {
        names << table.name << table.columns;
        dumped << table.name;
        for (int i = 0; i < table.columns.size() && i < table.pgTypes.size(); ++i) {
            if (table.pgTypes.at(i) == QLatin1String("boolean"))
                retyped.insert(table.columns.at(i).toLower());
        }
    }
    QStringList views;
    const QStringList viewSql = schemaObjects(db, QStringLiteral("view"), {}, &views);
    if (!everyTable) {
        if (!views.isEmpty())
            plan->notes << CopyPlanText::tr("Views are dumped only with every table.");
    } else {
        QStringList leftOut;
        for (int v = 0; v < views.size(); ++v) {
            const QString &view = views.at(v);
            QString why;
            for (const QString &earlier : leftOut) {
                if (SqlText::mentions(ViewTranslation::body(viewSql.at(v)), earlier)) {
                    why = CopyPlanText::tr("view “%1”, which is left out").arg(earlier);
                    break;
                }
            }
            QStringList columns;
            QSqlQuery query(db);
            if (why.isEmpty()
                && query.exec(QStringLiteral("SELECT name FROM pragma_table_info(%1) ORDER BY cid")
                                  .arg(stringLiteral(view)))) {
                while (query.next())
                    columns << query.value(0).toString();
            }
            if (why.isEmpty() && columns.isEmpty())
                why = CopyPlanText::tr("columns Rowbook cannot read");
            QString select;
            if (why.isEmpty())
                select = ViewTranslation(names, retyped).select(viewSql.at(v), &why);
            if (!why.isEmpty()) {
                plan->notes
                    << CopyPlanText::tr("View “%1” is left out: it uses %2.").arg(view, why);
                leftOut << view;
                continue;
            }
            plan->after << QStringLiteral("CREATE VIEW %1 (%2) AS %3")
                               .arg(quoted(view), quotedList(columns), select);
            names << view << columns;
        }
    }
    QStringList triggers;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' "
                              "ORDER BY rowid"));
    while (query.next()) {
        const QString on = query.value(1).toString();
        if (!dumped.contains(on, Qt::CaseInsensitive) && !views.contains(on, Qt::CaseInsensitive))
            continue;
        plan->notes << CopyPlanText::tr(
                           "Trigger “%1” on “%2” is left out: its body is SQLite SQL, while a "
                           "PostgreSQL trigger runs a function written in PL/pgSQL; write that "
                           "function by hand.")
                           .arg(query.value(0).toString(), on);
    }
}

// The PostgreSQL dialect: the schema and values of `rowbook copy`.
void planPostgres(const QSqlDatabase &db, const QStringList &asked, DumpPlan *plan)
{
    const CopyPlan copy = CopyPlan::fromSqlite(db, asked);
    if (!copy.error.isEmpty()) {
        plan->error = copy.error;
        plan->unknownTable = copy.unknownTable;
        return;
    }
    plan->notes = copy.notes;
    QStringList names;
    for (const CopyPlan::Table &table : copy.tables)
        names << table.name;
    names = DumpPlan::dependencyOrder(db, names);
    const bool schema = plan->content != DumpPlan::Content::DataOnly;
    const bool data = plan->content != DumpPlan::Content::SchemaOnly;
    plan->before << QStringLiteral("SET client_encoding = 'UTF8'")
                 << QStringLiteral("SET standard_conforming_strings = on")
                 << QStringLiteral("BEGIN");
    QStringList afterData;
    QStringList sequences;
    for (const QString &name : names) {
        for (const CopyPlan::Table &table : copy.tables) {
            if (table.name != name)
                continue;
            if (schema) {
                plan->before << table.createSql;
                afterData << table.afterDataSql;
            }
            sequences << table.sequenceSql;
            if (data)
                plan->tables << dumpedTable(table);
        }
    }
    plan->after << afterData << sequences;
    plan->notes.removeAll(CopyPlan::viewsAndTriggersNote());
    if (schema)
        planPostgresViews(db, copy, asked.isEmpty(), plan);
    plan->after << QStringLiteral("COMMIT");
}

} // namespace

DumpPlan DumpPlan::fromPostgres(const QSqlDatabase &db, Content content, const QStringList &asked)
{
    DumpPlan plan;
    plan.dialect = Dialect::Sqlite;
    plan.content = content;
    const CopyPlan copy = CopyPlan::fromPostgres(db, asked);
    if (!copy.error.isEmpty()) {
        plan.error = copy.error;
        plan.unknownTable = copy.unknownTable;
        return plan;
    }
    plan.notes = copy.notes;
    const bool schema = content != Content::DataOnly;
    const bool data = content != Content::SchemaOnly;
    // Foreign keys are off while the script runs, so the tables can come in name order.
    plan.before << QStringLiteral("PRAGMA foreign_keys = OFF")
                << QStringLiteral("BEGIN TRANSACTION");
    for (const CopyPlan::Table &table : copy.tables) {
        if (schema) {
            plan.before << table.createSql;
            plan.after << table.afterDataSql;
        }
        if (data)
            plan.tables << dumpedTable(table);
        plan.after << table.sequenceSql;
    }
    QSqlQuery views(db);
    if (schema
        && views.exec(QStringLiteral("SELECT count(*) FROM pg_views WHERE schemaname = "
                                     "current_schema()"))
        && views.next() && views.value(0).toInt() > 0)
        plan.notes << CopyPlanText::tr("The server's views are left out: the dump of a server "
                                       "database holds its tables.");
    plan.after << QStringLiteral("COMMIT");
    return plan;
}

qint64 DumpPlan::totalRows() const
{
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.rows;
    return total;
}

DumpPlan DumpPlan::fromSqlite(const QSqlDatabase &db,
                              Dialect dialect,
                              Content content,
                              const QStringList &tables)
{
    DumpPlan plan;
    plan.dialect = dialect;
    plan.content = content;
    if (dialect == Dialect::Sqlite)
        planSqlite(db, tables, &plan);
    else
        planPostgres(db, tables, &plan);
    return plan;
}

QStringList DumpPlan::dependencyOrder(const QSqlDatabase &db, const QStringList &tables)
{
    QVector<QStringList> parents;
    for (const QString &table : tables) {
        QStringList of;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(%1)")
                       .arg(stringLiteral(table)));
        while (query.next()) {
            const QString parent = query.value(0).toString();
            for (const QString &candidate : tables) {
                // SQLite matches names in any case; a table referring to itself waits for no one.
                if (candidate.compare(parent, Qt::CaseInsensitive) == 0 && candidate != table)
                    of << candidate;
            }
        }
        parents << of;
    }
    QStringList ordered;
    QVector<bool> placed(tables.size(), false);
    while (ordered.size() < tables.size()) {
        int next = -1;
        for (int i = 0; i < tables.size() && next < 0; ++i) {
            if (placed.at(i))
                continue;
            bool ready = true;
            for (const QString &parent : parents.at(i))
                ready = ready && ordered.contains(parent);
            if (ready)
                next = i;
        }
        if (next < 0) // a cycle: its first table goes first
            next = int(placed.indexOf(false));
        placed[next] = true;
        ordered << tables.at(next);
    }
    return ordered;
}

void DumpPlan::appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

void DumpPlan::appendReal(QByteArray &out, double value, Dialect dialect)
{
    const bool postgres = dialect == Dialect::Postgres;
    if (std::isnan(value)) {
        out.append(postgres ? "'NaN'" : "NULL"); // SQLite keeps no NaN
        return;
    }
    if (std::isinf(value)) {
        if (postgres)
            out.append(value > 0 ? "'Infinity'" : "'-Infinity'");
        else
            out.append(value > 0 ? "9e999" : "-9e999");
        return;
    }
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    const QByteArrayView text(digits, result.ptr - digits);
    // Quoted on PostgreSQL, so the column's type reads the text itself (a numeric constant
    // would lose the sign of -0).
    if (postgres)
        out.append('\'');
    out.append(text);
    if (!text.contains('.') && !text.contains('e'))
        out.append(".0");
    if (postgres)
        out.append('\'');
}

namespace {

// 'text' with quotes doubled.
void appendPlainText(QByteArray &out, QByteArrayView utf8)
{
    out.append('\'');
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '\'')
            continue;
        out.append(utf8.sliced(plain, i + 1 - plain));
        out.append('\'');
        plain = i + 1;
    }
    out.append(utf8.sliced(plain));
    out.append('\'');
}

} // namespace

void DumpPlan::appendText(QByteArray &out, QByteArrayView utf8, Dialect dialect)
{
    if (!utf8.contains('\r') && !utf8.contains('\0')) {
        appendPlainText(out, utf8);
        return;
    }
    if (dialect == Dialect::Postgres) {
        // psql, like the sqlite3 shell, reads CR LF as a line end: spell CR as an escape.
        out.append("E'");
        for (const char c : utf8) {
            if (c == '\r')
                out.append("\\r");
            else if (c == '\\' || c == '\'')
                out.append(c).append(c);
            else
                out.append(c);
        }
        out.append('\'');
        return;
    }
    // The sqlite3 shell turns CR LF into LF and stops a text at NUL: both become char().
    qsizetype plain = 0;
    for (qsizetype i = 0; i <= utf8.size(); ++i) {
        if (i < utf8.size() && utf8[i] != '\r' && utf8[i] != '\0')
            continue;
        appendPlainText(out, utf8.sliced(plain, i - plain));
        if (i < utf8.size())
            out.append(utf8[i] == '\r' ? " || char(13) || " : " || char(0) || ");
        plain = i + 1;
    }
}

void DumpPlan::appendBlob(QByteArray &out, QByteArrayView bytes, Dialect dialect)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append(dialect == Dialect::Postgres ? "'\\x" : "X'");
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        out.append(hex[c >> 4]);
        out.append(hex[c & 0xf]);
    }
    out.append(dialect == Dialect::Postgres ? "'::bytea" : "'");
}

void DumpPlan::appendValue(QByteArray &out, const QVariant &value, Dialect dialect)
{
    if (value.isNull()) {
        appendNull(out);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        if (dialect == Dialect::Postgres)
            out.append(value.toBool() ? "true" : "false");
        else
            out.append(value.toBool() ? "1" : "0");
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        appendInteger(out, value.toLongLong());
        return;
    case QMetaType::Double:
        appendReal(out, value.toDouble(), dialect);
        return;
    case QMetaType::QByteArray:
        appendBlob(out, value.toByteArray(), dialect);
        return;
    default:
        appendText(out, value.toString().toUtf8(), dialect);
        return;
    }
}

} // namespace rowbook

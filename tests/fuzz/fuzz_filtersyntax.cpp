// libFuzzer target for the filter syntax (models/filtersyntax.h).
//
// The input, read as UTF-8, is typed into the filter of a column of every ColumnKind, and into
// the global search over all columns. Invariants for every result:
// - either a hint (one sentence, with no SQL and no values) or SQL with exactly one bound value
//   per '?' (counted by SQLite itself, sqlite3_bind_parameter_count);
// - the SQL is one of the fixed shapes the parser emits, with nothing of the typed text in it
//   (typed text only ever reaches the database as a bound value);
// - the SQL prepares and runs without an error on an in-memory table with that column and a few
//   rows of every storage class, through QSqlQuery as TableModel runs it (REGEXP registered);
// - combine() of all conditions keeps the values in order and the counts matching.

#include "catalog.h"
#include "filtersyntax.h"
#include "sqlitefunctions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace {

using rowbook::ColumnKind;

struct Column
{
    ColumnKind kind;
    const char *declaredType;
    QString name;
};

// Column names that need quoting; the parser must quote them, never the fuzzer.
const Column columns[] = {
    {ColumnKind::Integer, "INTEGER", QStringLiteral("Zoë \"quoted\" [x]")},
    {ColumnKind::Real, "REAL", QStringLiteral("order")},
    {ColumnKind::Text, "TEXT", QStringLiteral("select ? from")},
    {ColumnKind::LongText, "LONGTEXT", QStringLiteral("日本語")},
    {ColumnKind::Date, "DATE", QStringLiteral("a.b")},
    {ColumnKind::DateTime, "DATETIME", QStringLiteral("--x")},
    {ColumnKind::Boolean, "BOOLEAN", QStringLiteral("it's `b`")},
    {ColumnKind::Blob, "BLOB", QStringLiteral("')")},
    {ColumnKind::Any, "", QStringLiteral("any")},
};
const QString connectionName = QStringLiteral("fuzz");

[[noreturn]] void fail(const char *what, const QString &input, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_filtersyntax: invariant violated: %s\n  input: %s\n  %s\n", what,
                 input.toUtf8().toHex().constData(), detail.toUtf8().constData());
    std::abort();
}

sqlite3 *handle(const QSqlDatabase &db)
{
    return *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
}

void setUp()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open() || !rowbook::registerRegexp(db))
        fail("cannot open the in-memory database", {}, db.lastError().text());
    QStringList definitions;
    for (const Column &column : columns)
        definitions << rowbook::Catalog::quote(column.name) + QLatin1Char(' ')
                           + QLatin1String(column.declaredType);
    QSqlQuery query(db);
    if (!query.exec(QLatin1String("CREATE TABLE t (") + definitions.join(QLatin1String(", "))
                    + QLatin1Char(')')))
        fail("cannot create the table", {}, query.lastError().text());
    // Every storage class in every column.
    const char *const values[]
        = {"NULL", "0", "-7", "2.5", "'abc'", "'2024-01-31'", "x'00ff'", "'Zoë ✓'", "''", "'%_\\'"};
    for (const char *value : values) {
        QStringList row;
        for (size_t i = 0; i < std::size(columns); ++i)
            row << QLatin1String(value);
        if (!query.exec(QLatin1String("INSERT INTO t VALUES (") + row.join(QLatin1String(", "))
                        + QLatin1Char(')')))
            fail("cannot insert", {}, query.lastError().text());
    }
}

// The SQL shapes parseColumnFilter() and globalSearch() emit, with the quoted column as C.
bool hasKnownShape(QString sql)
{
    for (const Column &column : columns)
        sql.replace(rowbook::Catalog::quote(column.name), QLatin1String("C"));
    static const QRegularExpression single(QStringLiteral(
        "^C (LIKE \\? ESCAPE '\\\\'|(=|<>|<|>|<=|>=) \\?|IS NULL|IS NOT NULL|BETWEEN \\? AND \\?"
        "|REGEXP \\?)$"));
    static const QRegularExpression search(
        QStringLiteral("^\\(C LIKE \\? ESCAPE '\\\\'( OR C LIKE \\? ESCAPE '\\\\')+\\)$"));
    return single.match(sql).hasMatch() || search.match(sql).hasMatch()
           || sql == QLatin1String("0 = 1");
}

void checkCondition(const rowbook::SqlCondition &condition, const QString &input)
{
    if (!condition.hint.isEmpty()) {
        if (!condition.sql.isEmpty() || !condition.values.isEmpty())
            fail("a hint with SQL or values", input, condition.sql);
        return;
    }
    if (condition.sql.isEmpty()) {
        if (!condition.values.isEmpty())
            fail("values without SQL", input);
        if (!input.trimmed().isEmpty())
            fail("no filter for non-blank input", input);
        return;
    }
    if (!hasKnownShape(condition.sql))
        fail("SQL of an unknown shape (typed text in the SQL?)", input, condition.sql);
    for (const QVariant &value : condition.values) {
        if (value.isNull())
            fail("a NULL bound value", input, condition.sql);
    }

    const QString statement = QLatin1String("SELECT count(*) FROM t WHERE ") + condition.sql;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);

    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(handle(db), utf8.constData(), int(utf8.size()), &raw, nullptr)
        != SQLITE_OK)
        fail("the SQL does not prepare", input,
             statement + QLatin1String(": ") + QString::fromUtf8(sqlite3_errmsg(handle(db))));
    const int parameters = sqlite3_bind_parameter_count(raw);
    sqlite3_finalize(raw);
    if (parameters != condition.values.size())
        fail("placeholders and values differ in number", input,
             statement + QStringLiteral(" (%1 values)").arg(condition.values.size()));

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail("QSqlQuery::prepare failed", input, query.lastError().text());
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        fail("the SQL fails to run", input,
             statement + QLatin1String(": ") + query.lastError().text());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    QVector<rowbook::SqlCondition> conditions;
    QStringList names;
    int expectedValues = 0;
    bool anyHint = false;
    for (const Column &column : columns) {
        const rowbook::SqlCondition condition
            = rowbook::parseColumnFilter(input, column.name, column.kind);
        checkCondition(condition, input);
        conditions << condition;
        names << column.name;
        expectedValues += int(condition.values.size());
        anyHint = anyHint || !condition.isValid();
    }

    const rowbook::SqlCondition search = rowbook::globalSearch(input, names);
    checkCondition(search, input);
    if (!search.isValid())
        fail("the global search gave a hint", input, search.hint);
    checkCondition(rowbook::globalSearch(input, {}), input);
    checkCondition(rowbook::globalSearch(input, {columns[0].name}), input);

    conditions << search;
    expectedValues += int(search.values.size());
    const rowbook::SqlCondition all = rowbook::combine(conditions);
    if (anyHint) {
        if (all.isValid())
            fail("combine() dropped a hint", input);
    } else {
        if (all.values.size() != expectedValues)
            fail("combine() lost values", input, all.sql);
        if (!all.sql.isEmpty()) {
            QSqlQuery query(QSqlDatabase::database(connectionName, false));
            if (!query.prepare(QLatin1String("SELECT count(*) FROM t WHERE ") + all.sql))
                fail("the combined SQL does not prepare", input, query.lastError().text());
            for (const QVariant &value : all.values)
                query.addBindValue(value);
            if (!query.exec() || !query.next())
                fail("the combined SQL fails to run", input, query.lastError().text());
        }
    }
    return 0;
}

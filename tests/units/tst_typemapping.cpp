// The translation rules of docs/postgresql.md: SQLite declared type plus what the column holds
// gives the PostgreSQL type, PostgreSQL types give SQLite declared types, and DEFAULTs and
// CHECKs are carried over only when both engines read them the same way.
#include "typemapping.h"

#include <QTest>

using namespace rowbook;

Q_DECLARE_METATYPE(rowbook::SqliteColumnStats)

namespace {

SqliteColumnStats stats(qint64 integers, qint64 reals, qint64 texts, qint64 blobs)
{
    SqliteColumnStats s;
    s.integers = integers;
    s.reals = reals;
    s.texts = texts;
    s.blobs = blobs;
    s.notBoolean = reals + texts + blobs;
    s.notDate = integers + reals + blobs;
    s.notDateTime = integers + reals + blobs;
    return s;
}

} // namespace

class TestTypeMapping : public QObject
{
    Q_OBJECT

private slots:
    void sqliteToPostgres_data();
    void sqliteToPostgres();
    void postgresToSqlite_data();
    void postgresToSqlite();
    void defaults_data();
    void defaults();
    void checks_data();
    void checks();
};

void TestTypeMapping::sqliteToPostgres_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<SqliteColumnStats>("stats");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("noted");

    SqliteColumnStats bools = stats(5, 0, 0, 0);
    QTest::newRow("boolean 0/1") << "BOOLEAN" << bools << "boolean" << false;
    SqliteColumnStats notBools = stats(5, 0, 0, 0);
    notBools.notBoolean = 1;
    QTest::newRow("boolean holding 2") << "BOOLEAN" << notBools << "numeric" << false;
    SqliteColumnStats dates = stats(0, 0, 4, 0);
    dates.notDate = 0;
    QTest::newRow("date") << "DATE" << dates << "date" << false;
    SqliteColumnStats badDates = stats(0, 0, 4, 0);
    badDates.notDate = 1;
    QTest::newRow("date with 15/04/2023") << "DATE" << badDates << "text" << true;
    SqliteColumnStats stamps = stats(0, 0, 4, 0);
    stamps.notDateTime = 0;
    QTest::newRow("datetime") << "DATETIME" << stamps << "timestamp" << false;
    QTest::newRow("timestamp, all NULL")
        << "TIMESTAMP" << stats(0, 0, 0, 0) << "timestamp" << false;
    QTest::newRow("datetime as numbers") << "DATETIME" << stats(3, 0, 0, 0) << "text" << true;
    QTest::newRow("integer") << "INTEGER" << stats(3, 0, 0, 0) << "bigint" << false;
    QTest::newRow("int with text") << "INT" << stats(3, 0, 1, 0) << "text" << true;
    QTest::newRow("real") << "REAL" << stats(3, 4, 0, 0) << "double precision" << false;
    QTest::newRow("double") << "DOUBLE" << stats(0, 4, 0, 0) << "double precision" << false;
    QTest::newRow("blob") << "BLOB" << stats(0, 0, 0, 2) << "bytea" << false;
    QTest::newRow("untyped bytes") << "" << stats(0, 0, 0, 2) << "bytea" << false;
    QTest::newRow("untyped integers") << "" << stats(2, 0, 0, 0) << "bigint" << false;
    QTest::newRow("bytes and text") << "" << stats(0, 0, 1, 2) << "" << true;
    SqliteColumnStats shortText = stats(0, 0, 3, 0);
    shortText.maxLength = 160;
    QTest::newRow("nvarchar fits") << "NVARCHAR(160)" << shortText << "varchar(160)" << false;
    QTest::newRow("varchar too long") << "VARCHAR(100)" << shortText << "text" << true;
    QTest::newRow("text") << "TEXT" << shortText << "text" << false;
    QTest::newRow("numeric(10,2)")
        << "NUMERIC(10,2)" << stats(2, 3, 0, 0) << "numeric(10,2)" << false;
    SqliteColumnStats rounded = stats(2, 3, 0, 0);
    rounded.notExactNumeric = 1;
    QTest::newRow("numeric(10,2) rounding") << "NUMERIC(10,2)" << rounded << "numeric" << true;
    QTest::newRow("decimal") << "DECIMAL" << stats(2, 3, 0, 0) << "numeric" << false;
}

void TestTypeMapping::sqliteToPostgres()
{
    QFETCH(QString, declared);
    QFETCH(SqliteColumnStats, stats);
    const TypeMapping::Choice choice = TypeMapping::sqliteToPostgres(declared, stats);
    QTEST(choice.type, "type");
    QTEST(!choice.note.isEmpty(), "noted");
}

void TestTypeMapping::postgresToSqlite_data()
{
    QTest::addColumn<QString>("pgType");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<int>("carry");
    QTest::newRow("bigint") << "bigint"
                            << "INTEGER" << int(ValueCarry::Integer);
    QTest::newRow("smallint") << "smallint"
                              << "INTEGER" << int(ValueCarry::Integer);
    QTest::newRow("boolean") << "boolean"
                             << "BOOLEAN" << int(ValueCarry::IntFromBool);
    QTest::newRow("double") << "double precision"
                            << "REAL" << int(ValueCarry::AsIs);
    QTest::newRow("numeric(10,2)") << "numeric(10,2)"
                                   << "NUMERIC(10,2)" << int(ValueCarry::NumericText);
    QTest::newRow("varchar(40)") << "character varying(40)"
                                 << "VARCHAR(40)" << int(ValueCarry::Text);
    QTest::newRow("date") << "date"
                          << "DATE" << int(ValueCarry::Text);
    QTest::newRow("timestamp") << "timestamp without time zone"
                               << "DATETIME" << int(ValueCarry::Text);
    QTest::newRow("bytea") << "bytea"
                           << "BLOB" << int(ValueCarry::AsIs);
    QTest::newRow("uuid") << "uuid"
                          << "TEXT" << int(ValueCarry::Text);
}

void TestTypeMapping::postgresToSqlite()
{
    QFETCH(QString, pgType);
    const TypeMapping::Choice choice = TypeMapping::postgresToSqlite(pgType);
    QTEST(choice.type, "declared");
    QTEST(int(choice.carry), "carry");
}

void TestTypeMapping::defaults_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("toPostgres");
    QTest::addColumn<QString>("pgType");
    QTest::addColumn<QString>("expected"); // empty: not carried over
    QTest::newRow("number") << "0" << true << "bigint"
                            << "0";
    QTest::newRow("string") << "'it''s'" << true << "text"
                            << "'it''s'";
    QTest::newRow("bool 1") << "1" << true << "boolean"
                            << "true";
    QTest::newRow("now") << "CURRENT_TIMESTAMP" << true << "timestamp"
                         << "CURRENT_TIMESTAMP";
    QTest::newRow("parenthesized") << "(42)" << true << "bigint"
                                   << "42";
    QTest::newRow("expression") << "(random())" << true << "bigint"
                                << "";
    QTest::newRow("pg cast") << "'abc'::character varying" << false << ""
                             << "'abc'";
    QTest::newRow("pg numeric") << "(0)::numeric" << false << ""
                                << "0";
    QTest::newRow("pg true") << "true" << false << ""
                             << "1";
    QTest::newRow("pg now") << "now()" << false << ""
                            << "CURRENT_TIMESTAMP";
    QTest::newRow("pg function") << "gen_random_uuid()" << false << ""
                                 << "";
}

void TestTypeMapping::defaults()
{
    QFETCH(QString, sql);
    QFETCH(bool, toPostgres);
    QFETCH(QString, pgType);
    QFETCH(QString, expected);
    QString out;
    const bool ok = toPostgres ? TypeMapping::sqliteDefaultToPostgres(sql, pgType, &out)
                               : TypeMapping::postgresDefaultToSqlite(sql, &out);
    QCOMPARE(ok, !expected.isEmpty());
    QCOMPARE(out, expected);
}

void TestTypeMapping::checks_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("toPostgres");
    QTest::addColumn<QString>("expected"); // empty: reported, not copied
    QTest::newRow("comparison") << "Price >= 0" << true << "\"Price\" >= 0";
    QTest::newRow("brackets") << "[a b] <> 'x' AND length(c) < 10" << true
                              << "\"a b\" <> 'x' AND LENGTH(\"c\") < 10";
    QTest::newRow("in list") << "kind IN ('a', 'b')" << true << "\"kind\" IN ('a', 'b')";
    QTest::newRow("between") << "n BETWEEN 1 AND 5" << true << "\"n\" BETWEEN 1 AND 5";
    QTest::newRow("glob") << "code GLOB '[A-Z]*'" << true << "";
    QTest::newRow("typeof") << "typeof(x) = 'integer'" << true << "";
    QTest::newRow("concat") << "a || b <> ''" << true << "";
    QTest::newRow("case") << "CASE WHEN a THEN 1 END" << true << "";
    QTest::newRow("pg casts") << "(price > (0)::numeric)" << false << "(\"price\" > (0))";
    QTest::newRow("pg regex") << "(code ~ '^[A-Z]'::text)" << false << "";
}

void TestTypeMapping::checks()
{
    QFETCH(QString, expression);
    QFETCH(bool, toPostgres);
    QFETCH(QString, expected);
    QString out;
    QCOMPARE(TypeMapping::portableCheck(expression, toPostgres, &out), !expected.isEmpty());
    QCOMPARE(out, expected);
}

QTEST_GUILESS_MAIN(TestTypeMapping)
#include "tst_typemapping.moc"

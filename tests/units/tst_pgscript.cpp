// PgScript: splitting a PostgreSQL script into statements as psql does, and telling the
// statements that may only read from the others.
#include "pgscript.h"

#include <QTest>

using namespace rowbook;

Q_DECLARE_METATYPE(QList<QByteArray>)

class TestPgScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void kinds_data();
    void kinds();
    void backslashesWhenNotStandard();
    void byteOffsetCountsCharacters();
};

void TestPgScript::split_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QList<QByteArray>>("statements");

    QTest::newRow("two") << QByteArray("SELECT 1; SELECT 2;")
                         << QList<QByteArray>{"SELECT 1;", "SELECT 2;"};
    QTest::newRow("no final semicolon")
        << QByteArray("SELECT 1;\nSELECT 2") << QList<QByteArray>{"SELECT 1;", "SELECT 2"};
    QTest::newRow("blank and comments left out")
        << QByteArray("  -- just a note\n;; /* and more */ SELECT 1; -- tail")
        << QList<QByteArray>{"SELECT 1;"};
    QTest::newRow("string with semicolon")
        << QByteArray("SELECT 'a;b', 'it''s;'; SELECT 2;")
        << QList<QByteArray>{"SELECT 'a;b', 'it''s;';", "SELECT 2;"};
    QTest::newRow("E string with escaped quote")
        << QByteArray("SELECT E'a\\';b'; SELECT 2;")
        << QList<QByteArray>{"SELECT E'a\\';b';", "SELECT 2;"};
    QTest::newRow("standard string keeps backslash")
        << QByteArray("SELECT 'a\\'; SELECT 2;") << QList<QByteArray>{"SELECT 'a\\';", "SELECT 2;"};
    QTest::newRow("quoted name") << QByteArray("SELECT 1 AS \"x;\"\"y\"; SELECT 2;")
                                 << QList<QByteArray>{"SELECT 1 AS \"x;\"\"y\";", "SELECT 2;"};
    QTest::newRow("dollar quoted body")
        << QByteArray("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2;")
        << QList<QByteArray>{"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;",
                             "SELECT 2;"};
    QTest::newRow("tagged dollar quote holding $$")
        << QByteArray("DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$; SELECT 2;")
        << QList<QByteArray>{"DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$;", "SELECT 2;"};
    QTest::newRow("dollar in a name is no quote")
        << QByteArray("SELECT a$b$ FROM t; SELECT $1;")
        << QList<QByteArray>{"SELECT a$b$ FROM t;", "SELECT $1;"};
    QTest::newRow("nested block comment")
        << QByteArray("SELECT /* a /* b; */ still; */ 1; SELECT 2;")
        << QList<QByteArray>{"SELECT /* a /* b; */ still; */ 1;", "SELECT 2;"};
    QTest::newRow("line comment with semicolon")
        << QByteArray("SELECT 1 -- no; end\n+ 1; SELECT 2;")
        << QList<QByteArray>{"SELECT 1 -- no; end\n+ 1;", "SELECT 2;"};
    QTest::newRow("semicolon in parentheses (rule bodies)")
        << QByteArray("CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b); SELECT 2;")
        << QList<QByteArray>{"CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b);",
                             "SELECT 2;"};
    QTest::newRow("standard function body")
        << QByteArray("CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC "
                      "SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT 2; END; SELECT 3;")
        << QList<QByteArray>{"CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN "
                             "ATOMIC SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT 2; END;",
                             "SELECT 3;"};
    QTest::newRow("CASE … END outside a routine")
        << QByteArray("SELECT CASE WHEN true THEN 1 END; SELECT 2;")
        << QList<QByteArray>{"SELECT CASE WHEN true THEN 1 END;", "SELECT 2;"};
    QTest::newRow("unterminated string runs to the end")
        << QByteArray("SELECT 'open; SELECT 2;") << QList<QByteArray>{"SELECT 'open; SELECT 2;"};
    QTest::newRow("multi-byte names") << QByteArray("SELECT 'ä;' AS ñ; SELECT 2;")
                                      << QList<QByteArray>{"SELECT 'ä;' AS ñ;", "SELECT 2;"};
}

void TestPgScript::split()
{
    QFETCH(QByteArray, script);
    QFETCH(QList<QByteArray>, statements);
    QList<QByteArray> pieces;
    for (const PgScript::Statement &statement : PgScript::split(script))
        pieces << script.mid(statement.begin, statement.end - statement.begin);
    QCOMPARE(pieces, statements);
}

void TestPgScript::kinds_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("reads");

    using S = PgScript::Statement;
    QTest::newRow("select") << QByteArray("select 1") << int(S::Other) << true;
    QTest::newRow("parenthesised select") << QByteArray("(SELECT 1)") << int(S::Other) << true;
    QTest::newRow("with") << QByteArray("WITH x AS (SELECT 1) SELECT * FROM x") << int(S::Other)
                          << true;
    QTest::newRow("values") << QByteArray("VALUES (1)") << int(S::Other) << true;
    QTest::newRow("table") << QByteArray("TABLE t") << int(S::Other) << true;
    QTest::newRow("show") << QByteArray("SHOW TimeZone") << int(S::Other) << true;
    QTest::newRow("explain") << QByteArray("EXPLAIN SELECT 1") << int(S::Other) << true;
    QTest::newRow("explain analyze runs it")
        << QByteArray("EXPLAIN (ANALYZE) DELETE FROM t") << int(S::Other) << false;
    QTest::newRow("update") << QByteArray("UPDATE t SET a = 1") << int(S::Other) << false;
    QTest::newRow("create") << QByteArray("CREATE TABLE t (a int)") << int(S::Other) << false;
    QTest::newRow("begin") << QByteArray("BEGIN") << int(S::Begin) << false;
    QTest::newRow("start transaction") << QByteArray("start transaction") << int(S::Begin) << false;
    QTest::newRow("commit") << QByteArray("COMMIT;") << int(S::Commit) << false;
    QTest::newRow("end") << QByteArray("END") << int(S::Commit) << false;
    QTest::newRow("rollback") << QByteArray("ROLLBACK") << int(S::Rollback) << false;
    QTest::newRow("abort") << QByteArray("ABORT") << int(S::Rollback) << false;
    QTest::newRow("savepoint") << QByteArray("SAVEPOINT a") << int(S::Savepoint) << false;
    QTest::newRow("release") << QByteArray("RELEASE SAVEPOINT a") << int(S::Savepoint) << false;
    QTest::newRow("after a comment")
        << QByteArray("/* c */ -- d\n BEGIN") << int(S::Begin) << false;
}

void TestPgScript::kinds()
{
    QFETCH(QByteArray, statement);
    QFETCH(int, kind);
    QFETCH(bool, reads);
    const QList<PgScript::Statement> statements = PgScript::split(statement);
    QCOMPARE(statements.size(), 1);
    QCOMPARE(int(statements.first().kind), kind);
    QCOMPARE(statements.first().reads, reads);
}

void TestPgScript::backslashesWhenNotStandard()
{
    // With standard_conforming_strings off, \' inside '…' does not end the string.
    const QByteArray script("SELECT 'a\\';b'; SELECT 2;");
    QCOMPARE(PgScript::split(script, false).size(), 2);
    QCOMPARE(PgScript::split(script, false).first().end, script.indexOf("; SELECT 2") + 1);
    // With it on (the default since PostgreSQL 9.1), 'a\' is a whole string.
    QCOMPARE(PgScript::split(script, true).first().end, script.indexOf(';') + 1);
}

void TestPgScript::byteOffsetCountsCharacters()
{
    const QByteArray text("x; SELECT 'äöü' + nope");
    const qsizetype begin = 3;
    // The server's position 16 (1-based characters) is "nope".
    QCOMPARE(text.mid(PgScript::byteOffset(text, begin, 16 - 1), 4), QByteArray("nope"));
    QCOMPARE(PgScript::byteOffset(text, begin, 1000), text.size());
}

QTEST_GUILESS_MAIN(TestPgScript)
#include "tst_pgscript.moc"

// SqlText reads CREATE TABLE text without a parser; schema operations rebuild tables from what it
// splits, so a wrong split loses a column or a constraint.
#include "sqltext.h"

#include <QtTest>

using rowbook::SqlText;

class TestSqlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitCreateTable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("head");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QString>("tail");

        QTest::newRow("plain") << "CREATE TABLE t (a INTEGER, b TEXT)"
                               << "CREATE TABLE t " << QStringList{"a INTEGER", " b TEXT"} << "";
        QTest::newRow("nested parentheses")
            << "CREATE TABLE t(a NUMERIC(10, 2) CHECK (a > (0)), b)"
            << "CREATE TABLE t" << QStringList{"a NUMERIC(10, 2) CHECK (a > (0))", " b"} << "";
        QTest::newRow("commas and parentheses in strings and quoted names")
            << "CREATE TABLE \"x(y\" (\"a,b\" TEXT DEFAULT 'c,)d', [e,f] INT, `g)` INT)"
            << "CREATE TABLE \"x(y\" "
            << QStringList{"\"a,b\" TEXT DEFAULT 'c,)d'", " [e,f] INT", " `g)` INT"} << "";
        QTest::newRow("comments")
            << "CREATE TABLE t (a INT, -- one, (two\n b INT /* three, ) */, c INT)"
            << "CREATE TABLE t "
            << QStringList{"a INT", " -- one, (two\n b INT /* three, ) */", " c INT"} << "";
        QTest::newRow("table constraints and WITHOUT ROWID")
            << "CREATE TABLE t (a, b, PRIMARY KEY (a, b)) WITHOUT ROWID"
            << "CREATE TABLE t " << QStringList{"a", " b", " PRIMARY KEY (a, b)"}
            << " WITHOUT ROWID";
        QTest::newRow("doubled quotes")
            << "CREATE TABLE t ('it''s,' TEXT, b)"
            << "CREATE TABLE t " << QStringList{"'it''s,' TEXT", " b"} << "";
    }
    void splitCreateTable()
    {
        QFETCH(QString, sql);
        const SqlText::CreateTable split = SqlText::splitCreateTable(sql);
        QVERIFY(split.ok);
        QTEST(split.head, "head");
        QTEST(split.parts, "parts");
        QTEST(split.tail, "tail");
    }

    void unbalancedTextIsNotOk()
    {
        QVERIFY(!SqlText::splitCreateTable(QStringLiteral("CREATE TABLE t (a, (b)")).ok);
        QVERIFY(!SqlText::splitCreateTable(QStringLiteral("CREATE TABLE t (a, 'b)")).ok);
        QVERIFY(!SqlText::splitCreateTable(QString()).ok);
    }

    // The five places that tell a WITHOUT ROWID table (catalog, dump, copy, sample, recovery) ask
    // this one question: each used to read the words after the columns its own way.
    void isWithoutRowid_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("without");

        QTest::newRow("plain") << "CREATE TABLE t (k PRIMARY KEY) WITHOUT ROWID" << true;
        QTest::newRow("lower case, line break")
            << "create table t (k primary key) without\n  rowid" << true;
        QTest::newRow("after STRICT")
            << "CREATE TABLE t (k ANY PRIMARY KEY) STRICT, WITHOUT ROWID" << true;
        QTest::newRow("before STRICT")
            << "CREATE TABLE t (k INT PRIMARY KEY) WITHOUT ROWID , STRICT" << true;
        QTest::newRow("comment between the words")
            << "CREATE TABLE t (k PRIMARY KEY) WITHOUT /* no */ ROWID" << true;
        QTest::newRow("no options") << "CREATE TABLE t (k INTEGER PRIMARY KEY)" << false;
        QTest::newRow("STRICT only") << "CREATE TABLE t (k INTEGER) STRICT" << false;
        QTest::newRow("a column of that name")
            << "CREATE TABLE t (\"WITHOUT ROWID\" TEXT, k INT)" << false;
        QTest::newRow("a comment that says it")
            << "CREATE TABLE t (k INT) /* not WITHOUT ROWID */" << false;
        QTest::newRow("a line comment that says it")
            << "CREATE TABLE t (k INT) -- WITHOUT ROWID later" << false;
        QTest::newRow("inside a CHECK")
            << "CREATE TABLE t (k TEXT CHECK (k <> 'WITHOUT ROWID'))" << false;
        QTest::newRow("a longer word") << "CREATE TABLE t (k INT) WITHOUT ROWIDS" << false;
        QTest::newRow("unbalanced") << "CREATE TABLE t (k INT WITHOUT ROWID" << false;
    }
    void isWithoutRowid()
    {
        QFETCH(QString, sql);
        QTEST(SqlText::isWithoutRowid(sql), "without");
    }

    void firstWord_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("quoted");
        QTest::newRow("bare") << "  name TEXT"
                              << "name" << false;
        QTest::newRow("double quotes") << "\"my \"\"col\"\"\" INT"
                                       << "my \"col\"" << true;
        QTest::newRow("brackets") << "[a b] INT"
                                  << "a b" << true;
        QTest::newRow("brackets do not double") << "[a]]b] INT"
                                                << "a" << true;
        QTest::newRow("backticks") << "`x y` INT"
                                   << "x y" << true;
        QTest::newRow("after comment") << "/* c */ -- d\n price REAL"
                                       << "price" << false;
        QTest::newRow("dollar and underscore") << "a_$b1 INT"
                                               << "a_$b1" << false;
        QTest::newRow("unicode letters") << "größe REAL"
                                         << "größe" << false;
        QTest::newRow("empty") << "   "
                               << "" << false;
    }
    void firstWord()
    {
        QFETCH(QString, part);
        bool quoted = false;
        QTEST(SqlText::firstWord(part, &quoted), "word");
        QTEST(quoted, "quoted");
    }

    void isTableConstraint_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<bool>("constraint");
        QTest::newRow("primary key") << " PRIMARY KEY (a)" << true;
        QTest::newRow("lower-case unique") << "unique (a, b)" << true;
        QTest::newRow("named") << "CONSTRAINT c CHECK (a > 0)" << true;
        QTest::newRow("foreign key") << "FOREIGN KEY (a) REFERENCES p(id)" << true;
        QTest::newRow("column named check, quoted") << "\"check\" INT" << false;
        QTest::newRow("column") << "primary_colour TEXT" << false;
    }
    void isTableConstraint()
    {
        QFETCH(QString, part);
        QTEST(SqlText::isTableConstraint(part), "constraint");
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<int>("count");
        QTest::newRow("whole words only") << "SELECT price, price_eur FROM t WHERE price > 0"
                                          << "price" << 2;
        QTest::newRow("case-insensitive") << "select PRICE from t"
                                          << "price" << 1;
        QTest::newRow("quoted") << "SELECT \"price\" FROM t"
                                << "price" << 1;
        QTest::newRow("dollar is part of a word") << "SELECT a$price FROM t"
                                                  << "price" << 0;
        QTest::newRow("regex characters are literal") << "SELECT [a.b] FROM t"
                                                      << "a.b" << 1;
        QTest::newRow("absent") << "SELECT a FROM t"
                                << "b" << 0;
    }
    void mentions()
    {
        QFETCH(QString, sql);
        QFETCH(QString, identifier);
        QFETCH(int, count);
        QCOMPARE(SqlText::countMentions(sql, identifier), count);
        QCOMPARE(SqlText::mentions(sql, identifier), count > 0);
    }

    void expressionMentions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<bool>("mentioned");
        QTest::newRow("a value, not a name") << "status IN ('price', 'paid')"
                                             << "price" << false;
        QTest::newRow("a value and a name") << "status IN ('price') AND price > 0"
                                            << "price" << true;
        QTest::newRow("doubled quote inside the value") << "note <> 'it''s price'"
                                                        << "price" << false;
        QTest::newRow("double quotes name a column") << "\"price\" > 0"
                                                     << "price" << true;
        QTest::newRow("brackets name a column") << "[price] > 0"
                                                << "price" << true;
        QTest::newRow("comment") << "qty > 0 /* price later */ -- price\n"
                                 << "price" << false;
        QTest::newRow("after an unterminated value") << "a = 'price"
                                                     << "price" << false;
        // PostgreSQL's own spelling of IN and NOT IN lists (pg_get_constraintdef).
        QTest::newRow("server's IN list") << "(status = ANY (ARRAY['price'::text, 'paid'::text]))"
                                          << "price" << false;
        QTest::newRow("server's NOT IN list, a bracket inside a value")
            << "((tag <> ALL (ARRAY['[x]'::text, 'y'::text])) AND (qty > 0))"
            << "qty" << true;
        QTest::newRow("subscript") << "(tags[1] <> 'price')"
                                   << "tags" << true;
    }
    void expressionMentions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, identifier);
        QTEST(SqlText::expressionMentions(expression, identifier), "mentioned");
        // mentions() errs on the side of yes (a dependency): every row above names the word.
        QVERIFY(SqlText::mentions(expression, identifier));
    }

    void skipQuotedOrComment_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("not quoted") << "abc" << 1 << 1;
        QTest::newRow("string with doubled quote") << "x 'a''b' y" << 2 << 8;
        QTest::newRow("line comment") << "a -- c\nb" << 2 << 7;
        QTest::newRow("line comment at end") << "a -- c" << 2 << 6;
        QTest::newRow("block comment") << "a /* c */ b" << 2 << 9;
        QTest::newRow("unterminated string") << "a 'bc" << 2 << 5;
        QTest::newRow("brackets do not double") << "[a]]b" << 0 << 3;
    }
    void skipQuotedOrComment()
    {
        QFETCH(QString, sql);
        QFETCH(int, start);
        QTEST(SqlText::skipQuotedOrComment(sql, start), "end");
    }
};

QTEST_GUILESS_MAIN(TestSqlText)
#include "tst_sqltext.moc"

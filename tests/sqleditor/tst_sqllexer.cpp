// SqlLexer feeds the console's highlighter, completion and statement runs: a wrong boundary runs
// half a statement, a wrong token kind colours a whole script as a string.
#include "sqllexer.h"

#include <QtTest>

using rowbook::SqlLexer;
using rowbook::SqlStatement;
using rowbook::SqlToken;

Q_DECLARE_METATYPE(SqlToken::Kind)
Q_DECLARE_METATYPE(SqlLexer::State)

namespace {

// "kind:text" for each token that is not whitespace, e.g. "Keyword:SELECT".
QStringList describe(const QString &text, const QVector<SqlToken> &tokens)
{
    static const char *const names[]
        = {"Whitespace", "Keyword",   "Identifier", "Quoted",  "String",
           "Number",     "Parameter", "Comment",    "Operator"};
    QStringList list;
    for (const SqlToken &token : tokens) {
        if (token.kind == SqlToken::Whitespace)
            continue;
        list.append(QString::fromLatin1(names[token.kind]) + QLatin1Char(':')
                    + token.text(text).toString() + (token.open ? QStringLiteral("…") : QString()));
    }
    return list;
}

QStringList statementTexts(const QString &text)
{
    QStringList list;
    for (const SqlStatement &statement : SqlLexer::statements(text))
        list.append(statement.text(text));
    return list;
}

} // namespace

class TestSqlLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("keywords any case, identifiers")
            << "select Name FROM Album"
            << QStringList{"Keyword:select", "Identifier:Name", "Keyword:FROM", "Identifier:Album"};
        QTest::newRow("string with doubled quote")
            << "'it''s' || x" << QStringList{"String:'it''s'", "Operator:||", "Identifier:x"};
        QTest::newRow("quoted identifiers, all three kinds")
            << "\"a \"\"b\" `c` [d e]"
            << QStringList{"Quoted:\"a \"\"b\"", "Quoted:`c`", "Quoted:[d e]"};
        QTest::newRow("numbers") << "1 2.5 .5 1e3 1.5E-2 0x1F"
                                 << QStringList{"Number:1",   "Number:2.5",    "Number:.5",
                                                "Number:1e3", "Number:1.5E-2", "Number:0x1F"};
        QTest::newRow("comments") << "a -- one ; two\n/* three\n ; */b"
                                  << QStringList{"Identifier:a", "Comment:-- one ; two",
                                                 "Comment:/* three\n ; */", "Identifier:b"};
        QTest::newRow("operators")
            << "a<=b<>c->>'$.x'"
            << QStringList{"Identifier:a", "Operator:<=",  "Identifier:b", "Operator:<>",
                           "Identifier:c", "Operator:->>", "String:'$.x'"};
        QTest::newRow("parameters") << "? ?1 :name @v $w"
                                    << QStringList{"Parameter:?", "Parameter:?1", "Parameter::name",
                                                   "Parameter:@v", "Parameter:$w"};
        QTest::newRow("blob literal") << "X'00ff'" << QStringList{"String:X'00ff'"};
        QTest::newRow("unterminated string is open")
            << "SELECT 'abc" << QStringList{"Keyword:SELECT", "String:'abc…"};
        QTest::newRow("unterminated block comment is open")
            << "x /* abc" << QStringList{"Identifier:x", "Comment:/* abc…"};
        QTest::newRow("a keyword inside a name is not a keyword")
            << "selection fromage" << QStringList{"Identifier:selection", "Identifier:fromage"};
    }
    void tokens()
    {
        QFETCH(QString, text);
        const QVector<SqlToken> tokens = SqlLexer::tokenize(text);
        QTEST(describe(text, tokens), "expected");
        // The tokens cover the text without gaps.
        int at = 0;
        for (const SqlToken &token : tokens) {
            QCOMPARE(token.start, at);
            at = token.end();
        }
        QCOMPARE(at, text.size());
    }

    void continuedLines_data()
    {
        QTest::addColumn<SqlLexer::State>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<SqlLexer::State>("endState");

        QTest::newRow("block comment ends")
            << SqlLexer::InBlockComment << "still */ x"
            << QStringList{"Comment:still */", "Identifier:x"} << SqlLexer::Normal;
        QTest::newRow("block comment goes on")
            << SqlLexer::InBlockComment << "select 1" << QStringList{"Comment:select 1…"}
            << SqlLexer::InBlockComment;
        QTest::newRow("empty line inside a comment")
            << SqlLexer::InBlockComment << "" << QStringList{} << SqlLexer::InBlockComment;
        QTest::newRow("string ends")
            << SqlLexer::InString << "b'' c' 1" << QStringList{"String:b'' c'", "Number:1"}
            << SqlLexer::Normal;
        QTest::newRow("double-quoted name goes on")
            << SqlLexer::InDoubleQuoted << "a ' b" << QStringList{"Quoted:a ' b…"}
            << SqlLexer::InDoubleQuoted;
        QTest::newRow("bracket ends")
            << SqlLexer::InBracket << "x]" << QStringList{"Quoted:x]"} << SqlLexer::Normal;
        QTest::newRow("a new string opens")
            << SqlLexer::Normal << "x = 'abc"
            << QStringList{"Identifier:x", "Operator:=", "String:'abc…"} << SqlLexer::InString;
        QTest::newRow("a backtick name opens")
            << SqlLexer::Normal << "`ab" << QStringList{"Quoted:`ab…"} << SqlLexer::InBacktick;
    }
    void continuedLines()
    {
        QFETCH(SqlLexer::State, state);
        QFETCH(QString, text);
        SqlLexer::State endState = SqlLexer::Normal;
        QTEST(describe(text, SqlLexer::tokenize(text, state, &endState)), "expected");
        QTEST(endState, "endState");
    }

    void statements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("two statements")
            << "SELECT 1; SELECT 2;" << QStringList{"SELECT 1", "SELECT 2"};
        QTest::newRow("last without semicolon") << "SELECT 1;\n  SELECT 2  \n"
                                                << QStringList{"SELECT 1", "SELECT 2"};
        QTest::newRow("semicolons in strings, names and comments")
            << "SELECT ';', \"a;b\", [c;d] -- e;f\nFROM t; /* ; */ SELECT 3"
            << QStringList{"SELECT ';', \"a;b\", [c;d] -- e;f\nFROM t", "SELECT 3"};
        QTest::newRow("empty statements and comments only are skipped")
            << ";; -- nothing\n; /* x */ ;SELECT 1" << QStringList{"SELECT 1"};
        QTest::newRow("trigger body kept whole")
            << "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; DELETE FROM u; "
               "END; SELECT 1"
            << QStringList{"CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; "
                           "DELETE FROM u; END",
                           "SELECT 1"};
        QTest::newRow("temp trigger with CASE ... END inside")
            << "create temp trigger tr before update on t begin\n"
               "  select case when new.a < 0 then raise(abort, 'no') end;\n"
               "  insert into log values (1);\nend;\nselect 2;"
            << QStringList{"create temp trigger tr before update on t begin\n"
                           "  select case when new.a < 0 then raise(abort, 'no') end;\n"
                           "  insert into log values (1);\nend",
                           "select 2"};
        QTest::newRow("a transaction BEGIN is a statement of its own")
            << "BEGIN; INSERT INTO t VALUES (1); COMMIT;"
            << QStringList{"BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"};
        QTest::newRow("CASE ... END outside triggers does not hold semicolons")
            << "SELECT CASE WHEN a THEN 1 END FROM t; SELECT 2"
            << QStringList{"SELECT CASE WHEN a THEN 1 END FROM t", "SELECT 2"};
        QTest::newRow("nothing") << "  \n -- only a comment" << QStringList{};
    }
    void statements()
    {
        QFETCH(QString, text);
        QTEST(statementTexts(text), "expected");
    }

    void statementAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<QString>("expected");

        const QString script = QStringLiteral("SELECT 1;\nSELECT 2;\n\n-- tail\n");
        QTest::newRow("at the start") << script << 0 << "SELECT 1";
        QTest::newRow("inside the first") << script << 4 << "SELECT 1";
        QTest::newRow("right after the first semicolon") << script << 9 << "SELECT 1";
        QTest::newRow("start of the second line") << script << 10 << "SELECT 2";
        QTest::newRow("after the last semicolon") << script << int(script.size()) << "SELECT 2";
        QTest::newRow("in the tail comment") << script << int(script.indexOf("tail")) << "SELECT 2";
        QTest::newRow("last statement without semicolon")
            << QStringLiteral("SELECT 1; SELECT a FROM") << 23 << "SELECT a FROM";
        QTest::newRow("inside a trigger body")
            << QStringLiteral("SELECT 0; CREATE TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; "
                              "END; SELECT 9")
            << 55 << "CREATE TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; END";
        QTest::newRow("no statement") << QStringLiteral("  ") << 1 << QString();
    }
    void statementAt()
    {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(QString, expected);
        const SqlStatement statement = SqlLexer::statementAt(text, cursor);
        QCOMPARE(statement.isValid(), !expected.isEmpty());
        if (statement.isValid())
            QCOMPARE(statement.text(text), expected);
    }

    void lineColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("start") << "ab\ncd" << 0 << 1 << 1;
        QTest::newRow("end of first line") << "ab\ncd" << 2 << 1 << 3;
        QTest::newRow("second line") << "ab\ncd" << 4 << 2 << 2;
        QTest::newRow("end") << "ab\ncd\n" << 6 << 3 << 1;
        QTest::newRow("beyond the end is clamped") << "ab" << 10 << 1 << 3;
    }
    void lineColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        const SqlLexer::LineColumn position = SqlLexer::lineColumn(text, offset);
        QTEST(position.line, "line");
        QTEST(position.column, "column");
        // And back again, for offsets inside the text.
        if (offset <= text.size())
            QCOMPARE(SqlLexer::offsetOf(text, position.line, position.column), offset);
    }

    void offsetOfClampsToTheLine()
    {
        const QString text = QStringLiteral("ab\ncd");
        QCOMPARE(SqlLexer::offsetOf(text, 1, 99), 2);
        QCOMPARE(SqlLexer::offsetOf(text, 9, 1), text.size());
    }

    void keywords()
    {
        QVERIFY(SqlLexer::isKeyword(u"select"));
        QVERIFY(SqlLexer::isKeyword(u"Returning"));
        QVERIFY(!SqlLexer::isKeyword(u"Album"));
        QVERIFY(SqlLexer::keywords().contains(QStringLiteral("WINDOW")));
        QVERIFY(std::is_sorted(SqlLexer::keywords().cbegin(), SqlLexer::keywords().cend()));
    }
};

QTEST_GUILESS_MAIN(TestSqlLexer)
#include "tst_sqllexer.moc"

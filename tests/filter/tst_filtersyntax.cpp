#include "catalog.h"
#include "filtercases.h"
#include "filtersyntax.h"
#include "sqlitefunctions.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <iterator>

using namespace rowbook;
using filtercases::weirdColumn;

namespace {

const QString connectionName = QStringLiteral("tst_filtersyntax");

// Values with their types, so that 5 (qint64) and "5" (text) and "" and NULL differ.
QString describe(const QVariantList &values)
{
    QStringList out;
    for (const QVariant &value : values) {
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull()))
            out << QStringLiteral("NULL(%1)").arg(QString::fromLatin1(value.typeName()));
        else
            out << QStringLiteral("%1:%2").arg(QString::fromLatin1(value.typeName()),
                                               value.toString());
    }
    return out.join(QLatin1String(", "));
}

// The rows of the semantics table: NULLs, negatives, reals, text with LIKE wildcards, backslashes,
// quotes, operators and non-ASCII letters, numeric-looking text, dates, and an untyped column
// holding integers, reals and text. nullptr stands for NULL.
const char *const textValues[]
    = {"abc",        "ABC",    "xabcx",   "a_c",         "abbc",        "a%c",        "50%",
       "50 percent", "100%",   "a\\b",    "back\\slash", "under_score", "underscore", "",
       "NULL",       "null",   nullptr,   nullptr,       "<>",          "=x",         " a ",
       "a",          "10",     "9",       "100",         "2",           "über",       "Über",
       "naïve",      "日本語", "emoji 😀", "b",           "bob",         "c",          "cat",
       "d",          "dog",    "e",       "~/bin",       "a~b",         "say \"hi\"", "\"quoted\"",
       "1e3",        "x",      "y",       "z",           nullptr,       "abc def",    "Zürich",
       "tab\tchar"};
const int rowCount = int(std::size(textValues));

QVariant textFor(int id)
{
    const char *text = textValues[id - 1];
    return text ? QVariant(QString::fromUtf8(text)) : QVariant();
}

QVariant integerFor(int id)
{
    return id % 9 == 0 ? QVariant() : QVariant(qlonglong((id * 37) % 41 - 20));
}

QVariant realFor(int id)
{
    return id % 7 == 3 ? QVariant() : QVariant((id % 11) * 0.75 - 2.5);
}

QVariant dateFor(int id)
{
    if (id % 13 == 0)
        return {};
    return QStringLiteral("2024-%1-%2")
        .arg(id % 12 + 1, 2, 10, QLatin1Char('0'))
        .arg(id % 28 + 1, 2, 10, QLatin1Char('0'));
}

QVariant untypedFor(int id)
{
    switch (id % 3) {
    case 0:
        return qlonglong(id);
    case 1:
        return QString::number(id);
    default:
        return id + 0.5;
    }
}

} // namespace

class TestFilterSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void generatedSql_data();
    void generatedSql();
    void emptyInput_data();
    void emptyInput();
    void malformedInput_data();
    void malformedInput();
    void semantics_data();
    void semantics();
    void globalSearchSql();
    void globalSearchSemantics_data();
    void globalSearchSemantics();
    void combineSql();
    void combineSemantics();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    // Ids of the rows of t matching `where` with `values` bound; `error` is set on failure.
    QVector<qlonglong> ids(const QString &where, const QVariantList &values, QString *error) const;
    void compareWithHandWritten(const SqlCondition &condition, const QString &handWritten);
};

void TestFilterSyntax::initTestCase()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVERIFY(registerRegexp(db));
    }
    QSqlQuery query(db());
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, x REAL, "
                                       "s TEXT, d DATE, v, %1 TEXT)")
                            .arg(Catalog::quote(weirdColumn))),
             qPrintable(query.lastError().text()));
    QVERIFY(db().transaction());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)")));
    for (int id = 1; id <= rowCount; ++id) {
        query.addBindValue(id);
        query.addBindValue(integerFor(id));
        query.addBindValue(realFor(id));
        query.addBindValue(textFor(id));
        query.addBindValue(dateFor(id));
        query.addBindValue(untypedFor(id));
        query.addBindValue(textFor(id));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(db().commit());

    // The empty text and NULL really are different rows (a null QString would bind as NULL).
    QString error;
    QCOMPARE(ids(QStringLiteral("s = ''"), {}, &error).size(), 1);
    QCOMPARE(ids(QStringLiteral("s IS NULL"), {}, &error).size(), 3);
    QCOMPARE(ids(QStringLiteral("typeof(v) = 'text'"), {}, &error).size(), rowCount / 3 + 1);
}

void TestFilterSyntax::cleanupTestCase()
{
    {
        QSqlDatabase connection = db();
        connection.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QVector<qlonglong>
TestFilterSyntax::ids(const QString &where, const QVariantList &values, QString *error) const
{
    QVector<qlonglong> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id FROM t WHERE %1 ORDER BY id").arg(where))) {
        *error = query.lastError().text();
        return result;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.push_back(query.value(0).toLongLong());
    return result;
}

void TestFilterSyntax::compareWithHandWritten(const SqlCondition &condition,
                                              const QString &handWritten)
{
    QVERIFY2(condition.isValid(), qPrintable(condition.hint));
    QVERIFY(!condition.isEmpty());
    QCOMPARE(condition.sql.count(QLatin1Char('?')), condition.values.size());

    QString error;
    const QVector<qlonglong> expected = ids(handWritten, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(handWritten + QLatin1String(": ") + error));
    // Each case separates rows: a filter that kept every row or none would prove little.
    QVERIFY2(!expected.isEmpty() && expected.size() < rowCount,
             qPrintable(QStringLiteral("%1 keeps %2 of %3 rows")
                            .arg(handWritten)
                            .arg(expected.size())
                            .arg(rowCount)));

    const QVector<qlonglong> actual = ids(condition.sql, condition.values, &error);
    QVERIFY2(error.isEmpty(), qPrintable(condition.sql + QLatin1String(": ") + error));
    QCOMPARE(actual, expected);
}

void TestFilterSyntax::generatedSql_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("column");
    QTest::addColumn<ColumnKind>("kind");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");

    filtercases::addContainsSql();
    filtercases::addComparisonSql();
    filtercases::addNullAndRangeSql();
    filtercases::addRegexAndIdentifierSql();
}

void TestFilterSyntax::generatedSql()
{
    QFETCH(QString, filter);
    QFETCH(QString, column);
    QFETCH(ColumnKind, kind);
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);

    const SqlCondition condition = parseColumnFilter(filter, column, kind);
    QVERIFY2(condition.isValid(), qPrintable(condition.hint));
    QVERIFY(!condition.isEmpty());
    QCOMPARE(condition.hint, QString());
    QCOMPARE(condition.sql, sql);
    QCOMPARE(describe(condition.values), describe(values));
    QCOMPARE(condition.sql.count(QLatin1Char('?')), condition.values.size());
}

void TestFilterSyntax::emptyInput_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("null string") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tabs and newlines") << QStringLiteral("\t\n \r");
}

void TestFilterSyntax::emptyInput()
{
    QFETCH(QString, filter);
    for (const ColumnKind kind : {ColumnKind::Text, ColumnKind::Integer, ColumnKind::Any}) {
        const SqlCondition condition = parseColumnFilter(filter, QStringLiteral("c"), kind);
        QVERIFY(condition.isEmpty());
        QVERIFY(condition.isValid());
        QVERIFY(condition.sql.isEmpty());
        QVERIFY(condition.values.isEmpty());
        QVERIFY(condition.hint.isEmpty());
    }
    QVERIFY(globalSearch(filter, {QStringLiteral("c")}).isEmpty());
}

void TestFilterSyntax::malformedInput_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<ColumnKind>("kind");
    QTest::addColumn<QString>("hintContains");

    const QString missingValue = QStringLiteral("Type a value after");
    const QString nullOrder = QStringLiteral("NULL can only follow = or <>");
    const QString missingQuote = QStringLiteral("closing double quote is missing");
    const QString afterQuote = QStringLiteral("text after the closing double quote");
    const QString invalidRegex = QStringLiteral("regular expression is not valid");

    QTest::newRow("= alone") << "=" << ColumnKind::Text << missingValue;
    QTest::newRow("<> alone") << "<>" << ColumnKind::Integer << missingValue;
    QTest::newRow("!= alone") << "!=" << ColumnKind::Integer << missingValue;
    QTest::newRow(">= and spaces") << ">=   " << ColumnKind::Real << missingValue;
    QTest::newRow("< alone") << " < " << ColumnKind::Text << missingValue;
    QTest::newRow("<NULL") << "<NULL" << ColumnKind::Integer << nullOrder;
    QTest::newRow(">=null") << ">=null" << ColumnKind::Text << nullOrder;
    QTest::newRow("NULL~5") << "NULL~5" << ColumnKind::Integer << nullOrder;
    QTest::newRow("1~null") << "1~null" << ColumnKind::Integer << nullOrder;
    QTest::newRow("=\"abc") << "=\"abc" << ColumnKind::Text << missingQuote;
    QTest::newRow("\"abc") << "\"abc" << ColumnKind::Text << missingQuote;
    QTest::newRow("\" alone") << "\"" << ColumnKind::Text << missingQuote;
    QTest::newRow("\"a\"\" ends in doubled quote") << "\"a\"\"" << ColumnKind::Text << missingQuote;
    QTest::newRow("=\"a\"b") << "=\"a\"b" << ColumnKind::Text << afterQuote;
    QTest::newRow("\"a\" b") << "\"a\" b" << ColumnKind::Text << afterQuote;
    QTest::newRow("range open quote") << "\"a\"~\"b" << ColumnKind::Text << missingQuote;
    QTest::newRow("range text after quote") << "\"a\"x~b" << ColumnKind::Text << afterQuote;
    QTest::newRow("//") << "//" << ColumnKind::Text << QStringLiteral("between the slashes");
    QTest::newRow("unclosed group") << "/(abc/" << ColumnKind::Text << invalidRegex;
    QTest::newRow("unclosed class") << "/[a-/" << ColumnKind::Text << invalidRegex;
    QTest::newRow("nothing to repeat")
        << "/*/" << ColumnKind::Text << QStringLiteral("at character 1 of the pattern");
    QTest::newRow("bad quantifier") << "/a{2,1}/" << ColumnKind::Integer << invalidRegex;
    const QString notANumber = QStringLiteral("is not a number; put it in double quotes");
    QTest::newRow(">abc on Integer") << ">abc" << ColumnKind::Integer << "“abc” " + notANumber;
    QTest::newRow("<=1o on Real") << "<=1o" << ColumnKind::Real << "“1o” " + notANumber;
    QTest::newRow(">1,000 on Integer") << ">1,000" << ColumnKind::Integer << notANumber;
    QTest::newRow(">inf on Real") << ">inf" << ColumnKind::Real << notANumber;
    QTest::newRow("1~abc on Integer") << "1~abc" << ColumnKind::Integer << "“abc” " + notANumber;
    QTest::newRow("x~2 on Real") << "x~2" << ColumnKind::Real << "“x” " + notANumber;
    QTest::newRow("error position")
        << "/ab(c/" << ColumnKind::Text << QStringLiteral("at character 5 of the pattern");
}

void TestFilterSyntax::malformedInput()
{
    QFETCH(QString, filter);
    QFETCH(ColumnKind, kind);
    QFETCH(QString, hintContains);

    const SqlCondition condition = parseColumnFilter(filter, QStringLiteral("c"), kind);
    QVERIFY(!condition.isValid());
    QVERIFY(!condition.isEmpty());
    QVERIFY2(condition.sql.isEmpty(), qPrintable(condition.sql));
    QVERIFY(condition.values.isEmpty());
    QVERIFY2(condition.hint.contains(hintContains), qPrintable(condition.hint));
    // One sentence.
    QVERIFY2(condition.hint.endsWith(QLatin1Char('.')), qPrintable(condition.hint));
    QVERIFY(!condition.hint.contains(QLatin1Char('\n')));
}

void TestFilterSyntax::semantics_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("column");
    QTest::addColumn<ColumnKind>("kind");
    QTest::addColumn<QString>("handWritten");

    filtercases::addTextSemantics();
    filtercases::addNullRangeRegexSemantics();
}

void TestFilterSyntax::semantics()
{
    QFETCH(QString, filter);
    QFETCH(QString, column);
    QFETCH(ColumnKind, kind);
    QFETCH(QString, handWritten);

    compareWithHandWritten(parseColumnFilter(filter, column, kind), handWritten);
}

void TestFilterSyntax::globalSearchSql()
{
    const QString like = QStringLiteral("%1 LIKE ? ESCAPE '\\'");

    SqlCondition one = globalSearch(QStringLiteral(" a%_ "), {QStringLiteral("s")});
    QCOMPARE(one.sql, like.arg(QStringLiteral("\"s\"")));
    QCOMPARE(describe(one.values), describe({QStringLiteral("%a\\%\\_%")}));

    SqlCondition two = globalSearch(QStringLiteral("=x"), {QStringLiteral("s"), weirdColumn});
    QCOMPARE(two.sql, QStringLiteral("(%1 OR %2)")
                          .arg(like.arg(QStringLiteral("\"s\"")),
                               like.arg(QStringLiteral("\"we\"\"ird col\""))));
    // Taken literally: no operators in the global search box.
    QCOMPARE(describe(two.values), describe({QStringLiteral("%=x%"), QStringLiteral("%=x%")}));

    const SqlCondition none = globalSearch(QStringLiteral("a"), {});
    QVERIFY(none.isValid());
    QVERIFY(!none.isEmpty());
    QCOMPARE(none.sql, QStringLiteral("0 = 1"));
    QString error;
    QCOMPARE(ids(none.sql, none.values, &error), QVector<qlonglong>());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY(globalSearch(QStringLiteral("  "), {QStringLiteral("s")}).isEmpty());
    QVERIFY(globalSearch(QString(), {}).isEmpty());
}

void TestFilterSyntax::globalSearchSemantics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("handWritten");

    const QStringList textColumns = {QStringLiteral("s"), QStringLiteral("d")};
    QTest::newRow("one column") << "b" << QStringList{QStringLiteral("s")} << "lower(s) LIKE '%b%'";
    QTest::newRow("two columns") << "1" << textColumns << "instr(s, '1') > 0 OR instr(d, '1') > 0";
    QTest::newRow("wildcards literal")
        << "%" << textColumns << "instr(s, '%') > 0 OR instr(d, '%') > 0";
    QTest::newRow("operator literal") << "=x" << textColumns << "s = '=x'";
    QTest::newRow("date part") << "-03-" << textColumns << "d LIKE '%-03-%'";
}

void TestFilterSyntax::globalSearchSemantics()
{
    QFETCH(QString, text);
    QFETCH(QStringList, columns);
    QFETCH(QString, handWritten);

    compareWithHandWritten(globalSearch(text, columns), handWritten);
}

void TestFilterSyntax::combineSql()
{
    QVERIFY(combine({}).isEmpty());
    QVERIFY(combine({SqlCondition(), SqlCondition()}).isEmpty());

    const SqlCondition a
        = parseColumnFilter(QStringLiteral(">5"), QStringLiteral("n"), ColumnKind::Integer);
    const SqlCondition b
        = parseColumnFilter(QStringLiteral("1~2"), QStringLiteral("x"), ColumnKind::Real);
    const SqlCondition combined = combine({SqlCondition(), a, SqlCondition(), b});
    QVERIFY(combined.isValid());
    QCOMPARE(combined.sql, QStringLiteral("(\"n\" > ?) AND (\"x\" BETWEEN ? AND ?)"));
    QCOMPARE(describe(combined.values),
             describe({QVariant(qlonglong(5)), QVariant(qlonglong(1)), QVariant(qlonglong(2))}));

    const SqlCondition bad
        = parseColumnFilter(QStringLiteral("<NULL"), QStringLiteral("n"), ColumnKind::Integer);
    const SqlCondition worse
        = parseColumnFilter(QStringLiteral("//"), QStringLiteral("s"), ColumnKind::Text);
    const SqlCondition withBad = combine({a, bad, b, worse});
    QVERIFY(!withBad.isValid());
    QVERIFY(withBad.sql.isEmpty());
    QVERIFY(withBad.values.isEmpty());
    QCOMPARE(withBad.hint, bad.hint);
}

void TestFilterSyntax::combineSemantics()
{
    // The OR of the global search must stay inside its parentheses.
    const SqlCondition condition = combine({
        globalSearch(QStringLiteral("1"), {QStringLiteral("s"), QStringLiteral("d")}),
        parseColumnFilter(QStringLiteral(">0"), QStringLiteral("n"), ColumnKind::Integer),
        parseColumnFilter(QStringLiteral("<>NULL"), QStringLiteral("x"), ColumnKind::Real),
        parseColumnFilter(QStringLiteral(""), QStringLiteral("v"), ColumnKind::Any),
    });
    compareWithHandWritten(condition,
                           QStringLiteral("(instr(s, '1') > 0 OR instr(d, '1') > 0) AND n > 0 "
                                          "AND x IS NOT NULL"));
}

QTEST_GUILESS_MAIN(TestFilterSyntax)
#include "tst_filtersyntax.moc"

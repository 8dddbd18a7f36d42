#include "catalog.h"
#include "filtersyntax.h"
#include "sqlitefunctions.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <iterator>

using namespace rowbook;

Q_DECLARE_METATYPE(rowbook::ColumnKind)

namespace {

const QString connectionName = QStringLiteral("tst_filtersyntax");
const QString weirdColumn = QStringLiteral("we\"ird col");

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

    const QString like = QStringLiteral("\"c\" LIKE ? ESCAPE '\\'");
    const auto text = [](const char *value) {
        return QVariant(QString::fromUtf8(value));
    };
    const auto integer = [](qlonglong value) {
        return QVariant(value);
    };
    const auto real = [](double value) {
        return QVariant(value);
    };
    const QString c = QStringLiteral("c");
    const ColumnKind Text = ColumnKind::Text;
    const ColumnKind Integer = ColumnKind::Integer;
    const ColumnKind Real = ColumnKind::Real;

    // Contains, with LIKE's wildcards and escape character taken literally.
    QTest::newRow("contains") << "abc" << c << Text << like << QVariantList{text("%abc%")};
    QTest::newRow("contains trims")
        << "  abc \t" << c << Text << like << QVariantList{text("%abc%")};
    QTest::newRow("contains escapes % _ \\")
        << "50%_\\x" << c << Text << like << QVariantList{text("%50\\%\\_\\\\x%")};
    QTest::newRow("contains inner spaces")
        << "a b" << c << Text << like << QVariantList{text("%a b%")};
    QTest::newRow("contains number on integer column")
        << "5" << c << Integer << like << QVariantList{text("%5%")};
    QTest::newRow("contains word NULL")
        << "NULL" << c << Text << like << QVariantList{text("%NULL%")};
    QTest::newRow("contains unicode")
        << "Über 😀" << c << Text << like << QVariantList{text("%Über 😀%")};
    QTest::newRow("contains quoted keeps spaces")
        << "\" a \"" << c << Text << like << QVariantList{text("% a %")};
    QTest::newRow("contains quoted operator")
        << "\"<>\"" << c << Text << like << QVariantList{text("%<>%")};
    QTest::newRow("contains quoted doubled quote")
        << "\"say \"\"hi\"\"\"" << c << Text << like << QVariantList{text("%say \"hi\"%")};
    QTest::newRow("contains quoted empty")
        << "\"\"" << c << Text << like << QVariantList{text("%%")};
    QTest::newRow("contains quote inside text")
        << "5\" screen" << c << Text << like << QVariantList{text("%5\" screen%")};
    QTest::newRow("contains lone slash") << "/" << c << Text << like << QVariantList{text("%/%")};
    QTest::newRow("contains path, not regex")
        << "/usr/lib" << c << Text << like << QVariantList{text("%/usr/lib%")};

    // Comparisons.
    QTest::newRow("=") << "=abc" << c << Text << "\"c\" = ?" << QVariantList{text("abc")};
    QTest::newRow("= with spaces")
        << "  =  abc  " << c << Text << "\"c\" = ?" << QVariantList{text("abc")};
    QTest::newRow("<>") << "<>abc" << c << Text << "\"c\" <> ?" << QVariantList{text("abc")};
    QTest::newRow("!=") << "!=abc" << c << Text << "\"c\" <> ?" << QVariantList{text("abc")};
    QTest::newRow("<") << "<abc" << c << Text << "\"c\" < ?" << QVariantList{text("abc")};
    QTest::newRow(">") << ">abc" << c << Text << "\"c\" > ?" << QVariantList{text("abc")};
    QTest::newRow("<=") << "<=abc" << c << Text << "\"c\" <= ?" << QVariantList{text("abc")};
    QTest::newRow(">=") << ">=abc" << c << Text << "\"c\" >= ?" << QVariantList{text("abc")};
    QTest::newRow("= then operator text")
        << "=<>" << c << Text << "\"c\" = ?" << QVariantList{text("<>")};
    QTest::newRow("== is = with text =x")
        << "==x" << c << Text << "\"c\" = ?" << QVariantList{text("=x")};
    QTest::newRow("= quoted operator")
        << "=\"<>\"" << c << Text << "\"c\" = ?" << QVariantList{text("<>")};
    QTest::newRow("= quoted spaces")
        << "=\" a \"" << c << Text << "\"c\" = ?" << QVariantList{text(" a ")};
    QTest::newRow("= quoted empty")
        << "=\"\"" << c << Text << "\"c\" = ?" << QVariantList{text("")};
    QTest::newRow("<> quoted empty")
        << "<>\"\"" << c << Text << "\"c\" <> ?" << QVariantList{text("")};
    QTest::newRow("= quoted doubled quote")
        << "=\"a\"\"b\"" << c << Text << "\"c\" = ?" << QVariantList{text("a\"b")};
    QTest::newRow("= quoted tilde")
        << "=\"1~2\"" << c << Text << "\"c\" = ?" << QVariantList{text("1~2")};
    QTest::newRow("= injection attempt is a value")
        << "='; DROP TABLE t; --" << c << Text << "\"c\" = ?"
        << QVariantList{text("'; DROP TABLE t; --")};

    // Numbers bind as numbers on numeric (and untyped) columns only, and never when quoted.
    QTest::newRow("integer on Integer")
        << "=5" << c << Integer << "\"c\" = ?" << QVariantList{integer(5)};
    QTest::newRow("negative on Integer")
        << ">-12" << c << Integer << "\"c\" > ?" << QVariantList{integer(-12)};
    QTest::newRow("plus sign on Integer")
        << ">=+7" << c << Integer << "\"c\" >= ?" << QVariantList{integer(7)};
    QTest::newRow("real on Integer")
        << "=2.5" << c << Integer << "\"c\" = ?" << QVariantList{real(2.5)};
    QTest::newRow("real on Real") << "<-2.5" << c << Real << "\"c\" < ?"
                                  << QVariantList{real(-2.5)};
    QTest::newRow("integer on Real")
        << "<=3" << c << Real << "\"c\" <= ?" << QVariantList{integer(3)};
    QTest::newRow("exponent on Real")
        << "=1e3" << c << Real << "\"c\" = ?" << QVariantList{real(1000.0)};
    QTest::newRow("huge integer becomes double")
        << "=99999999999999999999" << c << Integer << "\"c\" = ?" << QVariantList{real(1e20)};
    QTest::newRow("number on Any")
        << "=5" << c << ColumnKind::Any << "\"c\" = ?" << QVariantList{integer(5)};
    QTest::newRow("number on Boolean")
        << "=1" << c << ColumnKind::Boolean << "\"c\" = ?" << QVariantList{integer(1)};
    QTest::newRow("number on Text") << "=5" << c << Text << "\"c\" = ?" << QVariantList{text("5")};
    QTest::newRow("number on LongText")
        << ">9" << c << ColumnKind::LongText << "\"c\" > ?" << QVariantList{text("9")};
    QTest::newRow("number on Date")
        << ">2024" << c << ColumnKind::Date << "\"c\" > ?" << QVariantList{text("2024")};
    QTest::newRow("number on DateTime")
        << "<2024" << c << ColumnKind::DateTime << "\"c\" < ?" << QVariantList{text("2024")};
    QTest::newRow("number on Blob")
        << "=5" << c << ColumnKind::Blob << "\"c\" = ?" << QVariantList{text("5")};
    QTest::newRow("quoted number on Integer")
        << "=\"5\"" << c << Integer << "\"c\" = ?" << QVariantList{text("5")};
    QTest::newRow("group separator is text")
        << "=1,000" << c << Integer << "\"c\" = ?" << QVariantList{text("1,000")};
    QTest::newRow("decimal comma is text")
        << "=1,5" << c << Real << "\"c\" = ?" << QVariantList{text("1,5")};
    QTest::newRow("hex is text") << "=0x10" << c << Integer << "\"c\" = ?"
                                 << QVariantList{text("0x10")};
    QTest::newRow("nan is text") << "=nan" << c << Real << "\"c\" = ?" << QVariantList{text("nan")};
    QTest::newRow("inf is text") << ">inf" << c << Real << "\"c\" > ?" << QVariantList{text("inf")};
    QTest::newRow("word on Integer")
        << "=abc" << c << Integer << "\"c\" = ?" << QVariantList{text("abc")};

    // NULL.
    QTest::newRow("=NULL") << "=NULL" << c << Text << "\"c\" IS NULL" << QVariantList{};
    QTest::newRow("=null") << "=null" << c << Integer << "\"c\" IS NULL" << QVariantList{};
    QTest::newRow("= NuLl ") << "= NuLl " << c << Real << "\"c\" IS NULL" << QVariantList{};
    QTest::newRow("<>NULL") << "<>NULL" << c << Text << "\"c\" IS NOT NULL" << QVariantList{};
    QTest::newRow("!=null") << "!=null" << c << Text << "\"c\" IS NOT NULL" << QVariantList{};
    QTest::newRow("<> Null") << "<> Null" << c << Integer << "\"c\" IS NOT NULL" << QVariantList{};
    QTest::newRow("=\"NULL\" is text")
        << "=\"NULL\"" << c << Text << "\"c\" = ?" << QVariantList{text("NULL")};
    QTest::newRow("=NULLs is text")
        << "=NULLs" << c << Text << "\"c\" = ?" << QVariantList{text("NULLs")};

    // Ranges.
    const QString between = QStringLiteral("\"c\" BETWEEN ? AND ?");
    QTest::newRow("range integers")
        << "1~10" << c << Integer << between << QVariantList{integer(1), integer(10)};
    QTest::newRow("range reversed is swapped")
        << "10~1" << c << Integer << between << QVariantList{integer(1), integer(10)};
    QTest::newRow("range mixed numbers swapped")
        << "1.5~-2" << c << Real << between << QVariantList{integer(-2), real(1.5)};
    QTest::newRow("range with spaces")
        << " -1 ~ 2.5 " << c << Real << between << QVariantList{integer(-1), real(2.5)};
    QTest::newRow("range text") << "b~d" << c << Text << between
                                << QVariantList{text("b"), text("d")};
    QTest::newRow("range text not swapped")
        << "d~b" << c << Text << between << QVariantList{text("d"), text("b")};
    QTest::newRow("range numbers on Text")
        << "10~1" << c << Text << between << QVariantList{text("10"), text("1")};
    QTest::newRow("range dates") << "2024-01-01~2024-06-30" << c << ColumnKind::Date << between
                                 << QVariantList{text("2024-01-01"), text("2024-06-30")};
    QTest::newRow("range quoted sides")
        << "\"a \"~\" b\"" << c << Text << between << QVariantList{text("a "), text(" b")};
    QTest::newRow("range quoted side holding ~")
        << "\"a~\"~z" << c << Text << between << QVariantList{text("a~"), text("z")};
    QTest::newRow("quoted ~ is contains")
        << "\"a~b\"" << c << Text << like << QVariantList{text("%a~b%")};
    QTest::newRow("~ without left side is contains")
        << "~/bin" << c << Text << like << QVariantList{text("%~/bin%")};
    QTest::newRow("~ without right side is contains")
        << "abc~" << c << Text << like << QVariantList{text("%abc~%")};
    QTest::newRow("two ~ is contains")
        << "1~2~3" << c << Integer << like << QVariantList{text("%1~2~3%")};
    QTest::newRow(".. is not a range")
        << "1..5" << c << Integer << like << QVariantList{text("%1..5%")};

    // Regular expressions.
    const QString regexp = QStringLiteral("\"c\" REGEXP ?");
    QTest::newRow("regex") << "/^a.c$/" << c << Text << regexp << QVariantList{text("^a.c$")};
    QTest::newRow("regex with slash inside")
        << "/a/b/" << c << Text << regexp << QVariantList{text("a/b")};
    QTest::newRow("regex keeps spaces inside")
        << " / x / " << c << Text << regexp << QVariantList{text(" x ")};
    QTest::newRow("regex on Integer")
        << "/^-?1/" << c << Integer << regexp << QVariantList{text("^-?1")};
    QTest::newRow("regex unicode")
        << "/^\\w+ü$/" << c << Text << regexp << QVariantList{text("^\\w+ü$")};

    // Identifiers are quoted.
    QTest::newRow("identifier with quote and space")
        << "=x" << weirdColumn << Text << "\"we\"\"ird col\" = ?" << QVariantList{text("x")};
    QTest::newRow("identifier that looks like SQL")
        << "x" << QStringLiteral("a\" OR 1=1 --") << Text
        << "\"a\"\" OR 1=1 --\" LIKE ? ESCAPE '\\'" << QVariantList{text("%x%")};
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

    const QString n = QStringLiteral("n");
    const QString x = QStringLiteral("x");
    const QString s = QStringLiteral("s");
    const QString d = QStringLiteral("d");
    const QString v = QStringLiteral("v");
    const ColumnKind Integer = ColumnKind::Integer;
    const ColumnKind Real = ColumnKind::Real;
    const ColumnKind Text = ColumnKind::Text;

    // Contains: LIKE folds ASCII case only, like SQLite's lower().
    QTest::newRow("contains abc") << "abc" << s << Text << "lower(s) LIKE '%abc%'";
    QTest::newRow("contains _ literally") << "a_c" << s << Text << "instr(lower(s), 'a_c') > 0";
    QTest::newRow("contains % literally") << "a%c" << s << Text << "instr(lower(s), 'a%c') > 0";
    QTest::newRow("contains 50%") << "50%" << s << Text << "instr(s, '50%') > 0";
    QTest::newRow("contains %") << "%" << s << Text << "instr(s, '%') > 0";
    QTest::newRow("contains _") << "_" << s << Text << "instr(s, '_') > 0";
    QTest::newRow("contains backslash") << "\\" << s << Text << "instr(s, '\\') > 0";
    QTest::newRow("contains a\\b") << "a\\b" << s << Text << "instr(lower(s), 'a\\b') > 0";
    QTest::newRow("contains über (no Unicode case folding)")
        << "über" << s << Text << "instr(s, 'über') > 0";
    QTest::newRow("contains CJK") << "日本" << s << Text << "instr(s, '日本') > 0";
    QTest::newRow("contains emoji") << "😀" << s << Text << "instr(s, '😀') > 0";
    QTest::newRow("contains trimmed") << "  bo  " << s << Text << "instr(lower(s), 'bo') > 0";
    QTest::newRow("contains quoted spaces") << "\" a \"" << s << Text << "instr(s, ' a ') > 0";
    QTest::newRow("contains quoted a~b") << "\"a~b\"" << s << Text << "instr(s, 'a~b') > 0";
    QTest::newRow("contains ~/bin") << "~/bin" << s << Text << "instr(s, '~/bin') > 0";
    QTest::newRow("contains double quotes")
        << "\"\"\"quoted\"\"\"" << s << Text << "instr(s, '\"quoted\"') > 0";
    QTest::newRow("contains =x quoted") << "\"=x\"" << s << Text << "instr(s, '=x') > 0";
    QTest::newRow("contains word NULL") << "NULL" << s << Text << "lower(s) = 'null'";
    QTest::newRow("contains on Integer")
        << "5" << n << Integer << "instr(CAST(n AS TEXT), '5') > 0";
    QTest::newRow("contains on Real") << ".75" << x << Real << "instr(CAST(x AS TEXT), '.75') > 0";
    QTest::newRow("contains on weird column")
        << "ab" << weirdColumn << Text << "lower(s) LIKE '%ab%'";

    // Comparisons on text compare text, on numbers compare numbers.
    QTest::newRow("= text") << "=abc" << s << Text << "s = 'abc'";
    QTest::newRow("= text spaced") << "= abc" << s << Text << "s = 'abc'";
    QTest::newRow("= number on Integer") << "=10" << n << Integer << "n = 10";
    QTest::newRow("= number on Text") << "=10" << s << Text << "s = '10'";
    QTest::newRow("> number on Integer") << ">9" << n << Integer << "n > 9";
    QTest::newRow("> number on Text is textual") << ">9" << s << Text << "s > '9'";
    QTest::newRow("< number on Text is textual") << "<9" << s << Text << "s < '9'";
    QTest::newRow(">= on Integer") << ">=0" << n << Integer << "n >= 0";
    QTest::newRow("<= on Integer") << "<=0" << n << Integer << "n <= 0";
    QTest::newRow("< negative on Integer") << "<-10" << n << Integer << "n < -10";
    QTest::newRow("<> on Integer") << "<>5" << n << Integer << "n <> 5";
    QTest::newRow("!= on Integer") << "!=5" << n << Integer << "n <> 5";
    QTest::newRow("<> on Text") << "<>abc" << s << Text << "s <> 'abc'";
    QTest::newRow("> on Real") << ">1.5" << x << Real << "x > 1.5";
    QTest::newRow("<= negative on Real") << "<=-1" << x << Real << "x <= -1";
    QTest::newRow("= exponent on Real") << "=5e-1" << x << Real << "x = 0.5";
    QTest::newRow("= integer on Real") << "=2" << x << Real << "x = 2.0";
    QTest::newRow("> number on untyped") << ">20" << v << ColumnKind::Any << "v > 20";
    QTest::newRow("> quoted on untyped is text") << ">\"20\"" << v << ColumnKind::Any << "v > '20'";
    QTest::newRow("> on Date") << ">2024-06-01" << d << ColumnKind::Date << "d > '2024-06-01'";
    QTest::newRow("= quoted operator") << "=\"<>\"" << s << Text << "s = '<>'";
    QTest::newRow("= quoted spaces") << "=\" a \"" << s << Text << "s = ' a '";
    QTest::newRow("= quoted empty") << "=\"\"" << s << Text << "s = ''";
    QTest::newRow("<> quoted empty") << "<>\"\"" << s << Text << "s <> ''";
    QTest::newRow("= quoted NULL") << "=\"NULL\"" << s << Text << "s = 'NULL'";
    QTest::newRow("= quoted number on Integer") << "=\"10\"" << n << Integer << "n = '10'";
    QTest::newRow("= doubled quotes") << "=\"say \"\"hi\"\"\"" << s << Text << "s = 'say \"hi\"'";
    QTest::newRow("= on weird column") << "=abc" << weirdColumn << Text << "s = 'abc'";

    // NULL.
    QTest::newRow("=NULL on Text") << "=NULL" << s << Text << "s IS NULL";
    QTest::newRow("=null on Integer") << "=null" << n << Integer << "n IS NULL";
    QTest::newRow("<>NULL on Text") << "<>NULL" << s << Text << "s IS NOT NULL";
    QTest::newRow("!= Null on Real") << "!= Null" << x << Real << "x IS NOT NULL";
    QTest::newRow("<> NULL on Date") << "<> NULL" << d << ColumnKind::Date << "d IS NOT NULL";

    // Ranges include both ends.
    QTest::newRow("range on Integer") << "-5~5" << n << Integer << "n >= -5 AND n <= 5";
    QTest::newRow("range reversed") << "5~-5" << n << Integer << "n >= -5 AND n <= 5";
    QTest::newRow("range spaced") << " 1 ~ 10 " << n << Integer << "n >= 1 AND n <= 10";
    QTest::newRow("range on Real") << "-1~2.5" << x << Real << "x >= -1 AND x <= 2.5";
    QTest::newRow("range on Text") << "b~d" << s << Text << "s >= 'b' AND s <= 'd'";
    QTest::newRow("range quoted") << "\"a\"~\"b\"" << s << Text << "s >= 'a' AND s <= 'b'";
    QTest::newRow("range on Date") << "2024-03-01 ~ 2024-06-30" << d << ColumnKind::Date
                                   << "d >= '2024-03-01' AND d <= '2024-06-30'";

    // Regular expressions: case-sensitive, Unicode-aware.
    QTest::newRow("regex anchored") << "/^a.c$/" << s << Text << "s GLOB 'a?c'";
    QTest::newRow("regex case-insensitive") << "/(?i)^abc/" << s << Text << "lower(s) GLOB 'abc*'";
    QTest::newRow("regex digits only")
        << "/^\\d+$/" << s << Text << "s <> '' AND s NOT GLOB '*[^0-9]*'";
    QTest::newRow("regex non-ASCII") << "/ü/" << s << Text << "instr(s, 'ü') > 0";
    QTest::newRow("regex Unicode case") << "/(?i)^ü/" << s << Text << "s GLOB 'ü*' OR s GLOB 'Ü*'";
    QTest::newRow("regex on Integer") << "/^-/" << n << Integer << "n < 0";
    QTest::newRow("regex with ~") << "/a~b/" << s << Text << "instr(s, 'a~b') > 0";
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

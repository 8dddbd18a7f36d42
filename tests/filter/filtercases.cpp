// The rows of TestFilterSyntax's data-driven cases, by topic.
#include "filtercases.h"

#include <QtTest>

using namespace rowbook;

namespace {

const QString like = QStringLiteral("\"c\" LIKE ? ESCAPE '\\'");
const QString c = QStringLiteral("c");

QVariant text(const char *value)
{
    return QVariant(QString::fromUtf8(value));
}

QVariant integer(qlonglong value)
{
    return QVariant(value);
}

QVariant real(double value)
{
    return QVariant(value);
}

} // namespace

namespace filtercases {

// Contains, with LIKE's wildcards and escape character taken literally.
void addContainsSql()
{
    const ColumnKind Text = ColumnKind::Text;
    const ColumnKind Integer = ColumnKind::Integer;

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
}

// Comparisons, and numbers bound as numbers on numeric (and untyped) columns only.
void addComparisonSql()
{
    const ColumnKind Text = ColumnKind::Text;
    const ColumnKind Integer = ColumnKind::Integer;
    const ColumnKind Real = ColumnKind::Real;

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
    QTest::newRow("inf is text") << "=inf" << c << Real << "\"c\" = ?" << QVariantList{text("inf")};
    QTest::newRow("quoted word ordered on Integer")
        << ">\"abc\"" << c << Integer << "\"c\" > ?" << QVariantList{text("abc")};
    QTest::newRow("word on Integer")
        << "=abc" << c << Integer << "\"c\" = ?" << QVariantList{text("abc")};
}

// NULL, and ranges.
void addNullAndRangeSql()
{
    const ColumnKind Text = ColumnKind::Text;
    const ColumnKind Integer = ColumnKind::Integer;
    const ColumnKind Real = ColumnKind::Real;

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
}

// Regular expressions; identifiers are quoted.
void addRegexAndIdentifierSql()
{
    const ColumnKind Text = ColumnKind::Text;
    const ColumnKind Integer = ColumnKind::Integer;

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

// Contains (LIKE folds ASCII case only, like SQLite's lower()), and comparisons.
void addTextSemantics()
{
    const QString n = QStringLiteral("n");
    const QString x = QStringLiteral("x");
    const QString s = QStringLiteral("s");
    const QString d = QStringLiteral("d");
    const QString v = QStringLiteral("v");
    const ColumnKind Integer = ColumnKind::Integer;
    const ColumnKind Real = ColumnKind::Real;
    const ColumnKind Text = ColumnKind::Text;

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
}

// NULL, ranges (both ends included), and regular expressions (case-sensitive, Unicode-aware).
void addNullRangeRegexSemantics()
{
    const QString n = QStringLiteral("n");
    const QString x = QStringLiteral("x");
    const QString s = QStringLiteral("s");
    const QString d = QStringLiteral("d");
    const ColumnKind Integer = ColumnKind::Integer;
    const ColumnKind Real = ColumnKind::Real;
    const ColumnKind Text = ColumnKind::Text;

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

} // namespace filtercases

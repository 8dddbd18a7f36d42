// ColumnValues decides what a cell shows, what its editor starts with and what is written back; a
// wrong conversion shows or stores a value other than the one in the file.
#include "columnvalues.h"
#include "plurals.h"

#include <QtTest>

#include <limits>

using namespace rowbook;

Q_DECLARE_METATYPE(rowbook::ColumnKind)

namespace {

// What QtSql hands over for a NULL in an INTEGER column: typed, but null.
QVariant typedNull(QMetaType::Type type)
{
    return QVariant(QMetaType(type));
}

const QDate march21(2026, 3, 21);

} // namespace

class TestColumnValues : public QObject
{
    Q_OBJECT

    QLocale m_locale;

private Q_SLOTS:
    void initTestCase()
    {
        installEnglishPlurals(); // as the application does: "1 byte", "3 bytes"
        // A decimal comma is read through the user's locale, after the C form failed.
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    void cleanupTestCase() { QLocale::setDefault(m_locale); }

    void displayText_data()
    {
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("NULL") << ColumnKind::Text << QVariant() << "NULL";
        QTest::newRow("typed NULL")
            << ColumnKind::Integer << typedNull(QMetaType::LongLong) << "NULL";
        QTest::newRow("empty text is not NULL") << ColumnKind::Text << QVariant("") << "";
        QTest::newRow("0.1 + 0.2") << ColumnKind::Real << QVariant(0.1 + 0.2) << "0.3";
        QTest::newRow("negative zero") << ColumnKind::Real << QVariant(-0.0) << "0";
        QTest::newRow("double in integer column") << ColumnKind::Integer << QVariant(2.5) << "2.5";
        QTest::newRow("2^53 + 1") << ColumnKind::Integer << QVariant(9007199254740993LL)
                                  << "9007199254740993";
        QTest::newRow("first line of text")
            << ColumnKind::Text << QVariant("first\nsecond\nthird") << "first …";
        QTest::newRow("first line of long text")
            << ColumnKind::LongText << QVariant("a\nb") << "a …";
        QTest::newRow("first line of Windows text")
            << ColumnKind::Text << QVariant("a\r\nb") << "a …";
        QTest::newRow("long single line whole")
            << ColumnKind::Text << QVariant(QString(300, 'x')) << QString(300, 'x');
        QTest::newRow("boolean as stored") << ColumnKind::Boolean << QVariant(1LL) << "1";
        QTest::newRow("bytes") << ColumnKind::Blob << QVariant(QByteArray("\0\1\2", 3))
                               << "(binary, 3 bytes)";
        QTest::newRow("one byte") << ColumnKind::Blob << QVariant(QByteArray("\0", 1))
                                  << "(binary, 1 byte)";
    }
    void displayText()
    {
        QFETCH(ColumnKind, kind);
        QFETCH(QVariant, value);
        QTEST(ColumnValues::displayText(kind, value), "text");
    }

    void editValue_data()
    {
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("edited");
        QTest::newRow("ISO date") << ColumnKind::Date << QVariant("2026-03-21")
                                  << QVariant(march21);
        QTest::newRow("other date form stays text")
            << ColumnKind::Date << QVariant("21/03/2026") << QVariant("21/03/2026");
        QTest::newRow("impossible date stays text")
            << ColumnKind::Date << QVariant("2026-02-30") << QVariant("2026-02-30");
        QTest::newRow("ISO date-time") << ColumnKind::DateTime << QVariant("2026-03-21 14:30:00")
                                       << QVariant(QDateTime(march21, QTime(14, 30)));
        QTest::newRow("date-time with T stays text")
            << ColumnKind::DateTime << QVariant("2026-03-21T14:30:00")
            << QVariant("2026-03-21T14:30:00");
        QTest::newRow("boolean 1") << ColumnKind::Boolean << QVariant(1LL) << QVariant(true);
        QTest::newRow("boolean 0") << ColumnKind::Boolean << QVariant(0LL) << QVariant(false);
        QTest::newRow("boolean 2") << ColumnKind::Boolean << QVariant(2LL) << QVariant(true);
        QTest::newRow("NULL boolean") << ColumnKind::Boolean << QVariant() << QVariant();
        // Text another program stored reads as toStorage() would store it.
        QTest::newRow("boolean 'true'")
            << ColumnKind::Boolean << QVariant("true") << QVariant(true);
        QTest::newRow("boolean ' Yes '")
            << ColumnKind::Boolean << QVariant(" Yes ") << QVariant(true);
        QTest::newRow("boolean 'false'")
            << ColumnKind::Boolean << QVariant("false") << QVariant(false);
        QTest::newRow("date text in text column")
            << ColumnKind::Text << QVariant("2026-03-21") << QVariant("2026-03-21");
    }
    void editValue()
    {
        QFETCH(ColumnKind, kind);
        QFETCH(QVariant, value);
        QFETCH(QVariant, edited);
        const QVariant actual = ColumnValues::editValue(kind, value);
        QCOMPARE(actual.typeId(), edited.typeId());
        QCOMPARE(actual, edited);
    }

    void toStorage_data()
    {
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<bool>("fits");
        QTest::addColumn<QVariant>("stored");
        const QVariant null;
        const QByteArray bytes("\0\xff", 2);
        QTest::newRow("NULL") << ColumnKind::Integer << null << true << null;
        QTest::newRow("integer text")
            << ColumnKind::Integer << QVariant(" 42 ") << true << QVariant(42LL);
        QTest::newRow("empty integer") << ColumnKind::Integer << QVariant("") << true << null;
        QTest::newRow("word as integer") << ColumnKind::Integer << QVariant("abc") << false << null;
        QTest::newRow("int64 maximum") << ColumnKind::Integer << QVariant("9223372036854775807")
                                       << true << QVariant(std::numeric_limits<qlonglong>::max());
        QTest::newRow("integer overflow")
            << ColumnKind::Integer << QVariant("9223372036854775808") << false << null;
        QTest::newRow("real text")
            << ColumnKind::Real << QVariant("1e3") << true << QVariant(1000.0);
        QTest::newRow("decimal comma")
            << ColumnKind::Real << QVariant("3,5") << true << QVariant(3.5);
        // SQLite stores NaN as NULL: not a number to store. Infinity is a REAL to SQLite.
        QTest::newRow("nan text") << ColumnKind::Real << QVariant("nan") << false << null;
        QTest::newRow("inf text") << ColumnKind::Real << QVariant("inf") << true
                                  << QVariant(std::numeric_limits<double>::infinity());
        QTest::newRow("QDate") << ColumnKind::Date << QVariant(march21) << true
                               << QVariant("2026-03-21");
        QTest::newRow("invalid QDate") << ColumnKind::Date << QVariant(QDate()) << false << null;
        QTest::newRow("date text trimmed")
            << ColumnKind::Date << QVariant(" 2026-03-21 ") << true << QVariant("2026-03-21");
        QTest::newRow("date not ISO")
            << ColumnKind::Date << QVariant("21/03/2026") << false << null;
        QTest::newRow("QDateTime")
            << ColumnKind::DateTime << QVariant(QDateTime(march21, QTime(14, 30, 5))) << true
            << QVariant("2026-03-21 14:30:05");
        QTest::newRow("bool true") << ColumnKind::Boolean << QVariant(true) << true << QVariant(1);
        QTest::newRow("yes") << ColumnKind::Boolean << QVariant("yes") << true << QVariant(1);
        QTest::newRow("FALSE") << ColumnKind::Boolean << QVariant(" FALSE ") << true << QVariant(0);
        QTest::newRow("maybe") << ColumnKind::Boolean << QVariant("maybe") << false << null;
        QTest::newRow("bytes") << ColumnKind::Blob << QVariant(bytes) << true << QVariant(bytes);
        QTest::newRow("text as blob") << ColumnKind::Blob << QVariant("abc") << false << null;
        QTest::newRow("untyped keeps bytes")
            << ColumnKind::Any << QVariant(bytes) << true << QVariant(bytes);
    }
    void toStorage()
    {
        QFETCH(ColumnKind, kind);
        QFETCH(QVariant, input);
        QFETCH(bool, fits);
        QFETCH(QVariant, stored);
        QVariant actual(QStringLiteral("untouched"));
        QCOMPARE(ColumnValues::toStorage(kind, input, &actual), fits);
        if (!fits)
            return; // what is left in `stored` is not used
        QCOMPARE(actual.typeId(), stored.typeId());
        QCOMPARE(actual, stored);
    }

    void editText_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("NULL") << QVariant() << "";
        // The shortest text that reads back as the same double: committed unchanged, an editor
        // stores what was there.
        QTest::newRow("0.1 + 0.2") << QVariant(0.1 + 0.2) << "0.30000000000000004";
        QTest::newRow("one third") << QVariant(1.0 / 3) << "0.3333333333333333";
        QTest::newRow("16 digits") << QVariant(1234567890123456.0) << "1234567890123456";
        QTest::newRow("round number as the grid shows it") << QVariant(100000.0) << "100000";
        QTest::newRow("small number as the grid shows it") << QVariant(0.0001) << "0.0001";
        QTest::newRow("17 digits") << QVariant(123456789012345678.0) << "1.2345678901234568e+17";
        QTest::newRow("whole double") << QVariant(-2.0) << "-2";
        QTest::newRow("2^53 + 1") << QVariant(9007199254740993LL) << "9007199254740993";
        QTest::newRow("QDate") << QVariant(march21) << "2026-03-21";
        QTest::newRow("QDateTime")
            << QVariant(QDateTime(march21, QTime(9, 5, 7))) << "2026-03-21 09:05:07";
        QTest::newRow("all lines") << QVariant("a\nb") << "a\nb";
    }
    void editText()
    {
        QFETCH(QVariant, value);
        QTEST(ColumnValues::editText(value), "text");
    }

    void textHint_data()
    {
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("hinted");
        QTest::newRow("integer") << ColumnKind::Integer << QVariant(5LL) << false;
        QTest::newRow("NULL integer") << ColumnKind::Integer << QVariant() << false;
        QTest::newRow("fraction in integer") << ColumnKind::Integer << QVariant(2.5) << true;
        QTest::newRow("text in integer") << ColumnKind::Integer << QVariant("abc") << true;
        QTest::newRow("integer in real") << ColumnKind::Real << QVariant(3LL) << false;
        QTest::newRow("text in real") << ColumnKind::Real << QVariant("abc") << true;
        QTest::newRow("ISO date") << ColumnKind::Date << QVariant("2026-03-21") << false;
        QTest::newRow("other date form") << ColumnKind::Date << QVariant("21/03/2026") << true;
        QTest::newRow("date-time in date")
            << ColumnKind::Date << QVariant("2026-03-21 10:00:00") << true;
        QTest::newRow("ISO date-time")
            << ColumnKind::DateTime << QVariant("2026-03-21 14:30:00") << false;
        QTest::newRow("date-time with T")
            << ColumnKind::DateTime << QVariant("2026-03-21T14:30:00") << true;
        QTest::newRow("date in date-time")
            << ColumnKind::DateTime << QVariant("2026-03-21") << true;
    }
    void textHint()
    {
        QFETCH(ColumnKind, kind);
        QFETCH(QVariant, value);
        QFETCH(bool, hinted);
        QCOMPARE(!ColumnValues::textHint(kind, value).isEmpty(), hinted);
    }

    void fromText_data()
    {
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("keepText");
        QTest::addColumn<QVariant>("stored"); // invalid when the text is refused
        QTest::addColumn<bool>("fits");
        const ColumnKind integer = ColumnKind::Integer;
        const ColumnKind dateTime = ColumnKind::DateTime;
        QTest::newRow("integer") << integer << " -7 " << false << QVariant(-7LL) << true;
        QTest::newRow("empty is NULL") << integer << "" << false << QVariant() << true;
        QTest::newRow("blank is NULL") << integer << "   " << true << QVariant() << true;
        QTest::newRow("word") << integer << "abc" << false << QVariant() << false;
        QTest::newRow("fraction") << integer << "4.5" << false << QVariant() << false;
        QTest::newRow("fraction, kept") << integer << "4.5" << true << QVariant(4.5) << true;
        QTest::newRow("word, kept") << integer << "abc" << true << QVariant("abc") << true;
        QTest::newRow("overflow") << integer << "9223372036854775808" << false << QVariant()
                                  << false;
        QTest::newRow("real") << ColumnKind::Real << "3.5" << false << QVariant(3.5) << true;
        QTest::newRow("decimal comma")
            << ColumnKind::Real << "3,5" << false << QVariant(3.5) << true;
        QTest::newRow("word as real")
            << ColumnKind::Real << "three" << false << QVariant() << false;
        QTest::newRow("nan as real") << ColumnKind::Real << "nan" << false << QVariant() << false;
        // Infinity is a REAL to SQLite (only NaN becomes NULL).
        QTest::newRow("-inf as real") << ColumnKind::Real << "-inf" << false
                                      << QVariant(-std::numeric_limits<double>::infinity()) << true;
        QTest::newRow("date") << ColumnKind::Date << "2026-03-21" << false << QVariant("2026-03-21")
                              << true;
        QTest::newRow("short date")
            << ColumnKind::Date << "2026-3-5" << false << QVariant("2026-03-05") << true;
        QTest::newRow("impossible date")
            << ColumnKind::Date << "2026-02-30" << false << QVariant() << false;
        QTest::newRow("other form")
            << ColumnKind::Date << "21/03/2026" << false << QVariant() << false;
        QTest::newRow("other form, kept")
            << ColumnKind::Date << "21/03/2026" << true << QVariant("21/03/2026") << true;
        QTest::newRow("no seconds")
            << dateTime << "2026-03-21 14:30" << false << QVariant("2026-03-21 14:30:00") << true;
        QTest::newRow("T separator") << dateTime << "2026-03-21T14:30:00" << false
                                     << QVariant("2026-03-21 14:30:00") << true;
        QTest::newRow("short date-time")
            << dateTime << "2026-3-5 9:05" << false << QVariant("2026-03-05 09:05:00") << true;
        QTest::newRow("date is midnight")
            << dateTime << "2026-03-21" << false << QVariant("2026-03-21 00:00:00") << true;
        QTest::newRow("not a date-time") << dateTime << "yesterday" << false << QVariant() << false;
        QTest::newRow("text as typed")
            << ColumnKind::Text << " a b " << false << QVariant(" a b ") << true;
        QTest::newRow("empty text") << ColumnKind::Text << "" << false << QVariant("") << true;
        QTest::newRow("untyped number stays text")
            << ColumnKind::Any << "42" << false << QVariant("42") << true;
    }
    void fromText()
    {
        QFETCH(ColumnKind, kind);
        QFETCH(QString, text);
        QFETCH(bool, keepText);
        QFETCH(QVariant, stored);
        QFETCH(bool, fits);
        const ColumnValues::Parsed parsed = ColumnValues::fromText(kind, text, keepText);
        QCOMPARE(parsed.ok(), fits);
        QCOMPARE(parsed.stored.typeId(), stored.typeId());
        QCOMPARE(parsed.stored, stored);
        if (!fits)
            QVERIFY2(parsed.problem.contains(text), qPrintable(parsed.problem));
    }

    void nullRefusal_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("notNull");
        QTest::addColumn<bool>("isKey");
        QTest::addColumn<QString>("reason"); // a word of the refusal; empty when NULL is allowed
        QTest::newRow("nullable") << "note" << false << false << "";
        QTest::newRow("NOT NULL") << "price" << true << false << "requires";
        QTest::newRow("row key") << "code" << false << true << "id";
        QTest::newRow("NOT NULL row key") << "code" << true << true << "id";
    }
    void nullRefusal()
    {
        QFETCH(QString, name);
        QFETCH(bool, notNull);
        QFETCH(bool, isKey);
        QFETCH(QString, reason);
        ColumnInfo column;
        column.name = name;
        column.notNull = notNull;
        const QString refusal = ColumnValues::nullRefusal(column, isKey);
        QCOMPARE(refusal.isEmpty(), reason.isEmpty());
        if (!reason.isEmpty()) {
            QVERIFY2(refusal.contains(name), qPrintable(refusal));
            QVERIFY2(refusal.contains(reason), qPrintable(refusal));
        }
    }

    void same_data()
    {
        QTest::addColumn<QVariant>("a");
        QTest::addColumn<QVariant>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("text 1, integer 1") << QVariant("1") << QVariant(1LL) << false;
        QTest::newRow("integer 1, integer 1") << QVariant(1LL) << QVariant(1LL) << true;
        QTest::newRow("1 and 1.0") << QVariant(1LL) << QVariant(1.0) << true;
        QTest::newRow("0.1 + 0.2 and 0.3") << QVariant(0.1 + 0.2) << QVariant(0.3) << false;
        QTest::newRow("2^53 + 1 and 2^53")
            << QVariant(9007199254740993LL) << QVariant(9007199254740992LL) << false;
        QTest::newRow("NULL, NULL") << QVariant() << QVariant() << true;
        QTest::newRow("typed NULL, NULL") << typedNull(QMetaType::QString) << QVariant() << true;
        QTest::newRow("NULL, empty text") << QVariant() << QVariant("") << false;
        QTest::newRow("0, NULL") << QVariant(0LL) << QVariant() << false;
        QTest::newRow("case differs") << QVariant("abc") << QVariant("ABC") << false;
        QTest::newRow("bytes, text") << QVariant(QByteArray("a")) << QVariant("a") << false;
    }
    void same()
    {
        QFETCH(QVariant, a);
        QFETCH(QVariant, b);
        QTEST(ColumnValues::same(a, b), "equal");
        QTEST(ColumnValues::same(b, a), "equal");
    }

    // A decimal with more than 15 significant digits stays text, so an exact numeric
    // (PostgreSQL) takes every digit; shorter ones become doubles.
    void exactDecimals_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("short") << QStringLiteral("3.5") << QVariant(3.5);
        QTest::newRow("fifteen digits")
            << QStringLiteral("123456789012.345") << QVariant(123456789012.345);
        QTest::newRow("sixteen digits")
            << QStringLiteral("1234567890123.456") << QVariant(QStringLiteral("1234567890123.456"));
        QTest::newRow("trimmed") << QStringLiteral(" -98765432109876543210.5 ")
                                 << QVariant(QStringLiteral("-98765432109876543210.5"));
        QTest::newRow("leading zeros do not count")
            << QStringLiteral("0.000000000000000000001") << QVariant(1e-21);
        QTest::newRow("exponent") << QStringLiteral("1e30") << QVariant(1e30);
    }
    void exactDecimals()
    {
        QFETCH(QString, typed);
        QFETCH(QVariant, stored);
        const ColumnValues::Parsed parsed = ColumnValues::fromText(ColumnKind::Real, typed, false);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.stored.typeId(), stored.typeId());
        QCOMPARE(parsed.stored, stored);
        QVariant converted;
        QVERIFY(ColumnValues::toStorage(ColumnKind::Real, typed, &converted));
        QCOMPARE(converted, stored);
        // An exact decimal read from the server is a number, not text to warn about.
        QVERIFY(ColumnValues::textHint(ColumnKind::Real, stored).isEmpty());
    }

    void exactDecimalsAreNumbersOnly()
    {
        const ColumnValues::Parsed parsed
            = ColumnValues::fromText(ColumnKind::Real, QStringLiteral("12345678901234567x"), false);
        QVERIFY(!parsed.ok());
        QVERIFY(!ColumnValues::textHint(ColumnKind::Real, QStringLiteral("12.5 kg")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestColumnValues)
#include "tst_columnvalues.moc"

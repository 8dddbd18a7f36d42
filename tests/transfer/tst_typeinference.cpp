#include "typeinference.h"

#include <QTest>

using namespace rowbook;

Q_DECLARE_METATYPE(rowbook::ValueShape)
Q_DECLARE_METATYPE(rowbook::ColumnType)

class tst_TypeInference : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void columnType_data();
    void columnType();
    void uniqueNames_data();
    void uniqueNames();
};

void tst_TypeInference::classify_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ValueShape>("shape");
    const struct
    {
        const char *text;
        ValueShape shape;
    } cases[] = {
        {"", ValueShape::Empty},
        {"0", ValueShape::Integer},
        {"42", ValueShape::Integer},
        {"-7", ValueShape::Integer},
        {"9223372036854775807", ValueShape::Integer},
        {"-9223372036854775808", ValueShape::Integer},
        {"9223372036854775808", ValueShape::Text}, // too big: keep the digits exactly
        {"007", ValueShape::Text},
        {"08123", ValueShape::Text},
        {"-0", ValueShape::Text},
        {"+5", ValueShape::Text},
        {" 1", ValueShape::Text},
        {"1 ", ValueShape::Text},
        {"1,5", ValueShape::Text},
        {"1.5", ValueShape::Real},
        {"0.5", ValueShape::Real},
        {"-0.5", ValueShape::Real},
        {"00.5", ValueShape::Text},
        {"1e5", ValueShape::Real},
        {"1.5E-3", ValueShape::Real},
        {"2e+10", ValueShape::Real},
        {".5", ValueShape::Text},
        {"5.", ValueShape::Text},
        {"1e", ValueShape::Text},
        {"1e999", ValueShape::Text},
        {"NaN", ValueShape::Text},
        {"inf", ValueShape::Text},
        {"abc", ValueShape::Text},
        {"-", ValueShape::Text},
        {"12abc", ValueShape::Text},
    };
    for (const auto &c : cases)
        QTest::newRow(c.text[0] ? c.text : "empty") << QByteArray(c.text) << c.shape;
}

void tst_TypeInference::classify()
{
    QFETCH(QByteArray, text);
    QFETCH(ValueShape, shape);
    QCOMPARE(classifyText(text), shape);
}

void tst_TypeInference::columnType_data()
{
    QTest::addColumn<QByteArrayList>("values");
    QTest::addColumn<ColumnType>("type");
    QTest::newRow("integers") << QByteArrayList{"1", "2", "-3"} << ColumnType::Integer;
    QTest::newRow("integers and reals") << QByteArrayList{"1", "2.5"} << ColumnType::Real;
    QTest::newRow("reals") << QByteArrayList{"0.5", "1e3"} << ColumnType::Real;
    QTest::newRow("number then text") << QByteArrayList{"1", "2", "x"} << ColumnType::Text;
    QTest::newRow("leading zero late") << QByteArrayList{"10", "20", "007"} << ColumnType::Text;
    QTest::newRow("zip codes") << QByteArrayList{"08123", "10115"} << ColumnType::Text;
    QTest::newRow("empties ignored") << QByteArrayList{"", "1", ""} << ColumnType::Integer;
    QTest::newRow("all empty") << QByteArrayList{"", ""} << ColumnType::Text;
    QTest::newRow("no values") << QByteArrayList{} << ColumnType::Text;
}

void tst_TypeInference::columnType()
{
    QFETCH(QByteArrayList, values);
    QFETCH(ColumnType, type);
    TypeInference inference;
    for (const QByteArray &value : std::as_const(values))
        inference.addText(value);
    QCOMPARE(inference.type(), type);
}

void tst_TypeInference::uniqueNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kept") << QStringList{"id", "Name", "prix €"}
                          << QStringList{"id", "Name", "prix €"};
    QTest::newRow("trimmed") << QStringList{" a ", "b\t"} << QStringList{"a", "b"};
    QTest::newRow("empty") << QStringList{"", "x", "  "}
                           << QStringList{"column_1", "x", "column_3"};
    QTest::newRow("duplicates") << QStringList{"a", "a", "a"} << QStringList{"a", "a_2", "a_3"};
    QTest::newRow("case-insensitive")
        << QStringList{"Name", "name"} << QStringList{"Name", "name_2"};
    QTest::newRow("suffix taken") << QStringList{"a", "a", "a_2"}
                                  << QStringList{"a", "a_2", "a_2_2"};
    QTest::newRow("quotes kept") << QStringList{"say \"hi\""} << QStringList{"say \"hi\""};
}

void tst_TypeInference::uniqueNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QCOMPARE(uniqueColumnNames(names), expected);
}

QTEST_GUILESS_MAIN(tst_TypeInference)
#include "tst_typeinference.moc"

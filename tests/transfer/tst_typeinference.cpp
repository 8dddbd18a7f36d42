#include "typeinference.h"
#include "valueconversion.h"

#include <QTest>

using namespace rowbook;

Q_DECLARE_METATYPE(rowbook::ValueShape)
Q_DECLARE_METATYPE(rowbook::ColumnType)
Q_DECLARE_METATYPE(rowbook::Affinity)

class TestTypeInference : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void columnType_data();
    void columnType();
    void uniqueNames_data();
    void uniqueNames();
    void affinity_data();
    void affinity();
    void blobLiteral_data();
    void blobLiteral();
    void jsonType_data();
    void jsonType();
};

void TestTypeInference::classify_data()
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

void TestTypeInference::classify()
{
    QFETCH(QByteArray, text);
    QFETCH(ValueShape, shape);
    QCOMPARE(classifyText(text), shape);
}

void TestTypeInference::columnType_data()
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
    QTest::newRow("blobs") << QByteArrayList{"X'00'", "", "x'ff'"} << ColumnType::Blob;
    QTest::newRow("blobs and numbers") << QByteArrayList{"X'00'", "1"} << ColumnType::Any;
}

void TestTypeInference::columnType()
{
    QFETCH(QByteArrayList, values);
    QFETCH(ColumnType, type);
    TypeInference inference;
    for (const QByteArray &value : std::as_const(values))
        inference.addText(value);
    QCOMPARE(inference.type(), type);
}

void TestTypeInference::uniqueNames_data()
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

void TestTypeInference::uniqueNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QCOMPARE(uniqueColumnNames(names), expected);
}

// SQLite's affinity rules (datatype3.html 3.1), including the names people write.
void TestTypeInference::affinity_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<Affinity>("affinity");
    const struct
    {
        const char *declared;
        Affinity affinity;
    } cases[] = {
        {"INTEGER", Affinity::Integer},
        {"BIGINT", Affinity::Integer},
        {"int8", Affinity::Integer},
        {"POINT", Affinity::Integer}, // contains INT
        {"TEXT", Affinity::Text},
        {"VARCHAR(20)", Affinity::Text},
        {"NVARCHAR(5)", Affinity::Text},
        {"CLOB", Affinity::Text},
        {"CHARINT", Affinity::Integer},
        {"BLOB", Affinity::Blob},
        {"", Affinity::Blob},
        {"REAL", Affinity::Real},
        {"DOUBLE PRECISION", Affinity::Real},
        {"FLOAT", Affinity::Real},
        {"NUMERIC", Affinity::Numeric},
        {"DECIMAL(10,2)", Affinity::Numeric},
        {"DATE", Affinity::Numeric},
        {"BOOLEAN", Affinity::Numeric},
        {"STRING", Affinity::Numeric}, // not TEXT: SQLite's own surprise
    };
    for (const auto &c : cases)
        QTest::newRow(c.declared[0] ? c.declared : "none") << QString(c.declared) << c.affinity;
}

void TestTypeInference::affinity()
{
    QFETCH(QString, declared);
    QFETCH(Affinity, affinity);
    QCOMPARE(affinityOf(declared), affinity);
}

void TestTypeInference::blobLiteral_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("blob");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lower") << QByteArray("x'00ff'") << true << QByteArray("\x00\xff", 2);
    QTest::newRow("upper") << QByteArray("X'ABcd'") << true << QByteArray("\xab\xcd");
    QTest::newRow("empty") << QByteArray("X''") << true << QByteArray();
    QTest::newRow("odd digits") << QByteArray("X'0'") << false << QByteArray();
    QTest::newRow("not hex") << QByteArray("X'zz'") << false << QByteArray();
    QTest::newRow("no quote") << QByteArray("X'00") << false << QByteArray();
    QTest::newRow("word") << QByteArray("Xylophone") << false << QByteArray();
}

void TestTypeInference::blobLiteral()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, blob);
    QFETCH(QByteArray, bytes);
    QByteArray parsed;
    QCOMPARE(parseBlobLiteral(text, &parsed), blob);
    QCOMPARE(classifyText(text), blob ? ValueShape::Blob : ValueShape::Text);
    if (blob)
        QCOMPARE(parsed, bytes);
}

void TestTypeInference::jsonType_data()
{
    QTest::addColumn<QList<int>>("shapes"); // ValueShape, or -1 for a whole-number real (2.0)
    QTest::addColumn<ColumnType>("type");
    const int i = int(ValueShape::Integer), r = int(ValueShape::Real), t = int(ValueShape::Text),
              b = int(ValueShape::Blob), e = int(ValueShape::Empty), w = -1;
    QTest::newRow("strings") << QList<int>{t, e, t} << ColumnType::Text;
    QTest::newRow("integers") << QList<int>{i, e, i} << ColumnType::Integer;
    QTest::newRow("reals") << QList<int>{r, w} << ColumnType::Real;
    QTest::newRow("integers and fractions") << QList<int>{i, r} << ColumnType::Numeric;
    QTest::newRow("integers and 2.0") << QList<int>{i, r, w} << ColumnType::Any;
    QTest::newRow("numbers and strings") << QList<int>{i, t} << ColumnType::Any;
    QTest::newRow("blobs") << QList<int>{b, e} << ColumnType::Blob;
    QTest::newRow("blobs and strings") << QList<int>{b, t} << ColumnType::Any;
    QTest::newRow("nothing") << QList<int>{e} << ColumnType::Text;
}

void TestTypeInference::jsonType()
{
    QFETCH(QList<int>, shapes);
    QFETCH(ColumnType, type);
    TypeInference inference;
    for (const int shape : std::as_const(shapes)) {
        if (shape < 0)
            inference.addIntegralReal();
        else
            inference.add(ValueShape(shape));
    }
    QCOMPARE(inference.jsonType(), type);
}

QTEST_GUILESS_MAIN(TestTypeInference)
#include "tst_typeinference.moc"

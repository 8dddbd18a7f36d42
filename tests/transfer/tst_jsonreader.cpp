#include "jsonreader.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace rowbook;

namespace {

struct Parsed
{
    QStringList objects; // compact JSON
    QList<int> lines;
    TransferError error;
};

Parsed parse(const QByteArray &input)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(&buffer);
    Parsed parsed;
    while (reader.readObject()) {
        parsed.objects << QString::fromUtf8(
            QJsonDocument(reader.object()).toJson(QJsonDocument::Compact));
        parsed.lines << reader.objectLine();
    }
    parsed.error = reader.error();
    return parsed;
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT
private slots:
    void objects_data();
    void objects();
    void errors_data();
    void errors();
    void manyObjects();
    void keyOrder();
};

void TestJsonReader::keyOrder()
{
    QBuffer buffer;
    buffer.setData("[{\"z\":1,\"a\\u00e9\":{\"inner\":2},\"m\":\"v:\"}]");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(&buffer);
    QVERIFY(reader.readObject());
    QCOMPARE(reader.keys(), (QStringList{"z", QString::fromUtf8("aé"), "m"}));
}

void TestJsonReader::objects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("array") << QByteArray("[{\"a\":1},{\"b\":\"x\"}]")
                           << QStringList{"{\"a\":1}", "{\"b\":\"x\"}"} << QList<int>{1, 1};
    QTest::newRow("array on lines") << QByteArray("[\n  {\"a\": 1},\n  {\"a\": null}\n]\n")
                                    << QStringList{"{\"a\":1}", "{\"a\":null}"} << QList<int>{2, 3};
    QTest::newRow("empty array") << QByteArray(" [ ] \n") << QStringList{} << QList<int>{};
    QTest::newRow("empty file") << QByteArray("") << QStringList{} << QList<int>{};
    QTest::newRow("NDJSON") << QByteArray("{\"a\":1}\n{\"a\":2}\n")
                            << QStringList{"{\"a\":1}", "{\"a\":2}"} << QList<int>{1, 2};
    QTest::newRow("NDJSON CRLF, blank lines, no final newline")
        << QByteArray("{\"a\":1}\r\n\r\n{\"a\":2}") << QStringList{"{\"a\":1}", "{\"a\":2}"}
        << QList<int>{1, 3};
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf[{\"é\":\"ü\"}]")
                         << QStringList{QString::fromUtf8("{\"é\":\"ü\"}")} << QList<int>{1};
    QTest::newRow("nested and tricky strings")
        << QByteArray("[{\"a\":{\"b\":[1,{\"c\":\"}]\"}]},\"s\":\"\\\"{\"}]")
        << QStringList{"{\"a\":{\"b\":[1,{\"c\":\"}]\"}]},\"s\":\"\\\"{\"}"} << QList<int>{1};
}

void TestJsonReader::objects()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, lines);
    const Parsed parsed = parse(input);
    QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.message));
    QCOMPARE(parsed.objects, expected);
    QCOMPARE(parsed.lines, lines);
}

void TestJsonReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("not objects") << QByteArray("[1,2]") << 1 << 2 << "Expected “{”";
    QTest::newRow("trailing comma") << QByteArray("[{\"a\":1},\n]") << 2 << 1 << "Expected “{”";
    QTest::newRow("missing comma")
        << QByteArray("[{\"a\":1}\n{\"a\":2}]") << 2 << 1 << "Expected “,” or “]”";
    QTest::newRow("unclosed array") << QByteArray("[{\"a\":1}\n") << 2 << 1 << "no closing “]”";
    QTest::newRow("unclosed object") << QByteArray("{\"a\":1}\n{\"a\":") << 2 << 1 << "not closed";
    // Where the value starts (Python's json says the same), and what was expected there.
    QTest::newRow("bad value") << QByteArray("[\n{\"a\": tru}\n]") << 2 << 7 << "Expected a value";
    QTest::newRow("comma missing in an object")
        << QByteArray("[\n{\"Name\":\"b\" \"Age\":2}\n]") << 2 << 13 << "Expected “,” or “}”";
    QTest::newRow("value missing after a name")
        << QByteArray("[{\"a\":1,\n\"b\":}]") << 2 << 5 << "Expected a name or a value";
    QTest::newRow("colon missing") << QByteArray("[{\"a\" 1}]") << 1 << 7 << "Expected “:”";
    QTest::newRow("name missing after a comma")
        << QByteArray("[{\"a\":1,}]") << 1 << 9 << "Expected a name or a value";
    QTest::newRow("comma missing in an array")
        << QByteArray("[{\"a\":[1 2]}]") << 1 << 10 << "Expected “,” or “]”";
    QTest::newRow("bad number") << QByteArray("[{\"a\":-}]") << 1 << 7 << "not a valid number";
    QTest::newRow("text after array")
        << QByteArray("[{\"a\":1}] x") << 1 << 11 << "end of the file";
    QTest::newRow("not JSON") << QByteArray("a,b\n1,2\n") << 1 << 1 << "Expected “{”";
}

void TestJsonReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Parsed parsed = parse(input);
    QCOMPARE(int(parsed.error.kind), int(TransferError::Input));
    QVERIFY2(parsed.error.message.contains(message), qPrintable(parsed.error.message));
    QCOMPARE(parsed.error.line, line);
    QCOMPARE(parsed.error.column, column);
}

void TestJsonReader::manyObjects()
{
    // More than one read chunk, with objects straddling chunk boundaries.
    QByteArray input = "[";
    for (int i = 0; i < 50000; ++i)
        input += (i ? ",\n" : "") + QByteArray("{\"id\":") + QByteArray::number(i)
                 + ",\"text\":\"row " + QByteArray::number(i) + " with } and \\\" \"}";
    input += "]";
    QVERIFY(input.size() > qsizetype(2) * (1 << 20));
    const Parsed parsed = parse(input);
    QVERIFY(!parsed.error.isError());
    QCOMPARE(parsed.objects.size(), 50000);
    QCOMPARE(parsed.objects.at(43210), "{\"id\":43210,\"text\":\"row 43210 with } and \\\" \"}");
    QCOMPARE(parsed.lines.at(43210), 43211);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

#include "csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace rowbook;

using Records = QList<QStringList>;

namespace {

struct Parsed
{
    Records records;
    QList<QList<bool>> quoted;
    TransferError error;
    char delimiter = 0;
};

Parsed parse(const QByteArray &input, char delimiter, const QString &encoding, qint64 chunkSize)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = delimiter;
    options.encoding = encoding;
    options.chunkSize = chunkSize;
    CsvReader reader(&buffer, options);
    Parsed parsed;
    while (reader.readRecord()) {
        QStringList fields;
        QList<bool> quoted;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            fields << reader.text(i);
            quoted << reader.isQuoted(i);
        }
        parsed.records << fields;
        parsed.quoted << quoted;
    }
    parsed.error = reader.error();
    parsed.delimiter = reader.delimiter();
    return parsed;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder(text);
}

const qint64 chunkSizes[] = {1, 2, 3, 7, 1 << 20};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void quotedFlag();
    void errors_data();
    void errors();
    void detectDelimiter_data();
    void detectDelimiter();
    void errorAtField();
    void largeInputInChunks();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Records>("expected");

    const char detect = 0;
    const QString utf8;
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << detect << utf8
                        << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << detect << utf8
                          << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << detect << utf8
                             << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline")
        << QByteArray("a,b\r\n1,2") << detect << utf8 << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted delimiter")
        << QByteArray("a,b\n\"x,y\",2\n") << detect << utf8 << Records{{"a", "b"}, {"x,y", "2"}};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << detect
                                    << utf8 << Records{{"a", "b"}, {"say \"hi\"", "\""}};
    QTest::newRow("newline in quotes") << QByteArray("a,b\n\"one\ntwo\",x\n3,4") << detect << utf8
                                       << Records{{"a", "b"}, {"one\ntwo", "x"}, {"3", "4"}};
    QTest::newRow("CRLF in quotes") << QByteArray("a\r\n\"one\r\ntwo\"\r\n") << detect << utf8
                                    << Records{{"a"}, {"one\r\ntwo"}};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n1,,3\n\"\",,\"\"") << detect << utf8
                                  << Records{{"a", "b", "c"},
                                             {"", "", ""},
                                             {"1", "", "3"},
                                             {"", "", ""}};
    QTest::newRow("trailing delimiter")
        << QByteArray("a,b\n1,\n") << detect << utf8 << Records{{"a", "b"}, {"1", ""}};
    QTest::newRow("quote inside unquoted")
        << QByteArray("h,w\n5'10\",x\n") << detect << utf8 << Records{{"h", "w"}, {"5'10\"", "x"}};
    QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbfid,name\n1,x\n") << detect << utf8
                               << Records{{"id", "name"}, {"1", "x"}};
    QTest::newRow("UTF-8 multibyte")
        << QString("名前,ville\nÅsa,Zürich\n😀,\"a😀,b\"\n").toUtf8() << detect << utf8
        << Records{{"名前", "ville"}, {"Åsa", "Zürich"}, {"😀", "a😀,b"}};
    QTest::newRow("UTF-16LE BOM") << utf16(QStringLiteral("a;b\r\nÄ;€\r\n"),
                                           QStringConverter::Utf16LE)
                                  << detect << utf8 << Records{{"a", "b"}, {"Ä", "€"}};
    QTest::newRow("UTF-16BE BOM") << utf16(QStringLiteral("a,b\n\"x,y\",😀\n"),
                                           QStringConverter::Utf16BE)
                                  << detect << utf8 << Records{{"a", "b"}, {"x,y", "😀"}};
    QTest::newRow("latin1") << QByteArray("name\ncaf\xe9\n") << detect << QString("latin1")
                            << Records{{"name"}, {"café"}};
    QTest::newRow("windows-1252") << QByteArray("a,b\n\x80 5,\x93q\x94\n") << detect
                                  << QString("windows-1252") << Records{{"a", "b"}, {"€ 5", "“q”"}};
    QTest::newRow("semicolon detected")
        << QByteArray("name;price\nx;1,5\ny;2,25\n") << detect << utf8
        << Records{{"name", "price"}, {"x", "1,5"}, {"y", "2,25"}};
    QTest::newRow("tab detected") << QByteArray("a\tb\n1\t2\n") << detect << utf8
                                  << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("pipe detected") << QByteArray("a|b|c\n1|2|3\n") << detect << utf8
                                   << Records{{"a", "b", "c"}, {"1", "2", "3"}};
    QTest::newRow("given delimiter")
        << QByteArray("a;b,c\n") << ',' << utf8 << Records{{"a;b", "c"}};
    QTest::newRow("empty file") << QByteArray() << detect << utf8 << Records{};
    QTest::newRow("only BOM") << QByteArray("\xef\xbb\xbf") << detect << utf8 << Records{};
    QTest::newRow("header only") << QByteArray("a,b\n") << detect << utf8 << Records{{"a", "b"}};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n1\r\n\r\n2\n\n") << detect << utf8 << Records{{"a"}, {"1"}, {"2"}};
    QTest::newRow("ragged rows are returned") << QByteArray("a,b\n1\n1,2,3\n") << detect << utf8
                                              << Records{{"a", "b"}, {"1"}, {"1", "2", "3"}};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QString, encoding);
    QFETCH(Records, expected);
    // Detection needs the start of the file at once; tiny reads use the detected delimiter so
    // that every chunk boundary is exercised.
    const char detected = parse(input, delimiter, encoding, 1 << 20).delimiter;
    for (const qint64 chunk : chunkSizes) {
        const Parsed parsed = parse(input, delimiter ? delimiter : detected, encoding, chunk);
        QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.message));
        QCOMPARE(parsed.records, expected);
    }
    QCOMPARE(parse(input, delimiter, encoding, 1).records, expected);
}

void TestCsvReader::quotedFlag()
{
    const Parsed parsed = parse("\"\",,\"x\",y", 0, {}, 1 << 20);
    QCOMPARE(parsed.quoted, (QList<QList<bool>>{{true, false, true, false}}));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const int input = TransferError::Input;
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,\"abc\n2,3\n") << QString() << input << 2 << 3 << "no closing quote";
    QTest::newRow("unterminated after multibyte")
        << QString("é,ü\nö,\"x").toUtf8() << QString() << input << 2 << 3 << "expected \"";
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,2\n") << QString() << input << 2 << 4 << "Expected a delimiter";
    QTest::newRow("invalid UTF-8")
        << QByteArray("a,b\nok,caf\xe9\n") << QString() << input << 2 << 7 << "not valid UTF-8";
    QTest::newRow("invalid UTF-8 after multibyte")
        << QByteArray("\xc3\xa9,\xff\n") << QString() << input << 1 << 3 << "UTF-8";
    QTest::newRow("invalid UTF-8 in quoted lines")
        << QByteArray("a\n\"x\ny\xc3\x28\"\n") << QString() << input << 3 << 2 << "UTF-8";
    QTest::newRow("overlong UTF-8")
        << QByteArray("a\n\xc0\xaf\n") << QString() << input << 2 << 1 << "UTF-8";
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("a\n\xed\xa0\x80\n") << QString() << input << 2 << 1 << "UTF-8";
    QTest::newRow("truncated UTF-8 at end")
        << QByteArray("a\nb\xe2\x82") << QString() << input << 2 << 2 << "UTF-8";
    QTest::newRow("unknown encoding") << QByteArray("a\n") << QString("klingon-8")
                                      << int(TransferError::Usage) << 0 << 0 << "klingon-8";
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(int, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    for (const qint64 chunk : chunkSizes) {
        const Parsed parsed = parse(input, 0, encoding, chunk);
        QCOMPARE(int(parsed.error.kind), kind);
        QCOMPARE(parsed.error.line, line);
        QCOMPARE(parsed.error.column, column);
        QVERIFY2(parsed.error.message.contains(message), qPrintable(parsed.error.message));
    }
}

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b\n1,5;2,5\n3;4\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc, d\n1\t2\t3, 4\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|2") << '|';
    QTest::newRow("quoted commas ignored") << QByteArray("a;\"b,c\"\n1;\"2,3,4\"\n") << ';';
    QTest::newRow("single column") << QByteArray("name\nx\n") << ',';
    QTest::newRow("empty") << QByteArray() << ',';
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(sample), delimiter);
}

void TestCsvReader::errorAtField()
{
    QBuffer buffer;
    buffer.setData("a,b\n\"x\ny\",é,extra\n1\r\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readRecord());
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.recordLine(), 2);
    const TransferError extra = reader.errorAtField(2, QStringLiteral("more"));
    QCOMPARE(extra.line, 3);
    QCOMPARE(extra.column, 6);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.recordLine(), 4);
    const TransferError missing = reader.errorAtField(1, QStringLiteral("fewer"));
    QCOMPARE(missing.line, 4);
    QCOMPARE(missing.column, 2);
}

void TestCsvReader::largeInputInChunks()
{
    QByteArray input = "id,text\n";
    for (int i = 0; i < 20000; ++i)
        input += QByteArray::number(i) + ",\"line " + QByteArray::number(i)
                 + "\nwith \"\"quote\"\"\"\r\n";
    for (const qint64 chunk : {qint64(4093), qint64(1 << 20)}) {
        const Parsed parsed = parse(input, 0, {}, chunk);
        QVERIFY(!parsed.error.isError());
        QCOMPARE(parsed.records.size(), 20001);
        QCOMPARE(parsed.records.at(12346), (QStringList{"12345", "line 12345\nwith \"quote\""}));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

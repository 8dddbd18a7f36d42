// Column types of an import: chosen by the user, declared by an existing table, or kept as the
// JSON file has them. Tables, rows and refusals: tst_importjob.
#include "importjob.h"
#include "importjobfixture.h"
#include "testsupport.h"

#include <QTest>

using namespace rowbook;
using testsupport::Probe;

class TestImportTypes : public QObject, ImportJobFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(prepare()); }
    void typeOverrides();
    void csvIntoDeclaredType_data();
    void csvIntoDeclaredType();
    void jsonKeepsJsonTypes_data();
    void jsonKeepsJsonTypes();
    void jsonEncoding();
    void namedTypes();
};

void TestImportTypes::typeOverrides()
{
    ImportJob::Options options;
    options.filePath = write("o.json", "[{\"id\": 1, \"x\": true, \"s\": \"a\"},"
                                       " {\"id\": 2, \"x\": 2.5, \"s\": \"7\"}]");
    options.table = "o";
    options.types = {ColumnType::Text, ColumnType::Real, ColumnType::Integer};
    ImportJob job(m_info, options);
    const ImportJob::Result result = job.run();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    Probe probe(m_db);
    QCOMPARE(
        probe.value("SELECT group_concat(name || ' ' || type, ', ') FROM pragma_table_info('o')")
            .toString(),
        QString("id TEXT, x REAL, s INTEGER"));
    QCOMPARE(probe
                 .value("SELECT group_concat(quote(id) || '|' || quote(x) || '|' || quote(s), ';') "
                        "FROM o")
                 .toString(),
             QString("'1'|1.0|'a';'2'|2.5|7"));
    options.types = {ColumnType::Text};
    options.table = "o2";
    ImportJob wrong(m_info, options);
    QCOMPARE(wrong.run().error.kind, TransferError::Usage);
}

// One CSV field (as written in the file) into an existing column of a declared type: converted
// by the column's affinity, never by what the field looks like; NULL only for an unquoted empty
// field.
void TestImportTypes::csvIntoDeclaredType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("stored");
    const struct
    {
        const char *type;
        const char *field;
        const char *stored;
    } cases[] = {
        {"TEXT", "1.50", "'1.50'"},
        {"TEXT", "007", "'007'"},
        {"TEXT", "1e3", "'1e3'"},
        {"TEXT", "+5", "'+5'"},
        {"TEXT", "0e5", "'0e5'"},
        {"TEXT", "\"42\"", "'42'"},
        {"TEXT", "", "NULL"},
        {"TEXT", "\"\"", "''"},
        {"TEXT", " pad ", "' pad '"},
        {"VARCHAR(20)", "1.50", "'1.50'"},
        {"NVARCHAR(5)", "007", "'007'"},
        {"CLOB", "1e3", "'1e3'"},
        {"INTEGER", "42", "42"},
        {"INTEGER", "\"\"", "''"},
        {"INTEGER", "", "NULL"},
        {"INTEGER", "1.5", "1.5"},
        {"INTEGER", "2.0", "2"},
        {"INTEGER", "abc", "'abc'"},
        {"INTEGER", "9223372036854775807", "9223372036854775807"},
        {"BIGINT", "-9223372036854775808", "-9223372036854775808"},
        {"REAL", "1", "1.0"},
        {"REAL", "0.1", "0.1"},
        {"REAL", "1e308", "1.0e+308"},
        {"REAL", "\"\"", "''"},
        {"DOUBLE PRECISION", "2.5", "2.5"},
        {"FLOAT", "abc", "'abc'"},
        {"NUMERIC", "2.0", "2"},
        {"NUMERIC", "2.5", "2.5"},
        {"DECIMAL(10,2)", "1.10", "1.1"},
        {"DECIMAL(10,2)", "\"\"", "''"},
        {"BOOLEAN", "1", "1"},
        {"DATE", "2024-01-05", "'2024-01-05'"},
        {"", "1", "1"},
        {"", "\"1\"", "'1'"},
        {"", "1.50", "1.5"},
        {"", "1.5", "1.5"},
        {"", "007", "'007'"},
        {"", "X'00ff'", "X'00FF'"},
        {"", "\"X'00ff'\"", "'X''00ff'''"},
        {"BLOB", "x''", "X''"},
        {"TEXT", "X'31'", "X'31'"},
    };
    for (const auto &c : cases)
        QTest::addRow("%s %s", c.type[0] ? c.type : "none", c.field)
            << QString(c.type) << QByteArray(c.field) << QString::fromUtf8(c.stored);
}

void TestImportTypes::csvIntoDeclaredType()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, field);
    QFETCH(QString, stored);
    Probe probe(m_db);
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE a (v %1, w TEXT)").arg(type)));
    // The other rows make the column look like numbers and text to an inference.
    const ImportJob::Result result
        = import(write("a.csv", "v,w\n" + field + ",x\n5,y\n6.5,z\nabc,w\n"), "a");
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(probe.value("SELECT quote(v) FROM a WHERE w = 'x'").toString(), stored);
}

// JSON into a new table and into existing columns: strings stay text however they look,
// numbers keep their type and every digit, true/false are 1/0, {"$blob": ...} is a BLOB.
void TestImportTypes::jsonKeepsJsonTypes_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("stored");
    const struct
    {
        bool existing;
        const char *type; // declared in the existing table, or expected in the new one
        const char *value;
        const char *stored;
    } cases[] = {
        {false, "TEXT", "\"42\"", "'42'"},
        {false, "TEXT", "\"1.50\"", "'1.50'"},
        {false, "TEXT", "\"\"", "''"},
        {false, "INTEGER", "42", "42"},
        {false, "REAL", "2.0", "2.0"},
        {false, "REAL", "-0.0", "0.0"},
        {false, "REAL", "1e308", "1.0e+308"},
        {false, "INTEGER", "9007199254740993", "9007199254740993"},
        {false, "INTEGER", "-9223372036854775808", "-9223372036854775808"},
        {false, "INTEGER", "true", "1"},
        {false, "INTEGER", "false", "0"},
        {false, "TEXT", "null", "NULL"},
        {false, "BLOB", "{\"$blob\":\"AP8=\"}", "X'00FF'"},
        {false, "TEXT", "{\"$blob\":\"not base64!\"}", "'{\"$blob\":\"not base64!\"}'"},
        {false, "TEXT", "[1,\"a\"]", "'[1,\"a\"]'"},
        {true, "TEXT", "42", "'42'"},
        {true, "TEXT", "2.50", "'2.50'"},
        {true, "TEXT", "\"007\"", "'007'"},
        {true, "INTEGER", "\"\"", "''"},
        {true, "INTEGER", "9007199254740993", "9007199254740993"},
        {true, "REAL", "0.1", "0.1"},
        {true, "", "\"42\"", "'42'"},
        {true, "", "2.0", "2.0"},
        {true, "NUMERIC", "{\"$blob\":\"\"}", "X''"},
    };
    for (const auto &c : cases)
        QTest::addRow("%s %s %s", c.existing ? "into" : "new", c.type, c.value)
            << c.existing << QString(c.type) << QByteArray(c.value) << QString::fromUtf8(c.stored);
}

void TestImportTypes::jsonKeepsJsonTypes()
{
    QFETCH(bool, existing);
    QFETCH(QString, type);
    QFETCH(QByteArray, value);
    QFETCH(QString, stored);
    Probe probe(m_db);
    if (existing)
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE j (v %1, w TEXT)").arg(type)));
    const ImportJob::Result result
        = import(write("j.ndjson", "{\"v\": " + value + ", \"w\": \"x\"}\n"), "j");
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.createdTable, !existing);
    QCOMPARE(probe.value("SELECT quote(v) FROM j WHERE w = 'x'").toString(), stored);
    QCOMPARE(probe.value("SELECT type FROM pragma_table_info('j') WHERE name = 'v'").toString(),
             type);
}

void TestImportTypes::jsonEncoding()
{
    ImportJob::Options options;
    options.filePath = write("e.json", "[{\"a\": \"Åsa\"}]");
    options.table = "e";
    options.encoding = "latin1";
    ImportJob refused(m_info, options);
    const ImportJob::Result result = refused.run();
    QCOMPARE(result.error.kind, TransferError::Usage);
    QVERIFY2(result.error.message.contains("latin1"), qPrintable(result.error.message));
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'e'").toInt(), 0);
    options.encoding = "UTF-8";
    ImportJob utf8(m_info, options);
    QCOMPARE(utf8.run().rows, 1);
    QCOMPARE(probe.value("SELECT a FROM e").toString(), QString::fromUtf8("Åsa"));
}

void TestImportTypes::namedTypes()
{
    ImportJob::Options options;
    options.filePath = write("n.csv", "code,price,day,ok,note\n"
                                      "1.50,3,2024-01-05,yes,1\n"
                                      "007,4.5,2024-02-29,False,2\n");
    options.table = "n";
    options.namedTypes = {{"CODE", ColumnType::Text},
                          {"price", ColumnType::Real},
                          {"day", ColumnType::Date},
                          {"ok", ColumnType::Boolean}};
    ImportJob job(m_info, options);
    const ImportJob::Result result = job.run();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    Probe probe(m_db);
    QCOMPARE(
        probe.value("SELECT group_concat(name || ' ' || type, ', ') FROM pragma_table_info('n')")
            .toString(),
        QString("code TEXT, price REAL, day DATE, ok BOOLEAN, note INTEGER"));
    QCOMPARE(probe
                 .value("SELECT group_concat(quote(code) || '|' || quote(price) || '|' || "
                        "quote(day) || '|' || quote(ok), ';') FROM n")
                 .toString(),
             QString("'1.50'|3.0|'2024-01-05'|1;'007'|4.5|'2024-02-29'|0"));

    // A column the file does not have, and types for a table that exists: refused, untouched.
    options.namedTypes = {{"nope", ColumnType::Text}};
    options.table = "n2";
    ImportJob unknown(m_info, options);
    const ImportJob::Result unknownResult = unknown.run();
    QCOMPARE(unknownResult.error.kind, TransferError::Usage);
    QVERIFY2(unknownResult.error.message.contains("“nope”"),
             qPrintable(unknownResult.error.message));
    options.namedTypes = {{"code", ColumnType::Integer}};
    options.table = "n";
    ImportJob existing(m_info, options);
    QCOMPARE(existing.run().error.kind, TransferError::Usage);
    QCOMPARE(probe.value("SELECT count(*) FROM n").toInt(), 2);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'n2'").toInt(), 0);
}

QTEST_MAIN(TestImportTypes)
#include "tst_importtypes.moc"

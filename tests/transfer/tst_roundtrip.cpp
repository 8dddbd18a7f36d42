// Values survive every round trip: every table of Chinook and a table of hostile values are
// exported to CSV and to JSON and imported back, into the same schema and (JSON) into a new
// table; quote() of every cell, read with an independent connection, must be identical.
#include "exportjob.h"
#include "importjob.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rowbook;
using testsupport::Probe;

namespace {

enum class Target { SameSchema, NewTable };

// Every row of a table as SQLite literals (quote() tells 1, 1.0, '1' and X'31' apart), in rowid
// order.
QStringList dump(const Probe &probe, const QString &table)
{
    QSqlQuery query(probe.db());
    QStringList columns;
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    query.addBindValue(table);
    query.exec();
    while (query.next())
        columns << QStringLiteral("quote(\"%1\")").arg(query.value(0).toString());
    QStringList rows;
    query.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY rowid")
                   .arg(columns.join(" || '|' || "), table));
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

// Text that looks like numbers, blobs and JSON; numbers at the edges of their types; the two
// kinds of empty; a column with no type holding every storage class; a TEXT column whose values
// all look like numbers (c) and an INTEGER column with both kinds of empty (k).
const char *const hostileSchema
    = "CREATE TABLE hostile (id INTEGER PRIMARY KEY, t TEXT, i INTEGER, r REAL, n NUMERIC, "
      "v VARCHAR(20), d DECIMAL(10,2), m, b BLOB, c TEXT, k INTEGER)";
const char *const hostileRows[] = {
    "(1, '1.50', '', 0.1, 1, '007', 2.5, 1, x'00ff', '1.50', 1)",
    "(2, '007', NULL, 1e308, 2.5, '1e3', 3, 1.5, NULL, '2', '')",
    "(3, '1e3', 42, -0.0, 'abc', '', NULL, 'x', x'', '3.0', NULL)",
    "(4, '', 9223372036854775807, 2.0, NULL, NULL, 1e20, '7', 'text', '4', 4)",
    "(5, NULL, -9223372036854775808, 0.30000000000000004, '', ' 5', -0.5, x'01', 7, '1e3', 5)",
    "(6, ' pad ', 9007199254740993, 5e-324, 1e-7, '+5', 0, 2.0, 1.25, '0e5', '')",
    // Row 7 is one string over two lines: the parentheses say so to the compiler.
    ("(7, 'line\nbreak', 'abc', -1.7976931348623157e308, 9007199254740993, '0e5', 1.10, "
     "-0.0, '', '6', 7)"),
    "(8, '+5', 1.5, 3, '12abc', 'x''00''', NULL, '', NULL, '7', 8)",
    "(9, '0e5', -0, 100, 0.1, '-0', 7, NULL, '{\"$blob\":\"AA==\"}', '8.25', NULL)",
    "(10, 'X''00ff''', NULL, NULL, NULL, '\"q\"', NULL, 9007199254740993, NULL, '10', 10)",
    "(11, '{\"$blob\":\"AA==\"}', ' 7', '', ' 1.5', 'a,b', '', '', 'NULL', '11', 11)",
    "(12, 'Zoë 😀\ttab', 0, 1e-300, 1, 'true', 1, 'true', x'31', '12', 12)",
};

} // namespace

Q_DECLARE_METATYPE(ExportJob::Format)
Q_DECLARE_METATYPE(Target)

class TestRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    QTemporaryDir m_dir;
    QString m_chinook;
    QString m_hostile;
};

void TestRoundTrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_chinook = m_dir.filePath("chinook.sqlite");
    QVERIFY(testsupport::copyOfChinook(m_chinook));
    m_hostile = m_dir.filePath("hostile.sqlite");
    Probe probe(m_hostile);
    QVERIFY(probe.exec(hostileSchema));
    for (const char *row : hostileRows)
        QVERIFY2(probe.exec(QStringLiteral("INSERT INTO hostile VALUES ") + QString::fromUtf8(row)),
                 row);
    QCOMPARE(probe.value("SELECT count(*) FROM hostile").toInt(), int(std::size(hostileRows)));
    // The table really holds what it is meant to test.
    QCOMPARE(
        probe.value("SELECT group_concat(quote(t), ',') FROM hostile WHERE id <= 6").toString(),
        QString("'1.50','007','1e3','',NULL,' pad '"));
    QCOMPARE(
        probe.value("SELECT group_concat(quote(k), ',') FROM hostile WHERE id <= 3").toString(),
        QString("1,'',NULL"));
    QCOMPARE(probe.value("SELECT group_concat(DISTINCT typeof(m)) FROM hostile").toString(),
             QString("integer,real,text,blob,null"));
}

void TestRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("table");
    QTest::addColumn<ExportJob::Format>("format");
    QTest::addColumn<Target>("target");
    QStringList tables{"Album",       "Artist",    "Customer", "Employee",      "Genre", "Invoice",
                       "InvoiceLine", "MediaType", "Playlist", "PlaylistTrack", "Track", "hostile"};
    for (const QString &table : tables) {
        const QString database = table == "hostile" ? "hostile" : "chinook";
        QTest::addRow("%s csv same", qPrintable(table))
            << database << table << ExportJob::Format::Csv << Target::SameSchema;
        QTest::addRow("%s json same", qPrintable(table))
            << database << table << ExportJob::Format::Json << Target::SameSchema;
        QTest::addRow("%s json new", qPrintable(table))
            << database << table << ExportJob::Format::Json << Target::NewTable;
    }
}

void TestRoundTrip::roundTrip()
{
    QFETCH(QString, database);
    QFETCH(QString, table);
    QFETCH(ExportJob::Format, format);
    QFETCH(Target, target);
    const QString source = database == "hostile" ? m_hostile : m_chinook;
    const DatabaseInfo sourceInfo = Database::prepare(source);
    QVERIFY(sourceInfo.isOpen());
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
    const QString file
        = m_dir.filePath(tag + (format == ExportJob::Format::Json ? ".json" : ".csv"));
    ExportJob::Options exportOptions;
    exportOptions.table = table;
    exportOptions.format = format;
    exportOptions.outputPath = file;
    ExportJob exporter(sourceInfo, exportOptions);
    const ExportJob::Result exported = exporter.run();
    QVERIFY2(!exported.error.isError(), qPrintable(exported.error.message));

    // The same schema: a copy of the whole file (foreign keys still find their rows) with this
    // table emptied. A new table: an empty database.
    const QString copy = m_dir.filePath(tag + ".sqlite");
    QString into = table;
    if (target == Target::SameSchema) {
        QVERIFY(QFile::copy(source, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Probe emptying(copy);
        QVERIFY(emptying.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table)));
    } else {
        into = table + "_new";
    }
    const DatabaseInfo info = Database::prepare(copy);
    QVERIFY(info.isOpen());
    ImportJob::Options options;
    options.filePath = file;
    options.table = into;
    ImportJob importer(info, options);
    const ImportJob::Result imported = importer.run();
    QVERIFY2(!imported.error.isError(), qPrintable(imported.error.message));
    QCOMPARE(imported.rows, exported.rows);
    QCOMPARE(imported.createdTable, target == Target::NewTable);

    Probe original(source);
    Probe result(copy);
    const QStringList expected = dump(original, table);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(dump(result, into), expected);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"

#include "exportjob.h"
#include "importjob.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rowbook;
using testsupport::Probe;

namespace {

// Every row of a table as SQLite literals (quote() tells 1, 1.0 and '1' apart), in rowid order.
QStringList dump(const Probe &probe, const QString &table)
{
    QSqlQuery query(probe.db());
    QStringList columns;
    query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    while (query.next())
        columns << QStringLiteral("quote(\"%1\")").arg(query.value(0).toString());
    QStringList rows;
    query.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(columns.join(" || '|' || "), table));
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvQuotingAndNulls();
    void json();
    void unknownTable();
    void roundTrip_data();
    void roundTrip();

private:
    QByteArray
    exportTable(const DatabaseInfo &info, const QString &table, ExportJob::Format format);

    QTemporaryDir m_dir;
    DatabaseInfo m_chinook;
    DatabaseInfo m_small;
};

void TestExportJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString chinook = m_dir.filePath("chinook.sqlite");
    QVERIFY(testsupport::copyOfChinook(chinook));
    m_chinook = Database::prepare(chinook);
    QVERIFY(m_chinook.isOpen());
    QVERIFY(!m_chinook.ours);

    const QString small = m_dir.filePath("small.sqlite");
    {
        Probe probe(small);
        QVERIFY(probe.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n, b BLOB)"));
        QVERIFY(probe.exec("INSERT INTO t VALUES (1, 1.0, 'plain', NULL, NULL), "
                           "(-9223372036854775808, 0.1, 'a,b', 'x', x'00ff'), "
                           "(3, 1e300, 'say \"hi\"', 7, NULL), "
                           "(NULL, -2.5, 'two\nlines', 1.25, NULL), "
                           "(5, NULL, '', NULL, NULL), "
                           "(6, 3.0, 'Zoë 😀	tab', NULL, NULL)"));
    }
    m_small = Database::prepare(small);
    QVERIFY(m_small.isOpen());
}

QByteArray
TestExportJob::exportTable(const DatabaseInfo &info, const QString &table, ExportJob::Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportJob::Options options;
    options.table = table;
    options.format = format;
    ExportJob job(info, options);
    const ExportJob::Result result = job.run(&buffer);
    if (result.error.isError())
        qWarning("export failed: %s", qPrintable(result.error.message));
    return buffer.data();
}

void TestExportJob::csvQuotingAndNulls()
{
    QCOMPARE(QString::fromUtf8(exportTable(m_small, "t", ExportJob::Format::Csv)),
             QString::fromUtf8("i,r,s,n,b\r\n"
                               "1,1.0,plain,,\r\n"
                               "-9223372036854775808,0.1,\"a,b\",x,X'00ff'\r\n"
                               "3,1e+300,\"say \"\"hi\"\"\",7,\r\n"
                               ",-2.5,\"two\nlines\",1.25,\r\n"
                               "5,,\"\",,\r\n"
                               "6,3.0,Zoë 😀\ttab,,\r\n"));
}

void TestExportJob::json()
{
    const QByteArray text = exportTable(m_small, "t", ExportJob::Format::Json);
    QVERIFY(text.startsWith("[\n{\"i\":1,\"r\":1.0,\"s\":\"plain\",\"n\":null,\"b\":null},\n"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(1).toObject().value("i").toInteger(), std::numeric_limits<qint64>::min());
    QCOMPARE(rows.at(2).toObject().value("s").toString(), QString("say \"hi\""));
    QCOMPARE(rows.at(3).toObject().value("s").toString(), QString("two\nlines"));
    QVERIFY(rows.at(3).toObject().value("i").isNull());
    QCOMPARE(rows.at(5).toObject().value("s").toString(), QString::fromUtf8("Zoë 😀\ttab"));
    QCOMPARE(exportTable(m_small, "t", ExportJob::Format::Json).count('\n'), 8);
}

void TestExportJob::unknownTable()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportJob::Options options;
    options.table = "nope";
    ExportJob job(m_small, options);
    const ExportJob::Result result = job.run(&buffer);
    QCOMPARE(result.error.kind, TransferError::Usage);
    QVERIFY(result.error.message.contains("“nope”"));
    QVERIFY(buffer.data().isEmpty());
}

void TestExportJob::roundTrip_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<ExportJob::Format>("format");
    const QStringList tables{"Album",    "Artist",        "Customer",    "Employee",
                             "Genre",    "Invoice",       "InvoiceLine", "MediaType",
                             "Playlist", "PlaylistTrack", "Track"};
    for (const QString &table : tables) {
        QTest::addRow("%s csv", qPrintable(table)) << table << ExportJob::Format::Csv;
        QTest::addRow("%s json", qPrintable(table)) << table << ExportJob::Format::Json;
    }
}

// Export, then import (a) into a new table with inferred types and (b) into an empty copy of the
// original table: both give back the same values with the same storage classes.
void TestExportJob::roundTrip()
{
    QFETCH(QString, table);
    QFETCH(ExportJob::Format, format);
    const bool json = format == ExportJob::Format::Json;
    const QString file = m_dir.filePath(table + (json ? ".json" : ".csv"));
    ExportJob::Options exportOptions;
    exportOptions.table = table;
    exportOptions.format = format;
    exportOptions.outputPath = file;
    ExportJob exporter(m_chinook, exportOptions);
    const ExportJob::Result exported = exporter.run();
    QVERIFY2(!exported.error.isError(), qPrintable(exported.error.message));

    const QString target = m_dir.filePath(table + (json ? "-json" : "-csv") + ".sqlite");
    const DatabaseInfo info = Database::prepare(target);
    Probe original(m_chinook.path);
    Probe copy(target);
    // The same column affinities, without the foreign keys to tables that are not there.
    QVERIFY(copy.exec(QStringLiteral("ATTACH '%1' AS original").arg(m_chinook.path)));
    QVERIFY(copy.exec(QStringLiteral("CREATE TABLE main.\"%1_same\" AS SELECT * FROM "
                                     "original.\"%1\" WHERE 0")
                          .arg(table)));
    QVERIFY(copy.exec(QStringLiteral("DETACH original")));
    for (const QString &name : {table + "_new", table + "_same"}) {
        ImportJob::Options options;
        options.filePath = file;
        options.table = name;
        ImportJob importer(info, options);
        const ImportJob::Result imported = importer.run();
        QVERIFY2(!imported.error.isError(), qPrintable(imported.error.message));
        QCOMPARE(imported.rows, exported.rows);
        QCOMPARE(dump(copy, name), dump(original, table));
    }
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"

#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using testsupport::Probe;
using testsupport::Run;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void importAndExport();
    void typeOption();
    void badInputLeavesTableUnchanged_data();
    void badInputLeavesTableUnchanged();
    void unwritableDatabase();
    void waitsForBusyDatabase();
    void defaultDatabase();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &environment = {});
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(ROWBOOK_EXECUTABLE));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath("cli.sqlite");
    // Keep the child away from the real user's data folder.
    m_environment = testsupport::isolatedEnvironment(*m_dir);
    m_environment.insert("QT_LOGGING_RULES", "qt.*.debug=true"); // Qt must stay quiet
}

QString TestCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Run TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return testsupport::runRowbook(arguments, 30000,
                                   environment.isEmpty() ? m_environment : environment);
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("import") << "import";
    QTest::newRow("export") << "export";
}

void TestCli::help()
{
    QFETCH(QString, verb);
    const Run r = run({verb, "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Usage: rowbook " + verb), qPrintable(r.out));
    QVERIFY(r.out.contains("--table"));
    for (const char *code :
         {"  0  success", "  1  bad input file", "  2  usage error",
          "  3  the database stayed busy", "  4  the database cannot be written"})
        QVERIFY2(r.out.contains(code), code);
    QCOMPARE(r.err, QString());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{"import", "--table", "t"} << "No file to import";
    QTest::newRow("no table") << QStringList{"import", "x.csv"} << "No table";
    QTest::newRow("unknown option")
        << QStringList{"import", "x.csv", "--table", "t", "--bogus"} << "bogus";
    QTest::newRow("bad format") << QStringList{"import", "x.csv", "--table", "t", "--format", "xml"}
                                << "Unknown format “xml”";
    QTest::newRow("bad delimiter")
        << QStringList{"import", "x.csv", "--table", "t", "--delimiter", "ab"} << "delimiter";
    QTest::newRow("bad encoding") << QStringList{"import", "x.csv",      "--table",
                                                 "t",      "--encoding", "klingon-8"}
                                  << "Unknown encoding “klingon-8”";
    QTest::newRow("reserved table")
        << QStringList{"import", "x.csv", "--table", "sqlite_x"} << "reserved";
    QTest::newRow("bad type") << QStringList{"import", "x.csv", "--table", "n", "--type", "a=money"}
                              << "--type takes COLUMN=TYPE";
    QTest::newRow("type without column")
        << QStringList{"import", "x.csv", "--table", "n", "--type", "=text"} << "not “=text”";
    QTest::newRow("type of unknown column")
        << QStringList{"import", "x.csv", "--table", "n", "--type", "b=text"}
        << "The file has no column “b”";
    QTest::newRow("type for existing table")
        << QStringList{"import", "x.csv", "--table", "t", "--type", "a=text"} << "Table “t” exists";
    QTest::newRow("JSON with encoding")
        << QStringList{"import", "x.json", "--table", "n", "--encoding", "latin1"}
        << "JSON files are always UTF-8";
    QTest::newRow("export unknown table")
        << QStringList{"export", "--table", "nope"} << "There is no table “nope”";
    QTest::newRow("export missing database")
        << QStringList{"export", "--table", "t", "--database", "/nonexistent/x.sqlite"}
        << "There is no database file";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    write("x.csv", "a\n1\n");
    write("x.json", "[{\"a\": 1}]");
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE t (a INTEGER)"));
    }
    QStringList args = arguments;
    if (!args.contains("--database"))
        args << "--database" << m_db;
    args.replaceInStrings(QRegularExpression("^x\\.csv$"), m_dir->filePath("x.csv"));
    args.replaceInStrings(QRegularExpression("^x\\.json$"), m_dir->filePath("x.json"));
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1); // one sentence, no Qt noise
    QCOMPARE(r.out, QString());
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'n'").toInt(), 0);
    QCOMPARE(probe.value("SELECT count(*) FROM t").toInt(), 0);
}

void TestCli::typeOption()
{
    const QString csv = write("codes.csv", "code,price,ok\n1.50,3,yes\n007,4,no\n");
    const Run r = run({"import", csv, "--table", "codes", "--database", m_db, "--type", "code=text",
                       "--type", "price=REAL", "--type", "ok=boolean"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    Probe probe(m_db);
    QCOMPARE(probe
                 .value("SELECT group_concat(name || ' ' || type, ', ') FROM "
                        "pragma_table_info('codes')")
                 .toString(),
             QString("code TEXT, price REAL, ok BOOLEAN"));
    QCOMPARE(probe
                 .value("SELECT group_concat(quote(code) || quote(price) || quote(ok), ';') "
                        "FROM codes")
                 .toString(),
             QString("'1.50'3.01;'007'4.00"));
}

void TestCli::importAndExport()
{
    const QString csv = write("people.csv", "id,name,zip\r\n1,Åsa,08123\r\n2,\"Smith, J\",\r\n");
    const Run imported = run({"import", csv, "--table", "people", "--database", m_db});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, QString("Imported 2 rows into people\n"));
    QCOMPARE(imported.err, QString());
    {
        Probe probe(m_db);
        QCOMPARE(
            probe
                .value(
                    "SELECT group_concat(quote(id) || quote(name) || quote(zip), ';') FROM people")
                .toString(),
            QString::fromUtf8("1'Åsa''08123';2'Smith, J'NULL"));
    }
    const Run exported = run({"export", "--table", "people", "--database", m_db});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, QString::fromUtf8("id,name,zip\r\n1,Åsa,08123\r\n2,\"Smith, J\",\r\n"));
    QCOMPARE(exported.err, QString());

    const QString json = m_dir->filePath("people.json");
    const Run toFile = run({"export", "--table", "people", "--database", m_db, "--output", json});
    QCOMPARE(toFile.exitCode, 0);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QString::fromUtf8("[\n{\"id\":1,\"name\":\"Åsa\",\"zip\":\"08123\"},\n"
                               "{\"id\":2,\"name\":\"Smith, J\",\"zip\":null}\n]\n"));

    const Run replaced
        = run({"import", json, "--table", "people", "--database", m_db, "--replace"});
    QCOMPARE(replaced.exitCode, 0);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM people").toInt(), 2);
}

void TestCli::badInputLeavesTableUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote") << QByteArray("id,name\n3,ok\n4,\"open\n") << ":3:3: "
                                        << "no closing quote";
    QTest::newRow("ragged row") << QByteArray("id,name\n3,ok\n4,x,y\n") << ":3:5: "
                                << "more fields";
    QTest::newRow("invalid UTF-8") << QByteArray("id,name\n3,caf\xe9\n") << ":2:6: "
                                   << "UTF-8";
    QTest::newRow("NOT NULL on the last row") << QByteArray("id,name\n3,ok\n4,\n") << ":3:2: "
                                              << "name";
}

void TestCli::badInputLeavesTableUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QFETCH(QString, message);
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE t (id INTEGER, name TEXT NOT NULL)"));
        QVERIFY(probe.exec("INSERT INTO t VALUES (1, 'one'), (2, 'two')"));
    }
    const QByteArray before = testsupport::sha256(m_db);
    const QString file = write("bad.csv", content);
    const Run r = run({"import", file, "--table", "t", "--database", m_db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file + where), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(testsupport::sha256(m_db), before);
}

void TestCli::unwritableDatabase()
{
    const QString csv = write("a.csv", "a\n1\n");
    const QString garbage = write("garbage.sqlite", QByteArray(8192, 'x'));
    const Run corrupt = run({"import", csv, "--table", "t", "--database", garbage});
    QCOMPARE(corrupt.exitCode, 4);
    QVERIFY2(corrupt.err.contains("damaged or is not a database"), qPrintable(corrupt.err));

    // A Rowbook file from a newer version (schema version far ahead) is opened read-only.
    const QString newer = m_dir->filePath("newer.sqlite");
    {
        Probe probe(newer);
        QVERIFY(probe.exec("PRAGMA application_id = 1383028546")); // "RoWB"
        QVERIFY(probe.exec("PRAGMA user_version = 9999"));
        QVERIFY(probe.exec("CREATE TABLE t (a INTEGER)"));
    }
    const QByteArray before = testsupport::sha256(newer);
    const Run future = run({"import", csv, "--table", "t", "--database", newer});
    QCOMPARE(future.exitCode, 4);
    QVERIFY2(future.err.contains("newer version"), qPrintable(future.err));
    QCOMPARE(testsupport::sha256(newer), before);

    if (::geteuid() == 0)
        QSKIP("root can write read-only files");
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE t (a INTEGER)"));
    }
    QVERIFY(QFile::setPermissions(m_db, QFile::ReadOwner));
    const Run readOnly = run({"import", csv, "--table", "t", "--database", m_db});
    QCOMPARE(readOnly.exitCode, 4);
    QVERIFY2(readOnly.err.contains("read-only"), qPrintable(readOnly.err));
}

void TestCli::waitsForBusyDatabase()
{
    const QString csv = write("a.csv", "a\n1\n2\n");
    Probe holder(m_db);
    QVERIFY(holder.exec("CREATE TABLE t (a INTEGER)"));
    QVERIFY(holder.exec("BEGIN IMMEDIATE"));
    QVERIFY(holder.exec("INSERT INTO t VALUES (0)"));

    QProcess process;
    process.setProcessEnvironment(m_environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    qint64 releasedAt = -1;
    QTimer::singleShot(1000, this, [&] {
        holder.exec("COMMIT");
        releasedAt = clock.elapsed();
    });
    clock.start();
    process.start(ROWBOOK_EXECUTABLE, {"import", csv, "--table", "t", "--database", m_db});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(releasedAt > 0); // it waited for the lock instead of failing
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
             QString("Imported 2 rows into t\n"));
    QCOMPARE(holder.value("SELECT group_concat(a) FROM t").toString(), QString("0,1,2"));
}

void TestCli::defaultDatabase()
{
    const QString csv = write("a.csv", "a\n1\n");
    const Run r = run({"import", csv, "--table", "t"});
    QCOMPARE(r.exitCode, 0);
    QStringList found;
    QDirIterator it(m_dir->filePath("data"), {"rowbook.sqlite"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    QCOMPARE(found.size(), 1);
    Probe probe(found.first());
    QCOMPARE(probe.value("SELECT a FROM t").toInt(), 1);
    QVERIFY(probe.value("PRAGMA application_id").toInt() != 0); // prepared as Rowbook's own file
    const Run exported = run({"export", "--table", "t", "--format", "json"});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, QString("[\n{\"a\":1}\n]\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

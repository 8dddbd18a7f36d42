// `rowbook check`, `rowbook recover` and `rowbook import` into a damaged file (issue 11), run as
// the built executable. Checksums and folder listings prove the damaged file is untouched and
// that check creates no file.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using testsupport::Probe;
using testsupport::Run;
using testsupport::sha256;

namespace {

// Every row of a table, values quoted by SQLite, in rowid order.
QStringList dump(const Probe &probe, const QString &table)
{
    QSqlQuery query(probe.db());
    QStringList rows;
    if (!query.exec(QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(table)))
        return {query.lastError().text()};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString() + QLatin1Char(':')
                          + QString::fromLatin1(query.value(i).typeName());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestCheckVerbs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void help_data();
    void help();
    void checkSoundFile_data();
    void checkSoundFile();
    void checkDamagedFile_data();
    void checkDamagedFile();
    void checkTruncatedFile();
    void checkMissingFile();
    void checkWalFileCreatesNothing();
    void importRefusesDamagedFile();
    void recover();
    void recoverErrors();
    void recoverReportsWalAndWithoutRowid();

private:
    Run run(const QStringList &arguments);
    QString chinook(const QString &name, bool damaged);
    QStringList listing() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
};

void TestCheckVerbs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(ROWBOOK_EXECUTABLE));
}

void TestCheckVerbs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_environment = testsupport::isolatedEnvironment(*m_dir);
}

Run TestCheckVerbs::run(const QStringList &arguments)
{
    return testsupport::runRowbook(arguments, 60000, m_environment, m_dir->path());
}

// A copy of Chinook; damaged: page 2 (the root of Album) overwritten with random bytes.
QString TestCheckVerbs::chinook(const QString &name, bool damaged)
{
    const QString path = m_dir->filePath(name);
    if (!QFile::copy(testsupport::chinookPath(), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (damaged) {
        QFile file(path);
        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator generator(2);
        generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(4096) || file.write(garbage) != 4096)
            return {};
    }
    return path;
}

QStringList TestCheckVerbs::listing() const
{
    return QDir(m_dir->path())
        .entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
}

void TestCheckVerbs::help_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("usage");
    QTest::newRow("check") << "check"
                           << "rowbook check [--database PATH] [--full]";
    QTest::newRow("recover") << "recover"
                             << "rowbook recover DAMAGED --output NEW";
}

void TestCheckVerbs::help()
{
    QFETCH(QString, verb);
    QFETCH(QString, usage);
    const Run r = run({verb, "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Usage: " + usage), qPrintable(r.out));
    QCOMPARE(r.err, QString());
}

void TestCheckVerbs::checkSoundFile_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("quick") << false;
    QTest::newRow("full") << true;
}

void TestCheckVerbs::checkSoundFile()
{
    QFETCH(bool, full);
    const QString path = chinook("sound.sqlite", false);
    const QByteArray before = sha256(path);
    const QStringList files = listing();
    QStringList arguments{"check", "--database", path};
    if (full)
        arguments << "--full";
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("ok\n"));
    QCOMPARE(r.err, QString());
    QCOMPARE(sha256(path), before);
    QCOMPARE(listing(), files);
}

void TestCheckVerbs::checkDamagedFile_data()
{
    checkSoundFile_data();
}

void TestCheckVerbs::checkDamagedFile()
{
    QFETCH(bool, full);
    const QString path = chinook("damaged.sqlite", true);
    const QByteArray before = sha256(path);
    const QStringList files = listing();
    QStringList arguments{"check", "--database", path};
    if (full)
        arguments << "--full";
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains("Page 2"), qPrintable(r.out)); // what SQLite found
    QVERIFY(!r.out.contains("ok\n"));
    QVERIFY2(r.err.startsWith("rowbook check: The database file " + path + " is damaged"),
             qPrintable(r.err));
    QVERIFY2(r.err.contains("rowbook recover " + path + " --output NEW"), qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(sha256(path), before);
    QCOMPARE(listing(), files);
}

void TestCheckVerbs::checkTruncatedFile()
{
    const QString path = chinook("cut.sqlite", false);
    QVERIFY(QFile::resize(path, qint64(100) * 4096));
    const QByteArray before = sha256(path);
    const Run r = run({"check", "--database", path});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains("shorter than its header says"), qPrintable(r.out));
    QCOMPARE(sha256(path), before);
}

void TestCheckVerbs::checkMissingFile()
{
    const QString path = m_dir->filePath("missing.sqlite");
    Run r = run({"check", "--database", path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("There is no database file " + path + "."), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
    // Without --database: the user's own database, which is not created either.
    r = run({"check"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QDir(m_dir->filePath("data")).exists());
    QCOMPARE(listing(), QStringList());
}

void TestCheckVerbs::checkWalFileCreatesNothing()
{
    // Rowbook's own files are in WAL mode: checking one creates no -wal or -shm file.
    const QString path = m_dir->filePath("ours.sqlite");
    const QString csv = m_dir->filePath("a.csv");
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,x\n2,y\n");
    }
    QCOMPARE(run({"import", csv, "--table", "t", "--database", path}).exitCode, 0);
    QCOMPARE(Probe(path).value("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    const QStringList files = listing();
    QVERIFY(!files.contains("ours.sqlite-shm"));
    const QByteArray before = sha256(path);
    const Run r = run({"check", "--database", path, "--full"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("ok\n"));
    QCOMPARE(listing(), files);
    QCOMPARE(sha256(path), before);
}

void TestCheckVerbs::importRefusesDamagedFile()
{
    const QString path = chinook("damaged.sqlite", true);
    const QString csv = m_dir->filePath("genres.csv");
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GenreId,Name\n100,Polka\n");
    }
    const QByteArray before = sha256(path);
    for (const QString &table : {QStringLiteral("Genre"), QStringLiteral("Polkas")}) {
        const Run r = run({"import", csv, "--table", table, "--database", path});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("The database file is damaged, so Rowbook will not write to it"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("rowbook recover"), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(sha256(path), before);
    }
}

void TestCheckVerbs::recover()
{
    const QString path = chinook("damaged.sqlite", true);
    const QByteArray before = sha256(path);
    const QString output = m_dir->filePath("recovered.sqlite");
    const Run r = run({"recover", path, "--output", output});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(sha256(path), before);
    QVERIFY2(r.out.contains("Album: 347 rows recovered\n"), qPrintable(r.out));
    QVERIFY2(r.out.contains("Track: 3503 rows recovered\n"), qPrintable(r.out));
    QVERIFY2(r.out.contains("Recovered 15607 rows into " + output + "."), qPrintable(r.out));
    QVERIFY(!r.out.contains("lost_and_found"));
    QCOMPARE(r.err, QString());

    Probe recovered(output);
    Probe original(testsupport::chinookPath(), QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(recovered.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    for (const char *table :
         {"Album", "Artist", "Track", "Invoice", "InvoiceLine", "PlaylistTrack"})
        QCOMPARE(dump(recovered, table), dump(original, table));
}

void TestCheckVerbs::recoverErrors()
{
    const QString path = chinook("damaged.sqlite", true);
    const QString output = m_dir->filePath("recovered.sqlite");
    Run r = run({"recover", path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--output NEW"), qPrintable(r.err));
    r = run({"recover", m_dir->filePath("missing.sqlite"), "--output", output});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir->filePath("missing.sqlite")));
    QVERIFY(!QFile::exists(output));

    QVERIFY(QFile::copy(path, output));
    const QByteArray existing = sha256(output);
    r = run({"recover", path, "--output", output});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already exists"), qPrintable(r.err));
    QCOMPARE(sha256(output), existing);
}

// What recover does not read is said, one line each: a write-ahead log beside the file (its
// commits are not in the new file) and a WITHOUT ROWID table (skipped).
void TestCheckVerbs::recoverReportsWalAndWithoutRowid()
{
    const QString source = m_dir->filePath("wal-source.sqlite");
    const QString path = m_dir->filePath("wal.sqlite");
    {
        Probe probe(source);
        QVERIFY(probe.exec("PRAGMA journal_mode = WAL"));
        QVERIFY(probe.exec("PRAGMA wal_autocheckpoint = 0"));
        QVERIFY(probe.exec("CREATE TABLE kept (id INTEGER PRIMARY KEY, v TEXT)"));
        QVERIFY(probe.exec("CREATE TABLE pairs (k TEXT PRIMARY KEY, v) WITHOUT ROWID"));
        QVERIFY(probe.exec("INSERT INTO kept (v) VALUES ('a'), ('b')"));
        QVERIFY(probe.exec("INSERT INTO pairs VALUES ('x', 1)"));
        QVERIFY(probe.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(probe.exec("INSERT INTO kept (v) VALUES ('only in the log')"));
        // A copy while the connection is open: the last commit is only in the -wal file.
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + "-wal", path + "-wal"));
    }
    QVERIFY(QFileInfo(path + "-wal").size() > 0);
    const QString output = m_dir->filePath("wal-recovered.sqlite");
    const Run r = run({"recover", path, "--output", output});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("kept: 2 rows recovered\n"), qPrintable(r.out));
    const QStringList lines = r.err.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains("write-ahead log") && lines[0].contains(path + "-wal")
                 && lines[0].contains("was not read"),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].contains("“pairs”") && lines[1].contains("WITHOUT ROWID")
                 && lines[1].contains("not recovered"),
             qPrintable(lines[1]));
    Probe recovered(output, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(recovered.value("SELECT group_concat(v, ',') FROM kept").toString(),
             QStringLiteral("a,b"));
}

QTEST_GUILESS_MAIN(TestCheckVerbs)
#include "tst_checkverbs.moc"

// Starting the rowbook executable: mistyped verbs and unknown options fail with one line and exit
// code 2, a missing display is one line and a non-zero code (never a core dump), verbs that only
// read never change a byte, and new files start empty.

#include "database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using testsupport::Probe;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

} // namespace

class TestLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(ROWBOOK_EXECUTABLE))); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), m_dir->path());
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                             m_dir->filePath(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                             m_dir->filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
        // No display at all: what a server or a CI job has.
        m_environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        m_environment.remove(QStringLiteral("DISPLAY"));
        m_environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }

    void mistypedVerb_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("imprt") << QStringList{"imprt", "data.csv", "--table", "t"}
                               << "rowbook: unknown command 'imprt'; did you mean 'import'? ";
        QTest::newRow("exprot") << QStringList{"exprot", "--table", "t"}
                                << "rowbook: unknown command 'exprot'; did you mean 'export'? ";
        QTest::newRow("Backup") << QStringList{"Backup"}
                                << "rowbook: unknown command 'Backup'; did you mean 'backup'? ";
        QTest::newRow("bare word") << QStringList{"frobnicate"}
                                   << "rowbook: unknown command 'frobnicate' (commands: import, ";
    }

    void mistypedVerb()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        write(QStringLiteral("data.csv"), "a\n1\n");
        const QStringList before = files();
        for (bool display : {false, true}) {
            const Run r = run(arguments, display);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY(r.err.contains(QStringLiteral("See “rowbook --help”.")));
            QCOMPARE(files(), before); // no database named "imprt", nothing in the data folder
        }
    }

    void unknownOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("window") << QStringList{"--bogus"}
                                << "rowbook: Unknown option 'bogus'. See “rowbook --help”.\n";
        QTest::newRow("window, missing value")
            << QStringList{"--database"}
            << "rowbook: Missing value after '--database'. See “rowbook --help”.\n";
        QTest::newRow("import") << QStringList{"import", "--bogus"}
                                << "rowbook import: Unknown option 'bogus'. See “rowbook import "
                                   "--help”.\n";
        QTest::newRow("two files") << QStringList{"a.sqlite", "b.sqlite"}
                                   << "rowbook: Give one database file, not 2. See “rowbook "
                                      "--help”.\n";
    }

    void unknownOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        for (bool display : {false, true}) {
            const Run r = run(arguments, display);
            QVERIFY(!r.crashed);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err, expected);
            QVERIFY(!r.err.contains(QLatin1String("..")));
        }
        QCOMPARE(files(), QStringList());
    }

    void noDisplayIsOneLine_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("default platform") << QString();
        QTest::newRow("xcb") << "xcb";
    }

    void noDisplayIsOneLine()
    {
        QFETCH(QString, platform);
        if (!platform.isEmpty())
            m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        const QString path = m_dir->filePath(QStringLiteral("window.sqlite"));
        const Run r = run({QStringLiteral("--database"), path}, false);
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("rowbook: No display is available")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(path));
    }

    void exportChangesNoByte_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("zero bytes") << "zero";
        QTest::newRow("chinook") << "chinook";
        QTest::newRow("own WAL file") << "own";
    }

    void exportChangesNoByte()
    {
        QFETCH(QString, kind);
        const QString path = m_dir->filePath(QStringLiteral("read.sqlite"));
        QString table = QStringLiteral("items");
        if (kind == QLatin1String("zero")) {
            write(QStringLiteral("read.sqlite"), {});
            table = QStringLiteral("nothing");
        } else if (kind == QLatin1String("chinook")) {
            QVERIFY(testsupport::copyOfChinook(path));
            table = QStringLiteral("Genre");
        } else {
            QVERIFY(rowbook::Database::prepare(path).isOpen());
        }
        const QByteArray sha = testsupport::sha256(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const QStringList before = files();
        QTest::qSleep(20);
        const Run r = run({QStringLiteral("export"), QStringLiteral("--database"), path,
                           QStringLiteral("--table"), table},
                          false);
        if (kind == QLatin1String("zero")) {
            QCOMPARE(r.exitCode, 2); // no such table
            QVERIFY2(r.err.contains(QLatin1String("nothing")), qPrintable(r.err));
        } else {
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.count(QLatin1Char('\n')) > 5);
        }
        QCOMPARE(testsupport::sha256(path), sha);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(files(), before); // no -wal, -shm or -journal appeared
    }

    void exportNeverCreates()
    {
        const QString path = m_dir->filePath(QStringLiteral("missing.sqlite"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--database"), path,
                           QStringLiteral("--table"), QStringLiteral("t")},
                          false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(path));
        // Nor the user's own database, when there is none yet.
        const Run own = run(
            {QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("t")}, false);
        QCOMPARE(own.exitCode, 2);
        QCOMPARE(files(), QStringList());
    }

    void importIntoNewFileStartsEmpty()
    {
        const QString csv = write(QStringLiteral("data.csv"), "name,size\nbolt,3\nnut,5\n");
        const QString path = m_dir->filePath(QStringLiteral("new.sqlite"));
        const Run r = run({QStringLiteral("import"), csv, QStringLiteral("--table"),
                           QStringLiteral("items"), QStringLiteral("--database"), path},
                          false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("SELECT group_concat(name || '=' || size) FROM items")),
                 QVariant(QStringLiteral("bolt=3,nut=5")));
        QCOMPARE(probe.value(QStringLiteral("PRAGMA application_id")).toInt(),
                 rowbook::Database::applicationId);
        QCOMPARE(probe.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(probe
                     .value(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                           "sqlite_master WHERE type = 'table' ORDER BY name)"))
                     .toString(),
                 QStringLiteral("_rowbook_meta,items"));
    }

    void importIntoForeignEmptyFileAddsNoMarks()
    {
        const QString csv = write(QStringLiteral("data.csv"), "a\n1\n");
        const QString path = write(QStringLiteral("empty.db"), {});
        const Run r = run({QStringLiteral("import"), csv, QStringLiteral("--table"),
                           QStringLiteral("t"), QStringLiteral("--database"), path},
                          false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        Probe probe(path);
        QCOMPARE(
            probe.value(QStringLiteral("SELECT group_concat(name) FROM sqlite_master")).toString(),
            QStringLiteral("t"));
        QCOMPARE(probe.value(QStringLiteral("PRAGMA application_id")).toInt(), 0);
        QVERIFY(probe.value(QStringLiteral("PRAGMA journal_mode")).toString()
                != QLatin1String("wal"));
    }

    void importsCreateTheOwnDatabaseWithStarter()
    {
        const QString csv = write(QStringLiteral("data.csv"), "a\n1\n");
        const Run r = run(
            {QStringLiteral("import"), csv, QStringLiteral("--table"), QStringLiteral("t")}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString own = m_dir->filePath(QStringLiteral("data/Rowbook/rowbook.sqlite"));
        Probe probe(own);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
    }

private:
    Run run(const QStringList &arguments, bool display)
    {
        QProcessEnvironment environment = m_environment;
        if (display)
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral(ROWBOOK_EXECUTABLE), arguments);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.crashed = process.exitStatus() != QProcess::NormalExit;
        result.exitCode = result.crashed ? -2 : process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Every file under the temporary home (databases, data folder, journals), relative paths.
    QStringList files() const
    {
        QStringList names;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            names << QDir(m_dir->path()).relativeFilePath(it.next());
        names.removeAll(QStringLiteral("data.csv"));
        names.sort();
        return names;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"

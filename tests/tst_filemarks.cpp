// Which files get Rowbook's marks (application_id, WAL, _rowbook_meta, the starter table), which
// are opened without a byte changing, and the one-SQLite-library check.

#include "catalog.h"
#include "database.h"
#include "schema.h"
#include "sqlitelibrary.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace rowbook;
using testsupport::Probe;

namespace {

// What a reading open must leave exactly as it was.
struct Snapshot
{
    QByteArray sha;
    QDateTime modified;
    QStringList files;

    static Snapshot of(const QString &path)
    {
        return {testsupport::sha256(path), QFileInfo(path).lastModified(),
                QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden)};
    }
    bool operator==(const Snapshot &other) const
    {
        return sha == other.sha && modified == other.modified && files == other.files;
    }
};

char *toString(const Snapshot &s)
{
    return QTest::toString(QStringLiteral("%1 %2 [%3]")
                               .arg(QString::fromLatin1(s.sha.toHex().left(12)),
                                    s.modified.toString(Qt::ISODateWithMs), s.files.join(',')));
}

bool sqlite3Shell(const QString &path, const QString &sql)
{
    return QProcess::execute(QStringLiteral("sqlite3"), {path, sql}) == 0;
}

} // namespace

class TestFileMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("Rowbook"));
    }

    void newFileGetsMarksOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        const DatabaseInfo info = Database::prepare(path, Database::Open::Create);
        QVERIFY2(info.isOpen(), qPrintable(info.error.detail));
        QVERIFY(info.created);
        QVERIFY(info.ours);
        QCOMPARE(info.journalMode, QStringLiteral("wal"));
        QCOMPARE(info.userVersion, Schema::latestVersion);
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::applicationId);
        QCOMPARE(probe
                     .value(QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE "
                                           "type = 'table'"))
                     .toString(),
                 QStringLiteral("_rowbook_meta"));
        QCOMPARE(probe
                     .value(QStringLiteral("SELECT count(*) FROM _rowbook_meta WHERE key = "
                                           "'file_id'"))
                     .toInt(),
                 1);
        QCOMPARE(Catalog::objects(probe.db()).size(), 0); // nothing for the table list
    }

    void starterModeGivesTheStarterTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.sqlite"));
        QVERIFY(Database::prepare(path, Database::Open::Starter).isOpen());
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
    }

    void ownFileKeepsMigrating()
    {
        // A file an older Rowbook left at version 1 (starter table, no metadata) still migrates,
        // also when it is opened with the mode that creates files empty.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            Probe probe(path);
            QVERIFY(!Schema::migrate(probe.db(), 1).isError());
        }
        const DatabaseInfo info = Database::prepare(path, Database::Open::Existing);
        QVERIFY(info.ours);
        QCOMPARE(info.userVersion, Schema::latestVersion);
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM _rowbook_meta")).toInt(), 3);
    }

    void foreignEmptyFileStaysForeign_data()
    {
        QTest::addColumn<QString>("sql"); // empty: a zero-byte file
        QTest::addColumn<int>("mode");
        const QString dropped = QStringLiteral("create table t(x); drop table t;");
        for (const auto &[name, mode] : {std::pair{"starter", Database::Open::Starter},
                                         {"create", Database::Open::Create},
                                         {"existing", Database::Open::Existing}}) {
            QTest::addRow("zero bytes, %s", name) << QString() << int(mode);
            QTest::addRow("sqlite3 table dropped, %s", name) << dropped << int(mode);
        }
    }

    void foreignEmptyFileStaysForeign()
    {
        QFETCH(QString, sql);
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        if (sql.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            QVERIFY(sqlite3Shell(path, sql));
        }
        const QByteArray before = testsupport::sha256(path);
        const DatabaseInfo info = Database::prepare(path, Database::Open(mode));
        QVERIFY2(info.isOpen(), qPrintable(info.error.detail));
        QVERIFY(!info.ours);
        QVERIFY(!info.created);
        QCOMPARE(info.userVersion, 0);
        QVERIFY(info.journalMode != QLatin1String("wal"));
        QCOMPARE(testsupport::sha256(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        Probe probe(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0);
        QCOMPARE(probe.value(QStringLiteral("PRAGMA application_id")).toInt(), 0);
    }

    void existingModesNeverCreate_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("existing") << int(Database::Open::Existing);
        QTest::newRow("read-only") << int(Database::Open::ReadOnly);
    }

    void existingModesNeverCreate()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        const DatabaseInfo info = Database::prepare(path, Database::Open(mode));
        QVERIFY(!info.isOpen());
        QVERIFY(info.error.userMessage().contains(QLatin1String("missing.sqlite")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void readOnlyChangesNoByte_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("zero bytes") << "zero";
        QTest::newRow("chinook") << "chinook";
        QTest::newRow("own WAL file") << "own";
        QTest::newRow("own file at version 1") << "old";
    }

    void readOnlyChangesNoByte()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("read.sqlite"));
        if (kind == QLatin1String("zero")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("chinook")) {
            QVERIFY(QFile::copy(testsupport::chinookPath(), path));
        } else if (kind == QLatin1String("own")) {
            QVERIFY(Database::prepare(path).isOpen());
        } else {
            Probe probe(path);
            QVERIFY(!Schema::migrate(probe.db(), 1).isError());
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Snapshot before = Snapshot::of(path);
        QTest::qSleep(20); // a write would show in the modification time
        const DatabaseInfo info = Database::prepare(path, Database::Open::ReadOnly);
        QVERIFY2(info.isOpen(), qPrintable(info.error.detail));
        QVERIFY(info.readOnly);
        const QString name = Database::uniqueConnectionName(QStringLiteral("test"));
        {
            QSqlDatabase reader = Database::connect(info, name, Database::Role::Reader);
            QVERIFY(reader.isOpen());
            for (const Catalog::Entry &entry : Catalog::objects(reader))
                QVERIFY(Catalog::rowCount(reader, entry.name) >= 0);
        }
        Database::disconnect(name);
        QCOMPARE(Snapshot::of(path), before);
    }

    void sqliteLibraryComparison_data()
    {
        QTest::addColumn<QString>("linked");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<bool>("refused");
        const QString id = QStringLiteral("2022-12-27 14:26:05 "
                                          "29ad83c4d3d0c7ab56c3ac6a8e3e1c4e1b2b4e0a7c2c1d2e");
        QTest::newRow("same") << id << id << false;
        QTest::newRow("same, trailing newline") << id << id + QLatin1Char('\n') << false;
        QTest::newRow("other version")
            << id
            << QStringLiteral("2024-03-12 11:06:23 "
                              "d8cd6d49b46a395b13955387d05e9e1a2a47e54fb99f3c9b59835bbefad6af77")
            << true;
        QTest::newRow("same date, other build")
            << id << QString(id).replace(QLatin1Char('a'), QLatin1Char('b')) << true;
        QTest::newRow("no driver") << id << QString() << true;
    }

    void sqliteLibraryComparison()
    {
        QFETCH(QString, linked);
        QFETCH(QString, driver);
        QFETCH(bool, refused);
        const QString message = SqliteLibrary::mismatch(linked, driver);
        QCOMPARE(!message.isEmpty(), refused);
        if (refused) {
            QVERIFY(message.endsWith(QLatin1Char('.')));
            QVERIFY(!message.endsWith(QLatin1String("..")));
        }
    }

    void thisBuildUsesOneSqliteLibrary()
    {
        QCOMPARE(SqliteLibrary::linkedSourceId(), QString::fromLatin1(sqlite3_sourceid()));
        QCOMPARE(SqliteLibrary::driverSourceId(), SqliteLibrary::linkedSourceId());
        QCOMPARE(SqliteLibrary::check(), QString());
    }
};

QTEST_GUILESS_MAIN(TestFileMarks)
#include "tst_filemarks.moc"

#include "backup.h"
#include "database.h"
#include "saver.h"
#include "schema.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace rowbook;
using testsupport::LockHolder;
using testsupport::Probe;
using testsupport::Run;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

QStringList names(const QString &path)
{
    Probe probe(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlQuery query(probe.db());
    query.exec(QStringLiteral("SELECT name FROM items ORDER BY id"));
    QStringList out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}

QString integrity(const QString &path)
{
    Probe probe(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    return probe.value(QStringLiteral("PRAGMA integrity_check")).toString();
}

Run runRowbook(const QStringList &arguments)
{
    return testsupport::runRowbook(arguments, 30000);
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2030, 1, day), QTime(hour, 0)).toUTC(); // local time, as people see it
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral("/rowbook.sqlite"));
        const DatabaseInfo info = Database::prepare(path);
        return info.isOpen() ? path : QString();
    }

    QString chinookCopy(const QString &name)
    {
        QDir(m_dir.path()).mkpath(name);
        const QString path = m_dir.filePath(name + QStringLiteral("/Chinook_Sqlite.sqlite"));
        if (!QFile::copy(testsupport::chinookPath(), path))
            return {};
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("Rowbook"));
        QVERIFY(m_dir.isValid());
    }

    void consistentWhileAnotherProcessWrites_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("ours, WAL") << true;
        QTest::newRow("foreign, rollback journal") << false;
    }

    // Another process is half-way through a write transaction: the backup holds the last
    // committed state, none of the uncommitted rows, and is a sound database on its own.
    void consistentWhileAnotherProcessWrites()
    {
        QFETCH(bool, wal);
        const QString path = wal ? newDatabase(QStringLiteral("consistent-wal"))
                                 : chinookCopy(QStringLiteral("consistent-rollback"));
        QVERIFY(!path.isEmpty());
        const QString table = wal ? QStringLiteral("items") : QStringLiteral("Genre");
        const QString column = wal ? QStringLiteral("name") : QStringLiteral("Name");
        const qint64 before
            = Probe(path).value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        QVERIFY(before > 0);
        {
            Probe probe(path);
            QCOMPARE(probe.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                     wal ? QStringLiteral("wal") : QStringLiteral("delete"));
        }

        LockHolder writer;
        QVERIFY(
            writer.acquire(path, QStringLiteral("BEGIN IMMEDIATE;\n"
                                                "INSERT INTO %1 (%2) VALUES ('uncommitted 1');\n"
                                                "INSERT INTO %1 (%2) VALUES ('uncommitted 2')")
                                     .arg(table, column)));
        const Backup::Result result = Backup::create(path, Backup::Reason::Manual);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        writer.release(); // commits the two rows now

        QCOMPARE(
            Probe(path).value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong(),
            before + 2);
        Probe backup(result.path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(backup.value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong(),
                 before);
        QCOMPARE(backup
                     .value(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 LIKE 'uncommitted%'")
                                .arg(table, column))
                     .toInt(),
                 0);
        QCOMPARE(backup.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(backup.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        // Only the finished backup is left: no partial file, no journal.
        QCOMPARE(QDir(Backup::folderFor(path)).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(result.path).fileName()});
    }

    void namesModesAndFolder()
    {
        const QString path = newDatabase(QStringLiteral("modes"));
        const Backup::Result result
            = Backup::create(path, Backup::Reason::Daily, 7,
                             QDateTime(QDate(2026, 11, 25), QTime(9, 12, 3), Qt::UTC));
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(QFileInfo(result.path).fileName(),
                 QStringLiteral("rowbook-2026-11-25T09-12-03Z-daily.sqlite"));
        QCOMPARE(QFileInfo(result.path).absolutePath(),
                 QFileInfo(path).absolutePath() + QStringLiteral("/backups"));
        QCOMPARE(modeOf(Backup::folderFor(path)), 0700u);
        QCOMPARE(modeOf(result.path), 0600u);
        QCOMPARE(integrity(result.path), QStringLiteral("ok"));
        QCOMPARE(names(result.path), names(path));

        const QVector<Backup::Entry> entries = Backup::list(path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].reason, Backup::Reason::Daily);
        QCOMPARE(entries[0].time, QDateTime(QDate(2026, 11, 25), QTime(9, 12, 3), Qt::UTC));
        QCOMPARE(entries[0].size, QFileInfo(result.path).size());
    }

    void sameSecondGetsSequence()
    {
        const QString path = newDatabase(QStringLiteral("sequence"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Backup::Result first = Backup::create(path, Backup::Reason::Manual, 7, now);
        const Backup::Result second = Backup::create(path, Backup::Reason::Manual, 7, now);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.path != second.path);
        const QVector<Backup::Entry> entries = Backup::list(path);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].path, second.path); // newest first
    }

    void rotationKeepsNewestAndOnlyOurFiles()
    {
        const QString path = newDatabase(QStringLiteral("rotation"));
        const QString folder = Backup::folderFor(path);
        QVERIFY(QDir().mkpath(folder));
        // Files that are not our backups of this database survive rotation.
        const QStringList strangers{QStringLiteral("notes.txt"),
                                    QStringLiteral("rowbook-copy.sqlite"),
                                    QStringLiteral("other-2030-01-01T00-00-00Z-daily.sqlite"),
                                    QStringLiteral("rowbook-2001-01-01T00-00-00Z-weekly.sqlite")};
        for (const QString &name : strangers) {
            QFile file(QDir(folder).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        QStringList made;
        const QDateTime base(QDate(2030, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 10; ++i) {
            const Backup::Result result
                = Backup::create(path, Backup::Reason::Manual, 3, base.addSecs(qint64(60) * i));
            QVERIFY2(result.ok(), qPrintable(result.error.detail));
            made << result.path;
        }
        const QVector<Backup::Entry> entries = Backup::list(path);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].path, made[9]);
        QCOMPARE(entries[1].path, made[8]);
        QCOMPARE(entries[2].path, made[7]);
        for (const QString &name : strangers)
            QVERIFY2(QFile::exists(QDir(folder).filePath(name)), qPrintable(name));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3 + strangers.size());
    }

    // Before a migration of a file that already has data, a backup holds the old version.
    void backupBeforeMigration()
    {
        const QString path = m_dir.filePath(QStringLiteral("migration/rowbook.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            Probe old(path);
            QCOMPARE(Schema::migrate(old.db(), 1).kind, StorageError::None);
            QVERIFY(old.exec(QStringLiteral("INSERT INTO items (name) VALUES ('typed by hand')")));
        }
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        QVERIFY(!info.readOnly);
        QCOMPARE(info.userVersion, Schema::latestVersion);

        const QVector<Backup::Entry> entries = Backup::list(path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].reason, Backup::Reason::PreMigration);
        Probe backup(entries[0].path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(backup.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(backup
                     .value(QStringLiteral(
                         "SELECT count(*) FROM sqlite_master WHERE name = '_rowbook_meta'"))
                     .toInt(),
                 0);
        QCOMPARE(
            backup.value(QStringLiteral("SELECT count(*) FROM items WHERE name = 'typed by hand'"))
                .toInt(),
            1);
        QCOMPARE(modeOf(entries[0].path), 0600u);

        // No migration, no backup; new files and other programs' files get none either.
        QVERIFY(Database::prepare(path).isOpen());
        QCOMPARE(Backup::list(path).size(), 1);
        const QString fresh = newDatabase(QStringLiteral("fresh"));
        QVERIFY(!QFileInfo::exists(Backup::folderFor(fresh)));
        const QString foreign = chinookCopy(QStringLiteral("foreign"));
        QVERIFY(Database::prepare(foreign).isOpen());
        QVERIFY(!QFileInfo::exists(Backup::folderFor(foreign)));
    }

    void dailyAtMostOncePerDay()
    {
        const QString path = newDatabase(QStringLiteral("daily"));
        QVERIFY(Backup::isDailyDue(path, at(15, 9)));
        const Backup::Result first = Backup::dailyIfDue(path, 7, at(15, 9));
        QVERIFY(first.ok() && !first.path.isEmpty());
        const Backup::Result again = Backup::dailyIfDue(path, 7, at(15, 23));
        QVERIFY(again.ok());
        QVERIFY(again.path.isEmpty());
        const Backup::Result nextDay = Backup::dailyIfDue(path, 7, at(16, 7));
        QVERIFY(!nextDay.path.isEmpty());
        QCOMPARE(Backup::list(path).size(), 2);
        // Any backup counts, e.g. one made before a migration that morning.
        QVERIFY(Backup::create(path, Backup::Reason::PreMigration, 7, at(17, 6)).ok());
        QVERIFY(!Backup::isDailyDue(path, at(17, 20)));
    }

    // The save worker makes the daily backup when a file of ours is opened for editing.
    void dailyBackupOnLaunch()
    {
        const QString path = m_dir.filePath(QStringLiteral("launch/rowbook.sqlite"));
        auto launch = [&] {
            const DatabaseInfo info = Database::prepare(path);
            Saver saver(info);
            QSignalSpy opened(&saver, &Saver::opened);
            QVERIFY(opened.wait(10000));
            QVERIFY(opened.first().at(0).toBool());
            SaveBatch batch; // queued behind the backup on the worker's thread
            batch.id = 1;
            QSignalSpy finished(&saver, &Saver::finished);
            saver.submit(batch);
            QVERIFY(finished.wait(10000));
        };
        launch(); // creates the file: nothing to back up yet
        QCOMPARE(Backup::list(path).size(), 0);
        launch();
        QCOMPARE(Backup::list(path).size(), 1);
        QCOMPARE(Backup::list(path).first().reason, Backup::Reason::Daily);
        launch();
        QCOMPARE(Backup::list(path).size(), 1);
    }

    void commandLine()
    {
        const QString path = newDatabase(QStringLiteral("cli"));
        Run run = runRowbook({QStringLiteral("backup"), QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 0);
        const QString made = run.out.trimmed();
        QVERIFY2(QFileInfo(made).isFile(), qPrintable(run.out + run.err));
        QCOMPARE(QFileInfo(made).absolutePath(), Backup::folderFor(path));
        QVERIFY(made.endsWith(QLatin1String("-manual.sqlite")));
        QCOMPARE(names(made), names(path));

        const QString output = m_dir.filePath(QStringLiteral("cli/elsewhere.sqlite"));
        run = runRowbook({QStringLiteral("backup"), QStringLiteral("--database"), path,
                          QStringLiteral("--output"), output});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), output);
        QCOMPARE(modeOf(output), 0600u);
        QCOMPARE(integrity(output), QStringLiteral("ok"));

        // An existing output is never overwritten.
        const QByteArray sum = testsupport::sha256(output);
        run = runRowbook({QStringLiteral("backup"), QStringLiteral("--database"), path,
                          QStringLiteral("-o"), output});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("already exists")), qPrintable(run.err));
        QCOMPARE(testsupport::sha256(output), sum);

        run = runRowbook({QStringLiteral("backup"), QStringLiteral("--database"),
                          m_dir.filePath(QStringLiteral("cli/missing.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("There is no database file")));

        const QString garbage = m_dir.filePath(QStringLiteral("cli/garbage.sqlite"));
        {
            QFile file(garbage);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        run = runRowbook({QStringLiteral("backup"), QStringLiteral("--database"), garbage});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QLatin1String("not a database")), qPrintable(run.err));
        QCOMPARE(Backup::list(garbage).size(), 0);
        QCOMPARE(QDir(Backup::folderFor(garbage)).entryList(QDir::Files | QDir::Hidden).size(),
                 1); // only the earlier backup of rowbook.sqlite: no partial file left behind

        run = runRowbook({QStringLiteral("backup"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--output")));
    }

    void restoreRoundTrip()
    {
        const QString path = newDatabase(QStringLiteral("restore"));
        const QStringList original = names(path);
        const Backup::Result saved = Backup::create(path, Backup::Reason::Manual);
        QVERIFY(saved.ok());

        Probe other(path); // a connection that stays open across the restore
        QVERIFY(other.exec(QStringLiteral("UPDATE items SET name = 'changed' WHERE id = 1")));
        QVERIFY(other.exec(QStringLiteral("DELETE FROM items WHERE id > 3")));
        const QStringList changed = names(path);
        QVERIFY(changed != original);

        const Backup::Result restored = Backup::restore(path, saved.path);
        QVERIFY2(restored.ok(), qPrintable(restored.error.detail));
        QCOMPARE(names(path), original);
        QCOMPARE(other.value(QStringLiteral("SELECT count(*) FROM items")).toInt(),
                 original.size());
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        QCOMPARE(Probe(path).value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        // The state before the restore was kept.
        QCOMPARE(Backup::list(path).first().path, restored.path);
        QCOMPARE(Backup::list(path).first().reason, Backup::Reason::PreRestore);
        QCOMPARE(names(restored.path), changed);
        QVERIFY(Database::prepare(path).isOpen());
    }

    void restoreRefusesDamagedBackup()
    {
        const QString path = newDatabase(QStringLiteral("restore-damaged"));
        const Backup::Result saved = Backup::create(path, Backup::Reason::Manual);
        QVERIFY(saved.ok());
        {
            QFile file(saved.path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4096); // page 2: the items table
            file.write(QByteArray(4096, '\x5a'));
        }
        const QByteArray before = testsupport::sha256(path);
        const Backup::Result restored = Backup::restore(path, saved.path);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error.kind, StorageError::Corrupt);
        QCOMPARE(testsupport::sha256(path), before);
        QCOMPARE(Backup::list(path).size(), 1); // no pre-restore backup either
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

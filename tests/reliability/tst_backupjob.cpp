// Backups on a worker thread: progress, the finished copy, and Cancel leaving no file behind.
#include "backup.h"
#include "backupjob.h"
#include "database.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestBackupJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Rowbook's own file with `megabytes` of rows, so the copy takes many steps.
    QString bigFile(const QString &name, int megabytes)
    {
        const QString path = m_dir.filePath(name);
        [&] {
            QVERIFY(Database::prepare(path).isOpen());
            Probe probe(path);
            QVERIFY(probe.exec(
                QStringLiteral("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)")));
            QVERIFY(probe.exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO blobs (data) SELECT randomblob(4000) FROM n")
                    .arg(megabytes * 256)));
        }();
        return path;
    }

    QStringList backupFolder(const QString &path) const
    {
        // This file's backups, hidden partial files included (other tests share the folder).
        const QString base = QFileInfo(path).completeBaseName();
        return QDir(Backup::folderFor(path))
            .entryList({base + QLatin1Char('*'), QLatin1Char('.') + base + QLatin1Char('*')},
                       QDir::Files | QDir::Hidden | QDir::System);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backupRunsOnTheWorkerWithProgress()
    {
        const QString path = bigFile(QStringLiteral("progress.sqlite"), 24);
        BackupJob job;
        QSignalSpy progress(&job, &BackupJob::progress);
        QSignalSpy finished(&job, &BackupJob::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(job.start(path, Backup::Reason::Manual));
        QVERIFY(clock.elapsed() < 50); // start() returns at once
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(path, Backup::Reason::Manual)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!job.isRunning());
        const auto result = finished.first().first().value<Backup::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QVERIFY(!result.canceled);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
        QVERIFY(progress.last().at(1).toLongLong() >= qint64(24) * 256);
        Probe copy(result.path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(copy.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(copy.value(QStringLiteral("SELECT count(*) FROM blobs")).toInt(), 24 * 256);
        QCOMPARE(backupFolder(path), QStringList{QFileInfo(result.path).fileName()});
    }

    void cancelLeavesNoPartialBackup()
    {
        const QString path = bigFile(QStringLiteral("cancel.sqlite"), 48);
        BackupJob job;
        QSignalSpy finished(&job, &BackupJob::finished);
        QVERIFY(job.start(path, Backup::Reason::Manual));
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto result = finished.first().first().value<Backup::Result>();
        QVERIFY(result.canceled);
        QVERIFY(!result.ok());
        QVERIFY(result.path.isEmpty());
        QCOMPARE(backupFolder(path), QStringList()); // no backup, no hidden partial, no journal
        QCOMPARE(Backup::list(path).size(), 0);

        // The next backup is whole.
        QVERIFY(job.start(path, Backup::Reason::Manual));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY(finished.last().first().value<Backup::Result>().ok());
        QCOMPARE(Backup::list(path).size(), 1);
    }

    // A writer going on during the copy (WAL) does not disturb the backup's snapshot.
    void backupIsConsistentWhileTheFileIsWritten()
    {
        const QString path = bigFile(QStringLiteral("busy.sqlite"), 16);
        BackupJob job;
        QSignalSpy finished(&job, &BackupJob::finished);
        QVERIFY(job.start(path, Backup::Reason::Manual));
        Probe writer(path);
        int written = 0;
        while (finished.isEmpty() && written < 2000) {
            if (writer.exec(QStringLiteral("INSERT INTO blobs (data) VALUES (x'00')")))
                ++written;
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto result = finished.first().first().value<Backup::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        Probe copy(result.path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(copy.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const int rows = copy.value(QStringLiteral("SELECT count(*) FROM blobs")).toInt();
        QVERIFY(rows >= 16 * 256 && rows <= 16 * 256 + written);
    }
};

QTEST_GUILESS_MAIN(TestBackupJob)
#include "tst_backupjob.moc"

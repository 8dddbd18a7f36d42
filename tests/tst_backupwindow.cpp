// File → Back Up Now in the window: the backup runs on a worker with progress and Cancel in the
// status bar, and the window keeps answering meanwhile.
#include "backup.h"
#include "backupjob.h"
#include "backupstatus.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "schema.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QProgressBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestBackupWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    BackupStatus *status() const
    {
        return m_window->findChild<BackupStatus *>(QStringLiteral("backupStatus"));
    }
    QAction *backUpNow() const
    {
        return m_window->findChild<QAction *>(QStringLiteral("backUpNow"));
    }
    // Manual backups and their partial files (the daily backup may be made on opening too).
    QStringList backups() const
    {
        return QDir(Backup::folderFor(m_path))
            .entryList({QStringLiteral("*manual*")}, QDir::Files | QDir::Hidden | QDir::System);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path
            = m_dir.filePath(QStringLiteral("%1/rowbook.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QVERIFY(Database::prepare(m_path).isOpen());
        Probe probe(m_path); // 32 MB, so the copy takes many steps
        QVERIFY(
            probe.exec(QStringLiteral("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)")));
        QVERIFY(probe.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                          "FROM n WHERE i < 8192) INSERT INTO blobs (data) SELECT "
                                          "randomblob(4000) FROM n")));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("items")));
    }

    void cleanup() { m_window.reset(); }

    void backUpNowRunsWithProgress()
    {
        QVERIFY(status());
        QVERIFY(!status()->isVisible());
        QVERIFY(backUpNow());
        backUpNow()->trigger(); // returns at once
        QVERIFY(status()->isVisible());
        QVERIFY(status()->job()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!status()->isVisible(), 60000);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Backed up to")));
        QVector<Backup::Entry> made = Backup::list(m_path);
        made.erase(std::remove_if(made.begin(), made.end(),
                                  [](const Backup::Entry &entry) {
                                      return entry.reason != Backup::Reason::Manual;
                                  }),
                   made.end());
        QCOMPARE(made.size(), 1);
        QCOMPARE(Probe(made.first().path, QStringLiteral("QSQLITE_OPEN_READONLY"))
                     .value(QStringLiteral("SELECT count(*) FROM blobs"))
                     .toInt(),
                 8192);
        QCOMPARE(backups().size(), 1); // nothing partial left beside it
    }

    void cancelKeepsNoFile()
    {
        backUpNow()->trigger();
        auto *cancel = status()->findChild<QToolButton *>(QStringLiteral("cancelBackup"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status()->isVisible(), 60000);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("The backup was canceled; no backup file was kept."));
        QCOMPARE(backups(), QStringList());
    }

    // Opening a file made by an older version: the backup before the upgrade runs on a worker,
    // with the progress in the status bar, while the event loop keeps turning; then the file is
    // upgraded and shown, and the backup holds the old version, row for row.
    void upgradeBacksUpOffTheGuiThread()
    {
        const QString old = m_dir.filePath(QStringLiteral("upgrade/old.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(old).absolutePath()));
        {
            Probe probe(old);
            QCOMPARE(Schema::migrate(probe.db(), 1).kind, StorageError::None);
            QVERIFY(probe.exec(
                QStringLiteral("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8192) "
                "INSERT INTO blobs (data) SELECT randomblob(4000) FROM n")));
        }
        QVERIFY(Database::needsMigrationBackup(old, Database::Open::Existing));
        QVERIFY(Backup::list(old).isEmpty());

        QSignalSpy opened(m_window->document(), &DocumentController::opened);
        int ticks = 0;
        int ticksWhileOpening = 0;
        bool statusShown = false;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            if (m_window->document()->isOpening()) {
                ++ticksWhileOpening;
                statusShown = statusShown || status()->isVisible();
            }
        });
        ticker.start(0);
        QVERIFY(m_window->openDatabase(old, QStringLiteral("blobs"))); // returns at once
        QVERIFY(m_window->document()->isOpening());
        QCOMPARE(opened.count(), 0);
        QVERIFY(status()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        ticker.stop();
        QVERIFY(!m_window->document()->isOpening());
        QVERIFY2(ticksWhileOpening > 0,
                 qPrintable(QStringLiteral("%1 ticks in all").arg(ticks))); // the loop turned
        QVERIFY(statusShown);
        QVERIFY(!status()->isVisible());

        QCOMPARE(m_window->workspace()->info().path, QFileInfo(old).absoluteFilePath());
        QVERIFY(!m_window->workspace()->isReadOnly());
        QCOMPARE(m_window->workspace()->info().userVersion, Schema::latestVersion);
        const QVector<Backup::Entry> made = Backup::list(old);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made[0].reason, Backup::Reason::PreMigration);
        Probe backup(made[0].path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(backup.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        Probe upgraded(old, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(upgraded.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 Schema::latestVersion);
        // The rows themselves: the same blobs in the backup as in the file.
        QSqlQuery left(backup.db());
        QSqlQuery right(upgraded.db());
        QVERIFY(left.exec(QStringLiteral("SELECT id, data FROM blobs ORDER BY id")));
        QVERIFY(right.exec(QStringLiteral("SELECT id, data FROM blobs ORDER BY id")));
        int rows = 0;
        while (left.next()) {
            QVERIFY(right.next());
            QCOMPARE(left.value(0), right.value(0));
            QVERIFY(left.value(1).toByteArray() == right.value(1).toByteArray());
            ++rows;
        }
        QVERIFY(!right.next());
        QCOMPARE(rows, 8192);
    }

    // Canceling that backup opens the file read-only, not upgraded, and says why.
    void canceledUpgradeBackupOpensReadOnly()
    {
        const QString old = m_dir.filePath(QStringLiteral("upgrade-cancel/old.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(old).absolutePath()));
        {
            Probe probe(old);
            QCOMPARE(Schema::migrate(probe.db(), 1).kind, StorageError::None);
            QVERIFY(probe.exec(
                QStringLiteral("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8192) "
                "INSERT INTO blobs (data) SELECT randomblob(4000) FROM n")));
        }
        QSignalSpy opened(m_window->document(), &DocumentController::opened);
        QVERIFY(m_window->openDatabase(old, QStringLiteral("blobs")));
        auto *cancel = status()->findChild<QToolButton *>(QStringLiteral("cancelBackup"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QVERIFY(m_window->workspace()->isReadOnly());
        QVERIFY2(
            m_window->workspace()->readOnlyReason().contains(QLatin1String("back the file up")),
            qPrintable(m_window->workspace()->readOnlyReason()));
        QCOMPARE(Probe(old, QStringLiteral("QSQLITE_OPEN_READONLY"))
                     .value(QStringLiteral("PRAGMA user_version"))
                     .toInt(),
                 1);
        QVERIFY(Backup::list(old).isEmpty());
    }
};

QTEST_MAIN(TestBackupWindow)
#include "tst_backupwindow.moc"

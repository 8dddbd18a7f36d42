// File → Back Up Now in the window: the backup runs on a worker with progress and Cancel in the
// status bar, and the window keeps answering meanwhile.
#include "backup.h"
#include "backupjob.h"
#include "backupstatus.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
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
};

QTEST_MAIN(TestBackupWindow)
#include "tst_backupwindow.moc"

// CopyTask: the copy runs on a worker thread with progress signals, the calling thread's event
// loop keeps running, and a cancel leaves the target as it was. Against the test server named
// by ROWBOOK_TEST_PG (ctest starts it).
#include "copytask.h"
#include "pgsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace rowbook;

class TestCopyTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesInTheBackground();
    void cancelLeavesTargetUnchanged();

private:
    QString freshDatabase(const QString &name) const
    {
        return pgsupport::freshDatabase(m_server, name);
    }
    static QStringList tables(const QString &uri) { return pgsupport::PgProbe(uri).tables(); }

    QString m_server;
};

void TestCopyTask::initTestCase()
{
    PGSUPPORT_REQUIRE_SERVER(m_server);
}

void TestCopyTask::copiesInTheBackground()
{
    const QString server = freshDatabase(QStringLiteral("task_copy"));
    QVERIFY(!server.isEmpty());
    CopyTask task;
    QSignalSpy progress(&task, &CopyTask::progress);
    QSignalSpy finished(&task, &CopyTask::finished);
    QVERIFY(task.start({testsupport::chinookPath(), server, {}}));
    QVERIFY(task.isRunning());
    QVERIFY(!task.start({testsupport::chinookPath(), server, {}})); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!task.isRunning());
    const auto result = finished.first().first().value<CopyJob::Result>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.tables, 11);
    QCOMPARE(result.rows, 15607);
    QVERIFY(progress.count() > 1);
    QCOMPARE(progress.last().at(0).toLongLong(), 15607); // the last report: all rows
    QCOMPARE(progress.last().at(1).toLongLong(), 15607);
    QCOMPARE(tables(server).size(), 11);
}

void TestCopyTask::cancelLeavesTargetUnchanged()
{
    const QString server = freshDatabase(QStringLiteral("task_cancel"));
    QVERIFY(!server.isEmpty());
    CopyTask task;
    QSignalSpy finished(&task, &CopyTask::finished);
    QVERIFY(task.start({testsupport::chinookPath(), server, {}}));
    task.cancel(); // before the first table: the job stops at its first progress report
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const auto result = finished.first().first().value<CopyJob::Result>();
    QCOMPARE(result.error.kind, TransferError::Cancelled);
    QCOMPARE(result.rows, 0);
    QCOMPARE(tables(server), QStringList());
}

QTEST_GUILESS_MAIN(TestCopyTask)
#include "tst_copytask.moc"

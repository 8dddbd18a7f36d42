// The logging categories say what happened to a save, so a user can send a log: a batch that
// waits for another program's lock logs each attempt and its outcome under rowbook.save, and
// nothing is logged while the categories are off.
#include "database.h"
#include "logging.h"
#include "saver.h"
#include "testsupport.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace rowbook;
using testsupport::LockHolder;
using testsupport::Probe;

namespace {

QMutex capturedMutex;
QStringList captured; // "category: message"

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured << QStringLiteral("%1: %2").arg(QLatin1String(context.category), message);
}

QStringList capturedFor(const QString &category)
{
    QMutexLocker lock(&capturedMutex);
    return captured.filter(QRegularExpression(QStringLiteral("^%1: ").arg(category)));
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    SaveOutcome saveWhileLocked(const DatabaseInfo &info)
    {
        Saver saver(info);
        QSignalSpy opened(&saver, &Saver::opened);
        if (!opened.wait(5000))
            return {};
        LockHolder other;
        if (!other.acquire(info.path, QStringLiteral("BEGIN IMMEDIATE")))
            return {};
        QSignalSpy waiting(&saver, &Saver::waiting);
        QSignalSpy finished(&saver, &Saver::finished);
        RowChange change;
        change.kind = RowChange::Update;
        change.table = QStringLiteral("t");
        change.key = RowKey::fromId(1);
        change.values = {{QStringLiteral("x"), 42}};
        SaveBatch batch;
        batch.id = 0xabc;
        batch.changes = {change};
        saver.submit(batch);
        if (!QTest::qWaitFor([&] { return waiting.size() >= 2; }, 5000))
            return {};
        other.release();
        if (finished.isEmpty() && !finished.wait(10000))
            return {};
        return finished.first().at(0).value<SaveOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(nullptr); }
    void init()
    {
        QMutexLocker lock(&capturedMutex);
        captured.clear();
    }

    void retriesAndOutcomeAreLoggedWhenEnabled()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("rowbook.*.debug=true"));
        const QString path = m_dir.filePath(QStringLiteral("on.sqlite"));
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        {
            Probe probe(path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            QVERIFY(probe.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        const SaveOutcome outcome = saveWhileLocked(info);
        QCOMPARE(outcome.status, SaveOutcome::Committed);

        QVERIFY(!capturedFor(QStringLiteral("rowbook.storage")).filter(path).isEmpty());
        const QStringList save = capturedFor(QStringLiteral("rowbook.save"));
        QVERIFY2(!save.filter(QStringLiteral("batch abc: the file is locked; attempt 2")).isEmpty(),
                 qPrintable(save.join(QLatin1Char('\n'))));
        QVERIFY2(!save.filter(QRegularExpression(QStringLiteral("batch abc: committed after \\d+ "
                                                                "attempt")))
                      .isEmpty(),
                 qPrintable(save.join(QLatin1Char('\n'))));
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("SELECT x FROM t")).toInt(), 42);
    }

    void nothingIsLoggedByDefault()
    {
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!lcSave().isDebugEnabled());
        const QString path = m_dir.filePath(QStringLiteral("off.sqlite"));
        const DatabaseInfo info = Database::prepare(path);
        {
            Probe probe(path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            QVERIFY(probe.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        QCOMPARE(saveWhileLocked(info).status, SaveOutcome::Committed);
        QVERIFY(capturedFor(QStringLiteral("rowbook.save")).isEmpty());
        QVERIFY(capturedFor(QStringLiteral("rowbook.storage")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"

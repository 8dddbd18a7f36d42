#include "autosaver.h"
#include "database.h"
#include "editstore.h"
#include "recoveryjournal.h"
#include "testsupport.h"
#include "workspace.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

namespace {

int iterations(const char *variable, int fallback)
{
    const int value = qEnvironmentVariableIntValue(variable);
    return value > 0 ? value : fallback;
}

} // namespace

class TestCrashLoop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // The kill moments come from this generator. Its seed is printed at the start; set
    // ROWBOOK_CRASH_SEED to it to replay the same moments.
    QRandomGenerator m_random;

    // Every batch in the file has all ten rows, each once; returns the batches present.
    QList<qint64> checkBatches(const QString &path)
    {
        Probe probe(path);
        QSqlQuery query(probe.db());
        [&] {
            QVERIFY(query.exec(QStringLiteral("SELECT batch, count(*), count(DISTINCT slot) FROM "
                                              "crash GROUP BY batch ORDER BY batch")));
        }();
        QList<qint64> batches;
        while (query.next()) {
            const qint64 batch = query.value(0).toLongLong();
            if (query.value(1).toInt() != 10 || query.value(2).toInt() != 10)
                qWarning("batch %lld has %d rows (%d slots)", batch, query.value(1).toInt(),
                         query.value(2).toInt());
            [&] {
                QCOMPARE(query.value(1).toInt(), 10);
                QCOMPARE(query.value(2).toInt(), 10); // each slot once
            }();
            batches << batch;
        }
        return batches;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        bool given = false;
        quint32 seed = qEnvironmentVariable("ROWBOOK_CRASH_SEED").toUInt(&given);
        if (!given)
            seed = QRandomGenerator::system()->generate();
        m_random.seed(seed);
        qInfo("crash loop seed %u (replay with ROWBOOK_CRASH_SEED=%u)", seed, seed);
    }

    void killedWhileSavingLosesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QVERIFY(Database::prepare(path).isOpen());
        QVERIFY(Probe(path).exec(QStringLiteral("CREATE TABLE crash (id INTEGER PRIMARY KEY, batch "
                                                "INTEGER NOT NULL, slot INTEGER NOT NULL)")));
        const int runs = iterations("ROWBOOK_CRASH_ITERATIONS", 20);
        int recoveredRuns = 0;
        for (int run = 0; run < runs; ++run) {
            QProcess helper;
            helper.start(QStringLiteral(CRASH_HELPER), {path});
            QVERIFY(helper.waitForStarted());
            // Let it commit a few batches, then kill it at a random moment.
            const int commits = m_random.bounded(1, 4);
            QByteArray output;
            while (output.count("committed") < commits) {
                QVERIFY2(helper.waitForReadyRead(10000), helper.readAllStandardError().constData());
                output += helper.readAllStandardOutput();
            }
            QTest::qWait(m_random.bounded(15)); // the random moment itself
            helper.kill();                      // SIGKILL
            QVERIFY(helper.waitForFinished(5000));
            output += helper.readAllStandardOutput();

            qint64 lastPending = 0;
            qint64 lastCommitted = 0;
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("pending "))
                    lastPending = line.mid(8).toLongLong();
                else if (line.startsWith("committed "))
                    lastCommitted = line.mid(10).toLongLong();
            }
            QCOMPARE(Probe(path).value(QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            QList<qint64> batches = checkBatches(path);
            for (qint64 b = 1; b <= lastCommitted; ++b)
                QVERIFY2(batches.contains(b),
                         qPrintable(QStringLiteral("committed batch %1 is missing").arg(b)));

            // The next launch: the journal gives back what was not committed.
            {
                Workspace workspace;
                QVERIFY(workspace.open(path));
                const RecoveryPlan plan = workspace.recovery();
                if (plan.found) {
                    QVERIFY2(plan.isUsable(), qPrintable(plan.problem));
                    QVERIFY2(plan.skipped.isEmpty(),
                             qPrintable(plan.skipped.join(QLatin1Char('\n'))));
                    if (plan.editCount() > 0)
                        ++recoveredRuns;
                }
                workspace.resolveRecovery(true);
                workspace.autoSaver()->saveNow();
                QTRY_VERIFY_WITH_TIMEOUT(workspace.autoSaver()->isIdle(), 10000);
                QCOMPARE(workspace.autoSaver()->state(), AutoSaver::State::Saved);
            }
            // Batches 1..M, each once and whole. M may be one more than the helper reported: the
            // kill can fall between journaling a batch and printing "pending". A kill inside the
            // write(2) that appends a batch's rows to the journal leaves the batch out whole (the
            // records of one change are a group: journalformat.h).
            batches = checkBatches(path);
            const qint64 reported = std::max(lastPending, lastCommitted);
            QVERIFY2(batches.size() == reported || batches.size() == reported + 1,
                     qPrintable(QStringLiteral("run %1: %2 batches, %3 reported")
                                    .arg(run)
                                    .arg(batches.size())
                                    .arg(reported)));
            for (int i = 0; i < batches.size(); ++i)
                QCOMPARE(batches[i], qint64(i + 1));
            QVERIFY(!QFile::exists(RecoveryJournal::pathFor(path)));
        }
        qInfo("%d kills, %d of them recovered uncommitted edits from the journal", runs,
              recoveredRuns);
    }

    void killedWhileImportingLeavesAllOrNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("import-crash.sqlite"));
        QVERIFY(Database::prepare(path).isOpen());
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,name,amount\n");
            for (int i = 1; i <= 200000; ++i)
                file.write(QStringLiteral("%1,row %1,%2\n").arg(i).arg(i * 0.25).toUtf8());
        }
        const QStringList arguments{QStringLiteral("import"),     csv,
                                    QStringLiteral("--table"),    QStringLiteral("imported"),
                                    QStringLiteral("--database"), path,
                                    QStringLiteral("--replace")};
        // How long a whole import takes here, so the kills fall inside it.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(QProcess::execute(QStringLiteral(ROWBOOK_EXECUTABLE), arguments), 0);
        const int importMs = std::max<int>(20, int(clock.elapsed()));
        QVERIFY(Probe(path).exec(QStringLiteral("DROP TABLE imported")));

        const int runs = iterations("ROWBOOK_CRASH_IMPORTS", 6);
        int complete = 0;
        for (int run = 0; run < runs; ++run) {
            QProcess import;
            import.start(QStringLiteral(ROWBOOK_EXECUTABLE), arguments);
            QVERIFY(import.waitForStarted());
            QTest::qWait(m_random.bounded(importMs));
            import.kill();
            import.waitForFinished(5000);
            Probe probe(path);
            QCOMPARE(probe.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            const bool exists
                = probe
                      .value(QStringLiteral(
                          "SELECT count(*) FROM sqlite_master WHERE name = 'imported'"))
                      .toInt()
                  == 1;
            if (exists) {
                QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM imported")).toInt(),
                         200000);
                QCOMPARE(probe.value(QStringLiteral("SELECT sum(id) FROM imported")).toLongLong(),
                         200000LL * 200001 / 2);
                ++complete;
            }
        }
        qInfo("%d imports killed within %d ms, %d found complete, the others absent", runs,
              importMs, complete);
    }
};

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "tst_crashloop.moc"

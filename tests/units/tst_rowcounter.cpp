// RowCounter counts tables for the table list on its own thread: every table's count arrives,
// equal to count(*) from an independent connection, each once, however the requests overlap.
#include "database.h"
#include "rowcounter.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestRowCounter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseInfo m_info;

    static QHash<QString, qint64> countsOf(const QSignalSpy &spy)
    {
        QHash<QString, qint64> counts;
        for (const QList<QVariant> &signal : spy)
            counts.insert(signal.at(0).toString(), signal.at(1).toLongLong());
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("counts.sqlite"));
        {
            Probe probe(path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE empty (x)")));
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE \"odd \"\"name\" (x)")));
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE big (x)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 54321) "
                "INSERT INTO big SELECT i FROM c")));
            QVERIFY(probe.exec(QStringLiteral("INSERT INTO \"odd \"\"name\" VALUES (1), (2)")));
            QVERIFY(probe.exec(QStringLiteral("CREATE VIEW v AS SELECT x FROM big WHERE x < 10")));
            // Counted in a few hundred milliseconds: longer than the time between requests.
            QVERIFY(probe.exec(QStringLiteral(
                "CREATE VIEW slow AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM "
                "c WHERE i < 2000000) SELECT i FROM c")));
        }
        m_info = Database::prepare(path);
        QVERIFY(m_info.isOpen());
    }

    void countsEveryTable()
    {
        RowCounter counter(m_info);
        QSignalSpy counted(&counter, &RowCounter::counted);
        const QStringList tables{QStringLiteral("empty"), QStringLiteral("odd \"name"),
                                 QStringLiteral("big"), QStringLiteral("v")};
        counter.count(tables);
        QTRY_COMPARE_WITH_TIMEOUT(counted.size(), tables.size(), 5000);
        const QHash<QString, qint64> counts = countsOf(counted);
        Probe probe(m_info.path);
        QCOMPARE(counts.value(QStringLiteral("empty")), 0);
        QCOMPARE(counts.value(QStringLiteral("odd \"name")),
                 probe.value(QStringLiteral("SELECT count(*) FROM \"odd \"\"name\"")).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("big")),
                 probe.value(QStringLiteral("SELECT count(*) FROM big")).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("v")), 9);
    }

    void aTableAskedForManyTimesIsCountedOnce()
    {
        RowCounter counter(m_info);
        QSignalSpy counted(&counter, &RowCounter::counted);
        QStringList many;
        for (int i = 0; i < 2000; ++i)
            many << QStringLiteral("big");
        counter.count(many);
        counter.count({QStringLiteral("empty")});
        QTRY_VERIFY_WITH_TIMEOUT(countsOf(counted).size() == 2, 10000);
        QTest::qWait(200);
        // "big" once, or twice when the first request counted it before the second came.
        QVERIFY2(counted.size() <= 3, qPrintable(QString::number(counted.size())));
        QCOMPARE(countsOf(counted).value(QStringLiteral("big")), 54321);
    }

    // A new request goes first, and the tables an earlier one has not counted yet still come:
    // the table list refreshed (all tables) and then a save's recount (one table) lost the
    // others' counts when the recount abandoned the refresh.
    void aNewRequestLeavesNoEarlierTableUncounted()
    {
        RowCounter counter(m_info);
        QSignalSpy counted(&counter, &RowCounter::counted);
        counter.count({QStringLiteral("big"), QStringLiteral("odd \"name"), QStringLiteral("v")});
        counter.count({QStringLiteral("empty")});
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(counted).size(), 4, 10000);
        const QHash<QString, qint64> counts = countsOf(counted);
        QCOMPARE(counts.value(QStringLiteral("big")), 54321);
        QCOMPARE(counts.value(QStringLiteral("odd \"name")), 2);
        QCOMPARE(counts.value(QStringLiteral("v")), 9);
        QCOMPARE(counts.value(QStringLiteral("empty")), 0);
        QTest::qWait(200);
        QVERIFY2(counted.size() <= 5, qPrintable(QString::number(counted.size())));
    }

    // A table whose count takes longer than the time between requests (a save asks for its
    // table's count each time) still gets one: the count of the request that asked is taken.
    void aSlowCountIsTakenWhileRequestsKeepComing()
    {
        RowCounter counter(m_info);
        QSignalSpy counted(&counter, &RowCounter::counted);
        counter.count({QStringLiteral("slow")});
        QElapsedTimer clock;
        clock.start();
        while (!countsOf(counted).contains(QStringLiteral("slow")) && clock.elapsed() < 30000) {
            QTest::qWait(20);
            counter.count({QStringLiteral("empty")});
        }
        QCOMPARE(countsOf(counted).value(QStringLiteral("slow"), -1), 2000000);
    }
};

QTEST_GUILESS_MAIN(TestRowCounter)
#include "tst_rowcounter.moc"

// A server's change watcher reports another session's commit from two snapshots
// ("xmin:xmax:running,..."), leaving out the transaction ids Rowbook's own batches used, and
// does not report transactions that only began.
#include "pgsnapshot.h"

#include <QtTest>

using namespace rowbook;

class TestPgSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhatEndedAndWhatRuns()
    {
        const PgSnapshot snapshot = PgSnapshot::parse(QStringLiteral("10:20:12,15"));
        QVERIFY(snapshot.isValid());
        QVERIFY(snapshot.hasEnded(9));
        QVERIFY(snapshot.hasEnded(11));
        QVERIFY(!snapshot.hasEnded(12));
        QVERIFY(snapshot.isRunning(15));
        QVERIFY(!snapshot.hasEnded(20)); // not begun
        QVERIFY(PgSnapshot::parse(QStringLiteral("10:10:")).isValid());
        for (const char *bad : {"", "10:20", "a:20:", "10:20:x", "20:10:", "1:2:3:4"})
            QVERIFY2(!PgSnapshot::parse(QString::fromLatin1(bad)).isValid(), bad);
    }

    void othersEnded_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<OwnTransactions>>("own");
        QTest::addColumn<bool>("ended");
        const QList<OwnTransactions> none;
        QTest::newRow("nothing happened") << "100:100:"
                                          << "100:100:" << none << false;
        QTest::newRow("others began, still running") << "100:100:"
                                                     << "100:102:100,101" << none << false;
        QTest::newRow("another one ended") << "100:100:"
                                           << "101:101:" << none << true;
        QTest::newRow("one running before ended") << "90:100:90"
                                                  << "100:100:" << none << true;
        // A batch's own id and its savepoints' (one per row), all ended by its COMMIT.
        const QList<OwnTransactions> ownBatch{{100, 104, {}}};
        QTest::newRow("own batch") << "100:100:"
                                   << "104:104:" << ownBatch << false;
        QTest::newRow("own batch, one running before still runs")
            << "90:100:90"
            << "90:104:90" << ownBatch << false;
        QTest::newRow("own batch, one running before ended") << "90:100:90"
                                                             << "104:104:" << ownBatch << true;
        QTest::newRow("own batch, then another one ended") << "100:100:"
                                                           << "105:105:" << ownBatch << true;
        // Another session's transaction began between the batch's savepoints, and committed
        // before the batch's COMMIT, or ran on.
        const QList<OwnTransactions> between{{100, 104, {102}}};
        QTest::newRow("another one inside the batch's ids ended") << "100:100:"
                                                                  << "104:104:" << between << true;
        QTest::newRow("another one inside the batch's ids runs on")
            << "100:100:"
            << "102:104:102" << between << false;
        const QList<OwnTransactions> twoBatches{{100, 102, {}}, {102, 105, {}}};
        QTest::newRow("two own batches") << "100:100:"
                                         << "105:105:" << twoBatches << false;
        // Many ids begun since, more than own and running ones: one of others' ended.
        QTest::newRow("a busy server") << "100:100:"
                                       << "100:300000:100" << none << true;
        QTest::newRow("another server, older") << "100:100:"
                                               << "90:90:" << none << true;
        QTest::newRow("running ones listed in any order")
            << "90:100:95,90"
            << "90:101:95,90" << QList<OwnTransactions>{{100, 101, {}}} << false;
        QTest::newRow("unreadable, the same") << "?"
                                              << "?" << none << false;
        QTest::newRow("unreadable, another") << "?"
                                             << "100:100:" << none << true;
    }

    void othersEnded()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<OwnTransactions>, own);
        QFETCH(bool, ended);
        QCOMPARE(PgSnapshot::othersEnded(before, after, own), ended);
    }
};

QTEST_GUILESS_MAIN(TestPgSnapshot)
#include "tst_pgsnapshot.moc"

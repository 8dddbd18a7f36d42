#include "database.h"
#include "retrypolicy.h"
#include "saver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace rowbook;
using testsupport::LockHolder;
using testsupport::Probe;

namespace {

RowChange update(qint64 rowid, const QString &column, const QVariant &value, quint64 tag = 0)
{
    RowChange change;
    change.kind = RowChange::Update;
    change.table = QStringLiteral("items");
    change.key = RowKey::fromId(rowid);
    change.values = {{column, value}};
    change.tag = tag;
    return change;
}

// A batch of `changes` (the fields not named keep their defaults).
[[maybe_unused]] SaveBatch batchOf(quint64 id, const QVector<RowChange> &changes)
{
    SaveBatch batch;
    batch.id = id;
    batch.changes = changes;
    return batch;
}

[[maybe_unused]] SaveOutcome timedOut()
{
    SaveOutcome outcome;
    outcome.status = SaveOutcome::Failed;
    outcome.error = StorageError::make(StorageError::Other, QStringLiteral("timeout"));
    return outcome;
}

SaveOutcome waitForOutcome(QSignalSpy &spy, int timeoutMs = 20000)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return timedOut();
    return spy.takeFirst().at(0).value<SaveOutcome>();
}

} // namespace

class TestSaveWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseInfo m_info;

    std::unique_ptr<Saver> makeSaver(RetryPolicy policy = {})
    {
        auto saver = std::make_unique<Saver>(m_info, policy);
        QSignalSpy opened(saver.get(), &Saver::opened);
        if (!opened.wait(5000) || !opened.first().at(0).toBool())
            return {};
        return saver;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_info = Database::prepare(testsupport::testFile(m_dir, QStringLiteral("save-")));
        QVERIFY(m_info.isOpen());
    }

    void retryDelaysGrowAndAreCapped_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("1") << 1 << 5 << 10;
        QTest::newRow("2") << 2 << 10 << 20;
        QTest::newRow("5") << 5 << 80 << 160;
        QTest::newRow("8 capped") << 8 << 500 << 1000;
        QTest::newRow("30 capped") << 30 << 500 << 1000;
    }

    void retryDelaysGrowAndAreCapped()
    {
        QFETCH(int, attempt);
        QFETCH(int, low);
        QFETCH(int, high);
        const RetryPolicy policy;
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int delay = policy.delayForAttempt(attempt);
            QVERIFY2(delay >= low && delay <= high, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
        if (high - low >= 10)
            QVERIFY2(seen.size() > 3, "delays are jittered");
    }

    void insertsUpdatesAndDeletes()
    {
        auto saver = makeSaver();
        QVERIFY(saver);
        QSignalSpy finished(saver.get(), &Saver::finished);
        RowChange insert;
        insert.kind = RowChange::Insert;
        insert.table = QStringLiteral("items");
        insert.values
            = {{QStringLiteral("name"), QStringLiteral("walrus")}, {QStringLiteral("quantity"), 3}};
        insert.tag = 1;
        RowChange remove;
        remove.kind = RowChange::Delete;
        remove.table = QStringLiteral("items");
        remove.key = RowKey::fromId(2);
        remove.tag = 3;
        saver->submit(batchOf(
            7, {insert, update(1, QStringLiteral("name"), QStringLiteral("renamed"), 2), remove}));
        const SaveOutcome outcome = waitForOutcome(finished);
        QCOMPARE(outcome.status, SaveOutcome::Committed);
        QCOMPARE(outcome.batchId, quint64(7));
        QCOMPARE(outcome.results.size(), 3);
        for (const ChangeResult &result : outcome.results)
            QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(outcome.results[0].tag, quint64(1));
        QCOMPARE(outcome.results[0].key, RowKey::fromId(7));

        Probe probe(m_info.path);
        QCOMPARE(probe.value(QStringLiteral("SELECT name FROM items WHERE id = 7")).toString(),
                 QStringLiteral("walrus"));
        QCOMPARE(probe.value(QStringLiteral("SELECT quantity FROM items WHERE id = 7")).toInt(), 3);
        QCOMPARE(probe.value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("renamed"));
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items WHERE id = 2")).toInt(), 0);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
        // The batch id is committed with the batch, for the recovery journal.
        QCOMPARE(
            probe.value(QStringLiteral("SELECT value FROM _rowbook_meta WHERE key = 'last_batch'"))
                .toString(),
            QStringLiteral("7"));
    }

    void waitsForAnotherProcessThenSaves()
    {
        auto saver = makeSaver();
        QVERIFY(saver);
        LockHolder other;
        QVERIFY(other.acquire(m_info.path, QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy waiting(saver.get(), &Saver::waiting);
        QSignalSpy finished(saver.get(), &Saver::finished);
        saver->submit(batchOf(1, {update(3, QStringLiteral("quantity"), 41)}));
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 3, 5000);
        QVERIFY(finished.isEmpty());
        QTimer::singleShot(2000, this, [&other] { other.release(); });
        const SaveOutcome outcome = waitForOutcome(finished);
        QCOMPARE(outcome.status, SaveOutcome::Committed);
        QVERIFY(outcome.attempts > 3);
        QVERIFY(outcome.elapsedMs >= 1900);
        // Attempts are numbered upwards for the status bar.
        QCOMPARE(waiting.last().at(1).toInt(), waiting.size() + 1);
        Probe probe(m_info.path);
        QCOMPARE(probe.value(QStringLiteral("SELECT quantity FROM items WHERE id = 3")).toInt(),
                 41);
    }

    void lockHeldPastBudgetWritesNothingAndCanRetry()
    {
        RetryPolicy policy;
        policy.budgetMs = 400;
        auto saver = makeSaver(policy);
        QVERIFY(saver);
        const SaveBatch batch
            = batchOf(1, {update(1, QStringLiteral("name"), QStringLiteral("kept")),
                          update(4, QStringLiteral("price"), 1.5)});
        QSignalSpy finished(saver.get(), &Saver::finished);
        {
            LockHolder other;
            QVERIFY(other.acquire(m_info.path, QStringLiteral("BEGIN IMMEDIATE")));
            saver->submit(batch);
            const SaveOutcome outcome = waitForOutcome(finished);
            QCOMPARE(outcome.status, SaveOutcome::Busy);
            QVERIFY(outcome.error.isBusy());
            QVERIFY(outcome.attempts > 1);
            QVERIFY(outcome.elapsedMs <= 2000);
            QVERIFY(outcome.results.isEmpty());
            Probe probe(m_info.path);
            QCOMPARE(probe.value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                     QStringLiteral("Notebook, A5 dotted"));
        }
        saver->submit(batch);
        const SaveOutcome outcome = waitForOutcome(finished);
        QCOMPARE(outcome.status, SaveOutcome::Committed);
        Probe probe(m_info.path);
        QCOMPARE(probe.value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("kept"));
        QCOMPARE(probe.value(QStringLiteral("SELECT price FROM items WHERE id = 4")).toDouble(),
                 1.5);
    }

    void constraintViolationsAreReportedPerRow()
    {
        auto saver = makeSaver();
        QVERIFY(saver);
        QSignalSpy finished(saver.get(), &Saver::finished);
        RowChange badInsert;
        badInsert.kind = RowChange::Insert;
        badInsert.table = QStringLiteral("items");
        badInsert.values
            = {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("done"), 5}};
        badInsert.tag = 3;
        saver->submit(batchOf(1, {update(1, QStringLiteral("name"), QVariant(), 1),
                                  update(2, QStringLiteral("quantity"), 99, 2), badInsert,
                                  update(999, QStringLiteral("quantity"), 1, 4)}));
        const SaveOutcome outcome = waitForOutcome(finished);
        QCOMPARE(outcome.status, SaveOutcome::Committed);
        QCOMPARE(outcome.results.size(), 4);
        QCOMPARE(outcome.results[0].error.kind, StorageError::Constraint);
        QCOMPARE(outcome.results[0].error.column(), QStringLiteral("name"));
        QVERIFY(outcome.results[0].error.userMessage().contains(QLatin1String("name")));
        QVERIFY(outcome.results[1].ok());
        QCOMPARE(outcome.results[2].error.kind, StorageError::Constraint);
        QCOMPARE(outcome.results[3].error.kind, StorageError::Gone);
        Probe probe(m_info.path);
        QCOMPARE(probe.value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("Notebook, A5 dotted"));
        QCOMPARE(probe.value(QStringLiteral("SELECT quantity FROM items WHERE id = 2")).toInt(),
                 99);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
    }

    void commitWaitsForReadersOnRollbackJournalFile()
    {
        // A file made by another program keeps its rollback journal; COMMIT then needs every
        // reader gone. The worker retries the COMMIT itself without redoing the writes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chinook.sqlite"));
        QVERIFY(testsupport::copyOfChinook(path));
        m_info = Database::prepare(path);
        QVERIFY(!m_info.ours);
        QCOMPARE(m_info.journalMode, QStringLiteral("delete"));
        auto saver = makeSaver();
        QVERIFY(saver);
        LockHolder reader;
        QVERIFY(reader.acquire(path, QStringLiteral("BEGIN; SELECT count(*) FROM Artist")));
        QSignalSpy waiting(saver.get(), &Saver::waiting);
        QSignalSpy finished(saver.get(), &Saver::finished);
        RowChange change;
        change.table = QStringLiteral("Artist");
        change.key = RowKey::fromId(1);
        change.values = {{QStringLiteral("Name"), QStringLiteral("AC/DC (edited)")}};
        saver->submit(batchOf(1, {change}));
        QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty(), 5000);
        QTimer::singleShot(500, this, [&reader] { reader.release(); });
        const SaveOutcome outcome = waitForOutcome(finished);
        QCOMPARE(outcome.status, SaveOutcome::Committed);
        Probe probe(path);
        QCOMPARE(
            probe.value(QStringLiteral("SELECT Name FROM Artist WHERE ArtistId = 1")).toString(),
            QStringLiteral("AC/DC (edited)"));
        QCOMPARE(probe.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
    }

    void longReaderInWalModeDoesNotBlockSaves()
    {
        auto saver = makeSaver();
        QVERIFY(saver);
        LockHolder reader;
        QVERIFY(reader.acquire(m_info.path, QStringLiteral("BEGIN; SELECT count(*) FROM items")));
        QSignalSpy waiting(saver.get(), &Saver::waiting);
        QSignalSpy finished(saver.get(), &Saver::finished);
        saver->submit(batchOf(1, {update(2, QStringLiteral("quantity"), 5)}));
        const SaveOutcome outcome = waitForOutcome(finished);
        QCOMPARE(outcome.status, SaveOutcome::Committed);
        QCOMPARE(waiting.size(), 0); // WAL: readers and the writer do not wait for each other
        QCOMPARE(Probe(m_info.path)
                     .value(QStringLiteral("SELECT quantity FROM items WHERE id = 2"))
                     .toInt(),
                 5);
    }

    void exclusiveLockOnRollbackJournalFileIsWaitedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chinook.sqlite"));
        QVERIFY(testsupport::copyOfChinook(path));
        m_info = Database::prepare(path);
        QCOMPARE(m_info.journalMode, QStringLiteral("delete"));
        auto saver = makeSaver();
        QVERIFY(saver);
        LockHolder other;
        QVERIFY(other.acquire(path, QStringLiteral("BEGIN EXCLUSIVE")));
        QSignalSpy waiting(saver.get(), &Saver::waiting);
        QSignalSpy finished(saver.get(), &Saver::finished);
        RowChange change;
        change.table = QStringLiteral("Genre");
        change.key = RowKey::fromId(1);
        change.values = {{QStringLiteral("Name"), QStringLiteral("Rock (edited)")}};
        saver->submit(batchOf(1, {change}));
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 2, 5000);
        QVERIFY(finished.isEmpty());
        QTimer::singleShot(1000, this, [&other] { other.release(); });
        const SaveOutcome outcome = waitForOutcome(finished);
        QCOMPARE(outcome.status, SaveOutcome::Committed);
        QCOMPARE(Probe(path)
                     .value(QStringLiteral("SELECT Name FROM Genre WHERE GenreId = 1"))
                     .toString(),
                 QStringLiteral("Rock (edited)"));
    }

    void readOnlyFileFailsWithoutRetrying()
    {
        m_info.readOnly = true; // as prepare() reports for a read-only file
        auto saver = makeSaver();
        QVERIFY(saver);
        QSignalSpy finished(saver.get(), &Saver::finished);
        saver->submit(batchOf(1, {update(1, QStringLiteral("name"), QStringLiteral("nope"))}));
        const SaveOutcome outcome = waitForOutcome(finished);
        QCOMPARE(outcome.status, SaveOutcome::Failed);
        QCOMPARE(outcome.error.kind, StorageError::ReadOnly);
        QCOMPARE(outcome.attempts, 1);
    }

    // A server says which key is missing: the refusal names its columns and the table.
    void aServersForeignKeyRefusalNamesTheKey_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("message");
        const QString said = QStringLiteral(
            "insert or update on table \"pets\" violates foreign key constraint \"pets_fk\"\n");
        QTest::newRow("one column")
            << said
                   + QStringLiteral(
                       "DETAIL:  Key (owner)=(Bob) is not present in table \"owners\".")
            << QStringLiteral("The value in column “owner” refers to a row of “owners” that does "
                              "not exist.");
        QTest::newRow("two columns")
            << said
                   + QStringLiteral("DETAIL:  Key (city, \"zip code\")=(Rome, 1) is not present in "
                                    "table \"places\".")
            << QStringLiteral("The values in columns “city”, “zip code” refer to a row of "
                              "“places” that does not exist.");
        QTest::newRow("no detail") << said
                                   << QStringLiteral("The row refers to a row in another table "
                                                     "that does not exist.");
    }
    void aServersForeignKeyRefusalNamesTheKey()
    {
        QFETCH(QString, detail);
        QFETCH(QString, message);
        StorageError error = StorageError::make(StorageError::Constraint, detail);
        error.sqlState = "23503";
        QCOMPARE(error.userMessage(), message);
    }
};

QTEST_GUILESS_MAIN(TestSaveWorker)
#include "tst_saveworker.moc"

// What one edit costs the GUI thread: TableModel::setData runs no statement for a row on screen
// and one single-row read for a row that is not, however many edits are pending; it never waits
// for the recovery journal's disk; and EditStore's counts (kept row by row, not recounted) agree
// with the store after every kind of change.
#include "autosaver.h"
#include "editstore.h"
#include "journalwriter.h"
#include "recoveryjournal.h"
#include "sqlitefunctions.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace rowbook;
using testsupport::Probe;

namespace {

constexpr int tableRows = 5000;

// What the store holds, counted the slow way from a snapshot.
struct Recount
{
    int pending = 0;
    int conflicts = 0;
};

Recount recount(const EditStore &store)
{
    Recount result;
    const EditStore::Snapshot snapshot = store.snapshot();
    for (const EditStore::SnapshotRow &row : snapshot.rows) {
        result.pending += (row.deleted || row.isNew) ? 1 : int(row.values.size());
        result.conflicts += int(row.theirs.size());
    }
    return result;
}

} // namespace

class TestEditPath : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<Workspace> openWorkspace()
    {
        auto workspace = std::make_unique<Workspace>();
        if (!workspace->open(m_path))
            return {};
        QSignalSpy checked(workspace.get(), &Workspace::checked);
        if (!checked.wait(10000))
            return {};
        workspace->autoSaver()->setDebounceMs(600000); // saves only when a test asks
        workspace->model()->setTable(QStringLiteral("items"));
        return workspace;
    }

    static bool loaded(TableModel *model)
    {
        QElapsedTimer clock;
        clock.start();
        while (model->isLoading() && clock.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return !model->isLoading() && model->rowCount() == tableRows;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        QVERIFY(Database::prepare(m_path, Database::Open::Starter).isOpen());
        Probe probe(m_path);
        QVERIFY(probe.exec(QStringLiteral("DELETE FROM items")));
        QVERIFY(probe.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                          "FROM n WHERE i < %1) INSERT INTO items (id, name) "
                                          "SELECT i, 'row ' || i FROM n")
                               .arg(tableRows)));
    }

    // Opening a table is one statement on the GUI thread: its first page of keys with their
    // values and the bound of its row count. The first screen then reads nothing more (no row
    // alone, no page: on a server each would be a round trip before the first rows show).
    void openingReadsTheFirstPageInOneStatement()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        TableModel *model = workspace->model();
        QVERIFY(loaded(model));
        const quint64 readBefore = model->pagesReadHere() + model->rowsReadAloneHere();
        StatementCounter counter(model->database());
        QVERIFY(counter.isActive());
        QVERIFY(model->setTable(QStringLiteral("items")));
        // Besides the catalog's reads of the table's columns and of its lowest key (a look at
        // the first entry of the rowid's tree: Catalog::mapLowKeys):
        const auto rowReads = [&counter] {
            QStringList reads = counter.statements().filter(QLatin1String("FROM \"items\""));
            reads.removeAll(QStringLiteral("SELECT min(rowid) FROM \"items\""));
            return reads.size();
        };
        QVERIFY2(rowReads() == 1, qPrintable(counter.statements().join(QLatin1Char('\n'))));
        QCOMPARE(model->rowCountBound(), qint64(tableRows)); // keys 1..tableRows, none deleted
        const int name = model->tableInfo().columnIndex(QStringLiteral("name"));
        QVERIFY(name > 0);
        for (int row = 0; row < TableModel::pageSize; ++row)
            QCOMPARE(model->data(model->index(row, name)).toString(),
                     QStringLiteral("row %1").arg(row + 1));
        QCOMPARE(rowReads(), 1);
        QCOMPARE(model->pagesReadHere() + model->rowsReadAloneHere(), readBefore);
        // The row after the first page, once the whole row list is there, was not read yet.
        QVERIFY(loaded(model));
        QCOMPARE(model->data(model->index(TableModel::pageSize, name)).toString(),
                 QStringLiteral("row %1").arg(TableModel::pageSize + 1));
        QCOMPARE(rowReads(), 2);
    }

    // A row on screen is cached: the edit runs no statement at all. A row off screen is read
    // alone (one statement for one row), never a whole page, and only once.
    void setDataRunsNoStatementForARowOnScreen()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        TableModel *model = workspace->model();
        QVERIFY(loaded(model));
        const int name = model->tableInfo().columnIndex(QStringLiteral("name"));
        QVERIFY(name > 0);
        QCOMPARE(model->data(model->index(3, name)).toString(), QStringLiteral("row 4"));

        StatementCounter counter(model->database());
        QVERIFY(counter.isActive());
        QVERIFY(model->setData(model->index(3, name), QStringLiteral("on screen")));
        QCOMPARE(counter.statements(), QStringList());

        const int far = tableRows - 10; // a page that was never shown
        QVERIFY(model->setData(model->index(far, name), QStringLiteral("off screen")));
        QCOMPARE(counter.count(), 1);
        QVERIFY2(counter.statements().first().contains(QLatin1String(" WHERE ")),
                 qPrintable(counter.statements().first()));
        QVERIFY2(!counter.statements().first().contains(QLatin1String(" IN (")),
                 qPrintable(counter.statements().first()));
        counter.reset();
        QVERIFY(model->setData(model->index(far, name), QStringLiteral("off screen again")));
        QCOMPARE(counter.statements(), QStringList());
        QCOMPARE(model->data(model->index(far, name)).toString(),
                 QStringLiteral("off screen again"));

        // The edit still starts from the stored value (compare-and-set) and undoes to it.
        const EditStore::Cell cell = workspace->edits()->cell(
            QStringLiteral("items"), model->keyAt(far), QStringLiteral("name"));
        QVERIFY(cell.hasOriginal);
        QCOMPARE(cell.original.toString(), QStringLiteral("row %1").arg(far + 1));
    }

    // With many edits pending, the next edit still runs no statement, and the journal appends
    // one record for it instead of rewriting what is pending.
    void pendingEditsDoNotMakeTheNextEditDearer()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        TableModel *model = workspace->model();
        QVERIFY(loaded(model));
        const int name = model->tableInfo().columnIndex(QStringLiteral("name"));
        RecoveryJournal *journal = workspace->journal();
        journal->setMinimumCompaction(100000);
        for (int row = 0; row < 2000; ++row)
            QVERIFY(model->setData(model->index(row, name), QStringLiteral("edit %1").arg(row)));
        journal->flush();
        QCOMPARE(workspace->edits()->pendingCount(), 2000);
        const int records = journal->recordsSinceCompaction();

        QCOMPARE(model->data(model->index(100, name)).toString(), QStringLiteral("edit 100"));
        model->data(model->index(100, 0)); // the view paints the whole row
        StatementCounter counter(model->database());
        QVERIFY(model->setData(model->index(100, name), QStringLiteral("once more")));
        QCOMPARE(counter.statements(), QStringList());
        journal->flush();
        QCOMPARE(journal->recordsSinceCompaction(), records + 1);
        QCOMPARE(workspace->edits()->pendingCount(), 2000);
    }

    // The journal's disk is held: edits go on at once, the batch waits for the journal, and
    // everything lands once the disk answers.
    void setDataNeverWaitsForTheJournal()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        TableModel *model = workspace->model();
        QVERIFY(loaded(model));
        const int name = model->tableInfo().columnIndex(QStringLiteral("name"));
        workspace->journal()->flush();
        QSemaphore hold;
        QSemaphore holding;
        workspace->journal()->writer()->runOnWriterThread([&] {
            holding.release();
            hold.tryAcquire(1, 20000); // a very slow disk; a waiting GUI thread would hang here
        });
        holding.acquire();
        const auto release = qScopeGuard([&] { hold.release(); });

        QElapsedTimer clock;
        clock.start();
        for (int row = 0; row < 200; ++row) {
            QVERIFY(model->setData(model->index(row, name), QStringLiteral("held %1").arg(row)));
            QCoreApplication::processEvents(); // the journal's coalescing timer runs too
        }
        workspace->autoSaver()->saveNow();
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(workspace->autoSaver()->state(), AutoSaver::State::Saving);
        QVERIFY(workspace->journal()->writer()->lastDone()
                < workspace->journal()->writer()->lastQueued());

        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(workspace->autoSaver()->state(), AutoSaver::State::Saved, 20000);
        QCOMPARE(Probe(m_path)
                     .value(QStringLiteral("SELECT count(*) FROM items WHERE name LIKE 'held %'"))
                     .toInt(),
                 200);
    }

    // The counts are kept up to date change by change; they match a recount after edits, adds,
    // deletes, restores, a batch in flight, its outcome, a refusal and a conflict.
    // A new row taken back (Undo, Delete, Escape) while its INSERT was on its way, and that batch
    // did not land (a lock, a failure) or the INSERT was refused: nothing is left to save, and
    // nothing is sent again.
    void aNewRowTakenBackWhileItsInsertFailedIsGone()
    {
        EditStore store;
        const QString t = QStringLiteral("items");
        const qint64 added = store.addRow(t, {{QStringLiteral("name"), QStringLiteral("new")}});
        const SaveBatch batch = store.takeBatch();
        QCOMPARE(batch.changes.size(), 1);
        store.removeRow(t, added);
        QCOMPARE(store.pendingCount(), 1); // still on its way
        SaveOutcome outcome;
        outcome.batchId = batch.id;
        outcome.status = SaveOutcome::Busy;
        store.applyOutcome(outcome);
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(!store.hasWork());
        QCOMPARE(store.row(t, added), nullptr);
        QCOMPARE(store.takeBatch().changes.size(), 0);

        // Or its batch committed, and the database refused that INSERT.
        const qint64 refused = store.addRow(t, {{QStringLiteral("name"), QStringLiteral("x")}});
        const SaveBatch second = store.takeBatch();
        QCOMPARE(second.changes.size(), 1);
        store.removeRow(t, refused);
        SaveOutcome committed;
        committed.batchId = second.id;
        committed.status = SaveOutcome::Committed;
        ChangeResult result;
        result.tag = second.changes.first().tag;
        result.error = StorageError::make(StorageError::Constraint, QStringLiteral("no"));
        committed.results.push_back(result);
        QSignalSpy refusals(&store, &EditStore::rowRefused);
        store.applyOutcome(committed);
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(!store.hasWork());
        QCOMPARE(store.row(t, refused), nullptr);
        QCOMPARE(refusals.count(), 0);
    }

    void countsFollowEveryChange()
    {
        EditStore store;
        auto check = [&store](const char *step) {
            const Recount slow = recount(store);
            QVERIFY2(store.pendingCount() == slow.pending,
                     qPrintable(QStringLiteral("%1: %2 pending, recount %3")
                                    .arg(QLatin1String(step))
                                    .arg(store.pendingCount())
                                    .arg(slow.pending)));
            QVERIFY2(store.conflictCount() == slow.conflicts, step);
        };
        const QString t = QStringLiteral("items");
        const QString name = QStringLiteral("name");
        const QString qty = QStringLiteral("qty");
        store.setOriginal(t, 1, name, QStringLiteral("a"));
        store.setValue(t, 1, name, QStringLiteral("A"));
        store.setValue(t, 1, qty, 2);
        store.setValue(t, 2, name, QStringLiteral("B"));
        check("values");
        const qint64 added = store.addRow(t, {{name, QStringLiteral("new")}});
        store.removeRow(t, 3);
        check("add and delete");
        QVERIFY(store.hasWork());
        store.restoreRow(t, 3);
        check("restore");
        store.holdRow(t, added);
        QVERIFY(store.hasHeldRow());
        QCOMPARE(store.refusedCount(), 0);

        const SaveBatch batch = store.takeBatch();
        QCOMPARE(batch.changes.size(), 2); // rows 1 and 2; the held new row waits
        QVERIFY(!store.hasWork());
        store.setValue(t, 4, name, QStringLiteral("while saving"));
        QVERIFY(store.hasWork());
        check("in flight");

        SaveOutcome outcome;
        outcome.batchId = batch.id;
        outcome.status = SaveOutcome::Committed;
        for (const RowChange &change : batch.changes) {
            ChangeResult result;
            result.tag = change.tag;
            if (change.key == RowKey::fromId(1)) {
                result.error = StorageError::make(StorageError::Conflict, QStringLiteral("x"));
                result.theirs.insert(name, QStringLiteral("theirs"));
            } else {
                result.error = StorageError::make(StorageError::Constraint, QStringLiteral("no"));
            }
            outcome.results.push_back(result);
        }
        store.applyOutcome(outcome);
        check("outcome");
        QCOMPARE(store.conflictCount(), 1);
        QCOMPARE(store.refusedCount(), 1);

        store.setValue(t, 2, name, QStringLiteral("B again")); // a new edit is no longer refused
        QCOMPARE(store.refusedCount(), 0);
        EditStore::Cell cell = store.cell(t, 1, name);
        cell.conflict = false; // keep mine
        store.setCell(t, 1, name, cell);
        check("resolved");
        QCOMPARE(store.conflictCount(), 0);
        const EditStore::Row taken = store.takeRow(t, 4);
        check("taken");
        store.putRow(t, 4, taken);
        check("put back");
        store.holdRow({}, 0);
        QVERIFY(store.hasWork());
        QCOMPARE(store.pendingCount(), recount(store).pending);
    }
};

QTEST_GUILESS_MAIN(TestEditPath)
#include "tst_editpath.moc"

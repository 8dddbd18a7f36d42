// Another program commits to the open file: the model shows its values, rows and tables within
// the refresh interval, keeps the selection, the current cell and pending edits, and does not
// reload its row list after Rowbook's own saves.
#include "autosaver.h"
#include "changewatcher.h"
#include "editstore.h"
#include "keyloader.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace rowbook;
using testsupport::Probe;

namespace {
enum Column { Id, Name, Quantity };
constexpr int withinMs = 1000; // what people are promised
} // namespace

class TestLiveRefresh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

    TableModel *open()
    {
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_path))
            return nullptr;
        QSignalSpy checked(m_workspace.get(), &Workspace::checked);
        if (!checked.wait(5000))
            return nullptr;
        m_workspace->autoSaver()->setDebounceMs(20);
        TableModel *model = m_workspace->model();
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model); // checks every change from the first reset on
        return model->setTable(QStringLiteral("items")) ? model : nullptr;
    }
    // open() with the edits recorded in the workspace's undo history, as in the window.
    TableModel *openWithUndo()
    {
        TableModel *model = open();
        if (model) {
            model->setUndoHistory(m_workspace->undo());
            m_workspace->undo()->setActiveTable(QStringLiteral("items"));
        }
        return model;
    }
    bool external(const QString &sql) const { return Probe(m_path).exec(sql); }
    // Another program's file (rollback journal): its exclusive lock keeps readers out.
    bool createItems() const
    {
        Probe probe(m_path);
        return probe.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)"))
               && probe.exec(QStringLiteral("INSERT INTO items (name) VALUES ('a'), ('b')"));
    }
    QString name(TableModel *model, int row) const
    {
        return model->data(model->index(row, Name)).toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { m_path = testsupport::testFile(m_dir); }

    void cleanup() { m_workspace.reset(); }

    void externalUpdateShowsWithinASecond()
    {
        TableModel *model = open();
        QVERIFY(model);
        QCOMPARE(name(model, 1), QStringLiteral("Fountain pen"));
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QVERIFY(external(QStringLiteral("UPDATE items SET name = 'Quill' WHERE id = 2")));
        QTRY_COMPARE_WITH_TIMEOUT(name(model, 1), QStringLiteral("Quill"), withinMs);
        QVERIFY(!changed.isEmpty());
    }

    // The grid repaints every row after another program's commit: what it had shows until the
    // new values come, instead of blank cells.
    void aRepaintAfterAnotherCommitShowsNoBlankCells()
    {
        TableModel *model = open();
        QVERIFY(model);
        // The tester reads every changed row outside painting, which reads it anew: gone here.
        delete model->findChild<QAbstractItemModelTester *>();
        QCOMPARE(name(model, 0), QStringLiteral("Notebook, A5 dotted"));
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QVERIFY(external(QStringLiteral("UPDATE items SET quantity = 99 WHERE id = 1")));
        QVERIFY(changed.wait(withinMs));
        {
            const TableModel::Painting painting(model);
            QCOMPARE(name(model, 0), QStringLiteral("Notebook, A5 dotted"));
            QCOMPARE(model->data(model->index(0, Quantity)).toInt(), 12);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, Quantity)).toInt(), 99, withinMs);
    }

    void externalInsertAndDeleteKeepSelectionAndPendingEdits()
    {
        TableModel *model = open();
        QVERIFY(model);
        QItemSelectionModel selection(model);
        selection.setCurrentIndex(model->index(3, Name), QItemSelectionModel::SelectCurrent);
        QCOMPARE(name(model, 3), QStringLiteral("Desk lamp"));
        m_workspace->autoSaver()->setDebounceMs(60000); // the edit stays pending
        QVERIFY(model->setData(model->index(4, Quantity), 499));

        QVERIFY(external(QStringLiteral("DELETE FROM items WHERE id = 1")));
        QVERIFY(external(QStringLiteral("INSERT INTO items (name) VALUES ('Eraser')")));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, withinMs); // one gone, one new
        QTRY_COMPARE_WITH_TIMEOUT(name(model, 5), QStringLiteral("Eraser"), withinMs);
        QCOMPARE(name(model, 0), QStringLiteral("Fountain pen"));
        QCOMPARE(selection.currentIndex(), model->index(2, Name)); // still on "Desk lamp"
        QVERIFY(selection.isSelected(model->index(2, Name)));
        QCOMPARE(model->data(model->index(3, Quantity)).toInt(), 499); // still pending
        QVERIFY(model->data(model->index(3, Quantity), TableModel::PendingRole).toBool());
        QCOMPARE(m_workspace->edits()->pendingCount(), 1);
    }

    void rowDeletedUnderAPendingEditStaysToBeInsertedAgain()
    {
        TableModel *model = open();
        QVERIFY(model);
        m_workspace->autoSaver()->setDebounceMs(60000);
        QVERIFY(model->setData(model->index(2, Quantity), 41));
        QSignalSpy elsewhere(m_workspace.get(), &Workspace::changedElsewhere);
        QVERIFY(external(QStringLiteral("DELETE FROM items WHERE id = 5")));
        QVERIFY(external(QStringLiteral("DELETE FROM items WHERE id = 3")));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, withinMs); // id 5 goes, id 3 stays
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(name(model, 2), QStringLiteral("Ink cartridges (blue)"));
        QCOMPARE(model->data(model->index(2, Quantity)).toInt(), 41);
        m_workspace->autoSaver()->saveNow();
        QTRY_VERIFY(model->data(model->index(2, Quantity), TableModel::GoneRole).toBool());
        model->insertAgain(2);
        m_workspace->autoSaver()->saveNow();
        QTRY_COMPARE(Probe(m_path)
                         .value(QStringLiteral("SELECT count(*) FROM items WHERE quantity = 41 "
                                               "AND name = 'Ink cartridges (blue)'"))
                         .toInt(),
                     1);
    }

    // A commit elsewhere that changes values, not rows, is told apart on the loader's thread: the
    // loader answers "unchanged" and the model keeps its list without comparing it again. One
    // that moves a row in the order shown brings the new list.
    void aRefreshThatFindsTheSameRowsLeavesTheListAlone()
    {
        TableModel *model = open();
        QVERIFY(model);
        auto *loader = m_workspace->findChild<KeyLoader *>();
        QVERIFY(loader);
        model->sort(Name, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QItemSelectionModel selection(model);
        selection.setCurrentIndex(model->index(2, Name), QItemSelectionModel::SelectCurrent);
        const qint64 current = model->keyAt(2);
        QStringList before;
        for (int row = 0; row < model->rowCount(); ++row)
            before << name(model, row);
        QSignalSpy unchanged(loader, &KeyLoader::unchanged);
        QSignalSpy loaded(loader, &KeyLoader::loaded);
        QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);

        QVERIFY(
            external(QStringLiteral("UPDATE items SET quantity = 555 WHERE id = %1").arg(current)));
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(2, Quantity)).toInt(), 555, withinMs);
        QTRY_COMPARE(unchanged.count(), 1);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(selection.currentIndex(), model->index(2, Name));
        QStringList after;
        for (int row = 0; row < model->rowCount(); ++row)
            after << name(model, row);
        QCOMPARE(after, before);

        // The current row's name now sorts first: the whole list comes, and the cell follows.
        QVERIFY(
            external(QStringLiteral("UPDATE items SET name = 'zzz' WHERE id = %1").arg(current)));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, withinMs);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(unchanged.count(), 1);
        QCOMPARE(name(model, 0), QStringLiteral("zzz"));
        QCOMPARE(selection.currentIndex(), model->index(0, Name));
    }

    // An unchanged refresh still counts the table's rows: own saved inserts and deletions since
    // the last count show in "filtered from N".
    void anUnchangedRefreshCountsTheRowsAgain()
    {
        TableModel *model = open();
        QVERIFY(model);
        auto *loader = m_workspace->findChild<KeyLoader *>();
        QVERIFY(loader);
        const qint64 before = model->unfilteredRowCount();
        QCOMPARE(before, qint64(model->rowCount()));
        const int added = model->addRow();
        QVERIFY(model->setData(model->index(added, Name), QStringLiteral("Stapler")));
        model->removeRowList({0});
        m_workspace->autoSaver()->saveNow();
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle() && !m_workspace->edits()->hasWork());
        QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT count(*) FROM items")).toLongLong(),
                 before);
        QSignalSpy unchanged(loader, &KeyLoader::unchanged);
        QVERIFY(external(QStringLiteral("UPDATE items SET quantity = 9 WHERE name = 'Stapler'")));
        QTRY_COMPARE_WITH_TIMEOUT(unchanged.count(), 1, withinMs);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->unfilteredRowCount(), before);
        QCOMPARE(model->rowCount(), int(before));

        // Three more rows of our own, none deleted: the count follows.
        for (int i = 0; i < 3; ++i) {
            const int row = model->addRow();
            QVERIFY(model->setData(model->index(row, Name), QStringLiteral("Clip %1").arg(i)));
        }
        m_workspace->autoSaver()->saveNow();
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle() && !m_workspace->edits()->hasWork());
        QVERIFY(external(QStringLiteral("UPDATE items SET quantity = 8 WHERE name = 'Stapler'")));
        QTRY_COMPARE_WITH_TIMEOUT(unchanged.count(), 2, withinMs);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->unfilteredRowCount(), before + 3);
    }

    void ownSavesDoNotReloadTheRowList()
    {
        TableModel *model = open();
        QVERIFY(model);
        QSignalSpy loading(model, &TableModel::loadingChanged);
        QSignalSpy elsewhere(m_workspace.get(), &Workspace::changedElsewhere);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(model->setData(model->index(i, Quantity), 100 + i));
            QTRY_VERIFY(m_workspace->autoSaver()->isIdle() && !m_workspace->edits()->hasWork());
        }
        QCOMPARE(
            Probe(m_path).value(QStringLiteral("SELECT quantity FROM items WHERE id = 5")).toInt(),
            104);
        QTest::qWait(3 * ChangeWatcher::defaultIntervalMs); // polls that must stay quiet
        QCOMPARE(elsewhere.count(), 0);
        QCOMPARE(loading.count(), 0);
        // ... while another program's commit is still noticed.
        QVERIFY(external(QStringLiteral("UPDATE items SET quantity = 7 WHERE id = 6")));
        QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, withinMs);
        QTRY_COMPARE(model->data(model->index(5, Quantity)).toInt(), 7);
    }

    // A save to a table that cannot reach the shown one (no trigger, no foreign key of the
    // shown table to it, not a view) leaves the shown table's row list alone.
    void ownSavesToAnUnrelatedTableLeaveTheShownOneAlone()
    {
        QVERIFY(Database::prepare(m_path, Database::Open::Starter).isOpen());
        QVERIFY(external(QStringLiteral("CREATE TABLE other (id INTEGER PRIMARY KEY, x INTEGER)")));
        QVERIFY(external(QStringLiteral("INSERT INTO other (x) VALUES (1)")));
        TableModel *model = open();
        QVERIFY(model);
        QVERIFY(model->setTable(QStringLiteral("other")));
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(model->setData(model->index(0, 1), 5));
        QVERIFY(model->setTable(QStringLiteral("items"))); // before the save
        QTRY_VERIFY(!model->isLoading());
        QSignalSpy loading(model, &TableModel::loadingChanged);
        QSignalSpy elsewhere(m_workspace.get(), &Workspace::changedElsewhere);
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle() && !m_workspace->edits()->hasWork());
        QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT x FROM other")).toInt(), 5);
        QTest::qWait(3 * ChangeWatcher::defaultIntervalMs);
        QCOMPARE(elsewhere.count(), 0);
        QCOMPARE(loading.count(), 0);
    }

    // A commit noticed while the row list is being read, a read that may have begun before the
    // commit, has the list read again once that read is done.
    void aCommitNoticedWhileTheListIsReadIsReadAgain()
    {
        TableModel *model = open();
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());
        QSignalSpy loading(model, &TableModel::loadingChanged);
        model->sort(Name, Qt::AscendingOrder); // read on the key loader's thread
        QVERIFY(model->isLoading());
        model->refreshFromOutside(false);
        QTRY_COMPARE(loading.count(), 4); // the sort's read, then the refresh's
        QTest::qWait(100);
        QCOMPARE(loading.count(), 4); // once, not again and again
        QList<bool> states;
        for (const QList<QVariant> &signal : std::as_const(loading))
            states << signal.first().toBool();
        QCOMPARE(states, (QList<bool>{true, false, true, false}));
        QVERIFY(!model->isLoading());
    }

    // Another program commits right after one of Rowbook's own saves, before the window took
    // that save as seen (AutoSaver::outcome comes first): its change still shows, without a
    // further commit to notice.
    void externalCommitRightAfterAnOwnSaveShows()
    {
        TableModel *model = open();
        QVERIFY(model);
        QSignalSpy elsewhere(m_workspace.get(), &Workspace::changedElsewhere);
        bool committed = false;
        connect(
            m_workspace->autoSaver(), &AutoSaver::outcome, this, [&](const SaveOutcome &outcome) {
                if (outcome.status == SaveOutcome::Committed && !committed)
                    committed
                        = external(QStringLiteral("UPDATE items SET name = 'Quill' WHERE id = 2"));
            });
        // Row 1 on screen first: its page is cached, so only a refresh can show the new name
        // (an edit reads just its own row, not the page).
        const QString shown = name(model, 1);
        QVERIFY(shown != QLatin1String("Quill"));
        QVERIFY(model->setData(model->index(0, Quantity), 321));
        QTRY_VERIFY(committed);
        QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, withinMs);
        QTRY_COMPARE(name(model, 1), QStringLiteral("Quill"));
        QCOMPARE(model->data(model->index(0, Quantity)).toInt(), 321);
        QCOMPARE(
            Probe(m_path).value(QStringLiteral("SELECT quantity FROM items WHERE id = 1")).toInt(),
            321);
    }

    // The same with a new column: the acknowledgement of the own save takes the new schema in
    // as seen, yet the change shown after it still tells of the schema, so the grid reads the
    // table's columns again.
    void externalSchemaChangeRightAfterAnOwnSaveShows()
    {
        TableModel *model = open();
        QVERIFY(model);
        const int columns = model->columnCount();
        QSignalSpy elsewhere(m_workspace.get(), &Workspace::changedElsewhere);
        bool committed = false;
        connect(
            m_workspace->autoSaver(), &AutoSaver::outcome, this, [&](const SaveOutcome &outcome) {
                if (outcome.status == SaveOutcome::Committed && !committed)
                    committed = external(QStringLiteral("ALTER TABLE items ADD COLUMN extra TEXT"));
            });
        QVERIFY(model->setData(model->index(0, Quantity), 321));
        QTRY_VERIFY(committed);
        QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, withinMs);
        QCOMPARE(elsewhere.first().first().toBool(), true);
        QTRY_COMPARE(model->columnCount(), columns + 1);
        QCOMPARE(model->data(model->index(0, Quantity)).toInt(), 321);
    }

    // On a rollback-journal file, another program's exclusive lock blocks readers: the poll
    // must not wait for it on the GUI thread, and notices the commit once the lock is gone.
    void pollingNeverWaitsForALock()
    {
        QVERIFY(createItems());
        TableModel *model = open();
        QVERIFY(model);
        QCOMPARE(name(model, 1), QStringLiteral("b"));
        testsupport::LockHolder lock;
        QVERIFY(lock.acquire(
            m_path, QStringLiteral("BEGIN EXCLUSIVE; UPDATE items SET name = 'c' WHERE id = 2")));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i)
            m_workspace->watcher()->poll();
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
        lock.release();
        QTRY_COMPARE_WITH_TIMEOUT(name(model, 1), QStringLiteral("c"), withinMs);
    }

    // A row that cannot be read (another program's exclusive lock on a rollback-journal file,
    // the cache just cleared by a refresh) is not edited: its save would have no stored value to
    // check against and would overwrite that program's change unseen (tst_twowriters found it).
    void unreadableRowIsNotEditedBlind()
    {
        QVERIFY(createItems());
        TableModel *model = open();
        QVERIFY(model);
        QCOMPARE(name(model, 0), QStringLiteral("a"));
        QSignalSpy failed(model, &TableModel::loadFailed);
        testsupport::LockHolder lock;
        QVERIFY(lock.acquire(m_path, QStringLiteral("BEGIN EXCLUSIVE; UPDATE items SET name = "
                                                    "'theirs' WHERE id = 1")));
        model->refreshFromOutside(false); // as on the watcher's notice: the cache is cleared
        QVERIFY(!model->setData(model->index(0, Name), QStringLiteral("mine")));
        QVERIFY(!m_workspace->edits()->hasWork());
        QVERIFY(std::any_of(failed.cbegin(), failed.cend(), [](const QList<QVariant> &signal) {
            return signal.first().toString().startsWith(
                QStringLiteral("Row 1 cannot be read while another program writes"));
        }));
        lock.release();
        QTRY_COMPARE_WITH_TIMEOUT(name(model, 0), QStringLiteral("theirs"), withinMs);
        QVERIFY(m_workspace->autoSaver()->isIdle());
        QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                 QVariant(QStringLiteral("theirs")));
        QVERIFY(model->setData(model->index(0, Name), QStringLiteral("mine")));
        QTRY_COMPARE(
            Probe(m_path).value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
            QStringLiteral("mine"));
    }

    // Undoing a saved edit while the row cannot be read: the save checks the file against the
    // value the edit saved, so another program's change made meanwhile comes back as a conflict.
    void undoOfAnUnreadableRowIsChecked()
    {
        QVERIFY(createItems());
        TableModel *model = openWithUndo();
        QVERIFY(model);
        QVERIFY(model->setData(model->index(0, Name), QStringLiteral("mine")));
        QTRY_COMPARE(
            Probe(m_path).value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
            QStringLiteral("mine"));
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle() && !m_workspace->edits()->hasWork());
        testsupport::LockHolder lock;
        QVERIFY(lock.acquire(m_path, QStringLiteral("BEGIN EXCLUSIVE; UPDATE items SET name = "
                                                    "'theirs' WHERE id = 1")));
        model->refreshFromOutside(false);
        m_workspace->undo()->stack(QStringLiteral("items"))->undo();
        lock.release();
        QTRY_COMPARE(m_workspace->edits()->conflictCount(), 1);
        QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                 QVariant(QStringLiteral("theirs")));
    }

    // An editor opened before the lock keeps what it showed: the edit is made, checked against
    // that value, and its undo goes back to it (not to NULL, which the unreadable row gave).
    void editorOpenAcrossALockKeepsItsUndo()
    {
        QVERIFY(createItems());
        TableModel *model = openWithUndo();
        QVERIFY(model);
        model->beginCellEdit(model->index(0, Name)); // shows "a"
        testsupport::LockHolder lock;
        QVERIFY(lock.acquire(m_path, QStringLiteral("BEGIN EXCLUSIVE")));
        model->refreshFromOutside(false);
        QVERIFY(model->setData(model->index(0, Name), QStringLiteral("mine")));
        model->endCellEdit(model->keyAt(0), Name);
        lock.release();
        const auto nameInFile = [this] {
            return Probe(m_path)
                .value(QStringLiteral("SELECT name FROM items WHERE id = 1"))
                .toString();
        };
        QTRY_COMPARE(nameInFile(), QStringLiteral("mine"));
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle() && !m_workspace->edits()->hasWork());
        m_workspace->undo()->stack(QStringLiteral("items"))->undo();
        QTRY_COMPARE(nameInFile(), QStringLiteral("a"));
    }

    // Undoing a delete that was not sent yet while the row cannot be read: its values come back
    // checked against themselves, so another program's change made meanwhile is a conflict.
    void undoneDeleteOfAnUnreadableRowIsChecked()
    {
        QVERIFY(createItems());
        TableModel *model = openWithUndo();
        QVERIFY(model);
        QCOMPARE(name(model, 0), QStringLiteral("a"));
        model->removeRowList({0}); // not sent: no event loop runs until the undo
        testsupport::LockHolder lock;
        QVERIFY(lock.acquire(m_path, QStringLiteral("BEGIN EXCLUSIVE; UPDATE items SET name = "
                                                    "'theirs' WHERE id = 1")));
        model->refreshFromOutside(false);
        m_workspace->undo()->stack(QStringLiteral("items"))->undo();
        QCOMPARE(model->keyAt(0), qint64(1));
        lock.release();
        QTRY_COMPARE(m_workspace->edits()->conflictCount(), 1);
        QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                 QVariant(QStringLiteral("theirs")));
    }

    void droppedTableSaysSo()
    {
        TableModel *model = open();
        QVERIFY(model);
        QSignalSpy failed(model, &TableModel::loadFailed);
        QSignalSpy elsewhere(m_workspace.get(), &Workspace::changedElsewhere);
        QVERIFY(external(QStringLiteral("CREATE TABLE extra (x)")));
        QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, withinMs);
        QCOMPARE(elsewhere.first().first().toBool(), true);
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(external(QStringLiteral("DROP TABLE items")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, withinMs);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("Another program deleted the table “items”."));
    }
};

QTEST_MAIN(TestLiveRefresh)
#include "tst_liverefresh.moc"

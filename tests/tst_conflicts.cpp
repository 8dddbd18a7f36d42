// Edits never overwrite what another program wrote unseen: compare-and-set saves, column-level
// merge, and resolving conflicts (keep mine, take theirs, insert again, discard) with undo.
#include "autosaver.h"
#include "editstore.h"
#include "recoveryjournal.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

namespace {
enum Column { Id, Name, Quantity, Price, Added, Done, Notes };
}

class TestConflicts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

    TableModel *open(const QString &table = QStringLiteral("items"))
    {
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_path))
            return nullptr;
        QSignalSpy checked(m_workspace.get(), &Workspace::checked);
        if (!checked.wait(5000))
            return nullptr;
        m_workspace->autoSaver()->setDebounceMs(20);
        TableModel *model = m_workspace->model();
        model->setUndoHistory(m_workspace->undo());
        m_workspace->undo()->setActiveTable(table);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model); // checks every change from the first reset on
        if (!model->setTable(table))
            return nullptr;
        return model;
    }

    EditStore *store() const { return m_workspace->edits(); }
    QUndoStack *undoStack() const { return m_workspace->undo()->stack(QStringLiteral("items")); }
    QVariant stored(const QString &sql) const { return Probe(m_path).value(sql); }
    bool external(const QString &sql) const { return Probe(m_path).exec(sql); }
    bool idle() const { return m_workspace->autoSaver()->isIdle() && !store()->hasWork(); }

    // The model shows row 1, another program changes its name, then the user edits the name.
    TableModel *conflictOnName(const QString &mine = QStringLiteral("mine"))
    {
        TableModel *model = open();
        if (!model
            || model->data(model->index(0, Name)).toString()
                   != QLatin1String("Notebook, A5 dotted"))
            return nullptr;
        if (!external(QStringLiteral("UPDATE items SET name = 'theirs' WHERE id = 1")))
            return nullptr;
        if (!model->setData(model->index(0, Name), mine))
            return nullptr;
        return model;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { m_path = testsupport::testFile(m_dir); }

    void cleanup() { m_workspace.reset(); }

    void unchangedCellIsWritten()
    {
        TableModel *model = open();
        QVERIFY(model);
        QVERIFY(model->setData(model->index(0, Name), QStringLiteral("renamed")));
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                     QStringLiteral("renamed"));
        QTRY_VERIFY(idle());
        QCOMPARE(store()->conflictCount(), 0);
        QCOMPARE(store()->pendingCount(), 0);
    }

    void changedCellIsRefused()
    {
        TableModel *model = conflictOnName();
        QVERIFY(model);
        QTRY_COMPARE(store()->conflictCount(), 1);
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("theirs"));
        QVERIFY(model->data(model->index(0, Name), TableModel::ConflictRole).toBool());
        QCOMPARE(model->data(model->index(0, Name), TableModel::TheirsRole).toString(),
                 QStringLiteral("theirs"));
        QCOMPARE(model->data(model->index(0, Name)).toString(),
                 QStringLiteral("mine")); // still pending
        QVERIFY(model->data(model->index(0, Name), TableModel::PendingRole).toBool());
        QVERIFY(!model->data(model->index(0, Quantity), TableModel::ConflictRole).toBool());
        // Nothing more is sent for the conflicting cell until the user decides.
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle());
        QVERIFY(!store()->hasWork());
        QCOMPARE(model->nextConflict({}), model->index(0, Name));
    }

    void otherColumnsOfTheRowAreMerged()
    {
        TableModel *model = open();
        QVERIFY(model);
        QCOMPARE(model->data(model->index(1, Quantity)).toInt(), 3);
        QVERIFY(external(
            QStringLiteral("UPDATE items SET quantity = 99, notes = 'theirs' WHERE id = 2")));
        QVERIFY(model->setData(model->index(1, Name), QStringLiteral("mine")));
        QVERIFY(model->setData(model->index(1, Price), 1.25));
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 2")).toString(),
                     QStringLiteral("mine"));
        QTRY_VERIFY(idle());
        QCOMPARE(stored(QStringLiteral("SELECT price FROM items WHERE id = 2")).toDouble(), 1.25);
        QCOMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 2")).toInt(), 99);
        QCOMPARE(stored(QStringLiteral("SELECT notes FROM items WHERE id = 2")).toString(),
                 QStringLiteral("theirs"));
        QCOMPARE(store()->conflictCount(), 0);
    }

    void conflictingAndFreeColumnsInOneRow()
    {
        TableModel *model = conflictOnName();
        QVERIFY(model);
        QVERIFY(model->setData(model->index(0, Quantity), 7));
        QTRY_COMPARE(store()->conflictCount(), 1);
        QTRY_COMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 1")).toInt(), 7);
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("theirs"));
        QCOMPARE(store()->pendingCount(), 1); // the name only
    }

    void sameValueWrittenElsewhereIsNoConflict()
    {
        TableModel *model = conflictOnName(QStringLiteral("theirs"));
        QVERIFY(model);
        QTRY_VERIFY(idle());
        QCOMPARE(store()->conflictCount(), 0);
        QCOMPARE(store()->pendingCount(), 0);
    }

    // The expected value is bound exactly as it was read: no false conflicts from rounding or
    // from SQLite's type affinity.
    void storedValuesCompareExactly_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("literal");
        QTest::newRow("real 0.1+0.2") << "REAL"
                                      << "0.1 + 0.2";
        QTest::newRow("real tiny") << "REAL"
                                   << "4.9e-324";
        QTest::newRow("big integer") << "INTEGER"
                                     << "9007199254740993";
        QTest::newRow("text in numeric") << "NUMERIC"
                                         << "'08'";
        QTest::newRow("text in integer") << "INTEGER"
                                         << "'abc'";
        QTest::newRow("null") << "TEXT"
                              << "NULL";
        QTest::newRow("blob") << "BLOB"
                              << "x'00ff'";
        QTest::newRow("integer in text") << ""
                                         << "5";
    }
    void storedValuesCompareExactly()
    {
        QFETCH(QString, declared);
        QFETCH(QString, literal);
        {
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE t (v %1, w TEXT)").arg(declared)));
            QVERIFY(probe.exec(QStringLiteral("INSERT INTO t VALUES (%1, 'a')").arg(literal)));
        }
        TableModel *model = open(QStringLiteral("t"));
        QVERIFY(model);
        model->data(model->index(0, 0)); // shown
        // The user's edit goes to w, but the row's v value is checked by a second edit of v.
        const QModelIndex v = model->index(0, 0);
        QVERIFY(model->flags(v) & Qt::ItemIsEditable || declared == QLatin1String("BLOB"));
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("b")));
        if (model->flags(v) & Qt::ItemIsEditable)
            QVERIFY(model->setData(v, QStringLiteral("42")));
        QTRY_COMPARE(stored(QStringLiteral("SELECT w FROM t")).toString(), QStringLiteral("b"));
        QTRY_VERIFY(idle());
        QCOMPARE(store()->conflictCount(), 0);
        if (model->flags(v) & Qt::ItemIsEditable)
            QCOMPARE(stored(QStringLiteral("SELECT v FROM t")).toString(), QStringLiteral("42"));
    }

    void keepMineWritesOverTheirsAndUndoes()
    {
        TableModel *model = conflictOnName();
        QVERIFY(model);
        QTRY_COMPARE(store()->conflictCount(), 1);
        m_workspace->autoSaver()->setDebounceMs(60000); // undo before it is saved
        model->keepMine(0, Name);
        QCOMPARE(store()->conflictCount(), 0);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Keep my value in name"));
        undoStack()->undo();
        QCOMPARE(store()->conflictCount(), 1);
        QVERIFY(model->data(model->index(0, Name), TableModel::ConflictRole).toBool());
        undoStack()->redo();
        m_workspace->autoSaver()->saveNow();
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                     QStringLiteral("mine"));
        QTRY_VERIFY(idle());
        QCOMPARE(store()->pendingCount(), 0);
    }

    void keepMineIsCheckedAgainstTheirs()
    {
        TableModel *model = conflictOnName();
        QVERIFY(model);
        QTRY_COMPARE(store()->conflictCount(), 1);
        QVERIFY(external(QStringLiteral("UPDATE items SET name = 'theirs again' WHERE id = 1")));
        model->keepMine(0, Name);
        QTRY_COMPARE(store()->conflictCount(), 1); // changed once more: a new conflict
        QCOMPARE(model->data(model->index(0, Name), TableModel::TheirsRole).toString(),
                 QStringLiteral("theirs again"));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("theirs again"));
    }

    void takeTheirsDropsMyEditAndUndoes()
    {
        TableModel *model = conflictOnName();
        QVERIFY(model);
        QTRY_COMPARE(store()->conflictCount(), 1);
        model->takeTheirs(0, Name);
        QCOMPARE(store()->conflictCount(), 0);
        QCOMPARE(store()->pendingCount(), 0);
        QCOMPARE(model->data(model->index(0, Name)).toString(), QStringLiteral("theirs"));
        undoStack()->undo();
        QCOMPARE(store()->conflictCount(), 1);
        QCOMPARE(model->data(model->index(0, Name)).toString(), QStringLiteral("mine"));
        undoStack()->redo();
        QCOMPARE(model->data(model->index(0, Name)).toString(), QStringLiteral("theirs"));
        QTRY_VERIFY(idle());
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("theirs"));
    }

    void rowDeletedElsewhereCanBeInsertedAgain()
    {
        TableModel *model = open();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(model->data(model->index(2, Name)).isValid());
        QVERIFY(external(QStringLiteral("DELETE FROM items WHERE id = 3")));
        QVERIFY(model->setData(model->index(2, Notes), QStringLiteral("my note")));
        QTRY_VERIFY(model->data(model->index(2, Notes), TableModel::GoneRole).toBool());
        QCOMPARE(store()->goneRows(QStringLiteral("items")), QList<qint64>{3});
        QCOMPARE(model->nextConflict(model->index(0, 0)), model->index(2, 0));

        model->insertAgain(2);
        QCOMPARE(model->rowCount(), 6);
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM items WHERE notes = 'my note' "
                                           "AND name = 'Ink cartridges (blue)' AND quantity = 40"))
                         .toInt(),
                     1);
        QTRY_VERIFY(idle());
        QVERIFY(store()->goneRows(QStringLiteral("items")).isEmpty());

        undoStack()->undo(); // the added row is deleted again, the deleted row's edits come back
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), 5);
        QCOMPARE(store()->goneRows(QStringLiteral("items")), QList<qint64>{3});
        QCOMPARE(model->rowCount(), 6);
    }

    void rowDeletedElsewhereCanBeDiscarded()
    {
        TableModel *model = open();
        QVERIFY(model);
        QVERIFY(model->data(model->index(2, Name)).isValid());
        QVERIFY(external(QStringLiteral("DELETE FROM items WHERE id = 3")));
        QVERIFY(model->setData(model->index(2, Notes), QStringLiteral("my note")));
        QTRY_VERIFY(model->data(model->index(2, Notes), TableModel::GoneRole).toBool());
        model->discardGone(2);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(store()->pendingCount(), 0);
        undoStack()->undo();
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(model->data(model->index(2, Notes), TableModel::GoneRole).toBool());
        QCOMPARE(model->data(model->index(2, Notes)).toString(), QStringLiteral("my note"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), 5);
    }

    // Deleting a row that another program changed since it was shown: the delete goes ahead,
    // the undo step says the row had changed, and undoing it brings back the other program's
    // version. A row nobody changed is deleted without the note.
    void deletingARowChangedElsewhereSaysSo()
    {
        TableModel *model = open();
        QVERIFY(model);
        QCOMPARE(model->data(model->index(0, Name)).toString(),
                 QStringLiteral("Notebook, A5 dotted"));
        QVERIFY(model->data(model->index(1, Name)).isValid()); // both rows were shown
        model->removeRowList({1});
        QCOMPARE(undoStack()->text(undoStack()->count() - 1),
                 QStringLiteral("Delete the row with id 2"));

        QVERIFY(external(QStringLiteral("UPDATE items SET name = 'theirs' WHERE id = 1")));
        model->removeRowList({0});
        QCOMPARE(undoStack()->text(undoStack()->count() - 1),
                 QStringLiteral("Delete the row with id 1 (row had changed)"));
        QTRY_COMPARE(
            stored(QStringLiteral("SELECT count(*) FROM items WHERE id IN (1, 2)")).toInt(), 0);
        QTRY_VERIFY(idle());

        undoStack()->undo();
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                     QStringLiteral("theirs"));
        QTRY_VERIFY(idle());
        const int restored = model->rowForKey(1);
        QVERIFY(restored >= 0);
        QCOMPARE(model->data(model->index(restored, Name)).toString(), QStringLiteral("theirs"));
    }

    void journalKeepsConflictsAcrossARestart()
    {
        TableModel *model = conflictOnName();
        QVERIFY(model);
        QTRY_COMPARE(store()->conflictCount(), 1);
        m_workspace->journal()->flush();
        QVERIFY(QFile::exists(RecoveryJournal::pathFor(m_path)));
        m_workspace.reset();

        m_workspace = std::make_unique<Workspace>();
        QSignalSpy checked(m_workspace.get(), &Workspace::checked);
        QVERIFY(m_workspace->open(m_path));
        QVERIFY(checked.wait(5000));
        QVERIFY(m_workspace->recovery().isUsable());
        m_workspace->resolveRecovery(true);
        QCOMPARE(store()->conflictCount(), 1);
        const EditStore::Cell cell
            = store()->cell(QStringLiteral("items"), 1, QStringLiteral("name"));
        QCOMPARE(cell.value.toString(), QStringLiteral("mine"));
        QCOMPARE(cell.theirs.toString(), QStringLiteral("theirs"));
        QCOMPARE(cell.original.toString(), QStringLiteral("Notebook, A5 dotted"));
        // Still unresolved: nothing is written, and the journal still holds it.
        m_workspace->autoSaver()->saveNow();
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle());
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("theirs"));
        m_workspace->journal()->flush();
        QVERIFY(QFile::exists(RecoveryJournal::pathFor(m_path)));
    }
};

QTEST_MAIN(TestConflicts)
#include "tst_conflicts.moc"

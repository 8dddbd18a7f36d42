// TableModel editing: edits show at once and autosave, rows added, duplicated and deleted, a
// refused row beside rows that save, a lock held past the retry budget.
#include "editstore.h"
#include "tablemodelfixture.h"

using namespace rowbook;
using testsupport::LockHolder;
using testsupport::Probe;

class TestTableEditing : public QObject, private TableModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { useFileOfThisTest(); }
    void cleanup() { closeModel(); }

    void editsShowAtOnceAndAutosave()
    {
        TableModel *model = open();
        QVERIFY(model);
        const QModelIndex name = model->index(2, 1);
        QVERIFY(model->setData(name, QStringLiteral("Ink (black)")));
        QCOMPARE(model->data(name).toString(), QStringLiteral("Ink (black)"));
        QVERIFY(model->data(name, TableModel::PendingRole).toBool());
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 3")).toString(),
                     QStringLiteral("Ink (black)"));
        QTRY_VERIFY(!model->data(name, TableModel::PendingRole).toBool());
        QCOMPARE(model->data(name).toString(), QStringLiteral("Ink (black)"));
        QCOMPARE(m_workspace->autoSaver()->state(), AutoSaver::State::Saved);

        // Typed values are stored with the column's type.
        QVERIFY(model->setData(model->index(2, 2), QStringLiteral(" 17 ")));
        QVERIFY(model->setData(model->index(2, 3), QStringLiteral("2.5")));
        QVERIFY(model->setData(model->index(2, 4), QDate(2026, 12, 24)));
        QVERIFY(model->setData(model->index(2, 5), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model->setData(model->index(2, 2), QStringLiteral("seventeen")));
        QVERIFY(!model->setData(model->index(2, 4), QStringLiteral("24/12/2026")));
        QVERIFY(!model->setData(model->index(2, 0), 99)); // the rowid is not editable
        QTRY_COMPARE(
            stored(QStringLiteral("SELECT typeof(quantity) || typeof(price) || added || done "
                                  "FROM items WHERE id = 3"))
                .toString(),
            QStringLiteral("integerreal2026-12-240"));
        QCOMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 3")).toInt(), 17);
    }

    void leavingAValueUnchangedWritesNothing()
    {
        TableModel *model = open();
        QVERIFY(model);
        QVERIFY(model->data(model->index(1, 6), TableModel::NullRole).toBool());
        QVERIFY(model->setData(model->index(1, 6), QVariant()));
        QVERIFY(model->setData(model->index(1, 1), QStringLiteral("Fountain pen")));
        QCOMPARE(m_workspace->edits()->pendingCount(), 0);
        QVERIFY(model->setData(model->index(1, 6), QString()));
        QCOMPARE(m_workspace->edits()->pendingCount(), 1); // '' is not NULL
    }

    // A BOOLEAN column holding text another program wrote ('true', 'no') is checked as the
    // text says, the way typing it into the column would store it.
    void booleanTextIsCheckedAsItSays()
    {
        {
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE flags (id INTEGER PRIMARY KEY, "
                                              "done BOOLEAN)")));
            QVERIFY(probe.exec(QStringLiteral(
                "INSERT INTO flags (done) VALUES ('true'), ('no'), (1), (0), (' Yes ')")));
        }
        TableModel *model = open(QStringLiteral("flags"));
        QVERIFY(model);
        QCOMPARE(model->tableInfo().columns[1].kind, ColumnKind::Boolean);
        QCOMPARE(model->data(model->index(0, 1), TableModel::StoredRole).toString(),
                 QStringLiteral("true")); // shown as a check box, kept as the text it is
        const QList<Qt::CheckState> expected{Qt::Checked, Qt::Unchecked, Qt::Checked, Qt::Unchecked,
                                             Qt::Checked};
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model->data(model->index(row, 1), Qt::CheckStateRole).toInt(),
                     int(expected[row]));
    }

    void addsDuplicatesAndDeletesRows()
    {
        TableModel *model = open();
        QVERIFY(model);
        const int row = model->addRow();
        QCOMPARE(row, 6);
        QVERIFY(model->keyAt(row) < 0);
        QCOMPARE(model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("*"));
        QVERIFY(model->setData(model->index(row, 1), QStringLiteral("Walrus")));
        QTRY_VERIFY(model->keyAt(row) > 0);
        QCOMPARE(model->keyAt(row), qint64(7));
        QTRY_COMPARE(model->data(model->index(row, 0)).toString(), QStringLiteral("7"));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 7")).toString(),
                 QStringLiteral("Walrus"));
        QCOMPARE(model->data(model->index(row, 5), Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked)); // default

        const int copy = model->duplicateRow(0);
        QCOMPARE(copy, 7);
        QTRY_COMPARE(
            stored(QStringLiteral("SELECT count(*) FROM items WHERE name = 'Notebook, A5 dotted'"))
                .toInt(),
            2);
        QCOMPARE(stored(QStringLiteral("SELECT notes FROM items WHERE id = 8")).toString(),
                 QStringLiteral("Reorder when fewer than five are left."));

        model->removeRowList({0, 1, 7});
        QCOMPARE(model->rowCount(), 5);
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), 5);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items WHERE id IN (1, 2, 8)")).toInt(),
                 0);

        // A row added and deleted before the save never reaches the file. (The deletions'
        // outcome first: the file shows them before the store hears of their commit.)
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle() && !m_workspace->edits()->hasWork());
        const int transient = model->addRow();
        model->removeRowList({transient});
        QCOMPARE(m_workspace->edits()->pendingCount(), 0);
    }

    void refusedRowIsMarkedWhileOthersSave()
    {
        TableModel *model = open();
        QVERIFY(model);
        QVERIFY(model->setData(model->index(0, 1), QVariant())); // name is NOT NULL
        QVERIFY(model->setData(model->index(1, 2), 77));
        QTRY_COMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 2")).toInt(), 77);
        QTRY_VERIFY(!model->data(model->index(0, 1), TableModel::ErrorRole).toString().isEmpty());
        QVERIFY(model->data(model->index(0, 1), TableModel::ErrorRole)
                    .toString()
                    .contains(QLatin1String("name")));
        QVERIFY(model->data(model->index(0, 1), TableModel::PendingRole).toBool());
        QCOMPARE(m_workspace->autoSaver()->state(), AutoSaver::State::NotSaved);
        QCOMPARE(m_workspace->edits()->pendingCount(), 1);
        // Fixing the value saves it and clears the mark.
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("Notebook")));
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                     QStringLiteral("Notebook"));
        QTRY_VERIFY(model->data(model->index(0, 1), TableModel::ErrorRole).toString().isEmpty());
        QTRY_COMPARE(m_workspace->autoSaver()->state(), AutoSaver::State::Saved);
    }

    void lockPastBudgetKeepsEditsPendingUntilLater()
    {
        RetryPolicy policy;
        policy.budgetMs = 300;
        TableModel *model = open(QStringLiteral("items"), policy);
        QVERIFY(model);
        m_workspace->autoSaver()->setRetryLaterMs(100000);
        {
            LockHolder other;
            QVERIFY(other.acquire(m_path, QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(model->setData(model->index(3, 1), QStringLiteral("Lamp (kept)")));
            QVERIFY(model->setData(model->index(4, 2), 499));
            QTRY_VERIFY(m_workspace->autoSaver()->problem().contains(QLatin1String("locked")));
            QCOMPARE(m_workspace->autoSaver()->state(), AutoSaver::State::NotSaved);
            QCOMPARE(m_workspace->edits()->pendingCount(), 2);
            QCOMPARE(model->data(model->index(3, 1)).toString(), QStringLiteral("Lamp (kept)"));
            QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 4")).toString(),
                     QStringLiteral("Desk lamp"));
        }
        m_workspace->autoSaver()->saveNow();
        QTRY_COMPARE(m_workspace->autoSaver()->state(), AutoSaver::State::Saved);
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 4")).toString(),
                 QStringLiteral("Lamp (kept)"));
        QCOMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 5")).toInt(), 499);
    }
};

QTEST_GUILESS_MAIN(TestTableEditing)
#include "tst_tableediting.moc"

#include "autosaver.h"
#include "editstore.h"
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

class TestUndo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // destroyed before the workspace

    TableModel *model() const { return m_workspace->model(); }
    QUndoStack *stack() const { return m_workspace->undo()->group()->activeStack(); }
    QVariant stored(const QString &sql) const { return Probe(m_path).value(sql); }
    QString table() const
    {
        Probe probe(m_path);
        QSqlQuery query(probe.db());
        query.exec(QStringLiteral("SELECT * FROM items ORDER BY id"));
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < 7; ++i)
                values << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                   : query.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n'));
    }
    void saveAndWait()
    {
        m_workspace->autoSaver()->saveNow();
        QTRY_VERIFY(m_workspace->autoSaver()->isIdle());
        QCOMPARE(m_workspace->autoSaver()->state(), AutoSaver::State::Saved);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_path));
        QSignalSpy checked(m_workspace.get(), &Workspace::checked);
        QVERIFY(checked.wait(5000));
        m_workspace->autoSaver()->setDebounceMs(60000);
        // Watching from before the first reset, so every signal the model sends is checked.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model()->setTable(QStringLiteral("items")));
        m_workspace->undo()->setActiveTable(QStringLiteral("items"));
    }

    void cleanup()
    {
        m_tester.reset();
        m_workspace.reset();
    }

    void editSaveUndoSaveRedo()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("First")));
        QVERIFY(model()->setData(model()->index(0, 2), QStringLiteral("99")));
        QCOMPARE(stack()->count(), 2);
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT name || '/' || quantity FROM items WHERE id = 1"))
                     .toString(),
                 QStringLiteral("First/99"));

        stack()->undo(); // quantity back to 12, saved like any edit
        stack()->undo(); // name back
        QCOMPARE(model()->data(model()->index(0, 1)).toString(),
                 QStringLiteral("Notebook, A5 dotted"));
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT name || '/' || quantity FROM items WHERE id = 1"))
                     .toString(),
                 QStringLiteral("Notebook, A5 dotted/12"));

        stack()->redo();
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT name || '/' || quantity FROM items WHERE id = 1"))
                     .toString(),
                 QStringLiteral("First/12"));
        stack()->redo();
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 1")).toInt(), 99);
    }

    void undoingADeleteRestoresIdenticalRows()
    {
        const QString before = table();
        model()->removeRowList({1, 3, 4});
        QCOMPARE(model()->rowCount(), 3);
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), 3);
        stack()->undo();
        QCOMPARE(model()->rowCount(), 6);
        saveAndWait();
        QCOMPARE(table(), before); // same ids, same values, NULLs included
        QCOMPARE(model()->keyAt(1), qint64(2));
        QCOMPARE(model()->data(model()->index(3, 1)).toString(), QStringLiteral("Desk lamp"));
        stack()->redo();
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), 3);
        stack()->undo();
        saveAndWait();
        QCOMPARE(table(), before);
    }

    void undoingAnUnsavedDeleteJustTakesItBack()
    {
        const QString before = table();
        model()->removeRowList({0});
        QCOMPARE(m_workspace->edits()->pendingCount(), 1);
        stack()->undo();
        QCOMPARE(m_workspace->edits()->pendingCount(), 0);
        QCOMPARE(model()->rowCount(), 6);
        QCOMPARE(model()->keyAt(0), qint64(1));
        saveAndWait();
        QCOMPARE(table(), before);
    }

    void addedRowsUndoAcrossSaves()
    {
        const int row = model()->addRow();
        QVERIFY(model()->setData(model()->index(row, 1), QStringLiteral("Added")));
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items WHERE name = 'Added'")).toInt(),
                 1);
        stack()->undo(); // the name
        stack()->undo(); // the row
        QCOMPARE(model()->rowCount(), 6);
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
        stack()->redo(); // the row comes back...
        stack()->redo(); // ...and gets its name again
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items WHERE name = 'Added'")).toInt(),
                 1);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), 7);

        model()->duplicateRow(0);
        saveAndWait();
        QCOMPARE(
            stored(QStringLiteral("SELECT count(*) FROM items WHERE name = 'Notebook, A5 dotted'"))
                .toInt(),
            2);
        stack()->undo();
        saveAndWait();
        QCOMPARE(
            stored(QStringLiteral("SELECT count(*) FROM items WHERE name = 'Notebook, A5 dotted'"))
                .toInt(),
            1);
    }

    void historyIsPerTableAndSurvivesSwitching()
    {
        Probe(m_path).exec(QStringLiteral("CREATE TABLE other (id INTEGER PRIMARY KEY, x TEXT)"));
        Probe(m_path).exec(QStringLiteral("INSERT INTO other (x) VALUES ('a')"));
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("items edit")));
        QVERIFY(model()->setTable(QStringLiteral("other")));
        m_workspace->undo()->setActiveTable(QStringLiteral("other"));
        QCOMPARE(stack()->count(), 0);
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("b")));
        QCOMPARE(stack()->count(), 1);
        QVERIFY(model()->setTable(QStringLiteral("items")));
        m_workspace->undo()->setActiveTable(QStringLiteral("items"));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(model()->data(model()->index(0, 1)).toString(),
                 QStringLiteral("Notebook, A5 dotted"));
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT x FROM other")).toString(), QStringLiteral("b"));

        QSignalSpy cleared(m_workspace->undo(), &UndoHistory::cleared);
        m_workspace->undo()->clear(QStringLiteral("items"), QStringLiteral("columns changed"));
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(stack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"

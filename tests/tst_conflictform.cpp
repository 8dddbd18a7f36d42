// The window's side of conflicts with other programs: the form shows theirs and yours with Keep
// Mine and Take Theirs (or Insert Again and Discard for a deleted row), the status bar counts
// conflicts, and Edit → Next Conflict (F8) goes to them. Driven with keys and mouse clicks.
#include "autosaver.h"
#include "changewatcher.h"
#include "database.h"
#include "editstore.h"
#include "fieldeditor.h"
#include "mainwindow.h"
#include "recordform.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

namespace {
enum Column { Id, Name, Quantity };
}

class TestConflictForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QString stored(const QString &sql) const { return Probe(m_path).value(sql).toString(); }
    bool external(const QString &sql) const { return Probe(m_path).exec(sql); }
    QString saveStatus() const
    {
        return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("saveStatus"))->text();
    }
    QTableView *view() const { return m_window->tableView(); }
    TableModel *model() const { return m_window->workspace()->model(); }
    QWidget *panel() const
    {
        return m_window->findChild<QWidget *>(QStringLiteral("conflictPanel"));
    }
    QPushButton *button(const QString &name) const
    {
        QWidget *conflicts = panel();
        return conflicts && conflicts->isVisible() ? conflicts->findChild<QPushButton *>(name)
                                                   : nullptr;
    }
    QString panelText() const
    {
        QStringList texts;
        for (QLabel *label : panel()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    }

    void typeIntoCell(int row, int column, const QString &text)
    {
        const QModelIndex index = model()->index(row, column);
        view()->setCurrentIndex(index);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "a line edit opens in the cell");
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model()->data(index, Qt::EditRole).toString(), text);
    }

    // Row `row` is on screen; another program renames it; then the user types `mine` over it.
    void makeConflict(int row, const QString &mine = QStringLiteral("mine"))
    {
        QVERIFY(!model()->data(model()->index(row, Name)).toString().isEmpty());
        QVERIFY(external(
            QStringLiteral("UPDATE items SET name = 'theirs' WHERE id = %1").arg(row + 1)));
        typeIntoCell(row, Name, mine);
        QTRY_VERIFY(model()->data(model()->index(row, Name), TableModel::ConflictRole).toBool());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        // The starter file exists first: the window asks before it creates a missing file.
        QVERIFY(Database::prepare(m_path, Database::Open::Starter).isOpen());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path));
        m_window->workspace()->autoSaver()->setDebounceMs(30);
        // The user types over what the grid showed before the other program's change.
        m_window->workspace()->watcher()->stop();
        QTRY_VERIFY(model()->rowCount() == 6);
    }

    void cleanup() { m_window.reset(); }

    void formShowsBothValuesAndKeepMineSavesMine()
    {
        makeConflict(0);
        QTRY_VERIFY(saveStatus().contains(QStringLiteral("1 conflict")));
        QTRY_VERIFY(button(QStringLiteral("keepMine:name")));
        QVERIFY(panelText().contains(QStringLiteral("theirs “theirs” · yours “mine”")));
        QVERIFY(!panelText().contains(QStringLiteral("trigger")));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                 QStringLiteral("theirs"));

        QTest::mouseClick(button(QStringLiteral("keepMine:name")), Qt::LeftButton);
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                     QStringLiteral("mine"));
        QTRY_VERIFY(!panel()->isVisible());
        QTRY_VERIFY(!saveStatus().contains(QStringLiteral("conflict")));
        QCOMPARE(m_window->workspace()->edits()->conflictCount(), 0);
    }

    // A table's triggers change its rows after the user's own saves too: the panel does not
    // blame another program alone.
    void aTableWithTriggersNamesThemAmongWhoChangedIt()
    {
        QVERIFY(external(QStringLiteral("CREATE TABLE log (at TEXT)")));
        QVERIFY(external(QStringLiteral("CREATE TRIGGER logged AFTER UPDATE ON items BEGIN "
                                        "INSERT INTO log VALUES (datetime()); END")));
        QVERIFY(model()->setTable(QStringLiteral("items")));
        QTRY_COMPARE(model()->rowCount(), 6);
        makeConflict(0);
        QTRY_VERIFY(button(QStringLiteral("keepMine:name")));
        QVERIFY2(panelText().contains(QStringLiteral("by another program or by a trigger of the "
                                                     "table: theirs “theirs” · yours “mine”")),
                 qPrintable(panelText()));
    }

    void takeTheirsShowsTheirsAndUndoBringsMineBack()
    {
        makeConflict(0);
        QTRY_VERIFY(button(QStringLiteral("takeTheirs:name")));
        QTest::mouseClick(button(QStringLiteral("takeTheirs:name")), Qt::LeftButton);
        QTRY_COMPARE(model()->data(model()->index(0, Name)).toString(), QStringLiteral("theirs"));
        QTRY_VERIFY(!panel()->isVisible());
        QCOMPARE(m_window->workspace()->edits()->pendingCount(), 0);

        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->data(model()->index(0, Name)).toString(), QStringLiteral("mine"));
        QTRY_VERIFY(button(QStringLiteral("takeTheirs:name")));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                 QStringLiteral("theirs"));
    }

    void rowDeletedElsewhereIsInsertedAgain()
    {
        QVERIFY(!model()->data(model()->index(2, Name)).toString().isEmpty());
        QVERIFY(external(QStringLiteral("DELETE FROM items WHERE id = 3")));
        typeIntoCell(2, Quantity, QStringLiteral("41"));
        QTRY_VERIFY(button(QStringLiteral("insertAgain")));
        QTest::mouseClick(button(QStringLiteral("insertAgain")), Qt::LeftButton);
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM items WHERE quantity = 41 AND "
                                           "name = 'Ink cartridges (blue)'")),
                     QStringLiteral("1"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("6"));
    }

    void rowDeletedElsewhereIsDiscarded()
    {
        QVERIFY(!model()->data(model()->index(2, Name)).toString().isEmpty());
        QVERIFY(external(QStringLiteral("DELETE FROM items WHERE id = 3")));
        typeIntoCell(2, Quantity, QStringLiteral("41"));
        QTRY_VERIFY(button(QStringLiteral("discardGone")));
        QTest::mouseClick(button(QStringLiteral("discardGone")), Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 5);
        QCOMPARE(m_window->workspace()->edits()->pendingCount(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("5"));
    }

    void formStaysOnItsRowWhenRowsAboveAreDeletedElsewhere()
    {
        m_window->workspace()->watcher()->start();
        view()->setCurrentIndex(model()->index(3, Name));
        auto *form = m_window->findChild<RecordForm *>(QStringLiteral("recordForm"));
        QVERIFY(form);
        QCOMPARE(form->currentRow(), 3);
        QVERIFY(external(QStringLiteral("DELETE FROM items WHERE id < 3")));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 1000);
        QCOMPARE(view()->currentIndex(), model()->index(1, Name));
        QTRY_COMPARE(form->currentRow(), 1);
        QCOMPARE(model()->data(model()->index(form->currentRow(), Name)).toString(),
                 QStringLiteral("Desk lamp"));
    }

    // The cell editor is open when another program changes the cell: the editor keeps what it
    // opened with, and what the user types there is checked against that, so the other
    // program's value comes back as a conflict instead of being overwritten.
    void changeWhileTheCellEditorIsOpenComesBackAsAConflict()
    {
        m_window->workspace()->watcher()->start();
        const QModelIndex index = model()->index(1, Name);
        const QString shown = model()->data(index).toString();
        QVERIFY(!shown.isEmpty());
        view()->setCurrentIndex(index);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "a line edit opens in the cell");
        QCOMPARE(editor->text(), shown);

        QVERIFY(external(QStringLiteral("UPDATE items SET name = 'theirs' WHERE id = 2")));
        QTRY_COMPARE_WITH_TIMEOUT(model()->data(index).toString(), QStringLiteral("theirs"), 1000);
        QCOMPARE(QApplication::focusWidget(), editor); // still open, still what it opened with
        QCOMPARE(editor->text(), shown);

        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("mine"));
        QTest::keyClick(editor, Qt::Key_Return);
        m_window->workspace()->autoSaver()->saveNow();
        QTRY_VERIFY(model()->data(index, TableModel::ConflictRole).toBool());
        QTRY_VERIFY(m_window->workspace()->autoSaver()->isIdle());
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 2")),
                 QStringLiteral("theirs"));
        QCOMPARE(model()->data(index, TableModel::TheirsRole).toString(), QStringLiteral("theirs"));
        QCOMPARE(model()->data(index).toString(), QStringLiteral("mine"));
    }

    // The same in the form: the field being typed in keeps the user's text while another
    // program's change is read in, and saving it comes back as a conflict.
    void changeWhileTypingInTheFormComesBackAsAConflict()
    {
        m_window->workspace()->watcher()->start();
        const QModelIndex index = model()->index(1, Name);
        const QString shown = model()->data(index).toString();
        view()->setCurrentIndex(index);
        auto *form = m_window->findChild<RecordForm *>(QStringLiteral("recordForm"));
        QVERIFY(form);
        QTRY_COMPARE(form->currentRow(), 1);
        auto *edit = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("name"))->editor());
        QVERIFY(edit);
        QCOMPARE(edit->text(), shown);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        edit->end(false);
        QTest::keyClicks(edit, QStringLiteral(" (mine)"));

        QVERIFY(external(QStringLiteral("UPDATE items SET name = 'theirs' WHERE id = 2")));
        QTRY_COMPARE_WITH_TIMEOUT(model()->data(index).toString(), QStringLiteral("theirs"), 1000);
        QCOMPARE(edit->text(), shown + QStringLiteral(" (mine)"));

        QTest::keyClick(edit, Qt::Key_Return);
        m_window->workspace()->autoSaver()->saveNow();
        QTRY_VERIFY(model()->data(index, TableModel::ConflictRole).toBool());
        QTRY_VERIFY(m_window->workspace()->autoSaver()->isIdle());
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 2")),
                 QStringLiteral("theirs"));
        QCOMPARE(model()->data(index).toString(), shown + QStringLiteral(" (mine)"));
    }

    void nextConflictGoesToTheConflict()
    {
        makeConflict(3);
        view()->setCurrentIndex(model()->index(0, 0));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F8);
        QCOMPARE(view()->currentIndex(), model()->index(3, Name));
        QTest::keyClick(view(), Qt::Key_F8); // the only one: stays there
        QCOMPARE(view()->currentIndex(), model()->index(3, Name));
    }
};

QTEST_MAIN(TestConflictForm)
#include "tst_conflictform.moc"

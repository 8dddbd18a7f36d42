// Every pane reached from the keyboard alone (PaneNavigator), and the shortcuts list built from
// the window's actions (ShortcutsDialog). Keys go to whatever widget has the focus, as typing
// would.
#include "fieldeditor.h"
#include "filterheader.h"
#include "mainwindow.h"
#include "panenavigator.h"
#include "recordform.h"
#include "shortcutsdialog.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

using namespace rowbook;

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QWidget *focus() const { return QApplication::focusWidget(); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = focus() ? focus() : m_window.get();
        QTest::keyClick(target, key, modifiers);
    }
    PaneNavigator *navigator() const { return m_window->findChild<PaneNavigator *>(); }
    QString paneName() const
    {
        static const char *names[] = {"list", "grid", "form", "filter", "none"};
        return QString::fromLatin1(names[navigator()->currentPane()]);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString path = testsupport::testFile(m_dir);
        QVERIFY(testsupport::copyOfChinook(path));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDatabase(path, QStringLiteral("Track")));
        m_window->tableView()->setFocus();
        QTRY_COMPARE(focus(), m_window->tableView());
    }

    void cleanup() { m_window.reset(); }

    void f6CyclesThroughEveryPane()
    {
        QCOMPARE(paneName(), QStringLiteral("grid"));
        const QStringList expected{QStringLiteral("form"), QStringLiteral("filter"),
                                   QStringLiteral("list"), QStringLiteral("grid")};
        for (const QString &pane : expected) {
            press(Qt::Key_F6);
            QCOMPARE(paneName(), pane);
        }
        press(Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(paneName(), QStringLiteral("list"));
        press(Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(paneName(), QStringLiteral("filter"));
        // The filter row gets the filter of the current column; typing there filters.
        QCOMPARE(focus(), m_window->findChild<FilterHeader *>()->filterEdit(0));
    }

    void ctrlNumbersFocusPanes()
    {
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(paneName(), QStringLiteral("list"));
        QCOMPARE(focus(), m_window->findChild<TableList *>());
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(paneName(), QStringLiteral("form"));
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(focus(), m_window->tableView());
    }

    void f4ShowsTheFormAndFocusesIt()
    {
        press(Qt::Key_F4); // visible at start: hides it
        QVERIFY(!m_window->form()->isVisible());
        QCOMPARE(paneName(), QStringLiteral("grid"));
        press(Qt::Key_F4);
        QVERIFY(m_window->form()->isVisible());
        QCOMPARE(paneName(), QStringLiteral("form"));
        // The field of the grid's current column has the focus.
        QVERIFY(m_window->form()->editor(QStringLiteral("TrackId"))->isAncestorOf(focus()));
    }

    void ctrlGGoesToARowNumber()
    {
        press(Qt::Key_G, Qt::ControlModifier);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_window->findChild<QInputDialog *>(QStringLiteral("goToRowDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        auto *spin = dialog->findChild<QSpinBox *>();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QStringLiteral("42"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(m_window->tableView()->currentIndex().row(), 41);
        QCOMPARE(m_window->tableView()->model()->headerData(41, Qt::Vertical).toString(),
                 QStringLiteral("42"));
        QVERIFY(m_window->tableView()->selectionModel()->isRowSelected(41, {}));
        QCOMPARE(m_window->tableView()->currentIndex().data().toString(), QStringLiteral("42"));
        QCOMPARE(focus(), m_window->tableView());
    }

    void ctrlTabSwitchesTables()
    {
        auto *tables = m_window->findChild<TableList *>();
        const QString first = tables->currentName();
        press(Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(tables->currentName() != first);
        QCOMPARE(m_window->workspace()->model()->tableName(), tables->currentName());
        press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->workspace()->model()->tableName(), first);
    }

    void tabLeavesTheSearchBoxForTheGrid()
    {
        press(Qt::Key_F, Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QCOMPARE(focus(), search);
        QTest::keyClicks(search, QStringLiteral("Balls"));
        press(Qt::Key_Tab);
        QCOMPARE(focus(), m_window->tableView());
        QCOMPARE(paneName(), QStringLiteral("grid"));
    }

    void shortcutsDialogListsEveryAction()
    {
        // Undo says what it would undo; the list names it Undo all the same.
        QAction *undo = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
        QVERIFY(undo);
        const QString undoText = undo->text();
        undo->setText(QStringLiteral("&Undo Edit Name of the row with id 3"));
        ShortcutsDialog dialog(m_window.get());
        undo->setText(undoText);
        QVERIFY(!dialog.table()->findItems(QStringLiteral("Undo"), Qt::MatchExactly).isEmpty());
        QVERIFY(
            dialog.table()->findItems(QStringLiteral("Undo Edit"), Qt::MatchStartsWith).isEmpty());
        QStringList listed;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            listed << dialog.table()->item(row, ShortcutsDialog::Keys)->text() + QLatin1Char('=')
                          + dialog.table()->item(row, ShortcutsDialog::Action)->text();
        int withShortcut = 0;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty())
                continue;
            ++withShortcut;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            const bool found = std::any_of(listed.cbegin(), listed.cend(), [&](const QString &row) {
                return row.startsWith(keys);
            });
            QVERIFY2(found,
                     qPrintable(QStringLiteral("%1 (%2) is not listed").arg(action->text(), keys)));
        }
        QVERIFY(withShortcut >= 25);
        for (const QString &key :
             {QStringLiteral("F6"), QStringLiteral("Ctrl+G"), QStringLiteral("Ctrl+Tab"),
              QStringLiteral("F4"), QStringLiteral("Ctrl+click")}) {
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                                 [&](const QString &row) { return row.startsWith(key); }),
                     qPrintable(key));
        }
    }

    void toolbarTooltipsShowShortcuts()
    {
        auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        int checked = 0;
        for (QAction *action : toolbar->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            ++checked;
            QVERIFY2(action->toolTip().endsWith(QStringLiteral("(%1)").arg(
                         action->shortcut().toString(QKeySequence::NativeText))),
                     qPrintable(action->toolTip()));
        }
        QVERIFY(checked >= 3);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"

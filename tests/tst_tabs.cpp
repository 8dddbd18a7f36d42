// Tabs: several tables, also of different files, side by side in one window; each keeps its
// filter, sort, place and undo history; Ctrl+T, Ctrl+W, Ctrl+Tab; the tabs come back on the next
// launch.

#include "autosaver.h"
#include "documentcontroller.h"
#include "documenttabs.h"
#include "filterheader.h"
#include "mainwindow.h"
#include "recoveryjournal.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestTabs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fruitPath;  // tables fruit (30 rows) and city (3 rows)
    QString m_planetPath; // table planet (4 rows)
    std::unique_ptr<MainWindow> m_window;

    QTableView *view() const { return m_window->tableView(); }
    TableModel *model() const { return m_window->workspace()->model(); }
    DocumentController *document() const { return m_window->document(); }
    QTabBar *tabs() const { return m_window->tabs()->bar(); }

    QAction *action(const QString &text) const
    {
        for (QAction *each : m_window->findChildren<QAction *>()) {
            if (each->text() == text)
                return each;
        }
        return nullptr;
    }

    static QString scalar(const QString &path, const QString &sql)
    {
        return Probe(path).value(sql).toString();
    }

    static void makeFile(const QString &path, const QStringList &statements)
    {
        QFile::remove(path);
        Probe probe(path);
        for (const QString &statement : statements)
            QVERIFY2(probe.exec(statement), qPrintable(statement));
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Waits until the model on screen has read its rows.
    void waitForRows(int rows) const { QTRY_COMPARE(model()->rowCount(), rows); }

    void typeFilter(int column, const QString &text) const
    {
        QLineEdit *edit = m_window->findChild<FilterHeader *>()->filterEdit(column);
        QVERIFY(edit);
        edit->setText(text);
    }

    QString filterText(int column) const
    {
        return m_window->findChild<FilterHeader *>()->filterEdit(column)->text();
    }

    // Closes the window, has `holder` lock the planet file (BEGIN EXCLUSIVE) and opens the
    // window again, restoring its tabs: the first two open, the planet one waits.
    bool relaunchWithPlanetLocked(testsupport::LockHolder &holder)
    {
        m_window->close();
        if (!QTest::qWaitFor([this] { return !m_window->isVisible(); }))
            return false;
        m_window.reset();
        if (!holder.acquire(m_planetPath, QStringLiteral("BEGIN EXCLUSIVE")))
            return false;
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get()) && m_window->tabs()->restore()
               && document()->tabCount() == 2 && document()->isOpening();
    }

    // Ctrl+T: the table on screen again, in a tab of its own, made current.
    void newTab() const
    {
        const int before = document()->tabCount();
        QTest::keyClick(view(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(document()->tabCount(), before + 1);
        QCOMPARE(document()->currentTab(), tabs()->currentIndex());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // Files of their own for each test, in a folder of its own (tab texts name the file).
        const QString folder = QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(QDir(m_dir.path()).mkpath(folder));
        m_fruitPath = m_dir.filePath(folder + QStringLiteral("/fruit.sqlite"));
        m_planetPath = m_dir.filePath(folder + QStringLiteral("/planet.sqlite"));
        QStringList fruit{
            QStringLiteral("CREATE TABLE fruit (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("INSERT INTO city (name) VALUES ('Lyon'), ('Oslo'), ('Quito')"),
        };
        const QStringList kinds{QStringLiteral("apple"),  QStringLiteral("banana"),
                                QStringLiteral("cherry"), QStringLiteral("mango"),
                                QStringLiteral("orange"), QStringLiteral("grape")};
        for (int i = 1; i <= 30; ++i) {
            fruit << QStringLiteral("INSERT INTO fruit (name) VALUES ('%1 %2')")
                         .arg(kinds[i % kinds.size()])
                         .arg(i, 2, 10, QLatin1Char('0'));
        }
        makeFile(m_fruitPath, fruit);
        makeFile(m_planetPath,
                 {QStringLiteral("CREATE TABLE planet (id INTEGER PRIMARY KEY, name TEXT)"),
                  QStringLiteral("INSERT INTO planet (name) VALUES ('Mercury'), ('Venus'), "
                                 "('Earth'), ('Mars')")});
        openWindow();
        QVERIFY(m_window->openDatabase(m_fruitPath, QStringLiteral("fruit")));
        waitForRows(30);
        m_window->workspace()->autoSaver()->setDebounceMs(30);
    }

    void cleanup() { m_window.reset(); }

    void oneTabShowsNoTabBar()
    {
        QCOMPARE(document()->tabCount(), 1);
        QVERIFY(!tabs()->isVisible()); // nothing to choose between
        QVERIFY(!action(QStringLiteral("Close T&ab"))->isEnabled());
        newTab();
        QVERIFY(tabs()->isVisible());
        QCOMPARE(tabs()->count(), 2);
        QVERIFY(action(QStringLiteral("Close T&ab"))->isEnabled());
    }

    void eachTabKeepsItsFilterSortAndPlace()
    {
        const QString matching
            = scalar(m_fruitPath, QStringLiteral("SELECT count(*) FROM fruit WHERE name "
                                                 "LIKE '%an%'"));
        typeFilter(1, QStringLiteral("an"));
        waitForRows(matching.toInt());
        view()->sortByColumn(1, Qt::DescendingOrder);
        const QString first = scalar(m_fruitPath, QStringLiteral("SELECT name FROM fruit WHERE "
                                                                 "name LIKE '%an%' ORDER BY name "
                                                                 "DESC LIMIT 1"));
        QTRY_COMPARE(model()->index(0, 1).data().toString(), first);
        view()->setCurrentIndex(model()->index(3, 1));
        const QString current = model()->index(3, 1).data().toString();

        newTab(); // the same table, as it is in the file: unfiltered, unsorted
        waitForRows(30);
        QCOMPARE(filterText(1), QString());
        QVERIFY(m_window->showTable(QStringLiteral("city")));
        waitForRows(3);
        QCOMPARE(tabs()->tabText(0), QStringLiteral("fruit"));
        QCOMPARE(tabs()->tabText(1), QStringLiteral("city"));

        tabs()->setCurrentIndex(0); // back: the filter, the sort and the place as they were
        QCOMPARE(document()->currentTab(), 0);
        QCOMPARE(model()->tableName(), QStringLiteral("fruit"));
        QCOMPARE(filterText(1), QStringLiteral("an"));
        QCOMPARE(model()->rowCount(), matching.toInt());
        QCOMPARE(model()->index(0, 1).data().toString(), first);
        QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(view()->currentIndex().row(), 3);
        QCOMPARE(view()->currentIndex().data().toString(), current);
        QCOMPARE(m_window->findChild<TableList *>()->currentName(), QStringLiteral("fruit"));

        tabs()->setCurrentIndex(1);
        QCOMPARE(model()->tableName(), QStringLiteral("city"));
        QCOMPARE(filterText(1), QString());
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(m_window->findChild<TableList *>()->currentName(), QStringLiteral("city"));

        // Back in the filtered tab, emptying its filter shows every row again, also after the
        // other tab filtered and unfiltered its own rows.
        typeFilter(1, QStringLiteral("y"));
        waitForRows(1); // Lyon
        typeFilter(1, QString());
        waitForRows(3);
        tabs()->setCurrentIndex(0);
        typeFilter(1, QString());
        waitForRows(30);
        // A filter typed just before leaving a tab belongs to that tab, not to the next one.
        typeFilter(1, QStringLiteral("cherry"));
        tabs()->setCurrentIndex(1);
        QCOMPARE(model()->rowCount(), 3); // city, unfiltered
        tabs()->setCurrentIndex(0);
        QCOMPARE(filterText(1), QStringLiteral("cherry"));
        waitForRows(scalar(m_fruitPath, QStringLiteral("SELECT count(*) FROM fruit WHERE name "
                                                       "LIKE '%cherry%'"))
                        .toInt());
    }

    void eachTabHasItsOwnUndoHistory()
    {
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("kiwi")));
        QTRY_COMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM fruit WHERE id = 1")),
                     QStringLiteral("kiwi"));
        newTab();
        QVERIFY(m_window->showTable(QStringLiteral("city")));
        waitForRows(3);
        m_window->workspace()->autoSaver()->setDebounceMs(30);
        QAction *undo = action(QStringLiteral("&Undo"));
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled()); // the fruit edit is not this tab's to undo
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("Lima")));
        QTRY_COMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM city WHERE id = 1")),
                     QStringLiteral("Lima"));

        tabs()->setCurrentIndex(0);
        QTRY_VERIFY(m_window->workspace()->undo()->group()->canUndo());
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM fruit WHERE id = 1")),
                     QStringLiteral("banana 01"));
        QCOMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM city WHERE id = 1")),
                 QStringLiteral("Lima")); // the other tab's edit stays
    }

    void tabsOfTwoFilesSideBySide()
    {
        newTab();
        m_window->switchDatabase(m_planetPath); // File → Open in the new tab
        QTRY_COMPARE(m_window->workspace()->info().path,
                     QFileInfo(m_planetPath).absoluteFilePath());
        waitForRows(4);
        QCOMPARE(document()->tabCount(), 2);
        QCOMPARE(tabs()->tabText(0), QStringLiteral("fruit · fruit.sqlite"));
        QCOMPARE(tabs()->tabText(1), QStringLiteral("planet · planet.sqlite"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("planet.sqlite")));
        auto *list = m_window->findChild<TableList *>();
        QCOMPARE(list->topLevelItemCount(), 1);

        tabs()->setCurrentIndex(0);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("fruit.sqlite")));
        QCOMPARE(list->topLevelItemCount(), 2); // city and fruit
        QCOMPARE(list->currentName(), QStringLiteral("fruit"));
        waitForRows(30);
    }

    void closeTabSavesItsEditsFirst()
    {
        newTab();
        QVERIFY(m_window->showTable(QStringLiteral("city")));
        waitForRows(3);
        m_window->workspace()->autoSaver()->setDebounceMs(60000); // not saved on its own
        QVERIFY(model()->setData(model()->index(2, 1), QStringLiteral("Quebec")));
        QCOMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM city WHERE id = 3")),
                 QStringLiteral("Quito"));
        QTest::keyClick(view(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(document()->tabCount(), 1);
        QCOMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM city WHERE id = 3")),
                 QStringLiteral("Quebec"));
        QCOMPARE(model()->tableName(), QStringLiteral("fruit")); // the tab that is left
        QCOMPARE(tabs()->count(), 1);
        // The closed tab's journal went with it: opening the file again finds nothing to recover.
        QVERIFY2(RecoveryJournal::leftovers(QFileInfo(m_fruitPath).absoluteFilePath()).isEmpty(),
                 qPrintable(RecoveryJournal::leftovers(QFileInfo(m_fruitPath).absoluteFilePath())
                                .join(QLatin1Char(' '))));
        QTest::keyClick(view(), Qt::Key_W, Qt::ControlModifier); // the last tab stays
        QCOMPARE(document()->tabCount(), 1);
    }

    void closingTheWindowSavesEveryTab()
    {
        m_window->workspace()->autoSaver()->setDebounceMs(60000);
        QVERIFY(model()->setData(model()->index(1, 1), QStringLiteral("lime")));
        newTab();
        QVERIFY(m_window->showTable(QStringLiteral("city")));
        waitForRows(3);
        m_window->workspace()->autoSaver()->setDebounceMs(60000);
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("Lagos")));
        m_window->close();
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM fruit WHERE id = 2")),
                 QStringLiteral("lime"));
        QCOMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM city WHERE id = 1")),
                 QStringLiteral("Lagos"));
    }

    void tabsComeBackOnTheNextLaunch()
    {
        newTab();
        m_window->switchDatabase(m_planetPath);
        QTRY_COMPARE(m_window->workspace()->info().path,
                     QFileInfo(m_planetPath).absoluteFilePath());
        waitForRows(4);
        newTab();
        QVERIFY(m_window->showTable(QStringLiteral("planet")));
        tabs()->setCurrentIndex(1);
        QCOMPARE(document()->currentTab(), 1);
        m_window->close();
        QTRY_VERIFY(!m_window->isVisible());

        openWindow();
        QVERIFY(m_window->tabs()->restore());
        QCOMPARE(document()->tabCount(), 3);
        QCOMPARE(document()->tab(0)->info().path, QFileInfo(m_fruitPath).absoluteFilePath());
        QCOMPARE(document()->tab(0)->model()->tableName(), QStringLiteral("fruit"));
        QCOMPARE(document()->tab(1)->info().path, QFileInfo(m_planetPath).absoluteFilePath());
        QCOMPARE(document()->tab(2)->info().path, QFileInfo(m_planetPath).absoluteFilePath());
        QCOMPARE(document()->currentTab(), 1);
        QCOMPARE(tabs()->currentIndex(), 1);
        QCOMPARE(model()->tableName(), QStringLiteral("planet"));
        waitForRows(4);

        // A file that is gone stays closed; the others come back.
        m_window->close();
        QTRY_VERIFY(!m_window->isVisible());
        m_window.reset();
        QVERIFY(QFile::remove(m_planetPath));
        openWindow();
        QVERIFY(m_window->tabs()->restore());
        QCOMPARE(document()->tabCount(), 1);
        QCOMPARE(model()->tableName(), QStringLiteral("fruit"));
    }

    // A tab whose file another program keeps locked at the next launch: restoring waits for it
    // without holding up the window, opens it when the lock goes, and goes on with the tabs
    // after it when the user stops the wait.
    void aLockedFileIsRestoredWhenTheLockGoes()
    {
        newTab();
        newTab();
        m_window->switchDatabase(m_planetPath);
        QTRY_COMPARE(m_window->workspace()->info().path,
                     QFileInfo(m_planetPath).absoluteFilePath());
        QVERIFY(document()->openInNewTab(m_fruitPath, QStringLiteral("city")));
        QCOMPARE(document()->tabCount(), 4); // fruit, fruit, planet, fruit (city)
        testsupport::LockHolder other;
        QVERIFY(relaunchWithPlanetLocked(other));
        QTest::qWait(600);
        QCOMPARE(document()->tabCount(), 2);
        other.release();
        QTRY_COMPARE_WITH_TIMEOUT(document()->tabCount(), 4, 10000);
        QCOMPARE(document()->tab(2)->info().path, QFileInfo(m_planetPath).absoluteFilePath());
        QCOMPARE(document()->tab(3)->model()->tableName(), QStringLiteral("city"));

        // The user clicks a tab while the planet tab waits: it is not opened, the city tab is.
        testsupport::LockHolder again;
        QVERIFY(relaunchWithPlanetLocked(again));
        tabs()->setCurrentIndex(0);
        QVERIFY(!document()->isOpening());
        QTRY_COMPARE(document()->tabCount(), 3); // after the current tab, as a new tab goes
        again.release();
        QTest::qWait(1000);
        QCOMPARE(document()->tabCount(), 3);
        QStringList tables;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(document()->tab(i)->info().path, QFileInfo(m_fruitPath).absoluteFilePath());
            tables << document()->tab(i)->model()->tableName();
        }
        QCOMPARE(tables.count(QStringLiteral("city")), 1);
    }

    // Restoring while the user's switch to another file waits for the edits of the tab it
    // replaces (another program holds the file's lock): the restored tab opens once the switch
    // is done, instead of being refused because the tabs are not free.
    void restoringWaitsForASwitchThatWaitsForItsEdits()
    {
        m_window->switchDatabase(m_planetPath);
        QTRY_COMPARE(m_window->workspace()->info().path,
                     QFileInfo(m_planetPath).absoluteFilePath());
        m_window->close(); // the tabs to restore: planet
        QTRY_VERIFY(!m_window->isVisible());
        m_window.reset();

        openWindow();
        QVERIFY(m_window->openDatabase(m_fruitPath, QStringLiteral("fruit")));
        waitForRows(30);
        m_window->workspace()->autoSaver()->setDebounceMs(30);
        testsupport::LockHolder other;
        QVERIFY(other.acquire(m_fruitPath, QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("kept")));
        QTRY_COMPARE(m_window->workspace()->autoSaver()->state(), AutoSaver::State::Waiting);
        m_window->switchDatabase(m_planetPath); // waits for the edit
        QVERIFY(!document()->isFree());
        QVERIFY(!document()->isOpening());

        QVERIFY(m_window->tabs()->restore());
        QTest::qWait(300);
        QCOMPARE(document()->tabCount(), 1);
        other.release();
        QTRY_COMPARE_WITH_TIMEOUT(document()->tabCount(), 2, 10000);
        QCOMPARE(scalar(m_fruitPath, QStringLiteral("SELECT name FROM fruit WHERE id = 1")),
                 QStringLiteral("kept"));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(document()->tab(i)->info().path, QFileInfo(m_planetPath).absoluteFilePath());
    }

    void ctrlTabCyclesTabsOrTablesWithOneTab()
    {
        QCOMPARE(model()->tableName(), QStringLiteral("fruit"));
        // One tab: Ctrl+Tab goes to the next table of the list (city, fruit: it wraps to city).
        QTest::keyClick(view(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(model()->tableName(), QStringLiteral("city"));
        newTab();
        QVERIFY(m_window->showTable(QStringLiteral("fruit")));
        QCOMPARE(document()->currentTab(), 1);
        QTest::keyClick(view(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(document()->currentTab(), 0);
        QCOMPARE(model()->tableName(), QStringLiteral("city")); // the tab, not the table, changed
        QTest::keyClick(view(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(document()->currentTab(), 1);
        // The View menu names the keys as they are pressed, not Qt's name "Backtab".
        QAction *previous = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Previous Tab"))
                previous = action;
        }
        QVERIFY(previous);
        QCOMPARE(previous->shortcut().toString(QKeySequence::NativeText),
                 QStringLiteral("Ctrl+Shift+Tab"));
    }

    void middleClickOpensATableInANewTab()
    {
        auto *list = m_window->findChild<TableList *>();
        QTreeWidgetItem *city = list->findItems(QStringLiteral("city"), Qt::MatchExactly).value(0);
        QVERIFY(city);
        const QPoint at = list->visualItemRect(city).center();
        QTest::mouseClick(list->viewport(), Qt::MiddleButton, {}, at);
        QTRY_COMPARE(document()->tabCount(), 2);
        QCOMPARE(document()->currentTab(), 1);
        QCOMPARE(model()->tableName(), QStringLiteral("city"));
        QCOMPARE(document()->tab(0)->model()->tableName(), QStringLiteral("fruit"));
    }
};

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"

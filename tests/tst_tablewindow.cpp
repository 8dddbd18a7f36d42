// TableModel's window over a big table (views see about windowRows() rows of it at a time) and
// the grid's scroll bar over the whole table (WindowScroller). The window is made small here
// (TableModel::setWindowRows()), so that a table of a few thousand rows has several windows.
#include "autosaver.h"
#include "database.h"
#include "editstore.h"
#include "gridview.h"
#include "mainwindow.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rowbook;
using testsupport::Probe;

class TestTableWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr int rows = 5000;
    static constexpr int window = 1000;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // destroyed before the workspace
    int m_label = -1;

    // The table `big` (id, 'label ' || id) of `rows` rows.
    bool createBig() const
    {
        return Database::prepare(m_path).isOpen()
               && testsupport::createLabelled(m_path, QStringLiteral("big"), rows);
    }

    // `big`, shown in a window of `window` rows.
    TableModel *open()
    {
        if (!createBig())
            return nullptr;
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_path))
            return nullptr;
        QSignalSpy checked(m_workspace.get(), &Workspace::checked);
        if (!checked.wait(5000))
            return nullptr;
        m_workspace->autoSaver()->setDebounceMs(20);
        TableModel *model = m_workspace->model();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setWindowRows(window);
        if (!model->setTable(QStringLiteral("big")))
            return nullptr;
        QSignalSpy loading(model, &TableModel::loadingChanged);
        if (model->isLoading() && !loading.wait(10000))
            return nullptr;
        m_label = model->tableInfo().columnIndex(QStringLiteral("label"));
        return model;
    }

    // `big` in a main window, its model's window made `window` rows; null on failure.
    TableModel *openInWindow(MainWindow &mainWindow)
    {
        if (!createBig())
            return nullptr;
        mainWindow.show();
        if (!QTest::qWaitForWindowExposed(&mainWindow)
            || !mainWindow.openDatabase(m_path, QStringLiteral("big")))
            return nullptr;
        mainWindow.workspace()->autoSaver()->setDebounceMs(20);
        TableModel *model = mainWindow.workspace()->model();
        model->setWindowRows(window);
        model->refresh();
        QSignalSpy loading(model, &TableModel::loadingChanged);
        if (model->isLoading() && !loading.wait(10000))
            return nullptr;
        m_label = model->tableInfo().columnIndex(QStringLiteral("label"));
        return model;
    }

    // While `timer` runs, every question box is answered with `button`.
    void answerQuestions(QTimer &timer, QMessageBox::StandardButton button)
    {
        connect(&timer, &QTimer::timeout, this, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
        timer.start(50);
    }

    QString label(const TableModel *model, int row) const
    {
        return model->data(model->index(row, m_label)).toString();
    }
    QString stored(const QString &sql) const { return Probe(m_path).value(sql).toString(); }
    void undo() { m_workspace->undo()->stack(QStringLiteral("big"))->undo(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { m_path = testsupport::testFile(m_dir); }

    void cleanup()
    {
        m_tester.reset();
        m_workspace.reset();
    }

    void viewsSeeAWindowOfTheRows()
    {
        TableModel *model = open();
        QVERIFY(model);
        QCOMPARE(model->totalRows(), rows);
        QCOMPARE(model->rowCount(), window);
        QVERIFY(model->isWindowed());
        QCOMPARE(label(model, window - 1), QStringLiteral("label %1").arg(window));

        model->moveWindow(2500);
        QCOMPARE(model->windowStart(), 2500);
        QCOMPARE(model->rowCount(), window);
        QCOMPARE(label(model, 0), QStringLiteral("label 2501"));
        QCOMPARE(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("2501")); // numbers of the whole table
        QCOMPARE(model->keyAt(0), qint64(2501));
        QCOMPARE(model->rowForKey(2501), 0);
        QCOMPARE(model->rowForKey(10), -1); // outside the window
        QCOMPARE(model->positionOfKey(10), 9);

        model->moveWindow(rows * 2); // past the end: the last window
        QCOMPARE(model->windowStart(), rows - window);
        QCOMPARE(label(model, window - 1), QStringLiteral("label %1").arg(rows));
        QCOMPARE(model->showPosition(5), 5); // moves the window back to show it
        QCOMPARE(model->windowStart(), 0);
        QCOMPARE(model->showPosition(rows), -1);
    }

    // The selection, the current cell and open editors follow their rows, or go when their
    // rows leave the window.
    void persistentIndexesFollowTheirRows()
    {
        TableModel *model = open();
        QVERIFY(model);
        const QPersistentModelIndex cell(model->index(600, m_label));
        QSignalSpy moved(model, &TableModel::windowMoved);
        model->moveWindow(300);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().first().toInt(), -300);
        QCOMPARE(cell.row(), 300);
        QCOMPARE(cell.data().toString(), QStringLiteral("label 601"));
        model->moveWindow(1000);
        QVERIFY(!cell.isValid());
    }

    // Undo steps remember positions in the whole table: an edit and a delete made in one window
    // are undone correctly from another.
    void undoWorksFromAnotherWindow()
    {
        TableModel *model = open();
        QVERIFY(model);
        model->moveWindow(2000);
        QVERIFY(model->setData(model->index(5, m_label), QStringLiteral("edited")));
        QTRY_COMPARE(stored(QStringLiteral("SELECT label FROM big WHERE id = 2006")),
                     QStringLiteral("edited"));
        model->moveWindow(3000);
        model->removeRowList({10}); // id 3011
        QCOMPARE(model->totalRows(), rows - 1);
        QCOMPARE(label(model, 10), QStringLiteral("label 3012"));

        model->moveWindow(0);
        undo(); // the delete: the row is back where it was, outside the window
        QCOMPARE(model->totalRows(), rows);
        QCOMPARE(model->positionOfKey(3011), 3010);
        QCOMPARE(model->windowStart(), 0);
        QCOMPARE(label(model, 0), QStringLiteral("label 1"));
        undo(); // the edit
        QTRY_COMPARE(stored(QStringLiteral("SELECT label FROM big WHERE id = 2006")),
                     QStringLiteral("label 2006"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM big")), QString::number(rows));
    }

    // A row restored above the window moves the window down with its rows: it keeps showing the
    // same rows.
    void aRowRestoredAboveTheWindowKeepsItOnItsRows()
    {
        TableModel *model = open();
        QVERIFY(model);
        model->removeRowList({10}); // id 11
        model->moveWindow(2000);
        const QString first = label(model, 0);
        undo();
        QCOMPARE(model->windowStart(), 2001);
        QCOMPARE(label(model, 0), first);
        QCOMPARE(model->positionOfKey(11), 10);
    }

    void aNewRowGoesAtTheEndAndTheWindowShowsIt()
    {
        TableModel *model = open();
        QVERIFY(model);
        QCOMPARE(model->windowStart(), 0);
        const int row = model->addRow();
        QCOMPARE(model->position(row), rows);
        QVERIFY(model->keyAt(row) < 0);
        QCOMPARE(model->rowCount(), window + 1);
        QVERIFY(model->setData(model->index(row, m_label), QStringLiteral("new")));
        model->setEditingRow(-1);
        QTRY_COMPARE(stored(QStringLiteral("SELECT label FROM big WHERE id = %1").arg(rows + 1)),
                     QStringLiteral("new"));
        const int duplicate = model->duplicateRow(0);
        QCOMPARE(model->position(duplicate), rows + 1);
    }

    // Rows added one by one past what a window takes: the window leaves rows out at its top,
    // and every new row is in it, as the grid shows it to be filled in.
    void rowsAddedPastTheWindowSizeStayInIt()
    {
        TableModel *model = open();
        QVERIFY(model);
        for (int i = 0; i < window; ++i) {
            const int row = model->addRow();
            QVERIFY2(row >= 0 && row < model->rowCount(), QByteArray::number(row));
            QCOMPARE(model->position(row), rows + i);
            QVERIFY(model->keyAt(row) < 0);
        }
        QVERIFY(model->rowCount() <= model->wholeWindowRows());
        QCOMPARE(model->totalRows(), rows + window);
        QCOMPARE(model->windowStart() + model->rowCount(), model->totalRows());
    }

    // Deleting most of the window's rows does not leave the view almost empty: rows after it
    // come in.
    void aWindowEmptiedByDeletesTakesInMoreRows()
    {
        TableModel *model = open();
        QVERIFY(model);
        QList<int> doomed;
        for (int row = 0; row < 800; ++row)
            doomed << row;
        model->removeRowList(doomed);
        QCOMPARE(model->totalRows(), rows - 800);
        QVERIFY2(model->rowCount() >= window / 2, QByteArray::number(model->rowCount()));
        QCOMPARE(label(model, 0), QStringLiteral("label 801"));
        QCOMPARE(label(model, model->rowCount() - 1),
                 QStringLiteral("label %1").arg(800 + model->rowCount()));
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM big")),
                     QString::number(rows - 800));
    }

    void aSortShowsTheWindowOfTheNewOrder()
    {
        TableModel *model = open();
        QVERIFY(model);
        model->moveWindow(1500);
        model->sort(0, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->totalRows(), rows);
        QCOMPARE(model->rowCount(), window);
        QCOMPARE(model->keyAt(0), qint64(rows - model->windowStart()));
        QCOMPARE(model->keyAtPosition(rows - 1), qint64(1));
    }

    // Ctrl+End, the scroll bar over the whole table and the keyboard across the window's edge.
    void theGridScrollsTheWholeTable()
    {
        TableModel *model = open();
        QVERIFY(model);
        GridView view;
        view.setModel(model);
        view.setColumnWidth(m_label, 600); // wider than the view: a horizontal bar too
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *bar = view.findChild<QScrollBar *>(QStringLiteral("tableScrollBar"));
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->maximum() > rows - 100); // the whole table, less a page
        QVERIFY(bar->maximum() < rows);

        view.setCurrentIndex(model->index(0, m_label));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(model->position(view.currentIndex().row()), rows - 1);
        QCOMPARE(label(model, view.currentIndex().row()), QStringLiteral("label %1").arg(rows));
        QTRY_COMPARE(bar->value(), bar->maximum());
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(model->position(view.currentIndex().row()), 0);
        QCOMPARE(bar->value(), 0);

        // Dragging the thumb to the middle of the table shows the rows there: with the mouse,
        // on the bar over the table (not the view's own, under it), after Ctrl+End relaid it out.
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QApplication::processEvents();
        QStyleOptionSlider option;
        option.initFrom(bar);
        option.orientation = Qt::Vertical;
        option.minimum = bar->minimum();
        option.maximum = bar->maximum();
        option.sliderPosition = option.sliderValue = bar->value();
        option.pageStep = bar->pageStep();
        const QRect thumb = bar->style()->subControlRect(QStyle::CC_ScrollBar, &option,
                                                         QStyle::SC_ScrollBarSlider, bar);
        QCOMPARE(QApplication::widgetAt(bar->mapToGlobal(thumb.center())), bar);
        QTest::mousePress(bar, Qt::LeftButton, {}, thumb.center());
        QTest::mouseMove(bar, QPoint(thumb.center().x(), bar->height() / 2));
        QTest::mouseRelease(bar, Qt::LeftButton, {}, QPoint(thumb.center().x(), bar->height() / 2));
        const int middle = model->position(view.rowAt(0));
        QVERIFY2(middle > rows / 4 && middle < rows * 3 / 4, QByteArray::number(middle));
        QCOMPARE(bar->value(), middle);

        bar->setValue(2500);
        QCOMPARE(model->position(view.rowAt(0)), 2500);
        QTRY_COMPARE(bar->value(), 2500);

        // Down from the window's last row goes on to the next row of the table.
        model->moveWindow(0);
        view.setCurrentIndex(model->index(window - 1, m_label));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(model->position(view.currentIndex().row()), window);
        QCOMPARE(label(model, view.currentIndex().row()),
                 QStringLiteral("label %1").arg(window + 1));

        // Page Down held from the top goes on through every window, a page at a time.
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        int previous = 0;
        for (int press = 0; press < 1000 && previous < rows - 1; ++press) {
            QTest::keyClick(&view, Qt::Key_PageDown);
            const int now = model->position(view.currentIndex().row());
            QVERIFY2(now > previous, qPrintable(QStringLiteral("%1 → %2").arg(previous).arg(now)));
            previous = now;
            QCoreApplication::processEvents(); // the window moves once the view has scrolled
        }
        QCOMPARE(previous, rows - 1);
        QCOMPARE(model->windowStart(), rows - window);
    }

    // What a cell editor holds is written before the window moves its row out of the grid.
    void anOpenEditorIsWrittenBeforeItsRowLeaves()
    {
        TableModel *model = open();
        QVERIFY(model);
        GridView view;
        view.setModel(model);
        view.resize(500, 400);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        const QModelIndex cell = model->index(10, m_label); // id 11
        view.setCurrentIndex(cell);
        QTest::keyClick(&view, Qt::Key_F2);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != &view);
        QWidget *editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("typed"));
        model->moveWindow(3000);
        QTRY_COMPARE(stored(QStringLiteral("SELECT label FROM big WHERE id = 11")),
                     QStringLiteral("typed"));
    }

    // A paste is planned in the window's rows: near its end it moves the window on instead of
    // taking the rows past it for rows to add, and a block longer than the window is refused.
    void aPasteNearTheWindowsEndGoesOnPastIt()
    {
        MainWindow mainWindow;
        TableModel *model = openInWindow(mainWindow);
        QVERIFY(model);
        QCOMPARE(model->rowCount(), window);
        const int label = m_label;
        // Any question (rows to add?) is answered No: nothing may be added here.
        QTimer answer;
        answerQuestions(answer, QMessageBox::No);

        QTableView *view = mainWindow.tableView();
        view->setFocus();
        view->setCurrentIndex(model->index(window - 10, label));
        QStringList lines;
        for (int i = 0; i < 20; ++i)
            lines << QStringLiteral("pasted %1").arg(i);
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM big WHERE label LIKE 'pasted%'")),
                     QStringLiteral("20"));
        QCOMPARE(stored(QStringLiteral("SELECT min(id) || '-' || max(id) FROM big "
                                       "WHERE label LIKE 'pasted%'")),
                 QStringLiteral("%1-%2").arg(window - 9).arg(window + 10));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM big")), QString::number(rows));
        // The file shows the commit before the window hears of it: idle first, so that the
        // check below is about the second paste.
        QTRY_VERIFY(mainWindow.workspace()->autoSaver()->isIdle()
                    && !mainWindow.workspace()->edits()->hasWork());

        lines.clear();
        for (int i = 0; i < window + 100; ++i)
            lines << QStringLiteral("long %1").arg(i);
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        view->setCurrentIndex(model->index(model->showPosition(100), label));
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY(mainWindow.statusBar()->currentMessage().contains(QStringLiteral("parts")));
        QVERIFY(mainWindow.workspace()->autoSaver()->isIdle());
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM big WHERE label LIKE 'long%'")),
                 QStringLiteral("0"));
    }

    // Rows a paste adds to a full window move the window (its first rows leave it): the pasted
    // values still go to the rows they were meant for.
    // The row header changes only where its text does (a new row's "*" becomes its number):
    // a header change made the view lay out and repaint the whole grid after each edit.
    void aValueEditLeavesTheRowHeaderAlone()
    {
        TableModel *model = open();
        QVERIFY(model);
        QSignalSpy header(model, &QAbstractItemModel::headerDataChanged);
        QVERIFY(model->setData(model->index(3, m_label), QStringLiteral("edited")));
        QCOMPARE(header.count(), 0);
        const int added = model->addRow();
        QCOMPARE(model->headerData(added, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("*"));
        m_workspace->autoSaver()->saveNow();
        QTRY_COMPARE(model->headerData(added, Qt::Vertical, Qt::DisplayRole).toString(),
                     QString::number(rows + 1));
        QVERIFY(!header.isEmpty());
        QCOMPARE(stored(QStringLiteral("SELECT label FROM big WHERE id = 4")),
                 QStringLiteral("edited"));
    }

    // A save repaints the saved rows the grid shows, not the whole grid (a repaint of all of it
    // stalled the window for 20 ms and more after each save, issue 18).
    void aSaveRepaintsTheSavedRowsOnScreenNotTheWholeGrid()
    {
        MainWindow mainWindow;
        TableModel *model = openInWindow(mainWindow);
        QVERIFY(model);
        QTableView *view = mainWindow.tableView();
        const int label = m_label;
        const int shown = 2;            // on screen
        const int hidden = window - 10; // in the window, not on screen
        // Only saveNow() below saves: an autosave while the page reads settle would come before
        // the spy.
        mainWindow.workspace()->autoSaver()->setDebounceMs(3600 * 1000);
        QVERIFY(view->rowAt(view->viewport()->height() - 1) < hidden);
        QVERIFY(view->rowAt(view->visualRect(model->index(shown, label)).center().y()) == shown);
        QVERIFY(model->setData(model->index(shown, label), QStringLiteral("shown")));
        QVERIFY(model->setData(model->index(hidden, label), QStringLiteral("hidden")));
        QVERIFY(model->data(model->index(shown, label), TableModel::PendingRole).toBool());
        view->viewport()->repaint(); // the grid tells the model what it shows as it paints
        QTRY_COMPARE(model->pagesInFlight(), 0); // no page read in meanwhile repaints the rows
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        mainWindow.workspace()->autoSaver()->saveNow();
        QTRY_COMPARE_WITH_TIMEOUT(
            stored(QStringLiteral("SELECT label FROM big WHERE id = %1").arg(hidden + 1)),
            QStringLiteral("hidden"), 10000);
        QTRY_VERIFY(!model->data(model->index(shown, label), TableModel::PendingRole).toBool());
        bool shownRepainted = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const int first = signal[0].value<QModelIndex>().row();
            const int last = signal[1].value<QModelIndex>().row();
            QVERIFY2(first > hidden || last < hidden,
                     qPrintable(QStringLiteral("rows %1-%2 repainted").arg(first).arg(last)));
            shownRepainted |= first <= shown && shown <= last;
        }
        QVERIFY(shownRepainted); // its pending colour went
    }

    void aPasteThatAddsRowsToAFullWindowFillsTheRightRows()
    {
        MainWindow mainWindow;
        TableModel *model = openInWindow(mainWindow);
        QVERIFY(model);
        while (model->rowCount() < model->wholeWindowRows()) // the window is full
            model->addRow();
        QTimer answer; // "Add 2 rows?" Yes
        answerQuestions(answer, QMessageBox::Yes);
        QTableView *view = mainWindow.tableView();
        view->setFocus();
        const int label = m_label;
        view->setCurrentIndex(model->index(model->rowCount() - 1, label));
        QGuiApplication::clipboard()->setText(QStringLiteral("a\nb\nc"));
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(model->totalRows(), rows + window / 2 + 2);
        // The user leaves the new rows for a saved one: all of them are saved (a new row is
        // held back while it is the current one).
        view->setCurrentIndex(model->index(0, label));
        QVERIFY(model->keyAt(0) > 0);
        mainWindow.workspace()->autoSaver()->saveNow();
        QTRY_COMPARE_WITH_TIMEOUT(stored(QStringLiteral("SELECT count(*) FROM big")),
                                  QString::number(rows + window / 2 + 2), 30000);
        // The row before the pasted ones is an added row left empty (NULL, which group_concat
        // skips): nothing went there.
        QTRY_COMPARE(stored(QStringLiteral("SELECT group_concat(label, ',') FROM (SELECT "
                                           "label FROM big ORDER BY id DESC LIMIT 4)")),
                     QStringLiteral("c,b,a"));
    }
};

QTEST_MAIN(TestTableWindow)
#include "tst_tablewindow.moc"

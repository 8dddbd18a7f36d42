// The grid's column layout (GridLayout, GridView): hiding and showing columns from the header's
// context menu, moving them, freezing the first ones, and the layout remembered per file and
// table across tables, windows and a restart, on a copy of Chinook.
#include "autosaver.h"
#include "celldock.h"
#include "columnlayout.h"
#include "fieldeditor.h"
#include "gridlayout.h"
#include "gridview.h"
#include "mainwindow.h"
#include "recordform.h"
#include "settings.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestGridLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    GridView *grid() const { return static_cast<GridView *>(m_window->tableView()); }
    QHeaderView *header() const { return grid()->horizontalHeader(); }
    TableModel *model() const { return m_window->workspace()->model(); }
    int column(const QString &name) const { return model()->tableInfo().columnIndex(name); }

    void openWindow(const QString &table)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path, table));
        QTRY_VERIFY(!model()->isLoading());
    }
    void reopenWindow(const QString &table)
    {
        AutoSaver *saver = m_window->workspace()->autoSaver();
        saver->saveNow();
        QTRY_VERIFY_WITH_TIMEOUT(saver->isIdle(), 10000);
        m_window->close();
        m_window.reset();
        openWindow(table);
    }
    // Right-clicks the header over `name` and returns the context menu that opens.
    QMenu *headerMenu(QHeaderView *onHeader, const QString &name)
    {
        const int logical = column(name);
        const QPoint pos(onHeader->sectionViewportPosition(logical) + 5, 5);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, onHeader->mapToGlobal(pos));
        QApplication::sendEvent(onHeader->viewport(), &event);
        const auto menus = onHeader->findChildren<QMenu *>(QStringLiteral("columnMenu"));
        return menus.isEmpty() ? nullptr : menus.last();
    }
    static QAction *actionNamed(QMenu *menu, const QString &text)
    {
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }
    QStringList visualOrder() const
    {
        QStringList names;
        for (int visual = 0; visual < header()->count(); ++visual)
            names << model()->tableInfo().columns.at(header()->logicalIndex(visual)).name;
        return names;
    }
    QStringList frozenColumns() const
    {
        QStringList names;
        const QHeaderView *own = grid()->frozenView()->horizontalHeader();
        for (int visual = 0; visual < own->count(); ++visual) {
            const int logical = own->logicalIndex(visual);
            if (!own->isSectionHidden(logical))
                names << model()->tableInfo().columns.at(logical).name;
        }
        return names;
    }
    // Whether each filter field is where its column is, on screen, in the header that shows it.
    bool filtersMatchTheirColumns() const
    {
        const QTableView *frozen = grid()->frozenView();
        for (int c = 0; c < model()->columnCount(); ++c) {
            const auto *filter
                = m_window->findChild<QLineEdit *>(QStringLiteral("filter:%1").arg(c));
            const QHeaderView *shown = grid()->isFrozen(c) ? frozen->horizontalHeader() : header();
            if (!filter || filter->parentWidget() != shown)
                return false;
            int left = shown->sectionViewportPosition(c);
            const int right = left + shown->sectionSize(c);
            // A column partly under the frozen ones has its field in the part left in sight.
            const int covered = frozen->isVisible() && !grid()->isFrozen(c) ? frozen->width() : 0;
            if (covered > left && covered < right)
                left = covered;
            if (filter->isVisible() != !shown->isSectionHidden(c) || filter->x() < left
                || filter->x() + filter->width() > right || filter->width() < right - left - 4)
                return false;
        }
        return true;
    }
    ColumnLayout saved(const QString &table) const
    {
        Settings settings; // a fresh read of the settings file, as after a restart
        settings.sync();
        return ColumnLayout::fromVariant(settings.value(ColumnLayout::settingsKey(m_path, table)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        Settings().clear();
        m_path = testsupport::testFile(m_dir);
        QVERIFY(testsupport::copyOfChinook(m_path));
        openWindow(QStringLiteral("Track"));
    }

    void cleanup() { m_window.reset(); }

    void hideFromTheHeaderMenuAndShowAll()
    {
        QMenu *menu = headerMenu(header(), QStringLiteral("Composer"));
        QVERIFY2(menu, "right-clicking a column header opens the column menu");
        QAction *hide = actionNamed(menu, QStringLiteral("&Hide Column"));
        QVERIFY(hide);
        hide->trigger();
        menu->close();
        QVERIFY(header()->isSectionHidden(column(QStringLiteral("Composer"))));
        QVERIFY(!header()->isSectionHidden(column(QStringLiteral("Name"))));

        menu = headerMenu(header(), QStringLiteral("Name"));
        QVERIFY(menu);
        auto *show = menu->findChild<QMenu *>(QStringLiteral("showColumnsMenu"));
        QVERIFY(show);
        QStringList unchecked;
        for (QAction *action : show->actions()) {
            if (action->isCheckable() && !action->isChecked())
                unchecked << action->text();
        }
        QCOMPARE(unchecked, QStringList{QStringLiteral("Composer")});
        QAction *all = nullptr;
        for (QAction *action : show->actions()) {
            if (action->objectName() == QLatin1String("showAllColumns"))
                all = action;
        }
        QVERIFY(all && all->isEnabled());
        all->trigger();
        menu->close();
        QVERIFY(!header()->isSectionHidden(column(QStringLiteral("Composer"))));
        QCOMPARE(header()->hiddenSectionCount(), 0);
    }

    void hiddenColumnIsLeftOutOfCopy()
    {
        header()->hideSection(column(QStringLiteral("Name")));
        grid()->setFocus();
        grid()->selectionModel()->select(QItemSelection(model()->index(0, 0), model()->index(0, 2)),
                                         QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(grid(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text().trimmed(), QStringLiteral("1\t1"));
    }

    void movedColumnsComeBackInANewWindow()
    {
        // Drag the Composer header onto the first column, as a user does.
        QWidget *sections = header()->viewport();
        const int composer = column(QStringLiteral("Composer"));
        const QPoint from(header()->sectionViewportPosition(composer) + 10, 5);
        const QPoint to(header()->sectionViewportPosition(0) + 3, 5);
        QTest::mousePress(sections, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 8; ++step)
            QTest::mouseMove(sections, from + (to - from) * step / 8);
        QTest::mouseRelease(sections, Qt::LeftButton, {}, to);
        QCOMPARE(header()->visualIndex(composer), 0);
        const QStringList order = visualOrder();

        // Another table in the same window, then this one again.
        QVERIFY(m_window->showTable(QStringLiteral("Album")));
        QCOMPARE(visualOrder(), (QStringList{QStringLiteral("AlbumId"), QStringLiteral("Title"),
                                             QStringLiteral("ArtistId")}));
        QVERIFY(m_window->showTable(QStringLiteral("Track")));
        QCOMPARE(visualOrder(), order);

        reopenWindow(QStringLiteral("Track"));
        QCOMPARE(visualOrder(), order);
        QCOMPARE(saved(QStringLiteral("Track")).order, order);
    }

    // Freezing columns that would cover most of the grid is refused with a reason in the
    // status bar: the other columns would have no room left to scroll into.
    void freezeRefusedWhenTooWide()
    {
        m_window->resize(700, 500);
        QTRY_VERIFY(grid()->horizontalScrollBar()->maximum() > 200);
        const int last = header()->logicalIndex(header()->count() - 1);
        int width = 0;
        for (int visual = 0; visual < header()->count(); ++visual)
            width += header()->sectionSize(header()->logicalIndex(visual));
        QVERIFY(width > grid()->viewport()->width() * GridLayout::widestFrozenShare);
        grid()->horizontalScrollBar()->setValue(grid()->horizontalScrollBar()->maximum());
        QMenu *menu = headerMenu(header(), model()->tableInfo().columns.at(last).name);
        QVERIFY(menu);
        actionNamed(menu, QStringLiteral("&Freeze Up To This Column"))->trigger();
        menu->close();
        QCOMPARE(grid()->frozenCount(), 0);
        QVERIFY(!grid()->frozenView()->isVisible());
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("too wide to freeze")), qPrintable(message));
        QVERIFY2(message.contains(model()->tableInfo().columns.at(last).name), qPrintable(message));

        // The first column alone fits: frozen.
        grid()->horizontalScrollBar()->setValue(0);
        menu = headerMenu(header(), model()->tableInfo().columns.at(0).name);
        actionNamed(menu, QStringLiteral("&Freeze Up To This Column"))->trigger();
        menu->close();
        QCOMPARE(grid()->frozenCount(), 1);
    }

    // Scrolled sideways, the filter fields go with their columns.
    void filtersScrollWithTheirColumns()
    {
        m_window->resize(700, 500);
        QTRY_VERIFY(grid()->horizontalScrollBar()->maximum() > 200);
        QVERIFY(filtersMatchTheirColumns());
        for (const int value : {grid()->horizontalScrollBar()->maximum(), 120, 0}) {
            grid()->horizontalScrollBar()->setValue(value);
            QVERIFY2(filtersMatchTheirColumns(), qPrintable(QString::number(value)));
        }
    }

    // A column partly under the frozen ones shows its name beside them, not under them.
    void aColumnPartlyUnderTheFrozenOnesShowsItsName()
    {
        m_window->resize(900, 500);
        grid()->setFrozenCount(2);
        const QTableView *frozen = grid()->frozenView();
        QTRY_VERIFY(frozen->isVisible() && grid()->horizontalScrollBar()->maximum() > 200);
        const int composer = column(QStringLiteral("Composer"));
        // 50 pixels of Composer left in sight: fewer than its name needs, so with the name at
        // the column's left edge none of it would show.
        const int width = header()->sectionSize(composer);
        QVERIFY(width > 120);
        grid()->horizontalScrollBar()->setValue(header()->sectionPosition(composer)
                                                - frozen->width() + width - 50);
        QTRY_COMPARE(grid()->columnViewportPosition(composer) + width, frozen->width() + 50);
        QVERIFY2(filtersMatchTheirColumns(), "the field in the part of the column in sight");
        // Dark pixels of the name's text in the column's part beside the frozen columns.
        const QImage shot = grid()->grab().toImage();
        const QPoint origin = header()->mapTo(grid(), QPoint(frozen->width() + 1, 0));
        int text = 0;
        for (int y = 0; y < header()->viewport()->height(); ++y) {
            for (int x = 0; x < 45; ++x)
                text += qGray(shot.pixel(origin + QPoint(x, y))) < 110 ? 1 : 0;
        }
        QVERIFY2(text > 20, qPrintable(QString::number(text)));
        // Freezing one column fewer, scrolled as it is: the fields follow the frozen edge.
        grid()->setFrozenCount(1);
        QVERIFY2(filtersMatchTheirColumns(), "after one column fewer was frozen");
        grid()->setFrozenCount(2);
        QVERIFY2(filtersMatchTheirColumns(), "after two columns were frozen again");
    }

    void freezeTwoColumns()
    {
        // Narrower than the columns: the grid scrolls sideways, with room beside the two frozen.
        m_window->resize(1100, 500);
        QTRY_VERIFY(grid()->horizontalScrollBar()->maximum() > 200);
        QMenu *menu = headerMenu(header(), QStringLiteral("Name"));
        QVERIFY(menu);
        actionNamed(menu, QStringLiteral("&Freeze Up To This Column"))->trigger();
        menu->close();
        QCOMPARE(grid()->frozenCount(), 2);
        QTableView *frozen = grid()->frozenView();
        QVERIFY(frozen->isVisible());
        QCOMPARE(frozenColumns(), (QStringList{QStringLiteral("TrackId"), QStringLiteral("Name")}));
        QCOMPARE(frozen->width(), grid()->columnWidth(0) + grid()->columnWidth(1));
        QVERIFY2(filtersMatchTheirColumns(), "each filter field over its own column");

        // Up and down together; sideways only the grid.
        grid()->verticalScrollBar()->setValue(40);
        QCOMPARE(frozen->verticalScrollBar()->value(), 40);
        QCOMPARE(frozen->rowAt(0), grid()->rowAt(0));
        const int x = frozen->x();
        grid()->horizontalScrollBar()->setValue(grid()->horizontalScrollBar()->maximum());
        QVERIFY(grid()->horizontalScrollBar()->value() > 0);
        QCOMPARE(frozen->x(), x);
        QVERIFY2(filtersMatchTheirColumns(), "each filter field over its own column");
        QVERIFY(grid()->columnViewportPosition(0) < 0); // the grid's own copy scrolled away
        // The frozen view's header covers the grid's scrolled header, names and filters alike.
        QCOMPARE(grid()->childAt(frozen->geometry().topLeft() + QPoint(5, 5)),
                 frozen->horizontalHeader()->viewport());

        // The filter fields of frozen columns are in the frozen view's header and still filter.
        QLineEdit *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filter:1"));
        QVERIFY(filter);
        QCOMPARE(filter->parentWidget(), frozen->horizontalHeader());
        QVERIFY(filter->isVisible());

        // Typing in a frozen cell edits the model, in an editor of the frozen view.
        const QModelIndex cell = model()->index(40, column(QStringLiteral("Name")));
        grid()->setCurrentIndex(cell);
        grid()->setFocus();
        QTest::keyClick(grid(), Qt::Key_F2);
        auto *editor = frozen->viewport()->findChild<QLineEdit *>();
        QVERIFY2(editor, "the editor of a frozen cell opens in the frozen view");
        QVERIFY(grid()->viewport()->findChildren<QLineEdit *>().isEmpty());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Frozen edit"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model()->data(cell, Qt::EditRole).toString(), QStringLiteral("Frozen edit"));
        QCOMPARE(grid()->horizontalScrollBar()->value(), grid()->horizontalScrollBar()->maximum());

        reopenWindow(QStringLiteral("Track"));
        QCOMPARE(grid()->frozenCount(), 2);
        QCOMPARE(frozenColumns(), (QStringList{QStringLiteral("TrackId"), QStringLiteral("Name")}));
        QCOMPARE(saved(QStringLiteral("Track")).frozen, 2);
        QCOMPARE(grid()->frozenView()->model(), grid()->model());
        QCOMPARE(grid()->frozenView()->selectionModel(), grid()->selectionModel());
        grid()->setFrozenCount(0);
        QVERIFY(!grid()->frozenView()->isVisible());
        // Without frozen columns the frozen view lets go of the model, and with it a row header
        // of 8 bytes a row.
        QVERIFY(!grid()->frozenView()->model());
        QCOMPARE(grid()->frozenView()->verticalHeader()->count(), 0);
        QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("filter:1"))->parentWidget(),
                 header());
    }

    // Ctrl+End shows the last row, with no frozen columns (the hidden frozen view must not hold
    // the grid back) and with two, where both views end on the same row.
    void ctrlEndReachesTheLastRow()
    {
        m_window->resize(700, 500);
        const int last = model()->rowCount() - 1;
        QCOMPARE(last, 3502);
        for (const int frozen : {0, 2}) {
            grid()->setFrozenCount(frozen);
            grid()->setCurrentIndex(model()->index(0, 2));
            grid()->setFocus();
            QTest::keyClick(grid(), Qt::Key_End, Qt::ControlModifier);
            QCOMPARE(grid()->currentIndex().row(), last);
            QTRY_COMPARE(grid()->rowAt(grid()->viewport()->height() - 1), last);
            if (frozen > 0)
                QCOMPARE(grid()->frozenView()->rowAt(0), grid()->rowAt(0));
            QTest::keyClick(grid(), Qt::Key_Home, Qt::ControlModifier);
            QTRY_COMPARE(grid()->rowAt(0), 0);
        }
    }

    // Scrolling paints rows that are not in memory: they are read on the model's RowFetcher,
    // never by the grid's paint on the GUI thread, and show once they arrive.
    void scrollingReadsRowsOffTheGuiThread()
    {
        m_window->resize(700, 500);
        grid()->setFrozenCount(1); // the frozen view paints the same rows
        QTRY_VERIFY(model()->pagesInFlight() == 0);
        const quint64 readHere = model()->pagesReadHere();
        const int name = column(QStringLiteral("Name"));
        for (const int fraction : {2, 1}) { // the middle, then the end
            QScrollBar *bar = grid()->verticalScrollBar();
            bar->setValue(bar->maximum() / fraction);
            grid()->viewport()->repaint();
            const int top = grid()->rowAt(0);
            QVERIFY(top > 1000);
            QTRY_COMPARE(model()->pagesInFlight(), 0);
            const QString expected
                = testsupport::Probe(m_path)
                      .value(QStringLiteral("SELECT Name FROM Track WHERE TrackId = %1")
                                 .arg(model()->keyAt(top)))
                      .toString();
            const TableModel::Painting painting(model());
            QCOMPARE(model()->data(model()->index(top, name)).toString(), expected);
        }
        QCOMPARE(model()->pagesReadHere(), readHere);
    }

    void tabLeavesTheFrozenColumns()
    {
        grid()->setFrozenCount(2);
        const QModelIndex name = model()->index(3, column(QStringLiteral("Name")));
        grid()->setCurrentIndex(name);
        grid()->setFocus();
        QTest::keyClick(grid(), Qt::Key_F2);
        QTableView *frozen = grid()->frozenView();
        auto *editor = frozen->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(grid()->currentIndex(), model()->index(3, column(QStringLiteral("AlbumId"))));
        QTRY_VERIFY(frozen->viewport()->findChildren<QLineEdit *>().isEmpty());
        QVERIFY2(grid()->viewport()->findChild<QWidget *>(),
                 "the next cell's editor opens in the scrolling part of the grid");
        QVERIFY(!name.data(TableModel::PendingRole).toBool()); // Tab past an unchanged cell
    }

    void keyboardCommandsActOnTheCurrentColumn()
    {
        grid()->setCurrentIndex(model()->index(0, column(QStringLiteral("Composer"))));
        grid()->setFocus();
        QTest::keyClick(grid(), Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(header()->isSectionHidden(column(QStringLiteral("Composer"))));
        QTest::keyClick(grid(), Qt::Key_H,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(header()->hiddenSectionCount(), 0);

        grid()->setCurrentIndex(model()->index(0, column(QStringLiteral("AlbumId"))));
        QTest::keyClick(grid(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(grid()->frozenCount(), 3);
        QTest::keyClick(grid(), Qt::Key_F,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(grid()->frozenCount(), 0);

        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("columnsMenu"));
        QVERIFY2(menu, "View → Columns");
        QStringList texts;
        for (const QAction *action : menu->actions())
            texts << action->text();
        QVERIFY(texts.contains(QStringLiteral("&Hide Column")));
        QVERIFY(texts.contains(QStringLiteral("&Freeze Up To This Column")));
    }

    void formAndCellEditorFollowAFrozenMovedColumn()
    {
        const int composer = column(QStringLiteral("Composer"));
        header()->moveSection(header()->visualIndex(composer), 0);
        header()->hideSection(column(QStringLiteral("Name")));
        grid()->setFrozenCount(1);
        QCOMPARE(frozenColumns(), QStringList{QStringLiteral("Composer")});
        auto *dock = m_window->findChild<CellDock *>();
        QVERIFY(dock);
        dock->show();

        QTableView *frozen = grid()->frozenView();
        const QModelIndex cell = model()->index(2, composer);
        QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {},
                          frozen->visualRect(cell).center());
        QCOMPARE(grid()->currentIndex(), cell);
        QVERIFY(grid()->hasFocus()); // the keyboard goes on in the grid
        const QString value = cell.data(Qt::EditRole).toString();
        QVERIFY(!value.isEmpty());
        QCOMPARE(m_window->form()->currentRow(), 2);
        QCOMPARE(m_window->form()->editor(QStringLiteral("Composer"))->value().toString(), value);
        QTRY_COMPARE(dock->textEdit()->toPlainText(), value);
        QTest::keyClick(grid(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text().trimmed(), value);
    }

    // The key column is as wide as its longest key, also when the rows fitted on are the first
    // ones with short keys; a width the user chose stays.
    void keyColumnFitsTheLongestKey()
    {
        {
            Probe probe(m_path);
            QVERIFY(
                probe.exec(QStringLiteral("CREATE TABLE readings (id INTEGER PRIMARY KEY, v)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                "INSERT INTO readings SELECT i, i FROM n")));
            QVERIFY(
                probe.exec(QStringLiteral("INSERT INTO readings VALUES (123456789012, 'last')")));
        }
        openWindow(QStringLiteral("readings"));
        const int needed = grid()->fontMetrics().horizontalAdvance(QStringLiteral("123456789012"));
        QVERIFY2(grid()->columnWidth(0) > needed,
                 qPrintable(QStringLiteral("%1 <= %2").arg(grid()->columnWidth(0)).arg(needed)));
        // Other columns are fitted on their sampled rows as before.
        QVERIFY(grid()->columnWidth(1) < needed);
    }

    void layoutSurvivesARestart()
    {
        header()->hideSection(column(QStringLiteral("Bytes")));
        grid()->setColumnWidth(column(QStringLiteral("Composer")), 333);
        header()->moveSection(header()->visualIndex(column(QStringLiteral("UnitPrice"))), 0);
        m_window.reset(); // quitting writes what is pending
        const ColumnLayout layout = saved(QStringLiteral("Track"));
        QCOMPARE(layout.hidden, QStringList{QStringLiteral("Bytes")});
        QCOMPARE(layout.widths.value(QStringLiteral("Composer")), 333);
        QCOMPARE(layout.order.first(), QStringLiteral("UnitPrice"));

        openWindow(QStringLiteral("Track"));
        QVERIFY(header()->isSectionHidden(column(QStringLiteral("Bytes"))));
        QCOMPARE(grid()->columnWidth(column(QStringLiteral("Composer"))), 333);
        QCOMPARE(header()->visualIndex(column(QStringLiteral("UnitPrice"))), 0);
    }

    void aDroppedColumnIsIgnored()
    {
        ColumnLayout layout;
        layout.order = {QStringLiteral("Gone"), QStringLiteral("Title"), QStringLiteral("AlbumId")};
        layout.hidden = {QStringLiteral("Gone")};
        layout.frozen = 2;
        layout.widths = {{QStringLiteral("Gone"), 50}, {QStringLiteral("Title"), 222}};
        layout.save(m_path, QStringLiteral("Album"));
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_window->showTable(QStringLiteral("Album")));
        QCOMPARE(visualOrder(), (QStringList{QStringLiteral("Title"), QStringLiteral("AlbumId"),
                                             QStringLiteral("ArtistId")}));
        QCOMPARE(header()->hiddenSectionCount(), 0); // the new column is shown, last
        QCOMPARE(grid()->columnWidth(column(QStringLiteral("Title"))), 222);
        QCOMPARE(grid()->frozenCount(), 1); // Gone and Title were frozen; Gone is gone
        QCOMPARE(frozenColumns(), QStringList{QStringLiteral("Title")});
    }

    void layoutDataIgnoresWhatIsGone()
    {
        ColumnLayout layout;
        layout.order = {QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("a")};
        layout.frozen = 2;
        const QStringList now{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QCOMPARE(layout.visualOrder(now), (QVector<int>{2, 0, 1}));
        QCOMPARE(layout.frozenCount(now), 1);
        QCOMPARE(ColumnLayout::fromVariant(layout.toVariant()), layout);
        QVERIFY(ColumnLayout::settingsKey(m_path, QStringLiteral("a"))
                != ColumnLayout::settingsKey(m_path, QStringLiteral("b")));
        // A file opened read-only is named by its URI: the same key as by its path.
        QUrl readOnly = QUrl::fromLocalFile(m_path);
        readOnly.setQuery(QStringLiteral("immutable=1"));
        QCOMPARE(ColumnLayout::settingsKey(readOnly.toString(), QStringLiteral("a")),
                 ColumnLayout::settingsKey(m_path, QStringLiteral("a")));
    }
};

QTEST_MAIN(TestGridLayout)
#include "tst_gridlayout.moc"

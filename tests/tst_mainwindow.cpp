#include "autosaver.h"
#include "fieldeditor.h"
#include "filterheader.h"
#include "gridview.h"
#include "mainwindow.h"
#include "plurals.h"
#include "recordform.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace rowbook;
using testsupport::LockHolder;
using testsupport::Probe;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QString stored(const QString &sql) const { return Probe(m_path).value(sql).toString(); }
    QString saveStatus() const
    {
        return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("saveStatus"))->text();
    }
    QTableView *view() const { return m_window->tableView(); }
    TableModel *model() const { return m_window->workspace()->model(); }

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
        // The delegate commits Return with a queued call.
        QTRY_COMPARE(model()->data(index, Qt::EditRole).toString(), text);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // A file with the starter table (the window itself creates only empty files, after asking).
        QVERIFY(Database::prepare(m_path, Database::Open::Starter).isOpen());
        QVERIFY(m_window->openDatabase(m_path));
        m_window->workspace()->autoSaver()->setDebounceMs(30);
    }

    void cleanup() { m_window.reset(); }

    void showsTheStarterTable()
    {
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("%1.sqlite — Rowbook").arg(QTest::currentTestFunction()));
        auto *tables = m_window->findChild<TableList *>();
        QCOMPARE(tables->topLevelItemCount(), 1); // _rowbook_meta is hidden
        QCOMPARE(tables->currentName(), QStringLiteral("items"));
        QCOMPARE(tables->topLevelItem(0)->text(1), QStringLiteral("6"));
        QCOMPARE(view()->model()->rowCount(), 6);
        QTRY_COMPARE(
            m_window->statusBar()->findChild<QLabel *>(QStringLiteral("rowsLabel"))->text(),
            QStringLiteral("Rows 1–6 of 6"));
        QVERIFY(saveStatus().contains(QLatin1String("Saved")));
        QCOMPARE(m_window->form()->currentRow(), 0);
        auto *name = m_window->form()->editor(QStringLiteral("name"));
        QVERIFY(name);
        QCOMPARE(qobject_cast<QLineEdit *>(name->editor())->text(),
                 QStringLiteral("Notebook, A5 dotted"));
    }

    // A big table says at once how many rows it has at most (the span of its keys) while its
    // rows are read, and then how many it has.
    void aBigTableShowsABoundBeforeItsCount()
    {
        {
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, n INT)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 300000) "
                "INSERT INTO big SELECT i, i % 7 FROM c")));
            QVERIFY(probe.exec(QStringLiteral("DELETE FROM big WHERE id % 100 = 0")));
        }
        auto *rows = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("rowsLabel"));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("big")));
        QVERIFY2(rows->text().endsWith(
                     QStringLiteral(" of up to %1 — reading rows…").arg(formatCount(299999))),
                 qPrintable(rows->text()));
        QTRY_VERIFY(!model()->isLoading());
        QTRY_VERIFY2(rows->text().endsWith(QStringLiteral(" of %1").arg(formatCount(297000))),
                     qPrintable(rows->text()));
    }

    void typingInACellUpdatesTheFormAndSaves()
    {
        m_window->workspace()->autoSaver()->setDebounceMs(1000);
        typeIntoCell(1, 1, QStringLiteral("Walrus pen"));
        QCOMPARE(model()->data(model()->index(1, 1)).toString(), QStringLiteral("Walrus pen"));
        QVERIFY2(saveStatus().contains(QLatin1String("1 edit to save")), qPrintable(saveStatus()));
        auto *name = m_window->form()->editor(QStringLiteral("name"));
        QCOMPARE(m_window->form()->currentRow(), 1);
        QCOMPARE(qobject_cast<QLineEdit *>(name->editor())->text(), QStringLiteral("Walrus pen"));
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 2")),
                     QStringLiteral("Walrus pen"));
        QTRY_VERIFY(saveStatus().contains(QLatin1String("Saved")));
    }

    // Typing into a cell that cannot be edited says why in the status bar: the database's row
    // number, a saved row's key in a table without rowid. Its other cells edit as usual.
    void typingIntoAKeyCellSaysWhyNothingOpens()
    {
        const auto typeInto = [this](int row, int column) {
            m_window->statusBar()->clearMessage();
            view()->setCurrentIndex(model()->index(row, column));
            view()->setFocus();
            QTest::keyClicks(view(), QStringLiteral("z"));
            return m_window->statusBar()->currentMessage();
        };
        QCOMPARE(typeInto(0, 0),
                 QStringLiteral("“id” is numbered by the database and cannot be changed."));
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("CREATE TABLE tag (name TEXT PRIMARY KEY, note TEXT) WITHOUT ROWID")));
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("INSERT INTO tag VALUES ('red', 'warm'), ('zebra', 'striped')")));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("tag")));
        QTRY_VERIFY(!model()->isLoading());
        QVERIFY(!model()->isReadOnly());
        QCOMPARE(typeInto(0, 0), QStringLiteral("“name” is part of the key that identifies this "
                                                "saved row and cannot be changed."));
        auto *grid = qobject_cast<GridView *>(view());
        grid->setFrozenCount(1); // the key column in the frozen view: the same
        QCOMPARE(typeInto(0, 0), QStringLiteral("“name” is part of the key that identifies this "
                                                "saved row and cannot be changed."));
        grid->setFrozenCount(0);
        QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        // Not a search either: the current cell stays (Qt's would go to "red", reading the
        // column row by row on the GUI thread, a whole window of a big table when none match).
        QTest::qWait(QApplication::keyboardInputInterval() + 50); // a new search, not "zzzr"
        view()->setCurrentIndex(model()->index(1, 0));
        QTest::keyClicks(view(), QStringLiteral("r"));
        QCOMPARE(view()->currentIndex(), model()->index(1, 0));
        QCOMPARE(typeInto(0, 1), QString()); // an editor opened, with the key typed
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "a line edit opens in the cell");
        QCOMPARE(editor->text(), QStringLiteral("z"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(QStringLiteral("SELECT note FROM tag WHERE name = 'red'")),
                     QStringLiteral("z"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM tag")), QStringLiteral("2"));
    }

    void typingInTheFormUpdatesTheCellAndSaves()
    {
        view()->setCurrentIndex(model()->index(3, 1));
        auto *quantity = qobject_cast<QLineEdit *>(
            m_window->form()->editor(QStringLiteral("quantity"))->editor());
        quantity->setFocus();
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("42"));
        QTest::keyClick(quantity, Qt::Key_Tab);
        QCOMPARE(model()->data(model()->index(3, 2)).toString(), QStringLiteral("42"));
        QTRY_COMPARE(
            stored(QStringLiteral("SELECT quantity || typeof(quantity) FROM items WHERE id = 4")),
            QStringLiteral("42integer"));
    }

    void formSetsNull()
    {
        view()->setCurrentIndex(model()->index(0, 1));
        auto *price = m_window->form()->editor(QStringLiteral("price"));
        auto *nullButton = price->findChild<QToolButton *>(QStringLiteral("null:price"));
        QVERIFY(nullButton->isEnabled());
        QTest::mouseClick(nullButton, Qt::LeftButton);
        QVERIFY(model()->data(model()->index(0, 3), TableModel::NullRole).toBool());
        QTRY_COMPARE(stored(QStringLiteral("SELECT typeof(price) FROM items WHERE id = 1")),
                     QStringLiteral("null"));
        // A NOT NULL column offers no NULL.
        QVERIFY(!m_window->form()
                     ->editor(QStringLiteral("name"))
                     ->findChild<QToolButton *>()
                     ->isEnabled());
    }

    void addRowShortcutAndDeleteKey()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->rowCount(), 7);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "the new row's first field is being edited");
        QTest::keyClicks(editor, QStringLiteral("Seventh"));
        QTest::keyClick(editor, Qt::Key_Return);
        view()->setCurrentIndex(model()->index(0, 1)); // a new row is saved when it is left
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 7")),
                     QStringLiteral("Seventh"));

        // Del deletes a row only when the whole row is selected (a click on its row header).
        view()->setFocus();
        QHeaderView *rows = view()->verticalHeader();
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {},
                          QPoint(rows->width() / 2, rows->sectionViewportPosition(0) + 2));
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 6);
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM items WHERE id = 1")),
                     QStringLiteral("0"));
    }

    void statusBarShowsWaitingForTheLock()
    {
        LockHolder other;
        QVERIFY(other.acquire(m_path, QStringLiteral("BEGIN IMMEDIATE")));
        typeIntoCell(2, 1, QStringLiteral("Waiting ink"));
        QTRY_VERIFY(saveStatus().contains(
            QLatin1String("Waiting for another program to release the database")));
        QVERIFY(saveStatus().contains(QLatin1String("attempt")));
        // The window keeps working while the save waits.
        view()->setCurrentIndex(model()->index(4, 1));
        QCOMPARE(m_window->form()->currentRow(), 4);
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 3")),
                 QStringLiteral("Ink cartridges (blue)"));
        other.release();
        QTRY_VERIFY(saveStatus().contains(QLatin1String("Saved")));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 3")),
                 QStringLiteral("Waiting ink"));
    }

    void filterRowAndSearchFilterRows()
    {
        auto *header = qobject_cast<FilterHeader *>(view()->horizontalHeader());
        QVERIFY(header);
        auto *rowsLabel = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("rowsLabel"));
        QTest::keyClicks(header->filterEdit(2), QStringLiteral(">=12"));
        QTRY_COMPARE(model()->rowCount(), 3); // 12, 40, 500
        QTRY_COMPARE(rowsLabel->text(), QStringLiteral("Rows 1–3 of 3 (filtered from 6)"));
        QTest::keyClicks(header->filterEdit(1), QStringLiteral("/^(Ink|Paper)/"));
        QTRY_COMPARE(model()->rowCount(), 2);
        header->filterEdit(1)->clear();
        QTest::keyClicks(header->filterEdit(1), QStringLiteral("/[/"));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("name")));
        QTRY_COMPARE(model()->rowCount(), 3); // only the malformed filter is left out
        header->filterEdit(1)->clear();
        header->filterEdit(2)->clear();
        QTRY_COMPARE(model()->rowCount(), 6);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QTest::keyClicks(search, QStringLiteral("receipt"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->data(model()->index(0, 1)).toString(), QStringLiteral("Desk lamp"));
        // Editing a filtered row still saves.
        typeIntoCell(0, 1, QStringLiteral("Desk lamp (filtered)"));
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 4")),
                     QStringLiteral("Desk lamp (filtered)"));
    }

    void closingFlushesPendingEdits()
    {
        m_window->workspace()->autoSaver()->setDebounceMs(60000);
        typeIntoCell(5, 1, QStringLiteral("Saved on close"));
        QVERIFY(saveStatus().contains(QLatin1String("1 edit to save")));
        QVERIFY(!m_window->close()); // first flushes, then closes by itself
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 6")),
                 QStringLiteral("Saved on close"));
    }

    void opensAForeignFileWithoutChangingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("chinook-ui.sqlite"));
        QVERIFY(testsupport::copyOfChinook(path));
        const QByteArray before = testsupport::sha256(path);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openDatabase(path, QStringLiteral("Track")));
        QCOMPARE(model()->tableName(), QStringLiteral("Track"));
        QTRY_COMPARE(model()->rowCount(), 3503);
        view()->scrollToBottom();
        QCOMPARE(model()->data(model()->index(3502, 1)).toString(),
                 Probe(path)
                     .value(QStringLiteral("SELECT Name FROM Track ORDER BY rowid DESC LIMIT 1"))
                     .toString());
        view()->sortByColumn(1, Qt::DescendingOrder);
        QTRY_VERIFY(!model()->isLoading());
        QCOMPARE(model()->data(model()->index(0, 1)).toString(),
                 Probe(path)
                     .value(QStringLiteral("SELECT Name FROM Track ORDER BY Name DESC LIMIT 1"))
                     .toString());
        m_window->showTable(QStringLiteral("Album"));
        m_window.reset();
        QCOMPARE(testsupport::sha256(path), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

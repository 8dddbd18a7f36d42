#include "autosaver.h"
#include "chartdialog.h"
#include "chartwidget.h"
#include "database.h"
#include "editstore.h"
#include "fileactions.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

#include <numeric>

using namespace rowbook;
using testsupport::Probe;

class TestWindowActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QTableView *view() const { return m_window->tableView(); }
    TableModel *model() const { return m_window->workspace()->model(); }
    QString stored(const QString &sql) const { return Probe(m_path).value(sql).toString(); }
    void saveNow() const
    {
        m_window->workspace()->autoSaver()->saveNow();
        QTRY_VERIFY(m_window->workspace()->autoSaver()->isIdle());
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
        view()->setFocus();
    }

    void cleanup() { m_window.reset(); }

    void undoAndRedoShortcuts()
    {
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("Changed")));
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                     QStringLiteral("Changed"));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->data(model()->index(0, 1)).toString(),
                 QStringLiteral("Notebook, A5 dotted"));
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                     QStringLiteral("Notebook, A5 dotted"));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                     QStringLiteral("Changed"));

        // Deleting three rows asks first; undo brings them back with their ids.
        view()->selectionModel()->select(QItemSelection(model()->index(1, 0), model()->index(3, 0)),
                                         QItemSelectionModel::ClearAndSelect
                                             | QItemSelectionModel::Rows);
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 3);
        QTRY_COMPARE(stored(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("3"));
        QApplication::setActiveWindow(m_window.get()); // back from the question
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->rowCount(), 6);
        QTRY_COMPARE(stored(QStringLiteral("SELECT group_concat(id) FROM items")),
                     QStringLiteral("1,2,3,4,5,6"));
    }

    void copyAndPasteBlocks()
    {
        view()->selectionModel()->select(QItemSelection(model()->index(0, 1), model()->index(1, 2)),
                                         QItemSelectionModel::ClearAndSelect);
        view()->selectionModel()->setCurrentIndex(model()->index(0, 1),
                                                  QItemSelectionModel::NoUpdate);
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Notebook, A5 dotted\t12\nFountain pen\t3\n"));

        // Paste a spreadsheet block over rows 3-4: one undo step.
        QGuiApplication::clipboard()->setText(
            QStringLiteral("Pasted A\t5\r\n\"Pasted\tB\"\t6\r\n"));
        view()->setCurrentIndex(model()->index(2, 1));
        const int before = m_window->workspace()->undo()->group()->activeStack()->count();
        QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_window->workspace()->undo()->group()->activeStack()->count(), before + 1);
        QTRY_COMPARE(
            stored(QStringLiteral("SELECT name || '=' || quantity FROM items WHERE id = 4")),
            QStringLiteral("Pasted\tB=6"));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 3")),
                 QStringLiteral("Pasted A"));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 4")),
                     QStringLiteral("Desk lamp"));
        QCOMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 3")),
                 QStringLiteral("40"));

        // A block that does not fit is refused before anything is written.
        QGuiApplication::clipboard()->setText(QStringLiteral("x\tnot a number\n"));
        view()->setCurrentIndex(model()->index(0, 1));
        QString said;
        QTimer::singleShot(0, this, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->close();
            }
        });
        QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(said, QStringLiteral("Nothing was pasted: 1 cell cannot be stored as pasted."));
        QCOMPARE(model()->data(model()->index(0, 1)).toString(),
                 QStringLiteral("Notebook, A5 dotted"));
        QCOMPARE(m_window->workspace()->edits()->pendingCount(), 0);
    }

    void opensOtherFilesAndRemembersThem()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(testsupport::copyOfChinook(other));
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("before switching")));
        m_window->switchDatabase(other, QStringLiteral("Genre"));
        // Pending edits are saved before the switch.
        QTRY_COMPARE(model()->tableName(), QStringLiteral("Genre"));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                 QStringLiteral("before switching"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("other.sqlite — Rowbook"));
        QCOMPARE(m_window->findChild<TableList *>()->topLevelItemCount(), 11);
        const QStringList recent = FileActions::recentFiles();
        QCOMPARE(recent.value(0), QFileInfo(other).absoluteFilePath());
        QCOMPARE(recent.value(1), QFileInfo(m_path).absoluteFilePath());
        QFile::remove(other + QStringLiteral("-missing"));
        m_window->switchDatabase(m_path);
        QTRY_COMPARE(model()->tableName(), QStringLiteral("items"));
    }

    // A file or name with "&" in it is shown as it is in Open Recent and in Undo, not with the
    // next letter underlined as a shortcut.
    void anAmpersandInANameStaysInMenus()
    {
        const QString other = m_dir.filePath(QStringLiteral("R&D.sqlite"));
        QVERIFY(testsupport::copyOfChinook(other));
        m_window->switchDatabase(other, QStringLiteral("Genre"));
        QTRY_COMPARE(model()->tableName(), QStringLiteral("Genre"));
        QMenu *recent = nullptr;
        for (QMenu *menu : m_window->findChildren<QMenu *>())
            recent = menu->title() == QLatin1String("Open &Recent") ? menu : recent;
        QVERIFY(recent);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QStringList shown;
        for (const QAction *action : recent->actions()) {
            QVERIFY2(QKeySequence::mnemonic(action->text()).isEmpty(), qPrintable(action->text()));
            shown << QString(action->text()).replace(QStringLiteral("&&"), QStringLiteral("&"));
        }
        QVERIFY2(shown.contains(QFileInfo(other).absoluteFilePath()), qPrintable(shown.join('|')));
        QVERIFY2(shown.contains(QFileInfo(m_path).absoluteFilePath()), qPrintable(shown.join('|')));

        auto *stack = m_window->workspace()->undo()->group()->activeStack();
        QVERIFY(stack);
        stack->push(new QUndoCommand(QStringLiteral("Rename column Q&A")));
        QAction *undo = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>())
            undo = action->text().startsWith(QLatin1String("&Undo")) ? action : undo;
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Rename column Q&&A"));
        m_window->switchDatabase(m_path);
        QTRY_COMPARE(model()->tableName(), QStringLiteral("items"));
    }

    void droppingACsvFileOpensTheImportDialog()
    {
        const QString csv = m_dir.filePath(QStringLiteral("dropped.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,label\n007,Bond\n042,Answer\n");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csv)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_VERIFY(m_window->findChild<ImportDialog *>());
        QCOMPARE(m_window->findChild<ImportDialog *>()->filePath(), csv);
    }

    // A filter that matches no row leaves no row to duplicate or delete: those actions go off.
    void aFilterMatchingNothingTurnsTheRowActionsOff()
    {
        const auto action = [this](const QString &text) {
            for (QAction *candidate : m_window->findChildren<QAction *>()) {
                if (candidate->text() == text)
                    return candidate;
            }
            return static_cast<QAction *>(nullptr);
        };
        QAction *duplicate = action(QStringLiteral("Duplicate Ro&w"));
        QAction *remove = action(QStringLiteral("&Delete Rows"));
        QVERIFY(duplicate && remove);
        view()->setCurrentIndex(model()->index(0, 1));
        QTRY_VERIFY(duplicate->isEnabled() && remove->isEnabled());
        model()->setFilter(QStringLiteral("quantity < ?"), {-1});
        QTRY_COMPARE(model()->rowCount(), 0);
        QTRY_VERIFY(!duplicate->isEnabled());
        QVERIFY(!remove->isEnabled());
        model()->setFilter(QString(), {});
        QTRY_VERIFY(model()->rowCount() > 0);
        view()->setCurrentIndex(model()->index(0, 1));
        QTRY_VERIFY(duplicate->isEnabled() && remove->isEnabled());
    }

    // View → Chart… (Ctrl+Shift+G) charts the grid's table; while open it follows the filter.
    void chartFollowsTheGrid()
    {
        QTest::keyClick(view(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        auto *chart = m_window->findChild<ChartDialog *>();
        QVERIFY(chart);
        QVERIFY(chart->isVisible());
        const auto sum = [chart] {
            const QVector<qint64> &counts = chart->chart()->content().data.counts;
            return std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
        };
        QTRY_VERIFY(!chart->isComputing());
        QCOMPARE(chart->chart()->content().xTitle, QStringLiteral("quantity"));
        QCOMPARE(sum(), qint64(6));
        model()->setFilter(QStringLiteral("quantity < ?"), {100});
        QTRY_COMPARE(sum(), qint64(5));
        QVERIFY(
            chart->shows(m_path, QStringLiteral("items"), QStringLiteral("quantity < ?"), {100}));

        // Another file in the same window: the chart moves to its table of the same name.
        const QString other = m_dir.filePath(QStringLiteral("chartOther.sqlite"));
        QVERIFY(Database::prepare(other, Database::Open::Starter).isOpen());
        QVERIFY(Probe(other).exec(QStringLiteral("DELETE FROM items WHERE id > 4")));
        QVERIFY(m_window->openDatabase(other));
        QTRY_VERIFY(chart->shows(other, QStringLiteral("items"), QString(), {}));
        QTRY_VERIFY(!chart->isComputing());
        QTRY_COMPARE(sum(), qint64(4));
        QVERIFY(chart->isVisible());

        // A file without tables has nothing to chart: the window closes.
        const QString empty = m_dir.filePath(QStringLiteral("chartEmpty.sqlite"));
        QVERIFY(Probe(empty).exec(QStringLiteral("CREATE TABLE t(x)")));
        QVERIFY(Probe(empty).exec(QStringLiteral("DROP TABLE t")));
        QVERIFY(m_window->openDatabase(empty));
        QTRY_VERIFY(!chart->isVisible());
    }
};

QTEST_MAIN(TestWindowActions)
#include "tst_windowactions.moc"

// Issue 19, "Editing without surprises": what Del does, what is backed up before a drop, what
// the confirmations say, and that the screen shows what is true while edits are pending.
#include "autosaver.h"
#include "backup.h"
#include "changewatcher.h"
#include "exportdialog.h"
#include "filterheader.h"
#include "mainwindow.h"
#include "plurals.h"
#include "recordform.h"
#include "schemadialog.h"
#include "schemarunner.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace rowbook;
using testsupport::LockHolder;
using testsupport::Probe;

class TestEditingSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QTableView *view() const { return m_window->tableView(); }
    TableModel *model() const { return m_window->workspace()->model(); }
    QVariant stored(const QString &sql) const { return Probe(m_path).value(sql); }
    QUndoStack *stack() const { return m_window->workspace()->undo()->stack(model()->tableName()); }
    void waitUntilSaved() const
    {
        m_window->workspace()->autoSaver()->saveNow();
        QTRY_VERIFY(m_window->workspace()->autoSaver()->isIdle());
    }
    void selectCells(int firstRow, int lastRow, int column) const
    {
        view()->setCurrentIndex(model()->index(firstRow, column));
        view()->selectionModel()->select(
            QItemSelection(model()->index(firstRow, column), model()->index(lastRow, column)),
            QItemSelectionModel::ClearAndSelect);
    }
    // How many columns named Composer the table Track has on disk (1 before a drop, 0 after).
    int composerColumns() const
    {
        return stored(
                   QStringLiteral(
                       "SELECT count(*) FROM pragma_table_info('Track') WHERE name = 'Composer'"))
            .toInt();
    }
    // Selects Track's column Composer in the dialog, clicks Drop Column and answers Yes to the
    // question; returns the question.
    QString dropComposer(SchemaDialog &dialog)
    {
        auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("columns"));
        columns->setCurrentCell(5, 0); // Composer
        QString question;
        QTimer::singleShot(0, this, [&question] { question = answer(QMessageBox::YesRole); });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("dropColumn")),
                          Qt::LeftButton);
        return question;
    }
    // Clicks the first button with `role` in the message box that is open now; returns its text.
    static QString answer(QMessageBox::ButtonRole role)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return QStringLiteral("<no message box>");
        const QString text = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                break;
            }
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        QVERIFY(testsupport::copyOfChinook(m_path));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("Artist")));
        QTRY_VERIFY(!model()->isLoading());
        m_window->workspace()->autoSaver()->setDebounceMs(30);
        view()->setFocus();
    }

    void cleanup() { m_window.reset(); }

    void deleteOnOneCellClearsTheCell()
    {
        selectCells(0, 0, 1);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 275);
        waitUntilSaved();
        QVERIFY(
            stored(QStringLiteral("SELECT Name IS NULL FROM Artist WHERE ArtistId = 1")).toBool());
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM Artist")).toInt(), 275);
    }

    void deleteOnARangeClearsItInOneUndoStep()
    {
        const int before = stack()->count();
        selectCells(1, 3, 1);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(stack()->text(stack()->count() - 1), QStringLiteral("Clear 3 cells"));
        waitUntilSaved();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM Artist WHERE Name IS NULL")).toInt(),
                 3);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM Artist")).toInt(), 275);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        waitUntilSaved();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM Artist WHERE Name IS NULL")).toInt(),
                 0);
        QCOMPARE(stored(QStringLiteral("SELECT Name FROM Artist WHERE ArtistId = 3")).toString(),
                 QStringLiteral("Aerosmith"));
    }

    void requiredColumnsGetTheirDefault()
    {
        QVERIFY(Probe(m_path).exec(QStringLiteral(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL DEFAULT 5, "
            "label TEXT NOT NULL, note TEXT)")));
        QVERIFY(Probe(m_path).exec(QStringLiteral("INSERT INTO t VALUES (1, 9, 'x', 'y')")));
        m_window->reloadSchema(QStringLiteral("t"));
        QTRY_COMPARE(model()->rowCount(), 1);
        view()->setCurrentIndex(model()->index(0, 1));
        view()->selectionModel()->select(QItemSelection(model()->index(0, 1), model()->index(0, 3)),
                                         QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view(), Qt::Key_Delete);
        waitUntilSaved();
        QCOMPARE(stored(QStringLiteral(
                            "SELECT qty || '|' || label || '|' || ifnull(note, 'NULL') FROM t"))
                     .toString(),
                 QStringLiteral("5|x|NULL"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Kept the values of 1 required column with no plain default: "
                                "label."));
    }

    // A required binary column is emptied to its default's bytes (DEFAULT '' or X'00ff'). One
    // whose default is a number, or whose default its column does not take (DEFAULT 'none' in
    // an INTEGER column), keeps its value, and the message names it.
    void requiredBinaryColumnsGetTheirDefaultsBytes()
    {
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY, pic BLOB NOT NULL DEFAULT '', "
                           "raw BLOB NOT NULL DEFAULT X'00ff', n BLOB NOT NULL DEFAULT 7, "
                           "qty INTEGER NOT NULL DEFAULT 'none')")));
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("INSERT INTO b VALUES (1, X'0102', X'0304', X'05', 3)")));
        m_window->reloadSchema(QStringLiteral("b"));
        QTRY_COMPARE(model()->rowCount(), 1);
        view()->setCurrentIndex(model()->index(0, 1));
        view()->selectionModel()->select(QItemSelection(model()->index(0, 1), model()->index(0, 4)),
                                         QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view(), Qt::Key_Delete);
        waitUntilSaved();
        QCOMPARE(stored(QStringLiteral("SELECT typeof(pic) || '|' || length(pic) || '|' || "
                                       "hex(raw) || '|' || hex(n) || '|' || qty FROM b"))
                     .toString(),
                 QStringLiteral("blob|0|00FF|05|3"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Kept the values of 1 required column with no plain default: n. "
                                "Kept the values of 1 column whose cells could not be cleared: "
                                "qty."));
    }

    // Enter saves a field and the user types on at once: the new edit starts from their own
    // value, still being saved, not from the row as read, so it is not taken for another
    // program's change when the first save lands (seen under Xvfb as a false conflict).
    void anEditBegunWhileTheLastIsSavingIsNoConflict()
    {
        m_window->workspace()->autoSaver()->setDebounceMs(60000); // saved when told
        const QModelIndex name = model()->index(0, 1);
        QVERIFY(model()->setData(name, QStringLiteral("AC/DC live")));
        model()->beginCellEdit(name); // typing on in the form
        m_window->workspace()->autoSaver()->saveNow();
        waitUntilSaved();
        QVERIFY(model()->setData(name, QStringLiteral("AC/DC live!")));
        model()->endCellEdit(model()->keyAt(0), 1);
        m_window->workspace()->autoSaver()->saveNow();
        waitUntilSaved();
        QVERIFY(!model()->data(name, TableModel::ConflictRole).toBool());
        QCOMPARE(stored(QStringLiteral("SELECT Name FROM Artist WHERE ArtistId = 1")).toString(),
                 QStringLiteral("AC/DC live!"));
    }

    // A save refused by the database puts its reason in the status bar; once the user fixes the
    // value and it saves, the reason goes and "● Saved" stands alone.
    void oldErrorLeavesTheStatusBarOnceTheCauseIsGone()
    {
        QVERIFY(Probe(m_path).exec(QStringLiteral(
            "CREATE TRIGGER no_shouting BEFORE UPDATE OF Name ON Artist WHEN NEW.Name = 'LOUD' "
            "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: no shouting'); END")));
        m_window->reloadSchema(QStringLiteral("Artist"));
        QTRY_COMPARE(model()->rowCount(), 275);
        QTRY_VERIFY(!model()->isLoading());
        auto *saveStatus = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("saveStatus"));
        QVERIFY(saveStatus);
        const auto typeInto = [this](int row, const QString &text) {
            view()->setCurrentIndex(model()->index(row, 1));
            view()->setFocus();
            QTest::keyClick(view(), Qt::Key_F2);
            QLineEdit *edit = nullptr;
            QTRY_VERIFY((edit = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
            edit->selectAll();
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        };

        typeInto(4, QStringLiteral("LOUD"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->statusBar()->currentMessage().isEmpty(), 10000);
        const QString refusal = m_window->statusBar()->currentMessage();
        QVERIFY2(saveStatus->text().contains(QLatin1String("Not saved")),
                 qPrintable(saveStatus->text()));
        QCOMPARE(stored(QStringLiteral("SELECT Name FROM Artist WHERE ArtistId = 5")).toString(),
                 QStringLiteral("Alice In Chains"));

        typeInto(4, QStringLiteral("Quiet"));
        QTRY_COMPARE_WITH_TIMEOUT(
            stored(QStringLiteral("SELECT Name FROM Artist WHERE ArtistId = 5")).toString(),
            QStringLiteral("Quiet"), 10000);
        QTRY_VERIFY(saveStatus->text().endsWith(QLatin1String("</span> Saved")));
        QVERIFY2(m_window->statusBar()->currentMessage().isEmpty(),
                 qPrintable(QStringLiteral("still shown: %1 (was: %2)")
                                .arg(m_window->statusBar()->currentMessage(), refusal)));
        QVERIFY(model()->data(model()->index(4, 1), TableModel::ErrorRole).toString().isEmpty());
    }

    // One format for every count and row number: 12345 reads "12,345" (in English) in the row
    // count label, the table list, the form's title, the undo history, the save status and the
    // export dialog alike.
    void numbersAreFormattedOneWayEverywhere()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restoreLocale = qScopeGuard([before] { QLocale::setDefault(before); });
        QCOMPARE(formatCount(12345), QStringLiteral("12,345"));
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, x TEXT)")));
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                           "WHERE i < 12345) INSERT INTO big (x) SELECT 'v' || i FROM c")));
        m_window->reloadSchema(QStringLiteral("big"));
        QTRY_COMPARE(model()->rowCount(), 12345);
        QTRY_VERIFY(!model()->isLoading());

        QLabel *rows = nullptr;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("Rows ")))
                rows = label;
        }
        QVERIFY(rows);
        QTRY_VERIFY2(rows->text().endsWith(QLatin1String(" of 12,345")), qPrintable(rows->text()));

        auto *tables = m_window->findChild<QTreeWidget *>();
        QVERIFY(tables);
        const QList<QTreeWidgetItem *> found
            = tables->findItems(QStringLiteral("big"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QTRY_COMPARE(found.first()->text(1), QStringLiteral("12,345"));

        view()->setCurrentIndex(model()->index(12344, 1));
        QStringList titles;
        for (QLabel *label : m_window->form()->findChildren<QLabel *>())
            titles << label->text();
        QVERIFY2(titles.contains(QStringLiteral("big — row 12,345 of 12,345")),
                 qPrintable(titles.join(QLatin1String(" | "))));

        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_G, Qt::ControlModifier);
        QInputDialog *goTo = nullptr;
        QTRY_VERIFY((goTo = m_window->findChild<QInputDialog *>(QStringLiteral("goToRowDialog"))));
        QCOMPARE(goTo->labelText(), QStringLiteral("Row number (1 to 12,345):"));
        goTo->reject();

        m_window->workspace()->autoSaver()->setDebounceMs(600000); // the edits stay pending
        QVERIFY(model()->setData(model()->index(12344, 1), QStringLiteral("last")));
        QCOMPARE(stack()->text(stack()->count() - 1),
                 QStringLiteral("Edit x of the row with id 12345"));
        selectCells(0, 1233, 1);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(stack()->text(stack()->count() - 1), QStringLiteral("Clear 1,234 cells"));
        auto *saveStatus = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("saveStatus"));
        QTRY_VERIFY2(saveStatus->text().contains(QLatin1String("1,235 edits to save")),
                     qPrintable(saveStatus->text()));
        waitUntilSaved();

        ExportDialog dialog(m_window->workspace()->info(), QStringLiteral("big"), m_window.get());
        QStringList texts;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(QStringLiteral("Table “big”, rows: 12,345.")),
                 qPrintable(texts.join(QLatin1String(" | "))));
    }

    void rowHeaderSelectionOrCtrlDeleteDeletesRows()
    {
        // Artists 25 and 26 (rows 25 and 26) have no albums, so the foreign keys let them go.
        view()->selectRow(24); // what a click on its row header does
        QVERIFY(view()->selectionModel()->isRowSelected(24, {}));
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 274);
        QCOMPARE(stack()->text(stack()->count() - 1),
                 QStringLiteral("Delete the row with ArtistId 25"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Deleted 1 row. Undo (Ctrl+Z) takes this back."));
        // The row that took its place is the current one, as in a spreadsheet.
        QCOMPARE(view()->currentIndex().row(), 24);
        QCOMPARE(model()->data(model()->index(24, 0)).toInt(), 26);
        // Ctrl+Del deletes the row of the current cell.
        selectCells(24, 24, 1);
        QTest::keyClick(view(), Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(model()->rowCount(), 273);
        QCOMPARE(view()->currentIndex().row(), 24);
        QCOMPARE(view()->currentIndex().column(), 1);
        QCOMPARE(model()->data(model()->index(24, 0)).toInt(), 27);
        waitUntilSaved();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM Artist")).toInt(), 273);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM Artist WHERE ArtistId IN (25, 26)"))
                     .toInt(),
                 0);
    }

    // A deletion the foreign keys refuse says why, naming the table whose rows refer to the
    // row, until Undo brings the row back and the save that follows has no problem.
    void aRefusedDeletionsMessageGoesWithItsUndo()
    {
        view()->selectRow(0); // artist 1 has albums
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 274);
        const QString refused = QStringLiteral(
            "Rows of “Album” refer to this row, so it cannot be deleted; undo the deletion "
            "(Ctrl+Z), or change those rows first.");
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), refused);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM Artist")).toInt(), 275);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->rowCount(), 275);
        waitUntilSaved();
        QTRY_COMPARE(m_window->workspace()->edits()->pendingCount(), 0);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QString());
        // Another message shown since stays: only the withdrawn problem goes.
        selectCells(0, 0, 1);
        QTest::keyClick(view(), Qt::Key_Delete, Qt::ControlModifier);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), refused);
        m_window->statusBar()->showMessage(QStringLiteral("something else"));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        waitUntilSaved();
        QTRY_COMPARE(m_window->workspace()->edits()->pendingCount(), 0);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("something else"));
    }

    // Rows of another table that the database deletes with a deleted row (ON DELETE CASCADE)
    // are not brought back by undo: the window asks first, even for one row, and says so.
    void deletingRowsOthersCascadeFromAsksFirst()
    {
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("CREATE TABLE fan (id INTEGER PRIMARY KEY, artist INTEGER REFERENCES "
                           "Artist (ArtistId) ON DELETE CASCADE)")));
        QVERIFY(Probe(m_path).exec(QStringLiteral("INSERT INTO fan (artist) VALUES (25)")));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(model()->referringKeys().cbegin(), model()->referringKeys().cend(),
                        [](const ForeignKeyConstraint &key) { return key.table == "fan"; }),
            5000); // another program's schema change: the window reads the keys again
        const auto selectArtist25 = [this] {
            view()->setCurrentIndex(model()->index(24, 1));
            view()->selectionModel()->select(model()->index(24, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
        };
        selectArtist25();
        QString question;
        QTimer::singleShot(0, this, [&question] { question = answer(QMessageBox::RejectRole); });
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(question, QStringLiteral("Delete 1 row from “Artist”? The database deletes or "
                                          "changes the rows of “fan” that refer to what you "
                                          "delete, and Undo does not bring those back."));
        QCOMPARE(model()->rowCount(), 275); // cancelled

        m_window->activateWindow(); // the question had it
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        selectArtist25();
        question.clear();
        QTimer::singleShot(0, this, [&question] { question = answer(QMessageBox::YesRole); });
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(!question.isEmpty());
        QCOMPARE(model()->rowCount(), 274);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Deleted 1 row. Undo (Ctrl+Z) takes back only that, not what it "
                                "did to “fan”."));
        waitUntilSaved();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM fan")).toInt(), 0);
    }

    // The table list counts again after own saves: a view over the table, and a table the
    // database deleted rows of with a deletion (ON DELETE CASCADE), show their new counts.
    void ownSavesRecountTheTableList()
    {
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("CREATE VIEW quiet AS SELECT * FROM Artist WHERE ArtistId > 270")));
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("CREATE TABLE fan (id INTEGER PRIMARY KEY, artist INTEGER REFERENCES "
                           "Artist (ArtistId) ON DELETE CASCADE)")));
        QVERIFY(Probe(m_path).exec(QStringLiteral("INSERT INTO fan (artist) VALUES (26)")));
        m_window->reloadSchema(QStringLiteral("Artist"));
        auto *tables = m_window->findChild<QTreeWidget *>();
        QVERIFY(tables);
        const auto count = [tables](const QString &name) {
            const QList<QTreeWidgetItem *> found = tables->findItems(name, Qt::MatchExactly);
            return found.size() == 1 ? found.first()->text(1) : QStringLiteral("<none>");
        };
        QTRY_COMPARE(count(QStringLiteral("quiet")), QStringLiteral("5"));
        QTRY_COMPARE(count(QStringLiteral("fan")), QStringLiteral("1"));
        // The first save after another program's commits has the whole list read again: one
        // first, so that what follows is the own saves' doing.
        QVERIFY(model()->setData(model()->index(0, 1), QStringLiteral("First")));
        m_window->workspace()->autoSaver()->saveNow();
        waitUntilSaved();
        QTest::qWait(3 * ChangeWatcher::defaultIntervalMs);
        QSignalSpy elsewhere(m_window->workspace(), &Workspace::changedElsewhere);

        // Artist 26 has no albums, and a fan, whom the database deletes with it.
        QCOMPARE(model()->data(model()->index(25, 0)).toInt(), 26);
        model()->removeRowList({25});
        const int row = model()->addRow();
        QVERIFY(model()->setData(model()->index(row, 1), QStringLiteral("New artist")));
        m_window->workspace()->autoSaver()->saveNow();
        waitUntilSaved();
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM quiet")).toInt(), 6);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM fan")).toInt(), 0);
        QTRY_COMPARE(count(QStringLiteral("quiet")), QStringLiteral("6"));
        QTRY_COMPARE(count(QStringLiteral("fan")), QStringLiteral("0"));
        QTRY_COMPARE(count(QStringLiteral("Artist")), QStringLiteral("275"));
        QCOMPARE(elsewhere.count(), 0);
    }

    // A table without rows says so over the grid and offers Add Row (the form stays blank); a
    // view offers nothing.
    void anEmptyTableSaysSoAndOffersAddRow()
    {
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("CREATE TABLE blank (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(
            Probe(m_path).exec(QStringLiteral("CREATE VIEW blank_view AS SELECT * FROM blank")));
        m_window->reloadSchema(QStringLiteral("blank"));
        QTRY_VERIFY(!model()->isLoading());
        auto *overlay = m_window->findChild<QWidget *>(QStringLiteral("emptyFilterOverlay"));
        QVERIFY(overlay);
        QTRY_VERIFY(overlay->isVisible());
        auto *message = overlay->findChild<QLabel *>(QStringLiteral("emptyFilterMessage"));
        QCOMPARE(message->text(), QStringLiteral("“blank” has no rows yet."));
        auto *addRow = overlay->findChild<QPushButton *>(QStringLiteral("emptyAddRow"));
        QVERIFY(addRow);
        QVERIFY(addRow->isVisible());
        QVERIFY(!overlay->findChild<QPushButton *>(QStringLiteral("clearFilters"))->isVisible());
        // The form beside it does not ask for a row to be selected: there is none.
        auto *formEmpty = m_window->findChild<QLabel *>(QStringLiteral("formEmpty"));
        QVERIFY(formEmpty);
        QTRY_COMPARE(formEmpty->text(), QString());
        QTest::mouseClick(addRow, Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 1);
        QTRY_VERIFY(!overlay->isVisible());

        QVERIFY(m_window->showTable(QStringLiteral("blank_view")));
        QTRY_VERIFY(!model()->isLoading());
        QTRY_VERIFY(overlay->isVisible());
        QCOMPARE(message->text(), QStringLiteral("“blank_view” has no rows."));
        QVERIFY(!addRow->isVisible());
    }

    void emptyFilterSaysWhyAndOffersClearFilters()
    {
        auto *header = qobject_cast<FilterHeader *>(view()->horizontalHeader());
        QTest::keyClicks(header->filterEdit(1), QStringLiteral("no such artist"));
        QTRY_COMPARE(model()->rowCount(), 0);
        auto *overlay = m_window->findChild<QWidget *>(QStringLiteral("emptyFilterOverlay"));
        QVERIFY(overlay);
        QTRY_VERIFY(overlay->isVisible());
        auto *message = overlay->findChild<QLabel *>(QStringLiteral("emptyFilterMessage"));
        QCOMPARE(message->text(), QStringLiteral("No rows match the filter on “Name”."));
        QVERIFY(view()->verticalHeader()->width()
                >= view()->fontMetrics().horizontalAdvance(QStringLiteral("000")));
        QTest::mouseClick(overlay->findChild<QPushButton *>(QStringLiteral("clearFilters")),
                          Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 275);
        QVERIFY(header->filterEdit(1)->text().isEmpty());
        QVERIFY(!overlay->isVisible());
        // The box's clear button (⊗) goes with its text.
        QToolButton *clear = nullptr;
        for (QToolButton *button : header->filterEdit(1)->findChildren<QToolButton *>()) {
            if (button->property("opacity").isValid())
                clear = button;
        }
        QVERIFY(clear);
        QTRY_COMPARE(clear->property("opacity").toReal(), 0.0);
    }

    // A narrow column's filter box gives the clear button's room to the text; a wide one
    // has the button.
    void aNarrowFilterBoxKeepsItsWidthForTheText()
    {
        auto *header = qobject_cast<FilterHeader *>(view()->horizontalHeader());
        QLineEdit *edit = header->filterEdit(1);
        view()->setColumnWidth(1, 200);
        QTRY_COMPARE(edit->width(), 198);
        QVERIFY(edit->isClearButtonEnabled());
        view()->setColumnWidth(1, 44);
        QTRY_COMPARE(edit->width(), 42);
        QVERIFY(!edit->isClearButtonEnabled());
        QTest::keyClicks(edit, QStringLiteral("AC"));
        view()->setColumnWidth(1, 200);
        QTRY_VERIFY(edit->isClearButtonEnabled());
        QCOMPARE(edit->text(), QStringLiteral("AC"));
    }

    void undoEntryNamesTheRow()
    {
        QVERIFY(model()->setData(model()->index(41, 1), QStringLiteral("Renamed")));
        QCOMPARE(stack()->text(stack()->count() - 1),
                 QStringLiteral("Edit Name of the row with ArtistId 42"));
        // The key stays with the row when the order changes; a table without a key column to
        // show names its row by position.
        model()->sort(1, Qt::DescendingOrder);
        QTRY_VERIFY(!model()->isLoading());
        QCOMPARE(stack()->text(stack()->count() - 1),
                 QStringLiteral("Edit Name of the row with ArtistId 42"));
        QVERIFY(m_window->showTable(QStringLiteral("PlaylistTrack")));
        QVERIFY(model()->tableInfo().keyColumn < 0);
        model()->removeRowList({2});
        QCOMPARE(stack()->text(stack()->count() - 1), QStringLiteral("Delete row 3"));
    }

    void headerLabelsStayWhileEditsArePending()
    {
        auto *header = qobject_cast<FilterHeader *>(view()->horizontalHeader());
        QVERIFY(header);
        const int labelBottom = header->filterEdit(0)->geometry().top();
        QVERIFY(labelBottom >= header->fontMetrics().height());
        LockHolder other;
        QVERIFY(other.acquire(m_path, QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(model()->setData(model()->index(2, 1), QStringLiteral("Waiting")));
        QTRY_COMPARE(m_window->workspace()->autoSaver()->state(), AutoSaver::State::Waiting);
        for (int i = 0; i < 10; ++i) { // through several retries
            QTest::qWait(50);
            QCOMPARE(header->filterEdit(0)->geometry().top(), labelBottom);
            QVERIFY(header->height() >= labelBottom + header->filterEdit(0)->height());
        }
        other.release();
        waitUntilSaved();
        QCOMPARE(header->filterEdit(0)->geometry().top(), labelBottom);
    }

    void sortIndicatorIsClearedAfterASchemaChange()
    {
        view()->sortByColumn(1, Qt::DescendingOrder);
        QTRY_VERIFY(!model()->isLoading());
        QCOMPARE(model()->data(model()->index(0, 0)).toInt(), 155); // Zeca Pagodinho
        SchemaRunner runner(m_window->workspace()->saver());
        QSignalSpy finished(&runner, &SchemaRunner::finished);
        ColumnSpec spec;
        spec.name = QStringLiteral("Country");
        QVERIFY(runner.run(
            SchemaOps::addColumn(m_window->workspace()->reader(), QStringLiteral("Artist"), spec)));
        QVERIFY(finished.wait(10000));
        m_window->reloadSchema(QStringLiteral("Artist"));
        QTRY_VERIFY(!model()->isLoading());
        QCOMPARE(model()->data(model()->index(0, 0)).toInt(), 1); // rowid order again
        QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), -1);
    }

    // After a column is dropped, every filter box sits under its own column again.
    void filterBoxesFollowTheColumnsAfterADrop()
    {
        QVERIFY(m_window->showTable(QStringLiteral("Album")));
        QTRY_VERIFY(!model()->isLoading());
        auto *header = qobject_cast<FilterHeader *>(view()->horizontalHeader());
        QVERIFY(header);
        QVERIFY(Probe(m_path).exec(QStringLiteral("ALTER TABLE Album DROP COLUMN Title")));
        m_window->reloadSchema(QStringLiteral("Album"));
        QTRY_COMPARE(model()->columnCount(), 2);
        QTRY_VERIFY(!model()->isLoading());
        const auto misplaced = [header] {
            QStringList problems;
            for (int c = 0; c < header->count(); ++c) {
                auto *edit = header->findChild<QLineEdit *>(QStringLiteral("filter:%1").arg(c));
                if (!edit) {
                    problems << QStringLiteral("no box for column %1").arg(c);
                    continue;
                }
                const int left = header->sectionViewportPosition(c) + 1;
                const int width = header->sectionSize(c) - 2;
                if (edit->x() != left || edit->width() != width)
                    problems << QStringLiteral("column %1: box at %2 (%3 px), column at %4 (%5 px)")
                                    .arg(c)
                                    .arg(edit->x())
                                    .arg(edit->width())
                                    .arg(left)
                                    .arg(width);
            }
            return problems.join(QLatin1String("; "));
        };
        QTRY_VERIFY2(misplaced().isEmpty(), qPrintable(misplaced()));
    }

    void dropTableNamesTheTablesThatReferToIt()
    {
        SchemaRunner runner(m_window->workspace()->saver());
        SchemaDialog dialog(m_window->workspace()->reader(), &runner, QStringLiteral("Artist"));
        dialog.show();
        QSignalSpy requested(&dialog, &SchemaDialog::dropTableRequested);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("dropTable")),
                          Qt::LeftButton);
        QCOMPARE(requested.size(), 0); // no confirmation even: nothing can happen
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("“Album”")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM Artist")).toInt(), 275);
    }

    void dropColumnIsBackedUpAndSaysSo()
    {
        SchemaRunner runner(m_window->workspace()->saver());
        SchemaDialog dialog(m_window->workspace()->reader(), &runner, QStringLiteral("Track"));
        dialog.setBackupSource(m_path);
        dialog.show();
        QSignalSpy finished(&runner, &SchemaRunner::finished);
        const QString question = dropComposer(dialog);
        // The table is small enough to be snapshotted: Table → Edit Columns… offers the drop in
        // the undo history (tst_schemaundo), and the backup is made as well.
        QVERIFY2(question.contains(QLatin1String("You can undo this")), qPrintable(question));
        QVERIFY2(question.contains(QDir::toNativeSeparators(Backup::folderFor(m_path))),
                 qPrintable(question));
        // The click returns while the backup is made on its thread; nothing is dropped yet.
        QVERIFY2(dialog.messageLabel()->text().startsWith(QLatin1String("Backing up")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(composerColumns(), 1);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(composerColumns(), 0);
        const QVector<Backup::Entry> backups = Backup::list(m_path);
        QVERIFY(!backups.isEmpty());
        QCOMPARE(backups.first().reason, Backup::Reason::PreDropColumn);
        QCOMPARE(Probe(backups.first().path)
                     .value(QStringLiteral("SELECT Composer FROM Track WHERE TrackId = 1"))
                     .toString(),
                 QStringLiteral("Angus Young, Malcolm Young, Brian Johnson"));
        QVERIFY2(dialog.messageLabel()->text().contains(QFileInfo(backups.first().path).fileName()),
                 qPrintable(dialog.messageLabel()->text()));
    }

    // Closing the dialog while the backup before the drop runs drops nothing.
    void closingTheDialogDuringTheBackupKeepsTheColumn()
    {
        SchemaRunner runner(m_window->workspace()->saver());
        SchemaDialog dialog(m_window->workspace()->reader(), &runner, QStringLiteral("Track"));
        dialog.setBackupSource(m_path);
        dialog.show();
        QSignalSpy finished(&runner, &SchemaRunner::finished);
        dropComposer(dialog);
        QVERIFY(dialog.messageLabel()->text().startsWith(QLatin1String("Backing up")));
        dialog.reject();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.messageLabel()->text().startsWith(QLatin1String("The column was not dropped")),
            20000);
        QVERIFY(!runner.isRunning()); // the drop was never handed to the runner
        QCOMPARE(finished.size(), 0);
        QCOMPARE(composerColumns(), 1);
    }

    // The backup cannot be written (its folder's place is taken by a file): the column stays and
    // the dialog says why.
    void dropColumnIsNotRunWhenTheBackupFails()
    {
        SchemaRunner runner(m_window->workspace()->saver());
        SchemaDialog dialog(m_window->workspace()->reader(), &runner, QStringLiteral("Track"));
        QTemporaryDir elsewhere;
        const QString blocked = elsewhere.filePath(QStringLiteral("blocked.sqlite"));
        QVERIFY(QFile::copy(m_path, blocked));
        {
            QFile file(Backup::folderFor(blocked));
            QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder would go
        }
        dialog.setBackupSource(blocked);
        dialog.show();
        QSignalSpy finished(&runner, &SchemaRunner::finished);
        dropComposer(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.messageLabel()->text().startsWith(QLatin1String("The column was not dropped")),
            20000);
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("backup")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(composerColumns(), 1);
    }
};

QTEST_MAIN(TestEditingSafety)
#include "tst_editingsafety.moc"

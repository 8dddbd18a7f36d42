// Cell editors in the grid and fields in the form: a value changes only when the user changes it.
// Every test drives the widgets with key and mouse events, lets the autosave run and reads the
// file back through an independent connection.
#include "autosaver.h"
#include "editstore.h"
#include "fieldeditor.h"
#include "gridview.h"
#include "mainwindow.h"
#include "recordform.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

namespace {

enum Column { Id, Day, At, Stamp, Price, Qty, Title };
enum Row { Slashed, DateTimeInDate, Nulls, Iso, TextInNumbers };

} // namespace

class TestEditors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QVariant stored(const QString &sql) const { return Probe(m_path).value(sql); }
    QTableView *view() const { return m_window->tableView(); }
    TableModel *model() const { return m_window->workspace()->model(); }
    AutoSaver *autoSaver() const { return m_window->workspace()->autoSaver(); }
    QLineEdit *field(const QString &column) const
    {
        return qobject_cast<QLineEdit *>(m_window->form()->editor(column)->editor());
    }
    QLabel *fieldNote(const QString &column) const
    {
        return m_window->form()->findChild<QLabel *>(QStringLiteral("note:") + column);
    }
    QLabel *cellNote() const
    {
        return view()->viewport()->findChild<QLabel *>(QStringLiteral("cellEditorNote"));
    }

    // Saves whatever is pending and waits until the worker is done: after this, anything an
    // editor wrote is in the file.
    void saveAndWait()
    {
        autoSaver()->saveNow();
        QTRY_VERIFY(autoSaver()->isIdle());
        QCOMPARE(m_window->workspace()->edits()->pendingCount(), 0);
    }

    // Opens the cell's editor with F2, as a user does.
    QLineEdit *openCellEditor(int row, int column)
    {
        m_window->activateWindow();
        view()->setFocus();
        view()->setCurrentIndex(model()->index(row, column));
        QTest::keyClick(view(), Qt::Key_F2);
        return qobject_cast<QLineEdit *>(view()->indexWidget(model()->index(row, column)));
    }

    // Return in a cell editor commits with a queued call: wait until the editor is gone.
    void commitCell(QLineEdit *editor)
    {
        QPointer<QLineEdit> open(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!open || !open->isVisible());
    }

    void focusField(QLineEdit *edit)
    {
        edit->setFocus();
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(edit->hasFocus());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        QFile::remove(m_path);
        {
            Probe setup(m_path);
            for (const char *sql :
                 {"CREATE TABLE events (id INTEGER PRIMARY KEY, day DATE, at DATETIME, stamp "
                  "TIMESTAMP, "
                  "price REAL, qty INTEGER, title TEXT NOT NULL DEFAULT 'untitled')",
                  "INSERT INTO events VALUES (1, '15/04/2023', '2026-03-21 14:30:00', NULL, 2.5, "
                  "3, 'slashed')",
                  "INSERT INTO events VALUES (2, '2026-03-21 14:30:00', '21.03.2026 14:30', NULL, "
                  "1.0, 1, 'datetime in date')",
                  "INSERT INTO events VALUES (3, NULL, NULL, NULL, NULL, NULL, 'nulls')",
                  "INSERT INTO events VALUES (4, '2026-03-21', '2026-03-21 14:30:00', '2026-03-21 "
                  "14:30:00', 4.25, 7, 'iso')",
                  "INSERT INTO events VALUES (5, '2026-03-21', NULL, NULL, 'n/a', 'N/A', 'text in "
                  "numbers')",
                  "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born DATE)",
                  "INSERT INTO people VALUES (1, 'Grace', '1906-12-09')",
                  "CREATE VIEW recent AS SELECT id, day, title FROM events WHERE id > 2"})
                QVERIFY2(setup.exec(QString::fromLatin1(sql)), sql);
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("events")));
        autoSaver()->setDebounceMs(30);
        QCOMPARE(model()->tableName(), QStringLiteral("events"));
    }

    void cleanup() { m_window.reset(); }

    void formTabThroughWritesNothing_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("hinted");
        QTest::newRow("date in another format") << int(Slashed) << "day"
                                                << "15/04/2023" << true;
        QTest::newRow("date-time in a DATE column") << int(DateTimeInDate) << "day"
                                                    << "2026-03-21 14:30:00" << true;
        QTest::newRow("NULL date") << int(Nulls) << "day"
                                   << "" << false;
        QTest::newRow("ISO date") << int(Iso) << "day"
                                  << "2026-03-21" << false;
        QTest::newRow("date-time") << int(Iso) << "at"
                                   << "2026-03-21 14:30:00" << false;
        QTest::newRow("date-time in another format") << int(DateTimeInDate) << "at"
                                                     << "21.03.2026 14:30" << true;
        QTest::newRow("NULL date-time") << int(Nulls) << "at"
                                        << "" << false;
        QTest::newRow("text in a REAL column") << int(TextInNumbers) << "price"
                                               << "n/a" << true;
        QTest::newRow("text in an INTEGER column") << int(TextInNumbers) << "qty"
                                                   << "N/A" << true;
    }

    void formTabThroughWritesNothing()
    {
        QFETCH(int, row);
        QFETCH(QString, column);
        QFETCH(QString, shown);
        QFETCH(bool, hinted);
        const QString sql
            = QStringLiteral("SELECT quote(%1) FROM events WHERE id = %2").arg(column).arg(row + 1);
        const QVariant before = stored(sql);
        view()->setCurrentIndex(model()->index(row, Title));
        QLineEdit *edit = field(column);
        QCOMPARE(edit->text(), shown); // as stored: not today's date, not cut to a date
        QCOMPARE(fieldNote(column)->isVisible(), hinted);
        if (shown.isEmpty())
            QCOMPARE(edit->placeholderText(), QStringLiteral("NULL"));
        focusField(edit);
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY(!edit->hasFocus());
        QCOMPARE(edit->text(), shown);
        saveAndWait();
        QCOMPARE(stored(sql), before);
    }

    void gridEditorLeftUnchangedWritesNothing_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("how");
        for (const char *how : {"enter", "tab", "click"}) {
            QTest::addRow("NULL date, %s", how) << int(Nulls) << int(Day) << how;
            QTest::addRow("NULL date-time, %s", how) << int(Nulls) << int(At) << how;
            QTest::addRow("date in another format, %s", how) << int(Slashed) << int(Day) << how;
            QTest::addRow("date-time in a DATE column, %s", how)
                << int(DateTimeInDate) << int(Day) << how;
            QTest::addRow("NULL number, %s", how) << int(Nulls) << int(Price) << how;
        }
    }

    void gridEditorLeftUnchangedWritesNothing()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, how);
        const QString name = model()->tableInfo().columns[column].name;
        const QString sql
            = QStringLiteral("SELECT quote(%1) FROM events WHERE id = %2").arg(name).arg(row + 1);
        const QVariant before = stored(sql);
        QLineEdit *editor = openCellEditor(row, column);
        QVERIFY2(editor, "F2 opens an editor");
        QCOMPARE(editor->text(),
                 model()->data(model()->index(row, column), TableModel::StoredRole).toString());
        const QPointer<QLineEdit> open(editor);
        if (how == QLatin1String("enter")) {
            QTest::keyClick(editor, Qt::Key_Return);
        } else if (how == QLatin1String("tab")) {
            QTest::keyClick(editor, Qt::Key_Tab);
        } else {
            const QRect other = view()->visualRect(model()->index(Iso, Title));
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, other.center());
        }
        QTRY_VERIFY(!view()->indexWidget(model()->index(row, column))
                    && (!open || !open->isVisible()));
        saveAndWait();
        QCOMPARE(stored(sql), before);
        QCOMPARE(model()->data(model()->index(row, column), TableModel::NullRole).toBool(),
                 before == QLatin1String("NULL"));
    }

    void nullStaysNullUntilTyped()
    {
        QLineEdit *editor = openCellEditor(Nulls, Day);
        QVERIFY(editor);
        QCOMPARE(editor->text(), QString());
        QTest::keyClicks(editor, QStringLiteral("2026-3-5"));
        commitCell(editor);
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT day FROM events WHERE id = 3")).toString(),
                 QStringLiteral("2026-03-05"));
        // Emptying the field is how NULL comes back.
        QLineEdit *field = this->field(QStringLiteral("day"));
        QCOMPARE(field->text(), QStringLiteral("2026-03-05"));
        focusField(field);
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClick(field, Qt::Key_Tab);
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT typeof(day) FROM events WHERE id = 3")).toString(),
                 QStringLiteral("null"));
    }

    void dateTimeEditorKeepsTime()
    {
        view()->setCurrentIndex(model()->index(Iso, Title));
        // TIMESTAMP and DATETIME columns get a date-and-time editor with a calendar.
        for (const QString &column : {QStringLiteral("at"), QStringLiteral("stamp")}) {
            QCOMPARE(field(column)->placeholderText(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            QCOMPARE(field(column)->text(), QStringLiteral("2026-03-21 14:30:00"));
        }
        // Picking a day from the calendar keeps the time.
        QLineEdit *at = field(QStringLiteral("at"));
        focusField(at);
        QToolButton *pick = nullptr;
        for (QToolButton *button : at->findChildren<QToolButton *>())
            pick = button->defaultAction()
                           && button->defaultAction()->objectName() == QLatin1String("pickDate")
                       ? button
                       : pick;
        QVERIFY2(pick, "the date-time field has a calendar button");
        QTest::mouseClick(pick, Qt::LeftButton);
        auto *calendar = at->findChild<QCalendarWidget *>(QStringLiteral("datePickerCalendar"));
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate(2026, 3, 21));
        QWidget *days = QApplication::focusWidget();
        QVERIFY(days && calendar->isAncestorOf(days));
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_COMPARE(at->text(), QStringLiteral("2026-03-22 14:30:00"));
        QTRY_VERIFY(at->hasFocus());
        QTest::keyClick(at, Qt::Key_Tab);
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT at FROM events WHERE id = 4")).toString(),
                 QStringLiteral("2026-03-22 14:30:00"));
        // Typed without seconds, in the grid.
        QLineEdit *editor = openCellEditor(Iso, Stamp);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("2026-04-01 08:05"));
        commitCell(editor);
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT stamp FROM events WHERE id = 4")).toString(),
                 QStringLiteral("2026-04-01 08:05:00"));
    }

    void invalidInputKeepsTheCellEditorOpen_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("key");
        QTest::newRow("REAL, Enter") << int(Price) << "abc"
                                     << "is not a number" << int(Qt::Key_Return);
        QTest::newRow("REAL, Tab") << int(Price) << "abc"
                                   << "is not a number" << int(Qt::Key_Tab);
        QTest::newRow("INTEGER, Enter") << int(Qty) << "12x"
                                        << "is not a whole number" << int(Qt::Key_Return);
        QTest::newRow("DATE, Enter") << int(Day) << "tomorrow"
                                     << "is not a date" << int(Qt::Key_Return);
        QTest::newRow("REAL, click away") << int(Price) << "abc"
                                          << "is not a number" << 0;
        // Save Now keeps the editor open: it says why nothing of it was saved.
        QTest::newRow("INTEGER, Ctrl+S")
            << int(Qty) << "12x"
            << "is not a whole number" << int(Qt::Key_S) + int(Qt::ControlModifier);
    }

    void invalidInputKeepsTheCellEditorOpen()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        QFETCH(int, key);
        const QString name = model()->tableInfo().columns[column].name;
        const QString sql = QStringLiteral("SELECT quote(%1) FROM events WHERE id = 4").arg(name);
        const QVariant before = stored(sql);
        QLineEdit *editor = openCellEditor(Iso, column);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, typed);
        QCOMPARE(editor->text(), typed); // letters are not swallowed
        if (key != 0) {
            QTest::keyClick(editor, Qt::Key(key & ~int(Qt::KeyboardModifierMask)),
                            Qt::KeyboardModifiers(key & int(Qt::KeyboardModifierMask)));
            QCOMPARE(QApplication::focusWidget(), editor); // the same editor stays open
        } else {
            const QRect other = view()->visualRect(model()->index(Slashed, Title));
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, other.center());
            // It opens again on the cell, with what was typed.
            QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
            editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QCOMPARE(view()->currentIndex(), model()->index(Iso, column));
        }
        QCOMPARE(editor->text(), typed);
        QTRY_VERIFY(cellNote() && cellNote()->isVisible());
        QVERIFY2(cellNote()->text().contains(reason), qPrintable(cellNote()->text()));
        saveAndWait();
        QCOMPARE(stored(sql), before);
        // Escape takes it back.
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        saveAndWait();
        QCOMPARE(stored(sql), before);
    }

    void invalidInputStaysInTheForm()
    {
        view()->setCurrentIndex(model()->index(Iso, Title));
        QLineEdit *price = field(QStringLiteral("price"));
        focusField(price);
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("abc"));
        QTest::keyClick(price, Qt::Key_Tab);
        QCOMPARE(price->text(), QStringLiteral("abc"));
        QVERIFY(fieldNote(QStringLiteral("price"))->isVisible());
        QVERIFY(
            fieldNote(QStringLiteral("price"))->text().contains(QLatin1String("is not a number")));
        // Another field's edit saves and repaints the row; the input stays.
        QLineEdit *qty = field(QStringLiteral("qty"));
        focusField(qty);
        qty->selectAll();
        QTest::keyClicks(qty, QStringLiteral("8"));
        QTest::keyClick(qty, Qt::Key_Tab);
        saveAndWait();
        QCOMPARE(
            stored(QStringLiteral("SELECT quote(price) || quote(qty) FROM events WHERE id = 4"))
                .toString(),
            QStringLiteral("4.258"));
        QCOMPARE(price->text(), QStringLiteral("abc"));
        // Correcting it saves it.
        focusField(price);
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("9.5"));
        QTest::keyClick(price, Qt::Key_Tab);
        QVERIFY(!fieldNote(QStringLiteral("price"))->isVisible());
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT price FROM events WHERE id = 4")).toDouble(), 9.5);
    }

    void textInANumberColumnIsEditedAsText()
    {
        QLineEdit *editor = openCellEditor(TextInNumbers, Qty);
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("N/A"));
        QTRY_VERIFY(cellNote() && cellNote()->isVisible());
        QVERIFY(cellNote()->text().contains(QLatin1String("edited as text")));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("unknown"));
        commitCell(editor);
        saveAndWait();
        QCOMPARE(
            stored(QStringLiteral("SELECT qty || typeof(qty) FROM events WHERE id = 5")).toString(),
            QStringLiteral("unknowntext"));
    }

    // QLineEdit holds 32,767 characters unless told otherwise: a longer text was cut to that
    // length when the editor opened, and saved so as soon as anything was typed.
    void textLongerThanALineEditHoldsIsKeptWhole()
    {
        const QString sql = QStringLiteral("SELECT title FROM events WHERE id = 4");
        QString text = QStringLiteral("start ");
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("w ");
        text += QStringLiteral("end");
        const int length = int(text.size());
        QVERIFY(model()->setData(model()->index(Iso, Title), text, TableModel::StoredRole));
        saveAndWait();
        QCOMPARE(stored(sql).toString().size(), length);

        QLineEdit *editor = openCellEditor(Iso, Title);
        QVERIFY(editor);
        QCOMPARE(editor->text().size(), length);
        editor->end(false);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QCOMPARE(editor->text().size(), length - 1);
        QVERIFY(editor->isModified());
        commitCell(editor);
        saveAndWait();
        QString stored = this->stored(sql).toString();
        QCOMPARE(stored.size(), length - 1);
        QVERIFY(stored.endsWith(QLatin1String(" en")));

        view()->setCurrentIndex(model()->index(Iso, Title));
        QLineEdit *title = field(QStringLiteral("title"));
        QVERIFY(title);
        QCOMPARE(title->text().size(), length - 1);
        focusField(title);
        title->end(false);
        QTest::keyClicks(title, QStringLiteral("d!"));
        QTest::keyClick(title, Qt::Key_Tab);
        saveAndWait();
        stored = this->stored(sql).toString();
        QCOMPARE(stored.size(), length + 1);
        QVERIFY(stored.startsWith(QLatin1String("start w w ")));
        QVERIFY(stored.endsWith(QLatin1String(" end!")));
    }

    void newRowIsNotRefusedBeforeTyping()
    {
        QVERIFY(m_window->showTable(QStringLiteral("people")));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->rowCount(), 2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "the new row's first field is being edited");
        // Several autosave intervals pass while the user has not typed yet: no refusal.
        QTest::qWait(300);
        QCOMPARE(model()->data(model()->index(1, 1), TableModel::ErrorRole).toString(), QString());
        QVERIFY(
            m_window->form()->findChild<QLabel *>(QStringLiteral("formNotice"))->text().isEmpty());
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM people")).toInt(), 1);
        const QString status
            = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("saveStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("saved when you leave it")), qPrintable(status));
        QTest::keyClicks(editor, QStringLiteral("Ada"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QTest::qWait(200);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM people")).toInt(),
                 1); // still being filled in
        QCOMPARE(model()->data(model()->index(1, 1), TableModel::ErrorRole).toString(), QString());
        // Leaving the row saves it.
        view()->setCurrentIndex(model()->index(0, 1));
        QTRY_COMPARE(stored(QStringLiteral("SELECT name FROM people WHERE id = 2")).toString(),
                     QStringLiteral("Ada"));

        // Escape before typing takes the new row back, as Undo would: it is not saved empty.
        QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->rowCount(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(QApplication::focusWidget(), view());

        // A new row left without its required value is refused then, with the reason. (Tab
        // went on to the next field: the Escape there does not take the row back.)
        QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(model()->rowCount(), 3);
        view()->setCurrentIndex(model()->index(0, 1));
        QTRY_VERIFY(model()
                        ->data(model()->index(2, 1), TableModel::ErrorRole)
                        .toString()
                        .contains(QLatin1String("A value is required")));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM people")).toInt(), 2);
    }

    void saveNowSavesWhatIsBeingTyped_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("grid") << QStringLiteral("grid");
        QTest::newRow("frozen column") << QStringLiteral("frozen");
        QTest::newRow("form") << QStringLiteral("form");
    }

    // Ctrl+S while typing saves the text typed so far; the editor stays open for more.
    void saveNowSavesWhatIsBeingTyped()
    {
        QFETCH(QString, where);
        const QString sql = QStringLiteral("SELECT title FROM events WHERE id = 4");
        auto *grid = qobject_cast<GridView *>(view());
        QVERIFY(grid);
        QLineEdit *input = nullptr;
        if (where == QLatin1String("form")) {
            view()->setCurrentIndex(model()->index(Iso, Title));
            input = field(QStringLiteral("title"));
            focusField(input);
        } else {
            grid->setFrozenCount(where == QLatin1String("frozen") ? Title + 1 : 0);
            const QTableView *holder = where == QLatin1String("frozen") ? grid->frozenView() : grid;
            m_window->activateWindow();
            view()->setFocus();
            view()->setCurrentIndex(model()->index(Iso, Title));
            QTest::keyClick(view(), Qt::Key_F2);
            input = qobject_cast<QLineEdit *>(holder->indexWidget(model()->index(Iso, Title)));
        }
        QVERIFY2(input, "an editor is open on the cell");
        input->selectAll();
        QTest::keyClicks(input, QStringLiteral("typed, then Ctrl+S"));
        QTest::keyClick(input, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(stored(sql).toString(), QStringLiteral("typed, then Ctrl+S"));
        QVERIFY(input->isVisible());
        QCOMPARE(QApplication::focusWidget(), input);
        // Typing on and leaving the editor saves the rest, as one more edit.
        QTest::keyClicks(input, QStringLiteral(" and on"));
        if (where == QLatin1String("form"))
            view()->setFocus();
        else
            commitCell(input);
        saveAndWait();
        QCOMPARE(stored(sql).toString(), QStringLiteral("typed, then Ctrl+S and on"));
    }

    // An Undo after Save Now, with the editor still open, takes the saved text back: closing
    // the editor does not write it again, and Redo is still there.
    void undoAfterSaveNowHoldsWhileTheEditorIsOpen()
    {
        const QString sql = QStringLiteral("SELECT title FROM events WHERE id = 4");
        QLineEdit *input = openCellEditor(Iso, Title);
        QVERIFY(input);
        input->selectAll();
        QTest::keyClicks(input, QStringLiteral("saved, then undone"));
        QTest::keyClick(input, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(stored(sql).toString(), QStringLiteral("saved, then undone"));
        QUndoStack *stack = m_window->workspace()->undo()->stack(QStringLiteral("events"));
        QVERIFY(stack->canUndo());
        stack->undo();
        saveAndWait();
        QCOMPARE(stored(sql).toString(), QStringLiteral("iso"));
        commitCell(input);
        saveAndWait();
        QCOMPARE(stored(sql).toString(), QStringLiteral("iso"));
        QVERIFY(stack->canRedo());
    }

    // A new row saved by Save Now while its editor stays open: the edit that follows is
    // checked against what was inserted, so another program's change meanwhile is a conflict,
    // not overwritten.
    void aNewRowSavedWithItsEditorOpenKeepsTheCheck()
    {
        QVERIFY(m_window->showTable(QStringLiteral("people")));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *input = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(input, "the new row's first field is being edited");
        QTest::keyClicks(input, QStringLiteral("Ada"));
        QTest::keyClick(input, Qt::Key_S, Qt::ControlModifier);
        const QString name = QStringLiteral("SELECT name FROM people WHERE id = 2");
        QTRY_COMPARE(stored(name).toString(), QStringLiteral("Ada"));
        QVERIFY(
            Probe(m_path).exec(QStringLiteral("UPDATE people SET name = 'Theirs' WHERE id = 2")));
        // The window reads the other program's commit in (the editor keeps what was typed).
        QTRY_COMPARE(model()->data(model()->index(1, 1), TableModel::StoredRole).toString(),
                     QStringLiteral("Theirs"));
        QCOMPARE(input->text(), QStringLiteral("Ada"));
        QTest::keyClicks(input, QStringLiteral(" Lovelace"));
        commitCell(input);
        autoSaver()->saveNow();
        QTRY_VERIFY(autoSaver()->isIdle());
        QCOMPARE(stored(name).toString(), QStringLiteral("Theirs"));
        QTRY_VERIFY(model()->data(model()->index(1, 1), TableModel::ConflictRole).toBool());
    }

    // Once the editor of a new row saved with it open closes, the cell keeps no start value:
    // a later edit made without an editor is checked against what the window read since.
    void aNewRowsEditorClosedAfterItsSaveLeavesNoStartBehind_data()
    {
        QTest::addColumn<bool>("inForm");
        QTest::newRow("grid") << false;
        QTest::newRow("form") << true;
    }

    void aNewRowsEditorClosedAfterItsSaveLeavesNoStartBehind()
    {
        QFETCH(bool, inForm);
        QVERIFY(m_window->showTable(QStringLiteral("people")));
        QLineEdit *input = nullptr;
        if (inForm) {
            // The new row has its name, which is being typed on in the form when it is saved.
            model()->insertRowAt(-1, {{QStringLiteral("name"), QStringLiteral("Ada")}});
            view()->setCurrentIndex(model()->index(1, 1));
            input = field(QStringLiteral("name"));
            focusField(input);
            QTest::keyClick(input, Qt::Key_End);
            QTest::keyClicks(input, QStringLiteral(" L"));
            autoSaver()->saveNow();
        } else {
            view()->setFocus();
            QTest::keyClick(view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
            input = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY2(input, "the new row's name is being edited");
            QTest::keyClicks(input, QStringLiteral("Ada L"));
            QTest::keyClick(input, Qt::Key_S, Qt::ControlModifier);
        }
        const QString name = QStringLiteral("SELECT name FROM people WHERE id = 2");
        QTRY_VERIFY(stored(name).toString().startsWith(QLatin1String("Ada")));
        QVERIFY(input->isVisible());
        QTest::keyClicks(input, QStringLiteral("ovelace"));
        if (inForm)
            view()->setFocus();
        else
            commitCell(input);
        saveAndWait();
        QCOMPARE(stored(name).toString(), QStringLiteral("Ada Lovelace"));
        QVERIFY(
            Probe(m_path).exec(QStringLiteral("UPDATE people SET name = 'Theirs' WHERE id = 2")));
        const QModelIndex cell = model()->index(1, 1);
        QTRY_COMPARE(model()->data(cell, TableModel::StoredRole).toString(),
                     QStringLiteral("Theirs"));
        QVERIFY(model()->setData(cell, QStringLiteral("Mine"))); // as a paste writes
        saveAndWait();
        QCOMPARE(stored(name).toString(), QStringLiteral("Mine"));
        QVERIFY(!model()->data(cell, TableModel::ConflictRole).toBool());
    }

    void setToNullIsDisabledForRequiredColumns()
    {
        QVERIFY(m_window->showTable(QStringLiteral("people")));
        QAction *setNull = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>())
            setNull = action->text() == QLatin1String("Set to &NULL") ? action : setNull;
        QVERIFY(setNull);
        view()->setCurrentIndex(model()->index(0, 1));
        QVERIFY(!setNull->isEnabled());
        QCOMPARE(setNull->toolTip(),
                 QStringLiteral("“name” requires a value, so it cannot be set to NULL."));
        view()->setCurrentIndex(model()->index(0, 2));
        QVERIFY(setNull->isEnabled());
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT typeof(born) FROM people WHERE id = 1")).toString(),
                 QStringLiteral("null"));
    }

    // A new filter or order brings new rows, not new columns: the form keeps its fields (building
    // them reads the table's foreign keys, a round trip each on a server) and shows the rows of
    // the new list. Changed columns build the fields again.
    void formKeepsItsFieldsWhenOnlyTheRowsChange()
    {
        RecordForm *form = m_window->form();
        view()->setCurrentIndex(model()->index(Iso, Title));
        QTRY_COMPARE(form->currentRow(), int(Iso));
        QPointer<FieldEditor> title = form->editor(QStringLiteral("title"));
        QVERIFY(title);

        model()->setFilter(QStringLiteral("id > ?"), {3});
        QTRY_VERIFY(!model()->isLoading() && model()->rowCount() == 2);
        QCOMPARE(form->editor(QStringLiteral("title")), title.data());
        view()->setCurrentIndex(model()->index(1, Title));
        QTRY_COMPARE(form->currentRow(), 1);
        QCOMPARE(field(QStringLiteral("title"))->text(), QStringLiteral("text in numbers"));

        model()->sort(Title, Qt::AscendingOrder);
        QTRY_VERIFY(!model()->isLoading());
        view()->setCurrentIndex(model()->index(0, Title));
        QTRY_COMPARE(form->currentRow(), 0);
        QCOMPARE(form->editor(QStringLiteral("title")), title.data());
        QCOMPARE(field(QStringLiteral("title"))->text(), QStringLiteral("iso"));

        QVERIFY(Probe(m_path).exec(QStringLiteral("ALTER TABLE events ADD COLUMN note TEXT")));
        model()->refreshFromOutside(true);
        QTRY_VERIFY(form->editor(QStringLiteral("note")));
        QVERIFY(!title); // built again
        QVERIFY(form->editor(QStringLiteral("title")));
    }

    // Another program gives a row a key the window cannot edit (0 or below) while the form is
    // open: its fields turn read-only at once and it says why; nothing typed is written.
    void formTurnsReadOnlyWithTheTable()
    {
        RecordForm *form = m_window->form();
        view()->setCurrentIndex(model()->index(Iso, Title));
        QTRY_COMPARE(form->currentRow(), int(Iso));
        QLineEdit *title = field(QStringLiteral("title"));
        QVERIFY(!title->isReadOnly());
        focusField(title);
        QTest::keyClicks(title, QStringLiteral(" typed"));

        QVERIFY(Probe(m_path).exec(
            QStringLiteral("INSERT INTO events (id, title) VALUES (-5, 'below one')")));
        model()->refreshFromOutside(false);
        QTRY_VERIFY(model()->isReadOnly());
        QTRY_VERIFY(title->isReadOnly()); // the form hears of it in a queued call
        QVERIFY(field(QStringLiteral("day"))->isReadOnly());
        QVERIFY(!form->findChild<QToolButton *>(QStringLiteral("null:day"))->isEnabled());
        auto *notice = form->findChild<QLabel *>(QStringLiteral("formNotice"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), model()->readOnlyReason());
        QVERIFY(notice->text().contains(QStringLiteral(" is -5,")));

        view()->setFocus(); // leaving the field commits what it holds, into a read-only table
        saveAndWait();
        QCOMPARE(stored(QStringLiteral("SELECT title FROM events WHERE id = 4")).toString(),
                 QStringLiteral("iso"));
    }

    void viewFormLooksReadOnly()
    {
        QVERIFY(m_window->showTable(QStringLiteral("recent")));
        view()->setCurrentIndex(model()->index(0, 1));
        auto *notice = m_window->form()->findChild<QLabel *>(QStringLiteral("formNotice"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("This is a view, so its rows are read-only."));
        QLineEdit *day = field(QStringLiteral("day"));
        QVERIFY(day->isReadOnly());
        QCOMPARE(day->palette().color(QPalette::Base), day->palette().color(QPalette::Window));
        QVERIFY(
            !m_window->form()->findChild<QToolButton *>(QStringLiteral("null:day"))->isEnabled());
        QVERIFY(!day->findChild<QAction *>(QStringLiteral("pickDate"))->isVisible());
    }
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"

// The SQL console tab, driven by keys as a person would: run, cancel, error position, the
// selection's own positions, and the table view refreshing after a write.
#include "consoleactions.h"
#include "historysearch.h"
#include "mainwindow.h"
#include "queryhistory.h"
#include "queryresultmodel.h"
#include "sqlconsole.h"
#include "sqleditor.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <memory>
#include <optional>

using namespace rowbook;

class TestSqlConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void runShowsRowsAndTime();
    void resultColumnsFitTheirText();
    void cancelStopsAnEndlessQuery();
    void errorMovesTheCursor();
    void selectionKeepsEditorPositions();
    void tableRefreshesAfterWrite();
    void runsTheStatementUnderTheCursor();
    void errorIsMarkedInTheEditor();
    void completionKnowsTheTables();
    void runsGoToTheHistory();
    void saveQueryKeepsTheTextUnderAName();
    void savingUnderATakenNameAsks();
    void savedQueryOpensRenamesAndDeletes();

private:
    void type(SqlConsole &console, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSqlConsole::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("console.sqlite");
    QVERIFY(Database::prepare(m_path, Database::Open::Create).isOpen());
    testsupport::Probe probe(m_path);
    QVERIFY(probe.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"));
    QVERIFY(probe.exec("INSERT INTO t VALUES (1, 'one'), (2, 'two')"));
}

void TestSqlConsole::type(SqlConsole &console, const QString &sql)
{
    console.editor()->setFocus();
    console.editor()->selectAll();
    QTest::keyClick(console.editor(), Qt::Key_Delete);
    const QStringList lines = sql.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(console.editor(), Qt::Key_Return);
        QTest::keyClicks(console.editor(), lines.at(i));
    }
}

void TestSqlConsole::runShowsRowsAndTime()
{
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing));
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    type(console, "SELECT id, name FROM t ORDER BY id");
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    QVERIFY2(console.statusLabel()->text().startsWith("2 rows in "),
             qPrintable(console.statusLabel()->text()));
    {
        // Counts are written as everywhere else in the window: with the locale's grouping.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        type(console, "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < "
                      "1234) SELECT i FROM c");
        QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!console.isRunning());
        QVERIFY2(console.statusLabel()->text().startsWith("1,234 rows in "),
                 qPrintable(console.statusLabel()->text()));
        type(console, "SELECT id, name FROM t ORDER BY id");
        QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!console.isRunning());
    }
    QAbstractItemModel *grid = console.resultView()->model();
    QCOMPARE(grid->rowCount(), 2);
    QCOMPARE(grid->headerData(1, Qt::Horizontal).toString(), QString("name"));
    QCOMPARE(grid->data(grid->index(1, 1)).toString(), QString("two"));
    // A write reports the rows it changed.
    type(console, "UPDATE t SET name = upper(name)");
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!console.isRunning());
    QVERIFY2(console.statusLabel()->text().startsWith("2 rows changed in "),
             qPrintable(console.statusLabel()->text()));
    QCOMPARE(testsupport::Probe(m_path).value("SELECT name FROM t WHERE id = 2").toString(),
             QString("TWO"));
}

void TestSqlConsole::resultColumnsFitTheirText()
{
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing));
    console.resize(1000, 600);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    const QString title = QStringLiteral("Occupation / Precipice, a rather long episode title");
    type(console, QStringLiteral("SELECT '%1' AS title, 1 AS n").arg(title));
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    QTableView *view = console.resultView();
    QCOMPARE(view->model()->rowCount(), 1);
    const QFontMetrics metrics(view->font());
    // The text column is widened to its text (up to the grid's 45-character cap), the number
    // column stays narrow.
    const int wanted = std::min(metrics.horizontalAdvance(title),
                                45 * metrics.averageCharWidth() - 2 * metrics.averageCharWidth());
    QVERIFY2(view->columnWidth(0) >= wanted,
             qPrintable(QStringLiteral("%1 < %2").arg(view->columnWidth(0)).arg(wanted)));
    QVERIFY(view->columnWidth(1) < view->columnWidth(0));
}

void TestSqlConsole::cancelStopsAnEndlessQuery()
{
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing));
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    type(console, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                  "SELECT count(*) FROM c");
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(console.isRunning());
    QVERIFY(console.cancelButton()->isEnabled());
    QElapsedTimer running;
    running.start();
    while (running.elapsed() < 300) // the window stays responsive meanwhile
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QVERIFY(console.isRunning());
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(console.editor(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!console.isRunning(), 2000);
    QVERIFY2(clock.elapsed() <= 200, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(console.statusLabel()->text().startsWith("Cancelled after"),
             qPrintable(console.statusLabel()->text()));
    // The next run works; the Cancel button is used this time.
    type(console, "SELECT count(*) FROM t");
    QVERIFY(!console.cancelButton()->isEnabled()); // nothing runs
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    QCOMPARE(
        console.resultView()->model()->data(console.resultView()->model()->index(0, 0)).toInt(), 2);
    // Escape stops a run also where the focus is elsewhere in the console (on the Cancel button
    // after a click on it).
    console.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    type(console, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                  "SELECT count(*) FROM c");
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(console.isRunning());
    console.cancelButton()->setFocus();
    QTRY_VERIFY(console.cancelButton()->hasFocus());
    QTest::keyClick(console.cancelButton(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!console.isRunning(), 10000);
    QVERIFY2(console.statusLabel()->text().startsWith("Cancelled after"),
             qPrintable(console.statusLabel()->text()));
}

void TestSqlConsole::errorMovesTheCursor()
{
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing));
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    type(console, "SELECT 1;\nSELECT * FORM t;");
    QTest::keyClick(console.editor(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(console.editor()->textCursor().position(), 0);
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!console.isRunning());
    QVERIFY2(console.statusLabel()->text().startsWith("line 2, column 10: near \"FORM\""),
             qPrintable(console.statusLabel()->text()));
    const QTextCursor cursor = console.editor()->textCursor();
    QCOMPARE(cursor.blockNumber(), 1);
    QCOMPARE(cursor.positionInBlock(), 9);
}

void TestSqlConsole::selectionKeepsEditorPositions()
{
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing));
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    type(console, "SELECT 1;\n\n  SELECT nope FROM t;");
    // Select the third line's statement with the keyboard and run only it.
    QTest::keyClick(console.editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(console.editor(), Qt::Key_Home, Qt::ShiftModifier);
    QVERIFY(console.editor()->textCursor().hasSelection());
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    QVERIFY2(console.statusLabel()->text().startsWith("line 3, column 10: no such column"),
             qPrintable(console.statusLabel()->text()));
    QCOMPARE(console.editor()->textCursor().blockNumber(), 2);
    QCOMPARE(console.editor()->textCursor().positionInBlock(), 9);
}

void TestSqlConsole::tableRefreshesAfterWrite()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_path, "t"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TableModel *model = window.workspace()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QList<SqlConsole *> consoles = window.findChildren<SqlConsole *>();
    QCOMPARE(consoles.size(), 1);
    SqlConsole *console = consoles.first();
    QTRY_VERIFY(console->editor()->hasFocus());
    QTest::keyClicks(console->editor(), "INSERT INTO t (name) VALUES ('three')");
    QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!console->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 3000);
    // Several consoles can be open.
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.findChildren<SqlConsole *>().size(), 2);
}

// With no selection, Ctrl+Return runs the statement the cursor is in, not the whole text.
void TestSqlConsole::runsTheStatementUnderTheCursor()
{
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing));
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    console.editor()->setPlainText("SELECT name AS first FROM t WHERE id = 1;\n"
                                   "SELECT name AS second FROM t WHERE id = 2;");
    QTextCursor cursor = console.editor()->textCursor();
    cursor.setPosition(console.editor()->document()->findBlockByNumber(1).position() + 3);
    console.editor()->setTextCursor(cursor);
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    QAbstractItemModel *grid = console.resultView()->model();
    QCOMPARE(grid->headerData(0, Qt::Horizontal).toString(), QString("second"));
    QCOMPARE(grid->rowCount(), 1);
    QCOMPARE(grid->data(grid->index(0, 0)).toString(), QString("two"));

    cursor.setPosition(2); // in the first statement
    console.editor()->setTextCursor(cursor);
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    QCOMPARE(grid->headerData(0, Qt::Horizontal).toString(), QString("first"));
    QCOMPARE(grid->data(grid->index(0, 0)).toString(), QString("one"));
}

// An error of the statement under the cursor is marked where it is in the editor (line 2),
// with its message on the mark, and the next run clears the mark.
void TestSqlConsole::errorIsMarkedInTheEditor()
{
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing));
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    console.editor()->setPlainText("SELECT 1;\nSELECT nope FROM t;");
    QTextCursor cursor = console.editor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    console.editor()->setTextCursor(cursor);
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    QVERIFY2(console.editor()->errorMessage().contains("no such column"),
             qPrintable(console.editor()->errorMessage()));
    QCOMPARE(console.editor()->textCursor().blockNumber(), 1);
    QCOMPARE(console.editor()->textCursor().positionInBlock(), 7);

    cursor.setPosition(2);
    console.editor()->setTextCursor(cursor);
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    QVERIFY(console.editor()->errorMessage().isEmpty());
    QVERIFY2(console.statusLabel()->text().startsWith("1 row in "),
             qPrintable(console.statusLabel()->text()));
}

// The console reads the catalog on a thread of its own and hands it to the editor; after a run
// that creates a table, the new table is offered too.
void TestSqlConsole::completionKnowsTheTables()
{
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing));
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTRY_VERIFY(console.editor()->catalog().find("t") != nullptr);
    QCOMPARE(console.editor()->catalog().find("t")->columns, QStringList({"id", "name"}));
    QVERIFY(console.editor()->catalog().find("fresh") == nullptr);
    console.editor()->setPlainText("CREATE TABLE fresh (a, b)");
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!console.isRunning());
    QTRY_VERIFY(console.editor()->catalog().find("fresh") != nullptr);
    QCOMPARE(console.editor()->catalog().find("fresh")->columns, QStringList({"a", "b"}));
}

// Every finished run lands in the database's history, failures with their message, and Ctrl+R
// in the editor opens the search over it; choosing an entry puts its text into the editor.
void TestSqlConsole::runsGoToTheHistory()
{
    QueryHistory history(m_path);
    QTRY_VERIFY(history.isLoaded());
    const int before = history.entries().size();
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing), &history);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    console.editor()->setPlainText("SELECT count(*) FROM t");
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    console.editor()->setPlainText("SELECT nope FROM t");
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!console.isRunning());
    const QVector<HistoryEntry> entries = history.entries(); // newest first
    QCOMPARE(entries.size(), before + 2);
    QCOMPARE(entries.at(1).text, QString("SELECT count(*) FROM t"));
    QVERIFY(entries.at(1).ok);
    QCOMPARE(entries.at(1).rows, qint64(1));
    QCOMPARE(entries.at(0).text, QString("SELECT nope FROM t"));
    QVERIFY(!entries.at(0).ok);
    QVERIFY(entries.at(0).error.contains("no such column"));

    console.editor()->clear();
    QTest::keyClick(console.editor(), Qt::Key_R, Qt::ControlModifier);
    HistorySearch *search = nullptr;
    QTRY_VERIFY((search = console.findChild<HistorySearch *>()) != nullptr);
    QTRY_VERIFY(search->isVisible());
    QTest::keyClicks(search->filterField(), "count");
    QTRY_COMPARE(search->matchCount(), 1);
    QTest::keyClick(search->filterField(), Qt::Key_Return);
    QTRY_COMPARE(console.editor()->toPlainText(), QString("SELECT count(*) FROM t"));

    // Copy puts an entry on the clipboard; Run Again replaces the editor's text and runs it.
    console.editor()->setPlainText("SELECT 'something else'");
    QTRY_VERIFY(!console.findChild<HistorySearch *>());
    QTest::keyClick(console.editor(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY((search = console.findChild<HistorySearch *>()) != nullptr);
    QTRY_VERIFY(search->isVisible());
    QTest::keyClicks(search->filterField(), "count");
    QTRY_COMPARE(search->matchCount(), 1);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(search->findChild<QPushButton *>("copy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString("SELECT count(*) FROM t"));
    QTest::mouseClick(search->findChild<QPushButton *>("runAgain"), Qt::LeftButton);
    QTRY_VERIFY(!console.isRunning());
    QCOMPARE(console.editor()->toPlainText(), QString("SELECT count(*) FROM t"));
    QTRY_COMPARE(history.entries().size(), before + 3);
    QCOMPARE(history.entries().first().text, QString("SELECT count(*) FROM t"));
    QCOMPARE(console.resultModel()->data(console.resultModel()->index(0, 0)).toInt(), 2);
}

namespace {

// Answers the console's questions in place of the dialogs, and remembers what was asked.
struct ScriptedPrompts
{
    QStringList names;     // the answers to the name questions, in turn; none left: cancel
    QList<bool> answers;   // the answers to the yes/no questions, in turn; none left: no
    QStringList suggested; // what each name question was prefilled with
    QStringList questions; // the yes/no questions asked

    SavedQueryPrompts prompts()
    {
        SavedQueryPrompts prompts;
        prompts.askName = [this](QWidget *, const QString &, const QString &,
                                 const QString &prefill) -> std::optional<QString> {
            suggested << prefill;
            if (names.isEmpty())
                return std::nullopt;
            return names.takeFirst();
        };
        prompts.confirm = [this](QWidget *, const QString &, const QString &question) {
            questions << question;
            return !answers.isEmpty() && answers.takeFirst();
        };
        return prompts;
    }
};

QString savedText(const QueryHistory &history, const QString &name)
{
    for (const SavedQuery &saved : history.savedQueries()) {
        if (saved.name == name)
            return saved.text;
    }
    return QString();
}

void pressSaveQuery(SqlConsole &console)
{
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
}

} // namespace

// Ctrl+Shift+S in the editor asks for a name and keeps the whole text (or the selection) under
// it; the history's file holds it afterwards, as a fresh QueryHistory reads it back.
void TestSqlConsole::saveQueryKeepsTheTextUnderAName()
{
    auto history = std::make_unique<QueryHistory>(m_path);
    QTRY_VERIFY(history->isLoaded());
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing), history.get());
    ScriptedPrompts asked;
    console.setPrompts(asked.prompts());
    console.show();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    QVERIFY(console.saveQueryAction()->isEnabled());

    type(console, "SELECT name\nFROM t WHERE id = 2");
    asked.names << "  Second name  ";
    pressSaveQuery(console);
    QCOMPARE(asked.suggested, QStringList({QString()}));
    QCOMPARE(savedText(*history, "Second name"), QString("SELECT name\nFROM t WHERE id = 2"));
    QVERIFY2(console.statusLabel()->text().contains("\"Second name\""),
             qPrintable(console.statusLabel()->text()));

    // Only the selection, when there is one.
    QTextCursor cursor = console.editor()->textCursor();
    cursor.setPosition(0);
    cursor.setPosition(11, QTextCursor::KeepAnchor); // "SELECT name"
    console.editor()->setTextCursor(cursor);
    asked.names << "Just names";
    pressSaveQuery(console);
    QCOMPARE(savedText(*history, "Just names"), QString("SELECT name"));

    // Cancelling saves nothing; an empty name is refused with a reason.
    pressSaveQuery(console);
    asked.names << "   ";
    pressSaveQuery(console);
    QVERIFY2(console.statusLabel()->text().contains("needs a name"),
             qPrintable(console.statusLabel()->text()));
    QCOMPARE(history->savedQueries().size(), 2);

    history->waitUntilWritten();
    history.reset();
    QueryHistory again(m_path);
    QTRY_VERIFY(again.isLoaded());
    QCOMPARE(again.savedQueries().size(), 2);
    QCOMPARE(savedText(again, "Second name"), QString("SELECT name\nFROM t WHERE id = 2"));
    QCOMPARE(savedText(again, "Just names"), QString("SELECT name"));
}

// A name that holds a different query is replaced only after the user says yes.
void TestSqlConsole::savingUnderATakenNameAsks()
{
    QueryHistory history(m_path);
    QTRY_VERIFY(history.isLoaded());
    history.saveQuery("Both", "SELECT * FROM t");
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing), &history);
    ScriptedPrompts asked;
    console.setPrompts(asked.prompts());
    console.show();
    QVERIFY(QTest::qWaitForWindowActive(&console));

    type(console, "SELECT id FROM t");
    asked.names << "Both";
    asked.answers << false;
    pressSaveQuery(console);
    QCOMPARE(asked.questions.size(), 1);
    QVERIFY2(asked.questions.first().contains("\"Both\""), qPrintable(asked.questions.first()));
    QCOMPARE(savedText(history, "Both"), QString("SELECT * FROM t"));

    asked.names << "Both";
    asked.answers << true;
    pressSaveQuery(console);
    QCOMPARE(asked.questions.size(), 2);
    QCOMPARE(savedText(history, "Both"), QString("SELECT id FROM t"));
    QCOMPARE(history.savedQueries().size(), 1);

    // Saving the same text again under its name has nothing to replace: no question.
    asked.names << "Both";
    pressSaveQuery(console);
    QCOMPARE(asked.questions.size(), 2);
    QCOMPARE(savedText(history, "Both"), QString("SELECT id FROM t"));
}

// Ctrl+R lists the saved query; choosing it puts its text in the editor and the next save is
// prefilled with its name; F2 in the list renames it and Delete deletes it, after asking.
void TestSqlConsole::savedQueryOpensRenamesAndDeletes()
{
    QueryHistory history(m_path);
    QTRY_VERIFY(history.isLoaded());
    history.saveQuery("Names", "SELECT name FROM t ORDER BY id");
    SqlConsole console(Database::prepare(m_path, Database::Open::Existing), &history);
    ScriptedPrompts asked;
    console.setPrompts(asked.prompts());
    console.show();
    QVERIFY(QTest::qWaitForWindowActive(&console));

    console.editor()->clear();
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_R, Qt::ControlModifier);
    HistorySearch *search = nullptr;
    QTRY_VERIFY((search = console.findChild<HistorySearch *>()) != nullptr);
    QTRY_VERIFY(search->isVisible());
    QTest::keyClicks(search->filterField(), "names");
    QTRY_COMPARE(search->matchCount(), 1);
    QTest::keyClick(search->filterField(), Qt::Key_Return);
    QTRY_COMPARE(console.editor()->toPlainText(), QString("SELECT name FROM t ORDER BY id"));
    QTRY_VERIFY(!console.findChild<HistorySearch *>());
    console.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console));

    pressSaveQuery(console); // cancelled, but it was asked with the name filled in
    QCOMPARE(asked.suggested, QStringList({"Names"}));

    QTest::keyClick(console.editor(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY((search = console.findChild<HistorySearch *>()) != nullptr);
    QTRY_VERIFY(search->isVisible());
    search->activateWindow(); // the offscreen platform does not activate it by itself
    QVERIFY(QTest::qWaitForWindowActive(search));
    search->list()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), search->list());
    search->list()->setCurrentRow(0);
    QVERIFY(search->renameAction()->isEnabled());
    asked.names << "Ordered names";
    QTest::keyClick(search->list(), Qt::Key_F2);
    QCOMPARE(asked.suggested.last(), QString("Names"));
    QCOMPARE(history.savedQueries().size(), 1);
    QCOMPARE(history.savedQueries().first().name, QString("Ordered names"));
    QCOMPARE(savedText(history, "Ordered names"), QString("SELECT name FROM t ORDER BY id"));

    QTest::keyClicks(search->filterField(), "ordered");
    QTRY_COMPARE(search->matchCount(), 1);
    search->list()->setFocus();
    search->list()->setCurrentRow(0);
    asked.answers << false;
    QTest::keyClick(search->list(), Qt::Key_Delete);
    QCOMPARE(asked.questions.size(), 1);
    QCOMPARE(history.savedQueries().size(), 1); // the user said no
    asked.answers << true;
    QTest::keyClick(search->list(), Qt::Key_Delete);
    QCOMPARE(asked.questions.size(), 2);
    QVERIFY(history.savedQueries().isEmpty());
    QTRY_COMPARE(search->matchCount(), 0);
    QVERIFY2(search->statusLabel()->text().contains("Deleted"),
             qPrintable(search->statusLabel()->text()));
    search->reject();
}

QTEST_MAIN(TestSqlConsole)
#include "tst_sqlconsole.moc"

// The SQL console's tools around a run: Explain (the query plan as a tree), exporting a result
// as `rowbook query` writes it, Copy as TSV, File → Run SQL File… and the View menu's entry.
#include "consoleactions.h"
#include "mainwindow.h"
#include "queryexportjob.h"
#include "queryplanview.h"
#include "queryresultmodel.h"
#include "resultactions.h"
#include "sqlconsole.h"
#include "sqleditor.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <QDir>
#include <QElapsedTimer>

#include <thread>

using namespace rowbook;

class TestConsoleTools : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void planOfAJoinIsATree();
    void exportEqualsRowbookQuery();
    void exportIsOnlyForResultsThatCanBeReadAgain();
    void cancelledExportLeavesNoFile();
    void copiesTheSelectionAsTsv();
    void runSqlFileAppliesAllOrNothing();
    void consoleEntryHasItsOwnMnemonic();
    void aTableMadeInTheConsoleIsShownInAnEmptyDatabase();

private:
    // A console on the copy of Chinook, shown.
    std::unique_ptr<SqlConsole> console();
    void run(SqlConsole &console, const QString &sql);

    QTemporaryDir m_dir;
    QString m_chinook;
};

void TestConsoleTools::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_chinook = m_dir.filePath("chinook.sqlite");
    QVERIFY(testsupport::copyOfChinook(m_chinook));
}

std::unique_ptr<SqlConsole> TestConsoleTools::console()
{
    auto console
        = std::make_unique<SqlConsole>(Database::prepare(m_chinook, Database::Open::Existing));
    console->show();
    if (!QTest::qWaitForWindowExposed(console.get()))
        return nullptr;
    return console;
}

void TestConsoleTools::run(SqlConsole &console, const QString &sql)
{
    console.editor()->setPlainText(sql);
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!console.isRunning(), 10000);
}

// Explain runs EXPLAIN QUERY PLAN of the statement under the cursor on the console's worker
// and shows the steps as a tree: the join's SCAN and SEARCH side by side, the correlated
// subquery's own SEARCH under it. Nothing is run.
void TestConsoleTools::planOfAJoinIsATree()
{
    const auto shown = console();
    QVERIFY(shown);
    SqlConsole &console = *shown;
    console.editor()->setPlainText(
        "SELECT 1;\n"
        "SELECT a.Title, r.Name, (SELECT count(*) FROM Track t WHERE t.AlbumId = a.AlbumId)\n"
        "FROM Album a JOIN Artist r ON r.ArtistId = a.ArtistId;");
    QTextCursor cursor = console.editor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 5);
    console.editor()->setTextCursor(cursor);
    QTest::mouseClick(console.explainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!console.isRunning(), 10000);
    QVERIFY2(console.statusLabel()->text().startsWith("Query plan"),
             qPrintable(console.statusLabel()->text()));
    QCOMPARE(console.resultTabs()->currentWidget(), console.planView());

    QTreeWidget *tree = console.planView();
    QStringList top;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        top << tree->topLevelItem(i)->text(0);
    QVERIFY2(top.size() >= 3, qPrintable(top.join(" | ")));
    QVERIFY2(top.at(0).startsWith("SCAN"), qPrintable(top.join(" | ")));
    QVERIFY2(top.at(1).startsWith("SEARCH r"), qPrintable(top.join(" | ")));
    QTreeWidgetItem *subquery = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).contains("SUBQUERY"))
            subquery = tree->topLevelItem(i);
    }
    QVERIFY2(subquery, qPrintable(top.join(" | ")));
    QCOMPARE(subquery->childCount(), 1);
    QVERIFY2(subquery->child(0)->text(0).startsWith("SEARCH t USING"),
             qPrintable(subquery->child(0)->text(0)));

    // An error in the explained statement is marked where the person typed it.
    console.editor()->setPlainText("SELECT 1;\nSELECT * FROM Albun;");
    cursor = console.editor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    console.editor()->setTextCursor(cursor);
    QTest::mouseClick(console.explainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!console.isRunning(), 10000);
    QVERIFY2(console.statusLabel()->text().startsWith("line 2, column 15: no such table: Albun"),
             qPrintable(console.statusLabel()->text()));
}

// Export reads the statement again and writes exactly what `rowbook query --format csv` prints
// for it (and JSON what --format json prints).
void TestConsoleTools::exportEqualsRowbookQuery()
{
    const auto shown = console();
    QVERIFY(shown);
    SqlConsole &console = *shown;
    const QString sql = "SELECT t.TrackId, t.Name, t.Composer, t.UnitPrice, a.Title "
                        "FROM Track t JOIN Album a ON a.AlbumId = t.AlbumId "
                        "WHERE t.Composer LIKE '%,%' OR t.Composer IS NULL ORDER BY t.TrackId";
    run(console, sql);
    QVERIFY(console.resultModel()->totalRows() > QueryResultModel::firstRows);
    QVERIFY(console.resultActions()->canExport());
    const QTemporaryDir home;
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString path = m_dir.filePath("export." + format);
        QVERIFY(console.resultActions()->exportTo(path, QueryExportJob::formatForPath(path)));
        QVERIFY(console.resultActions()->cancelButton()->isVisibleTo(&console));
        QTRY_VERIFY_WITH_TIMEOUT(!console.resultActions()->isExporting(), 20000);
        QVERIFY2(console.statusLabel()->text().startsWith("Exported"),
                 qPrintable(console.statusLabel()->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(file.readAll());
        const testsupport::Run cli
            = testsupport::runRowbook({"query", "--database", m_chinook, "--format", format, sql},
                                      60000, testsupport::isolatedEnvironment(home));
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(exported.size() > 10000);
        QCOMPARE(exported, cli.out);
    }
}

// The result of a run that changed data is not read again, so it cannot be exported.
void TestConsoleTools::exportIsOnlyForResultsThatCanBeReadAgain()
{
    const auto shown = console();
    QVERIFY(shown);
    SqlConsole &console = *shown;
    run(console, "SELECT Name FROM Genre");
    QVERIFY(console.resultActions()->canExport());
    run(console, "UPDATE Genre SET Name = Name WHERE GenreId = 1 RETURNING Name");
    QVERIFY2(console.statusLabel()->text().contains("changed"),
             qPrintable(console.statusLabel()->text()));
    QVERIFY(!console.resultActions()->canExport());
    const QString path = m_dir.filePath("never.csv");
    QVERIFY(!console.resultActions()->exportTo(path, QueryOutput::Format::Csv));
    QVERIFY(!QFile::exists(path));
}

// Cancel stops an export at once; the file is not created.
void TestConsoleTools::cancelledExportLeavesNoFile()
{
    const QString path = m_dir.filePath("endless.csv");
    QueryExportJob::Options options;
    options.sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c";
    options.outputPath = path;
    QueryExportJob job(Database::prepare(m_chinook, Database::Open::Existing), options);
    std::thread canceller([&job] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        job.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    const QueryExportJob::Result result = job.run();
    canceller.join();
    QCOMPARE(result.status, QueryOutcome::Cancelled);
    QVERIFY(result.rows > 0);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({"endless*"}, QDir::Files), QStringList());
}

// Ctrl+C in the result grid copies the selected cells as TSV: NULL as an empty cell, text in
// full, numbers as shown.
void TestConsoleTools::copiesTheSelectionAsTsv()
{
    const auto shown = console();
    QVERIFY(shown);
    SqlConsole &console = *shown;
    run(console, "SELECT 1 AS a, NULL AS b, 'x y' AS c, 2.5 AS d UNION ALL SELECT 2, 'z', NULL, 3");
    QTableView *view = console.resultView();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    view->setFocus();
    view->selectionModel()->select(
        QItemSelection(view->model()->index(0, 0), view->model()->index(1, 3)),
        QItemSelectionModel::Select);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString("1\t\tx y\t2.5\n2\tz\t\t3\n"));
    QVERIFY2(console.statusLabel()->text().startsWith("Copied 8 cells"),
             qPrintable(console.statusLabel()->text()));
}

// File → Run SQL File… runs a script in a console as one transaction: a good file (wrapped in
// BEGIN … COMMIT as dumps are) is applied; a file with an error names file:line:column and
// applies nothing of it.
void TestConsoleTools::runSqlFileAppliesAllOrNothing()
{
    const QString path = m_dir.filePath("files.sqlite");
    QVERIFY(Database::prepare(path, Database::Open::Create).isOpen());
    testsupport::Probe probe(path);
    QVERIFY(probe.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"));
    const QString good = m_dir.filePath("good.sql");
    const QString bad = m_dir.filePath("bad.sql");
    for (const auto &[file, text] :
         {std::pair(good, QByteArray("BEGIN TRANSACTION;\nINSERT INTO t VALUES (1, 'one');\n"
                                     "INSERT INTO t VALUES (2, 'two');\nCOMMIT;\n")),
          std::pair(bad, QByteArray("INSERT INTO t VALUES (3, 'three');\n"
                                    "UPDATE t SET name = 'changed';\n"
                                    "INSERT INTO nope VALUES (4);\n"))}) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }

    MainWindow window;
    QVERIFY(window.openDatabase(path, "t"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<ConsoleActions *>();
    QVERIFY(actions);
    QVERIFY(actions->runFileAction()->isEnabled());
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(
        actions->runFileAction())); // in the File menu

    SqlConsole *first = actions->runFile(good);
    QVERIFY(first);
    QTRY_VERIFY_WITH_TIMEOUT(!first->isRunning(), 10000);
    QVERIFY2(first->statusLabel()->text().startsWith("2 statements, 2 rows changed"),
             qPrintable(first->statusLabel()->text()));
    QCOMPARE(probe.value("SELECT group_concat(name, ',') FROM t").toString(), QString("one,two"));

    SqlConsole *second = actions->runFile(bad);
    QVERIFY(second && second != first);
    QTRY_VERIFY_WITH_TIMEOUT(!second->isRunning(), 10000);
    const QString message = second->statusLabel()->text();
    QVERIFY2(message.startsWith(bad + ":3:13: no such table: nope"), qPrintable(message));
    QVERIFY2(message.contains("Nothing from the file was applied."), qPrintable(message));
    QCOMPARE(probe.value("SELECT group_concat(name, ',') FROM t").toString(), QString("one,two"));
    QCOMPARE(window.findChildren<SqlConsole *>().size(), 2); // several consoles side by side
}

// A database without tables says how to make one; a table made in the SQL console (another
// connection) is shown in place of that message.
void TestConsoleTools::aTableMadeInTheConsoleIsShownInAnEmptyDatabase()
{
    const QString path = m_dir.filePath("empty.sqlite");
    QVERIFY(Database::prepare(path, Database::Open::Create).isOpen());
    const QString sql = m_dir.filePath("make.sql");
    {
        QFile out(sql);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("CREATE TABLE made (id INTEGER PRIMARY KEY, name TEXT);\n"
                  "INSERT INTO made VALUES (1, 'first');\n");
    }
    MainWindow window;
    QVERIFY(window.openDatabase(path, QString()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.workspace()->model()->tableInfo().isValid());
    QVERIFY(!window.tableView()->isVisible()); // the message is in its place
    auto *message = window.findChild<QLabel *>(QStringLiteral("paneMessage"));
    QVERIFY(message);
    // A wrapped line never ends inside a menu command.
    QVERIFY2(message->text().endsWith(QStringLiteral("File\u00A0→\u00A0Import…")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("Table\u00A0→\u00A0New\u00A0Table…")));
    // The form has no row to offer: it says nothing of selecting one.
    auto *formEmpty = window.findChild<QLabel *>(QStringLiteral("formEmpty"));
    QVERIFY(formEmpty);
    QVERIFY2(formEmpty->text().isEmpty(), qPrintable(formEmpty->text()));

    auto *actions = window.findChild<ConsoleActions *>();
    QVERIFY(actions);
    SqlConsole *console = actions->runFile(sql);
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->model()->tableName(), QString("made"), 10000);
    QTRY_VERIFY(window.tableView()->isVisible());
    QTRY_COMPARE(window.workspace()->model()->rowCount(), 1);
    QCOMPARE(formEmpty->text(), QStringLiteral("Select a row to edit it here."));
}

// View → SQL Console has a mnemonic no other entry of the View menu uses.
void TestConsoleTools::consoleEntryHasItsOwnMnemonic()
{
    const QString path = m_dir.filePath("menu.sqlite");
    QVERIFY(Database::prepare(path, Database::Open::Starter).isOpen());
    MainWindow window;
    QVERIFY(window.openDatabase(path, QString()));
    QMenu *view = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == "&View")
            view = action->menu();
    }
    QVERIFY(view);
    QMap<QChar, QStringList> byKey;
    QString console;
    for (QAction *action : view->actions()) {
        const QString text = action->text();
        const qsizetype amp = text.indexOf('&');
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        byKey[key] << text;
        if (QString(text).remove('&') == "SQL Console")
            console = key;
    }
    QVERIFY2(!console.isEmpty(), "View → SQL Console has no mnemonic");
    QCOMPARE(byKey.value(console.at(0)).size(), 1);
}

QTEST_MAIN(TestConsoleTools)
#include "tst_consoletools.moc"

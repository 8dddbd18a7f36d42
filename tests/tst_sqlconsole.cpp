// The SQL console tab, driven by keys as a person would: run, cancel, error position, the
// selection's own positions, and the table view refreshing after a write.
#include "consoleactions.h"
#include "mainwindow.h"
#include "queryresultmodel.h"
#include "sqlconsole.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace rowbook;

class TestSqlConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void runShowsRowsAndTime();
    void cancelStopsAnEndlessQuery();
    void errorMovesTheCursor();
    void selectionKeepsEditorPositions();
    void tableRefreshesAfterWrite();

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

QTEST_MAIN(TestSqlConsole)
#include "tst_sqlconsole.moc"

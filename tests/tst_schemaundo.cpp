// Issue 19: Edit Column and Drop Column are undoable from the undo history. Undo puts the table
// back exactly (its CREATE statement, indexes, triggers, AUTOINCREMENT counter and quote() of
// every cell, hostile values included); redo makes the change again. Driven through Table →
// Edit Columns… as a user would, and read back through a separate connection.
#include "autosaver.h"
#include "backup.h"
#include "columneditdialog.h"
#include "mainwindow.h"
#include "schemadialog.h"
#include "schemarunner.h"
#include "schemaundo.h"
#include "tablemodel.h"
#include "tablesnapshot.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestSchemaUndo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QUndoStack *stack() const { return m_window->workspace()->undo()->stack(QStringLiteral("t")); }

    // The schema of `t` and quote() of every cell with its rowid, read through a new connection.
    QStringList dump() const
    {
        Probe probe(m_path);
        QStringList lines;
        QSqlQuery query(probe.db());
        query.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master "
                                  "WHERE tbl_name = 't' AND sql IS NOT NULL ORDER BY name"));
        while (query.next())
            lines << query.value(0).toString();
        query.exec(QStringLiteral("SELECT 'seq ' || seq FROM sqlite_sequence WHERE name = 't'"));
        while (query.next())
            lines << query.value(0).toString();
        QStringList cells{QStringLiteral("quote(rowid)")};
        query.exec(QStringLiteral("SELECT name FROM pragma_table_info('t') ORDER BY cid"));
        while (query.next())
            cells << QStringLiteral("quote(\"%1\")").arg(query.value(0).toString());
        query.exec(QStringLiteral("SELECT %1 FROM t ORDER BY rowid")
                       .arg(cells.join(QLatin1String(" || '|' || "))));
        while (query.next())
            lines << query.value(0).toString();
        return lines;
    }

    QAction *action(const QString &text) const
    {
        for (QAction *candidate : m_window->findChildren<QAction *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

    // Opens Table → Edit Columns…, selects `column` and runs `inDialog` in it; closes it after.
    void inSchemaDialog(const QString &column, const std::function<void(SchemaDialog *)> &inDialog)
    {
        QAction *editColumns = action(QStringLiteral("&Edit Columns…"));
        QVERIFY(editColumns && editColumns->isEnabled());
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SchemaDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *columns = dialog->findChild<QTableWidget *>(QStringLiteral("columns"));
            for (int row = 0; row < columns->rowCount(); ++row) {
                if (columns->item(row, SchemaDialog::Name)->text() == column)
                    columns->setCurrentCell(row, SchemaDialog::Name);
            }
            inDialog(dialog);
            ran = true;
            dialog->reject();
        });
        editColumns->trigger();
        QVERIFY(ran);
    }

    static void waitForRunner(SchemaDialog *dialog)
    {
        // A drop first makes its backup on a worker ("Backing up …"), then runs ("Saving…").
        const auto busy = [dialog] {
            const QString text = dialog->messageLabel()->text();
            return text.startsWith(QLatin1String("Saving"))
                   || text.startsWith(QLatin1String("Backing up"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(!busy(), 20000);
    }

    // Shortcuts reach the window only while it is the active one (after a dialog closed, too).
    void activate()
    {
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        m_window->tableView()->setFocus();
    }

    void undoAndWait(const QStringList &expected)
    {
        QVERIFY(m_window->workspace()->autoSaver()->isIdle());
        activate();
        const int index = stack()->index();
        QTest::keyClick(m_window->tableView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stack()->index(), index - 1); // at once, even while the last change finishes
        QTRY_VERIFY2_WITH_TIMEOUT(dump() == expected,
                                  qPrintable(m_window->statusBar()->currentMessage()), 20000);
    }

    void redoAndWait(const QStringList &expected)
    {
        activate();
        QTest::keyClick(m_window->tableView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(dump(), expected, 20000);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        {
            Probe probe(m_path);
            const char *create = "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT, "
                                 "amount REAL, note, data BLOB, born DATE NOT NULL DEFAULT "
                                 "'2000-01-01')";
            for (const char *sql : {
                     create,
                     "INSERT INTO t VALUES (1, '007', 1.5, 'x', x'00ff', '15/04/2023')",
                     "INSERT INTO t VALUES (2, '1.50', 1e308, 42, NULL, '2023-01-01 10:00:00')",
                     "INSERT INTO t VALUES (3, NULL, 3, 'text', x'', '2023-01-02')",
                     "INSERT INTO t VALUES (4, '', -0.0, 2.5, 'blob as text', '')",
                     "INSERT INTO t VALUES (9, 'gone', 0, 0, 0, '2023-01-03')",
                     "DELETE FROM t WHERE id = 9", // sqlite_sequence stays at 9
                     "CREATE INDEX t_amount ON t(amount)",
                     "CREATE TRIGGER t_note AFTER UPDATE OF note ON t BEGIN SELECT 1; END",
                 })
                QVERIFY2(probe.exec(QString::fromLatin1(sql)), sql);
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("t")));
        QTRY_VERIFY(!m_window->workspace()->model()->isLoading());
        m_window->tableView()->setFocus();
    }

    void cleanup() { m_window.reset(); }

    void snapshotRestoresEveryValue()
    {
        const QStringList before = dump();
        QString problem;
        const QVector<RowChange> restore = TableSnapshot::restoreStatements(
            m_window->workspace()->reader(), QStringLiteral("t"), &problem);
        QVERIFY2(!restore.isEmpty(), qPrintable(problem));
        QVERIFY(Probe(m_path).exec(QStringLiteral("UPDATE t SET code = 'changed', data = NULL")));
        QVERIFY(dump() != before);
        SchemaChange change;
        change.kind = SchemaChange::AlterColumn;
        change.table = QStringLiteral("t");
        change.statements = restore;
        change.rebuildsTable = true;
        SchemaRunner runner(m_window->workspace()->saver());
        QSignalSpy finished(&runner, &SchemaRunner::finished);
        QVERIFY(runner.run(change));
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(dump(), before);

        QVERIFY(TableSnapshot::restoreStatements(m_window->workspace()->reader(),
                                                 QStringLiteral("t"), &problem, 3)
                    .isEmpty()); // 4 rows, more than 3
        QVERIFY2(problem.contains(QLatin1String("4 rows")), qPrintable(problem));
    }

    // The snapshot that makes Drop Column undoable is read on the save worker, inside the drop's
    // own transaction: the event loop keeps turning while it is taken (the longest pause is well
    // under what taking the same snapshot on this thread costs), and undo puts every row back.
    void snapshotIsTakenOffTheGuiThread()
    {
        const int rows = 150000;
        {
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE wide (a INTEGER, b TEXT, c TEXT)")));
            QVERIFY(probe.exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO wide SELECT i, printf('%.60d', i), hex(randomblob(16)) FROM n")
                    .arg(rows)));
        }
        const QString digest = QStringLiteral(
            "SELECT count(*) || '|' || total(rowid * a) || '|' || total(length(b) * rowid) || '|' "
            "|| group_concat(c, '') FROM (SELECT rowid, * FROM wide ORDER BY rowid)");
        const QString before = Probe(m_path).value(digest).toString();
        QSqlDatabase reader = m_window->workspace()->reader();

        QElapsedTimer clock;
        clock.start();
        QString problem;
        const int direct = int(
            TableSnapshot::restoreStatements(reader, QStringLiteral("wide"), &problem).size());
        const qint64 onThisThread = clock.elapsed();
        QVERIFY2(direct > rows, qPrintable(problem));

        SchemaChange drop
            = SchemaOps::dropColumn(reader, QStringLiteral("wide"), QStringLiteral("c"));
        QVERIFY(drop.isValid());
        drop.snapshotBefore = true;
        SchemaRunner runner(m_window->workspace()->saver());
        QSignalSpy finished(&runner, &SchemaRunner::finished);
        qint64 longestPause = 0;
        qint64 last = 0;
        int turns = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            longestPause = std::max(longestPause, clock.elapsed() - last);
            last = clock.elapsed();
            ++turns;
        });
        clock.restart();
        tick.start();
        QVERIFY(runner.run(drop));
        QVERIFY(finished.wait(60000));
        tick.stop();
        const qint64 total = clock.elapsed();
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        const auto done = finished.first().at(0).value<SchemaChange>();
        QCOMPARE(done.undoStatements.size(), direct);
        QVERIFY(done.snapshotProblem.isEmpty());
        const QString timing
            = QStringLiteral("snapshot on the GUI thread %1 ms; drop with snapshot on the worker "
                             "%2 ms, %3 event-loop turns, longest pause %4 ms")
                  .arg(onThisThread)
                  .arg(total)
                  .arg(turns)
                  .arg(longestPause);
        qInfo("%s", qPrintable(timing));
        QVERIFY2(turns >= 3, qPrintable(timing));
        QVERIFY2(longestPause * 2 < onThisThread, qPrintable(timing));
        QCOMPARE(Probe(m_path)
                     .value(QStringLiteral("SELECT count(*) FROM pragma_table_info('wide')"))
                     .toInt(),
                 2);

        // Undo, as the history entry runs it: every row and value back.
        SchemaUndoCommand undo(done, [&runner](const SchemaChange &change) { runner.run(change); });
        undo.redo(); // pushed: runs nothing
        finished.clear();
        undo.undo();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(Probe(m_path).value(digest).toString(), before);
    }

    void editColumnCanBeUndoneAndRedone()
    {
        const QStringList before = dump();
        inSchemaDialog(QStringLiteral("code"), [this](SchemaDialog *dialog) {
            QTimer::singleShot(0, this, [] {
                auto *edit = qobject_cast<ColumnEditDialog *>(QApplication::activeModalWidget());
                if (!edit)
                    return;
                auto *type = edit->findChild<QComboBox *>(QStringLiteral("columnType"));
                type->lineEdit()->selectAll();
                QTest::keyClicks(type->lineEdit(), QStringLiteral("INTEGER"));
                QTest::keyClick(edit, Qt::Key_Return);
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("editColumn")),
                              Qt::LeftButton);
            waitForRunner(dialog);
        });
        const QStringList after = dump();
        QVERIFY2(after.join(QLatin1Char('\n')).contains(QLatin1String("\"code\" INTEGER")),
                 qPrintable(after.join(QLatin1Char('\n'))));
        QVERIFY(after.contains(QStringLiteral("1|1|7|1.5|'x'|X'00FF'|'15/04/2023'")));
        QVERIFY(after.contains(QStringLiteral("seq 9"))); // the rebuild kept the counter
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Change column code"));
        QCOMPARE(Backup::list(m_path).value(0).reason, Backup::Reason::PreColumnChange);

        undoAndWait(before);
        QVERIFY(before.contains(QStringLiteral("1|1|'007'|1.5|'x'|X'00FF'|'15/04/2023'")));
        QTRY_COMPARE(m_window->workspace()->model()->tableInfo().columns.value(1).declaredType,
                     QStringLiteral("TEXT"));
        redoAndWait(after);
        undoAndWait(before); // and back once more
    }

    void dropColumnCanBeUndoneAndRedone()
    {
        const QStringList before = dump();
        QString question;
        inSchemaDialog(QStringLiteral("data"), [this, &question](SchemaDialog *dialog) {
            QTimer::singleShot(0, this, [&question] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                question = box->text();
                box->button(QMessageBox::Yes)->click();
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dropColumn")),
                              Qt::LeftButton);
            waitForRunner(dialog);
        });
        QVERIFY2(question.contains(QLatin1String("You can undo this")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("backup")), qPrintable(question));
        const QStringList after = dump();
        QVERIFY(after != before);
        QVERIFY(!after.join(QLatin1Char('\n')).contains(QLatin1String("data BLOB")));
        QCOMPARE(stack()->undoText(), QStringLiteral("Drop column data"));
        QCOMPARE(m_window->workspace()->model()->columnCount(), 5);

        undoAndWait(before);
        QTRY_COMPARE(m_window->workspace()->model()->columnCount(), 6);
        redoAndWait(after);
        QTRY_COMPARE(m_window->workspace()->model()->columnCount(), 5);
    }

    // Dropping a table has no undo entry: it is backed up first and the confirmation says so.
    void dropTableIsBackedUpAndSaysSo()
    {
        QString question;
        inSchemaDialog(QStringLiteral("code"), [this, &question](SchemaDialog *dialog) {
            QTimer::singleShot(0, this, [&question] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                question = box->text();
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
                }
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dropTable")),
                              Qt::LeftButton);
        });
        QVERIFY2(question.contains(QLatin1String("This cannot be undone")), qPrintable(question));
        QVERIFY2(question.contains(QDir::toNativeSeparators(Backup::folderFor(m_path))),
                 qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(
            Probe(m_path)
                .value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 't'"))
                .toInt(),
            0, 20000);
        const QVector<Backup::Entry> backups = Backup::list(m_path);
        QVERIFY(!backups.isEmpty());
        QCOMPARE(backups.first().reason, Backup::Reason::PreDropTable);
        QCOMPARE(
            Probe(backups.first().path).value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 4);
    }
};

QTEST_MAIN(TestSchemaUndo)
#include "tst_schemaundo.moc"

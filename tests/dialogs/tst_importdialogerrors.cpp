// What the import dialog says and does when something stands in the way: a row the table
// refuses, a file without columns or with a malformed row, Cancel, another program's lock, a
// database that cannot be opened. Choosing and importing: tst_importdialog.
#include "dialogsupport.h"
#include "importdialog.h"
#include "importdialogfixture.h"
#include "importjob.h"
#include "jobrunner.h"
#include "testsupport.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace rowbook;
using dialogsupport::child;
using testsupport::Probe;

class TestImportDialogErrors : public QObject, ImportDialogFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(prepare()); }
    void cleanup() { m_dir.reset(); }
    void aRefusedRowIsToldOnce();
    void anEmptyFileMakesNoTable();
    void cancelDuringBigImportLeavesNothing();
    void malformedFileLeavesTableUnchanged();
    void malformedRowInPreviewDisablesImport();
    void showsWaitingWhileDatabaseIsLocked();
    void readsTheTablesWithoutWaitingForALock();
    void aDatabaseThatCannotBeOpenedIsNotAnEmptyOne();
};

// A row the table refuses: the error ends with "Nothing was imported.", and the line below it
// does not say it again.
void TestImportDialogErrors::aRefusedRowIsToldOnce()
{
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE t (id INTEGER, name TEXT NOT NULL)"));
    }
    ImportDialog dialog(m_info, write("t.csv", "id,name\n1,\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QPushButton *button = child<QPushButton>(&dialog, "importButton");
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 30000);
    const QString error = child<QLabel>(&dialog, "errorLabel")->text();
    QVERIFY2(error.startsWith("t.csv:2:2: A value is required in column “name”."),
             qPrintable(error));
    QVERIFY2(error.endsWith("Nothing was imported."), qPrintable(error));
    QCOMPARE(child<QLabel>(&dialog, "statusLabel")->text(), QString());
}

// A file without columns: the sentence about the new table says so, and Import is off.
void TestImportDialogErrors::anEmptyFileMakesNoTable()
{
    ImportDialog dialog(m_info, write("empty.csv", ""));
    QTRY_VERIFY(dialog.hasReadTables());
    const QString target = child<QLabel>(&dialog, "targetLabel")->text();
    QCOMPARE(target, QString("The file holds no columns to create table “empty” from."));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());

    // No file chosen, or one that is not there: nothing is said about the file's columns yet.
    ImportDialog none(m_info, m_dir->filePath("missing.csv"));
    QTRY_VERIFY(none.hasReadTables());
    QCOMPARE(child<QLabel>(&none, "targetLabel")->text(),
             QString("A new table “missing” will be created with the file's columns."));
    QVERIFY(!child<QPushButton>(&none, "importButton")->isEnabled());
}

void TestImportDialogErrors::cancelDuringBigImportLeavesNothing()
{
    const int rows = 50000;
    QByteArray csv = "id,a,b,c,d,e,f\n";
    csv.reserve(qsizetype(rows) * 48);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += n + ',' + n + ".25,text " + n + ",x,y," + n + ",z\n";
    }
    ImportDialog dialog(m_info, write("big.csv", csv));
    QTRY_VERIFY(dialog.hasReadTables());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    // The job is held at its first progress of the second pass (inserting, inside the
    // transaction that created the table) until Cancel has been clicked.
    auto inserting = std::make_shared<std::atomic_bool>(false);
    auto *runner = dialog.findChild<JobRunner *>();
    QVERIFY(runner);
    connect(runner, &JobRunner::started, runner, [inserting](QObject *job) {
        connect(
            qobject_cast<ImportJob *>(job), &ImportJob::phaseChanged, job,
            [inserting](ImportJob::Phase phase) {
                if (phase == ImportJob::Phase::Inserting)
                    inserting->store(true);
            },
            Qt::DirectConnection);
    });
    dialogsupport::JobGate gate(
        &dialog, &ImportJob::progress,
        [inserting](qint64 done, qint64, qint64) { return inserting->load() && done > 0; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    QVERIFY(dialog.isImporting());
    QPushButton *cancel = child<QPushButton>(&dialog, "cancelButton");
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "closeButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached(), 60000);
    // The bar counts the rows the first pass found.
    QProgressBar *bar = child<QProgressBar>(&dialog, "progressBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() == rows && bar->value() > 0, 30000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 30000);
    QCOMPARE(imported.count(), 0);
    QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains("cancelled"),
             qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QVERIFY(dialog.isVisible()); // Cancel is not Close

    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'big'").toInt(), 0);
}

void TestImportDialogErrors::malformedFileLeavesTableUnchanged()
{
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE t (id INTEGER, name TEXT)"));
        QVERIFY(probe.exec("INSERT INTO t VALUES (1, 'old'), (2, 'older')"));
    }
    const QByteArray before = testsupport::sha256(m_db);
    QVERIFY(!before.isEmpty());

    QByteArray csv = "id,name\n";
    for (int i = 1; i <= 98; ++i) // lines 2..99: beyond the preview
        csv += QByteArray::number(i + 10) + ",x\n";
    csv += "99,x,extra\n"; // line 100: one field too many, at column 6
    csv += "100,y\n";
    {
        ImportDialog dialog(m_info, write("bad.csv", csv));
        QTRY_VERIFY(dialog.hasReadTables());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QLineEdit *table = child<QLineEdit>(&dialog, "tableEdit");
        table->selectAll();
        QTest::keyClicks(table, "t");
        QPushButton *button = child<QPushButton>(&dialog, "importButton");
        QTRY_VERIFY(button->isEnabled()); // the preview looks fine, columns match
        QTest::mouseClick(button, Qt::LeftButton);
        QLabel *error = child<QLabel>(&dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 30000);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().startsWith("bad.csv:100:6: "), qPrintable(error->text()));
        QLabel *status = child<QLabel>(&dialog, "statusLabel");
        QCOMPARE((error->text() + status->text()).count("Nothing was imported."), 1); // not twice
        QCOMPARE(imported.count(), 0);
        // Another file: what went wrong with this one goes.
        dialog.setFile(write("good.csv", "id,name\n5,x\n"));
        QVERIFY(error->isHidden());
        QCOMPARE(status->text(), QString());
    }
    QCOMPARE(testsupport::sha256(m_db), before);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT group_concat(id || name) FROM t").toString(),
             QString("1old,2older"));
}

void TestImportDialogErrors::malformedRowInPreviewDisablesImport()
{
    ImportDialog dialog(m_info, write("ragged.csv", "a,b\n1,2\n3,4,5\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QLabel *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().startsWith("ragged.csv:3:5: "), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    QCOMPARE(child<QTableView>(&dialog, "preview")->model()->rowCount(), 1);
}

void TestImportDialogErrors::showsWaitingWhileDatabaseIsLocked()
{
    testsupport::LockHolder lock;
    QVERIFY(lock.acquire(m_db, "BEGIN IMMEDIATE"));
    ImportDialog dialog(m_info, write("w.csv", "id\n1\n2\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.hasReadTables()); // WAL: reading the list does not wait for the writer
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    QLabel *status = child<QLabel>(&dialog, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith("Waiting for the database"), 10000);
    QVERIFY(dialog.isImporting());
    lock.release();
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
    QCOMPARE(imported.at(0).at(1).toLongLong(), 2);
}

// Another program's exclusive lock on a rollback-journal file keeps even readers out: the dialog
// opens at once all the same, says it is waiting for the table list, and knows the table is an
// existing one once the lock is gone (a dialog that read the list on the GUI thread would have
// stalled, failed, and offered to create the table).
void TestImportDialogErrors::readsTheTablesWithoutWaitingForALock()
{
    const QString path = m_dir->filePath(QStringLiteral("theirs.sqlite"));
    {
        Probe probe(path);
        QVERIFY(probe.exec("PRAGMA journal_mode = DELETE"));
        QVERIFY(probe.exec("CREATE TABLE people (id INTEGER, name TEXT)"));
    }
    const DatabaseInfo theirs = Database::prepare(path);
    QVERIFY(theirs.isOpen());
    testsupport::LockHolder lock;
    QVERIFY(lock.acquire(path, "BEGIN EXCLUSIVE"));

    ImportDialog dialog(theirs, write("people.csv", "id,name\n1,a\n"));
    QLabel *target = child<QLabel>(&dialog, "targetLabel");
    QPushButton *import = child<QPushButton>(&dialog, "importButton");
    QVERIFY(!dialog.hasReadTables());
    QCOMPARE(target->text(), QStringLiteral("Reading the database's tables…"));
    QVERIFY(!import->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(target->text().startsWith("Waiting for the database to list its "
                                                       "tables: Another program is holding the "
                                                       "database lock."),
                             10000);
    QVERIFY(!import->isEnabled());

    lock.release();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasReadTables(), 10000);
    QVERIFY2(target->text().contains("the file's columns go into its columns “id”, “name”"),
             qPrintable(target->text()));
    QVERIFY(import->isEnabled());
    QVERIFY(child<QRadioButton>(&dialog, "appendRadio")->isEnabled());
}

// A connection that does not open makes its queries fail without an error: the dialog must not
// take that for a database without tables (and offer to create an existing one).
void TestImportDialogErrors::aDatabaseThatCannotBeOpenedIsNotAnEmptyOne()
{
    const QString path = m_dir->filePath(QStringLiteral("gone.sqlite"));
    {
        Probe probe(path);
        QVERIFY(probe.exec("CREATE TABLE people (id INTEGER, name TEXT)"));
    }
    const DatabaseInfo gone = Database::prepare(path);
    QVERIFY(gone.isOpen());
    QVERIFY(QFile::remove(path)); // a reader opens read-only: it cannot make the file again

    ImportDialog dialog(gone, write("people.csv", "id,name\n1,a\n"));
    QLabel *target = child<QLabel>(&dialog, "targetLabel");
    QTRY_VERIFY_WITH_TIMEOUT(target->text().startsWith("Waiting for the database to list its "
                                                       "tables: "),
                             10000);
    QVERIFY(!dialog.hasReadTables());
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    QVERIFY2(!target->text().contains("new table"), qPrintable(target->text()));
}

QTEST_MAIN(TestImportDialogErrors)
#include "tst_importdialogerrors.moc"

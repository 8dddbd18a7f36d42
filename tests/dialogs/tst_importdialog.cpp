#include "dialogsupport.h"
#include "importdialog.h"
#include "importjob.h"
#include "jobrunner.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace rowbook;
using dialogsupport::child;
using testsupport::Probe;

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableNameForFile_data();
    void tableNameForFile();
    void asksForFileWhenNoneGiven();
    void previewShowsRowsAndTypes();
    void changingDelimiterRePreviews();
    void jsonPreview();
    void importButtonCreatesTable();
    void typeCombosChooseNewTableTypes();
    void existingTableSaysWhichColumnsMatch();
    void replaceEmptiesExistingTable();
    void returnInTheFileFieldOnlyPreviews();
    void anEmptyFileMakesNoTable();
    void aRefusedRowIsToldOnce();
    void detectsWindows1252();
    void cancelDuringBigImportLeavesNothing();
    void malformedFileLeavesTableUnchanged();
    void malformedRowInPreviewDisablesImport();
    void showsWaitingWhileDatabaseIsLocked();
    void readsTheTablesWithoutWaitingForALock();
    void aDatabaseThatCannotBeOpenedIsNotAnEmptyOne();

private:
    QString write(const QString &name, const QByteArray &content);
    QString headerText(ImportDialog &dialog, int column)
    {
        QTableView *view = child<QTableView>(&dialog, "preview");
        return view->model()->headerData(column, Qt::Horizontal).toString();
    }
    QString cell(ImportDialog &dialog, int row, int column)
    {
        QTableView *view = child<QTableView>(&dialog, "preview");
        return view->model()->index(row, column).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    DatabaseInfo m_info;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("test.sqlite"));
    m_info = Database::prepare(m_db);
    QVERIFY(m_info.isOpen());
}

void TestImportDialog::cleanup()
{
    m_dir.reset();
}

QString TestImportDialog::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportDialog::tableNameForFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("table");
    QTest::newRow("plain") << "/tmp/people.csv"
                           << "people";
    QTest::newRow("spaces") << "/tmp/Sales 2024 (final).csv"
                            << "Sales_2024_final";
    QTest::newRow("digit first") << "/tmp/2024.csv"
                                 << "t_2024";
    QTest::newRow("reserved") << "/tmp/sqlite_stat.csv"
                              << "t_sqlite_stat";
    QTest::newRow("non-ASCII") << QString::fromUtf8("/tmp/données été.json")
                               << QString::fromUtf8("données_été");
    QTest::newRow("nothing left") << "/tmp/---.csv"
                                  << "imported";
    QTest::newRow("two suffixes") << "/tmp/dump.2024.ndjson"
                                  << "dump_2024";
}

void TestImportDialog::tableNameForFile()
{
    QFETCH(QString, path);
    QFETCH(QString, table);
    QCOMPARE(ImportDialog::tableNameForFile(path), table);
}

void TestImportDialog::asksForFileWhenNoneGiven()
{
    const QString file = write("chosen.csv", "a,b\n1,2\n");
    ImportDialog dialog(m_info);
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    dialog.open();
    dialog.browse(); // as File → Import… does: still one chooser
    QTRY_VERIFY(dialog.findChild<QFileDialog *>());
    QCoreApplication::processEvents();
    const QList<QFileDialog *> choosers = dialog.findChildren<QFileDialog *>();
    QCOMPARE(choosers.size(), 1);
    QFileDialog *chooser = choosers.first();
    QVERIFY(chooser->isVisible());
    QSignalSpy selected(chooser, &QFileDialog::fileSelected);
    QLineEdit *name = chooser->findChild<QLineEdit *>("fileNameEdit");
    QVERIFY(name);
    QTest::keyClicks(name, file);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(selected.count(), 1);
    QCOMPARE(dialog.filePath(), file);
    QCOMPARE(child<QLineEdit>(&dialog, "tableEdit")->text(), QString("chosen"));
    QCOMPARE(child<QTableView>(&dialog, "preview")->model()->rowCount(), 1);
    QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
}

void TestImportDialog::previewShowsRowsAndTypes()
{
    QByteArray csv = "id,zip,price,name\r\n";
    for (int i = 1; i <= 80; ++i)
        csv += QByteArray::number(i) + ",0" + QByteArray::number(8000 + i) + ","
               + QByteArray::number(i) + ".5,\"Name, " + QByteArray::number(i) + "\"\r\n";
    ImportDialog dialog(m_info, write("zips.csv", csv));
    QTRY_VERIFY(dialog.hasReadTables());
    QTableView *view = child<QTableView>(&dialog, "preview");
    QCOMPARE(view->model()->columnCount(), 4);
    QCOMPARE(view->model()->rowCount(), ImportDialog::previewRows);
    QCOMPARE(headerText(dialog, 0), QString("id\nINTEGER"));
    QCOMPARE(headerText(dialog, 1), QString("zip\nTEXT")); // leading zeros: stays text
    QCOMPARE(headerText(dialog, 2), QString("price\nREAL"));
    QCOMPARE(headerText(dialog, 3), QString("name\nTEXT"));
    QCOMPARE(cell(dialog, 0, 1), QString("08001"));
    QCOMPARE(cell(dialog, 49, 0), QString("50"));
    QCOMPARE(cell(dialog, 49, 3), QString("Name, 50"));
    QCOMPARE(child<QLineEdit>(&dialog, "tableEdit")->text(), QString("zips"));
    QVERIFY(child<QComboBox>(&dialog, "delimiterCombo")->currentText().startsWith("Comma"));
    QVERIFY(child<QComboBox>(&dialog, "encodingCombo")->currentText().startsWith("UTF-8"));
    QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->isHidden());
}

void TestImportDialog::changingDelimiterRePreviews()
{
    ImportDialog dialog(m_info, write("semi.csv", "a;b;c,d\n1;2;3,5\n4;5;6,5\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QComboBox *delimiter = child<QComboBox>(&dialog, "delimiterCombo");
    QCOMPARE(delimiter->currentData().toInt(), int(';'));
    QVERIFY(delimiter->currentText().contains("detected"));
    QCOMPARE(child<QTableView>(&dialog, "preview")->model()->columnCount(), 3);
    QCOMPARE(headerText(dialog, 2), QString("c,d\nTEXT"));
    QCOMPARE(cell(dialog, 0, 2), QString("3,5"));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    delimiter->setFocus();
    QTest::keyClick(delimiter, Qt::Key_Up); // Semicolon -> Comma
    QCOMPARE(delimiter->currentData().toInt(), int(','));
    QCOMPARE(child<QTableView>(&dialog, "preview")->model()->columnCount(), 2);
    QCOMPARE(headerText(dialog, 0), QString("a;b;c\nTEXT"));
    QCOMPARE(headerText(dialog, 1), QString("d\nINTEGER"));
    QCOMPARE(cell(dialog, 1, 0), QString("4;5;6"));
    QCOMPARE(cell(dialog, 1, 1), QString("5"));
}

void TestImportDialog::jsonPreview()
{
    ImportDialog dialog(m_info,
                        write("items.ndjson", "{\"id\": 1, \"tags\": [\"a\"], \"x\": null}\n"
                                              "{\"id\": 2, \"price\": 2.5}\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QCOMPARE(child<QComboBox>(&dialog, "formatCombo")->currentData().toInt(),
             int(ImportJob::Format::Json));
    QVERIFY(!child<QComboBox>(&dialog, "delimiterCombo")->isEnabled());
    QCOMPARE(child<QTableView>(&dialog, "preview")->model()->columnCount(), 4);
    QCOMPARE(headerText(dialog, 0), QString("id\nINTEGER"));
    QCOMPARE(headerText(dialog, 1), QString("tags\nTEXT"));
    QCOMPARE(headerText(dialog, 3), QString("price\nREAL"));
    QCOMPARE(cell(dialog, 0, 1), QString("[\"a\"]"));
    QCOMPARE(cell(dialog, 0, 2), QString("NULL"));
}

void TestImportDialog::importButtonCreatesTable()
{
    ImportDialog dialog(m_info, write("people.csv", "id,name,zip\n1,Åsa,08123\n2,Bob,10115\n"
                                                    "3,\"Smith, J\",\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *button = child<QPushButton>(&dialog, "importButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
    QCOMPARE(imported.at(0).at(0).toString(), QString("people"));
    QCOMPARE(imported.at(0).at(1).toLongLong(), 3);
    QVERIFY(!dialog.isImporting());
    QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains("Imported 3 rows"));
    QVERIFY(!button->isEnabled()); // until an option changes: no accidental second import

    Probe probe(m_db);
    QCOMPARE(probe
                 .value("SELECT group_concat(name || ' ' || type, ', ') "
                        "FROM pragma_table_info('people')")
                 .toString(),
             QString("id INTEGER, name TEXT, zip TEXT"));
    QCOMPARE(probe
                 .value("SELECT group_concat(quote(id) || '|' || quote(name) || '|' || quote(zip), "
                        "';') FROM people")
                 .toString(),
             QString::fromUtf8("1|'Åsa'|'08123';2|'Bob'|'10115';3|'Smith, J'|NULL"));
}

// The type of each column of a new table is chosen in the row of drop-downs above the preview;
// the import creates the table with those types, and one empty-field rule holds in every column.
void TestImportDialog::typeCombosChooseNewTableTypes()
{
    ImportDialog dialog(m_info, write("codes.csv", "code,price,ok\n1.50,3,yes\n2.25,4,no\n"
                                                   "3.5,\"\",\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *code = child<QComboBox>(&dialog, "typeCombo0");
    QComboBox *ok = child<QComboBox>(&dialog, "typeCombo2");
    QCOMPARE(ColumnType(code->currentData().toInt()), ColumnType::Real);
    QVERIFY(code->currentText().contains("detected"));
    QCOMPARE(headerText(dialog, 0), QString("code\nREAL"));
    QCOMPARE(cell(dialog, 2, 1), QString()); // "" is the empty text
    QCOMPARE(cell(dialog, 2, 2), QString("NULL"));
    // Each drop-down sits over its column.
    QTableView *view = child<QTableView>(&dialog, "preview");
    for (int i = 0; i < 3; ++i) {
        QComboBox *combo = child<QComboBox>(&dialog, qPrintable(QString("typeCombo%1").arg(i)));
        const int sectionX = view->viewport()->mapTo(&dialog, QPoint(0, 0)).x()
                             + view->horizontalHeader()->sectionViewportPosition(i);
        QCOMPARE(combo->mapTo(&dialog, QPoint(0, 0)).x(), sectionX);
        QCOMPARE(combo->width(), view->horizontalHeader()->sectionSize(i));
    }

    code->setFocus();
    QTest::keyClick(code, Qt::Key_Down); // REAL -> TEXT
    QCOMPARE(headerText(dialog, 0), QString("code\nTEXT"));
    ok->setFocus();
    QTest::keyClick(ok, Qt::Key_Down); // TEXT -> DATE
    QTest::keyClick(ok, Qt::Key_Down); // DATE -> BOOLEAN
    QCOMPARE(headerText(dialog, 2), QString("ok\nBOOLEAN"));
    // Another delimiter previews again; the choices stay.
    QComboBox *delimiter = child<QComboBox>(&dialog, "delimiterCombo");
    delimiter->setFocus();
    QTest::keyClick(delimiter, Qt::Key_Down);
    QTest::keyClick(delimiter, Qt::Key_Up);
    QCOMPARE(headerText(dialog, 0), QString("code\nTEXT"));
    QCOMPARE(ColumnType(child<QComboBox>(&dialog, "typeCombo2")->currentData().toInt()),
             ColumnType::Boolean);

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
    Probe probe(m_db);
    QCOMPARE(probe
                 .value("SELECT group_concat(name || ' ' || type, ', ') "
                        "FROM pragma_table_info('codes')")
                 .toString(),
             QString("code TEXT, price INTEGER, ok BOOLEAN"));
    QCOMPARE(probe
                 .value("SELECT group_concat(quote(code) || '|' || quote(price) || '|' || "
                        "quote(ok), ';') FROM codes")
                 .toString(),
             QString("'1.50'|3|1;'2.25'|4|0;'3.5'|''|NULL"));
    // Now the table exists: its own types are used, the drop-downs are off.
    QTRY_VERIFY(!child<QWidget>(&dialog, "typeBar")->isEnabled());
}

void TestImportDialog::existingTableSaysWhichColumnsMatch()
{
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE people (id INTEGER, name TEXT)"));
    }
    ImportDialog dialog(m_info, write("people.csv", "id,NAME\n1,a\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QLabel *target = child<QLabel>(&dialog, "targetLabel");
    QVERIFY2(target->text().contains("the file's columns go into its columns “id”, “name”"),
             qPrintable(target->text()));
    QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());

    ImportDialog other(m_info, write("people.csv", "id,name,email\n1,a,b\n"));
    QTRY_VERIFY(other.hasReadTables());
    QLabel *otherTarget = child<QLabel>(&other, "targetLabel");
    QVERIFY2(otherTarget->text().contains("no column “email”"), qPrintable(otherTarget->text()));
    QVERIFY(!child<QPushButton>(&other, "importButton")->isEnabled());
    // Another name: a new table.
    QLineEdit *table = child<QLineEdit>(&other, "tableEdit");
    table->selectAll();
    QTest::keyClicks(table, "people2");
    QTRY_VERIFY(otherTarget->text().contains("new table “people2”"));
    QTRY_VERIFY(child<QPushButton>(&other, "importButton")->isEnabled());
}

void TestImportDialog::replaceEmptiesExistingTable()
{
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE t (id INTEGER, name TEXT)"));
        QVERIFY(probe.exec("INSERT INTO t VALUES (1, 'old')"));
    }
    ImportDialog dialog(m_info, write("t.csv", "id,name\n7,new\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QRadioButton *replace = child<QRadioButton>(&dialog, "replaceRadio");
    QVERIFY(replace->isEnabled());
    QTest::mouseClick(replace, Qt::LeftButton);
    QVERIFY(replace->isChecked());
    QVERIFY(dialog.options().replace);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT group_concat(id || name) FROM t").toString(), QString("7new"));
    // A new table has no rows to replace: the choice goes back to adding them.
    QLineEdit *table = child<QLineEdit>(&dialog, "tableEdit");
    table->selectAll();
    QTest::keyClicks(table, "fresh");
    QVERIFY(!replace->isEnabled());
    QVERIFY(!replace->isChecked());
    QVERIFY(!dialog.options().replace);
}

// Return in the file field reads the file typed there into the preview, and imports nothing:
// the import waits for its button.
void TestImportDialog::returnInTheFileFieldOnlyPreviews()
{
    const QString file = write("typed.csv", "a,b\n1,2\n3,4\n");
    ImportDialog dialog(m_info);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.hasReadTables());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QLineEdit *field = child<QLineEdit>(&dialog, "fileEdit");
    field->setFocus();
    QTest::keyClicks(field, file);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(child<QTableView>(&dialog, "preview")->model()->rowCount(), 2);
    QCOMPARE(child<QLineEdit>(&dialog, "tableEdit")->text(), QString("typed"));
    QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
    QTest::qWait(200);
    QVERIFY(!dialog.isImporting());
    QCOMPARE(imported.count(), 0);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'typed'").toInt(), 0);
}

// A row the table refuses: the error ends with "Nothing was imported.", and the line below it
// does not say it again.
void TestImportDialog::aRefusedRowIsToldOnce()
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
void TestImportDialog::anEmptyFileMakesNoTable()
{
    ImportDialog dialog(m_info, write("empty.csv", ""));
    QTRY_VERIFY(dialog.hasReadTables());
    const QString target = child<QLabel>(&dialog, "targetLabel")->text();
    QCOMPARE(target, QString("The file holds no columns to create table “empty” from."));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
}

void TestImportDialog::detectsWindows1252()
{
    ImportDialog dialog(m_info, write("cp.csv", "name;price\nZo\xeb;1\n\x80 sign;2\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QComboBox *encoding = child<QComboBox>(&dialog, "encodingCombo");
    QCOMPARE(encoding->currentData().toString(), QString("windows-1252"));
    QVERIFY(encoding->currentText().contains("detected"));
    QCOMPARE(cell(dialog, 0, 0), QString::fromUtf8("Zoë"));
    QCOMPARE(cell(dialog, 1, 0), QString::fromUtf8("€ sign"));
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->isHidden());
    // Read as UTF-8 instead, the same bytes are an error with a position.
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Home);
    QCOMPARE(encoding->currentData().toString(), QString("utf-8"));
    QVERIFY2(child<QLabel>(&dialog, "errorLabel")->text().startsWith("cp.csv:2:3: "),
             qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
}

void TestImportDialog::cancelDuringBigImportLeavesNothing()
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

void TestImportDialog::malformedFileLeavesTableUnchanged()
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

void TestImportDialog::malformedRowInPreviewDisablesImport()
{
    ImportDialog dialog(m_info, write("ragged.csv", "a,b\n1,2\n3,4,5\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QLabel *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().startsWith("ragged.csv:3:5: "), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    QCOMPARE(child<QTableView>(&dialog, "preview")->model()->rowCount(), 1);
}

void TestImportDialog::showsWaitingWhileDatabaseIsLocked()
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
void TestImportDialog::readsTheTablesWithoutWaitingForALock()
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
void TestImportDialog::aDatabaseThatCannotBeOpenedIsNotAnEmptyOne()
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

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

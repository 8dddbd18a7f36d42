#include "columnvalues.h"
#include "dialogsupport.h"
#include "importdialog.h"
#include "importdialogfixture.h"
#include "importjob.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace rowbook;
using dialogsupport::child;
using testsupport::Probe;

class TestImportDialog : public QObject, ImportDialogFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tableNameForFile_data();
    void tableNameForFile();
    void asksForFileWhenNoneGiven();
    void previewShowsTheStartOfAHugeField();
    void previewShowsRowsAndTypes();
    void changingDelimiterRePreviews();
    void jsonPreview();
    void importButtonCreatesTable();
    void typeCombosChooseNewTableTypes();
    void existingTableSaysWhichColumnsMatch();
    void replaceEmptiesExistingTable();
    void returnInTheFileFieldOnlyPreviews();
    void detectsWindows1252();
};

void TestImportDialog::init()
{
    QVERIFY(prepare());
}

void TestImportDialog::cleanup()
{
    m_dir.reset();
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

    // The next import's chooser opens where this file was chosen.
    ImportDialog next(m_info);
    next.open();
    QTRY_VERIFY(next.findChild<QFileDialog *>());
    QCOMPARE(next.findChild<QFileDialog *>()->directory().absolutePath(),
             QFileInfo(file).absolutePath());
}

// A field of megabytes shows its start in the preview (laying it all out would hold the window
// for seconds); the import takes it whole.
void TestImportDialog::previewShowsTheStartOfAHugeField()
{
    const QByteArray huge = QByteArray("0123456789").repeated(300000);
    ImportDialog dialog(m_info, write("huge.csv", "id,note\r\n1," + huge + "\r\n"));
    QTRY_VERIFY(dialog.hasReadTables());
    QCOMPARE(cell(dialog, 0, 1), QString::fromLatin1(huge.left(ColumnValues::shownChars)) + " …");
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
    QPushButton *import = child<QPushButton>(&dialog, "importButton");
    QLineEdit *table = child<QLineEdit>(&dialog, "tableEdit");
    const auto typeTable = [table](const QString &name) {
        table->selectAll();
        QTest::keyClicks(table, name);
    };
    QVERIFY(replace->isEnabled());
    QTest::mouseClick(replace, Qt::LeftButton);
    QVERIFY(replace->isChecked());
    QVERIFY(dialog.options().replace);
    // A new table has no rows to replace: the choice goes back to adding them, and comes back
    // with the name of the table it was made for.
    typeTable("fresh");
    QVERIFY(!replace->isEnabled());
    QVERIFY(!replace->isChecked());
    QVERIFY(!dialog.options().replace);
    typeTable("t");
    QVERIFY(replace->isEnabled());
    QVERIFY(replace->isChecked());
    QVERIFY(dialog.options().replace);

    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT group_concat(id || name) FROM t").toString(), QString("7new"));
    // Imported into a new table "u", which then exists: Replace is not chosen for it, nor
    // for "t" after its rows were replaced once.
    typeTable("u");
    QVERIFY(!replace->isChecked());
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 30000);
    QTRY_VERIFY(replace->isEnabled()); // "u" is an existing table now
    QVERIFY(!replace->isChecked());
    QVERIFY(!import->isEnabled()); // imported: Import waits for a change
    typeTable("t");
    QVERIFY(!replace->isChecked());
    QVERIFY(!dialog.options().replace);
}

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
    // Shown first with a plain file, then given this one (longer detected texts), and made as
    // narrow as it goes, the dialog still shows each choice's whole text.
    ImportDialog shown(m_info, write("plain.csv", "a,b\n1,2\n"));
    QTRY_VERIFY(shown.hasReadTables());
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    shown.setFile(m_dir->filePath("cp.csv"));
    QCOMPARE(child<QComboBox>(&shown, "encodingCombo")->currentData().toString(),
             QString("windows-1252"));
    shown.resize(100, shown.height());
    for (const char *name : {"formatCombo", "delimiterCombo", "encodingCombo"}) {
        auto *combo = child<QComboBox>(&shown, name);
        QTRY_VERIFY2(combo->width() >= combo->sizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(name)
                                    .arg(combo->width())
                                    .arg(combo->sizeHint().width())));
    }
    // Read as UTF-8 instead, the same bytes are an error with a position.
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Home);
    QCOMPARE(encoding->currentData().toString(), QString("utf-8"));
    QVERIFY2(child<QLabel>(&dialog, "errorLabel")->text().startsWith("cp.csv:2:3: "),
             qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    // A JSON file next: UTF-8, as JSON always is; nothing of the CSV's detection stays.
    shown.setFile(write("next.json", "[{\"a\": 1}]"));
    QCOMPARE(child<QComboBox>(&shown, "encodingCombo")->currentData().toString(), QString("utf-8"));
    for (const char *name : {"delimiterCombo", "encodingCombo"}) {
        auto *combo = child<QComboBox>(&shown, name);
        for (int i = 0; i < combo->count(); ++i) {
            if (QLatin1String(name) == "encodingCombo" && i == combo->currentIndex())
                continue; // UTF-8 (detected)
            QVERIFY2(!combo->itemText(i).contains("detected"), qPrintable(combo->itemText(i)));
        }
    }
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

// File → Export Database as SQL…: the dialog, driven through its widgets, writes the bytes
// `rowbook dump` writes for the same choices; Cancel leaves no file; with no table checked
// there is nothing to export.
#include "dialogsupport.h"
#include "dumpdialog.h"
#include "dumpjob.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rowbook;
using dialogsupport::child;
using dialogsupport::typePath;
using testsupport::Probe;

// Enough rows for a few of the job's progress reports (one every 4,096 rows).
constexpr int bigRows = 20000;

class TestDumpDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writesWhatTheCommandLineWrites();
    void nothingCheckedNothingToExport();
    void cancelWritesNoFile();

private:
    // Toggles the check box of every table not in `keep` with the keyboard.
    void keepOnly(DumpDialog &dialog, const QStringList &keep)
    {
        QListWidget *list = child<QListWidget>(&dialog, "tableList");
        list->setFocus();
        for (int i = 0; i < list->count(); ++i) {
            if (keep.contains(list->item(i)->text()))
                continue;
            list->setCurrentRow(i);
            QTest::keyClick(list, Qt::Key_Space);
        }
    }
    QStringList tables() const
    {
        const Probe probe(m_chinook.db);
        QStringList names;
        QSqlQuery query(probe.db());
        query.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                   "'sqlite%' AND name NOT LIKE '\\_rowbook%' ESCAPE '\\' ORDER BY name");
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

    dialogsupport::ChinookCopy m_chinook;
};

void TestDumpDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDumpDialog::init()
{
    QVERIFY(m_chinook.make());
}

void TestDumpDialog::cleanup()
{
    m_chinook.dir.reset();
}

void TestDumpDialog::writesWhatTheCommandLineWrites()
{
    const QString path = m_chinook.dir->filePath("two.sql");
    qint64 rows = 0;
    {
        DumpDialog dialog(m_chinook.info, tables());
        QSignalSpy dumped(&dialog, &DumpDialog::dumped);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QComboBox *dialect = child<QComboBox>(&dialog, "dialectCombo");
        dialect->setFocus();
        QTest::keyClick(dialect, Qt::Key_Down);
        QCOMPARE(dialog.options().dialect, DumpPlan::Dialect::Postgres);
        QComboBox *content = child<QComboBox>(&dialog, "contentCombo");
        content->setFocus();
        QTest::keyClick(content, Qt::Key_Down);
        QTest::keyClick(content, Qt::Key_Down);
        QCOMPARE(dialog.options().content, DumpPlan::Content::DataOnly);
        keepOnly(dialog, {"Album", "Artist"});
        QCOMPARE(dialog.options().tables, QStringList({"Album", "Artist"}));
        typePath(&dialog, path);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dumped.count(), 1, 30000);
        QCOMPARE(dumped.at(0).at(0).toString(), path);
        rows = dumped.at(0).at(1).toLongLong();
        QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().startsWith("Wrote "),
                 qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    }
    const Probe probe(m_chinook.db);
    QCOMPARE(rows, probe
                       .value("SELECT (SELECT count(*) FROM Album) + (SELECT count(*) FROM "
                              "Artist)")
                       .toLongLong());

    QProcess cli;
    cli.start(ROWBOOK_EXECUTABLE, {"dump", "--database", m_chinook.db, "--dialect", "postgresql",
                                   "--data-only", "--table", "Album", "--table", "Artist"});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray expected = cli.readAllStandardOutput();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray actual = file.readAll();
    QVERIFY(actual.contains("INSERT INTO \"Album\""));
    QVERIFY(!actual.contains("INSERT INTO \"Track\""));
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void TestDumpDialog::nothingCheckedNothingToExport()
{
    DumpDialog dialog(m_chinook.info, tables());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typePath(&dialog, m_chinook.dir->filePath("none.sql"));
    QPushButton *exportButton = child<QPushButton>(&dialog, "exportButton");
    QVERIFY(exportButton->isEnabled());
    keepOnly(dialog, {});
    QVERIFY(!exportButton->isEnabled());
    keepOnly(dialog, {}); // toggles every table back on
    QVERIFY(exportButton->isEnabled());
    QVERIFY(dialog.options().tables.isEmpty()); // every table: the whole database
}

void TestDumpDialog::cancelWritesNoFile()
{
    QVERIFY(dialogsupport::addBigTable(m_chinook.db, bigRows));
    const QString path = m_chinook.dir->filePath("big.sql");
    DumpDialog dialog(m_chinook.info, tables());
    QSignalSpy dumped(&dialog, &DumpDialog::dumped);
    dialogsupport::JobGate gate(&dialog, &DumpJob::progress,
                                [](qint64 rows, qint64) { return rows > 0; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialogsupport::exportThenCancel(dialog, path, gate);
    if (QTest::currentTestFailed())
        return;
    QProgressBar *bar = child<QProgressBar>(&dialog, "progressBar");
    QVERIFY(bar->value() < bar->maximum()); // stopped part-way
    QCOMPARE(dumped.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains("cancelled"),
             qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestDumpDialog)
#include "tst_dumpdialog.moc"

#include "dialogsupport.h"
#include "exportdialog.h"
#include "exportjob.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
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

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultPathAndFormat();
    void writesTheSameBytesAsTheCommandLine_data();
    void writesTheSameBytesAsTheCommandLine();
    void cancelWritesNoFile();

private:
    dialogsupport::ChinookCopy m_chinook;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportDialog::init()
{
    QVERIFY(m_chinook.make());
}

void TestExportDialog::cleanup()
{
    m_chinook.dir.reset();
}

void TestExportDialog::defaultPathAndFormat()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(documents).isDir())
        documents = QDir::homePath(); // no Documents folder: the home folder
    QCOMPARE(ExportDialog::defaultPath("Album", ExportJob::Format::Csv), documents + "/Album.csv");
    QCOMPARE(ExportDialog::defaultPath("a/b:c", ExportJob::Format::Json),
             documents + "/a_b_c.json");

    ExportDialog dialog(m_chinook.info, "Album");
    QCOMPARE(dialog.outputPath(), documents + "/Album.csv");
    QCOMPARE(dialog.format(), ExportJob::Format::Csv);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *format = child<QComboBox>(&dialog, "formatCombo");
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(dialog.format(), ExportJob::Format::Json);
    QCOMPARE(dialog.outputPath(), documents + "/Album.json"); // the suffix follows the format
    typePath(&dialog, m_chinook.dir->filePath("x.csv"));
    QCOMPARE(dialog.format(), ExportJob::Format::Json); // typing a name does not switch
}

void TestExportDialog::writesTheSameBytesAsTheCommandLine_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("json");
    QTest::newRow("Album csv") << "Album" << false;
    QTest::newRow("Track csv") << "Track" << false;       // reals, NULLs
    QTest::newRow("Customer csv") << "Customer" << false; // non-ASCII, NULLs, commas
    QTest::newRow("Invoice json") << "Invoice" << true;
    QTest::newRow("Customer json") << "Customer" << true;
}

void TestExportDialog::writesTheSameBytesAsTheCommandLine()
{
    QFETCH(QString, table);
    QFETCH(bool, json);
    const QString path = m_chinook.dir->filePath(table + (json ? ".json" : ".csv"));
    qint64 rows = 0;
    {
        ExportDialog dialog(m_chinook.info, table);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (json) {
            QComboBox *format = child<QComboBox>(&dialog, "formatCombo");
            format->setFocus();
            QTest::keyClick(format, Qt::Key_Down);
        }
        typePath(&dialog, path);
        QCOMPARE(dialog.outputPath(), path);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QCOMPARE(exported.at(0).at(0).toString(), path);
        rows = exported.at(0).at(1).toLongLong();
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().startsWith("Exported "));
        QVERIFY(dialog.isVisible());
        // The file now exists, but is the one just written: no "it is replaced" beside "Exported".
        QVERIFY2(!child<QLabel>(&dialog, "fileNote")->isVisible(),
                 qPrintable(child<QLabel>(&dialog, "fileNote")->text()));
    }
    Probe probe(m_chinook.db);
    QCOMPARE(rows, probe.value("SELECT count(*) FROM \"" + table + "\"").toLongLong());
    QVERIFY(rows > 0);

    QProcess cli;
    cli.start(ROWBOOK_EXECUTABLE, {"export", "--table", table, "--database", m_chinook.db,
                                   "--format", json ? "json" : "csv"});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray expected = cli.readAllStandardOutput();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray actual = file.readAll();
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void TestExportDialog::cancelWritesNoFile()
{
    QVERIFY(dialogsupport::addBigTable(m_chinook.db, bigRows));
    const QString path = m_chinook.dir->filePath("big.csv");
    ExportDialog dialog(m_chinook.info, "big");
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialogsupport::JobGate gate(&dialog, &ExportJob::progress,
                                [](qint64 rows) { return rows > 0; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialogsupport::exportThenCancel(dialog, path, gate);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(child<QProgressBar>(&dialog, "progressBar")->maximum(), bigRows); // the rows counted
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains("cancelled"),
             qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"

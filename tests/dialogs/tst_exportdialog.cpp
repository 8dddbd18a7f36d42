#include "exportdialog.h"
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
using testsupport::Probe;

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
    template<class T>
    T *child(QObject *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void typePath(ExportDialog &dialog, const QString &path)
    {
        QLineEdit *edit = child<QLineEdit>(&dialog, "fileEdit");
        edit->selectAll();
        QTest::keyClicks(edit, path);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    DatabaseInfo m_info;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("chinook.sqlite"));
    QVERIFY(QFile::copy(testsupport::chinookPath(), m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    m_info = Database::prepare(m_db);
    QVERIFY(m_info.isOpen());
}

void TestExportDialog::cleanup()
{
    m_dir.reset();
}

void TestExportDialog::defaultPathAndFormat()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(documents).isDir())
        documents = QDir::homePath(); // no Documents folder: the home folder
    QCOMPARE(ExportDialog::defaultPath("Album", ExportJob::Format::Csv), documents + "/Album.csv");
    QCOMPARE(ExportDialog::defaultPath("a/b:c", ExportJob::Format::Json),
             documents + "/a_b_c.json");

    ExportDialog dialog(m_info, "Album");
    QCOMPARE(dialog.outputPath(), documents + "/Album.csv");
    QCOMPARE(dialog.format(), ExportJob::Format::Csv);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *format = child<QComboBox>(&dialog, "formatCombo");
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(dialog.format(), ExportJob::Format::Json);
    QCOMPARE(dialog.outputPath(), documents + "/Album.json"); // the suffix follows the format
    typePath(dialog, m_dir->filePath("x.csv"));
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
    const QString path = m_dir->filePath(table + (json ? ".json" : ".csv"));
    qint64 rows = 0;
    {
        ExportDialog dialog(m_info, table);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (json) {
            QComboBox *format = child<QComboBox>(&dialog, "formatCombo");
            format->setFocus();
            QTest::keyClick(format, Qt::Key_Down);
        }
        typePath(dialog, path);
        QCOMPARE(dialog.outputPath(), path);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QCOMPARE(exported.at(0).at(0).toString(), path);
        rows = exported.at(0).at(1).toLongLong();
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().startsWith("Exported "));
        QVERIFY(dialog.isVisible());
    }
    Probe probe(m_db);
    QCOMPARE(rows, probe.value("SELECT count(*) FROM \"" + table + "\"").toLongLong());
    QVERIFY(rows > 0);

    QProcess cli;
    cli.start(ROWBOOK_EXECUTABLE,
              {"export", "--table", table, "--database", m_db, "--format", json ? "json" : "csv"});
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
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                           "SELECT i + 1 FROM n WHERE i < 2000000) SELECT i AS id, i * 0.5 AS x, "
                           "'some text ' || i AS t, NULL AS blank FROM n"));
    }
    const QString path = m_dir->filePath("big.csv");
    ExportDialog dialog(m_info, "big");
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typePath(dialog, path);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog.isExporting());
    QProgressBar *bar = child<QProgressBar>(&dialog, "progressBar");
    QCOMPARE(bar->maximum(), 2000000);
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 30000);
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains("cancelled"),
             qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"

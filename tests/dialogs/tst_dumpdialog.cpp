// File → Export Database as SQL…: the dialog, driven through its widgets, writes the bytes
// `rowbook dump` writes for the same choices; Cancel leaves no file; with no table checked
// there is nothing to export.
#include "dumpdialog.h"
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
using testsupport::Probe;

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
    template<class T>
    T *child(QObject *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void typePath(DumpDialog &dialog, const QString &path)
    {
        QLineEdit *edit = child<QLineEdit>(&dialog, "fileEdit");
        edit->selectAll();
        QTest::keyClicks(edit, path);
    }
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
        const Probe probe(m_db);
        QStringList names;
        QSqlQuery query(probe.db());
        query.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                   "'sqlite%' AND name NOT LIKE '\\_rowbook%' ESCAPE '\\' ORDER BY name");
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    DatabaseInfo m_info;
};

void TestDumpDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDumpDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("chinook.sqlite"));
    QVERIFY(QFile::copy(testsupport::chinookPath(), m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    m_info = Database::prepare(m_db);
    QVERIFY(m_info.isOpen());
}

void TestDumpDialog::cleanup()
{
    m_dir.reset();
}

void TestDumpDialog::writesWhatTheCommandLineWrites()
{
    const QString path = m_dir->filePath("two.sql");
    qint64 rows = 0;
    {
        DumpDialog dialog(m_info, tables());
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
        typePath(dialog, path);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dumped.count(), 1, 30000);
        QCOMPARE(dumped.at(0).at(0).toString(), path);
        rows = dumped.at(0).at(1).toLongLong();
        QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().startsWith("Wrote "),
                 qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    }
    const Probe probe(m_db);
    QCOMPARE(rows, probe
                       .value("SELECT (SELECT count(*) FROM Album) + (SELECT count(*) FROM "
                              "Artist)")
                       .toLongLong());

    QProcess cli;
    cli.start(ROWBOOK_EXECUTABLE, {"dump", "--database", m_db, "--dialect", "postgresql",
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
    DumpDialog dialog(m_info, tables());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typePath(dialog, m_dir->filePath("none.sql"));
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
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                           "SELECT i + 1 FROM n WHERE i < 2000000) SELECT i AS id, i * 0.5 AS x, "
                           "'some text ' || i AS t, NULL AS blank FROM n"));
    }
    const QString path = m_dir->filePath("big.sql");
    DumpDialog dialog(m_info, tables());
    QSignalSpy dumped(&dialog, &DumpDialog::dumped);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typePath(dialog, path);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog.isDumping());
    QProgressBar *bar = child<QProgressBar>(&dialog, "progressBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
    QVERIFY(bar->value() < bar->maximum());
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDumping(), 30000);
    QCOMPARE(dumped.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains("cancelled"),
             qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestDumpDialog)
#include "tst_dumpdialog.moc"

// The console's result grid keeps a window of pages, never the whole result.
#include "columnvalues.h"
#include "queryresultmodel.h"
#include "queryrunner.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rowbook;

class TestQueryResultModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void pagesThroughALongResult();
    void writeRunKeepsWhatItHandedOver();
    void followsOnlyItsRun();
    void nullLooksApartFromTheTextNull();
    void aHugeTextShowsItsStartAndEditsWhole();

private:
    quint64 start(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QueryRunner> m_runner;
    std::unique_ptr<QueryResultModel> m_model;
    std::unique_ptr<QSignalSpy> m_finished;
};

void TestQueryResultModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath("r.sqlite");
    QVERIFY(Database::prepare(path, Database::Open::Create).isOpen());
    testsupport::Probe(path).exec("CREATE TABLE t (a INTEGER)");
    m_runner = std::make_unique<QueryRunner>(Database::prepare(path, Database::Open::Existing));
    m_model = std::make_unique<QueryResultModel>(m_runner.get());
    new QAbstractItemModelTester(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_finished = std::make_unique<QSignalSpy>(m_runner.get(), &QueryRunner::finished);
}

quint64 TestQueryResultModel::start(const QString &sql)
{
    QueryRequest request{sql};
    request.maxRows = QueryResultModel::firstRows;
    const quint64 id = m_runner->run(request);
    m_model->follow(id);
    return id;
}

void TestQueryResultModel::pagesThroughALongResult()
{
    constexpr int rows = 20000;
    start(QString("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
                  "SELECT x, 'row ' || x AS label, x / 2.0 AS half FROM c")
              .arg(rows));
    QTRY_COMPARE(m_finished->count(), 1);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QString("label"));
    QCOMPARE(m_model->data(m_model->index(10, 0)).toLongLong(), 11); // handed over by the run
    // The last row is read on demand.
    const QModelIndex last = m_model->index(rows - 1, 1);
    QCOMPARE(m_model->data(last).toString(), QString("…"));
    QTRY_COMPARE(m_model->data(last).toString(), QString("row %1").arg(rows));
    QCOMPARE(m_model->data(m_model->index(rows - 1, 2)).toString(), QString::number(rows / 2));
    // Reading every page keeps at most maxPages of them.
    QSignalSpy loaded(m_model.get(), &QueryResultModel::pageLoaded);
    for (int row = 0; row < rows; row += QueryResultModel::pageRows) {
        const QModelIndex cell = m_model->index(row, 0);
        if (m_model->data(cell).toString() == "…")
            QTRY_COMPARE(m_model->data(cell).toLongLong(), row + 1);
        else
            QCOMPARE(m_model->data(cell).toLongLong(), row + 1);
        QVERIFY(m_model->cachedPages() <= QueryResultModel::maxPages);
    }
    QVERIFY(loaded.count() > rows / QueryResultModel::pageRows - QueryResultModel::maxPages);
    QVERIFY(!m_model->truncated());
}

void TestQueryResultModel::writeRunKeepsWhatItHandedOver()
{
    start("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000) "
          "INSERT INTO t SELECT x FROM c RETURNING a");
    QTRY_COMPARE(m_finished->count(), 1);
    QVERIFY(m_finished->first().at(1).value<QueryOutcome>().ok());
    QCOMPARE(m_model->rowCount(), QueryResultModel::firstRows);
    QCOMPARE(m_model->totalRows(), 3000);
    QVERIFY(m_model->truncated());
    QCOMPARE(m_model->data(m_model->index(QueryResultModel::firstRows - 1, 0)).toInt(),
             QueryResultModel::firstRows);
}

void TestQueryResultModel::followsOnlyItsRun()
{
    start("SELECT 1 AS a");
    QTRY_COMPARE(m_finished->count(), 1);
    m_runner->run({"SELECT 2 AS b, 3 AS c"}); // another run, not followed
    QTRY_COMPARE(m_finished->count(), 2);
    QCOMPARE(m_model->columnCount(), 1);
    QCOMPARE(m_model->data(m_model->index(0, 0)).toInt(), 1);
    QCOMPARE(m_model->data(m_model->index(0, 0), Qt::TextAlignmentRole).value<Qt::Alignment>()
                 & Qt::AlignRight,
             Qt::AlignRight);
}

// NULL is shown as in the table grid, in the theme's NULL colour and in italics, so that it is
// told apart from the text 'NULL'.
void TestQueryResultModel::nullLooksApartFromTheTextNull()
{
    CellColours colours;
    colours.nullText = QColor(0x12, 0x34, 0x56);
    m_model->setCellColours(colours);
    start("SELECT 'NULL' AS text, NULL AS missing");
    QTRY_COMPARE(m_finished->count(), 1);
    const QModelIndex text = m_model->index(0, 0);
    const QModelIndex null = m_model->index(0, 1);
    QCOMPARE(m_model->data(text).toString(), QString("NULL"));
    QCOMPARE(m_model->data(null).toString(), QString("NULL"));
    QVERIFY(!m_model->data(text, Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->data(text, Qt::FontRole).isValid());
    QCOMPARE(m_model->data(null, Qt::ForegroundRole).value<QBrush>().color(), colours.nullText);
    QVERIFY(m_model->data(null, Qt::FontRole).value<QFont>().italic());
}

// A result value of megabytes: the grid shows its start (laying it all out would hold the window
// for seconds), the Cell Editor and copying get it whole (EditRole).
void TestQueryResultModel::aHugeTextShowsItsStartAndEditsWhole()
{
    start("SELECT replace(printf('%.3000000c', 'x'), 'x', 'ab') AS huge");
    QTRY_COMPARE(m_finished->count(), 1);
    const QModelIndex huge = m_model->index(0, 0);
    const QString whole = m_model->data(huge, Qt::EditRole).toString();
    QCOMPARE(whole, QString("ab").repeated(3000000));
    QCOMPARE(m_model->data(huge).toString(), whole.left(ColumnValues::shownChars) + " …");
    QCOMPARE(m_model->data(huge, Qt::ToolTipRole).toString(), m_model->data(huge).toString());
}

QTEST_GUILESS_MAIN(TestQueryResultModel)
#include "tst_queryresultmodel.moc"

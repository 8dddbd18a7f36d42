// Charts (issue 16): the aggregates of storage/chartquery.cpp on Chinook checked against counts
// the test makes itself from every row, the grid's filter reused, sampling bounds, cancelling on
// the runner's thread, the colours' contrast, and PNG and SVG export of ui/chartwidget.cpp.
#include "catalog.h"
#include "chartdialog.h"
#include "chartquery.h"
#include "chartrender.h"
#include "chartwidget.h"
#include "database.h"
#include "editstore.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "theme.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace rowbook;
using testsupport::Probe;

namespace {

const QString track = QStringLiteral("Track");
const QString milliseconds = QStringLiteral("Milliseconds");

} // namespace

class TestChart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    DatabaseInfo m_info;
    QString m_connection;
    QSqlDatabase m_db;

    ChartRequest requestFor(ChartRequest::Kind kind,
                            const QString &column,
                            const QString &where = {},
                            const QVariantList &values = {}) const
    {
        ChartRequest request;
        request.kind = kind;
        request.table = Catalog::table(m_db, track);
        request.column = column;
        request.where = where;
        request.whereValues = values;
        return request;
    }

    // Every row's values of `columns`, read with a plain connection of the test's own.
    QList<QVariantList> allRows(const QString &sql, int columns) const
    {
        Probe probe(m_path);
        QSqlQuery query(probe.db());
        QList<QVariantList> rows;
        if (!query.exec(sql))
            return rows;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < columns; ++i)
                row << query.value(i);
            rows << row;
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("chinook.sqlite"));
        QVERIFY(testsupport::copyOfChinook(m_path));
        // 3,503 × 3,503 rows: an aggregate long enough to cancel.
        QVERIFY(Probe(m_path).exec(QStringLiteral(
            "CREATE VIEW Pairs AS SELECT a.Milliseconds AS m FROM Track a, Track b")));
        // Values whose range (high − low) overflows a double.
        QVERIFY(Probe(m_path).exec(QStringLiteral("CREATE TABLE Extremes(v REAL)")));
        QVERIFY(Probe(m_path).exec(QStringLiteral(
            "INSERT INTO Extremes VALUES (-1e308), (-1e307), (0), (1e307), (1e308), (NULL), "
            "(9e999), (-9e999), (-9223372036854775808)")));
        m_info = Database::prepare(m_path, Database::Open::Existing);
        QVERIFY(m_info.isOpen());
        m_connection = Database::uniqueConnectionName(QStringLiteral("tst_chart"));
        m_db = Database::connect(m_info, m_connection, Database::Role::Reader);
        QVERIFY(m_db.isOpen());
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Database::disconnect(m_connection);
    }

    // (1) Bucket counts equal a count over every row made here; they add up to the rows that
    // pass the filter, which comes from the grid's TableModel as the window passes it.
    void histogramCountsEveryRow_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QVariant>("genre");
        QTest::newRow("all rows") << QString() << QVariant();
        QTest::newRow("genre 1") << QStringLiteral("GenreId = ?") << QVariant(1);
    }
    void histogramCountsEveryRow()
    {
        QFETCH(QString, filter);
        QFETCH(QVariant, genre);
        EditStore store;
        TableModel model(m_db, &store);
        QVERIFY(model.setTable(track));
        model.setFilter(filter, genre.isValid() ? QVariantList{genre} : QVariantList{});
        const ChartRequest request = requestFor(ChartRequest::Kind::Histogram, milliseconds,
                                                model.filterCondition(), model.filterValues());
        QCOMPARE(request.where, filter);
        const ChartData data = ChartQuery::run(m_db, request);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QCOMPARE(data.counts.size(), 20);

        QVector<double> values;
        for (const QVariantList &row :
             allRows(QStringLiteral("SELECT Milliseconds, GenreId FROM Track"), 2)) {
            if (!genre.isValid() || row.at(1) == genre)
                values << row.at(0).toDouble();
        }
        QVERIFY(values.size() > 100);
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        QCOMPARE(data.low, *low);
        QCOMPARE(data.high, *high);
        const double width = (*high - *low) / 20;
        QVector<qint64> expected(20, 0);
        for (double value : std::as_const(values))
            ++expected[std::min(int(std::floor((value - *low) / width)), 19)];
        QCOMPARE(data.counts, expected);
        QCOMPARE(std::accumulate(data.counts.cbegin(), data.counts.cend(), qint64(0)),
                 qint64(values.size()));
        QCOMPARE(data.total, qint64(values.size()));
        QCOMPARE(model.rowCount(), int(values.size())); // the grid shows the same rows
    }

    // A range wider than the largest double (-1e308..1e308) still spreads over every bucket:
    // widths of 5e307, not one bucket of infinite width. Infinities are left out.
    void histogramOfTheWholeDoubleRange()
    {
        ChartRequest request;
        request.kind = ChartRequest::Kind::Histogram;
        request.table = Catalog::table(m_db, QStringLiteral("Extremes"));
        request.column = QStringLiteral("v");
        request.buckets = 4;
        const ChartData data = ChartQuery::run(m_db, request);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QCOMPARE(data.total, qint64(6)); // the smallest 64-bit integer among them
        QCOMPARE(data.low, -1e308);
        QCOMPARE(data.high, 1e308);
        QCOMPARE(data.width, 5e307);
        QCOMPARE(data.counts, (QVector<qint64>{1, 1, 3, 1}));
        // ChartQuery::bucketOf, the arithmetic offered to callers, agrees with the SQL's.
        QVector<qint64> again(4, 0);
        for (double value : {-1e308, -1e307, 0.0, 1e307, 1e308, -9223372036854775808.0})
            ++again[ChartQuery::bucketOf(value, data.low, data.width, 4)];
        QCOMPARE(again, data.counts);
        QCOMPARE(data.edge(4), 1e308);

        // Drawn: four bars side by side, each with its own finite range in the tooltip.
        const QVector<double> ticks = ChartRender::niceTicks(data.low, data.high, 10);
        QVERIFY(ticks.size() >= 3);
        QVERIFY(ticks.constFirst() <= data.low && ticks.constLast() >= data.high);
        QVERIFY(
            std::all_of(ticks.cbegin(), ticks.cend(), [](double t) { return std::isfinite(t); }));
        // Tick labels: exponents where fixed notation would run to hundreds of digits, whole
        // numbers where they tell ticks apart (epoch seconds an hour apart), never "inf".
        QCOMPARE(ChartRender::tickText(1e308, 5e307), QStringLiteral("1e+308"));
        QCOMPARE(ChartRender::tickText(-5e307, 5e307), QStringLiteral("-5e+307"));
        QCOMPARE(ChartRender::tickText(1700000500, 500), QLocale().toString(1700000500.0, 'f', 0));
        QVERIFY(ChartRender::tickText(1700000500, 500) != ChartRender::tickText(1700001000, 500));
        QVERIFY(ChartRender::tickText(1.1e-6, 1e-7) != ChartRender::tickText(1.2e-6, 1e-7));
        // Counts of rows go up in whole rows: 0, 1, 2 for a tallest bar of 2, never 0.2.
        QCOMPARE(ChartRender::niceTicks(0, 2, 10, 1), (QVector<double>{0, 1, 2}));
        QCOMPARE(ChartRender::niceTicks(0, 1, 10, 1), (QVector<double>{0, 1}));
        ChartContent content;
        content.data = data;
        ChartWidget widget;
        widget.resize(640, 400);
        widget.setContent(content);
        QStringList tips;
        for (int x = 0; x < 640; ++x) {
            const QString tip = widget.toolTipAt(QPoint(x, 300));
            if (!tip.isEmpty() && !tips.contains(tip))
                tips << tip;
        }
        QVERIFY2(tips.size() == 4, qPrintable(tips.join(QStringLiteral(" | "))));
        for (const QString &tip : std::as_const(tips))
            QVERIFY2(!tip.contains(QStringLiteral("inf"), Qt::CaseInsensitive)
                         && !tip.contains(QStringLiteral("nan"), Qt::CaseInsensitive),
                     qPrintable(tip));
        QVERIFY2(tips.constLast().contains(QStringLiteral(": 1 value")),
                 qPrintable(tips.constLast()));
    }

    // (2) The most frequent composers of long tracks (NULL among them) and their counts equal a
    // grouping made here over every row; "others" is what the top 20 leave out.
    void barTopValuesMatchGrouping()
    {
        const ChartRequest request = requestFor(ChartRequest::Kind::Bar, QStringLiteral("Composer"),
                                                QStringLiteral("Milliseconds > ?"), {300000});
        const ChartData data = ChartQuery::run(m_db, request);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));

        QHash<QString, qint64> counts;
        const QString null = QStringLiteral("<null>");
        qint64 rows = 0;
        for (const QVariantList &row :
             allRows(QStringLiteral("SELECT Composer, Milliseconds FROM Track"), 2)) {
            if (row.at(1).toLongLong() <= 300000)
                continue;
            ++rows;
            ++counts[row.at(0).isNull() ? null : row.at(0).toString()];
        }
        QVector<qint64> sorted(counts.cbegin(), counts.cend());
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        sorted.resize(std::min<qsizetype>(sorted.size(), 20));

        QCOMPARE(data.total, rows);
        QCOMPARE(data.distinct, qint64(counts.size()));
        QCOMPARE(data.counts, sorted);
        QCOMPARE(data.values.size(), data.counts.size());
        QVERIFY(std::any_of(data.values.cbegin(), data.values.cend(), // tracks without a composer
                            [](const QVariant &value) { return value.isNull(); }));
        QSet<QString> seen;
        for (int i = 0; i < data.values.size(); ++i) {
            const QString key = data.values.at(i).isNull() ? null : data.values.at(i).toString();
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QCOMPARE(counts.value(key, -1), data.counts.at(i));
        }
        QCOMPARE(data.others, rows - std::accumulate(sorted.cbegin(), sorted.cend(), qint64(0)));
        QVERIFY(data.others > 0);
    }

    // (3) A scatter of 3,503 rows limited to 500 points is a sample of real rows, in x order;
    // with room for every row it is every row.
    void scatterSampleIsBoundedAndReal()
    {
        QSet<QPair<double, double>> real;
        for (const QVariantList &row :
             allRows(QStringLiteral("SELECT Milliseconds, Bytes FROM Track"), 2))
            real.insert({row.at(0).toDouble(), row.at(1).toDouble()});
        ChartRequest request = requestFor(ChartRequest::Kind::Scatter, milliseconds);
        request.yColumn = QStringLiteral("Bytes");
        request.maxPoints = 500;
        const ChartData sample = ChartQuery::run(m_db, request);
        QVERIFY2(sample.error.isEmpty(), qPrintable(sample.error));
        QCOMPARE(sample.population, qint64(3503));
        QVERIFY(sample.sampled);
        QVERIFY(sample.points.size() <= 500);
        QVERIFY(sample.points.size() >= 400);
        for (const QPointF &point : sample.points)
            QVERIFY(real.contains({point.x(), point.y()}));
        QVERIFY(std::is_sorted(sample.points.cbegin(), sample.points.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));

        request.maxPoints = 5000;
        const ChartData everything = ChartQuery::run(m_db, request);
        QVERIFY(!everything.sampled);
        QCOMPARE(everything.points.size(), 3503);
    }

    // A statement SQLite refuses is an error for people; text has no numeric values, and the
    // window says so in the chart instead of drawing empty axes.
    void errorsAndEmptyStatesAreText()
    {
        const ChartData missing = ChartQuery::run(
            m_db, requestFor(ChartRequest::Kind::Histogram, milliseconds,
                             QStringLiteral("no_such_function(GenreId) = ?"), {1}));
        QVERIFY(!missing.error.isEmpty());
        QVERIFY(missing.isEmpty());
        const ChartData text = ChartQuery::run(
            m_db, requestFor(ChartRequest::Kind::Histogram, QStringLiteral("Composer")));
        QVERIFY2(text.error.isEmpty(), qPrintable(text.error));
        QCOMPARE(text.total, qint64(0));
        QVERIFY(text.isEmpty());

        ChartDialog dialog;
        QSignalSpy computed(&dialog, &ChartDialog::computed);
        dialog.setSource(m_info, Catalog::table(m_db, track), {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 1, 10000);
        dialog.showChart(ChartRequest::Kind::Histogram, QStringLiteral("Composer"));
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 2, 10000);
        QCOMPARE(dialog.chart()->content().message,
                 QStringLiteral("No numeric values in Composer."));
        QCOMPARE(dialog.chart()->toolTipAt(QPoint(200, 200)), QString());
    }

    // Tooltips name the bucket under the mouse and its count.
    void toolTipShowsTheBucket()
    {
        ChartContent content;
        content.data
            = ChartQuery::run(m_db, requestFor(ChartRequest::Kind::Histogram, milliseconds));
        ChartWidget widget;
        widget.resize(640, 400);
        widget.setContent(content);
        // The first bucket holds most tracks: its bar reaches far up, just right of the y axis.
        QString tip;
        for (int x = 0; x < 200 && tip.isEmpty(); ++x)
            tip = widget.toolTipAt(QPoint(x, 300));
        const QString count = QLocale().toString(content.data.counts.at(0));
        QVERIFY2(tip.contains(QStringLiteral(": %1 value").arg(count)), qPrintable(tip));
    }

    // (4) Bars, points and "others" keep 4.5:1 against the chart's background in both themes.
    void coloursAreReadable()
    {
        for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
            const Theme::ChartColours colours = Theme::chartColours(palette);
            QCOMPARE(colours.background, palette.color(QPalette::Base));
            QVERIFY(Theme::contrast(colours.series, colours.background) >= Theme::minimumContrast);
            QVERIFY(Theme::contrast(colours.others, colours.background) >= Theme::minimumContrast);
            QVERIFY(Theme::contrast(colours.text, colours.background) >= Theme::minimumContrast);
        }
    }

    // (5) SVG carries the titles as text; the PNG has the widget's size and shows the bars.
    void exportsSvgAndPng()
    {
        ChartContent content;
        content.data
            = ChartQuery::run(m_db, requestFor(ChartRequest::Kind::Histogram, milliseconds));
        content.title = QStringLiteral("Histogram of Milliseconds");
        content.xTitle = QStringLiteral("Track length in ms");
        content.yTitle = QStringLiteral("Number of tracks");
        ChartWidget widget;
        widget.setPalette(Theme::lightPalette());
        widget.resize(640, 400);
        widget.setContent(content);

        const QString svgPath = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(widget.writeSvg(svgPath));
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("Track length in ms"));
        QVERIFY(text.contains("Number of tracks"));

        const QString pngPath = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(widget.writePng(pngPath));
        const QImage image(pngPath);
        QCOMPARE(image.size(), QSize(640, 400));
        const QRgb series = Theme::chartColours(Theme::lightPalette()).series.rgb();
        int seriesPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                seriesPixels += image.pixel(x, y) == series ? 1 : 0;
        }
        QVERIFY2(seriesPixels > 2000, qPrintable(QString::number(seriesPixels)));
    }

    // (6) Cancel stops a long aggregate on the runner's thread at once; the next request works.
    void cancelStopsALongAggregate()
    {
        ChartRunner runner(m_info);
        QSignalSpy finished(&runner, &ChartRunner::finished);
        ChartRequest pairs;
        pairs.table = Catalog::table(m_db, QStringLiteral("Pairs"));
        pairs.column = QStringLiteral("m");
        const quint64 id = runner.run(pairs);
        QThread::msleep(300); // the aggregate over 12 million rows is running now
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        // Uncancelled, this aggregate takes seconds (many more under the sanitizers); 3 s leaves
        // room for a loaded two-core machine without letting a cancel that waits for it pass.
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.at(0).at(0).toULongLong(), id);
        const auto cancelled = finished.at(0).at(1).value<ChartData>();
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.counts.isEmpty());

        const quint64 next = runner.run(requestFor(ChartRequest::Kind::Histogram, milliseconds));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(finished.at(1).at(0).toULongLong(), next);
        const auto data = finished.at(1).at(1).value<ChartData>();
        QVERIFY(!data.cancelled);
        QCOMPARE(std::accumulate(data.counts.cbegin(), data.counts.cend(), qint64(0)),
                 qint64(3503));
    }

    // The window: the table's filter and the pickers give the chart; Cancel says so.
    void dialogShowsTheFilteredChartAndCancels()
    {
        ChartDialog dialog;
        QSignalSpy computed(&dialog, &ChartDialog::computed);
        dialog.setSource(m_info, Catalog::table(m_db, track), QStringLiteral("GenreId = ?"), {2});
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 1, 10000);
        const ChartContent &content = dialog.chart()->content();
        QCOMPARE(content.xTitle, milliseconds); // the first numeric column not named ...Id
        QVERIFY2(content.message.isEmpty(), qPrintable(content.message));
        const qint64 genre2 = Probe(m_path)
                                  .value(QStringLiteral("SELECT count(*) FROM Track WHERE "
                                                        "GenreId = 2"))
                                  .toLongLong();
        QCOMPARE(
            std::accumulate(content.data.counts.cbegin(), content.data.counts.cend(), qint64(0)),
            genre2);

        dialog.setSource(m_info, Catalog::table(m_db, QStringLiteral("Pairs")), {}, {});
        QVERIFY(dialog.isComputing());
        QVERIFY(!dialog.chart()->content().message.isEmpty()); // "Computing…"
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("chartCancel"));
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 2, 5000);
        QVERIFY(!dialog.isComputing());
        QVERIFY(dialog.chart()->content().data.counts.isEmpty());
        QVERIFY(dialog.chart()->content().message.startsWith(QStringLiteral("Cancelled")));
    }
};

QTEST_MAIN(TestChart)
#include "tst_chart.moc"

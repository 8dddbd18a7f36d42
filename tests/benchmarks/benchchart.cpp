#include "benchchart.h"

#include "benchsupport.h"

#include "catalog.h"
#include "chartquery.h"
#include "database.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <numeric>

namespace rowbook::bench {
namespace {

const QString table = QStringLiteral("items");
const QString column = QStringLiteral("price");
constexpr int buckets = 20;

// The histogram as ChartQuery computes it, written out by hand on a plain connection.
qint64 plainHistogram(const QString &path)
{
    const QString name = QStringLiteral("bench-chart-baseline");
    qint64 counted = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery range(db);
            range.setForwardOnly(true);
            if (range.exec(QStringLiteral("SELECT min(price), max(price), count(price) FROM items "
                                          "WHERE typeof(price) IN ('integer', 'real')"))
                && range.next()) {
                const double low = range.value(0).toDouble();
                const double width = (range.value(1).toDouble() - low) / buckets;
                range.finish();
                QSqlQuery groups(db);
                groups.setForwardOnly(true);
                groups.prepare(QStringLiteral(
                    "SELECT min(CAST((price - ?) / ? AS INTEGER), ?) AS bucket, count(*) "
                    "FROM items WHERE typeof(price) IN ('integer', 'real') GROUP BY bucket"));
                groups.addBindValue(low);
                groups.addBindValue(width);
                groups.addBindValue(buckets - 1);
                if (groups.exec()) {
                    counted = 0;
                    while (groups.next())
                        counted += groups.value(1).toLongLong();
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return counted;
}

} // namespace

void measureChartHistogram(const QString &path,
                           qint64 rows,
                           int repeat,
                           QJsonObject &result,
                           QJsonObject &runs,
                           const ChartFail &fail)
{
    const DatabaseInfo info = Database::prepare(path, Database::Open::Existing);
    ChartRequest request;
    request.kind = ChartRequest::Kind::Histogram;
    request.column = column;
    request.buckets = buckets;
    {
        const QString name = Database::uniqueConnectionName(QStringLiteral("bench-chart"));
        {
            const QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
            request.table = Catalog::table(db, table);
        }
        Database::disconnect(name);
    }
    QJsonArray chartRuns;
    QJsonArray baselineRuns;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer clock;
        clock.start();
        ChartData data;
        bool done = false;
        {
            ChartRunner runner(info);
            QObject::connect(&runner, &ChartRunner::finished, &runner,
                             [&](quint64, const ChartData &finished) {
                                 data = finished;
                                 done = true;
                             });
            runner.run(request);
            if (!waitFor([&] { return done; }))
                fail(QStringLiteral("the chart's histogram did not finish"));
        }
        chartRuns.append(msSince(clock));
        const qint64 sum = std::accumulate(data.counts.cbegin(), data.counts.cend(), qint64(0));
        if (sum != rows || !data.error.isEmpty())
            fail(QStringLiteral("the chart's histogram counted %1 of %2 rows %3")
                     .arg(sum)
                     .arg(rows)
                     .arg(data.error));

        clock.restart();
        const qint64 baseline = plainHistogram(path);
        baselineRuns.append(msSince(clock));
        if (baseline != rows)
            fail(QStringLiteral("the plain histogram counted %1 of %2 rows")
                     .arg(baseline)
                     .arg(rows));
    }
    runs[QStringLiteral("chart_histogram_ms")] = chartRuns;
    runs[QStringLiteral("chart_aggregate_sqlite3_ms")] = baselineRuns;
    result[QStringLiteral("chart_histogram_ms")] = fastest(chartRuns);
    result[QStringLiteral("chart_aggregate_sqlite3_ms")] = fastest(baselineRuns);
}

} // namespace rowbook::bench

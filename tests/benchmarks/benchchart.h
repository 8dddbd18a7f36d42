#pragma once

// Issue 16: a chart's histogram (ChartRunner on its thread and connection) against the same
// aggregate through a plain QSqlQuery.

#include <QJsonObject>
#include <QString>

#include <functional>

namespace rowbook::bench {

using ChartFail = std::function<void(const QString &message)>;

// Histogram of items.price, fastest of `repeat` runs each: chart_histogram_ms (request until
// ChartRunner::finished, with a new runner and connection per run) and chart_aggregate_sqlite3_ms
// (the same min/max and GROUP BY statements on a fresh QSQLITE connection). Checks that both
// count every row; the runs go to `runs`.
void measureChartHistogram(const QString &path,
                           qint64 rows,
                           int repeat,
                           QJsonObject &result,
                           QJsonObject &runs,
                           const ChartFail &fail);

} // namespace rowbook::bench

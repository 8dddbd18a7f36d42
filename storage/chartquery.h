#pragma once

#include "catalog.h"
#include "database.h"
#include "workerthread.h"

#include <QMetaType>
#include <QObject>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <cmath>

namespace rowbook {

// What a chart asks for: one table, the grid's filter (a condition without WHERE, with '?'
// placeholders, and its values) and the column(s) to aggregate. The numbers come from aggregate
// queries, never from reading every row into memory.
struct ChartRequest
{
    enum class Kind { Histogram, Bar, Line, Scatter };

    Kind kind = Kind::Histogram;
    TableInfo table;
    QString where;
    QVariantList whereValues;
    QString column;  // the histogram's or bar chart's column, or X of a line or scatter
    QString yColumn; // Y of a line or scatter
    int buckets = 20;
    int topValues = 20;
    int maxPoints = 2000;
};

// The numbers of a chart. Histogram: bucket i counts values in [low + i·width, low + (i+1)·width)
// (the last bucket includes `high`). Bar: the most frequent values, most frequent first, and how
// many rows hold any other value. Line and scatter: (x, y) pairs of rows where both are numbers,
// ordered by x; `sampled` when they are every `step`-th of `population` such rows.
struct ChartData
{
    ChartRequest::Kind kind = ChartRequest::Kind::Histogram;
    QString error;          // for people; empty when the numbers are there
    bool cancelled = false; // Cancel (or a newer request) stopped it
    qint64 total = 0;       // rows (histogram: finite numbers) that passed the filter

    double low = 0;
    double high = 0;
    double width = 0;
    QVector<qint64> counts; // per bucket or per value

    QVariantList values; // the bar chart's values (a null QVariant for NULL)
    qint64 others = 0;   // rows of the bar chart's column with a value not in `values`
    qint64 distinct = 0; // different values (NULL counts as one)

    QVector<QPointF> points;
    bool sampled = false;
    qint64 population = 0; // rows with numeric x and y
    qint64 step = 1;

    bool isEmpty() const { return counts.isEmpty() && points.isEmpty(); }
    // low + i·width, without overflowing on the way (edge(n) of -1e308..1e308 is 1e308).
    double edge(qsizetype i) const { return std::fma(double(i), width, low); }
};

// The SQL and the arithmetic of charts, run synchronously on whichever thread owns `db` (the
// ChartRunner's worker, a test, a benchmark). Values and identifiers are bound and quoted.
class ChartQuery
{
public:
    static ChartData run(const QSqlDatabase &db, const ChartRequest &request);

    // The bucket of `value` in a histogram from `low` of `buckets` buckets of `width` (the largest
    // value falls into the last bucket). Exposed so callers agree with the SQL on the edges.
    static int bucketOf(double value, double low, double width, int buckets);

private:
    static ChartData histogram(const QSqlDatabase &db, const ChartRequest &request);
    static ChartData bars(const QSqlDatabase &db, const ChartRequest &request);
    static ChartData points(const QSqlDatabase &db, const ChartRequest &request);
};

class ChartWorker;

// Runs ChartQuery on a thread of its own with its own read-only connection; the GUI never waits.
// A new request or cancel() stops the running one at once (SQLite's progress handler), and it
// finishes with `cancelled` set.
class ChartRunner : public QObject
{
    Q_OBJECT
public:
    explicit ChartRunner(const DatabaseInfo &info, QObject *parent = nullptr);
    ~ChartRunner() override;

    // Returns the request's id; finished() carries it.
    quint64 run(const ChartRequest &request);
    void cancel();
    quint64 lastId() const { return m_thread.latestId(); }

Q_SIGNALS:
    // Only for the newest request; a superseded one is dropped.
    void finished(quint64 id, const rowbook::ChartData &data);

private:
    WorkerThread m_thread;
    ChartWorker *m_worker = nullptr; // owned by m_thread
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::ChartData)

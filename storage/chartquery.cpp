#include "chartquery.h"

#include "backend.h"
#include "storageerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace rowbook {
namespace {

// Values SQLite stores as numbers; text that looks like a number is not counted.
QString numeric(const QString &quotedColumn)
{
    return QStringLiteral("typeof(%1) IN ('integer', 'real')").arg(quotedColumn);
}

// "WHERE (filter) AND extra...", or only the extras, or nothing.
QString whereClause(const QString &filter, const QStringList &extra = {})
{
    QStringList parts;
    if (!filter.isEmpty())
        parts << QLatin1Char('(') + filter + QLatin1Char(')');
    parts << extra;
    return parts.isEmpty() ? QString()
                           : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
}

// Prepares `sql`, binds `leading`, the filter's values and `trailing` in order, and executes it.
bool exec(QSqlQuery &query,
          const QString &sql,
          const QVariantList &leading,
          const ChartRequest &request,
          ChartData &data,
          const QVariantList &trailing = {})
{
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : leading)
            query.addBindValue(value);
        for (const QVariant &value : request.whereValues)
            query.addBindValue(value);
        for (const QVariant &value : trailing)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        const QSqlError error = query.lastError();
        if (error.nativeErrorCode() == QString::number(SQLITE_INTERRUPT))
            data.cancelled = true;
        else
            data.error = StorageError::fromSql(error).userMessage();
    }
    return ok;
}

// A failure while stepping through rows (e.g. an interrupt after the first row).
bool finishedCleanly(const QSqlQuery &query, ChartData &data)
{
    const QSqlError error = query.lastError();
    if (error.type() == QSqlError::NoError)
        return true;
    if (error.nativeErrorCode() == QString::number(SQLITE_INTERRUPT))
        data.cancelled = true;
    else
        data.error = StorageError::fromSql(error).userMessage();
    return false;
}

// 1, or ½ when high − low overflows a double (-1e308..1e308): every difference is then taken
// between halves, which never overflow (the bucket width stays finite from two buckets on).
double histogramScale(double low, double high)
{
    return std::isfinite(high - low) ? 1.0 : 0.5;
}

} // namespace

int ChartQuery::bucketOf(double value, double low, double width, int buckets)
{
    const double scale = histogramScale(low, std::fma(double(buckets), width, low)); // the high
    const double position = (value * scale - low * scale) / (width * scale);
    if (!(position >= 0)) // NaN too
        return 0;
    return position >= buckets ? buckets - 1 : int(position);
}

ChartData ChartQuery::run(const QSqlDatabase &db, const ChartRequest &request)
{
    switch (request.kind) {
    case ChartRequest::Kind::Histogram:
        return histogram(db, request);
    case ChartRequest::Kind::Bar:
        return bars(db, request);
    case ChartRequest::Kind::Line:
    case ChartRequest::Kind::Scatter:
        return points(db, request);
    }
    return {};
}

// min/max/count, then one GROUP BY over the bucket numbers: two passes in SQL, none in memory.
ChartData ChartQuery::histogram(const QSqlDatabase &db, const ChartRequest &request)
{
    ChartData data;
    data.kind = request.kind;
    const SqlDialect &dialect = SqlDialect::of(db);
    const QString column = dialect.quoteIdentifier(request.column);
    const QString table = dialect.quoteIdentifier(request.table.name);
    // Infinities (SQLite stores 9e999 as one) have no bucket: finite numbers only. Not with
    // abs(), which fails on the smallest 64-bit integer ("integer overflow").
    const QString where = whereClause(
        request.where, {numeric(column), QStringLiteral("%1 > -9e999 AND %1 < 9e999").arg(column)});
    QSqlQuery range(db);
    if (!exec(range,
              QStringLiteral("SELECT min(%1), max(%1), count(%1) FROM %2 %3")
                  .arg(column, table, where),
              {}, request, data)
        || !range.next())
        return data;
    data.total = range.value(2).toLongLong();
    if (data.total == 0)
        return data;
    data.low = range.value(0).toDouble();
    data.high = range.value(1).toDouble();
    range.finish();
    const bool spread = data.high > data.low;
    int buckets = spread ? std::max(1, request.buckets) : 1;
    const double scale = histogramScale(data.low, data.high);
    data.width = spread ? (data.high * scale - data.low * scale) / buckets / scale : 1.0;
    if (data.width == 0) { // a span of a few subnormal numbers: one bucket
        buckets = 1;
        data.width = data.high - data.low;
    }
    data.counts.fill(0, buckets);

    // SQLite's two-argument min() is a scalar: the largest value lands in the last bucket.
    QSqlQuery groups(db);
    if (!exec(groups,
              QStringLiteral("SELECT min(CAST((%1 * ? - ?) / ? AS INTEGER), ?) AS bucket, count(*) "
                             "FROM %2 %3 GROUP BY bucket")
                  .arg(column, table, where),
              {scale, data.low * scale, data.width * scale, buckets - 1}, request, data))
        return data;
    while (groups.next()) {
        const int bucket = groups.value(0).toInt();
        if (bucket >= 0 && bucket < buckets)
            data.counts[bucket] += groups.value(1).toLongLong();
    }
    if (!finishedCleanly(groups, data))
        data.counts.clear();
    return data;
}

// The most frequent values (GROUP BY ... ORDER BY count DESC LIMIT n) and the totals.
ChartData ChartQuery::bars(const QSqlDatabase &db, const ChartRequest &request)
{
    ChartData data;
    data.kind = request.kind;
    const SqlDialect &dialect = SqlDialect::of(db);
    const QString column = dialect.quoteIdentifier(request.column);
    const QString table = dialect.quoteIdentifier(request.table.name);
    const QString where = whereClause(request.where);
    QSqlQuery totals(db);
    if (!exec(totals,
              QStringLiteral("SELECT count(*), count(DISTINCT %1) + max(%1 IS NULL) FROM %2 %3")
                  .arg(column, table, where),
              {}, request, data)
        || !totals.next())
        return data;
    data.total = totals.value(0).toLongLong();
    data.distinct = totals.value(1).toLongLong();
    totals.finish();
    if (data.total == 0)
        return data;

    QSqlQuery top(db);
    if (!exec(top,
              QStringLiteral("SELECT %1, count(*) AS n FROM %2 %3 GROUP BY %1 "
                             "ORDER BY n DESC, %1 LIMIT ?")
                  .arg(column, table, where),
              {}, request, data, {std::max(1, request.topValues)}))
        return data;
    qint64 shown = 0;
    while (top.next()) {
        // A label, not the value: a megabyte of text would be measured on every paint.
        constexpr int longestLabel = 256;
        QVariant value = top.value(0);
        if (value.typeId() == QMetaType::QString && value.toString().size() > longestLabel)
            value = QString(value.toString().left(longestLabel) + QChar(0x2026));
        data.values << value;
        data.counts << top.value(1).toLongLong();
        shown += data.counts.constLast();
    }
    if (!finishedCleanly(top, data)) {
        data.values.clear();
        data.counts.clear();
    }
    data.others = data.total - shown;
    return data;
}

// Rows where x and y are both numbers: all of them when they are few, else every k-th by key.
ChartData ChartQuery::points(const QSqlDatabase &db, const ChartRequest &request)
{
    ChartData data;
    data.kind = request.kind;
    const SqlDialect &dialect = SqlDialect::of(db);
    const QString x = dialect.quoteIdentifier(request.column);
    const QString y = dialect.quoteIdentifier(request.yColumn);
    const QString table = dialect.quoteIdentifier(request.table.name);
    const QString where = whereClause(request.where, {numeric(x), numeric(y)});
    QSqlQuery count(db);
    if (!exec(count, QStringLiteral("SELECT count(*) FROM %1 %2").arg(table, where), {}, request,
              data)
        || !count.next())
        return data;
    data.population = count.value(0).toLongLong();
    data.total = data.population;
    count.finish();
    if (data.population == 0)
        return data;
    const qint64 limit = std::max(1, request.maxPoints);
    data.step = std::max<qint64>(1, (data.population + limit - 1) / limit);
    data.sampled = data.step > 1;

    QString sql;
    QVariantList trailing;
    if (!data.sampled) {
        sql = QStringLiteral("SELECT %1, %2 FROM %3 %4 ORDER BY %1").arg(x, y, table, where);
    } else {
        const QString order = request.table.hasRowKey && !request.table.keyName.isEmpty()
                                  ? QStringLiteral("ORDER BY ") + request.table.keyName
                                  : QString();
        sql = QStringLiteral("SELECT x, y FROM (SELECT %1 AS x, %2 AS y, row_number() OVER (%3) "
                             "AS position FROM %4 %5) WHERE (position - 1) % ? = 0 ORDER BY x")
                  .arg(x, y, order, table, where);
        trailing << data.step;
    }
    QSqlQuery rows(db);
    if (!exec(rows, sql, {}, request, data, trailing))
        return data;
    data.points.reserve(int(std::min(data.population, limit)));
    while (rows.next())
        data.points << QPointF(rows.value(0).toDouble(), rows.value(1).toDouble());
    if (!finishedCleanly(rows, data))
        data.points.clear();
    return data;
}

class ChartWorker : public QObject
{
    Q_OBJECT
public:
    ChartWorker(DatabaseInfo info, const std::atomic<quint64> *latest)
        : m_info(std::move(info))
        , m_latest(latest)
    {}
    ~ChartWorker() override
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        m_db = QSqlDatabase();
        if (!m_name.isEmpty())
            Database::disconnect(m_name);
    }

    void run(quint64 id, const ChartRequest &request)
    {
        if (m_name.isEmpty())
            open();
        ChartData data;
        if (superseded(id)) {
            data.kind = request.kind; // cancelled before it started
        } else if (!m_db.isOpen()) {
            data.kind = request.kind;
            data.error = StorageError::fromSql(m_db.lastError()).userMessage();
        } else {
            m_running.store(id);
            data = ChartQuery::run(m_db, request);
            m_running.store(0);
        }
        if (superseded(id)) {
            data.cancelled = true;
            data.error.clear();
        }
        Q_EMIT finished(id, data);
    }

Q_SIGNALS:
    void finished(quint64 id, const rowbook::ChartData &data);

private:
    bool superseded(quint64 id) const { return m_latest->load() != id; }

    void open()
    {
        m_name = Database::uniqueConnectionName(QStringLiteral("chart"));
        m_db = Database::connect(m_info, m_name, Database::Role::Reader);
        const QVariant handle = m_db.isOpen() ? m_db.driver()->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
            // Checked every 1000 virtual machine steps: a newer request or cancel() stops the
            // running statement within microseconds, whenever it began.
            sqlite3_progress_handler(m_handle, 1000, &ChartWorker::onProgress, this);
        }
    }

    static int onProgress(void *worker)
    {
        const auto *self = static_cast<const ChartWorker *>(worker);
        const quint64 running = self->m_running.load();
        return running != 0 && self->superseded(running) ? 1 : 0;
    }

    DatabaseInfo m_info;
    const std::atomic<quint64> *m_latest;
    std::atomic<quint64> m_running{0};
    QString m_name;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
};

ChartRunner::ChartRunner(const DatabaseInfo &info, QObject *parent)
    : QObject(parent)
    , m_thread(QStringLiteral("Rowbook charts"))
    , m_worker(new ChartWorker(info, m_thread.latest()))
{
    qRegisterMetaType<rowbook::ChartData>();
    // Every request finishes, so a caller waiting for its id never waits for good: one that a
    // newer request or cancel() overtook after it was done comes marked cancelled.
    connect(m_worker, &ChartWorker::finished, this, [this](quint64 id, ChartData data) {
        if (id != m_thread.latestId())
            data.cancelled = true;
        Q_EMIT finished(id, data);
    });
    m_thread.start(m_worker, QThread::LowPriority);
}

ChartRunner::~ChartRunner() = default; // the progress handler stops the statement that runs

quint64 ChartRunner::run(const ChartRequest &request)
{
    return m_thread.post([worker = m_worker, request](quint64 id) { worker->run(id, request); });
}

void ChartRunner::cancel()
{
    m_thread.supersede();
}

} // namespace rowbook

#include "chartquery.moc"

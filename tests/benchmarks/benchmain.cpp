// The command line of bench_tables (see bench_tables.cpp for the run itself) and the console
// phase, which runs in a process of its own so that its memory is not mixed with the window's.
#include "benchsupport.h"
#include "benchtables.h"

#include "database.h"
#include "queryresultmodel.h"
#include "queryrunner.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <thread>

namespace rowbook::bench {

// Runs SELECT * FROM items through QueryRunner into a QueryResultModel, waits for the count,
// reads the last row and reports the time and the process's memory as JSON on stdout.
int runConsolePhase(const QString &path)
{
    QJsonObject result;
    QElapsedTimer clock;
    clock.start();
    QueryRunner runner(Database::prepare(path, Database::Open::Existing));
    QueryResultModel model(&runner);
    bool finished = false;
    QObject::connect(&runner, &QueryRunner::finished, &model,
                     [&finished](quint64, const QueryOutcome &) { finished = true; });
    QueryRequest request;
    request.sql = QStringLiteral("SELECT * FROM items");
    request.maxRows = QueryResultModel::firstRows;
    model.follow(runner.run(request));
    if (!waitFor([&] { return finished; }))
        return 1;
    result[QStringLiteral("console_count_ms")] = msSince(clock);
    result[QStringLiteral("console_rows")] = model.rowCount();
    clock.restart();
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    model.data(last);
    if (!waitFor([&] { return model.data(last).toString() != QStringLiteral("…"); }))
        return 1;
    result[QStringLiteral("console_last_row_ms")] = msSince(clock);
    result[QStringLiteral("console_last_row_id")] = model.data(last).toDouble();
    result[QStringLiteral("console_rss_mb_after_last_row")] = procStatusMb("VmRSS");
    result[QStringLiteral("console_rss_mb_peak")] = procStatusMb("VmHWM");
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

namespace {

// The least a Qt table window needs for `rows` rows: a model that computes every value, under a
// plain QTableView. What Rowbook's window is held against (issue 18: 1.4x this at 1M rows).
class FloorModel : public QAbstractTableModel
{
public:
    explicit FloorModel(qint64 rows)
        : m_rows(rows)
    {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows);
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 8;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QStringLiteral("%1 · %2").arg(index.row()).arg(index.column());
    }

private:
    qint64 m_rows;
};

} // namespace

// Shows the floor window for `rows` rows, jumps to its last row and prints its memory as JSON.
int runFloorPhase(qint64 rows)
{
    FloorModel model(rows);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    QElapsedTimer clock;
    clock.start();
    view.scrollToBottom();
    view.setCurrentIndex(model.index(model.rowCount() - 1, 0));
    while (clock.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QJsonObject result{{QStringLiteral("floor_rss_mb"), procStatusMb("VmRSS")}};
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

namespace {

// Keys every run reports (checked by --smoke).
const QStringList requiredKeys{
    QStringLiteral("rows"),
    QStringLiteral("open_first_rows_ms"),
    QStringLiteral("count_ms"),
    QStringLiteral("jump_to_last_ms"),
    QStringLiteral("sort_ms"),
    QStringLiteral("filter_like_ms"),
    QStringLiteral("baseline_filter_like_ms"),
    QStringLiteral("save_1000_edits_ms"),
    QStringLiteral("baseline_1000_updates_ms"),
    QStringLiteral("max_gui_stall_ms"),
    QStringLiteral("max_gui_stall_save_ms"),
    QStringLiteral("max_gui_stall_sort_ms"),
    QStringLiteral("rss_mb_after_jump_to_last"),
    QStringLiteral("rss_mb_after_sorted_jump"),
    QStringLiteral("sorted_jump_to_last_ms"),
    QStringLiteral("startup_to_first_paint_ms"),
    QStringLiteral("max_gui_stall_edit_ms"),
    QStringLiteral("max_gui_stall_backup_ms"),
    QStringLiteral("refresh_after_external_commit_ms"),
    QStringLiteral("max_gui_stall_refresh_ms"),
    QStringLiteral("console_rss_mb_after_last_row"),
    QStringLiteral("chart_histogram_ms"),
    QStringLiteral("chart_aggregate_sqlite3_ms"),
    QStringLiteral("floor_rss_mb_1m"),
    QStringLiteral("floor_rss_mb"),
};

// Copies --database (or generates --rows rows with generate.sh) to `path`, and notes how in
// `environment`. Returns the exit code of a failure, or 0.
int prepareDatabase(const QCommandLineParser &parser,
                    const QCommandLineOption &databaseOption,
                    const QCommandLineOption &rowsOption,
                    const QCommandLineOption &generatorOption,
                    const QString &path,
                    QJsonObject &environment)
{
    QElapsedTimer clock;
    clock.start();
    if (parser.isSet(databaseOption)) {
        const QString source = parser.value(databaseOption);
        if (!QFile::copy(source, path)) {
            std::fprintf(stderr, "bench_tables: cannot copy %s\n", qPrintable(source));
            return 1;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        environment[QStringLiteral("database")] = QFileInfo(source).absoluteFilePath();
        environment[QStringLiteral("copy_ms")] = msSince(clock);
        return 0;
    }
    bool ok = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&ok);
    if (!ok || rows <= 0) {
        std::fprintf(stderr, "bench_tables: --rows needs a positive number\n");
        return 2;
    }
    QProcess generate;
    generate.setProcessChannelMode(QProcess::ForwardedChannels);
    generate.start(QStringLiteral("sh"), {parser.value(generatorOption), QStringLiteral("--rows"),
                                          QString::number(rows), path});
    if (!generate.waitForFinished(timeoutMs) || generate.exitStatus() != QProcess::NormalExit
        || generate.exitCode() != 0) {
        std::fprintf(stderr, "bench_tables: %s failed\n",
                     qPrintable(parser.value(generatorOption)));
        return 1;
    }
    environment[QStringLiteral("generate_ms")] = msSince(clock);
    return 0;
}

} // namespace

// The phases that run in a process of their own, so that their memory is not mixed with the
// window's: "--console-phase FILE" and "--floor-window ROWS". Their exit code, or -1 for a run.
int runInternalPhase(const QStringList &arguments)
{
    if (arguments.size() == 3 && arguments[1] == QLatin1String("--console-phase"))
        return runConsolePhase(arguments[2]);
    if (arguments.size() == 3 && arguments[1] == QLatin1String("--floor-window"))
        return runFloorPhase(arguments[2].toLongLong());
    return -1;
}

namespace {

// --smoke: every required key is present and a number, and so are the targets and ratios.
bool smokeCheck(const QJsonObject &result)
{
    bool ok = true;
    for (const QString &key : requiredKeys) {
        if (!result.value(key).isDouble() || result.value(key).toDouble() < 0) {
            std::fprintf(stderr, "bench_tables: key %s is missing or not a number\n",
                         qPrintable(key));
            ok = false;
        }
    }
    for (const char *key : {"targets", "ratios"}) {
        if (!result.value(QLatin1String(key)).isObject()) {
            std::fprintf(stderr, "bench_tables: %s is missing\n", key);
            ok = false;
        }
    }
    return ok;
}

// The JSON into `file`, or to stdout when `file` is empty; false when it cannot be written.
bool writeJson(const QJsonObject &result, const QString &file)
{
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    if (file.isEmpty()) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return true;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size()) {
        std::fprintf(stderr, "bench_tables: cannot write %s\n", qPrintable(file));
        return false;
    }
    return true;
}

// With ROWBOOK_BENCH_STALLS=1, every event the GUI thread spends more than 8 ms on is listed
// (type, receiver's class and name, nesting depth), to tell what a stall was.
// After a slow top-level event, the paint events inside it, by widget.
class TimedApplication : public QApplication
{
public:
    TimedApplication(int &argc, char **argv)
        : QApplication(argc, argv)
    {
        if (m_log)
            stallHook = [this](bool stalled) {
                tick(stalled);
            };
    }
    ~TimedApplication() override { stallHook = nullptr; }
    Q_DISABLE_COPY_MOVE(TimedApplication)

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_log || QThread::currentThread() != thread()) // workers' events: not the GUI's time
            return QApplication::notify(receiver, event);
        const char *className = receiver->metaObject()->className(); // it may be deleted
        const QString name = receiver->objectName();
        const int type = int(event->type());
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ns = clock.nsecsElapsed();
        if (m_depth > 0 && type == QEvent::Paint) {
            // Unnamed widgets (a scroll area's bars) by the nearest named ancestor.
            QByteArray where = QByteArray(className) + " '" + name.toUtf8() + "'";
            for (const QObject *up = receiver->parent(); name.isEmpty() && up; up = up->parent()) {
                if (!up->objectName().isEmpty()
                    && !up->objectName().startsWith(QLatin1String("qt_"))) {
                    where += " in '" + up->objectName().toUtf8() + "'";
                    break;
                }
            }
            auto &[count, total] = m_paints[where];
            ++count;
            total += ns;
        }
        if (m_depth == 0) {
            auto &[count, total]
                = m_sinceTick[QByteArray(className) + " event " + QByteArray::number(type)];
            ++count;
            total += ns;
        }
        if (ns > m_thresholdNs)
            std::fprintf(stderr, "event %d to %s '%s' at depth %d took %.1f ms\n", type, className,
                         qPrintable(name), m_depth, double(ns) / 1e6);
        if (m_depth == 0) {
            if (ns > m_thresholdNs) // what a slow repaint painted
                printCostliest(m_paints, "    painted");
            m_paints.clear();
        }
        return result;
    }

private:
    // A stall: what the GUI thread's top-level events since the meter's last tick were, by
    // receiver's class and event type, the costliest first.
    void tick(bool stalled)
    {
        if (stalled)
            printCostliest(m_sinceTick, "  ");
        m_sinceTick.clear();
    }
    using Costs = QHash<QByteArray, std::pair<int, qint64>>; // what -> count, nanoseconds
    static void printCostliest(const Costs &costs, const char *prefix)
    {
        std::vector<std::pair<qint64, QByteArray>> sorted;
        for (auto it = costs.cbegin(); it != costs.cend(); ++it)
            sorted.emplace_back(it.value().second,
                                it.key() + " x" + QByteArray::number(it.value().first));
        std::sort(sorted.rbegin(), sorted.rend());
        for (std::size_t i = 0; i < std::min<std::size_t>(sorted.size(), 6); ++i)
            std::fprintf(stderr, "%s %.1f ms in %s\n", prefix, double(sorted[i].first) / 1e6,
                         sorted[i].second.constData());
    }

    Costs m_sinceTick;
    Costs m_paints; // paint events inside the current top-level event
    const bool m_log = qEnvironmentVariableIsSet("ROWBOOK_BENCH_STALLS");
    // ROWBOOK_BENCH_STALLS=N (N > 1) lists events over N ms instead.
    const qint64 m_thresholdNs
        = qint64(std::max(qEnvironmentVariableIntValue("ROWBOOK_BENCH_STALLS"), 1) > 1
                     ? qEnvironmentVariableIntValue("ROWBOOK_BENCH_STALLS")
                     : 8)
          * 1000000;
    int m_depth = 0;
};

} // namespace
} // namespace rowbook::bench

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    rowbook::bench::TimedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_tables"));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Big-table benchmark: prints one JSON object."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("A file made by generate.sh (copied, never modified)."),
        QStringLiteral("file"));
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"),
        QStringLiteral("Generate a table of N rows into a temporary directory (default 1000000)."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the JSON here instead of to stdout."),
                                        QStringLiteral("file"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("Fail unless every key is present and numeric."));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QStringLiteral("Runs of the filter and save steps and their baselines; the fastest is "
                       "reported (default 3)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption generatorOption(
        QStringLiteral("generator"), QStringLiteral("The generate.sh to use."),
        QStringLiteral("script"), QStringLiteral(ROWBOOK_BENCH_GENERATE));
    const QCommandLineOption chartOption(
        QStringLiteral("chart-only"),
        QStringLiteral("Measure only the chart's histogram and its baseline (issue 16's 10M "
                       "figure) instead of every phase."));
    parser.addOptions({databaseOption, rowsOption, jsonOption, smokeOption, repeatOption,
                       generatorOption, chartOption});
    if (const int phase = rowbook::bench::runInternalPhase(QCoreApplication::arguments());
        phase >= 0)
        return phase;
    parser.process(app);

    using namespace rowbook::bench;
    QTemporaryDir workDir;
    if (!workDir.isValid()) {
        std::fprintf(stderr, "bench_tables: cannot create a temporary directory\n");
        return 1;
    }
    const QString path = workDir.filePath(QStringLiteral("bench.sqlite"));
    QJsonObject environment{
        {QStringLiteral("nproc"), int(std::thread::hardware_concurrency())},
        {QStringLiteral("cpu"), cpuModel()},
        {QStringLiteral("load_average_at_start"), loadAverage()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
    };
    if (const int code
        = prepareDatabase(parser, databaseOption, rowsOption, generatorOption, path, environment))
        return code;
    environment[QStringLiteral("file_mb")] = rounded(double(QFileInfo(path).size()) / 1048576.0);

    Benchmark benchmark(path, parser.value(repeatOption).toInt());
    benchmark.setChartOnly(parser.isSet(chartOption));
    QJsonObject result = benchmark.run();
    result[QStringLiteral("environment")] = environment;

    bool ok = result.value(QStringLiteral("errors")).toArray().isEmpty();
    if (parser.isSet(smokeOption) && !parser.isSet(chartOption))
        ok = smokeCheck(result) && ok;
    if (!writeJson(result, parser.isSet(jsonOption) ? parser.value(jsonOption) : QString()))
        return 1;
    return ok ? 0 : 1;
}

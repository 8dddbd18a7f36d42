// Big-table benchmark (issue 4): drives the real Workspace, TableModel and MainWindow offscreen on
// a table made by generate.sh and prints one JSON object with the timings, the same queries
// through the SQLite C API as baselines, GUI stalls and memory.
//
//   bench_tables [--database FILE | --rows N] [--json FILE] [--smoke]
//
// The database is never modified: --database is copied into a temporary directory first.
// Timings are reported, not judged; the exit code is non-zero only when the benchmark itself is
// broken (a query returned the wrong rows, a save failed, a key is missing with --smoke).

#include "benchchart.h"
#include "benchdurability.h"
#include "benchsupport.h"
#include "benchtables.h"
#include "rawdatabase.h"

#include "autosaver.h"
#include "editstore.h"
#include "mainwindow.h"
#include "queryresultmodel.h"
#include "queryrunner.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace rowbook::bench {
namespace {

const QString tableName = QStringLiteral("items");
const QString likePattern = QStringLiteral("%abc%");
constexpr int editCount = 1000;
constexpr int editBase = 100000; // generated quantities are < 1000, so every edit changes a value
constexpr int settleMs = 40;     // event-loop time around a measured step, so stalls are seen

// The targets at 1,000,000 rows on a 2-core machine.
const QJsonObject targets{
    {QStringLiteral("open_first_rows_ms"), 100},
    {QStringLiteral("jump_to_last_ms"), 100},
    {QStringLiteral("rss_mb_after_jump_to_last"), 75},
    {QStringLiteral("filter_like_vs_baseline"), 1.2},
    {QStringLiteral("save_1000_edits_vs_baseline"), 2.0},
    {QStringLiteral("max_gui_stall_save_ms"), 16},
    {QStringLiteral("max_gui_stall_sort_ms"), 50},
    {QStringLiteral("sorted_first_rows_vs_sqlite3"), 1.2},
    {QStringLiteral("startup_to_first_paint_ms"), 300},
    {QStringLiteral("max_gui_stall_edit_ms"), 16},
    {QStringLiteral("max_gui_stall_backup_ms"), 16},
    {QStringLiteral("max_gui_stall_refresh_ms"), 16},
    {QStringLiteral("console_rss_mb_after_last_row"), 75},
    {QStringLiteral("chart_histogram_vs_sqlite3"), 2.0},
    {QStringLiteral("rss_after_jump_vs_floor_1m"), 1.4}, // issue 18, at every size
    {QStringLiteral("rss_after_sorted_jump_vs_floor_1m"), 1.4},
};

} // namespace

QJsonObject Benchmark::run()
{
    m_rows = truth(QStringLiteral("SELECT count(*) FROM items")).toLongLong();
    m_result[QStringLiteral("rows")] = m_rows;
    if (m_rows <= 0) {
        fail(QStringLiteral("%1 has no rows in table items").arg(m_path));
        return m_result;
    }
    m_result[QStringLiteral("rss_mb_at_start")] = procStatusMb("VmRSS");
    m_maxKey = truth(QStringLiteral("SELECT max(rowid) FROM items")).toLongLong();
    if (!m_chartOnly) {
        windowPhase();
        headlessPhase();
    }
    measureChartHistogram(m_path, m_rows, m_repeat, m_result, m_runs,
                          [this](const QString &message) { fail(message); });
    if (!m_chartOnly) {
        consolePhase();
        floorPhase();
    }
    m_result[QStringLiteral("runs")] = m_runs;
    m_result[QStringLiteral("repeat")] = m_repeat;
    m_result[QStringLiteral("rss_mb_peak")] = procStatusMb("VmHWM");

    auto number = [this](const QString &key) {
        return m_result.value(key).toDouble();
    };
    if (!m_chartOnly) {
        const double stallSave = number(QStringLiteral("max_gui_stall_save_ms"));
        const double stallSort = std::max(number(QStringLiteral("max_gui_stall_sort_only_ms")),
                                          number(QStringLiteral("max_gui_stall_filter_ms")));
        m_result[QStringLiteral("max_gui_stall_sort_ms")] = stallSort;
        m_result[QStringLiteral("max_gui_stall_ms")] = std::max(stallSave, stallSort);
    }

    // A ratio only where both sides were measured (--chart-only measures one pair).
    QJsonObject ratios;
    auto addRatio = [&](const QString &key, const QString &measured, const QString &baseline) {
        if (m_result.contains(measured) && number(baseline) > 0)
            ratios[key] = rounded(number(measured) / number(baseline), 2);
    };
    addRatio(QStringLiteral("filter_like_vs_baseline"), QStringLiteral("filter_like_ms"),
             QStringLiteral("baseline_filter_like_ms"));
    addRatio(QStringLiteral("save_1000_edits_vs_baseline"), QStringLiteral("save_1000_edits_ms"),
             QStringLiteral("baseline_1000_updates_ms"));
    addRatio(QStringLiteral("chart_histogram_vs_sqlite3"), QStringLiteral("chart_histogram_ms"),
             QStringLiteral("chart_aggregate_sqlite3_ms"));
    addRatio(QStringLiteral("sorted_first_rows_vs_sqlite3"), QStringLiteral("sorted_first_rows_ms"),
             QStringLiteral("sqlite3_sorted_first_rows_ms"));
    addRatio(QStringLiteral("rss_after_jump_vs_floor_1m"),
             QStringLiteral("rss_mb_after_jump_to_last"), QStringLiteral("floor_rss_mb_1m"));
    addRatio(QStringLiteral("rss_after_jump_vs_floor"), QStringLiteral("rss_mb_after_jump_to_last"),
             QStringLiteral("floor_rss_mb"));
    addRatio(QStringLiteral("rss_after_sorted_jump_vs_floor_1m"),
             QStringLiteral("rss_mb_after_sorted_jump"), QStringLiteral("floor_rss_mb_1m"));
    m_result[QStringLiteral("ratios")] = ratios;
    m_result[QStringLiteral("targets")] = targets;

    QJsonArray missed;
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        if (!ratios.contains(it.key()) && !m_result.contains(it.key()))
            continue; // not measured in this run
        const double measured
            = ratios.contains(it.key()) ? ratios.value(it.key()).toDouble() : number(it.key());
        if (measured > it.value().toDouble())
            missed.append(it.key());
    }
    m_result[QStringLiteral("missed_targets")] = missed;
    m_result[QStringLiteral("errors")] = QJsonArray::fromStringList(m_errors);
    return m_result;
}

// Start-up, jump to the end, memory, filter, sort and save, all in a real main window.
void Benchmark::windowPhase()
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    window.resize(1280, 800);
    m_result[QStringLiteral("rss_mb_empty_window")] = procStatusMb("VmRSS");
    QTableView *view = window.tableView();
    FirstPaint firstPaint(view->viewport(), clock,
                          [view] { return view->model() ? view->model()->rowCount() : 0; });
    if (!window.openDatabase(m_path, tableName)) {
        fail(QStringLiteral("MainWindow::openDatabase failed"));
        return;
    }
    m_result[QStringLiteral("startup_open_database_ms")] = msSince(clock);
    bool checked = false;
    double checkedMs = -1;
    QObject::connect(
        window.workspace(), &Workspace::checked, &window, [&](bool ok, const QString &problem) {
            checked = true;
            checkedMs = msSince(clock);
            if (!ok)
                fail(QStringLiteral("the save worker found a problem: %1").arg(problem));
        });
    window.show();
    if (!waitFor([&] { return firstPaint.seen(); }))
        fail(QStringLiteral("the table view was never painted"));
    m_result[QStringLiteral("startup_to_first_paint_ms")] = firstPaint.ms();
    m_result[QStringLiteral("startup_rows_at_first_paint")] = firstPaint.rowsAtPaint();

    TableModel *model = window.workspace()->model();
    if (!waitUntilLoaded(model))
        fail(QStringLiteral("the table never finished loading"));
    m_result[QStringLiteral("startup_until_loaded_ms")] = msSince(clock);
    if (model->totalRows() != m_rows)
        fail(QStringLiteral("the window shows %1 rows, the table has %2")
                 .arg(model->totalRows())
                 .arg(m_rows));

    jumpToLast(window);
    filterAndSort(window);
    saveEdits(window, checked);
    refreshAfterExternalCommit(window);
    m_result[QStringLiteral("save_worker_checked_ms")] = checkedMs;
    const Fail failure = [this](const QString &message) {
        fail(message);
    };
    measureEditStall(window, m_path, m_result, failure);
    measureBackupStall(window, m_rows, m_result, failure);
}

void Benchmark::jumpToLast(MainWindow &window)
{
    QTableView *view = window.tableView();
    TableModel *model = window.workspace()->model();
    view->setFocus();
    view->setCurrentIndex(model->index(0, 1));
    spin(settleMs);
    const quint64 readHere = model->pagesReadHere();
    const quint64 aloneHere = model->rowsReadAloneHere();

    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    if (!paintWithRows(view->viewport(), model))
        fail(QStringLiteral("the last rows never arrived"));
    m_result[QStringLiteral("jump_pages_read_on_gui_thread")]
        = double(model->pagesReadHere() - readHere);
    m_result[QStringLiteral("jump_rows_read_alone_on_gui_thread")]
        = double(model->rowsReadAloneHere() - aloneHere);
    const int first = std::max(0, view->rowAt(0));
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    qsizetype characters = 0;
    for (int row = first; row <= last; ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            characters += model->data(model->index(row, column)).toString().size();
    }
    m_result[QStringLiteral("jump_to_last_ms")] = msSince(clock);
    m_result[QStringLiteral("rss_mb_after_jump_to_last")] = procStatusMb("VmRSS");

    // Rows of the model's window; positions in the whole table.
    const int lastPosition = model->totalRows() - 1;
    if (model->position(view->currentIndex().row()) != lastPosition
        || model->position(last) != lastPosition)
        fail(QStringLiteral("Ctrl+End went to row %1 (last visible %2), not to the last row %3")
                 .arg(model->position(view->currentIndex().row()))
                 .arg(model->position(last))
                 .arg(lastPosition));
    const qint64 lastId = m_maxKey;
    const int idColumn = model->tableInfo().columnIndex(QStringLiteral("id"));
    if (model->data(model->index(last, idColumn)).toLongLong() != lastId || characters == 0)
        fail(QStringLiteral("the last row shows id %1, the table's last id is %2")
                 .arg(model->data(model->index(last, idColumn)).toString())
                 .arg(lastId));
}

void Benchmark::filterAndSort(MainWindow &window)
{
    TableModel *model = window.workspace()->model();
    const qint64 expected
        = truth(QStringLiteral("SELECT count(*) FROM items WHERE name LIKE ?"), {likePattern})
              .toLongLong();
    StallMeter stall;

    // LIKE '%abc%' with no sort yet, so the model's query is the baseline's plus ORDER BY rowid.
    // Each run is followed by the same query through the C API, then the filter is cleared.
    QJsonArray filterRuns;
    QJsonArray baselineRuns;
    QJsonArray clearRuns;
    double filterStall = 0;
    for (int run = 0; run < m_repeat; ++run) {
        stall.start();
        spin(settleMs);
        QElapsedTimer clock;
        clock.start();
        model->setFilter(QStringLiteral("name LIKE ?"), {likePattern});
        if (!waitUntilLoaded(model))
            fail(QStringLiteral("the filter never finished"));
        filterRuns.append(msSince(clock));
        spin(settleMs);
        filterStall = std::max(filterStall, stall.stop());
        m_filteredRows = model->totalRows();
        if (m_filteredRows != expected)
            fail(QStringLiteral("the filter shows %1 rows, SQLite counts %2")
                     .arg(m_filteredRows)
                     .arg(expected));

        baselineRuns.append(baselineFilter());

        clock.start();
        model->setFilter({}, {});
        if (!waitUntilLoaded(model))
            fail(QStringLiteral("clearing the filter never finished"));
        clearRuns.append(msSince(clock));
        if (model->totalRows() != m_rows)
            fail(QStringLiteral("after clearing the filter %1 rows show, not %2")
                     .arg(model->totalRows())
                     .arg(m_rows));
    }
    m_result[QStringLiteral("filter_like_rows")] = m_filteredRows;
    m_result[QStringLiteral("filter_like_ms")] = fastest(filterRuns);
    m_result[QStringLiteral("baseline_filter_like_ms")] = fastest(baselineRuns);
    m_result[QStringLiteral("filter_clear_ms")] = fastest(clearRuns);
    m_result[QStringLiteral("max_gui_stall_filter_ms")] = filterStall;
    m_runs[QStringLiteral("filter_like_ms")] = filterRuns;
    m_runs[QStringLiteral("baseline_filter_like_ms")] = baselineRuns;

    sortByPrice(window);
}

// Sort by an unindexed column, the way a header click does (QTableView::sortByColumn). Once: the
// edits after it run on the sorted table, as they would for a user.
void Benchmark::sortByPrice(MainWindow &window)
{
    QTableView *view = window.tableView();
    TableModel *model = window.workspace()->model();
    StallMeter stall;
    // sorted_first_rows_ms: until the first row shown is the cheapest (a big table shows the
    // first page before the whole order is read), against the sqlite3 shell's LIMIT query.
    const int priceColumn = model->tableInfo().columnIndex(QStringLiteral("price"));
    const double minPrice = truth(QStringLiteral("SELECT min(price) FROM items")).toDouble();
    const double maxPrice = truth(QStringLiteral("SELECT max(price) FROM items")).toDouble();
    QElapsedTimer clock;
    double firstRowsMs = -1;
    const auto firstRowsShown = [&] {
        if (firstRowsMs < 0 && model->rowCount() > 0
            && model->data(model->index(0, priceColumn), Qt::EditRole).toDouble() == minPrice)
            firstRowsMs = msSince(clock);
    };
    const QMetaObject::Connection reset
        = QObject::connect(model, &QAbstractItemModel::modelReset, model, firstRowsShown);
    const QMetaObject::Connection layout
        = QObject::connect(model, &QAbstractItemModel::layoutChanged, model, firstRowsShown);
    stall.start();
    spin(settleMs);
    clock.start();
    view->sortByColumn(priceColumn, Qt::AscendingOrder);
    if (!waitUntilLoaded(model))
        fail(QStringLiteral("the sort never finished"));
    m_result[QStringLiteral("sort_ms")] = msSince(clock);
    spin(settleMs);
    m_result[QStringLiteral("max_gui_stall_sort_only_ms")] = stall.stop();
    QObject::disconnect(reset);
    QObject::disconnect(layout);
    if (firstRowsMs < 0)
        fail(QStringLiteral("the sort never showed the cheapest row first"));
    m_result[QStringLiteral("sorted_first_rows_ms")] = firstRowsMs;
    m_result[QStringLiteral("sqlite3_sorted_first_rows_ms")]
        = sqlite3ShellMs(QStringLiteral("SELECT * FROM items ORDER BY price, rowid LIMIT %1")
                             .arg(TableModel::pageSize));
    // The last row of the order is outside the window the view shows: read by its key.
    const QVariant lastStored = truth(QStringLiteral("SELECT price FROM items WHERE rowid = ?"),
                                      {model->keyAtPosition(model->totalRows() - 1)});
    if (model->data(model->index(0, priceColumn), Qt::EditRole).toDouble() != minPrice
        || lastStored.toDouble() != maxPrice)
        fail(QStringLiteral("after sorting by price the rows do not run from %1 to %2")
                 .arg(minPrice)
                 .arg(maxPrice));

    // Ctrl+End in the new order (a list of keys in another order than the rowid's: 8 bytes a
    // row in the model), then back to the top for the edits that follow.
    view->setFocus();
    view->setCurrentIndex(model->index(0, priceColumn));
    clock.start();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    if (!paintWithRows(view->viewport(), model))
        fail(QStringLiteral("the last rows in price order never arrived"));
    m_result[QStringLiteral("sorted_jump_to_last_ms")] = msSince(clock);
    m_result[QStringLiteral("rss_mb_after_sorted_jump")] = procStatusMb("VmRSS");
    // Ctrl+End goes to the last column too.
    const QModelIndex lastPrice = model->index(view->currentIndex().row(), priceColumn);
    if (model->data(lastPrice, Qt::EditRole).toDouble() != maxPrice)
        fail(QStringLiteral("Ctrl+End in price order shows %1, not the highest price %2")
                 .arg(model->data(lastPrice, Qt::EditRole).toString())
                 .arg(maxPrice));
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
}

// Per run: 1,000 edits spread over the (price-sorted) table, Save Now until the autosaver is
// Saved, then the same UPDATEs as one raw transaction on the neighbouring rows.
void Benchmark::saveEdits(MainWindow &window, const bool &checked)
{
    TableModel *model = window.workspace()->model();
    AutoSaver *autoSaver = window.workspace()->autoSaver();
    autoSaver->setDebounceMs(timeoutMs); // only saveNow() saves
    if (!waitFor([&] { return checked; }))
        fail(QStringLiteral("the save worker never opened"));
    bool finished = false;
    SaveOutcome::Status status = SaveOutcome::Failed;
    qint64 workerMs = 0;
    // The lambda writes into this function's locals: disconnect it when they go away, or a
    // later save writes into whatever the next function keeps on the stack there.
    QObject context;
    QObject::connect(autoSaver, &AutoSaver::outcome, &context, [&](const SaveOutcome &outcome) {
        finished = true;
        status = outcome.status;
        workerMs = outcome.elapsedMs;
    });

    const int count = std::min(editCount, model->rowCount());
    QJsonArray setDataRuns;
    QJsonArray saveRuns;
    QJsonArray baselineRuns;
    QJsonArray workerRuns;
    double slowestSetData = 0;
    double saveStall = 0;
    StallMeter stall;
    for (int run = 0; run < m_repeat; ++run) {
        const qint64 firstValue = editBase + qint64(run) * count;
        QElapsedTimer clock;
        clock.start();
        const std::vector<Edit> edits = makeEdits(model, run, count, firstValue, slowestSetData);
        setDataRuns.append(msSince(clock));

        finished = false;
        stall.start();
        spin(settleMs);
        clock.start();
        autoSaver->saveNow();
        if (!waitFor([&] { return finished && autoSaver->state() == AutoSaver::State::Saved; },
                     m_rows <= 100000 ? 30000 : 1800000))
            fail(QStringLiteral("the autosaver never reached Saved (state %1, %2 pending, %3 "
                                "refused, %4 conflicts)")
                     .arg(int(autoSaver->state()))
                     .arg(window.workspace()->edits()->pendingCount())
                     .arg(window.workspace()->edits()->refusedCount())
                     .arg(window.workspace()->edits()->conflictCount()));
        saveRuns.append(msSince(clock));
        workerRuns.append(double(workerMs));
        spin(settleMs);
        saveStall = std::max(saveStall, stall.stop());
        if (status != SaveOutcome::Committed)
            fail(QStringLiteral("the save did not commit (status %1)").arg(int(status)));
        const qint64 saved = truth(QStringLiteral("SELECT count(*) FROM items WHERE quantity "
                                                  "BETWEEN ? AND ?"),
                                   {firstValue, firstValue + count - 1})
                                 .toLongLong();
        if (saved != count)
            fail(QStringLiteral("%1 edited rows are on disk, expected %2").arg(saved).arg(count));

        baselineRuns.append(baselineSeen(window, edits));
    }
    m_result[QStringLiteral("edits_1000_setdata_ms")] = fastest(setDataRuns);
    m_result[QStringLiteral("edits_slowest_setdata_ms")] = slowestSetData;
    m_result[QStringLiteral("save_1000_edits_ms")] = fastest(saveRuns);
    m_result[QStringLiteral("baseline_1000_updates_ms")] = fastest(baselineRuns);
    // The save worker's own time (SaveOutcome::elapsedMs): the rest of save_1000_edits_ms is
    // queueing and the GUI thread applying the outcome.
    m_result[QStringLiteral("save_worker_elapsed_ms")] = fastest(workerRuns);
    m_result[QStringLiteral("max_gui_stall_save_ms")] = saveStall;
    m_runs[QStringLiteral("save_1000_edits_ms")] = saveRuns;
    m_runs[QStringLiteral("baseline_1000_updates_ms")] = baselineRuns;
    m_runs[QStringLiteral("save_worker_elapsed_ms")] = workerRuns;
}

// The SQL console's result grid on SELECT * of the whole table, in a process of its own so that
// its memory is not mixed with the window's: see runConsolePhase().
void Benchmark::consolePhase()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--console-phase"), m_path});
    if (!child.waitForFinished(bench::timeoutMs) || child.exitCode() != 0) {
        fail(QStringLiteral("the console phase failed: %1")
                 .arg(QString::fromUtf8(child.readAllStandardError())));
        return;
    }
    const QJsonObject console = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    for (auto it = console.begin(); it != console.end(); ++it)
        m_result[it.key()] = it.value();
    if (console.value(QStringLiteral("console_rows")).toDouble() != double(m_rows))
        fail(QStringLiteral("the console grid shows %1 rows, the table has %2")
                 .arg(console.value(QStringLiteral("console_rows")).toDouble())
                 .arg(m_rows));
}

void Benchmark::floorPhase()
{
    constexpr qint64 floorRowsAtMost = 50000000;
    const std::pair<QString, qint64> sizes[]
        = {{QStringLiteral("floor_rss_mb_1m"), 1000000}, {QStringLiteral("floor_rss_mb"), m_rows}};
    for (const auto &[key, rows] : sizes) {
        if (rows > floorRowsAtMost) {
            // A QTableView over every row: QHeaderView keeps section positions in int pixels,
            // which overflow past about 70 million rows, and the window hangs (docs/performance.md,
            // session 15). The targets compare with the 1M floor, measured above.
            m_result[QStringLiteral("floor_rss_mb_skipped")]
                = QStringLiteral("%1 rows: more than a plain QTableView can show").arg(rows);
            continue;
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--floor-window"), QString::number(rows)});
        const QJsonObject floor
            = child.waitForFinished(bench::timeoutMs) && child.exitCode() == 0
                  ? QJsonDocument::fromJson(child.readAllStandardOutput()).object()
                  : QJsonObject();
        if (!floor.value(QStringLiteral("floor_rss_mb")).isDouble()) {
            fail(QStringLiteral("the floor window for %1 rows failed: %2")
                     .arg(rows)
                     .arg(QString::fromUtf8(child.readAllStandardError())));
            return;
        }
        m_result[key] = floor.value(QStringLiteral("floor_rss_mb"));
    }
}

// `count` edits of the quantity column spread over the table (shifted by `run`), with the values
// firstValue, firstValue + 1, ...; `slowest` keeps the slowest setData().
std::vector<Edit>
Benchmark::makeEdits(TableModel *model, int run, int count, qint64 firstValue, double &slowest)
{
    const int quantityColumn = model->tableInfo().columnIndex(QStringLiteral("quantity"));
    const int rows = model->rowCount();
    std::vector<Edit> edits;
    for (int i = 0; i < count; ++i) {
        const int row = std::min(rows - 1, int(qint64(i) * rows / count) + run);
        const QModelIndex index = model->index(row, quantityColumn);
        QElapsedTimer one;
        one.start();
        if (!model->setData(index, firstValue + i, Qt::EditRole))
            fail(QStringLiteral("setData refused row %1").arg(row));
        slowest = std::max(slowest, msSince(one));
        edits.push_back({model->keyAt(row), firstValue + i});
    }
    return edits;
}

// The baseline is another program writing the file right after Rowbook's own save, and the next
// run (or the locked edits after these runs) edits the rows it wrote: wait until the change
// watcher has shown its commit, as a user would see it, or Rowbook rightly reports every such
// edit as a conflict. Returns the baseline's time.
double Benchmark::baselineSeen(MainWindow &window, const std::vector<Edit> &edits)
{
    int refreshes = 0;
    QObject refreshContext;
    QObject::connect(window.workspace(), &Workspace::changedElsewhere, &refreshContext,
                     [&refreshes] { ++refreshes; });
    const double ms = baselineUpdates(edits);
    TableModel *model = window.workspace()->model();
    // The refresh reads the row list in price order again: about 10 s per 10 million rows.
    const int timeout = m_rows <= 10000000 ? 30000 : bench::timeoutMs;
    if (!waitFor([&] { return refreshes > 0 && !model->isLoading(); }, timeout))
        fail(QStringLiteral("the window never showed the other program's updates"));
    return ms;
}

// Opening the table in a bare Workspace: first rows, and the full row count.
void Benchmark::headlessPhase()
{
    Workspace workspace;
    QElapsedTimer clock;
    clock.start();
    if (!workspace.open(m_path)) {
        fail(
            QStringLiteral("Workspace::open failed: %1").arg(workspace.info().error.userMessage()));
        return;
    }
    TableModel *model = workspace.model();
    if (!model->setTable(tableName))
        fail(QStringLiteral("setTable failed: %1").arg(model->lastError()));
    const int nameColumn = model->tableInfo().columnIndex(QStringLiteral("name"));
    if (!waitFor([&] {
            return model->rowCount() > 0
                   && !model->data(model->index(0, nameColumn)).toString().isEmpty();
        }))
        fail(QStringLiteral("the first rows never showed"));
    m_result[QStringLiteral("open_first_rows_ms")] = msSince(clock);
    if (!waitUntilLoaded(model))
        fail(QStringLiteral("the row count never arrived"));
    m_result[QStringLiteral("count_ms")] = msSince(clock);
    m_result[QStringLiteral("async_loading")] = true; // kept for comparison with older results
    if (model->totalRows() != m_rows)
        fail(QStringLiteral("the model counts %1 rows, the table has %2")
                 .arg(model->totalRows())
                 .arg(m_rows));
}

double Benchmark::sqlite3ShellMs(const QString &sql)
{
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    QString problem;
    const double ms
        = shellTimerMs(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), m_path},
                       QStringLiteral(".timer on\n.output /dev/null\n%1;\n").arg(sql).toUtf8(),
                       timer, 1000, &problem);
    if (ms < 0)
        fail(QStringLiteral("%1 on %2").arg(problem, sql));
    return ms;
}

// The filter's query through the C API on a fresh connection: every matching rowid, in rowid
// order (the order the model's query asks for, which the rowid scan gives for free).
double Benchmark::baselineFilter()
{
    RawDatabase db(m_path, false);
    QElapsedTimer clock;
    clock.start();
    RawDatabase::Statement statement(db.handle(),
                                     QStringLiteral("SELECT rowid FROM items WHERE name LIKE ?"));
    statement.bind({likePattern});
    std::vector<qint64> keys;
    while (statement.step() == SQLITE_ROW)
        keys.push_back(statement.int64(0));
    const double ms = msSince(clock);
    if (qint64(keys.size()) != m_filteredRows)
        fail(QStringLiteral("the baseline filter found %1 rows, the model %2")
                 .arg(keys.size())
                 .arg(m_filteredRows));
    return ms;
}

// The same UPDATEs as one raw transaction on the neighbouring rows (not the rows the model just
// wrote), with values outside every run's range so the checks above stay exact.
// Another connection commits an UPDATE of a row on screen: how long until the model's data()
// shows the new value (the change watcher's next poll plus the refresh of the rows on screen).
// Median of five runs; each starts once the previous refresh has reloaded the row list.
void Benchmark::refreshAfterExternalCommit(MainWindow &window)
{
    QTableView *view = window.tableView();
    TableModel *model = window.workspace()->model();
    const int column = model->tableInfo().columnIndex(QStringLiteral("quantity"));
    const qint64 key = model->keyAt(std::max(0, view->rowAt(0)));
    RawDatabase db(m_path, true);
    if (!db.isOpen()) {
        fail(QStringLiteral("cannot open %1 for writing: %2").arg(m_path, db.error()));
        return;
    }
    // As the grid paints it: a read outside a paint would read the stale row on the GUI thread
    // itself (a stall of the probe's making, and a shortcut past the page the grid waits for).
    auto shown = [&] {
        const int row = model->rowForKey(key);
        const TableModel::Painting painting(model);
        return row < 0 ? QVariant() : model->data(model->index(row, column), Qt::EditRole);
    };
    QJsonArray runs;
    std::vector<double> times;
    StallMeter stall; // the reload of the row list is applied on the GUI thread
    stall.start();
    for (int run = 0; run < 5; ++run) {
        if (!waitFor([&] { return !model->isLoading(); }))
            fail(QStringLiteral("the row list never finished reloading"));
        spin(settleMs);
        const qint64 value = -(10 * editBase + run); // no other value is negative and this large
        QElapsedTimer clock;
        clock.start();
        // On a thread of its own, as another program's commit would be: its fsync and WAL
        // checkpoint are not the GUI thread's time.
        std::atomic<bool> done{false};
        bool ok = false;
        std::thread writer([&] {
            RawDatabase::Statement update(
                db.handle(), QStringLiteral("UPDATE items SET quantity = ? WHERE rowid = ?"));
            update.bind({value, key});
            ok = update.step() == SQLITE_DONE;
            done = true;
        });
        waitFor([&] { return done.load(); });
        writer.join();
        if (!ok) {
            fail(QStringLiteral("the other connection's update failed: %1").arg(db.error()));
            return;
        }
        if (!waitFor([&] { return shown().toLongLong() == value; }, 10000)) {
            fail(QStringLiteral("the window did not show another program's update of row %1 "
                                "within 10 s (it shows %2)")
                     .arg(key)
                     .arg(shown().toString()));
            return;
        }
        times.push_back(msSince(clock));
        runs.append(times.back());
    }
    if (!waitFor([&] { return !model->isLoading(); }))
        fail(QStringLiteral("the row list never finished reloading"));
    spin(settleMs);
    m_result[QStringLiteral("max_gui_stall_refresh_ms")] = stall.stop();
    std::sort(times.begin(), times.end());
    m_result[QStringLiteral("refresh_after_external_commit_ms")] = times[times.size() / 2];
    m_runs[QStringLiteral("refresh_after_external_commit_ms")] = runs;
}

double Benchmark::baselineUpdates(const std::vector<Edit> &edits)
{
    RawDatabase db(m_path, true);
    if (!db.isOpen()) {
        fail(QStringLiteral("cannot open %1 for writing: %2").arg(m_path, db.error()));
        return -1;
    }
    QElapsedTimer clock;
    clock.start();
    bool ok = db.exec("BEGIN IMMEDIATE");
    {
        RawDatabase::Statement update(
            db.handle(), QStringLiteral("UPDATE items SET quantity = ? WHERE rowid = ?"));
        for (const Edit &edit : edits) {
            const qint64 key = edit.key < m_maxKey ? edit.key + 1 : edit.key - 1;
            update.bind({-edit.value, key});
            ok = update.step() == SQLITE_DONE && ok;
            update.reset();
        }
    }
    ok = db.exec("COMMIT") && ok;
    const double ms = msSince(clock);
    if (!ok)
        fail(QStringLiteral("the baseline updates failed: %1").arg(db.error()));
    return ms;
}

} // namespace rowbook::bench

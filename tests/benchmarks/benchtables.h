#pragma once

// The big-table benchmark (issue 4): the run in bench_tables.cpp, the command line and the
// console phase's own process in benchmain.cpp.
#include "rawdatabase.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace rowbook {

class MainWindow;
class TableModel;

namespace bench {

struct Edit
{
    qint64 key;
    qint64 value;
};

// The big-table benchmark on a copy of a database made by generate.sh (bench_tables.cpp): the
// window, headless, console and durability phases, each against its SQLite C API baseline.
class Benchmark
{
public:
    Benchmark(QString path, int repeat)
        : m_path(std::move(path))
        , m_repeat(std::max(1, repeat))
    {}

    QJsonObject run();
    // Only the chart phase (--chart-only): its figures on a big file without the rest's minutes.
    void setChartOnly(bool only) { m_chartOnly = only; }

private:
    void fail(const QString &message)
    {
        m_errors << message;
        std::fprintf(stderr, "bench_tables: %s\n", qPrintable(message));
    }
    void note(const QString &message)
    {
        std::fprintf(stderr, "bench_tables: %s\n", qPrintable(message));
    }
    QVariant truth(const QString &sql, const QVariantList &values = {})
    {
        RawDatabase db(m_path, false);
        return db.scalar(sql, values);
    }

    void windowPhase();
    void jumpToLast(MainWindow &window);
    void filterAndSort(MainWindow &window);
    void sortByPrice(MainWindow &window);
    void saveEdits(MainWindow &window, const bool &checked);
    void headlessPhase();
    void consolePhase();
    // The floor window (runFloorPhase()) at 1M rows and at this table's size, each in a process
    // of its own.
    void floorPhase();
    double baselineFilter();
    // The sqlite3 shell's own ".timer" for `sql` on the file (fastest of three), in ms.
    double sqlite3ShellMs(const QString &sql);
    double baselineUpdates(const std::vector<Edit> &edits);
    std::vector<Edit>
    makeEdits(TableModel *model, int run, int count, qint64 firstValue, double &slowest);
    double baselineSeen(MainWindow &window, const std::vector<Edit> &edits);
    void refreshAfterExternalCommit(MainWindow &window);

    QString m_path;
    int m_repeat;
    bool m_chartOnly = false;
    QJsonObject m_runs;
    QJsonObject m_result;
    QStringList m_errors;
    qint64 m_rows = 0;
    qint64 m_maxKey = 0;
    qint64 m_filteredRows = 0;
};

// The SQL console's grid, measured in a process of its own (bench_tables --console-phase):
// prints its JSON on stdout.
int runConsolePhase(const QString &path);
// The floor window (--floor-window): a minimal QTableView of `rows` rows, its memory as JSON.
int runFloorPhase(qint64 rows);
// Runs the phase `arguments` ask for (benchmain.cpp); -1 when they ask for a whole run.
int runInternalPhase(const QStringList &arguments);

} // namespace bench
} // namespace rowbook

#pragma once

// Measuring tools for the benchmarks: clocks, waiting on the event loop, GUI stalls, first
// paint, /proc readings.

#include <QElapsedTimer>
#include <QEvent>
#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

namespace rowbook {

class TableModel;

namespace bench {

constexpr int timeoutMs = 30 * 60 * 1000;

// Runs the event loop until the model has its whole row list (or the timeout passes).
bool waitUntilLoaded(TableModel *model);
double msSince(const QElapsedTimer &clock); // 0.1 ms resolution
double rounded(double value, int decimals = 1);
// Runs the event loop until `done` holds (checked every millisecond) or the timeout passes.
bool waitFor(const std::function<bool()> &done, int timeout = timeoutMs);
// Paints `view` now, waits until the rows it showed blank have come from the model's RowFetcher,
// and paints them: what the user sees after a jump, values included.
bool paintWithRows(QWidget *viewport, TableModel *model);
// The smallest of several runs: the least disturbed by other work on a shared machine.
double fastest(const QJsonArray &runs);
// A database shell's own timing of a query (psql's \\timing, the sqlite3 shell's .timer): runs
// `program` with `arguments` and `input` on its standard input three times, reads the time that
// `timer` captures from its output (times `toMs`), and returns the fastest, in ms. -1 with
// `problem` set when the shell fails, runs longer than `timeout` ms or prints no time.
double shellTimerMs(const QString &program,
                    const QStringList &arguments,
                    const QByteArray &input,
                    const QRegularExpression &timer,
                    double toMs,
                    QString *problem,
                    int timeout = timeoutMs);
void spin(int ms);                      // runs the event loop for `ms`
double procStatusMb(const char *field); // a /proc/self/status value such as VmRSS, in MiB
// The calling thread's time on a CPU and time runnable but waiting for one, in ns, from Linux's
// /proc/thread-self/schedstat; {-1, -1} where it cannot be read.
std::pair<qint64, qint64> threadSchedNs();
QString cpuModel();
QString loadAverage();

// Longest gap between ticks of a 1 ms timer on the GUI thread: how long the event loop was stuck.
// Called at each tick of a StallMeter, `stalled` when the gap before it was a stall (and
// ROWBOOK_BENCH_STALLS is set): benchmain.cpp lists what the GUI thread did in the gap.
inline std::function<void(bool stalled)> stallHook;

class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    }

    void start()
    {
        m_max = 0;
        m_clock.start();
        m_last = 0;
        if (m_logStalls)
            m_lastSched = threadSchedNs();
        m_timer.start();
    }

    // Counts the gap up to now too, so a call that blocked until just now is not missed.
    double stop()
    {
        tick();
        m_timer.stop();
        return rounded(double(m_max) / 1e6);
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_max = std::max(m_max, now - m_last);
        // ROWBOOK_BENCH_STALLS=1 lists every stall over the 16 ms target, to find its cause: how
        // much of it the GUI thread ran, waited for a CPU (other threads or processes had them)
        // or slept (blocked: a lock, a page fault's disk read, the event loop not woken).
        const auto sched = m_logStalls ? threadSchedNs() : std::pair<qint64, qint64>{};
        if (now - m_last > 16000000 && m_logStalls) {
            const double ran = double(sched.first - m_lastSched.first) / 1e6;
            const double waited = double(sched.second - m_lastSched.second) / 1e6;
            std::fprintf(stderr,
                         "stall of %.1f ms ending %.1f ms after start: ran %.1f ms, waited for a "
                         "CPU %.1f ms, slept %.1f ms\n",
                         double(now - m_last) / 1e6, double(now) / 1e6, ran, waited,
                         double(now - m_last) / 1e6 - ran - waited);
        }
        m_lastSched = sched;
        if (stallHook)
            stallHook(now - m_last > 16000000 && m_logStalls);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    std::pair<qint64, qint64> m_lastSched;
    const bool m_logStalls = qEnvironmentVariableIsSet("ROWBOOK_BENCH_STALLS");
};

// Reports when a widget is painted for the first time.
class FirstPaint : public QObject
{
public:
    // With `untilRows`, the first paint that shows rows: a window whose database opens after
    // it showed (a server is asked on the thread pool first) paints empty before.
    FirstPaint(QWidget *widget,
               const QElapsedTimer &clock,
               std::function<int()> rows,
               bool untilRows = false)
        : m_clock(clock)
        , m_rows(std::move(rows))
        , m_untilRows(untilRows)
    {
        widget->installEventFilter(this);
    }

    bool seen() const { return m_ms >= 0; }
    double ms() const { return m_ms; }
    int rowsAtPaint() const { return m_rowsAtPaint; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_ms < 0) {
            const int rows = m_rows();
            if (!m_untilRows || rows > 0) {
                m_ms = msSince(m_clock);
                m_rowsAtPaint = rows;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    std::function<int()> m_rows;
    bool m_untilRows;
    double m_ms = -1;
    int m_rowsAtPaint = -1;
};

} // namespace bench
} // namespace rowbook

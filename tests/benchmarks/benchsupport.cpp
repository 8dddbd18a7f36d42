// Measuring tools for the benchmarks: clocks, waiting on the event loop, /proc readings.
#include "benchsupport.h"

#include "tablemodel.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonValue>
#include <QProcess>

#include <cmath>

namespace rowbook::bench {

bool waitUntilLoaded(TableModel *model)
{
    if (!model->isLoading())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(model, &TableModel::loadingChanged, &loop, [&loop](bool loading) {
        if (!loading)
            loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return !model->isLoading();
}

// --- Small tools --------------------------------------------------------------------------------

double msSince(const QElapsedTimer &clock)
{
    return std::round(double(clock.nsecsElapsed()) / 1e5) / 10.0; // 0.1 ms resolution
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Runs the event loop until `done` holds (checked every millisecond) or the timeout passes.
bool waitFor(const std::function<bool()> &done, int timeout)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(1);
    deadline.start(timeout);
    loop.exec();
    return done();
}

bool paintWithRows(QWidget *viewport, TableModel *model)
{
    viewport->repaint();
    if (model->pagesInFlight() == 0)
        return true;
    const bool arrived = waitFor([model] { return model->pagesInFlight() == 0; });
    viewport->repaint();
    return arrived;
}

// The smallest of several runs: the least disturbed by other work on a shared machine.
double shellTimerMs(const QString &program,
                    const QStringList &arguments,
                    const QByteArray &input,
                    const QRegularExpression &timer,
                    double toMs,
                    QString *problem,
                    int timeout)
{
    QJsonArray runs;
    for (int run = 0; run < 3; ++run) {
        QProcess shell;
        shell.start(program, arguments);
        shell.write(input);
        shell.closeWriteChannel();
        if (!shell.waitForFinished(timeout) || shell.exitCode() != 0) {
            *problem = QStringLiteral("%1 failed: %2")
                           .arg(program, QString::fromUtf8(shell.readAllStandardError()));
            return -1;
        }
        const QRegularExpressionMatch match
            = timer.match(QString::fromUtf8(shell.readAllStandardOutput()));
        if (!match.hasMatch()) {
            *problem = QStringLiteral("%1 printed no time").arg(program);
            return -1;
        }
        runs.append(match.captured(1).toDouble() * toMs);
    }
    return fastest(runs);
}

double fastest(const QJsonArray &runs)
{
    double best = -1;
    for (const auto &run : runs) {
        if (best < 0 || run.toDouble() < best)
            best = run.toDouble();
    }
    return best;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

namespace {

// The lines of a /proc file (their size is 0, so QFile::atEnd() cannot be used: read it whole).
QList<QByteArray> procLines(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return file.readAll().split('\n');
}

} // namespace

// Value of a /proc/self/status line such as "VmRSS:  51234 kB", in MiB.
double procStatusMb(const char *field)
{
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : procLines("/proc/self/status")) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return rounded(parts.value(0).toDouble() / 1024.0);
        }
    }
    return -1;
}

std::pair<qint64, qint64> threadSchedNs()
{
    const QList<QByteArray> lines = procLines("/proc/thread-self/schedstat");
    const QList<QByteArray> parts = lines.value(0).simplified().split(' ');
    bool ranOk = false;
    bool waitedOk = false;
    const qint64 ran = parts.value(0).toLongLong(&ranOk);
    const qint64 waited = parts.value(1).toLongLong(&waitedOk);
    if (!ranOk || !waitedOk)
        return {-1, -1};
    return {ran, waited};
}

QString cpuModel()
{
    for (const QByteArray &line : procLines("/proc/cpuinfo")) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}

QString loadAverage()
{
    return QString::fromUtf8(procLines("/proc/loadavg").value(0)).section(QLatin1Char(' '), 0, 2);
}

} // namespace rowbook::bench

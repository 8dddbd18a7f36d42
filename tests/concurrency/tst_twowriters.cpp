// Two Rowbook processes (headless: Workspace, TableModel, AutoSaver, live refresh) edit random
// cells of one table for 20 s while a third process runs raw BEGIN IMMEDIATE; SELECT; UPDATE;
// COMMIT writes. Every value written is unique, and every attempted write is logged with the
// value it started from and its outcome. Afterwards, for every cell, the saved writes form one
// chain from the initial value (each starts from the value the previous one wrote), the file
// holds the chain's last value, every other write was reported as a conflict and never reached
// the file, and PRAGMA integrity_check is ok: no update was lost or written over unseen.
// ROWBOOK_TWOWRITERS_SECONDS changes the duration.
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using testsupport::Probe;

namespace {

constexpr int rows = 12;
const QStringList columns = {QStringLiteral("a"), QStringLiteral("b")};

struct Write
{
    QString writer;
    QString cell; // "id/column"
    QString start;
    QString value;
    QString outcome;
};

QString initial(int id, const QString &column)
{
    return QStringLiteral("init-%1-%2").arg(id).arg(column);
}

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The writes in `path`'s log, or a failure when the log is incomplete.
    bool readLog(const QString &path, const QString &writer, QVector<Write> *writes)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("no log %s", qPrintable(path));
            return false;
        }
        int logged = 0;
        int attempts = -1;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            if (line.startsWith(QLatin1String("#attempts "))) {
                attempts = line.mid(10).toInt();
                continue;
            }
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() != 5) {
                qWarning("bad log line in %s: %s", qPrintable(path), qPrintable(line));
                return false;
            }
            writes->append({writer, fields[0] + QLatin1Char('/') + fields[1], fields[2], fields[3],
                            fields[4]});
            ++logged;
        }
        if (attempts != logged)
            qWarning("%s logged %d of %d attempts", qPrintable(writer), logged, attempts);
        return attempts == logged && attempts > 0;
    }

    // The table both editors and the other program write to: `rows` rows, every cell named.
    void createCells(const QString &path)
    {
        Probe probe(path);
        QVERIFY(probe.exec(
            QStringLiteral("CREATE TABLE cells (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")));
        for (int id = 1; id <= rows; ++id)
            QVERIFY(probe.exec(
                QStringLiteral("INSERT INTO cells VALUES (%1, '%2', '%3')")
                    .arg(id)
                    .arg(initial(id, QStringLiteral("a")), initial(id, QStringLiteral("b")))));
    }

    // Runs the writers (two Rowbook editors and a plain SQLite program) side by side for
    // `seconds` and waits until each has written its log.
    void runWriters(const QString &path, const QStringList &writers, int seconds)
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QString &writer : writers) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(
                QStringLiteral(WRITER_HELPER),
                {writer == QLatin1String("R") ? QStringLiteral("raw") : QStringLiteral("editor"),
                 path, QString::number(seconds), m_dir.filePath(writer + ".log"), writer});
            // All at once: each Rowbook takes a recovery journal of its own (writer_helper.cpp
            // fails when it is offered the other one's live journal or has none).
            QVERIFY2(process->waitForStarted(10000), qPrintable(process->errorString()));
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) {
            QVERIFY(process->waitForFinished((seconds + 120) * 1000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
    }

    // For every cell, the saved writes form one chain from its first value to the value in the
    // file: each started from the one before. Counts in `builtOn` whose value each built on.
    void checkChains(const QString &path,
                     const QHash<QString, QVector<const Write *>> &saved,
                     QHash<QString, int> *builtOn)
    {
        Probe probe(path);
        for (int id = 1; id <= rows; ++id) {
            for (const QString &column : columns) {
                const QString cell = QStringLiteral("%1/%2").arg(id).arg(column);
                QHash<QString, const Write *> byStart;
                for (const Write *write : saved.value(cell)) {
                    // Two saved writes starting from the same value: one overwrote the other
                    // unseen.
                    if (const Write *other = byStart.value(write->start))
                        QFAIL(qPrintable(QStringLiteral("lost update in %1: %2 (%3) and %4 (%5) "
                                                        "both started from %6")
                                             .arg(cell, other->value, other->writer, write->value,
                                                  write->writer, write->start)));
                    byStart.insert(write->start, write);
                }
                QString value = initial(id, column);
                QString previousWriter;
                int chained = 0;
                while (const Write *next = byStart.value(value)) {
                    if (!previousWriter.isEmpty() && previousWriter != next->writer)
                        ++(*builtOn)[next->writer + QLatin1Char('<') + previousWriter];
                    previousWriter = next->writer;
                    value = next->value;
                    ++chained;
                }
                QVERIFY2(chained == saved.value(cell).size(),
                         qPrintable(QStringLiteral("%1: %2 of %3 saved writes form the chain")
                                        .arg(cell)
                                        .arg(chained)
                                        .arg(saved.value(cell).size())));
                QCOMPARE(probe
                             .value(QStringLiteral("SELECT %1 FROM cells WHERE id = %2")
                                        .arg(column)
                                        .arg(id))
                             .toString(),
                         value);
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noUpdateIsLost()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        createCells(path);
        if (QTest::currentTestFailed())
            return;
        const int seconds = qEnvironmentVariableIsSet("ROWBOOK_TWOWRITERS_SECONDS")
                                ? qEnvironmentVariableIntValue("ROWBOOK_TWOWRITERS_SECONDS")
                                : 20;
        const QStringList writers = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("R")};
        runWriters(path, writers, seconds);
        if (QTest::currentTestFailed())
            return;

        QVector<Write> writes;
        for (const QString &writer : writers)
            QVERIFY(readLog(m_dir.filePath(writer + ".log"), writer, &writes));

        QHash<QString, QVector<const Write *>> saved; // cell -> its saved writes
        QHash<QString, QString> writerOf;             // value -> who wrote it
        QSet<QString> started;                        // values some write started from
        int conflicts = 0;
        for (const Write &write : std::as_const(writes)) {
            QVERIFY2(!writerOf.contains(write.value), qPrintable(write.value));
            writerOf.insert(write.value, write.writer);
            started.insert(write.cell + QLatin1Char('=') + write.start);
            if (write.outcome == QLatin1String("saved")) {
                // Every saved write was checked against a stored value (never null here): one
                // without is an UPDATE that could overwrite another writer's change unseen.
                QVERIFY2(write.start != QLatin1String("<null>"),
                         qPrintable(QStringLiteral("%1 %2 %3 saved unchecked")
                                        .arg(write.writer, write.cell, write.value)));
                saved[write.cell].append(&write);
            } else {
                // Editors report every write that was not saved as a conflict, or as refused
                // when the row could not be read while another writer held the file; the other
                // program writes under its own lock and always saves.
                QVERIFY2(
                    write.writer != QLatin1String("R")
                        && (write.outcome == QLatin1String("conflict")
                            || write.outcome == QLatin1String("refused")),
                    qPrintable(QStringLiteral("%1 %2 %3: %4")
                                   .arg(write.writer, write.cell, write.value, write.outcome)));
                ++conflicts;
            }
        }

        QHash<QString, int> builtOn; // "A<B": a saved write of A started from one of B's
        checkChains(path, saved, &builtOn);
        if (QTest::currentTestFailed())
            return;
        // Writes reported as conflicts or refused never reached the file: nobody read them.
        for (const Write &write : std::as_const(writes)) {
            if (write.outcome != QLatin1String("saved"))
                QVERIFY2(!started.contains(write.cell + QLatin1Char('=') + write.value),
                         qPrintable(write.value));
        }
        QCOMPARE(Probe(path).value(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        qInfo("%lld writes: %lld saved, %d conflicts; saved writes started from another "
              "writer's value: A<B %d, B<A %d, A<R %d, B<R %d",
              qlonglong(writes.size()), qlonglong(writes.size() - conflicts), conflicts,
              builtOn.value(QStringLiteral("A<B")), builtOn.value(QStringLiteral("B<A")),
              builtOn.value(QStringLiteral("A<R")), builtOn.value(QStringLiteral("B<R")));
        // Each editor saw the others' commits (live refresh): its saved writes start from them.
        for (const char *pair : {"A<B", "B<A", "A<R", "B<R"})
            QVERIFY2(builtOn.value(QLatin1String(pair)) > 0, pair);
    }
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"

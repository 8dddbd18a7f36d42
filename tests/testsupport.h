#pragma once

// Helpers shared by the tests: temporary databases, a second connection to check what is really
// on disk, file checksums, and running the rowbook executable as a user's shell would.

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QVariant>

#include <memory>

namespace testsupport {

// A plain connection, independent of Rowbook's code, for checking what is on disk.
class Probe
{
public:
    explicit Probe(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("probe-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~Probe()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Probe(const Probe &) = delete;
    Probe &operator=(const Probe &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<error: %1>").arg(query.lastError().text());
        return query.value(0);
    }

    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
};

// Another program holding a lock: the sqlite3 command-line tool in a separate process.
class LockHolder
{
public:
    // `statement` is for example "BEGIN IMMEDIATE" (write lock) or "BEGIN; SELECT count(*) FROM t"
    // (a read lock in rollback-journal mode). Returns once the process holds the lock.
    bool acquire(const QString &path, const QString &statement)
    {
        m_process.setProgram(QStringLiteral("sqlite3"));
        m_process.setArguments({path});
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        // .bail on: a statement that fails (the lock not taken) ends sqlite3 before it says so.
        m_process.write(".bail on\n" + statement.toUtf8() + ";\nSELECT 'lock-held';\n");
        while (!m_output.contains("lock-held")) {
            if (!m_process.waitForReadyRead(5000))
                return false;
            m_output += m_process.readAllStandardOutput();
        }
        return true;
    }
    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("COMMIT;\n.quit\n");
        m_process.closeWriteChannel();
        m_process.waitForFinished(5000);
    }
    ~LockHolder() { release(); }

private:
    QProcess m_process;
    QByteArray m_output;
};

// Waits, without running the event loop, until a RowFetcher has read every page asked of it,
// so that its results wait in its outbox. True when it has.
template<typename Fetcher>
bool waitUntilFetched(const Fetcher &fetcher, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (fetcher.lastDone() < fetcher.lastRequested() && !deadline.hasExpired())
        QThread::msleep(5);
    return fetcher.lastDone() == fetcher.lastRequested();
}

// A table `table` (id INTEGER PRIMARY KEY, label TEXT) of `rows` rows labelled 'label <id>', in
// the SQLite file at `path`, which must exist.
inline bool createLabelled(const QString &path, const QString &table, int rows)
{
    Probe probe(path);
    return probe.exec(
               QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, label TEXT)").arg(table))
           && probe.exec(QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                        "FROM c WHERE i < %1) INSERT INTO %2 SELECT i, "
                                        "'label ' || i FROM c")
                             .arg(rows)
                             .arg(table));
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// What a program printed and how it ended.
struct Run
{
    int exitCode = -1; // -1: did not finish in time (and was killed), -2: crashed
    QString out;
    QString err;
};

// Runs `program` and waits for it at most `timeoutMs`. An empty `environment` is the test's own;
// an empty `workingDirectory` the test's current one.
inline Run runProgram(const QString &program,
                      const QStringList &arguments,
                      int timeoutMs = 60000,
                      const QProcessEnvironment &environment = {},
                      const QString &workingDirectory = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

#ifdef ROWBOOK_EXECUTABLE // set by tests/CMakeLists.txt; the benchmarks do not run the app
// The rowbook executable of this build.
inline Run runRowbook(const QStringList &arguments,
                      int timeoutMs = 60000,
                      const QProcessEnvironment &environment = {},
                      const QString &workingDirectory = {})
{
    return runProgram(QStringLiteral(ROWBOOK_EXECUTABLE), arguments, timeoutMs, environment,
                      workingDirectory);
}
#endif

// The test's environment with HOME and the XDG data and config folders inside `dir`, so a child
// process never reads or writes the real user's settings and data, and without QT_QPA_PLATFORM:
// the headless verbs must not need one.
inline QProcessEnvironment isolatedEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return environment;
}

// A database file in `dir` of the running test's own: "<prefix><function>.sqlite", with a hash of
// the data row's tag before ".sqlite" in a data-driven test.
inline QString testFile(const QTemporaryDir &dir, const QString &prefix = {})
{
    const QByteArray tag(QTest::currentDataTag());
    return dir.filePath(
        QStringLiteral("%1%2%3.sqlite")
            .arg(prefix, QLatin1String(QTest::currentTestFunction()),
                 tag.isEmpty() ? QString() : QStringLiteral("-%1").arg(qHash(tag), 0, 16)));
}

inline QString chinookPath()
{
    return QStringLiteral(ROWBOOK_SHARED_DATA "/chinook/Chinook_Sqlite.sqlite");
}

// A writable copy of Chinook at `path` (the fixture in the repository is read-only for tests).
inline bool copyOfChinook(const QString &path)
{
    return QFile::copy(chinookPath(), path)
           && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Holds every thread of a pool until open() (or its end): work started meanwhile waits, in the
// order it was started, for as long as the test wants, whatever the machine's speed.
class PoolGate
{
public:
    explicit PoolGate(QThreadPool *pool)
        : m_threads(pool->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i)
            pool->start([gate = m_gate] { gate->acquire(); });
    }
    ~PoolGate() { open(); }
    PoolGate(const PoolGate &) = delete;
    PoolGate &operator=(const PoolGate &) = delete;

    void open()
    {
        m_gate->release(m_threads);
        m_threads = 0;
    }

private:
    std::shared_ptr<QSemaphore> m_gate = std::make_shared<QSemaphore>(0);
    int m_threads;
};

} // namespace testsupport

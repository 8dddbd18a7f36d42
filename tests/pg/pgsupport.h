#pragma once

// What the tests against the throwaway PostgreSQL server share: a QPSQL connection of the test's
// own to set up and read back what is on the server, a fresh database per case, and running
// `rowbook` with a timeout long enough for a copy of all of Chinook on a loaded machine.
#include "pgconnection.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <chrono>
#include <csignal>
#include <future>
#include <thread>

#include <sys/types.h>
#include <unistd.h>

// In initTestCase(): sets `server` to the server the tests run against (ROWBOOK_TEST_PG, which
// ctest sets when it starts one), skips the test when there is none and fails it when the server
// cannot be used (pgsupport::serverProblem).
#define PGSUPPORT_REQUIRE_SERVER(server)                                                           \
    do {                                                                                           \
        (server) = qEnvironmentVariable("ROWBOOK_TEST_PG");                                        \
        if ((server).isEmpty())                                                                    \
            QSKIP("ROWBOOK_TEST_PG is not set: run through ctest, which starts a PostgreSQL "      \
                  "server");                                                                       \
        const QString serverProblem_ = pgsupport::serverProblem(server);                           \
        QVERIFY2(serverProblem_.isEmpty(), qPrintable(serverProblem_));                            \
    } while (false)

namespace pgsupport {

inline testsupport::Run runRowbook(const QStringList &arguments)
{
    return testsupport::runRowbook(arguments, 120000);
}

// A connection of the test's own: to a server database (a libpq URI) or, for the tests that run
// on both engines, to a SQLite file (any other `target`).
class PgProbe
{
public:
    explicit PgProbe(const QString &target)
        : m_name(QStringLiteral("pgprobe-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        if (!rowbook::PgConnection::isUri(target)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(target);
            db.open();
            return;
        }
        rowbook::PgConnection connection;
        QString error;
        if (rowbook::PgConnection::parse(target, &connection, &error))
            connection.addDatabase(m_name).open();
    }
    ~PgProbe()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    PgProbe(const PgProbe &) = delete;
    PgProbe &operator=(const PgProbe &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }
    // The first value of the first row; "<error: …>" (and a warning) when the query fails, so a
    // comparison with it shows why.
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return QStringLiteral("<error: %1>").arg(query.lastError().text());
        }
        return query.value(0);
    }
    // The first column of every row.
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery query(db());
        query.exec(sql);
        while (query.next())
            values << query.value(0).toString();
        return values;
    }
    QStringList tables() const
    {
        return column(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                     "'public' ORDER BY tablename"));
    }
    // Every row, every value as the driver gives it, in the order of all columns.
    QVector<QVariantList> rows(const QString &table) const
    {
        QVector<QVariantList> all;
        QSqlQuery query(db());
        const int columns
            = column(QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                    "WHERE table_schema = 'public' AND table_name = "
                                    "'%1'")
                         .arg(QString(table).replace(QLatin1Char('\''), QLatin1String("''"))))
                  .value(0)
                  .toInt();
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order << QString::number(i);
        query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                       .arg(QString(table).replace(QLatin1Char('"'), QLatin1String("\"\"")),
                            order.join(QLatin1String(", "))));
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            all << row;
        }
        return all;
    }

private:
    QString m_name;
};

// Why the tests cannot use the server `uri`: Qt's QPSQL driver is missing or the server does not
// answer; empty when they can.
inline QString serverProblem(const QString &uri)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is missing (Debian: libqt6sql6-psql)");
    if (!rowbook::PgConnection::isUri(uri))
        return QStringLiteral("%1 is not a postgresql:// URI").arg(uri);
    const PgProbe probe(uri);
    return probe.db().isOpen() ? QString() : probe.db().lastError().text();
}

// A new, empty database `name` on `server` (dropped first if it exists); returns its URI, or
// an empty string when it cannot be created.
inline QString freshDatabase(const QString &server, const QString &name)
{
    {
        PgProbe admin(server);
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        if (!admin.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            return {};
    }
    rowbook::PgConnection connection;
    QString error;
    rowbook::PgConnection::parse(server, &connection, &error);
    connection.database = name;
    return connection.toDisplayUri();
}

// Another session that runs `lock` (SELECT … FOR UPDATE, LOCK TABLE) in an open transaction and
// holds what it took for `holdMs` once `held` is set, on a thread and connection of its own.
inline std::thread
hold(const QString &database, const QString &lock, int holdMs, std::promise<bool> *held)
{
    return std::thread([database, lock, holdMs, held] {
        bool ok = false;
        {
            PgProbe locker(database);
            ok = locker.exec(QStringLiteral("BEGIN")) && locker.exec(lock);
            held->set_value(ok);
            if (ok) {
                std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
                locker.exec(QStringLiteral("ROLLBACK"));
            }
        }
    });
}

// A PgBouncer (session mode) on a Unix socket in a folder of its own, port 6439, in front of the
// server of `target`, with `settings` added to its [pgbouncer] section; stopped when this goes.
// problem() says why it is not running; uri() is `target`'s database through it.
class Pooler
{
public:
    static QString executable()
    {
        return QStandardPaths::findExecutable(
            QStringLiteral("pgbouncer"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    }

    explicit Pooler(const QString &target, const QString &settings = {})
    {
        rowbook::PgConnection server;
        if (!rowbook::PgConnection::parse(target, &server, &m_problem))
            return;
        const QString role
            = PgProbe(target).value(QStringLiteral("SELECT current_user")).toString();
        const QString pgbouncer = executable();
        if (pgbouncer.isEmpty() || !m_dir.isValid()) {
            m_problem = QStringLiteral("pgbouncer is not installed, or no folder for it");
            return;
        }
        QFile ini(m_dir.filePath(QStringLiteral("pgbouncer.ini")));
        if (!ini.open(QIODevice::WriteOnly)) {
            m_problem = ini.errorString();
            return;
        }
        ini.write(QStringLiteral("[databases]\n* = host=%1 port=%2 user=%3\n[pgbouncer]\n"
                                 "listen_addr =\nlisten_port = 6439\nunix_socket_dir = %4\n"
                                 "auth_type = any\npool_mode = session\nlogfile = %4/log\n"
                                 "pidfile = %4/pid\n%5\n")
                      .arg(server.host)
                      .arg(server.port)
                      .arg(role, m_dir.path(), settings)
                      .toUtf8());
        ini.close();
        const bool root = ::geteuid() == 0; // pgbouncer refuses to run as root
        QStringList command{pgbouncer, QStringLiteral("-d"), ini.fileName()};
        if (root) {
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("postgres"), m_dir.path()});
            command = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--")}
                      + command;
        }
        if (QProcess::execute(root ? QStringLiteral("runuser") : command.takeFirst(), command)
            != 0) {
            m_problem = QStringLiteral("pgbouncer did not start");
            return;
        }
        QDeadlineTimer started(10000);
        while (!QFile::exists(m_dir.filePath(QStringLiteral(".s.PGSQL.6439")))
               && !started.hasExpired())
            QThread::msleep(20);
        if (!QFile::exists(m_dir.filePath(QStringLiteral(".s.PGSQL.6439")))) {
            m_problem = QStringLiteral("pgbouncer's socket never showed");
            return;
        }
        m_uri = QStringLiteral("postgresql:///%1?host=%2&port=6439")
                    .arg(server.database, m_dir.path());
    }

    ~Pooler()
    {
        QFile file(m_dir.filePath(QStringLiteral("pid")));
        if (!file.open(QIODevice::ReadOnly))
            return;
        const auto pid = pid_t(file.readAll().trimmed().toInt());
        if (pid <= 0)
            return;
        ::kill(pid, SIGKILL); // SIGTERM waits for clients (PgBouncer 1.23 on)
        // Gone before its folder is removed, or it removes its files from under it.
        QDeadlineTimer deadline(5000);
        while (::kill(pid, 0) == 0 && !deadline.hasExpired())
            QThread::msleep(20);
    }

    Pooler(const Pooler &) = delete;
    Pooler &operator=(const Pooler &) = delete;

    QString problem() const { return m_problem; }
    QString uri() const { return m_uri; }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/rbpool-XXXXXX")}; // a short socket path
    QString m_problem;
    QString m_uri;
};

} // namespace pgsupport

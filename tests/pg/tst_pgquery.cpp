// The PostgreSQL query engine (PgQueryEngine, `rowbook query --database postgresql://…`) against
// a real server (tests/pg/pgcluster.sh, named by ROWBOOK_TEST_PG): a corpus of queries on Chinook
// whose CSV equals `psql --csv` cell for cell, cancel of pg_sleep within 200 ms, lock-retry on a
// row held FOR UPDATE by a second session, error positions, refused BEGIN, bounded paging.
#include "copyjob.h"
#include "pgqueryengine.h"
#include "pgsupport.h"
#include "queryrunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rowbook;
using pgsupport::PgProbe;
using testsupport::Run;

namespace {

// One CSV cell: its text, and whether it was empty and unquoted (NULL in both tools' CSV).
struct Cell
{
    QString text;
    bool null = false;
};

// Parses CSV as RFC 4180 (quotes, doubled quotes, line breaks in quoted fields; \r\n or \n).
QList<QList<Cell>> parseCsv(const QString &csv)
{
    QList<QList<Cell>> rows;
    QList<Cell> row;
    Cell cell;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                cell.text += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell.text += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            cell.null = !any && cell.text.isEmpty();
            row << cell;
            cell = Cell();
            any = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            cell.null = !any && cell.text.isEmpty();
            row << cell;
            rows << row;
            row.clear();
            cell = Cell();
            any = false;
        } else {
            cell.text += c;
        }
    }
    if (any || !cell.text.isEmpty() || !row.isEmpty()) {
        cell.null = !any && cell.text.isEmpty();
        row << cell;
        rows << row;
    }
    return rows;
}

// Collects what a run hands over.
class Rows : public QuerySink
{
public:
    void columns(const QStringList &names) override { this->names = names; }
    bool row(const QVariantList &values) override
    {
        rows << values;
        return true;
    }
    QStringList names;
    QList<QVariantList> rows;
};

QString psqlPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("psql"));
}

} // namespace

class TestPgQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusEqualsPsql_data();
    void corpusEqualsPsql();
    void jsonAndTable();
    void cancelSleepWithin200ms();
    void lockRetriesUntilReleased();
    void lockPastBudgetExitsBusy();
    void errorNamesLineAndColumn();
    void typedBeginRefused();
    void fileScriptWithOuterPair();
    void pagesAreReadThroughACursor();
    void hiddenWriteRunsAsWrite();
    void factoryPicksTheEngine();
    void connectsAgainAfterTheServerEndedTheSession();
    void aSessionEndedMidRunIsNotRunAgain();

private:
    Run query(const QStringList &arguments) const;

    QString m_admin;  // the server's own database (ROWBOOK_TEST_PG)
    QString m_server; // the Chinook database of this test
    QTemporaryDir m_dir;
};

void TestPgQuery::initTestCase()
{
    PGSUPPORT_REQUIRE_SERVER(m_admin);
    QVERIFY(m_dir.isValid());
    QVERIFY(!psqlPath().isEmpty());
    m_server = pgsupport::freshDatabase(m_admin, QStringLiteral("rowbook_query"));
    QVERIFY(!m_server.isEmpty());
    const CopyJob::Result copied = CopyJob({testsupport::chinookPath(), m_server, {}})
                                       .run([](qint64, qint64, const QString &) { return true; });
    QVERIFY2(!copied.error.isError(), qPrintable(copied.error.message));
    PgProbe probe(m_server);
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE counter (id int PRIMARY KEY, v int)")));
    QVERIFY(probe.exec(QStringLiteral("INSERT INTO counter VALUES (1, 1)")));
    QVERIFY(probe.exec(QStringLiteral("CREATE SEQUENCE numbers")));
}

Run TestPgQuery::query(const QStringList &arguments) const
{
    return pgsupport::runRowbook(
        QStringList{QStringLiteral("query"), QStringLiteral("--database"), m_server} + arguments);
}

void TestPgQuery::corpusEqualsPsql_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("rows of a table")
        << QStringLiteral(R"(SELECT * FROM "Album" ORDER BY "AlbumId" LIMIT 20)");
    QTest::newRow("join") << QStringLiteral(
        R"(SELECT a."Title", ar."Name" FROM "Album" a JOIN "Artist" ar USING ("ArtistId")
           ORDER BY a."AlbumId" LIMIT 50)");
    QTest::newRow("three-way join") << QStringLiteral(
        R"(SELECT t."Name", g."Name" AS genre, m."Name" AS media FROM "Track" t
           JOIN "Genre" g ON g."GenreId" = t."GenreId"
           JOIN "MediaType" m ON m."MediaTypeId" = t."MediaTypeId" ORDER BY t."TrackId" LIMIT 100)");
    QTest::newRow("aggregates") << QStringLiteral(
        R"(SELECT count(*), sum("Milliseconds"), avg("Milliseconds"), min("Name"), max("UnitPrice")
           FROM "Track")");
    QTest::newRow("group by having") << QStringLiteral(
        R"(SELECT "GenreId", count(*) AS n, sum("UnitPrice") FROM "Track" GROUP BY "GenreId"
           HAVING count(*) > 20 ORDER BY n DESC, "GenreId")");
    QTest::newRow("window function") << QStringLiteral(
        R"(SELECT "CustomerId", "InvoiceId", "Total",
           rank() OVER (PARTITION BY "CustomerId" ORDER BY "Total" DESC, "InvoiceId") AS r,
           sum("Total") OVER (PARTITION BY "CustomerId") AS all_total
           FROM "Invoice" ORDER BY "CustomerId", r LIMIT 80)");
    QTest::newRow("cte") << QStringLiteral(
        R"(WITH big AS (SELECT "CustomerId", sum("Total") AS spent FROM "Invoice"
           GROUP BY "CustomerId") SELECT c."LastName", b.spent FROM big b
           JOIN "Customer" c USING ("CustomerId") ORDER BY b.spent DESC, c."LastName" LIMIT 10)");
    QTest::newRow("recursive cte") << QStringLiteral(
        R"(WITH RECURSIVE chain("EmployeeId", depth) AS (SELECT "EmployeeId", 0 FROM "Employee"
           WHERE "ReportsTo" IS NULL UNION ALL SELECT e."EmployeeId", c.depth + 1
           FROM "Employee" e JOIN chain c ON e."ReportsTo" = c."EmployeeId")
           SELECT * FROM chain ORDER BY depth, "EmployeeId")");
    QTest::newRow("nulls") << QStringLiteral(
        R"(SELECT "CustomerId", "Company", "State", "Fax" FROM "Customer" ORDER BY "CustomerId")");
    QTest::newRow("double precision") << QStringLiteral(
        R"(SELECT "TrackId", "Milliseconds" / 1000.0::float8 AS seconds, 1.0::float8 / 3,
           1e300::float8 * 10, 0.1::float8 + 0.2 FROM "Track" ORDER BY "TrackId" LIMIT 30)");
    QTest::newRow("text with commas, quotes, newlines") << QStringLiteral(
        R"(SELECT 'a,b' AS comma, 'say "hi"' AS quote, E'two\nlines' AS newline, '' AS empty,
           NULL AS nothing, 'it''s' AS apostrophe)");
    QTest::newRow("composers with commas") << QStringLiteral(
        R"(SELECT "Composer" FROM "Track" WHERE "Composer" LIKE '%,%' ORDER BY "TrackId" LIMIT 40)");
    QTest::newRow("empty result") << QStringLiteral(
        R"(SELECT "Name" FROM "Artist" WHERE "Name" = 'nobody at all')");
    QTest::newRow("dates") << QStringLiteral(
        R"(SELECT "InvoiceDate", date_trunc('month', "InvoiceDate") FROM "Invoice"
           ORDER BY "InvoiceId" LIMIT 25)");
    QTest::newRow("booleans and case") << QStringLiteral(
        R"(SELECT "TrackId", "Bytes" > 5000000 AS big, CASE WHEN "GenreId" = 1 THEN 'rock'
           ELSE 'other' END FROM "Track" ORDER BY "TrackId" LIMIT 30)");
    QTest::newRow("string functions") << QStringLiteral(
        R"(SELECT upper("FirstName") || ' ' || lower("LastName"), length("Email"),
           position('@' IN "Email") FROM "Customer" ORDER BY "CustomerId")");
    QTest::newRow("subquery and exists") << QStringLiteral(
        R"(SELECT "Name" FROM "Artist" ar WHERE NOT EXISTS (SELECT 1 FROM "Album" a
           WHERE a."ArtistId" = ar."ArtistId") ORDER BY "Name" LIMIT 30)");
    QTest::newRow("distinct and offset") << QStringLiteral(
        R"(SELECT DISTINCT "BillingCountry" FROM "Invoice" ORDER BY 1 OFFSET 3 LIMIT 10)");
    QTest::newRow("values and unicode")
        << QStringLiteral(R"(VALUES (1, 'Ärger'), (2, 'naïve, but “quoted”'), (3, NULL))");
    QTest::newRow("many rows") << QStringLiteral(
        R"(SELECT "TrackId", "Name", "UnitPrice" FROM "Track" ORDER BY "TrackId")");
}

void TestPgQuery::corpusEqualsPsql()
{
    QFETCH(QString, sql);
    const Run ours = query({QStringLiteral("--format"), QStringLiteral("csv"), sql});
    QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
    // psql writes NULL and '' alike (an empty field) unless told how to write NULL; Rowbook
    // writes '' as "" (the rules of rowbook export). So psql marks NULL here, and the cells are
    // compared as NULL / text.
    const QString null = QStringLiteral("<NULL>");
    const Run theirs = testsupport::runProgram(
        psqlPath(),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("--csv"), QStringLiteral("-P"),
         QStringLiteral("null=") + null, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
         QStringLiteral("-d"), m_server, QStringLiteral("-c"), sql});
    QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
    const QList<QList<Cell>> a = parseCsv(ours.out);
    QList<QList<Cell>> b = parseCsv(theirs.out);
    for (QList<Cell> &row : b) {
        for (Cell &cell : row) {
            cell.null = cell.text == null;
            if (cell.null)
                cell.text.clear();
        }
    }
    QVERIFY(!b.isEmpty()); // at least the header
    QCOMPARE(a.size(), b.size());
    for (qsizetype r = 0; r < a.size(); ++r) {
        QCOMPARE(a.at(r).size(), b.at(r).size());
        for (qsizetype c = 0; c < a.at(r).size(); ++c) {
            const Cell &x = a.at(r).at(c);
            const Cell &y = b.at(r).at(c);
            const QByteArray where = QStringLiteral("row %1, column %2: “%3” vs psql “%4”")
                                         .arg(r)
                                         .arg(c)
                                         .arg(x.text, y.text)
                                         .toUtf8();
            QVERIFY2(x.null == y.null, where.constData());
            bool xNumber = false;
            bool yNumber = false;
            const double xValue = x.text.toDouble(&xNumber);
            const double yValue = y.text.toDouble(&yNumber);
            if (xNumber && yNumber)
                QVERIFY2(xValue == yValue || std::abs(xValue - yValue) <= 1e-15 * std::abs(yValue),
                         where.constData());
            else
                QVERIFY2(x.text == y.text, where.constData());
        }
    }
}

void TestPgQuery::jsonAndTable()
{
    const Run json = query({QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral(R"(SELECT "ArtistId", "Name" FROM "Artist"
                                              WHERE "ArtistId" <= 2 ORDER BY 1)")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("ArtistId")).toInt(), 1);
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("Name")).toString(),
             QStringLiteral("Accept"));

    const Run table = query({QStringLiteral("--format"), QStringLiteral("table"),
                             QStringLiteral(R"(SELECT "Name" FROM "Genre" WHERE "GenreId" = 1)")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.contains(QStringLiteral("Name"))
                 && table.out.contains(QStringLiteral("Rock")),
             qPrintable(table.out));
}

void TestPgQuery::cancelSleepWithin200ms()
{
    DatabaseInfo info;
    info.path = m_server;
    QueryRunner runner(info);
    QSignalSpy opened(&runner, &QueryRunner::opened);
    QSignalSpy finished(&runner, &QueryRunner::finished);
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));

    QueryRequest sleep;
    sleep.sql = QStringLiteral("SELECT pg_sleep(30)");
    const quint64 id = runner.run(sleep);
    // Wait until the server really runs it, so the cancel has to stop a statement in progress.
    PgProbe probe(m_server);
    QTRY_COMPARE_WITH_TIMEOUT(
        probe
            .value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                  "AND query LIKE 'SELECT pg_sleep(30)%'"))
            .toInt(),
        1, 10000);
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const qint64 elapsed = clock.elapsed();
    const auto outcome = finished.first().at(1).value<QueryOutcome>();
    QCOMPARE(finished.first().at(0).toULongLong(), id);
    QCOMPARE(outcome.status, QueryOutcome::Cancelled);
    qInfo("cancel of pg_sleep(30) took %lld ms", static_cast<long long>(elapsed));
    QVERIFY2(elapsed < 200, qPrintable(QString::number(elapsed)));

    // The next run works.
    QSignalSpy rows(&runner, &QueryRunner::rowsReady);
    QueryRequest next;
    next.sql = QStringLiteral(R"(SELECT count(*) FROM "Album")");
    const quint64 nextId = runner.run(next);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(finished.at(1).at(0).toULongLong(), nextId);
    QVERIFY2(finished.at(1).at(1).value<QueryOutcome>().ok(),
             qPrintable(finished.at(1).at(1).value<QueryOutcome>().message));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(1).value<QList<QVariantList>>().first().first().toLongLong(), 347);
}

void TestPgQuery::lockRetriesUntilReleased()
{
    PgProbe holder(m_server);
    QVERIFY(holder.exec(QStringLiteral("UPDATE counter SET v = 1 WHERE id = 1")));
    QVERIFY(holder.db().transaction());
    QVERIFY(holder.exec(QStringLiteral("SELECT * FROM counter WHERE id = 1 FOR UPDATE")));

    DatabaseInfo info;
    info.path = m_server;
    QueryRunner runner(info);
    QSignalSpy finished(&runner, &QueryRunner::finished);
    QueryRequest update;
    update.sql = QStringLiteral("UPDATE counter SET v = v + 1 WHERE id = 1");
    runner.run(update);
    PgProbe probe(m_server);
    // The update waits for the row lock (and is rolled back and retried every 500 ms).
    QTRY_VERIFY_WITH_TIMEOUT(
        probe.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                                   "'Lock' AND query LIKE 'UPDATE counter%'"))
                .toInt()
            == 1,
        10000);
    // Held past one lock timeout, so the run has to retry at least once.
    QTest::qWait(PgQueryEngine::lockTimeoutMs + 300);
    QCOMPARE(finished.size(), 0);
    QVERIFY(holder.db().commit());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto outcome = finished.first().at(1).value<QueryOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY2(outcome.attempts >= 2, qPrintable(QString::number(outcome.attempts)));
    QCOMPARE(outcome.rowsAffected, 1);
    QVERIFY(outcome.wrote);
    QCOMPARE(probe.value(QStringLiteral("SELECT v FROM counter WHERE id = 1")).toInt(), 2);
}

void TestPgQuery::lockPastBudgetExitsBusy()
{
    PgProbe holder(m_server);
    QVERIFY(holder.exec(QStringLiteral("UPDATE counter SET v = 10 WHERE id = 1")));
    QVERIFY(holder.db().transaction());
    QVERIFY(holder.exec(QStringLiteral("SELECT * FROM counter WHERE id = 1 FOR UPDATE")));
    QElapsedTimer clock;
    clock.start();
    const Run run = query({QStringLiteral("--wait"), QStringLiteral("1.5"),
                           QStringLiteral("UPDATE counter SET v = 99 WHERE id = 1")});
    const qint64 elapsed = clock.elapsed();
    QVERIFY(holder.db().rollback());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("held a lock")), qPrintable(run.err));
    QVERIFY2(elapsed >= 1500 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    PgProbe probe(m_server);
    QCOMPARE(probe.value(QStringLiteral("SELECT v FROM counter WHERE id = 1")).toInt(), 10);
}

void TestPgQuery::errorNamesLineAndColumn()
{
    const Run run = query({QStringLiteral("SELECT 1;\n  SELECT nope FROM \"Album\"")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("line 2, column 10:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nope")), qPrintable(run.err));

    // With --file the message names the file.
    const QString script = m_dir.filePath(QStringLiteral("broken.sql"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("UPDATE counter SET v = 5 WHERE id = 1;\n-- ünïcode before the error\n"
               "SELECT 'ä' || ,;\n");
    file.close();
    const Run fromFile = query({QStringLiteral("--file"), script});
    QCOMPARE(fromFile.exitCode, 1);
    QVERIFY2(fromFile.err.contains(script + QStringLiteral(":3:15:")), qPrintable(fromFile.err));
    PgProbe probe(m_server);
    QVERIFY(probe.value(QStringLiteral("SELECT v FROM counter WHERE id = 1")).toInt() != 5);
}

void TestPgQuery::typedBeginRefused()
{
    PgProbe probe(m_server);
    QVERIFY(probe.exec(QStringLiteral("UPDATE counter SET v = 7 WHERE id = 1")));
    const Run run
        = query({QStringLiteral("BEGIN; UPDATE counter SET v = 8 WHERE id = 1; COMMIT;")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("BEGIN cannot be run here")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("line 1, column 1:")), qPrintable(run.err));
    const Run rollback = query({QStringLiteral("UPDATE counter SET v = 9; ROLLBACK")});
    QCOMPARE(rollback.exitCode, 1);
    QVERIFY2(rollback.err.contains(QStringLiteral("ROLLBACK cannot be run here")),
             qPrintable(rollback.err));
    QCOMPARE(probe.value(QStringLiteral("SELECT v FROM counter WHERE id = 1")).toInt(), 7);
}

void TestPgQuery::fileScriptWithOuterPair()
{
    const QString script = m_dir.filePath(QStringLiteral("pair.sql"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN;\nCREATE TABLE made (a int);\nINSERT INTO made VALUES (1), (2);\n"
               "CREATE FUNCTION twice(x int) RETURNS int AS $$ SELECT x * 2; $$ LANGUAGE sql;\n"
               "COMMIT;\n");
    file.close();
    const Run run = query({QStringLiteral("--file"), script});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    PgProbe probe(m_server);
    QCOMPARE(probe.value(QStringLiteral("SELECT sum(twice(a)) FROM made")).toInt(), 6);

    // All or nothing: a failing statement leaves nothing of the script behind.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("BEGIN;\nINSERT INTO made VALUES (3);\nINSERT INTO nowhere VALUES (1);\nCOMMIT;\n");
    file.close();
    const Run failed = query({QStringLiteral("--file"), script});
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM made")).toInt(), 2);
}

void TestPgQuery::pagesAreReadThroughACursor()
{
    PgQueryEngine engine(m_server, {});
    QString problem;
    QVERIFY2(engine.open(&problem), qPrintable(problem));
    const QString sql = QStringLiteral("SELECT g, 'row ' || g FROM generate_series(1, 200000) g");
    QueryRequest request;
    request.sql = sql;
    request.maxRows = 10;
    Rows first;
    const QueryOutcome outcome = engine.run(1, request, first);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(first.rows.size(), 10); // handed over
    QCOMPARE(outcome.rows, 200000);  // counted to the end
    QCOMPARE(outcome.resultRows, 200000);
    QVERIFY(outcome.readOnly);
    QVERIFY(!outcome.wrote);
    QCOMPARE(first.rows.last().first().toLongLong(), 10);

    Rows page;
    const QueryOutcome fetched = engine.fetch(2, outcome.resultSql, 199990, 256, page);
    QVERIFY2(fetched.ok(), qPrintable(fetched.message));
    QCOMPARE(page.rows.size(), 10);
    QCOMPARE(page.rows.first().at(0).toLongLong(), 199991);
    QCOMPARE(page.rows.last().at(1).toString(), QStringLiteral("row 200000"));

    Rows refused;
    QVERIFY(!engine.fetch(3, QStringLiteral("DELETE FROM counter"), 0, 10, refused).ok());
    PgProbe probe(m_server);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM counter")).toInt(), 1);
}

void TestPgQuery::hiddenWriteRunsAsWrite()
{
    PgProbe probe(m_server);
    const qint64 before
        = probe.value(QStringLiteral("SELECT last_value FROM numbers")).toLongLong();
    const Run run = query({QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("SELECT nextval('numbers') AS n")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<QList<Cell>> cells = parseCsv(run.out);
    QCOMPARE(cells.size(), 2);
    const qint64 n = cells.at(1).at(0).text.toLongLong();
    QVERIFY(n >= before);
    QCOMPARE(probe.value(QStringLiteral("SELECT last_value FROM numbers")).toLongLong(), n);
}

void TestPgQuery::factoryPicksTheEngine()
{
    DatabaseInfo info;
    info.path = m_server;
    const auto engine = QueryEngine::create(info);
    QVERIFY(dynamic_cast<PgQueryEngine *>(engine.get()));
    QString problem;
    QVERIFY2(engine->open(&problem), qPrintable(problem));
    Rows rows;
    QueryRequest request;
    request.sql = QStringLiteral("SELECT 1 + 1 AS two");
    QVERIFY(engine->run(1, request, rows).ok());
    QCOMPARE(rows.names, QStringList{QStringLiteral("two")});
    QCOMPARE(rows.rows.first().first().toLongLong(), 2);
}

namespace {

// The server session of `engine`, as the server numbers it (-1 when the run fails).
qint64 sessionOf(PgQueryEngine &engine, quint64 id, QueryOutcome *outcome = nullptr)
{
    QueryRequest request;
    request.sql = QStringLiteral("SELECT pg_backend_pid()");
    Rows rows;
    const QueryOutcome done = engine.run(id, request, rows);
    if (outcome)
        *outcome = done;
    return done.ok() ? rows.rows.value(0).value(0).toLongLong() : -1;
}

// Ends the session `pid` as an administrator would, and waits until it is gone (up to 5 s).
bool endSession(const PgProbe &probe, qint64 pid)
{
    return probe.value(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid))
           == QVariant(true);
}

} // namespace

// The server ended the console's session while it was idle (a restart, an administrator, an idle
// timeout): the next run connects again and runs on the new connection, reads and writes alike,
// and says that it connected again.
void TestPgQuery::connectsAgainAfterTheServerEndedTheSession()
{
    PgQueryEngine engine(m_server, {});
    QString problem;
    QVERIFY2(engine.open(&problem), qPrintable(problem));
    const PgProbe probe(m_server);
    const qint64 pid = sessionOf(engine, 1);
    QVERIFY(pid > 0);
    QVERIFY(endSession(probe, pid));

    QueryOutcome read;
    const qint64 again = sessionOf(engine, 2, &read);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QVERIFY(read.reconnected);
    QVERIFY(again > 0 && again != pid);
    QueryOutcome same;
    QCOMPARE(sessionOf(engine, 3, &same), again);
    QVERIFY(!same.reconnected);

    QVERIFY(endSession(probe, again));
    QueryRequest request;
    request.sql = QStringLiteral("UPDATE counter SET v = v + 1 WHERE id = 1");
    const int before = probe.value(QStringLiteral("SELECT v FROM counter")).toInt();
    Rows none;
    const QueryOutcome write = engine.run(4, request, none);
    QVERIFY2(write.ok(), qPrintable(write.message));
    QVERIFY(write.wrote && write.reconnected);
    QCOMPARE(write.rowsAffected, 1);
    QCOMPARE(probe.value(QStringLiteral("SELECT v FROM counter")).toInt(), before + 1);

    // A page of an earlier result, read after the session ended (the result grid scrolled).
    QVERIFY(endSession(probe, sessionOf(engine, 5)));
    Rows page;
    const QueryOutcome fetched
        = engine.fetch(6, QStringLiteral("SELECT g FROM generate_series(1, 100) g"), 10, 5, page);
    QVERIFY2(fetched.ok(), qPrintable(fetched.message));
    QVERIFY(fetched.reconnected);
    QCOMPARE(page.rows.size(), 5);
    QCOMPARE(page.rows.first().first().toLongLong(), 11);
}

// A session ended while a statement runs (an administrator stopping that very one) is rolled
// back and not run again; a server that refuses the new session is reported as unreachable (not
// as a disk error), and the run after it connects once the server lets it.
void TestPgQuery::aSessionEndedMidRunIsNotRunAgain()
{
    PgQueryEngine engine(m_server, {});
    QString problem;
    QVERIFY2(engine.open(&problem), qPrintable(problem));
    const PgProbe probe(m_server);
    const int before = probe.value(QStringLiteral("SELECT v FROM counter")).toInt();
    QueryRequest request;
    request.sql = QStringLiteral("UPDATE counter SET v = v + 1 WHERE id = 1 AND "
                                 "pg_sleep(30) IS NOT NULL");
    QProcess killer;
    killer.start(psqlPath(),
                 {QStringLiteral("--no-psqlrc"), QStringLiteral("-q"), QStringLiteral("-d"),
                  m_server, QStringLiteral("-c"),
                  // Ends the UPDATE once it runs (tries for up to 10 s; the snapshot of
                  // pg_stat_activity is otherwise kept for the whole DO block).
                  QStringLiteral("DO $$ DECLARE ended int := 0; BEGIN FOR i IN 1..100 LOOP "
                                 "PERFORM pg_stat_clear_snapshot(); SELECT "
                                 "count(pg_terminate_backend(pid)) INTO ended FROM "
                                 "pg_stat_activity WHERE datname = current_database() AND state "
                                 "= 'active' AND query LIKE '%pg_sleep(30)%' AND pid <> "
                                 "pg_backend_pid(); EXIT WHEN ended > 0; PERFORM pg_sleep(0.1); "
                                 "END LOOP; END $$")});
    QElapsedTimer clock;
    clock.start();
    Rows none;
    const QueryOutcome cut = engine.run(1, request, none);
    QVERIFY(killer.waitForFinished(10000));
    QVERIFY(!cut.ok());
    QVERIFY(clock.elapsed() < 20000);
    QCOMPARE(cut.error.kind, StorageError::Unreachable);
    QVERIFY2(cut.message.contains(QStringLiteral("nothing was changed")), qPrintable(cut.message));
    QCOMPARE(probe.value(QStringLiteral("SELECT v FROM counter")).toInt(), before);
    QueryOutcome next;
    const qint64 pid = sessionOf(engine, 2, &next);
    QVERIFY2(next.ok(), qPrintable(next.message));
    QVERIFY(next.reconnected);

    const QString database = probe.value(QStringLiteral("SELECT current_database()")).toString();
    const PgProbe admin(m_admin); // a database cannot refuse sessions from inside itself
    QVERIFY(
        admin.exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(database)));
    QVERIFY(endSession(probe, pid));
    QueryOutcome away;
    QCOMPARE(sessionOf(engine, 3, &away), -1);
    QVERIFY(
        admin.exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(database)));
    QCOMPARE(away.error.kind, StorageError::Unreachable);
    QVERIFY2(away.message.contains(QStringLiteral("server cannot be reached")),
             qPrintable(away.message));
    QVERIFY2(!away.message.contains(QStringLiteral("disk")), qPrintable(away.message));
    QVERIFY(sessionOf(engine, 4) > 0);
}

QTEST_GUILESS_MAIN(TestPgQuery)
#include "tst_pgquery.moc"

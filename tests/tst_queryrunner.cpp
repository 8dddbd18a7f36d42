// The SQL console's execution side (storage/queryengine.h): scripts, positions, transactions,
// refusals, cancel and lock-retry, and that a read never writes a byte.
#include "pgqueryengine.h"
#include "queryrunner.h"
#include "sqlitequeryengine.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rowbook;
using testsupport::Probe;

namespace {

// Keeps everything a run produced.
class Collect : public QuerySink
{
public:
    void columns(const QStringList &names) override { headers << names; }
    bool row(const QVariantList &values) override
    {
        rows << values;
        return true;
    }
    QList<QStringList> headers;
    QList<QVariantList> rows;
};

} // namespace

class TestQueryRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void split_data();
    void split();
    void valuesAndColumns();
    void errorPosition_data();
    void errorPosition();
    void writesAreAllOrNothing();
    void rowsAffected();
    void refusesTransactionControl_data();
    void refusesTransactionControl();
    void fileScriptOuterTransaction();
    void readOnlyQueryWritesNothing();
    void cancelEndlessQuery();
    void cancelBeforeStart();
    void waitsForLock();
    void busyPastBudget();
    void maxRowsStillCounts();
    void fetchReadsAPageAgain();
    void refusesAServerDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestQueryRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath("q.sqlite");
    QVERIFY(Database::prepare(m_path, Database::Open::Create).isOpen());
    Probe probe(m_path);
    QVERIFY(probe.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, r REAL)"));
    QVERIFY(probe.exec("INSERT INTO t VALUES (1, 'one', 1.5), (2, 'two', NULL)"));
}

void TestQueryRunner::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("one without ;") << "SELECT 1" << QStringList{"SELECT 1"};
    QTest::newRow("two") << "SELECT 1; SELECT 2;" << QStringList{"SELECT 1;", "SELECT 2;"};
    QTest::newRow("; in a string and a comment")
        << "SELECT 'a;b'; -- c;d\nSELECT \"x;\" FROM t /* ; */;"
        << QStringList{"SELECT 'a;b';", "SELECT \"x;\" FROM t /* ; */;"};
    QTest::newRow("trigger body")
        << "CREATE TRIGGER g AFTER INSERT ON t BEGIN UPDATE t SET r = 0; DELETE FROM t; END; "
           "SELECT 3"
        << QStringList{"CREATE TRIGGER g AFTER INSERT ON t BEGIN UPDATE t SET r = 0; DELETE FROM "
                       "t; END;",
                       "SELECT 3"};
    QTest::newRow("blank and comments only") << "  ;\n-- nothing\n/* at all */ ;" << QStringList{};
}

void TestQueryRunner::split()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    const QByteArray utf8 = sql.toUtf8();
    QStringList found;
    for (const auto &statement : SqliteQueryEngine::split(utf8))
        found << QString::fromUtf8(utf8.mid(statement.begin, statement.end - statement.begin));
    QCOMPARE(found, statements);
}

void TestQueryRunner::valuesAndColumns()
{
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QString problem;
    QVERIFY2(engine->open(&problem), qPrintable(problem));
    Collect sink;
    const QueryOutcome outcome = engine->run(
        1, {"SELECT id, name, r, x'00ff' AS b FROM t ORDER BY id; SELECT 1 AS a WHERE 0"}, sink);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.statements, 2);
    QCOMPARE(outcome.rows, 2);
    QCOMPARE(sink.headers, (QList<QStringList>{{"id", "name", "r", "b"}, {"a"}}));
    QCOMPARE(sink.rows.size(), 2);
    QCOMPARE(sink.rows[0][0].typeId(), QMetaType::LongLong);
    QCOMPARE(sink.rows[0][1].toString(), QString("one"));
    QCOMPARE(sink.rows[0][2].typeId(), QMetaType::Double);
    QCOMPARE(sink.rows[0][2].toDouble(), 1.5);
    QCOMPARE(sink.rows[0][3].toByteArray(), QByteArray("\x00\xff", 2));
    QVERIFY(sink.rows[1][2].isNull());
}

void TestQueryRunner::errorPosition_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    // sqlite3_error_offset points at the token that is wrong.
    QTest::newRow("syntax, 2nd line") << "SELECT 1;\nSELECT * FORM t;" << 1 << 2 << 10 << "FORM";
    QTest::newRow("no such table")
        << "SELECT 1;\n\n  SELECT * FROM nope;" << 1 << 3 << 17 << "no such table";
    QTest::newRow("after non-ASCII")
        << "SELECT 'ä€', * FROM nope" << 1 << 1 << 21 << "no such table";
    QTest::newRow("selection from line 5")
        << "\nSELECT nope FROM t" << 5 << 6 << 8 << "no such column";
    // A runtime error marks the statement.
    QTest::newRow("constraint") << "SELECT 1;\n  INSERT INTO t (name) VALUES (NULL);" << 1 << 2 << 3
                                << "NOT NULL";
}

void TestQueryRunner::errorPosition()
{
    QFETCH(QString, sql);
    QFETCH(int, firstLine);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, text);
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QVERIFY(engine->open(nullptr));
    Collect sink;
    QueryRequest request{sql};
    request.firstLine = firstLine;
    const QueryOutcome outcome = engine->run(1, request, sink);
    QCOMPARE(outcome.status, QueryOutcome::Failed);
    QCOMPARE(outcome.line, line);
    QCOMPARE(outcome.column, column);
    QVERIFY2(outcome.message.contains(text), qPrintable(outcome.message));
    QVERIFY2(outcome.message.startsWith(QString("line %1, column %2: ").arg(line).arg(column)),
             qPrintable(outcome.message));
}

void TestQueryRunner::writesAreAllOrNothing()
{
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QVERIFY(engine->open(nullptr));
    Collect sink;
    QueryOutcome outcome
        = engine->run(1,
                      {"INSERT INTO t (name) VALUES ('three');\nUPDATE t SET name = 'x';\n"
                       "INSERT INTO t (id, name) VALUES (1, 'dup');"},
                      sink);
    QCOMPARE(outcome.status, QueryOutcome::Failed);
    QCOMPARE(outcome.line, 3);
    Probe probe(m_path);
    QCOMPARE(probe.value("SELECT group_concat(name, ',') FROM t").toString(), QString("one,two"));
    // A script that creates a table and fills it (the second statement cannot be prepared
    // before the first ran) commits as one.
    outcome = engine->run(2, {"CREATE TABLE u (a); INSERT INTO u VALUES (1), (2); SELECT * FROM u"},
                          sink);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.wrote);
    QCOMPARE(probe.value("SELECT sum(a) FROM u").toInt(), 3);
    QCOMPARE(sink.rows.size(), 2);
}

void TestQueryRunner::rowsAffected()
{
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QVERIFY(engine->open(nullptr));
    Collect sink;
    QueryOutcome outcome = engine->run(1, {"UPDATE t SET r = 2"}, sink);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.rowsAffected, 2);
    outcome = engine->run(2, {"CREATE TABLE v (a)"}, sink); // DDL changes no rows
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.rowsAffected, 0);
    outcome
        = engine->run(3, {"DELETE FROM t WHERE id = 1; INSERT INTO v VALUES (1),(2),(3)"}, sink);
    QCOMPARE(outcome.rowsAffected, 4);
    QCOMPARE(Probe(m_path).value("SELECT count(*) FROM t").toInt(), 1);
}

void TestQueryRunner::refusesTransactionControl_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("fileScript");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("word");
    QTest::newRow("BEGIN") << "BEGIN;\nINSERT INTO t (name) VALUES ('x');" << false << 1 << "BEGIN";
    QTest::newRow("COMMIT") << "INSERT INTO t (name) VALUES ('x');\ncommit;" << false << 2
                            << "COMMIT";
    QTest::newRow("ROLLBACK") << "\n\nROLLBACK" << false << 3 << "ROLLBACK";
    QTest::newRow("SAVEPOINT") << "SAVEPOINT a; INSERT INTO t (name) VALUES ('x')" << false << 1
                               << "SAVEPOINT";
    QTest::newRow("outer pair outside a file")
        << "BEGIN;\nINSERT INTO t (name) VALUES ('x');\nCOMMIT;" << false << 1 << "BEGIN";
    QTest::newRow("two pairs in a file")
        << "BEGIN; INSERT INTO t (name) VALUES ('x'); COMMIT;\nBEGIN; COMMIT;" << true << 1
        << "BEGIN";
    QTest::newRow("ROLLBACK in a file") << "BEGIN;\nROLLBACK;" << true << 1 << "BEGIN";
}

void TestQueryRunner::refusesTransactionControl()
{
    QFETCH(QString, sql);
    QFETCH(bool, fileScript);
    QFETCH(int, line);
    QFETCH(QString, word);
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QVERIFY(engine->open(nullptr));
    Collect sink;
    QueryRequest request{sql};
    request.fileScript = fileScript;
    const QueryOutcome outcome = engine->run(1, request, sink);
    QCOMPARE(outcome.status, QueryOutcome::Failed);
    QCOMPARE(outcome.line, line);
    QVERIFY2(outcome.message.contains(word + " cannot be run here"), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains("one transaction"), qPrintable(outcome.message));
    QCOMPARE(Probe(m_path).value("SELECT count(*) FROM t").toInt(), 2); // nothing ran
    // The connection is not left in a transaction: the next run writes and commits.
    QVERIFY(engine->run(2, {"INSERT INTO t (name) VALUES ('y')"}, sink).ok());
    QCOMPARE(Probe(m_path).value("SELECT count(*) FROM t").toInt(), 3);
}

void TestQueryRunner::fileScriptOuterTransaction()
{
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QVERIFY(engine->open(nullptr));
    Collect sink;
    // As sqlite3 .dump writes it; it fails half-way, so nothing of it stays.
    QueryRequest request{
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE d (a);\n"
        "INSERT INTO d VALUES (1);\nINSERT INTO t VALUES (1, 'dup', 0);\nCOMMIT;\n"};
    request.fileScript = true;
    QueryOutcome outcome = engine->run(1, request, sink);
    QCOMPARE(outcome.status, QueryOutcome::Failed);
    QCOMPARE(outcome.line, 5);
    Probe probe(m_path);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'd'").toInt(), 0);
    request.sql.replace("VALUES (1, 'dup', 0)", "VALUES (3, 'three', 0)");
    outcome = engine->run(2, request, sink);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.statements, 4); // the PRAGMA, CREATE and two INSERTs; BEGIN/COMMIT are ours
    QCOMPARE(probe.value("SELECT count(*) FROM d").toInt(), 1);
    QCOMPARE(probe.value("SELECT name FROM t WHERE id = 3").toString(), QString("three"));
}

void TestQueryRunner::readOnlyQueryWritesNothing()
{
    const QString copy = m_dir->filePath("chinook.sqlite");
    QVERIFY(testsupport::copyOfChinook(copy));
    const QByteArray before = testsupport::sha256(copy);
    const QDateTime modified = QFileInfo(copy).lastModified();
    {
        QueryRunner runner(Database::prepare(copy, Database::Open::Existing));
        QSignalSpy finished(&runner, &QueryRunner::finished);
        runner.run({"SELECT a.Title, count(*) FROM Album a JOIN Track t USING (AlbumId) "
                    "GROUP BY a.AlbumId; SELECT * FROM Invoice"});
        QTRY_COMPARE(finished.count(), 1);
        const auto outcome = finished.first().at(1).value<QueryOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.rows, 347 + 412);
        QVERIFY(!outcome.wrote);
    }
    QCOMPARE(testsupport::sha256(copy), before);
    QCOMPARE(QFileInfo(copy).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(copy + "-journal"));
    QVERIFY(!QFileInfo::exists(copy + "-wal"));
}

void TestQueryRunner::cancelEndlessQuery()
{
    QueryRunner runner(Database::prepare(m_path, Database::Open::Existing));
    QSignalSpy started(&runner, &QueryRunner::started);
    QSignalSpy finished(&runner, &QueryRunner::finished);
    const quint64 id = runner.run(
        {"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"});
    QTRY_COMPARE(started.count(), 1);
    // Let it run a while, so that the cancel reaches a statement deep in its work.
    QElapsedTimer running;
    running.start();
    while (running.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCOMPARE(finished.count(), 0); // still running: it is endless
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QVERIFY(finished.wait(5000));
    const qint64 cancelMs = clock.elapsed();
    qInfo("cancel took %lld ms", static_cast<long long>(cancelMs));
    QVERIFY2(cancelMs <= 200, qPrintable(QString::number(cancelMs)));
    QCOMPARE(finished.first().at(0).toULongLong(), id);
    const auto outcome = finished.first().at(1).value<QueryOutcome>();
    QCOMPARE(outcome.status, QueryOutcome::Cancelled);

    QSignalSpy rows(&runner, &QueryRunner::rowsReady);
    runner.run({"SELECT count(*) FROM t"});
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(finished.last().at(1).value<QueryOutcome>().ok());
    QCOMPARE(rows.count(), 1);
    QCOMPARE(rows.first().at(1).value<QList<QVariantList>>().first().first().toInt(), 2);
}

void TestQueryRunner::cancelBeforeStart()
{
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QVERIFY(engine->open(nullptr));
    engine->cancel(1); // a cancel that lands before the run starts is not lost
    Collect sink;
    QCOMPARE(engine->run(1, {"INSERT INTO t (name) VALUES ('x')"}, sink).status,
             QueryOutcome::Cancelled);
    QVERIFY(engine->run(2, {"INSERT INTO t (name) VALUES ('y')"}, sink).ok());
    QCOMPARE(Probe(m_path).value("SELECT group_concat(name, ',') FROM t").toString(),
             QString("one,two,y"));
}

void TestQueryRunner::waitsForLock()
{
    testsupport::LockHolder holder;
    QVERIFY(holder.acquire(m_path, "BEGIN IMMEDIATE"));
    QueryRunner runner(Database::prepare(m_path, Database::Open::Existing));
    QSignalSpy finished(&runner, &QueryRunner::finished);
    runner.run({"INSERT INTO t (name) VALUES ('late')"});
    QTimer::singleShot(400, this, [&holder] { holder.release(); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto outcome = finished.first().at(1).value<QueryOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.attempts > 1);
    QVERIFY(outcome.elapsedMs >= 300);
    QCOMPARE(Probe(m_path).value("SELECT count(*) FROM t WHERE name = 'late'").toInt(), 1);
}

void TestQueryRunner::busyPastBudget()
{
    testsupport::LockHolder holder;
    QVERIFY(holder.acquire(m_path, "BEGIN IMMEDIATE"));
    RetryPolicy policy;
    policy.budgetMs = 300;
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing), policy);
    QVERIFY(engine->open(nullptr));
    Collect sink;
    const QueryOutcome outcome = engine->run(1, {"INSERT INTO t (name) VALUES ('never')"}, sink);
    QCOMPARE(outcome.status, QueryOutcome::Busy);
    QVERIFY(outcome.attempts > 1);
    QVERIFY2(outcome.message.contains("lock"), qPrintable(outcome.message));
    holder.release();
    QCOMPARE(Probe(m_path).value("SELECT count(*) FROM t").toInt(), 2);
}

void TestQueryRunner::maxRowsStillCounts()
{
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QVERIFY(engine->open(nullptr));
    Collect sink;
    QueryRequest request{"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                         "WHERE x < 5000) SELECT x FROM c"};
    request.maxRows = 100;
    const QueryOutcome outcome = engine->run(1, request, sink);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.rows, 5000);
    QCOMPARE(sink.rows.size(), 100);
    QCOMPARE(sink.rows.last().first().toInt(), 100);
}

void TestQueryRunner::fetchReadsAPageAgain()
{
    auto engine = QueryEngine::create(Database::prepare(m_path, Database::Open::Existing));
    QVERIFY(engine->open(nullptr));
    Collect sink;
    const QueryOutcome outcome
        = engine->run(1,
                      {"SELECT 1; WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                       "WHERE x < 5000) SELECT x, 'r' || x FROM c"},
                      sink);
    QVERIFY(outcome.ok());
    QVERIFY(outcome.readOnly);
    QCOMPARE(outcome.resultRows, 5000);
    QVERIFY(outcome.resultSql.startsWith("WITH RECURSIVE"));
    Collect page;
    QVERIFY(engine->fetch(2, outcome.resultSql, 4900, 50, page).ok());
    QCOMPARE(page.rows.size(), 50);
    QCOMPARE(page.rows.first().first().toInt(), 4901);
    QCOMPARE(page.rows.last().at(1).toString(), QString("r4950"));
    Collect tail;
    QVERIFY(engine->fetch(3, outcome.resultSql, 4990, 50, tail).ok());
    QCOMPARE(tail.rows.size(), 10);
    // A write is never run again.
    const QueryOutcome write = engine->fetch(4, "INSERT INTO t (name) VALUES ('x')", 0, 10, tail);
    QCOMPARE(write.status, QueryOutcome::Failed);
    QCOMPARE(Probe(m_path).value("SELECT count(*) FROM t").toInt(), 2);
    const QueryOutcome writes
        = engine->run(5, {"INSERT INTO t (name) VALUES ('x') RETURNING id"}, sink);
    QVERIFY(writes.ok());
    QVERIFY(!writes.readOnly);
}

void TestQueryRunner::refusesAServerDatabase()
{
    // A server database gets the PostgreSQL engine (tests/pg/tst_pgquery runs it on a server);
    // the SQLite engine never opens a file named like the URI.
    DatabaseInfo info;
    info.path = "postgresql://ann@/music?host=/nonexistent-rowbook-socket-dir";
    auto engine = QueryEngine::create(info);
    QVERIFY(dynamic_cast<PgQueryEngine *>(engine.get()));
    QString problem;
    QVERIFY(!engine->open(&problem)); // no server there
    QVERIFY2(problem.contains("server cannot be reached"), qPrintable(problem));
    SqliteQueryEngine sqlite(info, {});
    QVERIFY(!sqlite.open(&problem));
    QVERIFY2(problem.contains("PostgreSQL"), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(info.path));
}

QTEST_GUILESS_MAIN(TestQueryRunner)
#include "tst_queryrunner.moc"

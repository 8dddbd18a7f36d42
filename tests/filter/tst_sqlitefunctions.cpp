#include "sqlitefunctions.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace rowbook;

namespace {

const QString connectionName = QStringLiteral("tst_sqlitefunctions");

// Counts to a billion: minutes of work unless interrupted.
const QString longQuery = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
    "SELECT count(*) FROM c");

// A connection owned by a worker thread, shared with the test thread only under the mutex so
// that it cannot be closed while interrupt() looks at it.
struct Worker
{
    QMutex mutex;
    QSqlDatabase db;
    std::atomic_bool running{false};
    bool ok = true;
    QSqlError error;
    QVariant result;
};

void runLongQuery(Worker *worker, const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            {
                QMutexLocker locker(&worker->mutex);
                worker->db = db;
            }
            QSqlQuery query(db);
            worker->running = true;
            worker->ok = query.exec(longQuery) && query.next();
            worker->error = query.lastError();
            if (worker->ok)
                worker->result = query.value(0);
            QMutexLocker locker(&worker->mutex);
            worker->db = QSqlDatabase();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestSqliteFunctions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void registerNeedsOpenSqliteConnection();
    void regexp_data();
    void regexp();
    void regexpInvalidPattern();
    void regexpIsPerConnection();
    void regexpCompiledOncePerStatement();
    void regexpPatternChangingPerRow();
    void regexpIsDeterministic();
    void interruptStopsLongQuery();
    void interruptWhenIdleIsHarmless();
    void interruptWithoutConnection();
    void isInterrupted_data();
    void isInterrupted();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
};

void TestSqliteFunctions::initTestCase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QVERIFY(registerRegexp(db));
}

void TestSqliteFunctions::cleanupTestCase()
{
    {
        QSqlDatabase connection = db();
        connection.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void TestSqliteFunctions::registerNeedsOpenSqliteConnection()
{
    QVERIFY(!registerRegexp(QSqlDatabase()));

    const QString name = QStringLiteral("tst_sqlitefunctions-closed");
    {
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        closed.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(!registerRegexp(closed));
        QVERIFY(closed.open());
        QVERIFY(registerRegexp(closed));
        QVERIFY(registerRegexp(closed)); // registering again replaces the function
        closed.close();
        QVERIFY(!registerRegexp(closed));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestSqliteFunctions::regexp_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("pattern");
    QTest::addColumn<QVariant>("expected"); // 1, 0, or NULL

    const auto text = [](const char *value) {
        return QVariant(QString::fromUtf8(value));
    };
    const QVariant yes(1);
    const QVariant no(0);
    const QVariant null;

    QTest::newRow("contains") << text("abc") << text("b") << yes;
    QTest::newRow("anchored no") << text("abc") << text("^b") << no;
    QTest::newRow("case-sensitive") << text("ABC") << text("abc") << no;
    QTest::newRow("(?i)") << text("ABC") << text("(?i)abc") << yes;
    QTest::newRow("NULL value") << null << text("a") << null;
    QTest::newRow("NULL pattern") << text("a") << null << null;
    QTest::newRow("empty value") << text("") << text("^$") << yes;
    QTest::newRow("empty pattern") << text("abc") << text("") << yes;
    QTest::newRow("integer value") << QVariant(qlonglong(42)) << text("^4\\d$") << yes;
    QTest::newRow("real value") << QVariant(2.5) << text("^2\\.5$") << yes;
    QTest::newRow("blob value") << QVariant(QByteArray("abc")) << text("^abc$") << yes;
    QTest::newRow("multiline off") << text("one\ntwo") << text("^two$") << no;
    QTest::newRow("multiline on") << text("one\ntwo") << text("(?m)^two$") << yes;
    QTest::newRow("\\w Latin") << text("naïve") << text("^\\w+$") << yes;
    QTest::newRow("\\w CJK") << text("日本語") << text("^\\w{3}$") << yes;
    QTest::newRow("non-BMP is one character") << text("a😀b") << text("^a.b$") << yes;
    QTest::newRow("non-BMP literal") << text("say 😀!") << text("😀!$") << yes;
    QTest::newRow("ß") << text("Straße") << text("ß") << yes;
    QTest::newRow("Unicode case-sensitive") << text("über") << text("^Ü") << no;
    QTest::newRow("Unicode (?i)") << text("über") << text("(?i)^Ü") << yes;
    QTest::newRow("Unicode class") << text("Ελλάδα") << text("^\\p{Greek}+$") << yes;
}

void TestSqliteFunctions::regexp()
{
    QFETCH(QVariant, value);
    QFETCH(QVariant, pattern);
    QFETCH(QVariant, expected);

    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("SELECT ? REGEXP ?")));
    query.addBindValue(value);
    query.addBindValue(pattern);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    const QVariant actual = query.value(0);
    if (expected.isNull()) {
        QVERIFY2(actual.isNull(), qPrintable(actual.toString()));
    } else {
        QVERIFY(!actual.isNull());
        QCOMPARE(actual.toInt(), expected.toInt());
    }
}

void TestSqliteFunctions::regexpInvalidPattern()
{
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("SELECT 'abc' REGEXP ?")));
    query.addBindValue(QStringLiteral("a(b"));
    QVERIFY(!query.exec());
    const QSqlError error = query.lastError();
    QVERIFY2(error.databaseText().contains(QLatin1String("invalid regular expression")),
             qPrintable(error.databaseText()));
    QVERIFY2(error.databaseText().contains(QLatin1String("at character 4 of the pattern")),
             qPrintable(error.databaseText()));
    QCOMPARE(error.nativeErrorCode().toInt() & 0xff, 1); // SQLITE_ERROR
    QVERIFY(!rowbook::isInterrupted(error));

    // The connection is still usable afterwards.
    QVERIFY(query.exec(QStringLiteral("SELECT 'abc' REGEXP 'b'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestSqliteFunctions::regexpIsPerConnection()
{
    const QString name = QStringLiteral("tst_sqlitefunctions-plain");
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        plain.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(plain.open());
        QSqlQuery query(plain);
        QVERIFY(!query.exec(QStringLiteral("SELECT 'abc' REGEXP 'b'")));
        QVERIFY2(query.lastError().databaseText().contains(QLatin1String("no such function")),
                 qPrintable(query.lastError().databaseText()));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestSqliteFunctions::regexpCompiledOncePerStatement()
{
    // One bound pattern over many rows: the cached expression must give the same answers as a
    // fresh QRegularExpression per row.
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE words (w TEXT)")));
    QVERIFY(db().transaction());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO words VALUES (?)")));
    QStringList words;
    for (int i = 0; i < 2000; ++i) {
        words << QStringLiteral("w%1-%2")
                     .arg(i * 7919 % 10007)
                     .arg(i % 3 ? QStringLiteral("é") : QStringLiteral("e"));
        query.addBindValue(words.last());
        QVERIFY(query.exec());
    }
    QVERIFY(db().commit());

    const QString pattern = QStringLiteral("^w[1-3]\\d*7-\\w$");
    const QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    const auto expected = std::count_if(words.cbegin(), words.cend(), [&](const QString &word) {
        return expression.match(word).hasMatch();
    });
    QVERIFY(expected > 10 && expected < words.size());

    QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM words WHERE w REGEXP ?")));
    for (int run = 0; run < 2; ++run) { // and again on the same prepared statement
        query.addBindValue(pattern);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), qlonglong(expected));
    }
    query.finish();
    QVERIFY(query.exec(QStringLiteral("DROP TABLE words")));
}

void TestSqliteFunctions::regexpPatternChangingPerRow()
{
    // A pattern from a column changes on every row: no stale cached expression may be used.
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT group_concat(v REGEXP p, '') FROM (SELECT 'abc' AS v, '^a' AS p UNION ALL "
        "SELECT 'abc', '^b' UNION ALL SELECT 'abc', 'c$' UNION ALL SELECT 'abc', 'x' UNION ALL "
        "SELECT 'abc', '^a')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("10101"));
}

void TestSqliteFunctions::regexpIsDeterministic()
{
    // Generated columns and partial indexes accept only deterministic functions.
    QSqlQuery query(db());
    QVERIFY2(query.exec(QStringLiteral("CREATE TEMP TABLE g (s TEXT, m INTEGER GENERATED ALWAYS "
                                       "AS (s REGEXP '^a') VIRTUAL)")),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("CREATE INDEX temp.g_a ON g (s) WHERE s REGEXP '^a'")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO g (s) VALUES ('abc'), ('xyz'), (NULL)")));
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(coalesce(m, 'N'), '') FROM g")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("10N"));
    QVERIFY(query.exec(QStringLiteral("DROP TABLE g")));
}

void TestSqliteFunctions::interruptStopsLongQuery()
{
    Worker worker;
    std::unique_ptr<QThread> thread(
        QThread::create(runLongQuery, &worker, QStringLiteral("tst_sqlitefunctions-worker")));
    // If interrupt() did not work the query still ends, minutes later; never destroy a running
    // thread.
    const auto joinThread = qScopeGuard([&thread] { thread->wait(); });

    QSignalSpy finished(thread.get(), &QThread::finished);
    QElapsedTimer timer;
    timer.start();
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker.running, 10000);

    // sqlite3_interrupt() is ignored while no statement runs, so keep asking until the worker's
    // statement gives up.
    const auto interruptUntilFinished = [&worker, &thread] {
        {
            QMutexLocker locker(&worker.mutex);
            if (worker.db.isValid())
                interrupt(worker.db);
        }
        return thread->isFinished();
    };
    QTRY_VERIFY_WITH_TIMEOUT(interruptUntilFinished(), 20000);
    QTRY_COMPARE(finished.count(), 1);

    QVERIFY2(!worker.ok, qPrintable(QStringLiteral("the query finished with %1 after %2 ms")
                                        .arg(worker.result.toString())
                                        .arg(timer.elapsed())));
    QVERIFY2(rowbook::isInterrupted(worker.error),
             qPrintable(worker.error.nativeErrorCode() + QLatin1Char(' ') + worker.error.text()));
    QCOMPARE(worker.error.nativeErrorCode().toInt() & 0xff, 9);
    qInfo("interrupted after %lld ms", timer.elapsed());
}

void TestSqliteFunctions::interruptWhenIdleIsHarmless()
{
    interrupt(db());
    QSqlQuery query(db());
    QVERIFY2(query.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                       "FROM c WHERE x < 100000) SELECT count(*) FROM c")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 100000);
}

void TestSqliteFunctions::interruptWithoutConnection()
{
    interrupt(QSqlDatabase());
    const QString name = QStringLiteral("tst_sqlitefunctions-never-opened");
    {
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        interrupt(closed);
    }
    QSqlDatabase::removeDatabase(name);
}

void TestSqliteFunctions::isInterrupted_data()
{
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("interrupted");

    QTest::newRow("SQLITE_INTERRUPT") << "9" << int(QSqlError::StatementError) << true;
    QTest::newRow("as connection error") << "9" << int(QSqlError::ConnectionError) << true;
    QTest::newRow("extended code, low byte 9") << "265" << int(QSqlError::StatementError) << true;
    QTest::newRow("SQLITE_BUSY") << "5" << int(QSqlError::StatementError) << false;
    QTest::newRow("SQLITE_ERROR") << "1" << int(QSqlError::StatementError) << false;
    QTest::newRow("no code") << "" << int(QSqlError::StatementError) << false;
    QTest::newRow("not a number") << "x9" << int(QSqlError::StatementError) << false;
    QTest::newRow("no error") << "9" << int(QSqlError::NoError) << false;
}

void TestSqliteFunctions::isInterrupted()
{
    QFETCH(QString, nativeCode);
    QFETCH(int, type);
    QFETCH(bool, interrupted);

    const QSqlError error(QStringLiteral("driver"), QStringLiteral("database"),
                          QSqlError::ErrorType(type), nativeCode);
    QCOMPARE(rowbook::isInterrupted(error), interrupted);
}

QTEST_GUILESS_MAIN(TestSqliteFunctions)
#include "tst_sqlitefunctions.moc"

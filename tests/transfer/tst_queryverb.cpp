// `rowbook query`: the CSV of a corpus of Chinook queries equals `sqlite3 -csv -header` cell for
// cell; JSON and table output; positions in errors; exit codes; lock-retry; a read writes nothing.
#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using testsupport::Probe;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

using Table = QList<QStringList>;

// RFC 4180, written here rather than borrowed from Rowbook so the test does not check Rowbook
// against itself.
Table parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    Table rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = any = true;
        } else if (c == ',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !row.isEmpty())
        rows << (row << field);
    return rows;
}

bool sameCell(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    // sqlite3 prints reals with 15 significant digits, Rowbook in the shortest exact form.
    return okA && okB && std::fabs(x - y) <= 1e-13 * std::max(std::fabs(x), std::fabs(y));
}

} // namespace

class TestQueryVerb : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void corpus_data();
    void corpus();
    void jsonAndTable();
    void errors_data();
    void errors();
    void scriptFileIsOneTransaction();
    void readWritesNothing();
    void waitsForLock();
    void busyPastBudget();
    void outputFile();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
};

void TestQueryVerb::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(ROWBOOK_EXECUTABLE));
    QVERIFY2(!QStandardPaths::findExecutable("sqlite3").isEmpty(), "sqlite3 is not installed");
}

void TestQueryVerb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath("chinook.sqlite");
    QVERIFY(testsupport::copyOfChinook(m_db));
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert("HOME", m_dir->path());
    m_environment.insert("XDG_DATA_HOME", m_dir->filePath("data"));
    m_environment.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    m_environment.remove("QT_QPA_PLATFORM");
}

Run TestQueryVerb::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(ROWBOOK_EXECUTABLE, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("rowbook %s did not finish", qPrintable(arguments.join(' ')));
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

namespace {

// One query of the corpus: its name, its SQL, and the fewest rows it must return.
void addQuery(const char *name, const char *sql, int minimumRows)
{
    QTest::newRow(name) << QString::fromUtf8(sql) << minimumRows;
}

// Whole tables, joins, grouping and REAL arithmetic.
void addTablesJoinsAndAggregates()
{
    addQuery("all artists", "SELECT * FROM Artist", 275);
    addQuery("all tracks", "SELECT * FROM Track", 3503);
    addQuery("all invoices", "SELECT * FROM Invoice", 412);
    addQuery("customers (NULL company, fax, state)", "SELECT * FROM Customer", 59);
    addQuery("employees (dates, NULL ReportsTo)", "SELECT * FROM Employee", 8);
    addQuery("join album artist",
             "SELECT al.Title, ar.Name FROM Album al JOIN Artist ar ON ar.ArtistId = al.ArtistId "
             "ORDER BY al.AlbumId",
             347);
    addQuery("three-way join",
             "SELECT t.Name, al.Title, g.Name AS Genre FROM Track t JOIN Album al USING (AlbumId) "
             "JOIN Genre g USING (GenreId) ORDER BY t.TrackId",
             3503);
    addQuery("left join with NULLs",
             "SELECT ar.Name, al.Title FROM Artist ar LEFT JOIN Album al USING (ArtistId) "
             "ORDER BY ar.ArtistId, al.AlbumId",
             400);
    addQuery(
        "count per genre",
        "SELECT g.Name, count(*) AS n FROM Track t JOIN Genre g USING (GenreId) GROUP BY g.GenreId "
        "ORDER BY n DESC, g.Name",
        25);
    addQuery(
        "group by having",
        "SELECT ArtistId, count(*) FROM Album GROUP BY ArtistId HAVING count(*) >= 5 ORDER BY 1",
        5);
    addQuery("sum of REALs",
             "SELECT BillingCountry, sum(Total), avg(Total), min(Total), max(Total) FROM Invoice "
             "GROUP BY BillingCountry ORDER BY BillingCountry",
             24);
    addQuery("avg milliseconds per album",
             "SELECT AlbumId, avg(Milliseconds) / 1000.0 AS seconds FROM Track GROUP BY AlbumId "
             "ORDER BY AlbumId",
             347);
    addQuery("REAL arithmetic",
             "SELECT TrackId, UnitPrice * 3, UnitPrice / 7, Bytes / 1024.0 FROM Track "
             "ORDER BY TrackId LIMIT 500",
             500);
}

// Window functions and common table expressions, recursive ones too.
void addWindowsAndCtes()
{
    addQuery("row_number window",
             "SELECT CustomerId, InvoiceId, row_number() OVER (PARTITION BY CustomerId ORDER BY "
             "InvoiceDate, InvoiceId) FROM Invoice ORDER BY CustomerId, InvoiceId",
             412);
    addQuery("running total window",
             "SELECT InvoiceId, Total, sum(Total) OVER (ORDER BY InvoiceId) FROM Invoice "
             "ORDER BY InvoiceId",
             412);
    addQuery("rank window",
             "SELECT Name, Milliseconds, rank() OVER (ORDER BY Milliseconds DESC) FROM Track "
             "ORDER BY 3, Name LIMIT 100",
             100);
    addQuery("lag/lead window",
             "SELECT InvoiceId, lag(Total) OVER w, lead(Total) OVER w FROM Invoice "
             "WINDOW w AS (ORDER BY InvoiceId) ORDER BY InvoiceId",
             412);
    addQuery("CTE",
             "WITH big AS (SELECT * FROM Invoice WHERE Total > 10) SELECT CustomerId, count(*) "
             "FROM big GROUP BY CustomerId ORDER BY CustomerId",
             30);
    addQuery(
        "recursive CTE over employees",
        "WITH RECURSIVE chain(id, name, depth) AS (SELECT EmployeeId, FirstName, 0 FROM Employee "
        "WHERE ReportsTo IS NULL UNION ALL SELECT e.EmployeeId, e.FirstName, c.depth + 1 FROM "
        "Employee e JOIN chain c ON e.ReportsTo = c.id) SELECT * FROM chain ORDER BY depth, id",
        8);
    addQuery("recursive counter",
             "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
             "WHERE x < 1000) SELECT x, x * x, x / 3.0 FROM c",
             1000);
}

// NULLs, awkward text, empty results, subqueries and expressions.
void addTextNullsAndExpressions()
{
    addQuery("NULL handling",
             "SELECT CustomerId, Company, coalesce(Company, 'none'), Company IS NULL, State, Fax "
             "FROM Customer ORDER BY CustomerId",
             59);
    addQuery("NULL literals", "SELECT NULL, NULL AS b, 1, NULL", 1);
    addQuery("text with commas quotes newlines",
             "SELECT 'a,b' AS comma, 'say \"hi\"' AS quote, 'line1' || char(10) || 'line2' AS nl, "
             "'cr' || char(13) || char(10) || 'lf' AS crlf, '' AS empty, ' padded ' AS spaces",
             1);
    addQuery("track names with commas",
             "SELECT TrackId, Name, Composer FROM Track WHERE Name LIKE "
             "'%,%' OR Composer LIKE '%,%' ORDER BY TrackId",
             100);
    addQuery("names with quotes",
             "SELECT Name FROM Track WHERE Name LIKE '%\"%' OR Name LIKE '%''%' "
             "ORDER BY TrackId",
             10);
    addQuery("non-ASCII text",
             "SELECT FirstName, LastName, City FROM Customer WHERE "
             "FirstName GLOB '*[^ -~]*' OR LastName GLOB '*[^ -~]*' OR City GLOB "
             "'*[^ -~]*' ORDER BY CustomerId",
             5);
    addQuery("empty result", "SELECT * FROM Track WHERE 0", 0);
    addQuery("empty aggregate", "SELECT count(*), sum(Total), max(Total) FROM Invoice WHERE 0", 1);
    addQuery("subquery",
             "SELECT Name FROM Artist WHERE ArtistId IN (SELECT ArtistId FROM Album "
             "GROUP BY ArtistId HAVING count(*) > 3) ORDER BY Name",
             5);
    addQuery(
        "correlated subquery",
        "SELECT c.CustomerId, (SELECT max(Total) FROM Invoice i WHERE i.CustomerId = c.CustomerId) "
        "FROM Customer c ORDER BY 1",
        59);
    addQuery("case expression",
             "SELECT TrackId, CASE WHEN Milliseconds > 300000 THEN 'long' WHEN "
             "Milliseconds > 180000 THEN 'medium' ELSE 'short' END FROM Track "
             "ORDER BY TrackId",
             3503);
    addQuery("string functions",
             "SELECT upper(Name), length(Name), substr(Name, 2, 3), "
             "replace(Name, 'a', 'A') FROM Genre ORDER BY GenreId",
             25);
    addQuery("date functions",
             "SELECT InvoiceId, InvoiceDate, date(InvoiceDate, '+1 month'), "
             "strftime('%Y', InvoiceDate) FROM Invoice ORDER BY InvoiceId",
             412);
    addQuery("union", "SELECT Name FROM Genre UNION SELECT Name FROM MediaType ORDER BY 1", 25);
    addQuery("distinct and limit offset",
             "SELECT DISTINCT Composer FROM Track ORDER BY Composer LIMIT 50 OFFSET 10", 50);
    addQuery("playlist join counts",
             "SELECT p.Name, count(pt.TrackId) FROM Playlist p LEFT JOIN PlaylistTrack pt USING "
             "(PlaylistId) GROUP BY p.PlaylistId ORDER BY p.PlaylistId",
             18);
    addQuery(
        "invoice lines x price",
        "SELECT InvoiceId, sum(UnitPrice * Quantity), group_concat(TrackId, ';') FROM InvoiceLine "
        "GROUP BY InvoiceId ORDER BY InvoiceId",
        412);
    addQuery(
        "big and small numbers",
        "SELECT 9223372036854775807, -9223372036854775808, 1e308, 1e-300, 0.1 + 0.2, 1.0, -0.0, "
        "2.5e10, 123456789012345.6",
        1);
    addQuery("integer vs real division", "SELECT 7 / 2, 7 / 2.0, 7 % 3, round(2.675, 2), 1 / 3.0",
             1);
    addQuery("text that reads as a number", "SELECT '007', '1.50', '1e3', '+5', ' 42'", 1);
}

} // namespace

void TestQueryVerb::corpus_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("minimumRows"); // guards against a corpus of empty results
    addTablesJoinsAndAggregates();
    addWindowsAndCtes();
    addTextNullsAndExpressions();
}

void TestQueryVerb::corpus()
{
    QFETCH(QString, sql);
    QFETCH(int, minimumRows);
    const Run ours = run({"query", "--database", m_db, "--format", "csv", sql});
    QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
    QProcess sqlite;
    sqlite.start("sqlite3", {"-csv", "-header", m_db, sql});
    QVERIFY(sqlite.waitForFinished(30000));
    QCOMPARE(sqlite.exitCode(), 0);
    const Table expected = parseCsv(sqlite.readAllStandardOutput());
    const Table actual = parseCsv(ours.out);
    QVERIFY(!actual.isEmpty()); // the header row, also for an empty result
    QVERIFY2(actual.size() - 1 >= minimumRows, qPrintable(QString::number(actual.size() - 1)));
    if (expected.isEmpty()) { // sqlite3 prints no header for an empty result; Rowbook does
        QCOMPARE(actual.size(), 1);
        return;
    }
    QCOMPARE(actual.size(), expected.size());
    for (int r = 0; r < expected.size(); ++r) {
        QCOMPARE(actual.at(r).size(), expected.at(r).size());
        for (int c = 0; c < expected.at(r).size(); ++c) {
            if (!sameCell(actual.at(r).at(c), expected.at(r).at(c)))
                QFAIL(qPrintable(QString("row %1, column %2: rowbook %3, sqlite3 %4")
                                     .arg(r)
                                     .arg(c)
                                     .arg(actual.at(r).at(c), expected.at(r).at(c))));
        }
    }
}

void TestQueryVerb::jsonAndTable()
{
    Run r
        = run({"query", "--database", m_db, "--format", "json",
               "SELECT ArtistId AS id, Name, NULL AS n, 0.5 AS r FROM Artist WHERE ArtistId <= 2"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("[\n{\"id\":1,\"Name\":\"AC/DC\",\"n\":null,\"r\":0.5},\n"
                               "{\"id\":2,\"Name\":\"Accept\",\"n\":null,\"r\":0.5}\n]\n"));
    r = run({"query", "--database", m_db, "--format", "json", "SELECT 1 WHERE 0"});
    QCOMPARE(r.out, QByteArray("[]\n"));
    r = run({"query", "--database", m_db, "--format", "table",
             "SELECT ArtistId, Name FROM Artist WHERE ArtistId IN (1, 8)"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), QString("ArtistId  Name\n"
                                               "--------  ----------\n"
                                               "       1  AC/DC\n"
                                               "       8  Audioslave\n"
                                               "(2 rows)\n"));
    // Standard input, two results.
    r = run({"query", "--database", m_db, "--format", "csv", "-"},
            "SELECT 1 AS a;\nSELECT 'x' AS b, NULL AS c;");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("a\r\n1\r\n\r\nb,c\r\nx,\r\n"));
}

void TestQueryVerb::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QStringList{"SELECT 1;\nSELECT * FORM Artist"} << 1
                            << "line 2, column 10: near \"FORM\": syntax error";
    QTest::newRow("no such table")
        << QStringList{"SELECT * FROM Nope"} << 1 << "line 1, column 15: no such table: Nope";
    QTest::newRow("constraint")
        << QStringList{"INSERT INTO Artist (ArtistId, Name) VALUES (1, 'dup')"} << 1
        << "UNIQUE constraint failed: Artist.ArtistId";
    QTest::newRow("typed BEGIN") << QStringList{"BEGIN; DELETE FROM Artist; COMMIT"} << 1
                                 << "BEGIN cannot be run here";
    QTest::newRow("no SQL") << QStringList{} << 2 << "No SQL was given.";
    QTest::newRow("format") << QStringList{"--format", "xml", "SELECT 1"} << 2
                            << "Unknown format “xml”";
    QTest::newRow("two SQL") << QStringList{"SELECT 1", "SELECT 2"} << 2 << "one argument";
    QTest::newRow("output not writable")
        << QStringList{"--output", "/nonexistent-dir/x.csv", "SELECT 1"} << 4
        << "cannot be written";
}

void TestQueryVerb::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = testsupport::sha256(m_db);
    const Run r = run(QStringList{"query", "--database", m_db} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith("rowbook query: "), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(testsupport::sha256(m_db), before);
}

void TestQueryVerb::scriptFileIsOneTransaction()
{
    const QString script = m_dir->filePath("s.sql");
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE Note (a TEXT);\n"
        "INSERT INTO Note VALUES ('x');\nINSERT INTO Artist (ArtistId, Name) VALUES (1, 'dup');"
        "\nCOMMIT;\n");
    file.close();
    Run r = run({"query", "--database", m_db, "--file", script});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QString("rowbook query: %1:5:1: ").arg(script)), qPrintable(r.err));
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'Note'").toInt(), 0);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("BEGIN TRANSACTION;\nCREATE TABLE Note (a TEXT);\nINSERT INTO Note VALUES ('x');\n"
               "UPDATE Artist SET Name = 'AC-DC' WHERE ArtistId = 1;\nCOMMIT;\n");
    file.close();
    r = run({"query", "--database", m_db, "--file", script});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(probe.value("SELECT a FROM Note").toString(), QString("x"));
    QCOMPARE(probe.value("SELECT Name FROM Artist WHERE ArtistId = 1").toString(),
             QString("AC-DC"));
}

void TestQueryVerb::readWritesNothing()
{
    // A file of another program (Chinook) and one of Rowbook's own (WAL, marks).
    const QString own = m_dir->filePath("own.sqlite");
    QVERIFY(rowbook::Database::prepare(own, rowbook::Database::Open::Create).isOpen());
    {
        Probe setup(own);
        QVERIFY(setup.exec("CREATE TABLE Track (a)"));
        QVERIFY(setup.exec("CREATE TABLE Invoice (a)"));
        QVERIFY(setup.exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                           "WHERE x < 20000) INSERT INTO Track SELECT x FROM c"));
    }
    QVERIFY(QFile::exists(own));
    QVERIFY(!QFile::exists(own + "-wal")); // checkpointed when the last connection closed
    for (const QString &path : {m_db, own}) {
        const QByteArray before = testsupport::sha256(path);
        const Run r = run({"query", "--database", path, "--format", "json",
                           "SELECT * FROM Track; SELECT count(*) FROM Invoice"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.size() > 100000);
        QCOMPARE(testsupport::sha256(path), before);
        QVERIFY(!QFile::exists(path + "-journal"));
        QVERIFY(!QFile::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
    }
}

void TestQueryVerb::waitsForLock()
{
    testsupport::LockHolder holder;
    QVERIFY(holder.acquire(m_db, "BEGIN IMMEDIATE"));
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QSignalSpy finished(&process, &QProcess::finished);
    bool released = false;
    QTimer::singleShot(1000, this, [&] {
        holder.release();
        released = true;
    });
    process.start(ROWBOOK_EXECUTABLE,
                  {"query", "--database", m_db, "INSERT INTO Genre (Name) VALUES ('Polka')"});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(released); // it waited for the lock instead of failing
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(Probe(m_db).value("SELECT count(*) FROM Genre WHERE Name = 'Polka'").toInt(), 1);
}

void TestQueryVerb::busyPastBudget()
{
    testsupport::LockHolder holder;
    QVERIFY(holder.acquire(m_db, "BEGIN IMMEDIATE"));
    const Run r = run({"query", "--database", m_db, "--wait", "0.5",
                       "INSERT INTO Genre (Name) VALUES ('Polka')"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("lock"), qPrintable(r.err));
    holder.release();
    QCOMPARE(Probe(m_db).value("SELECT count(*) FROM Genre WHERE Name = 'Polka'").toInt(), 0);
}

void TestQueryVerb::outputFile()
{
    const QString path = m_dir->filePath("out.csv");
    Run r = run({"query", "--database", m_db, "--output", path,
                 "SELECT Name FROM Genre WHERE GenreId = 1"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Name\r\nRock\r\n"));
    file.close();
    // A failing run leaves the file as it was.
    r = run({"query", "--database", m_db, "--output", path, "SELECT * FROM Nope"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Name\r\nRock\r\n"));
}

QTEST_GUILESS_MAIN(TestQueryVerb)
#include "tst_queryverb.moc"

// `rowbook dump --dialect postgresql` against a real PostgreSQL server (the throwaway cluster of
// tests/pg/pgcluster.sh, named by ROWBOOK_TEST_PG): the script loads with psql -v ON_ERROR_STOP=1
// into an empty database, and what it holds equals, table by table, column type by column type
// and row by row, what `rowbook copy` puts there (one set of type rules) and the values of the
// SQLite original.
#include "copyjob.h"
#include "pgconnection.h"
#include "pgsupport.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rowbook;
using pgsupport::PgProbe;
using pgsupport::runRowbook;
using testsupport::Probe;
using testsupport::Run;

namespace {

// psql as a user would run the script: stop at the first error.
Run loadWithPsql(const QString &uri, const QString &script)
{
    return testsupport::runProgram(QStringLiteral("psql"),
                                   {QStringLiteral("-X"), QStringLiteral("-q"),
                                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                    QStringLiteral("-f"), script, QStringLiteral("-d"), uri},
                                   120000);
}

} // namespace

class TestPgDump : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chinookEqualsCopy();
    void hostileValues();
    void schemaOnlyThenDataOnly();
    void untranslatableColumnWritesNothing();
    void portableViewsLoadOthersNoted();
    void aServerDatabaseDumpsAsCopyWritesAFile();

private:
    QString freshDatabase(const QString &name) const
    {
        return pgsupport::freshDatabase(m_server, name);
    }
    QString hostileDatabase();
    void compareWithCopy(const QString &source, const QString &name);

    QString m_server;
    QTemporaryDir m_dir;
};

void TestPgDump::initTestCase()
{
    PGSUPPORT_REQUIRE_SERVER(m_server);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty(),
             "psql is missing (Debian: postgresql-client)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
             "sqlite3 is missing (Debian: sqlite3)");
    QVERIFY(m_dir.isValid());
}

// What PostgreSQL can take of the hostile values: quotes, newlines, CR, Unicode, '', NULL,
// BLOBs with an empty one, REAL edge values, the largest integers, reserved words as names,
// booleans, dates, a column of text and numbers, an AUTOINCREMENT key.
QString TestPgDump::hostileDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("hostile.sqlite"));
    if (QFile::exists(path))
        return path;
    Probe probe(path);
    const QStringList statements{
        QStringLiteral("CREATE TABLE \"user\" (id INTEGER PRIMARY KEY, \"order\" TEXT NOT NULL "
                       "UNIQUE)"),
        QStringLiteral("CREATE TABLE \"select\" (id INTEGER PRIMARY KEY, \"user\" INTEGER "
                       "REFERENCES \"user\"(id), \"from\" TEXT, \"we\"\"ird\" BLOB, r REAL, "
                       "i INTEGER, m, b BOOLEAN, d DATE)"),
        QStringLiteral("INSERT INTO \"user\" VALUES (1, 'one'), (7, 'seven')"),
        QStringLiteral("INSERT INTO \"select\" VALUES (1, 1, 'it''s', X'00ff', 0.1, "
                       "9223372036854775807, 'x', 1, '2024-01-02')"),
        QStringLiteral("INSERT INTO \"select\" VALUES (2, 7, 'line1\nline2\r\nline3', X'', 1e308, "
                       "-9223372036854775808, 1.5, 0, NULL)"),
        QStringLiteral("INSERT INTO \"select\" VALUES (3, NULL, '', NULL, -0.0, 0, 7, NULL, "
                       "'1999-12-31')"),
        QStringLiteral("INSERT INTO \"select\" VALUES (4, 1, NULL, X'27', 5e-324, -1, NULL, 1, "
                       "NULL)"),
        QStringLiteral("INSERT INTO \"select\" VALUES (5, 7, 'Ünïcødé ✓ \"q\" \\ back ''', "
                       "X'5c78', 1.7976931348623157e308, 42, 'y', 0, NULL)"),
        QStringLiteral("INSERT INTO \"select\" VALUES (6, 1, '\\x00', NULL, 0.30000000000000004, "
                       "NULL, -2.5, NULL, '2000-02-29')"),
    };
    for (const QString &statement : statements) {
        if (!probe.exec(statement))
            qWarning("%s", qPrintable(statement));
    }
    return path;
}

// Dumps `source` for PostgreSQL, loads it with psql into one new database and copies it with
// `rowbook copy` into another: both have the same tables, column types, keys and rows.
void TestPgDump::compareWithCopy(const QString &source, const QString &name)
{
    const QString dumped = freshDatabase(name + QStringLiteral("_dump"));
    const QString copied = freshDatabase(name + QStringLiteral("_copy"));
    QVERIFY(!dumped.isEmpty() && !copied.isEmpty());
    const QString script = m_dir.filePath(name + QStringLiteral(".sql"));
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), source,
                                 QStringLiteral("--dialect"), QStringLiteral("postgresql"),
                                 QStringLiteral("--output"), script});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.err));
    const Run load = loadWithPsql(dumped, script);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    const CopyJob::Result copy = CopyJob({source, copied, {}}).run();
    QVERIFY2(!copy.error.isError(), qPrintable(copy.error.message));

    const PgProbe a(dumped);
    const PgProbe b(copied);
    const QString tables = QStringLiteral(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    QCOMPARE(a.column(tables), b.column(tables));
    QCOMPARE(a.column(tables).size(), copy.tables);
    const QString columns = QStringLiteral(
        "SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || "
        "' ' || a.attnotnull || ' ' || a.attidentity FROM pg_attribute a JOIN pg_class c ON c.oid "
        "= a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
        "c.relkind = 'r' AND a.attnum > 0 ORDER BY 1");
    QCOMPARE(a.column(columns), b.column(columns));
    const QString constraints = QStringLiteral(
        "SELECT conrelid::regclass || ' ' || contype || ' ' || pg_get_constraintdef(oid) FROM "
        "pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1");
    QCOMPARE(a.column(constraints), b.column(constraints));
    QCOMPARE(a.column(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = "
                                     "'public' ORDER BY 1")),
             b.column(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = "
                                     "'public' ORDER BY 1")));
    qint64 rows = 0;
    for (const QString &table : a.column(tables)) {
        const QVector<QVariantList> left = a.rows(table);
        const QVector<QVariantList> right = b.rows(table);
        QCOMPARE(left.size(), right.size());
        rows += left.size();
        for (int i = 0; i < left.size(); ++i) {
            for (int c = 0; c < left.at(i).size(); ++c) {
                const QVariant &x = left.at(i).at(c);
                const QVariant &y = right.at(i).at(c);
                const bool same = x.isNull() == y.isNull() && x.metaType() == y.metaType()
                                  && (x.metaType().id() == QMetaType::Double
                                          ? std::signbit(x.toDouble()) == std::signbit(y.toDouble())
                                                && x.toDouble() == y.toDouble()
                                          : x == y);
                if (!same)
                    QFAIL(qPrintable(QStringLiteral("%1 row %2 column %3: %4 (dump) vs %5 (copy)")
                                         .arg(table)
                                         .arg(i)
                                         .arg(c)
                                         .arg(x.toString(), y.toString())));
            }
        }
    }
    QCOMPARE(rows, copy.rows);
}

void TestPgDump::chinookEqualsCopy()
{
    compareWithCopy(testsupport::chinookPath(), QStringLiteral("chinook"));
}

void TestPgDump::hostileValues()
{
    const QString source = hostileDatabase();
    compareWithCopy(source, QStringLiteral("hostile"));
    if (QTest::currentTestFailed())
        return;

    // And against the original itself, value by value (the database the dump went into).
    PgConnection connection;
    QString error;
    QVERIFY(PgConnection::parse(m_server, &connection, &error));
    connection.database = QStringLiteral("hostile_dump");
    const QString uri = connection.toDisplayUri();
    const PgProbe dumped(uri);
    const Probe original(source, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlQuery there(dumped.db());
    QVERIFY(there.exec(QStringLiteral("SELECT id, \"user\", \"from\", \"we\"\"ird\", r, i, m, b, "
                                      "d FROM \"select\" ORDER BY id")));
    QSqlQuery here(original.db());
    QVERIFY(here.exec(QStringLiteral("SELECT id, \"user\", \"from\", \"we\"\"ird\", r, i, m, b, "
                                     "d, typeof(m) FROM \"select\" ORDER BY id")));
    int count = 0;
    while (here.next()) {
        QVERIFY(there.next());
        ++count;
        const QString row = QStringLiteral("row %1").arg(here.value(0).toLongLong());
        QCOMPARE(there.value(0).toLongLong(), here.value(0).toLongLong());
        QCOMPARE(there.value(1).isNull(), here.value(1).isNull());
        QCOMPARE(there.value(1).toLongLong(), here.value(1).toLongLong());
        QVERIFY2(there.value(2).isNull() == here.value(2).isNull(), qPrintable(row));
        QCOMPARE(there.value(2).toString(), here.value(2).toString());
        QVERIFY2(there.value(3).isNull() == here.value(3).isNull(), qPrintable(row));
        QCOMPARE(there.value(3).toByteArray(), here.value(3).toByteArray());
        QCOMPARE(there.value(4).toDouble(), here.value(4).toDouble());
        QCOMPARE(std::signbit(there.value(4).toDouble()), std::signbit(here.value(4).toDouble()));
        QVERIFY2(there.value(5).isNull() == here.value(5).isNull(), qPrintable(row));
        QCOMPARE(there.value(5).toLongLong(), here.value(5).toLongLong());
        // Text and numbers in one column: PostgreSQL keeps the text of each (docs/postgresql.md).
        QVERIFY2(there.value(6).isNull() == here.value(6).isNull(), qPrintable(row));
        QCOMPARE(there.value(6).toString(), here.value(6).toString());
        QVERIFY2(there.value(7).isNull() == here.value(7).isNull(), qPrintable(row));
        if (!here.value(7).isNull())
            QCOMPARE(there.value(7).toBool(), here.value(7).toLongLong() != 0);
        QVERIFY2(there.value(8).isNull() == here.value(8).isNull(), qPrintable(row));
        if (!here.value(8).isNull())
            QCOMPARE(there.value(8).toDate().toString(Qt::ISODate), here.value(8).toString());
    }
    QVERIFY(!there.next());
    QCOMPARE(count, 6);
    // The empty BLOB stayed a value, the CR stayed a CR.
    QCOMPARE(dumped.column(QStringLiteral("SELECT length(\"we\"\"ird\") FROM \"select\" WHERE id = "
                                          "2")),
             QStringList({QStringLiteral("0")}));
    QCOMPARE(dumped.column(QStringLiteral("SELECT \"from\" = E'line1\\nline2\\r\\nline3' FROM "
                                          "\"select\" WHERE id = 2")),
             QStringList({QStringLiteral("true")}));
    // The identity sequence continues after the dumped keys.
    QCOMPARE(dumped.column(QStringLiteral("INSERT INTO \"user\" (\"order\") VALUES ('new') "
                                          "RETURNING id")),
             QStringList({QStringLiteral("8")}));
}

void TestPgDump::schemaOnlyThenDataOnly()
{
    const QString source = hostileDatabase();
    const QString target = freshDatabase(QStringLiteral("two_step"));
    QVERIFY(!target.isEmpty());
    const QString schema = m_dir.filePath(QStringLiteral("schema.sql"));
    const QString data = m_dir.filePath(QStringLiteral("data.sql"));
    QCOMPARE(runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), source,
                         QStringLiteral("--dialect"), QStringLiteral("postgresql"),
                         QStringLiteral("--schema-only"), QStringLiteral("-o"), schema})
                 .exitCode,
             0);
    QCOMPARE(runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), source,
                         QStringLiteral("--dialect"), QStringLiteral("postgresql"),
                         QStringLiteral("--data-only"), QStringLiteral("-o"), data})
                 .exitCode,
             0);
    Run load = loadWithPsql(target, schema);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    {
        const PgProbe pg(target);
        QCOMPARE(pg.column(QStringLiteral("SELECT count(*) FROM \"select\"")),
                 QStringList({QStringLiteral("0")}));
    }
    // The foreign key is in place already: the data comes parents first.
    load = loadWithPsql(target, data);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    const PgProbe pg(target);
    QCOMPARE(pg.column(QStringLiteral("SELECT count(*) FROM \"select\"")),
             QStringList({QStringLiteral("6")}));
    QCOMPARE(pg.column(QStringLiteral("SELECT count(*) FROM \"user\"")),
             QStringList({QStringLiteral("2")}));
}

void TestPgDump::untranslatableColumnWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("mixed-blob.sqlite"));
    {
        Probe probe(path);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE t (v)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO t VALUES (X'00'), ('text')")));
    }
    const QString script = m_dir.filePath(QStringLiteral("mixed.sql"));
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), path,
                                 QStringLiteral("--dialect"), QStringLiteral("postgresql"),
                                 QStringLiteral("-o"), script});
    QCOMPARE(dump.exitCode, 1);
    QVERIFY2(dump.err.contains(QStringLiteral("“v”")), qPrintable(dump.err));
    QVERIFY(!QFile::exists(script));
}

// Every row of `sql`, each as one line of its values (numbers to six places, since SQLite sums
// NUMERIC columns as doubles and PostgreSQL exactly), sorted on this side (the engines sort text
// differently).
QStringList sortedRows(const QSqlDatabase &db, const QString &sql)
{
    QStringList lines;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant v = query.value(i);
            bool number = false;
            const double d = v.toString().toDouble(&number);
            values << (v.isNull() ? QStringLiteral("NULL")
                       : number   ? QString::number(d, 'f', 6)
                                  : v.toString());
        }
        lines << values.join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

// Chinook-style views load and read the same rows on PostgreSQL, under the names SQLite gives
// their columns; a view with SQLite-only SQL, one that reads it and every trigger are left out
// with a note each, and the script still loads.
void TestPgDump::portableViewsLoadOthersNoted()
{
    const QString path = m_dir.filePath(QStringLiteral("chinook-views.sqlite"));
    QFile::remove(path);
    QVERIFY(testsupport::copyOfChinook(path));
    const QStringList views{QStringLiteral("AlbumTracks"), QStringLiteral("Sales by Country"),
                            QStringLiteral("LongTracks"), QStringLiteral("TracksByGenre")};
    {
        Probe probe(path);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE VIEW AlbumTracks AS SELECT a.Title, t.name AS Track, ar.Name FROM Album a "
            "JOIN Track t ON t.AlbumId = a.AlbumId JOIN artist ar ON ar.ArtistId = a.ArtistId")));
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE VIEW [Sales by Country] AS SELECT BillingCountry, count(*) AS Invoices, "
            "sum(Total) AS Revenue FROM Invoice GROUP BY BillingCountry HAVING sum(Total) > 10 "
            "ORDER BY 3 DESC")));
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE VIEW LongTracks AS SELECT Name, ifnull(Composer, 'unknown') AS Composer, "
            "Milliseconds FROM Track WHERE Milliseconds > 600000 AND Name LIKE '%a%' AND "
            "GenreId != 1")));
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE VIEW TracksByGenre AS SELECT g.Name AS Genre, (SELECT count(*) FROM Track t "
            "WHERE t.GenreId == g.GenreId) AS Tracks FROM Genre g")));
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE VIEW InvoiceYears AS SELECT strftime('%Y', InvoiceDate) AS Year, count(*) "
            "AS n FROM Invoice GROUP BY 1")));
        QVERIFY(probe.exec(QStringLiteral("CREATE VIEW BestYear AS SELECT * FROM InvoiceYears "
                                          "ORDER BY n DESC LIMIT 1")));
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TRIGGER invoice_total AFTER INSERT ON InvoiceLine BEGIN UPDATE Invoice SET "
            "Total = Total + NEW.UnitPrice * NEW.Quantity WHERE InvoiceId = NEW.InvoiceId; END")));
    }
    const QString target = freshDatabase(QStringLiteral("views_dump"));
    QVERIFY(!target.isEmpty());
    const QString script = m_dir.filePath(QStringLiteral("views.sql"));
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), path,
                                 QStringLiteral("--dialect"), QStringLiteral("postgresql"),
                                 QStringLiteral("--output"), script});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.err));
    QVERIFY2(dump.err.contains(QStringLiteral(
                 "View “InvoiceYears” is left out: it uses the function strftime().")),
             qPrintable(dump.err));
    QVERIFY2(dump.err.contains(QStringLiteral("View “BestYear” is left out: it uses view "
                                              "“InvoiceYears”, which is left out.")),
             qPrintable(dump.err));
    QVERIFY2(dump.err.contains(QStringLiteral("Trigger “invoice_total” on “InvoiceLine” is left "
                                              "out")),
             qPrintable(dump.err));
    QVERIFY2(!dump.err.contains(QStringLiteral("Views and triggers are not copied")),
             qPrintable(dump.err));
    for (const QString &view : views)
        QVERIFY2(!dump.err.contains(QStringLiteral("View “%1”").arg(view)), qPrintable(dump.err));

    const Run load = loadWithPsql(target, script);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    const PgProbe pg(target);
    QCOMPARE(pg.column(QStringLiteral("SELECT table_name FROM information_schema.views WHERE "
                                      "table_schema = 'public' ORDER BY table_name COLLATE \"C\"")),
             QStringList({QStringLiteral("AlbumTracks"), QStringLiteral("LongTracks"),
                          QStringLiteral("Sales by Country"), QStringLiteral("TracksByGenre")}));
    QCOMPARE(pg.column(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")),
             QStringList({QStringLiteral("0")}));
    const Probe original(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    for (const QString &view : views) {
        QStringList sqliteColumns;
        QSqlQuery info(original.db());
        QVERIFY(info.exec(
            QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(view)));
        while (info.next())
            sqliteColumns << info.value(0).toString();
        QCOMPARE(pg.column(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = '%1' ORDER BY ordinal_position")
                               .arg(view)),
                 sqliteColumns);
        const QString all = QStringLiteral("SELECT * FROM \"%1\"").arg(view);
        const QStringList there = sortedRows(pg.db(), all);
        QVERIFY2(there.size() > 1, qPrintable(view));
        QCOMPARE(there, sortedRows(original.db(), all));
    }
}

// A server database dumped for SQLite and loaded with sqlite3 holds what `rowbook copy` writes
// into a file: the same CREATE TABLE statements and the same values, value type by value type.
// The script names the database, not its URI; a PostgreSQL script of a server is refused.
void TestPgDump::aServerDatabaseDumpsAsCopyWritesAFile()
{
    const QString server = freshDatabase(QStringLiteral("dump_server"));
    QVERIFY(!server.isEmpty());
    const CopyJob::Result filled = CopyJob({hostileDatabase(), server, {}}).run();
    QVERIFY2(!filled.error.isError(), qPrintable(filled.error.message));
    {
        const PgProbe probe(server);
        QVERIFY(probe.exec(QStringLiteral("CREATE INDEX select_from ON \"select\" (\"from\")")));
        QVERIFY(probe.exec(QStringLiteral("CREATE VIEW names AS SELECT \"order\" FROM \"user\"")));
        // More rows than a batch (500) and a progress step (4,096), with big values; a table
        // without a primary key (read in ctid order).
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE many (id bigint PRIMARY KEY, label "
                                          "text, payload bytea)")));
        QVERIFY(probe.exec(QStringLiteral(
            "INSERT INTO many SELECT n, 'row ' || n, decode(repeat(md5(n::text), 40), 'hex') "
            "FROM generate_series(1, 5200) n")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE loose (label text, n integer)")));
        QVERIFY(
            probe.exec(QStringLiteral("INSERT INTO loose VALUES ('b', 2), ('a', NULL), ('b', 2)")));
        // Types a file keeps differently: numeric's trailing zeros, a timestamp with time zone.
        QVERIFY(probe.exec(QStringLiteral("ALTER TABLE \"user\" ADD COLUMN price numeric(10,2) "
                                          "DEFAULT 2.50, ADD COLUMN seen timestamptz DEFAULT "
                                          "'2024-05-06 07:08:09+02'")));
    }

    const QString script = m_dir.filePath(QStringLiteral("server.sql"));
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), server,
                                 QStringLiteral("--output"), script});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.err));
    QVERIFY2(dump.err.contains(QStringLiteral("views are left out")), qPrintable(dump.err));
    QFile file(script);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray firstLine = file.readLine();
    QCOMPARE(firstLine, QByteArray("-- Rowbook dump of dump_server for SQLite\n"));
    const QString loaded = m_dir.filePath(QStringLiteral("server_dump.sqlite"));
    const Run load = testsupport::runProgram(
        QStringLiteral("sqlite3"), {loaded, QStringLiteral(".read %1").arg(script)}, 60000);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    const QString copied = m_dir.filePath(QStringLiteral("server_copy.sqlite"));
    const CopyJob::Result copy = CopyJob({server, copied, {}}).run();
    QVERIFY2(!copy.error.isError(), qPrintable(copy.error.message));

    const PgProbe a(loaded);
    const PgProbe b(copied);
    // The copy's file also holds Rowbook's own marks (a new file Rowbook made).
    const QString schema
        = QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM "
                         "sqlite_master WHERE tbl_name <> '_rowbook_meta' ORDER BY type, name");
    QCOMPARE(a.column(schema), b.column(schema));
    QVERIFY(a.column(schema).join(QLatin1Char('\n')).contains(QStringLiteral("select_from")));
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM many")).toInt(), 5200);
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM loose")).toInt(), 3);
    for (const QString &table : {QStringLiteral("user"), QStringLiteral("select"),
                                 QStringLiteral("many"), QStringLiteral("loose")}) {
        const QStringList columns = a.column(
            QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QVERIFY(!columns.isEmpty());
        QStringList quotedValues;
        for (const QString &column : columns)
            quotedValues << QStringLiteral("typeof(\"%1\") || ':' || quote(\"%1\")")
                                .arg(QString(column).replace(QLatin1Char('"'),
                                                             QLatin1String("\"\"")));
        const QString rows = QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1")
                                 .arg(quotedValues.join(QLatin1String(" || ' | ' || ")), table);
        QCOMPARE(a.column(rows), b.column(rows));
        QCOMPARE(a.column(rows).size(),
                 PgProbe(server)
                     .value(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
                     .toInt());
    }
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);

    const QString refusedScript = m_dir.filePath(QStringLiteral("server_pg.sql"));
    const Run refused = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), server,
                                    QStringLiteral("--dialect"), QStringLiteral("postgresql"),
                                    QStringLiteral("--output"), refusedScript});
    QCOMPARE(refused.exitCode, int(TransferError::Usage));
    QVERIFY2(refused.err.contains(QStringLiteral("pg_dump")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(refusedScript));
}

QTEST_GUILESS_MAIN(TestPgDump)
#include "tst_pgdump.moc"

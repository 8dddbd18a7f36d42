// `rowbook copy` against a real PostgreSQL server (the throwaway cluster of tests/pg/pgcluster.sh,
// named by ROWBOOK_TEST_PG): Chinook goes SQLite -> PostgreSQL -> SQLite and comes back with every
// value identical; a copy that fails leaves the target as it was, with a clear message and exit
// code; a password is never shown.
#include "copyjob.h"
#include "database.h"
#include "dumpjob.h"
#include "pgconnection.h"
#include "pgsupport.h"
#include "rowstream.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rowbook;
using pgsupport::PgProbe;
using pgsupport::runRowbook;
using testsupport::Probe;
using testsupport::Run;

namespace {

QStringList sqliteTables(const Probe &probe)
{
    QStringList names;
    QSqlQuery query(probe.db());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite%' AND name NOT LIKE '\\_rowbook\\_%' ESCAPE '\\' "
                              "ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// Every row of a table as SQLite literals (quote() tells 1, 1.0, '1' and X'31' apart), sorted
// so that the order the rows came in does not matter.
QStringList dump(const Probe &probe, const QString &table)
{
    QSqlQuery query(probe.db());
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    query.exec();
    QStringList columns;
    while (query.next())
        columns << QStringLiteral("quote(\"%1\")").arg(query.value(0).toString());
    QStringList rows;
    query.exec(QStringLiteral("SELECT %1 FROM \"%2\"")
                   .arg(columns.join(QStringLiteral(" || '|' || ")), table));
    while (query.next())
        rows << query.value(0).toString();
    rows.sort();
    return rows;
}

} // namespace

class TestPgCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chinookRoundTrip();
    void hostileValuesRoundTrip();
    void cliReportsProgress();
    void existingTableLeavesTargetUnchanged();
    void constraintViolationLeavesTargetUnchanged();
    void badValueLeavesTargetUnchanged();
    void sqliteTargetUnchangedOnFailure();
    void passwordIsNeverShown();
    void refusesTwoFiles();
    void aPartitionedTableIsCopiedOnce();
    void anInheritingTableIsCopiedOnce();
    void bigTablesAreReadInChunksAndCancelStopsReading();
    void namesSqliteTakesForOneAreRefused();

private:
    void checkChinookOnServer(const QString &server, const Probe &original);
    QString freshDatabase(const QString &name) const
    {
        return pgsupport::freshDatabase(m_server, name);
    }

    QString m_server;
    QTemporaryDir m_dir;
};

void TestPgCopy::initTestCase()
{
    PGSUPPORT_REQUIRE_SERVER(m_server);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ROWBOOK_EXECUTABLE)));
}

// What PostgreSQL got from Chinook: the translated types, keys, indexes, and identity columns
// whose sequences continue after the copied rows.
void TestPgCopy::checkChinookOnServer(const QString &server, const Probe &original)
{
    PgProbe pg(server);
    QCOMPARE(pg.tables().size(), 11);
    const auto typeOf = [&](const char *table, const char *column) {
        return pg
            .value(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                  "WHERE attrelid = '\"%1\"'::regclass AND attname = '%2'")
                       .arg(QLatin1String(table), QLatin1String(column)))
            .toString();
    };
    QCOMPARE(typeOf("Invoice", "InvoiceDate"), QStringLiteral("timestamp without time zone"));
    QCOMPARE(typeOf("Invoice", "Total"), QStringLiteral("numeric(10,2)"));
    QCOMPARE(typeOf("Track", "Name"), QStringLiteral("character varying(200)"));
    QCOMPARE(typeOf("Track", "Bytes"), QStringLiteral("bigint"));
    QCOMPARE(typeOf("Artist", "ArtistId"), QStringLiteral("bigint"));
    QCOMPARE(pg.value(QStringLiteral("SELECT attidentity FROM pg_attribute WHERE attrelid = "
                                     "'\"Artist\"'::regclass AND attname = 'ArtistId'"))
                 .toString(),
             QStringLiteral("d"));
    QCOMPARE(pg.value(QStringLiteral("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n "
                                     "ON n.oid = c.connamespace WHERE n.nspname = 'public' AND "
                                     "contype = 'f'"))
                 .toInt(),
             11);
    QCOMPARE(pg.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = "
                                     "'public' AND indexname LIKE 'IFK_%'"))
                 .toInt(),
             original
                 .value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                       "'index' AND name LIKE 'IFK_%'"))
                 .toInt());
    QVERIFY(pg.db().transaction());
    QCOMPARE(pg.value(QStringLiteral("INSERT INTO \"Artist\" (\"Name\") VALUES ('New') "
                                     "RETURNING \"ArtistId\""))
                 .toLongLong(),
             original.value(QStringLiteral("SELECT max(ArtistId) + 1 FROM Artist")).toLongLong());
    QVERIFY(pg.db().rollback());
}

void TestPgCopy::chinookRoundTrip()
{
    const QString server = freshDatabase(QStringLiteral("chinook_roundtrip"));
    QVERIFY(!server.isEmpty());
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));

    qint64 lastDone = -1;
    CopyJob::Result there = CopyJob({testsupport::chinookPath(), server, {}})
                                .run([&](qint64 done, qint64 total, const QString &) {
                                    lastDone = done;
                                    return done <= total;
                                });
    QVERIFY2(!there.error.isError(), qPrintable(there.error.message));
    const Probe original(testsupport::chinookPath(), QStringLiteral("QSQLITE_OPEN_READONLY"));
    const QStringList tables = sqliteTables(original);
    QCOMPARE(tables.size(), 11);
    QCOMPARE(there.tables, 11);
    qint64 totalRows = 0;
    for (const QString &table : tables)
        totalRows += original.value(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
                         .toLongLong();
    QCOMPARE(there.rows, totalRows);
    QCOMPARE(lastDone, totalRows);

    checkChinookOnServer(server, original);
    if (QTest::currentTestFailed())
        return;

    CopyJob::Result home = CopyJob({server, back, {}}).run();
    QVERIFY2(!home.error.isError(), qPrintable(home.error.message));
    QCOMPARE(home.rows, totalRows);

    const Probe copy(back, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(sqliteTables(copy), tables);
    for (const QString &table : tables) {
        const QStringList before = dump(original, table);
        const QStringList after = dump(copy, table);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            if (after.at(i) != before.at(i))
                QFAIL(qPrintable(
                    QStringLiteral("%1: %2 became %3").arg(table, before.at(i), after.at(i))));
        }
    }
    // The declared types Rowbook's editors read, and the keys.
    QCOMPARE(copy.value(QStringLiteral("SELECT type FROM pragma_table_info('Invoice') WHERE name "
                                       "= 'InvoiceDate'"))
                 .toString(),
             QStringLiteral("DATETIME"));
    QCOMPARE(
        copy.value(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('Track')")).toInt(),
        3);
    QCOMPARE(copy.value(QStringLiteral("SELECT pk FROM pragma_table_info('Track') WHERE name = "
                                       "'TrackId'"))
                 .toInt(),
             1);
    QCOMPARE(copy.value(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(),
             0);
}

void TestPgCopy::hostileValuesRoundTrip()
{
    // Values at the edges of their types, bytes, booleans, dates, exact decimals and text that
    // looks like something else survive SQLite -> PostgreSQL -> SQLite, quote() for quote().
    const QString source = m_dir.filePath(QStringLiteral("hostile.sqlite"));
    {
        Probe probe(source);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE hostile (id INTEGER PRIMARY KEY, r REAL, b BLOB, flag BOOLEAN, d DATE, "
            "ts DATETIME, n NUMERIC(8,3), t TEXT CHECK (t <> 'flag'), v VARCHAR(5), u)")));
        QVERIFY(probe.exec(QStringLiteral(
            "INSERT INTO hostile VALUES "
            "(1, 0.1, x'00ff', 1, '2024-02-29', '2024-02-29 23:59:59', 1.5, 'Zoë 😀', 'abc', "
            "9223372036854775807), "
            "(2, 1e308, x'', 0, '1999-12-31', '1970-01-01 00:00:00', 123.456, '', '', "
            "-9223372036854775808), "
            "(3, -1.7976931348623157e308, NULL, NULL, NULL, NULL, -0.001, 'line' || char(10) || "
            "'break', NULL, 0), "
            "(4, 5e-324, x'31', 1, '0001-01-01', '9999-12-31 23:59:59', 2, '''quoted''', '12345', "
            "NULL), "
            "(5, 0.30000000000000004, randomblob(64), 0, NULL, NULL, NULL, '007', 'x', 1), "
            "(7, NULL, NULL, NULL, NULL, NULL, 99999.999, 'NULL', NULL, -1)")));
    }
    const QString server = freshDatabase(QStringLiteral("hostile"));
    const QString back = m_dir.filePath(QStringLiteral("hostile-back.sqlite"));
    CopyJob::Result there = CopyJob({source, server, {}}).run();
    QVERIFY2(!there.error.isError(), qPrintable(there.error.message));
    QVERIFY2(there.notes.isEmpty(), qPrintable(there.notes.join(QLatin1Char('\n'))));
    {
        PgProbe pg(server);
        QCOMPARE(pg.value(QStringLiteral("SELECT string_agg(format_type(atttypid, atttypmod), ',' "
                                         "ORDER BY attnum) FROM pg_attribute WHERE attrelid = "
                                         "'hostile'::regclass AND attnum > 0"))
                     .toString(),
                 QStringLiteral("bigint,double precision,bytea,boolean,date,timestamp without time "
                                "zone,numeric(8,3),text,character varying(5),bigint"));
        // The CHECK names the text column only: 'flag' is a value, not the boolean column.
        QCOMPARE(pg.value(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                         "'hostile'::regclass AND contype = 'c' AND "
                                         "pg_get_constraintdef(oid) LIKE '%flag%'"))
                     .toInt(),
                 1);
    }
    CopyJob::Result home = CopyJob({server, back, {}}).run();
    QVERIFY2(!home.error.isError(), qPrintable(home.error.message));
    const Probe before(source);
    const Probe after(back);
    QCOMPARE(dump(after, QStringLiteral("hostile")), dump(before, QStringLiteral("hostile")));
}

void TestPgCopy::cliReportsProgress()
{
    const QString server = freshDatabase(QStringLiteral("cli_progress"));
    const Run run = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"),
                                testsupport::chinookPath(), QStringLiteral("--to"), server,
                                QStringLiteral("--table"), QStringLiteral("Genre"),
                                QStringLiteral("--table"), QStringLiteral("mediatype")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("rowbook copy: 0% (0 of 30 rows), table “Genre”")),
             qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Copied 30 rows from")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("(2 tables)")), qPrintable(run.out));
    PgProbe pg(server);
    QCOMPARE(pg.tables(), (QStringList{QStringLiteral("Genre"), QStringLiteral("MediaType")}));
    QCOMPARE(pg.value(QStringLiteral("SELECT count(*) FROM \"Genre\"")).toInt(), 25);

    const Run unknown = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"),
                                    testsupport::chinookPath(), QStringLiteral("--to"), server,
                                    QStringLiteral("--table"), QStringLiteral("Nope")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no table “Nope”")),
             qPrintable(unknown.err));
}

void TestPgCopy::existingTableLeavesTargetUnchanged()
{
    const QString server = freshDatabase(QStringLiteral("existing_table"));
    {
        PgProbe pg(server);
        QVERIFY(pg.exec(QStringLiteral("CREATE TABLE \"Genre\" (id int, name text)")));
        QVERIFY(pg.exec(QStringLiteral("INSERT INTO \"Genre\" VALUES (1, 'mine')")));
    }
    const Run run = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"),
                                testsupport::chinookPath(), QStringLiteral("--to"), server});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was copied: ") + server
                              + QStringLiteral(" already has 1 table of the same name (“Genre”).")),
             qPrintable(run.err));
    PgProbe pg(server);
    QCOMPARE(pg.tables(), QStringList{QStringLiteral("Genre")});
    QCOMPARE(pg.value(QStringLiteral("SELECT name FROM \"Genre\"")).toString(),
             QStringLiteral("mine"));
}

void TestPgCopy::constraintViolationLeavesTargetUnchanged()
{
    // A child row whose parent is missing (SQLite does not enforce foreign keys unless asked):
    // PostgreSQL refuses the foreign key after every row is in, and everything rolls back.
    const QString source = m_dir.filePath(QStringLiteral("orphans.sqlite"));
    {
        Probe probe(source);
        QVERIFY(
            probe.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id "
                                          "INTEGER REFERENCES parent(id), note TEXT)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO parent VALUES (1, 'one'), (2, 'two')")));
        QVERIFY(
            probe.exec(QStringLiteral("INSERT INTO child VALUES (1, 1, 'ok'), (2, 99, 'orphan')")));
    }
    const QString server = freshDatabase(QStringLiteral("violation"));
    {
        PgProbe pg(server);
        QVERIFY(pg.exec(QStringLiteral("CREATE TABLE keep (x int)")));
    }
    const Run run = runRowbook(
        {QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), server});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Table “child”")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("foreign key")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was copied.")), qPrintable(run.err));
    PgProbe pg(server);
    QCOMPARE(pg.tables(), QStringList{QStringLiteral("keep")});
}

void TestPgCopy::badValueLeavesTargetUnchanged()
{
    // PostgreSQL text cannot hold a NUL character; SQLite text can. The INSERT of row 3 fails
    // half-way through the rows, after another table was created and filled.
    const QString source = m_dir.filePath(QStringLiteral("nul.sqlite"));
    {
        Probe probe(source);
        QVERIFY(
            probe.exec(QStringLiteral("CREATE TABLE a_first (id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO a_first VALUES (1, 'x'), (2, 'y')")));
        QVERIFY(
            probe.exec(QStringLiteral("CREATE TABLE b_second (id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO b_second VALUES (1, 'fine'), (2, 'ok'), "
                                          "(3, 'bad' || char(0) || 'value'), (4, 'never')")));
    }
    const QString server = freshDatabase(QStringLiteral("bad_value"));
    const Run run = runRowbook(
        {QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), server});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Table “b_second”, row 3:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was copied.")), qPrintable(run.err));
    PgProbe pg(server);
    QCOMPARE(pg.tables(), QStringList());
}

void TestPgCopy::sqliteTargetUnchangedOnFailure()
{
    const QString server = freshDatabase(QStringLiteral("to_sqlite"));
    {
        PgProbe pg(server);
        QVERIFY(pg.exec(QStringLiteral("CREATE TABLE album (id bigint GENERATED BY DEFAULT AS "
                                       "IDENTITY PRIMARY KEY, title text NOT NULL, released date, "
                                       "price numeric(6,2) CHECK (price >= 0), live boolean "
                                       "DEFAULT false)")));
        QVERIFY(pg.exec(QStringLiteral("INSERT INTO album (title, released, price, live) VALUES "
                                       "('A', '2001-02-03', 9.90, true), ('B', NULL, 10, false)")));
    }
    // An existing SQLite file that already has the table stays byte for byte the same.
    const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite"));
    {
        Probe probe(existing);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE Album (x)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO Album VALUES ('mine')")));
    }
    const QByteArray before = testsupport::sha256(existing);
    const Run clash = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"), server,
                                  QStringLiteral("--to"), existing});
    QCOMPARE(clash.exitCode, 1);
    QVERIFY2(clash.err.contains(QStringLiteral("already has 1 table of the same name (“album”)")),
             qPrintable(clash.err));
    QCOMPARE(testsupport::sha256(existing), before);

    // A failed copy into a new file leaves no file behind.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    const Run unknown = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"), server,
                                    QStringLiteral("--to"), fresh, QStringLiteral("--table"),
                                    QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(!QFile::exists(fresh));

    // And the copy that works carries the values and the rules.
    const Run ok = runRowbook(
        {QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), fresh});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const Probe copy(fresh);
    QCOMPARE(
        copy.value(QStringLiteral("SELECT group_concat(quote(id) || ',' || quote(title) || ',' "
                                  "|| quote(released) || ',' || quote(price) || ',' || "
                                  "quote(live), ';') FROM (SELECT * FROM album ORDER BY id)"))
            .toString(),
        QStringLiteral("1,'A','2001-02-03',9.9,1;2,'B',NULL,10,0"));
    QVERIFY(!copy.exec(QStringLiteral("INSERT INTO album (title, price) VALUES ('C', -1)")));
    QVERIFY(copy.exec(QStringLiteral("INSERT INTO album (title, price) VALUES ('C', 1)")));
    QCOMPARE(
        copy.value(QStringLiteral("SELECT quote(id) || quote(live) FROM album WHERE title = 'C'"))
            .toString(),
        QStringLiteral("30"));

    // A copy that fails inside the transaction (SQLite refuses a table named sqlite_...) also
    // leaves no new file behind.
    const QString reserved = freshDatabase(QStringLiteral("reserved_name"));
    {
        PgProbe pg(reserved);
        QVERIFY(pg.exec(QStringLiteral("CREATE TABLE aaa (x int)")));
        QVERIFY(pg.exec(QStringLiteral("INSERT INTO aaa VALUES (1), (2)")));
        QVERIFY(pg.exec(QStringLiteral("CREATE TABLE sqlite_mine (x int)")));
    }
    const QString never = m_dir.filePath(QStringLiteral("never.sqlite"));
    const Run refused = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"), reserved,
                                    QStringLiteral("--to"), never});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Table “sqlite_mine”")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("Nothing was copied.")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(never));
    QVERIFY(!QFile::exists(never + QStringLiteral("-wal")));
}

void TestPgCopy::passwordIsNeverShown()
{
    PgConnection connection;
    QString error;
    QVERIFY(PgConnection::parse(m_server, &connection, &error));
    connection.database = QStringLiteral("no_such_database");
    QString uri = connection.toDisplayUri();
    uri.replace(QLatin1String("postgresql://"), QLatin1String("postgresql://nobody:s3cr3t-pw@"));
    const Run run = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"),
                                testsupport::chinookPath(), QStringLiteral("--to"), uri});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("Cannot connect to postgresql://nobody:***@")),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("s3cr3t")));
    QVERIFY(!run.out.contains(QStringLiteral("s3cr3t")));

    // No server at all: libpq's two lines are two sentences, not run together.
    const Run nowhere = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"),
                                    testsupport::chinookPath(), QStringLiteral("--to"),
                                    QStringLiteral("postgresql:///x?host=%1&port=1")
                                        .arg(m_dir.filePath(QStringLiteral("none")))});
    QCOMPARE(nowhere.exitCode, 4);
    QVERIFY2(nowhere.err.contains(QStringLiteral("No such file or directory. Is the server")),
             qPrintable(nowhere.err));

    // Every verb that opens --database names it without the password when it cannot.
    const QString svg = m_dir.filePath(QStringLiteral("never.svg"));
    const QList<QStringList> verbs = {
        {QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("t")},
        {QStringLiteral("populate"), QStringLiteral("--table"), QStringLiteral("t"),
         QStringLiteral("--rows"), QStringLiteral("1")},
        {QStringLiteral("query"), QStringLiteral("SELECT 1")},
        {QStringLiteral("dump")},
        {QStringLiteral("diagram"), QStringLiteral("--output"), svg},
    };
    for (QStringList arguments : verbs) {
        const QString verb = arguments.first();
        arguments << QStringLiteral("--database") << uri;
        const Run failed = runRowbook(arguments);
        QVERIFY2(failed.exitCode != 0, qPrintable(verb));
        QVERIFY2(failed.err.contains(QStringLiteral("nobody:***@")),
                 qPrintable(verb + QLatin1String(": ") + failed.err));
        QVERIFY2(!failed.err.contains(QStringLiteral("s3cr3t"))
                     && !failed.out.contains(QStringLiteral("s3cr3t")),
                 qPrintable(verb + QLatin1String(": ") + failed.err));
    }
}

void TestPgCopy::refusesTwoFiles()
{
    const Run run
        = runRowbook({QStringLiteral("copy"), QStringLiteral("--from"), testsupport::chinookPath(),
                      QStringLiteral("--to"), m_dir.filePath(QStringLiteral("other.sqlite"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Both sides are SQLite files")), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("other.sqlite"))));
}

// A partitioned table is one table to a file: its rows once, under its own name, and not its
// partitions again beside it.
void TestPgCopy::aPartitionedTableIsCopiedOnce()
{
    const QString server = freshDatabase(QStringLiteral("partitioned"));
    QVERIFY(!server.isEmpty());
    {
        const PgProbe probe(server);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE events (id bigint NOT NULL, at date NOT "
                                          "NULL) PARTITION BY RANGE (at)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE events_2024 PARTITION OF events FOR "
                                          "VALUES FROM ('2024-01-01') TO ('2025-01-01')")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE events_2025 PARTITION OF events FOR "
                                          "VALUES FROM ('2025-01-01') TO ('2026-01-01')")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO events VALUES (1, '2024-03-01'), (2, "
                                          "'2025-03-01'), (3, '2025-04-01')")));
    }
    const QString file = m_dir.filePath(QStringLiteral("partitioned.sqlite"));
    const CopyJob::Result copy = CopyJob({server, file, {}}).run();
    QVERIFY2(!copy.error.isError(), qPrintable(copy.error.message));
    QCOMPARE(copy.tables, 1);
    const Probe probe(file);
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM events "
                                       "ORDER BY id)"))
                 .toString(),
             QStringLiteral("1,2,3"));
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                       "'events_%'"))
                 .toInt(),
             0);
}

// A row of a table that INHERITS another is copied once, by the nearest of its table and that
// table's ancestors that the copy holds: all tables, each its own rows; the parent alone, every
// row (as PostgreSQL reads it); the parent and one child, the other child's rows in the parent.
void TestPgCopy::anInheritingTableIsCopiedOnce()
{
    const QString server = freshDatabase(QStringLiteral("inheriting"));
    QVERIFY(!server.isEmpty());
    {
        const PgProbe probe(server);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE cities (name text PRIMARY KEY)")));
        QVERIFY(
            probe.exec(QStringLiteral("CREATE TABLE capitals (country text) INHERITS (cities)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE villages (people integer) INHERITS "
                                          "(cities)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO cities VALUES ('Lyon'), ('Graz')")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO capitals VALUES ('Paris', 'France')")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO villages VALUES ('Hameau', 40)")));
    }
    const QString cities = QStringLiteral("cities");
    const QString capitals = QStringLiteral("capitals");
    const struct
    {
        QStringList tables;
        QString citiesRows;
        int rows;
    } cases[] = {
        {{}, QStringLiteral("Graz,Lyon"), 4},
        {{cities}, QStringLiteral("Graz,Hameau,Lyon,Paris"), 4},
        {{cities, capitals}, QStringLiteral("Graz,Hameau,Lyon"), 4},
    };
    int run = 0;
    for (const auto &copied : cases) {
        const QString file = m_dir.filePath(QStringLiteral("inheriting%1.sqlite").arg(++run));
        const CopyJob::Result copy = CopyJob({server, file, copied.tables}).run();
        QVERIFY2(!copy.error.isError(), qPrintable(copy.error.message));
        QCOMPARE(copy.rows, qint64(copied.rows));
        const Probe probe(file);
        QCOMPARE(probe
                     .value(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                           "cities ORDER BY name)"))
                     .toString(),
                 copied.citiesRows);
        if (copied.tables.isEmpty() || copied.tables.contains(capitals))
            QCOMPARE(probe
                         .value(QStringLiteral("SELECT group_concat(name || '/' || country) "
                                               "FROM capitals"))
                         .toString(),
                     QStringLiteral("Paris/France"));
    }
}

// A server table is read through a cursor, a chunk at a time (RowStream): every row arrives
// however the row count falls on the chunks, and a Cancel leaves the rest of the table unread
// on the server (the server's own count of the rows it read says so), where a plain query
// would have the driver drain every remaining row first.
void TestPgCopy::bigTablesAreReadInChunksAndCancelStopsReading()
{
    const QString server = freshDatabase(QStringLiteral("streamed"));
    QVERIFY(!server.isEmpty());
    const int chunk = RowStream::chunkRows;
    const int big = 5 * chunk;
    {
        const PgProbe probe(server);
        const QString create = QStringLiteral("CREATE TABLE %1 (id bigint PRIMARY KEY, label "
                                              "text); INSERT INTO %1 SELECT n, 'row ' || n FROM "
                                              "generate_series(1, %2) n");
        QVERIFY(probe.exec(create.arg(QStringLiteral("exact")).arg(2 * chunk)));
        QVERIFY(probe.exec(create.arg(QStringLiteral("longer")).arg(2 * chunk + 7)));
        QVERIFY(probe.exec(create.arg(QStringLiteral("copied")).arg(big)));
        QVERIFY(probe.exec(create.arg(QStringLiteral("dumped")).arg(big)));
    }
    const QString file = m_dir.filePath(QStringLiteral("streamed.sqlite"));
    const CopyJob::Result copy
        = CopyJob({server, file, {QStringLiteral("exact"), QStringLiteral("longer")}}).run();
    QVERIFY2(!copy.error.isError(), qPrintable(copy.error.message));
    QCOMPARE(copy.rows, qint64(4 * chunk + 7));
    {
        const Probe probe(file);
        for (const QString &table : {QStringLiteral("exact"), QStringLiteral("longer")}) {
            const qint64 rows = table == QLatin1String("exact") ? 2 * chunk : 2 * chunk + 7;
            QCOMPARE(probe
                         .value(QStringLiteral("SELECT count(DISTINCT id) || '/' || sum(id) || "
                                               "'/' || max(label = 'row ' || id) FROM %1")
                                    .arg(table))
                         .toString(),
                     QStringLiteral("%1/%2/1").arg(rows).arg(rows * (rows + 1) / 2));
        }
    }

    // The rows the server read from `table`, once the stats of the sessions that have ended
    // are in (each copy first counts the table: `big` rows).
    const auto rowsRead = [&server](const QString &table) {
        const PgProbe probe(server);
        QElapsedTimer waited;
        waited.start();
        qint64 read = 0;
        do {
            QTest::qWait(50);
            probe.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            read = probe
                       .value(QStringLiteral("SELECT seq_tup_read + coalesce(idx_tup_fetch, 0) "
                                             "FROM pg_stat_user_tables WHERE relname = '%1'")
                                  .arg(table))
                       .toLongLong();
        } while (read < big && waited.elapsed() < 20000);
        return read;
    };
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
    const CopyJob::Result stopped
        = CopyJob({server, cancelled, {QStringLiteral("copied")}})
              .run([](qint64 done, qint64, const QString &) { return done < 1000; });
    QCOMPARE(stopped.error.kind, TransferError::Cancelled);
    const qint64 copiedRead = rowsRead(QStringLiteral("copied"));
    QVERIFY2(copiedRead >= big && copiedRead <= big + 2 * chunk,
             qPrintable(QString::number(copiedRead)));

    DumpJob dump(Database::prepare(server, Database::Open::ReadOnly),
                 {DumpPlan::Dialect::Sqlite,
                  DumpPlan::Content::Everything,
                  {QStringLiteral("dumped")},
                  m_dir.filePath(QStringLiteral("dumped.sql"))});
    connect(&dump, &DumpJob::progress, &dump, [&dump](qint64 rows, qint64) {
        if (rows > 0)
            dump.cancel();
    });
    QCOMPARE(dump.run().error.kind, TransferError::Cancelled);
    const qint64 dumpedRead = rowsRead(QStringLiteral("dumped"));
    QVERIFY2(dumpedRead >= big && dumpedRead <= big + 2 * chunk,
             qPrintable(QString::number(dumpedRead)));
}

// SQLite tells names apart whatever the case of their ASCII letters: two server tables, two
// columns or a table and an index that differ only so are refused, naming both, before anything
// is written (the copy's file is not made, the dump writes no script); non-ASCII letters differ.
void TestPgCopy::namesSqliteTakesForOneAreRefused()
{
    const QString server = freshDatabase(QStringLiteral("case_twins"));
    QVERIFY(!server.isEmpty());
    {
        const PgProbe probe(server);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE \"Foo\" (id integer PRIMARY KEY)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE foo (id integer PRIMARY KEY)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE pair (\"Größe\" integer, \"GRÖSSE\" "
                                          "integer, \"Note\" text, note text)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE items (id integer PRIMARY KEY, at date)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE INDEX \"FOO_AT\" ON items (at)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE foo_at (id integer PRIMARY KEY)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE \"Été\" (id integer PRIMARY KEY)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE \"été\" (id integer PRIMARY KEY)")));
    }
    const struct
    {
        QStringList tables;
        QString message;
    } cases[] = {
        {{}, QStringLiteral("SQLite takes “Foo” and “foo” for one name")},
        {{QStringLiteral("pair")},
         QStringLiteral("Table “pair” has columns “Note” and “note”, which SQLite takes for one")},
        {{QStringLiteral("items"), QStringLiteral("foo_at")},
         QStringLiteral("SQLite takes “foo_at” and “FOO_AT” for one name")},
    };
    for (const auto &refused : cases) {
        const QString file = m_dir.filePath(QStringLiteral("twins.sqlite"));
        const CopyJob::Result copy = CopyJob({server, file, refused.tables}).run();
        QCOMPARE(copy.error.kind, TransferError::Input);
        QVERIFY2(copy.error.message.contains(refused.message), qPrintable(copy.error.message));
        QVERIFY(!QFileInfo::exists(file));

        const QString script = m_dir.filePath(QStringLiteral("twins.sql"));
        QStringList arguments{QStringLiteral("dump"), QStringLiteral("--database"), server,
                              QStringLiteral("--output"), script};
        for (const QString &table : refused.tables)
            arguments << QStringLiteral("--table") << table;
        const Run dump = runRowbook(arguments);
        QVERIFY2(dump.exitCode != 0 && dump.err.contains(refused.message), qPrintable(dump.err));
        QVERIFY(!QFileInfo::exists(script));
    }
    // Only ASCII letters are folded: "Été" and "été" are two names to SQLite too.
    const QString file = m_dir.filePath(QStringLiteral("accents.sqlite"));
    const CopyJob::Result copy
        = CopyJob({server, file, {QStringLiteral("Été"), QStringLiteral("été")}}).run();
    QVERIFY2(!copy.error.isError(), qPrintable(copy.error.message));
    QCOMPARE(copy.tables, 2);
}

QTEST_GUILESS_MAIN(TestPgCopy)
#include "tst_pgcopy.moc"

// `rowbook dump --dialect sqlite`: the script loads with the sqlite3 shell into a database whose
// schema and every value (quote()) equal the original's, for Chinook and for a table of hostile
// values; --schema-only, --data-only and --table; bad input exits with a clear message and
// writes nothing; a cancelled dump leaves no file.
#include "database.h"
#include "dumpjob.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace rowbook;
using testsupport::Probe;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runRowbook(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ROWBOOK_EXECUTABLE), arguments);
    process.waitForFinished(120000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// Runs a script with the sqlite3 shell, as a user would: sqlite3 new.db < dump.sql.
Run loadWithSqlite3(const QString &database, const QString &script)
{
    QProcess process;
    process.setStandardInputFile(script);
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), database});
    process.waitForFinished(120000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList column(const Probe &probe, const QString &sql)
{
    QStringList values;
    QSqlQuery query(probe.db());
    query.exec(sql);
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QStringList tables(const Probe &probe)
{
    return column(probe, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                        "name NOT LIKE 'sqlite%' ORDER BY name"));
}

// The schema as SQLite recorded it, one line per object, sorted.
QStringList schema(const Probe &probe)
{
    return column(probe, QStringLiteral("SELECT type || ' ' || name || ' ' || tbl_name || ' ' || "
                                        "sql FROM sqlite_master ORDER BY type, name"));
}

// Every row of a table as SQLite literals (quote() tells 1, 1.0, '1' and X'31' apart), in rowid
// order (the dump inserts rows in that order, so a rowid table gets the same rowids).
QStringList rows(const Probe &probe, const QString &table)
{
    QStringList columns;
    QSqlQuery query(probe.db());
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    query.exec();
    while (query.next())
        columns << QStringLiteral("quote(\"%1\")")
                       .arg(query.value(0).toString().replace(QLatin1Char('"'),
                                                              QLatin1String("\"\"")));
    QString quotedTable = table;
    quotedTable.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return column(probe, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY rowid")
                             .arg(columns.join(QStringLiteral(" || '|' || ")), quotedTable));
}

} // namespace

class TestDump : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chinookRoundTrip();
    void hostileRoundTrip();
    void scriptShape();
    void schemaOnlyThenDataOnly();
    void selectedTables();
    void unknownTableWritesNothing();
    void unwritableOutputWritesNothing();
    void conflictingOptions();
    void cancelLeavesNoFile();

private:
    QString hostileDatabase();
    void compareDatabases(const QString &original, const QString &copy);

    QTemporaryDir m_dir;
};

void TestDump::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ROWBOOK_EXECUTABLE)));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
             "the sqlite3 shell is missing (Debian: sqlite3)");
}

// Quotes, newlines, '', NULL, BLOBs (with an empty one), REAL edge values, the largest
// integers, a column of mixed types, reserved words as names, a foreign key to a table whose
// name sorts after it, an AUTOINCREMENT counter past the largest key, an index, a view, a
// trigger.
QString TestDump::hostileDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("hostile.sqlite"));
    if (QFile::exists(path))
        return path;
    Probe probe(path);
    const QStringList statements{
        QStringLiteral("CREATE TABLE \"z parent\" (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "\"order\" TEXT UNIQUE)"),
        QStringLiteral("CREATE TABLE \"a child\" (\"select\" INTEGER REFERENCES \"z parent\"(id), "
                       "\"from\" TEXT, \"we\"\"ird\" BLOB, r REAL, i INTEGER, m, n NUMERIC)"),
        QStringLiteral("INSERT INTO \"z parent\" (\"order\") VALUES ('one'), ('two'), ('three')"),
        QStringLiteral("DELETE FROM \"z parent\" WHERE id = 3"),
        QStringLiteral("INSERT INTO \"a child\" VALUES (1, 'it''s ''quoted''', X'00ff', 0.1, "
                       "9223372036854775807, 'x', 1)"),
        QStringLiteral("INSERT INTO \"a child\" VALUES (2, 'line1\nline2\r\nline3', X'', 1e308, "
                       "-9223372036854775808, 1.5, 2.5)"),
        QStringLiteral("INSERT INTO \"a child\" VALUES (NULL, '', NULL, -0.0, 0, X'01', 'text')"),
        QStringLiteral("INSERT INTO \"a child\" VALUES (1, NULL, X'27', 5e-324, -1, -0.0, NULL)"),
        QStringLiteral("INSERT INTO \"a child\" VALUES (2, 'Ünïcødé ✓ \"q\" \\ back', 'text', "
                       "1.7976931348623157e308, 42, NULL, 1e400)"),
        QStringLiteral("INSERT INTO \"a child\" VALUES (1, '''', 3, 2.0, 2.5, 0.30000000000000004, "
                       "-1e400)"),
        QStringLiteral("INSERT INTO \"a child\" VALUES (2, 'x', X'', 123456789.123456789, "
                       "'12', 1e-300, 3.0)"),
        QStringLiteral("INSERT INTO \"a child\" VALUES (1, 'a' || char(0) || 'b' || char(13), "
                       "NULL, NULL, NULL, char(13), NULL)"),
        QStringLiteral("CREATE INDEX \"a child by from\" ON \"a child\" (\"from\")"),
        QStringLiteral("CREATE VIEW \"group\" AS SELECT \"from\", r FROM \"a child\""),
        QStringLiteral("CREATE TRIGGER \"a child insert\" AFTER INSERT ON \"a child\" BEGIN "
                       "UPDATE \"z parent\" SET \"order\" = \"order\" || '!' WHERE id = "
                       "NEW.\"select\"; END"),
    };
    for (const QString &statement : statements) {
        if (!probe.exec(statement))
            qWarning("%s", qPrintable(statement));
    }
    return path;
}

void TestDump::compareDatabases(const QString &original, const QString &copy)
{
    const Probe before(original, QStringLiteral("QSQLITE_OPEN_READONLY"));
    const Probe after(copy, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(schema(after), schema(before));
    QVERIFY(!tables(before).isEmpty());
    for (const QString &table : tables(before)) {
        const QStringList a = rows(before, table);
        const QStringList b = rows(after, table);
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            if (a.at(i) != b.at(i))
                QFAIL(qPrintable(QStringLiteral("%1: %2 became %3").arg(table, a.at(i), b.at(i))));
        }
    }
    QCOMPARE(column(after, QStringLiteral("SELECT name || '=' || seq FROM sqlite_sequence")),
             column(before, QStringLiteral("SELECT name || '=' || seq FROM sqlite_sequence")));
}

void TestDump::chinookRoundTrip()
{
    const QString script = m_dir.filePath(QStringLiteral("chinook.sql"));
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"),
                                 testsupport::chinookPath(), QStringLiteral("--output"), script});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.err));
    QVERIFY(dump.err.contains(QStringLiteral("11 tables")));
    const QString copy = m_dir.filePath(QStringLiteral("chinook-copy.sqlite"));
    const Run load = loadWithSqlite3(copy, script);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    compareDatabases(testsupport::chinookPath(), copy);
    {
        const Probe probe(copy, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(tables(probe).size(), 11);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM Track")).toInt(), 3503);
        QVERIFY(column(probe, QStringLiteral("SELECT * FROM pragma_foreign_key_check")).isEmpty());
    }
    // Standard output gives the same script as --output.
    const Run toStdout = runRowbook(
        {QStringLiteral("dump"), QStringLiteral("--database"), testsupport::chinookPath()});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, readAll(script));
}

void TestDump::hostileRoundTrip()
{
    const QString original = hostileDatabase();
    const QString script = m_dir.filePath(QStringLiteral("hostile.sql"));
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), original,
                                 QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                                 QStringLiteral("-o"), script});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.err));
    const QString copy = m_dir.filePath(QStringLiteral("hostile-copy.sqlite"));
    const Run load = loadWithSqlite3(copy, script);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    compareDatabases(original, copy);

    // The values themselves, spelled out, so a change to quote() on both sides cannot hide one.
    const Probe probe(copy, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(column(probe, QStringLiteral("SELECT quote(\"we\"\"ird\") FROM \"a child\" ORDER BY "
                                          "rowid")),
             QStringList({QStringLiteral("X'00FF'"), QStringLiteral("X''"), QStringLiteral("NULL"),
                          QStringLiteral("X'27'"), QStringLiteral("'text'"), QStringLiteral("3"),
                          QStringLiteral("X''"), QStringLiteral("NULL")}));
    // quote() stops at a NUL; hex() does not.
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT hex(\"from\") || '/' || hex(m) FROM \"a child\" "
                                       "WHERE rowid = 8"))
                 .toString(),
             QStringLiteral("6100620D/0D"));
    QCOMPARE(
        probe.value(QStringLiteral("SELECT \"from\" FROM \"a child\" WHERE rowid = 2")).toString(),
        QStringLiteral("line1\nline2\r\nline3"));
    QCOMPARE(probe.value(QStringLiteral("SELECT r FROM \"a child\" WHERE rowid = 1")).toDouble(),
             0.1);
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT r = 123456789.123456789 FROM \"a child\" WHERE "
                                       "rowid = 7"))
                 .toInt(),
             1);
    QCOMPARE(probe.value(QStringLiteral("SELECT i FROM \"a child\" WHERE rowid = 2")).toLongLong(),
             std::numeric_limits<qint64>::min());
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT typeof(m) || typeof(n) FROM \"a child\" WHERE "
                                       "rowid = 6"))
                 .toString(),
             QStringLiteral("realreal"));
}

void TestDump::scriptShape()
{
    const QString script = m_dir.filePath(QStringLiteral("shape.sql"));
    QCOMPARE(runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), hostileDatabase(),
                         QStringLiteral("-o"), script})
                 .exitCode,
             0);
    const QString text = readAll(script);
    // One transaction around everything.
    QCOMPARE(text.count(QStringLiteral("BEGIN TRANSACTION;")), 1);
    QVERIFY(text.trimmed().endsWith(QStringLiteral("COMMIT;")));
    // Parents before children, whatever their names; indexes, views, triggers after the tables.
    const qsizetype parent = text.indexOf(QStringLiteral("CREATE TABLE \"z parent\""));
    const qsizetype child = text.indexOf(QStringLiteral("CREATE TABLE \"a child\""));
    const qsizetype index = text.indexOf(QStringLiteral("CREATE INDEX"));
    const qsizetype view = text.indexOf(QStringLiteral("CREATE VIEW"));
    const qsizetype trigger = text.indexOf(QStringLiteral("CREATE TRIGGER"));
    const qsizetype lastInsert = text.lastIndexOf(QStringLiteral("INSERT INTO \"a child\""));
    QVERIFY(parent >= 0 && child > parent);
    QVERIFY(index > lastInsert && view > index && trigger > view);

    // Rows go in as multi-row INSERTs of at most 500 rows: Track's 3503 rows in 8 statements.
    const QString chinook = m_dir.filePath(QStringLiteral("shape-chinook.sql"));
    QCOMPARE(runRowbook({QStringLiteral("dump"), QStringLiteral("--database"),
                         testsupport::chinookPath(), QStringLiteral("-o"), chinook})
                 .exitCode,
             0);
    QCOMPARE(readAll(chinook).count(QStringLiteral("INSERT INTO \"Track\" (")), 8);
}

void TestDump::schemaOnlyThenDataOnly()
{
    const QString original = hostileDatabase();
    const QString schemaScript = m_dir.filePath(QStringLiteral("schema.sql"));
    const QString dataScript = m_dir.filePath(QStringLiteral("data.sql"));
    QCOMPARE(runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), original,
                         QStringLiteral("--schema-only"), QStringLiteral("-o"), schemaScript})
                 .exitCode,
             0);
    QCOMPARE(runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), original,
                         QStringLiteral("--data-only"), QStringLiteral("-o"), dataScript})
                 .exitCode,
             0);
    QVERIFY(!readAll(schemaScript).contains(QStringLiteral("INSERT INTO")));
    const QString data = readAll(dataScript);
    QVERIFY(!data.contains(QStringLiteral("CREATE TABLE")));
    QVERIFY(!data.contains(QStringLiteral("CREATE INDEX")));
    QVERIFY(!data.contains(QStringLiteral("CREATE VIEW")));
    // The target's trigger is set aside while the rows go in, then put back.
    QVERIFY(data.indexOf(QStringLiteral("DROP TRIGGER IF EXISTS \"a child insert\""))
            < data.indexOf(QStringLiteral("INSERT INTO")));

    const QString copy = m_dir.filePath(QStringLiteral("two-step.sqlite"));
    Run load = loadWithSqlite3(copy, schemaScript);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    {
        const Probe probe(copy, QStringLiteral("QSQLITE_OPEN_READONLY"));
        const Probe before(original, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(schema(probe), schema(before));
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM \"a child\"")).toInt(), 0);
    }
    // The trigger exists now; the rows must still come in unchanged, and the trigger stays.
    load = loadWithSqlite3(copy, dataScript);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    compareDatabases(original, copy);
}

void TestDump::selectedTables()
{
    const QString script = m_dir.filePath(QStringLiteral("two-tables.sql"));
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"),
                                 testsupport::chinookPath(), QStringLiteral("--table"),
                                 QStringLiteral("Album"), QStringLiteral("-t"),
                                 QStringLiteral("artist"), QStringLiteral("-o"), script});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.err));
    const QString copy = m_dir.filePath(QStringLiteral("two-tables.sqlite"));
    const Run load = loadWithSqlite3(copy, script);
    QVERIFY2(load.exitCode == 0 && load.err.isEmpty(), qPrintable(load.err));
    const Probe probe(copy, QStringLiteral("QSQLITE_OPEN_READONLY"));
    const Probe original(testsupport::chinookPath(), QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(tables(probe), QStringList({QStringLiteral("Album"), QStringLiteral("Artist")}));
    QCOMPARE(rows(probe, QStringLiteral("Album")), rows(original, QStringLiteral("Album")));
    QCOMPARE(rows(probe, QStringLiteral("Artist")), rows(original, QStringLiteral("Artist")));
    // Album's index comes along; Track's does not.
    QCOMPARE(column(probe, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                          "AND sql IS NOT NULL")),
             QStringList({QStringLiteral("IFK_AlbumArtistId")}));
    // Artist is Album's parent, so it comes first although it was named second.
    const QString text = readAll(script);
    QVERIFY(text.indexOf(QStringLiteral("CREATE TABLE [Artist]"))
            < text.indexOf(QStringLiteral("CREATE TABLE [Album]")));
}

void TestDump::unknownTableWritesNothing()
{
    const QString script = m_dir.filePath(QStringLiteral("unknown.sql"));
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"),
                                 testsupport::chinookPath(), QStringLiteral("--table"),
                                 QStringLiteral("Album"), QStringLiteral("--table"),
                                 QStringLiteral("Nope"), QStringLiteral("-o"), script});
    QCOMPARE(dump.exitCode, 2);
    QVERIFY2(dump.err.contains(QStringLiteral("rowbook dump:"))
                 && dump.err.contains(QStringLiteral("“Nope”")),
             qPrintable(dump.err));
    QVERIFY(!QFile::exists(script));
    QVERIFY(dump.out.isEmpty());

    // Nor to standard output.
    const Run toStdout
        = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"),
                      testsupport::chinookPath(), QStringLiteral("-t"), QStringLiteral("Nope")});
    QCOMPARE(toStdout.exitCode, 2);
    QVERIFY(toStdout.out.isEmpty());

    // A missing database is named, and not created.
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const Run noFile = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"), missing,
                                   QStringLiteral("-o"), script});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY(noFile.err.contains(missing));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(script));
}

void TestDump::unwritableOutputWritesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString script = folder + QStringLiteral("/dump.sql");
    const Run dump = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"),
                                 testsupport::chinookPath(), QStringLiteral("-o"), script});
    QCOMPARE(dump.exitCode, 1);
    QVERIFY2(dump.err.contains(QStringLiteral("cannot be written")) && dump.err.contains(script),
             qPrintable(dump.err));
    QVERIFY(!QFile::exists(folder));
}

void TestDump::conflictingOptions()
{
    const Run both = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"),
                                 testsupport::chinookPath(), QStringLiteral("--schema-only"),
                                 QStringLiteral("--data-only")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.err.contains(QStringLiteral("exclude each other")));
    QVERIFY(both.out.isEmpty());
    const Run dialect = runRowbook({QStringLiteral("dump"), QStringLiteral("--database"),
                                    testsupport::chinookPath(), QStringLiteral("--dialect"),
                                    QStringLiteral("oracle")});
    QCOMPARE(dialect.exitCode, 2);
    QVERIFY(dialect.err.contains(QStringLiteral("“oracle”")));
    QVERIFY(dialect.out.isEmpty());
}

void TestDump::cancelLeavesNoFile()
{
    const QString script = m_dir.filePath(QStringLiteral("cancelled.sql"));
    const DatabaseInfo info
        = Database::prepare(testsupport::chinookPath(), Database::Open::ReadOnly);
    QVERIFY(info.isOpen());
    DumpJob::Options options;
    options.outputPath = script;
    DumpJob job(info, options);
    qint64 seen = 0;
    // progress() is emitted on the job's thread (here this one), so cancel lands mid-dump.
    connect(&job, &DumpJob::progress, this, [&](qint64 rows, qint64) {
        seen = rows;
        if (rows > 0)
            job.cancel();
    });
    const DumpJob::Result result = job.run();
    QCOMPARE(result.error.kind, TransferError::Cancelled);
    QVERIFY(seen > 0);
    QVERIFY(result.rows < 15607);
    QVERIFY(!QFile::exists(script));
}

QTEST_GUILESS_MAIN(TestDump)
#include "tst_dump.moc"

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

class tst_PgDump : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chinookEqualsCopy();
    void hostileValues();
    void schemaOnlyThenDataOnly();
    void untranslatableColumnWritesNothing();

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

void tst_PgDump::initTestCase()
{
    m_server = qEnvironmentVariable("ROWBOOK_TEST_PG");
    if (m_server.isEmpty())
        QSKIP("ROWBOOK_TEST_PG is not set: run through ctest, which starts a PostgreSQL server");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty(),
             "psql is missing (Debian: postgresql-client)");
    QVERIFY(m_dir.isValid());
    const QString problem = pgsupport::serverProblem(m_server);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// What PostgreSQL can take of the hostile values: quotes, newlines, CR, Unicode, '', NULL,
// BLOBs with an empty one, REAL edge values, the largest integers, reserved words as names,
// booleans, dates, a column of text and numbers, an AUTOINCREMENT key.
QString tst_PgDump::hostileDatabase()
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
void tst_PgDump::compareWithCopy(const QString &source, const QString &name)
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

void tst_PgDump::chinookEqualsCopy()
{
    compareWithCopy(testsupport::chinookPath(), QStringLiteral("chinook"));
}

void tst_PgDump::hostileValues()
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

void tst_PgDump::schemaOnlyThenDataOnly()
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

void tst_PgDump::untranslatableColumnWritesNothing()
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

QTEST_GUILESS_MAIN(tst_PgDump)
#include "tst_pgdump.moc"

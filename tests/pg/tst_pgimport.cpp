// Importing CSV and JSON into a PostgreSQL database (the throwaway cluster of
// tests/pg/pgcluster.sh, named by ROWBOOK_TEST_PG): a new table gets the server's types, an
// existing table's own types convert the values, a value or a row the server refuses names its line
// (and column) and leaves the database as it was, a row another session holds is waited for, and a
// cancel keeps nothing.
#include "database.h"
#include "importjob.h"
#include "pgsupport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace rowbook;
using pgsupport::PgProbe;

class TestPgImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void csvMakesATableOfTheServersTypes();
    void anIdColumnBecomesTheKey();
    void jsonGoesIntoAnExistingTablesTypes();
    void aValueOfTheWrongTypeNamesItsLineAndColumn();
    void aValueTooLongForItsColumnNamesItsColumn();
    void aBitStringOfTheWrongLengthNamesItsColumn();
    void aDuplicateKeyNamesItsLine();
    void replacingRowsOthersReferToSaysWhy();
    void replacingRowsThatOthersCascadeFromIsRefused();
    void aRowHeldByAnotherSessionIsWaitedFor();
    void aTableLockedByAnotherSessionIsWaitedFor();
    void theTablesOwnSpellingIsUsed();
    void aRowHeldTooLongIsReportedAsBusy();
    void cancelKeepsNothing();
    void commandLineImportsIntoAServer();
    void otherVerbsReadOrRefuseAServer();

private:
    QString writeFile(const QString &name, const QByteArray &contents) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return {};
        return path;
    }
    ImportJob::Result import(const QString &path,
                             const QString &table,
                             bool replace = false,
                             int budgetMs = 5000) const
    {
        ImportJob::Options options;
        options.filePath = path;
        options.table = table;
        options.replace = replace;
        options.retry.budgetMs = budgetMs;
        ImportJob job(Database::prepare(m_database, Database::Open::Create), options);
        return job.run();
    }
    // A table t (id bigint primary key, label text) holding rows 1..`rows`.
    void makeNumberedTable(int rows) const
    {
        PgProbe probe(m_database);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE t (id bigint PRIMARY KEY, label text)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO t SELECT n, 'row ' || n FROM "
                                          "generate_series(1, %1) n")
                               .arg(rows)));
    }
    // A CSV with a header and `rows` rows (id, label) numbered from `first`.
    static QByteArray numberedCsv(int first, int rows)
    {
        QByteArray csv = "id,label\n";
        for (int i = 0; i < rows; ++i)
            csv += QByteArray::number(first + i) + ",new " + QByteArray::number(first + i) + '\n';
        return csv;
    }

    QString m_server;
    QString m_database;
    QTemporaryDir m_dir;
};

void TestPgImport::initTestCase()
{
    PGSUPPORT_REQUIRE_SERVER(m_server);
    QVERIFY(m_dir.isValid());
}

void TestPgImport::init()
{
    m_database = pgsupport::freshDatabase(m_server, QStringLiteral("rowbook_import"));
    QVERIFY(!m_database.isEmpty());
}

void TestPgImport::csvMakesATableOfTheServersTypes()
{
    const QString path = writeFile(QStringLiteral("new.csv"), "n,price,code,bytes,note\n"
                                                              "1,2.5,\"007\",X'00ff',\n"
                                                              "2,3,abc,X'41',\"\"\n"
                                                              "-3,-0.5,x,X'',plain\n");
    const ImportJob::Result result = import(path, QStringLiteral("fresh"));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.rows, 3);
    QVERIFY(result.createdTable);
    QVERIFY(result.keyColumn.isEmpty());
    QVERIFY2(result.note.contains(QLatin1String("no primary key")), qPrintable(result.note));

    PgProbe probe(m_database);
    QCOMPARE(
        probe.column(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                    "WHERE attrelid = 'fresh'::regclass AND attnum > 0 "
                                    "ORDER BY attnum")),
        (QStringList{"bigint", "double precision", "text", "bytea", "text"}));
    QCOMPARE(probe.column(QStringLiteral("SELECT concat_ws('|', n, price, code, coalesce(encode("
                                         "bytes, 'hex'), '<null>'), coalesce(note, '<null>')) "
                                         "FROM fresh ORDER BY n")),
             (QStringList{"-3|-0.5|x||plain", "1|2.5|007|00ff|<null>", "2|3|abc|41|"}));
}

// A new table's "id" column of whole numbers becomes its primary key, so the window can edit
// it; not when its values could not be one (a repeated id), which still imports.
void TestPgImport::anIdColumnBecomesTheKey()
{
    const QString keyOf = QStringLiteral(
        "SELECT string_agg(a.attname, ',') FROM pg_constraint c JOIN pg_attribute a ON "
        "a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) WHERE c.contype = 'p' AND "
        "c.conrelid = '%1'::regclass");
    ImportJob::Result result = import(
        writeFile(QStringLiteral("keyed.csv"), "name,ID\nPen,1\nInk,2\n"), QStringLiteral("keyed"));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.keyColumn, QStringLiteral("ID"));
    QVERIFY2(result.note.contains(QStringLiteral("“ID”")), qPrintable(result.note));
    PgProbe probe(m_database);
    QCOMPARE(probe.value(keyOf.arg(QStringLiteral("keyed"))).toString(), QStringLiteral("ID"));

    result = import(writeFile(QStringLiteral("twice.csv"), "id,name\n1,Pen\n1,Ink\n"),
                    QStringLiteral("twice"));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.rows, 2);
    QVERIFY(result.keyColumn.isEmpty());
    QVERIFY2(result.note.contains(QLatin1String("no primary key")), qPrintable(result.note));
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM twice")).toInt(), 2);
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                       "'twice'::regclass"))
                 .toInt(),
             0);
}

void TestPgImport::jsonGoesIntoAnExistingTablesTypes()
{
    {
        PgProbe probe(m_database);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE j (id integer PRIMARY KEY, flag boolean, "
                                          "amount numeric(10,2), note text, data bytea, "
                                          "counted integer)")));
    }
    const QString path = writeFile(
        QStringLiteral("rows.json"),
        R"([{"id": 1, "flag": true, "amount": 1.5, "note": 1.50, "data": {"$blob": "AP8="}, "counted": true},
            {"note": {"a": [1, 2]}, "id": 2, "flag": false},
            {"id": 3, "amount": null, "note": "", "data": {"$blob": ""}, "counted": false}])");
    const ImportJob::Result result = import(path, QStringLiteral("j"));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.rows, 3);
    QVERIFY(!result.createdTable);

    PgProbe probe(m_database);
    QCOMPARE(probe.column(QStringLiteral(
                 "SELECT concat_ws('|', id, coalesce(flag::text, '<null>'), coalesce(amount::text, "
                 "'<null>'), note, coalesce(encode(data, 'hex'), '<null>'), "
                 "coalesce(counted::text, '<null>')) FROM j ORDER BY id")),
             (QStringList{"1|true|1.50|1.50|00ff|1", "2|false|<null>|{\"a\":[1,2]}|<null>|<null>",
                          "3|<null>|<null>|||0"}));
}

void TestPgImport::aValueOfTheWrongTypeNamesItsLineAndColumn()
{
    makeNumberedTable(3);
    // In the first full batch of rows (500 for two columns), which is replayed row by row.
    QByteArray csv = numberedCsv(10, 800);
    const int badLine = 1 + 200; // the header is line 1
    QList<QByteArray> lines = csv.split('\n');
    lines[badLine - 1] = "x209,label";
    csv = lines.join('\n');
    const ImportJob::Result result
        = import(writeFile(QStringLiteral("bad.csv"), csv), QStringLiteral("t"));
    QCOMPARE(result.error.kind, TransferError::Input);
    QCOMPARE(result.error.line, badLine);
    QCOMPARE(result.error.column, 1);
    QVERIFY2(result.error.message.contains(QStringLiteral("“id”"))
                 && result.error.message.contains(QLatin1String("x209"))
                 && !result.error.message.contains(QLatin1String("EXECUTE")),
             qPrintable(result.error.message));
    QCOMPARE(result.rows, 0);
    PgProbe probe(m_database);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 3);
}

// varchar(n) and char(n): a cast would cut the value short, the INSERT refuses it (22001); the
// message still names the column. Spaces past the limit are cut without an error.
void TestPgImport::aValueTooLongForItsColumnNamesItsColumn()
{
    PgProbe probe(m_database);
    QVERIFY(probe.exec(QStringLiteral(
        "CREATE TABLE codes (id bigint PRIMARY KEY, tag character(2), code varchar(3))")));
    const QByteArray csv = "id,tag,code\n1,x,abc\n2,y,Zoë\n3,zz,ab   \n4,w,abcd\n";
    const ImportJob::Result result
        = import(writeFile(QStringLiteral("long.csv"), csv), QStringLiteral("codes"));
    QCOMPARE(result.error.kind, TransferError::Input);
    QCOMPARE(result.error.line, 5);
    QCOMPARE(result.error.column, 3);
    QVERIFY2(result.error.message.contains(QStringLiteral("Column “code”")),
             qPrintable(result.error.message));
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM codes")).toInt(), 0);

    const ImportJob::Result fits
        = import(writeFile(QStringLiteral("fits.csv"), csv.left(csv.indexOf("4,w"))),
                 QStringLiteral("codes"));
    QVERIFY2(!fits.error.isError(), qPrintable(fits.error.message));
    QCOMPARE(probe.value(QStringLiteral("SELECT code FROM codes WHERE id = 3")).toString(),
             QStringLiteral("ab "));
    QCOMPARE(probe.value(QStringLiteral("SELECT code FROM codes WHERE id = 2")).toString(),
             QStringLiteral("Zoë"));
}

// bit(n) takes exactly n bits (SQLSTATE 22026) and bit varying(n) at most n (22001); a cast
// would pad or cut them silently, so the column is found by its length.
void TestPgImport::aBitStringOfTheWrongLengthNamesItsColumn()
{
    PgProbe probe(m_database);
    QVERIFY(probe.exec(QStringLiteral(
        "CREATE TABLE flags (id bigint PRIMARY KEY, mask bit(4), extra bit varying(3))")));
    const QByteArray fits = "id,mask,extra\n1,1010,1\n2,x1,10\n3,0000,101\n";
    const struct
    {
        QByteArray line;
        int column;
        const char *name;
    } wrong[] = {{"4,101,\n", 2, "mask"}, {"4,x1F,\n", 2, "mask"}, {"4,1111,1011\n", 3, "extra"}};
    for (const auto &c : wrong) {
        const ImportJob::Result result
            = import(writeFile(QStringLiteral("bits.csv"), fits + c.line), QStringLiteral("flags"));
        QCOMPARE(result.error.kind, TransferError::Input);
        QCOMPARE(result.error.line, 5);
        QCOMPARE(result.error.column, c.column);
        QVERIFY2(result.error.message.contains(QStringLiteral("Column “%1”").arg(c.name)),
                 qPrintable(result.error.message));
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM flags")).toInt(), 0);
    }
    const ImportJob::Result result
        = import(writeFile(QStringLiteral("bits.csv"), fits), QStringLiteral("flags"));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(probe.column(QStringLiteral("SELECT CAST(mask AS text) FROM flags ORDER BY id")),
             (QStringList{"1010", "0001", "0000"}));
}

void TestPgImport::aDuplicateKeyNamesItsLine()
{
    makeNumberedTable(3);
    QByteArray csv = numberedCsv(10, 300) + "2,again\n" + numberedCsv(400, 10).mid(9);
    const ImportJob::Result result
        = import(writeFile(QStringLiteral("dup.csv"), csv), QStringLiteral("t"));
    QCOMPARE(result.error.kind, TransferError::Input);
    QCOMPARE(result.error.line, 302);
    QVERIFY2(result.error.message.contains(QStringLiteral("“id”")),
             qPrintable(result.error.message));
    PgProbe probe(m_database);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 3);
    QCOMPARE(probe.value(QStringLiteral("SELECT label FROM t WHERE id = 2")).toString(),
             QStringLiteral("row 2"));
}

// Replacing the rows of a table another refers to: a foreign key checked at once refuses the
// DELETE, and the message says why; one declared DEFERRABLE is checked at commit, so the same
// rows come back.
void TestPgImport::replacingRowsOthersReferToSaysWhy()
{
    makeNumberedTable(2);
    PgProbe probe(m_database);
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE strict (id bigint PRIMARY KEY, t bigint "
                                      "REFERENCES t (id))")));
    QVERIFY(probe.exec(QStringLiteral("INSERT INTO strict VALUES (1, 1)")));
    const QString same = writeFile(QStringLiteral("same.csv"), numberedCsv(1, 2));
    const ImportJob::Result refused = import(same, QStringLiteral("t"), true);
    QCOMPARE(refused.error.kind, TransferError::Input);
    QVERIFY2(refused.error.message.contains(
                 QStringLiteral("Rows of other tables refer to the rows of “t”")),
             qPrintable(refused.error.message));
    QCOMPARE(
        probe.value(QStringLiteral("SELECT string_agg(label, ',' ORDER BY id) FROM t")).toString(),
        QStringLiteral("row 1,row 2"));

    QVERIFY(probe.exec(QStringLiteral("DROP TABLE strict")));
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE lenient (id bigint PRIMARY KEY, t bigint "
                                      "REFERENCES t (id) DEFERRABLE)")));
    QVERIFY(probe.exec(QStringLiteral("INSERT INTO lenient VALUES (1, 1)")));
    const ImportJob::Result replaced = import(same, QStringLiteral("t"), true);
    QVERIFY2(!replaced.error.isError(), qPrintable(replaced.error.message));
    QCOMPARE(
        probe.value(QStringLiteral("SELECT string_agg(label, ',' ORDER BY id) FROM t")).toString(),
        QStringLiteral("new 1,new 2"));
    // Checked at commit and refused there: the server's detail names the key.
    const ImportJob::Result fewer = import(
        writeFile(QStringLiteral("fewer.csv"), numberedCsv(2, 1)), QStringLiteral("t"), true);
    QCOMPARE(fewer.error.kind, TransferError::Input);
    QVERIFY2(fewer.error.message.contains(QStringLiteral("=(1)")), qPrintable(fewer.error.message));
    QVERIFY2(fewer.error.message.endsWith(QStringLiteral("Nothing was imported.")),
             qPrintable(fewer.error.message));
    QCOMPARE(
        probe.value(QStringLiteral("SELECT string_agg(label, ',' ORDER BY id) FROM t")).toString(),
        QStringLiteral("new 1,new 2"));
}

void TestPgImport::replacingRowsThatOthersCascadeFromIsRefused()
{
    makeNumberedTable(2);
    PgProbe probe(m_database);
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE child (id bigint PRIMARY KEY, t bigint "
                                      "REFERENCES t (id) ON DELETE CASCADE DEFERRABLE)")));
    QVERIFY(probe.exec(QStringLiteral("INSERT INTO child VALUES (1, 1), (2, 2)")));
    const QString same = writeFile(QStringLiteral("same.csv"), numberedCsv(1, 2));
    const ImportJob::Result refused = import(same, QStringLiteral("t"), true);
    QCOMPARE(refused.error.kind, TransferError::Input);
    QVERIFY2(refused.error.message.startsWith(
                 QStringLiteral("“child” refers to “t” with ON DELETE CASCADE")),
             qPrintable(refused.error.message));
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM child")).toInt(), 2);
    QCOMPARE(
        probe.value(QStringLiteral("SELECT string_agg(label, ',' ORDER BY id) FROM t")).toString(),
        QStringLiteral("row 1,row 2"));

    // A table of another schema refers to t as well: replacing t would cut its references.
    QVERIFY(probe.exec(QStringLiteral("DROP TABLE child")));
    QVERIFY(probe.exec(QStringLiteral("CREATE SCHEMA archive")));
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE archive.kept (id bigint PRIMARY KEY, t bigint "
                                      "REFERENCES public.t (id) ON DELETE SET NULL DEFERRABLE)")));
    QVERIFY(probe.exec(QStringLiteral("INSERT INTO archive.kept VALUES (1, 1), (2, 2)")));
    const ImportJob::Result elsewhere = import(same, QStringLiteral("t"), true);
    QCOMPARE(elsewhere.error.kind, TransferError::Input);
    QVERIFY2(elsewhere.error.message.startsWith(
                 QStringLiteral("“archive.kept” refers to “t” with ON DELETE SET NULL")),
             qPrintable(elsewhere.error.message));
    QCOMPARE(probe.value(QStringLiteral("SELECT count(t) FROM archive.kept")).toInt(), 2);

    // A key to a partitioned table refers to each partition too: replacing one partition's
    // rows would delete what refers to them.
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE parts (id bigint PRIMARY KEY, label text) "
                                      "PARTITION BY RANGE (id)")));
    QVERIFY(probe.exec(
        QStringLiteral("CREATE TABLE parts_low PARTITION OF parts FOR VALUES FROM (0) TO (100)")));
    QVERIFY(probe.exec(QStringLiteral("INSERT INTO parts VALUES (1, 'row 1'), (2, 'row 2')")));
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE uses (id bigint PRIMARY KEY, part bigint "
                                      "REFERENCES parts (id) ON DELETE CASCADE)")));
    QVERIFY(probe.exec(QStringLiteral("INSERT INTO uses VALUES (1, 1), (2, 2)")));
    const ImportJob::Result partition = import(same, QStringLiteral("parts_low"), true);
    QCOMPARE(partition.error.kind, TransferError::Input);
    QVERIFY2(partition.error.message.startsWith(
                 QStringLiteral("“uses” refers to “parts_low” with ON DELETE CASCADE")),
             qPrintable(partition.error.message));
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM uses")).toInt(), 2);

    // A reference that only checks (NO ACTION, deferred) lets the same rows come back.
    QVERIFY(probe.exec(QStringLiteral("DROP TABLE archive.kept")));
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE archive.kept (id bigint PRIMARY KEY, t bigint "
                                      "REFERENCES public.t (id) DEFERRABLE)")));
    QVERIFY(probe.exec(QStringLiteral("INSERT INTO archive.kept VALUES (1, 1), (2, 2)")));
    const ImportJob::Result replaced = import(same, QStringLiteral("t"), true);
    QVERIFY2(!replaced.error.isError(), qPrintable(replaced.error.message));
    QCOMPARE(
        probe.value(QStringLiteral("SELECT string_agg(label, ',' ORDER BY id) FROM t")).toString(),
        QStringLiteral("new 1,new 2"));
}

namespace {

using pgsupport::hold;

const QString rowOne = QStringLiteral("SELECT * FROM t WHERE id = 1 FOR UPDATE");

} // namespace

void TestPgImport::aRowHeldByAnotherSessionIsWaitedFor()
{
    makeNumberedTable(3);
    std::promise<bool> held;
    std::thread locker = hold(m_database, rowOne, 1500, &held);
    QVERIFY(held.get_future().get());

    ImportJob::Options options;
    options.filePath = writeFile(QStringLiteral("replace.csv"), numberedCsv(1, 5));
    options.table = QStringLiteral("t");
    options.replace = true; // the DELETE reaches the held row
    options.retry.budgetMs = 20000;
    ImportJob job(Database::prepare(m_database, Database::Open::Create), options);
    QSignalSpy waiting(&job, &ImportJob::waiting);
    const ImportJob::Result result = job.run();
    locker.join();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(!waiting.isEmpty());
    PgProbe probe(m_database);
    QCOMPARE(probe.column(QStringLiteral("SELECT label FROM t ORDER BY id")),
             (QStringList{"new 1", "new 2", "new 3", "new 4", "new 5"}));
}

void TestPgImport::aTableLockedByAnotherSessionIsWaitedFor()
{
    // Appending: the INSERTs (and the server's PREPARE of them) wait for the table's lock.
    makeNumberedTable(3);
    std::promise<bool> held;
    std::thread locker
        = hold(m_database, QStringLiteral("LOCK TABLE t IN SHARE MODE"), 1500, &held);
    QVERIFY(held.get_future().get());
    ImportJob::Options options;
    options.filePath = writeFile(QStringLiteral("append.csv"), numberedCsv(10, 1200));
    options.table = QStringLiteral("t");
    options.retry.budgetMs = 20000;
    ImportJob job(Database::prepare(m_database, Database::Open::Create), options);
    QSignalSpy waiting(&job, &ImportJob::waiting);
    const ImportJob::Result result = job.run();
    locker.join();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(result.rows, 1200);
    PgProbe probe(m_database);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1203);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(DISTINCT id) FROM t")).toInt(), 1203);
}

void TestPgImport::theTablesOwnSpellingIsUsed()
{
    {
        PgProbe probe(m_database);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE \"Items\" (id bigint PRIMARY KEY, "
                                          "label text)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO \"Items\" VALUES (1, 'old')")));
    }
    const ImportJob::Result result = import(
        writeFile(QStringLiteral("case.csv"), numberedCsv(2, 2)), QStringLiteral("items"), true);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(!result.createdTable);
    PgProbe probe(m_database);
    QCOMPARE(probe.column(QStringLiteral("SELECT label FROM \"Items\" ORDER BY id")),
             (QStringList{"new 2", "new 3"}));
    QCOMPARE(probe.tables(), QStringList{QStringLiteral("Items")});
}

void TestPgImport::aRowHeldTooLongIsReportedAsBusy()
{
    makeNumberedTable(3);
    std::promise<bool> held;
    std::thread locker = hold(m_database, rowOne, 4000, &held);
    QVERIFY(held.get_future().get());
    const ImportJob::Result result = import(
        writeFile(QStringLiteral("busy.csv"), numberedCsv(1, 5)), QStringLiteral("t"), true, 1500);
    locker.join();
    QCOMPARE(result.error.kind, TransferError::Busy);
    PgProbe probe(m_database);
    QCOMPARE(probe.column(QStringLiteral("SELECT label FROM t ORDER BY id")),
             (QStringList{"row 1", "row 2", "row 3"}));
}

void TestPgImport::cancelKeepsNothing()
{
    ImportJob::Options options;
    options.filePath = writeFile(QStringLiteral("many.csv"), numberedCsv(1, 20000));
    options.table = QStringLiteral("cancelled");
    ImportJob job(Database::prepare(m_database, Database::Open::Create), options);
    // Cancelled once the table is made and the rows are going in: the first check (after
    // 4,096 rows, eight batches sent) stops the import.
    bool inserting = false;
    connect(&job, &ImportJob::phaseChanged, this, [&](ImportJob::Phase phase) {
        if (phase == ImportJob::Phase::Inserting) {
            inserting = true;
            job.cancel();
        }
    });
    const ImportJob::Result result = job.run();
    QVERIFY(inserting);
    QCOMPARE(result.error.kind, TransferError::Cancelled);
    PgProbe probe(m_database);
    QVERIFY(!probe.tables().contains(QStringLiteral("cancelled")));
}

void TestPgImport::commandLineImportsIntoAServer()
{
    const QString path = writeFile(QStringLiteral("cli.csv"), "a,b\n1,one\n2,two\nthree,3\n");
    testsupport::Run run = pgsupport::runRowbook(
        {QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("cli"),
         QStringLiteral("--type"), QStringLiteral("a=integer"), QStringLiteral("--database"),
         m_database});
    QCOMPARE(run.exitCode, int(TransferError::Input));
    QVERIFY2(run.err.contains(path + QStringLiteral(":4:1:")), qPrintable(run.err));
    PgProbe probe(m_database);
    QVERIFY(!probe.tables().contains(QStringLiteral("cli")));

    run = pgsupport::runRowbook({QStringLiteral("import"), path, QStringLiteral("--table"),
                                 QStringLiteral("cli"), QStringLiteral("--database"), m_database});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("no primary key")), qPrintable(run.out));
    QCOMPARE(probe.column(QStringLiteral("SELECT a || '=' || b FROM cli ORDER BY a")),
             (QStringList{"1=one", "2=two", "three=3"}));
}

void TestPgImport::otherVerbsReadOrRefuseAServer()
{
    makeNumberedTable(2);
    const testsupport::Run exported
        = pgsupport::runRowbook({QStringLiteral("export"), QStringLiteral("--table"),
                                 QStringLiteral("t"), QStringLiteral("--database"), m_database});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.out, QStringLiteral("id,label\r\n1,row 1\r\n2,row 2\r\n"));

    const QString file = m_dir.filePath(QStringLiteral("out.sqlite"));
    const QList<QStringList> refused{
        {QStringLiteral("dump"), QStringLiteral("--dialect"), QStringLiteral("postgresql"),
         QStringLiteral("--database"), m_database},
        {QStringLiteral("backup"), QStringLiteral("--database"), m_database},
        {QStringLiteral("check"), QStringLiteral("--database"), m_database},
        {QStringLiteral("recover"), m_database, QStringLiteral("--output"), file},
    };
    for (const QStringList &arguments : refused) {
        const testsupport::Run run = pgsupport::runRowbook(arguments);
        QVERIFY2(run.exitCode == int(TransferError::Usage), qPrintable(arguments.first()));
        QVERIFY2(run.err.contains(QLatin1String("server database")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFile::exists(file));
    PgProbe probe(m_database);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestPgImport)
#include "tst_pgimport.moc"

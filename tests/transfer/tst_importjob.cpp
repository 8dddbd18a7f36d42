#include "importjob.h"
#include "importjobfixture.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace rowbook;
using testsupport::Probe;

class TestImportJob : public QObject, ImportJobFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(prepare()); }
    void createsTableWithInferredTypes();
    void appendsWhenColumnsMatch();
    void replaceEmptiesTheTable();
    void mismatchedColumnsLeaveTableUnchanged();
    void raggedRows_data();
    void raggedRows();
    void failureHalfWayInsertsNothing();
    void refusedRowNamesItsColumn_data();
    void refusedRowNamesItsColumn();
    void replaceKeepsRowsThatOthersReferTo();
    void replaceRefusesWhenDeletingWouldChangeOtherTables_data();
    void replaceRefusesWhenDeletingWouldChangeOtherTables();
    void noHeaderNamesColumns();
    void tsvMeansTab();
    void json_data();
    void json();
    void cancelRollsBack();
    void busyPastBudget();
    void readOnlyDatabase();
    void emptyFile();
    void tableNameInAnotherCase();
    void insertThatCannotBePreparedIsReported();
};

void TestImportJob::createsTableWithInferredTypes()
{
    const QString file = write("people.csv", "id,name,zip,price,qty,note,id\r\n"
                                             "1,Åsa,08123,1.5,3,\"\",x\r\n"
                                             "2,\"Smith, J\",10115,2,,,y\r\n"
                                             "3,Zoë,00501,,7,\"multi\nline\",z\r\n");
    const ImportJob::Result result = import(file, "people");
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.rows, 3);
    QVERIFY(result.createdTable);
    QCOMPARE(result.columns, (QStringList{"id", "name", "zip", "price", "qty", "note", "id_2"}));

    Probe probe(m_db);
    QCOMPARE(
        probe
            .value(
                "SELECT group_concat(name || ' ' || type, ', ') FROM pragma_table_info('people')")
            .toString(),
        QString("id INTEGER, name TEXT, zip TEXT, price REAL, qty INTEGER, note TEXT, id_2 TEXT"));
    QCOMPARE(probe
                 .value("SELECT group_concat(quote(id) || '|' || quote(name) || '|' || quote(zip) "
                        "|| '|' || quote(price) || '|' || quote(qty) || '|' || quote(note), ';') "
                        "FROM people")
                 .toString(),
             QString::fromUtf8("1|'Åsa'|'08123'|1.5|3|'';"
                               "2|'Smith, J'|'10115'|2.0|NULL|NULL;"
                               "3|'Zoë'|'00501'|NULL|7|'multi\nline'"));
}

void TestImportJob::appendsWhenColumnsMatch()
{
    Probe probe(m_db);
    QVERIFY(
        probe.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, extra TEXT DEFAULT 'd')"));
    QVERIFY(probe.exec("INSERT INTO t (id, name) VALUES (1, 'old')"));
    const ImportJob::Result result = import(write("t.csv", "NAME,id\nnew,2\nnewer,3\n"), "t");
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.rows, 2);
    QVERIFY(!result.createdTable);
    QCOMPARE(probe.value("SELECT group_concat(id || name || extra, ',') FROM t").toString(),
             QString("1oldd,2newd,3newerd"));
}

void TestImportJob::replaceEmptiesTheTable()
{
    Probe probe(m_db);
    QVERIFY(probe.exec("CREATE TABLE t (id INTEGER, name TEXT)"));
    QVERIFY(probe.exec("INSERT INTO t VALUES (1, 'old'), (2, 'older')"));
    const ImportJob::Result result = import(write("t.csv", "id,name\n5,new\n"), "t", true);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(probe.value("SELECT group_concat(id || name) FROM t").toString(), QString("5new"));

    // A failing replace keeps the old rows.
    const ImportJob::Result failed = import(write("bad.csv", "id,name\n6,x\n7,\"y\n"), "t", true);
    QCOMPARE(failed.error.kind, TransferError::Input);
    QCOMPARE(probe.value("SELECT group_concat(id || name) FROM t").toString(), QString("5new"));
}

void TestImportJob::mismatchedColumnsLeaveTableUnchanged()
{
    Probe probe(m_db);
    QVERIFY(probe.exec("CREATE TABLE t (id INTEGER, name TEXT)"));
    QVERIFY(probe.exec("INSERT INTO t VALUES (1, 'old')"));
    const ImportJob::Result result = import(write("t.csv", "id,title\n2,x\n"), "t");
    QCOMPARE(result.error.kind, TransferError::Input);
    QVERIFY2(result.error.message.contains("“title”"), qPrintable(result.error.message));
    QCOMPARE(result.rows, 0);
    QCOMPARE(probe.value("SELECT group_concat(id || name) FROM t").toString(), QString("1old"));
}

void TestImportJob::raggedRows_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("more fields") << QByteArray("a,b\n1,2\n3,4,5\n") << 3 << 5 << "more fields";
    QTest::newRow("fewer fields") << QByteArray("a,b,c\n1,2,3\n4,5\n") << 3 << 4 << "fewer fields";
    QTest::newRow("after multi-line field")
        << QByteArray("a,b\n\"x\ny\",2,3\n") << 3 << 6 << "expected 2 fields, found 3";
}

void TestImportJob::raggedRows()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ImportJob::Result result = import(write("r.csv", content), "r");
    QCOMPARE(result.error.kind, TransferError::Input);
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'r'").toInt(), 0);
}

void TestImportJob::failureHalfWayInsertsNothing()
{
    Probe probe(m_db);
    QVERIFY(probe.exec("CREATE TABLE t (id INTEGER, name TEXT NOT NULL)"));
    QByteArray content = "id,name\n";
    for (int i = 0; i < 5000; ++i)
        content += QByteArray::number(i) + ",n" + QByteArray::number(i) + "\n";
    content += "5000,\n"; // NULL into a NOT NULL column, on line 5002
    const ImportJob::Result result = import(write("t.csv", content), "t");
    QCOMPARE(result.error.kind, TransferError::Input);
    QCOMPARE(result.error.line, 5002);
    QVERIFY2(result.error.message.contains("name"), qPrintable(result.error.message));
    QCOMPARE(probe.value("SELECT count(*) FROM t").toInt(), 0);
}

// A row the table refuses is told by its line and the file's column at fault, and by what is
// wrong with which value: the column SQLite names (NOT NULL, UNIQUE), the row numbers' column
// for a value that is not a whole number, the column whose value no parent row has.
void TestImportJob::refusedRowNamesItsColumn_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("words");
    const QByteArray head = "parent,id,title,code\n1,1,x,1a\n";
    QTest::newRow("required") << "c.csv" << head + "1,2,,2b\n"
                              << 3 << QStringList{"A value is required in column “title”"};
    QTest::newRow("unique") << "c.csv" << head + "1,2,y,1a\n"
                            << 4 << QStringList{"column “code” is already used"};
    QTest::newRow("not a whole number")
        << "c.csv" << head + "1,abc,y,2b\n"
        << 2 << QStringList{"Column “id” holds the row numbers, and “abc” is not a whole number"};
    QTest::newRow("no parent row")
        << "c.csv" << head + "99,2,y,2b\n"
        << 1 << QStringList{"Column “parent” refers to a row of “parent” whose “id” is “99”"};
    QTest::newRow("no parent row, JSON")
        << "c.json"
        << QByteArray("[\n {\"code\": \"1a\", \"id\": 1, \"parent\": 1, \"title\": \"x\"},\n"
                      " {\"code\": \"2b\", \"id\": 2, \"parent\": 99, \"title\": \"y\"}]\n")
        << 1 << QStringList{"“parent” whose “id” is “99”"};
}

void TestImportJob::refusedRowNamesItsColumn()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, column);
    QFETCH(QStringList, words);
    Probe probe(m_db);
    QVERIFY(probe.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)"));
    QVERIFY(probe.exec("INSERT INTO parent VALUES (1, 'one')"));
    QVERIFY(probe.exec("CREATE TABLE child (id INTEGER PRIMARY KEY, title TEXT NOT NULL, code "
                       "TEXT UNIQUE, parent INTEGER REFERENCES parent (id))"));
    const ImportJob::Result result = import(write(fileName, content), "child");
    QCOMPARE(result.error.kind, TransferError::Input);
    QCOMPARE(result.error.line, 3);
    QCOMPARE(result.error.column, column);
    for (const QString &word : words)
        QVERIFY2(result.error.message.contains(word), qPrintable(result.error.message));
    QVERIFY2(result.error.message.endsWith("Nothing was imported."),
             qPrintable(result.error.message));
    QCOMPARE(probe.value("SELECT count(*) FROM child").toInt(), 0);
}

// Replacing the rows of a table that other tables refer to: the references are checked once
// the file's rows are in, so the same rows come back; rows that others still need and the file
// lacks refuse the whole import, and say so.
void TestImportJob::replaceKeepsRowsThatOthersReferTo()
{
    Probe probe(m_db);
    QVERIFY(probe.exec("CREATE TABLE genre (id INTEGER PRIMARY KEY, name TEXT)"));
    QVERIFY(probe.exec("INSERT INTO genre VALUES (1, 'Rock'), (2, 'Jazz')"));
    QVERIFY(probe.exec("CREATE TABLE track (id INTEGER PRIMARY KEY, genre INTEGER REFERENCES "
                       "genre (id))"));
    QVERIFY(probe.exec("INSERT INTO track VALUES (10, 1), (11, 2)"));
    const ImportJob::Result same
        = import(write("genre.csv", "id,name\n1,Rock music\n2,Jazz\n3,Blues\n"), "genre", true);
    QVERIFY2(!same.error.isError(), qPrintable(same.error.message));
    QCOMPARE(probe.value("SELECT group_concat(id || name, ',') FROM genre").toString(),
             QString("1Rock music,2Jazz,3Blues"));

    const ImportJob::Result fewer = import(write("fewer.csv", "id,name\n1,Rock\n"), "genre", true);
    QCOMPARE(fewer.error.kind, TransferError::Input);
    QCOMPARE(fewer.error.message,
             QString("Rows of “track” refer to the row of “genre” whose “id” is “2”, and the file "
                     "holds no such row. Nothing was imported."));
    QCOMPARE(probe.value("SELECT group_concat(id || name, ',') FROM genre").toString(),
             QString("1Rock music,2Jazz,3Blues"));
    QCOMPARE(probe.value("SELECT count(*) FROM track").toInt(), 2);

    // The file's own row refers to a row that does not exist: its line and column are named.
    const ImportJob::Result orphan
        = import(write("track.csv", "id,genre\n10,1\n11,2\n12,99\n13,1\n"), "track", true);
    QCOMPARE(orphan.error.kind, TransferError::Input);
    QCOMPARE(orphan.error.message,
             QString("Column “genre” refers to a row of “genre” whose “id” is “99”, and there is "
                     "none. Nothing was imported."));
    QCOMPARE(orphan.error.line, 4);
    QCOMPARE(orphan.error.column, 4); // in characters: "12,99"
    QCOMPARE(probe.value("SELECT group_concat(id || ':' || genre, ',') FROM track").toString(),
             QString("10:1,11:2"));

    // A key of two columns: the row whose pair has no parent, not the first that shares its
    // first value; the value as written in the file ("002" stored as 2).
    QVERIFY(
        probe.exec("CREATE TABLE album (artist INTEGER, id INTEGER, PRIMARY KEY (artist, id))"));
    QVERIFY(probe.exec("INSERT INTO album VALUES (1, 1), (1, 2)"));
    QVERIFY(probe.exec("CREATE TABLE song (id INTEGER PRIMARY KEY, artist INTEGER, album INTEGER, "
                       "FOREIGN KEY (artist, album) REFERENCES album (artist, id))"));
    const ImportJob::Result pair
        = import(write("song.csv", "id,artist,album\n1,1,1\n2,1,002\n3, 1,9\n"), "song", true);
    QCOMPARE(pair.error.kind, TransferError::Input);
    QCOMPARE(pair.error.message,
             QString("Columns “artist, album” refer to a row of “album” whose “artist, id” are "
                     "“1, 9”, and there is none. Nothing was imported."));
    QCOMPARE(pair.error.line, 4);
    QCOMPARE(pair.error.column, 3);
    QCOMPARE(probe.value("SELECT count(*) FROM song").toInt(), 0);
}

void TestImportJob::replaceRefusesWhenDeletingWouldChangeOtherTables_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("refused");
    QTest::newRow("cascade") << "CASCADE" << true;
    QTest::newRow("set null") << "SET NULL" << true;
    QTest::newRow("set default") << "SET DEFAULT" << true;
    QTest::newRow("no action") << "NO ACTION" << false;
}

void TestImportJob::replaceRefusesWhenDeletingWouldChangeOtherTables()
{
    QFETCH(QString, action);
    QFETCH(bool, refused);
    Probe probe(m_db);
    QVERIFY(probe.exec("CREATE TABLE Genre (id INTEGER PRIMARY KEY, name TEXT)"));
    QVERIFY(probe.exec("INSERT INTO Genre VALUES (1, 'Rock'), (2, 'Jazz')"));
    // The reference names the parent in another case, as SQLite allows.
    QVERIFY(probe.exec(QStringLiteral("CREATE TABLE track (id INTEGER PRIMARY KEY, genre INTEGER "
                                      "DEFAULT 1 REFERENCES GENRE (id) ON DELETE %1)")
                           .arg(action)));
    QVERIFY(probe.exec("INSERT INTO track VALUES (10, 1), (11, 2)"));
    const ImportJob::Result result
        = import(write("genre.csv", "id,name\n1,Rock music\n2,Jazz\n"), "Genre", true);
    QCOMPARE(probe.value("SELECT group_concat(id || ':' || genre, ',') FROM track").toString(),
             QString("10:1,11:2"));
    if (!refused) {
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(probe.value("SELECT name FROM Genre WHERE id = 1").toString(),
                 QString("Rock music"));
        return;
    }
    QCOMPARE(result.error.kind, TransferError::Input);
    QCOMPARE(result.error.message,
             QStringLiteral("“track” refers to “Genre” with ON DELETE %1, so replacing the rows "
                            "of “Genre” would delete or change rows of “track”; import without "
                            "replacing. Nothing was imported.")
                 .arg(action));
    QCOMPARE(probe.value("SELECT group_concat(id || name, ',') FROM Genre").toString(),
             QString("1Rock,2Jazz"));
}

void TestImportJob::noHeaderNamesColumns()
{
    const ImportJob::Result result = import(write("n.csv", "1,x\n2,y\n"), "n", false, false);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.rows, 2);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT group_concat(column_1 || column_2) FROM n").toString(),
             QString("1x,2y"));
}

void TestImportJob::tsvMeansTab()
{
    const ImportJob::Result result = import(write("t.tsv", "a,b\tc\n1,2\t3\n"), "t");
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.columns, (QStringList{"a,b", "c"}));
}

void TestImportJob::json_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("rows");
    QTest::newRow("array") << "d.json"
                           << QByteArray(
                                  "[{\"id\":1,\"name\":\"Åsa\",\"score\":1.5},"
                                  "{\"id\":2,\"tags\":[\"a\",\"b\"],\"score\":2},"
                                  "{\"id\":3,\"name\":null,\"meta\":{\"k\":true},\"ok\":true}]")
                           << "id INTEGER, name TEXT, score NUMERIC, tags TEXT, meta TEXT, "
                              "ok INTEGER"
                           << QString::fromUtf8("1|'Åsa'|1.5|NULL|NULL|NULL;"
                                                "2|NULL|2|'[\"a\",\"b\"]'|NULL|NULL;"
                                                "3|NULL|NULL|NULL|'{\"k\":true}'|1");
    QTest::newRow("NDJSON mixed types")
        << "d.ndjson" << QByteArray("{\"id\":\"007\",\"v\":1}\n{\"id\":8,\"v\":\"x\"}\n")
        << "id , v " // no declared type: each value keeps its JSON type
        << "'007'|1;8|'x'";
    QTest::newRow("jsonl") << "d.jsonl" << QByteArray("{\"a\":1}\n\n{\"b\":2.25}\n")
                           << "a INTEGER, b REAL"
                           << "1|NULL;NULL|2.25";
}

void TestImportJob::json()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, schema);
    QFETCH(QString, rows);
    const ImportJob::Result result = import(write(name, content), "d");
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    Probe probe(m_db);
    QCOMPARE(
        probe.value("SELECT group_concat(name || ' ' || type, ', ') FROM pragma_table_info('d')")
            .toString(),
        schema);
    const QStringList columns = result.columns;
    QStringList quoted;
    for (const QString &column : columns)
        quoted << QStringLiteral("quote(\"%1\")").arg(column);
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT group_concat(%1, ';') FROM d")
                            .arg(quoted.join(" || '|' || ")))
                 .toString(),
             rows);
}

void TestImportJob::cancelRollsBack()
{
    QByteArray content = "id\n";
    for (int i = 0; i < 20000; ++i)
        content += QByteArray::number(i) + "\n";
    ImportJob::Options options;
    options.filePath = write("c.csv", content);
    options.table = "c";
    ImportJob job(m_info, options);
    QSignalSpy phases(&job, &ImportJob::phaseChanged);
    connect(&job, &ImportJob::progress, &job, [&](qint64 rows) {
        if (phases.count() == 2 && rows > 0)
            job.cancel();
    });
    const ImportJob::Result result = job.run();
    QCOMPARE(result.error.kind, TransferError::Cancelled);
    QCOMPARE(result.rows, 0);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM sqlite_master WHERE name = 'c'").toInt(), 0);
}

void TestImportJob::busyPastBudget()
{
    Probe holder(m_db);
    QVERIFY(holder.exec("BEGIN IMMEDIATE"));
    ImportJob::Options options;
    options.filePath = write("b.csv", "a\n1\n");
    options.table = "b";
    options.retry.budgetMs = 300;
    ImportJob job(m_info, options);
    const ImportJob::Result result = job.run();
    QCOMPARE(result.error.kind, TransferError::Busy);
    QVERIFY(holder.exec("ROLLBACK"));
    QCOMPARE(job.run().rows, 1); // and once the lock is gone, it works
}

void TestImportJob::readOnlyDatabase()
{
    DatabaseInfo info = m_info;
    info.readOnly = true;
    info.readOnlyReason = "The file is read-only.";
    ImportJob::Options options;
    options.filePath = write("a.csv", "a\n1\n");
    options.table = "a";
    ImportJob job(info, options);
    const ImportJob::Result result = job.run();
    QCOMPARE(result.error.kind, TransferError::Unwritable);
    QCOMPARE(result.error.message, QString("The file is read-only."));
}

void TestImportJob::emptyFile()
{
    const ImportJob::Result empty = import(write("e.csv", ""), "e");
    QCOMPARE(empty.error.kind, TransferError::Input);
    QVERIFY(empty.error.message.contains("empty"));
    const ImportJob::Result headerOnly = import(write("h.csv", "a,b\r\n"), "h");
    QVERIFY2(!headerOnly.error.isError(), qPrintable(headerOnly.error.message));
    QCOMPARE(headerOnly.rows, 0);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT group_concat(name || ' ' || type) FROM pragma_table_info('h')")
                 .toString(),
             QString("a TEXT,b TEXT"));
}

void TestImportJob::tableNameInAnotherCase()
{
    ImportJob::Result result = import(write("p.csv", "id\n1\n"), "People");
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    result = import(write("p.csv", "id\n2\n"), "PEOPLE"); // the same table, as in SQL
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(!result.createdTable);
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT group_concat(id) FROM People").toString(), QString("1,2"));
}

// A table whose INSERT SQLite cannot prepare (its trigger writes to a table that is gone): the
// import says why and adds nothing, also from a file without rows.
void TestImportJob::insertThatCannotBePreparedIsReported()
{
    {
        Probe probe(m_db);
        QVERIFY(probe.exec("CREATE TABLE log (note TEXT)"));
        QVERIFY(probe.exec("CREATE TABLE people (id INTEGER)"));
        QVERIFY(probe.exec("CREATE TRIGGER logged AFTER INSERT ON people BEGIN INSERT INTO log "
                           "VALUES ('added'); END"));
        QVERIFY(probe.exec("DROP TABLE log"));
    }
    for (const QByteArray &csv : {QByteArray("id\n1\n2\n"), QByteArray("id\n")}) {
        const ImportJob::Result result = import(write("p.csv", csv), "people");
        QVERIFY2(result.error.isError() && result.error.message.contains("log"),
                 qPrintable(result.error.message));
        QCOMPARE(result.rows, 0);
    }
    Probe probe(m_db);
    QCOMPARE(probe.value("SELECT count(*) FROM people").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"

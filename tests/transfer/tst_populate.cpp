// `rowbook populate` and PopulateJob: the same seed on the same schema gives the same rows;
// NOT NULL, UNIQUE, simple CHECKs and foreign keys hold; a CHECK Rowbook cannot generate within
// is reported with its column and nothing is written; so is a cancel.
#include "database.h"
#include "populatejob.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

QStringList column(const Probe &probe, const QString &sql)
{
    QStringList values;
    QSqlQuery query(probe.db());
    query.exec(sql);
    while (query.next())
        values << query.value(0).toString();
    return values;
}

const char *const schemaSql[] = {
    "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL "
    "UNIQUE, city TEXT, company VARCHAR(20), born DATE, active BOOLEAN NOT NULL)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES "
    "customer(id), code INTEGER NOT NULL UNIQUE, status TEXT NOT NULL CHECK (status IN ('new', "
    "'paid', 'shipped')), quantity INTEGER CHECK (quantity BETWEEN 1 AND 10), price REAL NOT "
    "NULL CHECK (price > 0 AND price <= 50), created DATETIME, notes TEXT CHECK (length(notes) "
    "<= 30))",
};

QString allOrders = QStringLiteral("SELECT quote(customer_id) || quote(code) || quote(status) || "
                                   "quote(quantity) || quote(price) || quote(created) || "
                                   "quote(notes) FROM orders ORDER BY id");

} // namespace

class TestPopulate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameRows();
    void constraintsHold();
    void uniqueContinuesAfterExistingValues();
    void rangesFollowChecksAndPrecision();
    void uncheckableCheckWritesNothing();
    void aBrokenCheckNamesNoWrongColumn();
    void aValueSpelledLikeAColumnIsAValue();
    void emptyParentWritesNothing();
    void undoRangeOrWhyThereIsNone();
    void cancelWritesNothing();
    void badArguments();

private:
    QString database(const QString &name);
    PopulateJob::Result populate(const QString &path,
                                 const QString &table,
                                 qint64 rows,
                                 quint64 seed,
                                 const PopulateJob::Progress &progress = {});

    QTemporaryDir m_dir;
};

void TestPopulate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestPopulate::database(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(path);
    Probe probe(path);
    for (const char *sql : schemaSql) {
        if (!probe.exec(QLatin1String(sql)))
            qWarning("%s", sql);
    }
    return path;
}

PopulateJob::Result TestPopulate::populate(const QString &path,
                                           const QString &table,
                                           qint64 rows,
                                           quint64 seed,
                                           const PopulateJob::Progress &progress)
{
    const DatabaseInfo info = Database::prepare(path, Database::Open::Create);
    PopulateJob::Options options;
    options.table = table;
    options.rows = rows;
    options.seed = seed;
    return PopulateJob(info, options).run(progress);
}

void TestPopulate::sameSeedSameRows()
{
    QStringList runs;
    for (const quint64 seed : {42, 42, 43}) {
        const QString path = database(QStringLiteral("seed-%1-%2").arg(seed).arg(runs.size()));
        PopulateJob::Result result = populate(path, QStringLiteral("customer"), 300, seed);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        result = populate(path, QStringLiteral("orders"), 1000, seed);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.rows, 1000);
        const Probe probe(path);
        runs << column(probe, allOrders).join(QLatin1Char('\n'))
                    + column(probe, QStringLiteral("SELECT quote(name) || quote(email) || "
                                                   "quote(born) FROM customer ORDER BY id"))
                          .join(QLatin1Char('\n'));
    }
    QVERIFY(runs.at(0).size() > 1000);
    QCOMPARE(runs.at(1), runs.at(0));
    QVERIFY(runs.at(2) != runs.at(0));

    // The command line draws the same rows for the same seed.
    const QString path = database(QStringLiteral("seed-cli"));
    Run run = runRowbook({QStringLiteral("populate"), QStringLiteral("--database"), path,
                          QStringLiteral("--table"), QStringLiteral("customer"),
                          QStringLiteral("--rows"), QStringLiteral("300"), QStringLiteral("--seed"),
                          QStringLiteral("42")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("seed 42")));
    QVERIFY(run.err.contains(QStringLiteral("email: e-mail addresses")));
    run = runRowbook({QStringLiteral("populate"), QStringLiteral("--database"), path,
                      QStringLiteral("--table"), QStringLiteral("orders"), QStringLiteral("--rows"),
                      QStringLiteral("1000"), QStringLiteral("--seed"), QStringLiteral("42")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Probe probe(path);
    QCOMPARE(column(probe, allOrders).join(QLatin1Char('\n'))
                 + column(probe, QStringLiteral("SELECT quote(name) || quote(email) || "
                                                "quote(born) FROM customer ORDER BY id"))
                       .join(QLatin1Char('\n')),
             runs.at(0));
}

void TestPopulate::constraintsHold()
{
    const QString path = database(QStringLiteral("constraints"));
    QVERIFY(!populate(path, QStringLiteral("customer"), 500, 1).error.isError());
    const PopulateJob::Result result = populate(path, QStringLiteral("orders"), 3000, 1);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.rows, 3000);
    const Probe probe(path);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM orders")).toInt(), 3000);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(),
             0);
    // Every customer_id is a key of customer, and more than a handful of them are used.
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT count(*) FROM orders WHERE customer_id NOT IN "
                                       "(SELECT id FROM customer)"))
                 .toInt(),
             0);
    QVERIFY(probe.value(QStringLiteral("SELECT count(DISTINCT customer_id) FROM orders")).toInt()
            > 100);
    // UNIQUE: no duplicates, although 500 e-mail addresses from short name lists collide.
    QCOMPARE(probe.value(QStringLiteral("SELECT count(DISTINCT email) FROM customer")).toInt(),
             500);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(DISTINCT code) FROM orders")).toInt(), 3000);
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT count(*) FROM customer WHERE email NOT LIKE "
                                       "'%_@example.%'"))
                 .toInt(),
             0);
    // The CHECKs, spread over their ranges.
    QCOMPARE(
        column(probe, QStringLiteral("SELECT DISTINCT status FROM orders ORDER BY 1")),
        QStringList({QStringLiteral("new"), QStringLiteral("paid"), QStringLiteral("shipped")}));
    QCOMPARE(column(probe, QStringLiteral("SELECT min(quantity) || '-' || max(quantity) FROM "
                                          "orders")),
             QStringList({QStringLiteral("1-10")}));
    QVERIFY(probe
                .value(QStringLiteral("SELECT min(price) > 0 AND max(price) <= 50 AND max(price) "
                                      "> 40 FROM orders"))
                .toBool());
    QVERIFY(probe.value(QStringLiteral("SELECT max(length(notes)) <= 30 FROM orders")).toBool());
    QCOMPARE(probe.value(QStringLiteral("SELECT max(length(company)) <= 20 FROM customer")).toInt(),
             1);
    // Types the columns declare: dates that are dates, booleans that are 0/1, NULL-free NOT NULL.
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT count(*) FROM customer WHERE date(born) IS NOT "
                                       "born OR active NOT IN (0, 1) OR name IS NULL"))
                 .toInt(),
             0);
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT count(*) FROM orders WHERE datetime(created) IS "
                                       "NOT created"))
                 .toInt(),
             0);
}

void TestPopulate::uniqueContinuesAfterExistingValues()
{
    const QString path = database(QStringLiteral("existing"));
    QVERIFY(!populate(path, QStringLiteral("customer"), 50, 5).error.isError());
    {
        Probe probe(path);
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO orders (customer_id, code, status, price) "
                                          "VALUES (1, 1000, 'new', 1)")));
    }
    // The same seed again: the e-mail addresses it drew before are taken now.
    QVERIFY(!populate(path, QStringLiteral("customer"), 50, 5).error.isError());
    QVERIFY(!populate(path, QStringLiteral("orders"), 10, 5).error.isError());
    const Probe probe(path);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(DISTINCT email) FROM customer")).toInt(),
             100);
    QCOMPARE(probe.value(QStringLiteral("SELECT min(code) FROM orders WHERE code <> 1000")).toInt(),
             1001);
}

// A CHECK's bounds replace the default range (1..1000) rather than narrow it, so a range below
// it or one bound beyond it can be drawn from; NUMERIC(p,s) caps amounts below 10^(p-s).
void TestPopulate::rangesFollowChecksAndPrecision()
{
    const QString path = database(QStringLiteral("ranges"));
    {
        Probe probe(path);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE readings (id INTEGER PRIMARY KEY, temp INTEGER NOT NULL CHECK (temp "
            "BETWEEN -40 AND -10), depth INTEGER NOT NULL CHECK (depth < -100), big INTEGER NOT "
            "NULL CHECK (big >= 5000), fee NUMERIC(4,2) NOT NULL, year INTEGER NOT NULL CHECK "
            "(year > 0), rate NUMERIC(3,3) NOT NULL, price NUMERIC(8,2) NOT NULL CHECK (price >= "
            "5000))")));
    }
    const PopulateJob::Result result = populate(path, QStringLiteral("readings"), 2000, 3);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    const Probe probe(path);
    QCOMPARE(column(probe, QStringLiteral("SELECT min(temp) || '..' || max(temp) FROM readings")),
             QStringList{QStringLiteral("-40..-10")});
    // One bound: a range of 1,000 on its far side, drawn from end to end.
    QVERIFY(probe
                .value(QStringLiteral("SELECT max(depth) BETWEEN -120 AND -101 AND min(depth) "
                                      "BETWEEN -1100 AND -1080 FROM readings"))
                .toBool());
    QVERIFY(probe
                .value(QStringLiteral("SELECT min(big) BETWEEN 5000 AND 5020 AND max(big) BETWEEN "
                                      "5980 AND 5999 FROM readings"))
                .toBool());
    QVERIFY(probe.value(QStringLiteral("SELECT max(fee) <= 99.99 AND max(fee) > 90 FROM readings"))
                .toBool());
    // A single bound narrows a range the name chose (years stay recent years); NUMERIC(3,3) is
    // below 1; a lower bound above the default range and NUMERIC(8,2) meet at 5000..5999.
    QVERIFY(probe
                .value(QStringLiteral("SELECT min(year) >= 1990 AND max(year) <= 2025 FROM "
                                      "readings"))
                .toBool());
    QVERIFY(probe.value(QStringLiteral("SELECT min(rate) >= 0 AND max(rate) < 1 FROM readings"))
                .toBool());
    QVERIFY(probe
                .value(QStringLiteral("SELECT min(price) >= 5000 AND max(price) <= 5999 FROM "
                                      "readings"))
                .toBool());
}

void TestPopulate::uncheckableCheckWritesNothing()
{
    const QString path = database(QStringLiteral("glob"));
    {
        Probe probe(path);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE coded (id INTEGER PRIMARY KEY, code TEXT "
                                          "CHECK (code GLOB '[A-Z][0-9]*'))")));
    }
    const Run run = runRowbook({QStringLiteral("populate"), QStringLiteral("--database"), path,
                                QStringLiteral("--table"), QStringLiteral("coded"),
                                QStringLiteral("--rows"), QStringLiteral("20")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("column “code”"))
                 && run.err.contains(QStringLiteral("GLOB")),
             qPrintable(run.err));
    const Probe probe(path);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM coded")).toInt(), 0);
}

// A CHECK SQLite reports by its constraint's name is not pinned on a column whose name is
// part of that name ("id" in "orders_paid_check"); one reported by its text names its column.
void TestPopulate::aBrokenCheckNamesNoWrongColumn()
{
    const QString path = database(QStringLiteral("named"));
    {
        Probe probe(path);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE named (id INTEGER PRIMARY KEY, paid "
                                          "INTEGER NOT NULL CONSTRAINT orders_paid_check CHECK "
                                          "(paid % 7 = 3))")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE bare (id INTEGER PRIMARY KEY, paid "
                                          "INTEGER NOT NULL CHECK (paid % 7 = 3))")));
    }
    const PopulateJob::Result named = populate(path, QStringLiteral("named"), 50, 1);
    QCOMPARE(named.error.kind, TransferError::Input);
    QVERIFY2(named.error.message.contains(QStringLiteral("CHECK (orders_paid_check)"))
                 && !named.error.message.contains(QStringLiteral("“id”")),
             qPrintable(named.error.message));
    const PopulateJob::Result bare = populate(path, QStringLiteral("bare"), 50, 1);
    QCOMPARE(bare.error.kind, TransferError::Input);
    QVERIFY2(bare.error.message.contains(QStringLiteral("column “paid”")),
             qPrintable(bare.error.message));
    const Probe probe(path);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM named")).toInt()
                 + probe.value(QStringLiteral("SELECT count(*) FROM bare")).toInt(),
             0);
}

// A CHECK's string value that happens to spell another column's name does not tie that
// column to the CHECK: the list of values is still drawn from, and the broken CHECK blamed on
// the column it is about.
void TestPopulate::aValueSpelledLikeAColumnIsAValue()
{
    const QString path = database(QStringLiteral("values"));
    {
        Probe probe(path);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE shop (id INTEGER PRIMARY KEY, status TEXT NOT NULL CHECK (status IN "
            "('price', 'paid')), price REAL NOT NULL CHECK (price > 0 AND price < 10))")));
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE odd (id INTEGER PRIMARY KEY, price INTEGER, code INTEGER NOT NULL "
            "CHECK (code % 7 = 3 OR 'price' = ''))")));
    }
    const PopulateJob::Result shop = populate(path, QStringLiteral("shop"), 50, 1);
    QVERIFY2(!shop.error.isError(), qPrintable(shop.error.message));
    const Probe probe(path);
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT count(*) FROM shop WHERE status IN ('price', "
                                       "'paid') AND price > 0 AND price < 10"))
                 .toInt(),
             50);
    const PopulateJob::Result odd = populate(path, QStringLiteral("odd"), 50, 1);
    QCOMPARE(odd.error.kind, TransferError::Input);
    QVERIFY2(odd.error.message.contains(QStringLiteral("column “code”")),
             qPrintable(odd.error.message));
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM odd")).toInt(), 0);
}

void TestPopulate::emptyParentWritesNothing()
{
    const QString path = database(QStringLiteral("orphans"));
    const PopulateJob::Result result = populate(path, QStringLiteral("orders"), 10, 1);
    QCOMPARE(result.error.kind, TransferError::Input);
    QVERIFY2(result.error.message.contains(QStringLiteral("“customer”")),
             qPrintable(result.error.message));
    const Probe probe(path);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM orders")).toInt(), 0);
}

// A fill reports the key range its rows got, for undo; when it cannot, it says why.
void TestPopulate::undoRangeOrWhyThereIsNone()
{
    const QString path = database(QStringLiteral("undo"));
    {
        const Probe probe(path);
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO customer (name, email, active) VALUES "
                                          "('kept', 'kept@example.com', 1)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE tag (name TEXT PRIMARY KEY, note TEXT) "
                                          "WITHOUT ROWID")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE logged (id INTEGER PRIMARY KEY, note "
                                          "TEXT)")));
        // Each row the fill writes brings one more, numbered among the fill's.
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TRIGGER echo AFTER INSERT ON logged WHEN NEW.note IS NOT 'echo' BEGIN "
            "INSERT INTO logged (note) VALUES ('echo'); END")));
    }
    PopulateJob::Result result = populate(path, QStringLiteral("customer"), 20, 1);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.keyColumn, QStringLiteral("rowid"));
    QCOMPARE(result.firstKey, 2);
    QCOMPARE(result.lastKey, 21);
    QVERIFY(result.noUndo.isEmpty());

    result = populate(path, QStringLiteral("tag"), 20, 1);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(result.rows, 20);
    QVERIFY(result.keyColumn.isEmpty());
    QVERIFY2(result.noUndo.contains(QStringLiteral("“tag” has no integer key")),
             qPrintable(result.noUndo));

    result = populate(path, QStringLiteral("logged"), 20, 1);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QCOMPARE(Probe(path).value(QStringLiteral("SELECT count(*) FROM logged")).toInt(), 40);
    QVERIFY(result.keyColumn.isEmpty());
    QVERIFY2(result.noUndo.contains(QStringLiteral("not a range of their own in “logged”")),
             qPrintable(result.noUndo));

    // Nothing written, nothing to explain.
    result = populate(path, QStringLiteral("customer"), 50000, 1,
                      [](qint64, qint64) { return false; });
    QCOMPARE(result.error.kind, TransferError::Cancelled);
    QVERIFY(result.noUndo.isEmpty());
}

void TestPopulate::cancelWritesNothing()
{
    const QString path = database(QStringLiteral("cancel"));
    qint64 seen = 0;
    const PopulateJob::Result result
        = populate(path, QStringLiteral("customer"), 50000, 1, [&](qint64 done, qint64) {
              seen = done;
              return false;
          });
    QCOMPARE(result.error.kind, TransferError::Cancelled);
    QVERIFY(seen > 0);
    QCOMPARE(result.rows, 0);
    const Probe probe(path);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 0);
}

void TestPopulate::badArguments()
{
    const QString path = database(QStringLiteral("bad"));
    Run run = runRowbook({QStringLiteral("populate"), QStringLiteral("--database"), path,
                          QStringLiteral("--table"), QStringLiteral("nope"),
                          QStringLiteral("--rows"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("“nope”")), qPrintable(run.err));
    run = runRowbook({QStringLiteral("populate"), QStringLiteral("--database"), path,
                      QStringLiteral("--table"), QStringLiteral("customer"),
                      QStringLiteral("--rows"), QStringLiteral("many")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--rows")));
    const Probe probe(path);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPopulate)
#include "tst_populate.moc"

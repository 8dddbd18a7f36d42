// Recovery of damaged files (issue 11): Recovery::run against an independent account of where
// every row lives. Before a copy is damaged, SQLite's own dbstat table says which leaf page holds
// which rows (leaf pages in tree order, ncell rows each, rowids in order) and which overflow
// pages continue them; after the damage, exactly the rows whose leaf page and overflow pages are
// intact must come back, with identical values, in their own tables.
#include "recovery.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using rowbook::Recovery;
using testsupport::Probe;
using testsupport::sha256;

namespace {

using Rows = QHash<qint64, QVariantList>; // rowid -> values

struct Layout
{
    int pageSize = 0;
    QHash<QString, QVector<int>> leaves;               // table -> leaf pages in key order
    QHash<QString, QVector<int>> interiors;            // table -> interior pages below the root
    QHash<QString, int> roots;                         // table -> root page
    QHash<QString, QHash<qint64, int>> pageOf;         // table -> rowid -> leaf page
    QHash<QString, QHash<qint64, QSet<int>>> overflow; // table -> rowid -> overflow pages
    QHash<QString, Rows> rows;
};

const QStringList tables{QStringLiteral("wide"), QStringLiteral("narrow"), QStringLiteral("three")};

Rows readRows(const QSqlDatabase &db, const QString &table)
{
    Rows rows;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT rowid, * FROM \"%1\"").arg(table)))
        return rows;
    while (query.next()) {
        QVariantList values;
        for (int i = 1; i < query.record().count(); ++i)
            values << query.value(i);
        rows.insert(query.value(0).toLongLong(), values);
    }
    return rows;
}

// Where every row of `table` lives, from dbstat.
void describe(const QSqlDatabase &db, const QString &table, Layout *layout)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pageno, pagetype, ncell, path FROM dbstat WHERE name = ? "
                                 "ORDER BY path"));
    query.addBindValue(table);
    QVERIFY(query.exec());
    QVector<std::pair<QString, int>> leafPaths; // path, ncell
    QHash<QString, QSet<int>> overflowByCell;   // leaf path + cell index -> pages
    while (query.next()) {
        const int page = query.value(0).toInt();
        const QString type = query.value(1).toString();
        const QString path = query.value(3).toString();
        if (path == QLatin1String("/"))
            layout->roots.insert(table, page);
        if (type == QLatin1String("leaf")) {
            layout->leaves[table] << page;
            leafPaths.append({path, query.value(2).toInt()});
        } else if (type == QLatin1String("internal") && path != QLatin1String("/")) {
            layout->interiors[table] << page;
        } else if (type == QLatin1String("overflow")) {
            overflowByCell[path.section(QLatin1Char('+'), 0, 0)].insert(page);
        }
    }
    QVERIFY(!leafPaths.isEmpty());
    QSqlQuery ids(db);
    QVERIFY(ids.exec(QStringLiteral("SELECT rowid FROM \"%1\" ORDER BY rowid").arg(table)));
    for (int leaf = 0; leaf < leafPaths.size(); ++leaf) {
        for (int cell = 0; cell < leafPaths.at(leaf).second; ++cell) {
            QVERIFY(ids.next());
            const qint64 rowid = ids.value(0).toLongLong();
            layout->pageOf[table].insert(rowid, layout->leaves[table].at(leaf));
            const QString key = leafPaths.at(leaf).first
                                + QStringLiteral("%1").arg(cell, 3, 16, QLatin1Char('0'));
            layout->overflow[table].insert(rowid, overflowByCell.value(key));
        }
    }
    QVERIFY(!ids.next());
}

void writeAt(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray garbage(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recoversIntactRows_data();
    void recoversIntactRows();
    void chinookWithGarbagePage2();
    void ambiguousOrphansGoToLostAndFound();
    void cutShortTextOfATableWithoutRowidsStillSaysSo();
    void refusesExistingOutputAndNonDatabases();
    void cancelLeavesNoFile();

private:
    QString buildDatabase(const QString &name);
    Layout m_layout;
    QTemporaryDir m_dir;
    QString m_pristine;
};

QString TestRecovery::buildDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Probe probe(path);
    probe.exec(QStringLiteral("PRAGMA page_size = 1024"));
    probe.exec(QStringLiteral("CREATE TABLE wide (id INTEGER PRIMARY KEY, name TEXT, amount REAL, "
                              "data BLOB, note TEXT)"));
    probe.exec(QStringLiteral("CREATE TABLE narrow (a INTEGER, b TEXT)"));
    probe.exec(QStringLiteral("CREATE TABLE three (x, y, z)"));
    probe.exec(QStringLiteral("CREATE INDEX narrow_b ON narrow (b)"));
    probe.exec(QStringLiteral("CREATE VIEW big AS SELECT * FROM wide WHERE amount > 100"));
    probe.exec(QStringLiteral("BEGIN"));
    QSqlQuery wide(probe.db());
    wide.prepare(QStringLiteral("INSERT INTO wide VALUES (?, ?, ?, ?, ?)"));
    for (int i = 1; i <= 3000; ++i) {
        wide.addBindValue(i * 3);
        wide.addBindValue(QStringLiteral("name %1 ü").arg(i));
        wide.addBindValue(i * 0.25 - 7);
        wide.addBindValue(i % 7 == 0 ? QVariant(QByteArray(i % 40, char(i))) : QVariant());
        wide.addBindValue(i % 50 == 0 ? QString(3000 + i, QChar(u'a' + i % 26)) // overflows
                                      : QStringLiteral("n%1").arg(i));
        wide.exec();
    }
    QSqlQuery narrow(probe.db());
    narrow.prepare(QStringLiteral("INSERT INTO narrow VALUES (?, ?)"));
    for (int i = 1; i <= 9000; ++i) {
        narrow.addBindValue(i % 11 == 0 ? QVariant() : QVariant(qint64(i) * 1000003));
        narrow.addBindValue(QStringLiteral("row %1").arg(i));
        narrow.exec();
    }
    probe.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 2500) INSERT INTO three SELECT i, -i, 'z' || i FROM n"));
    probe.exec(QStringLiteral("COMMIT"));
    // Freed pages keep their old rows: these must not come back.
    probe.exec(QStringLiteral("DELETE FROM narrow WHERE rowid BETWEEN 3000 AND 3600"));
    return path;
}

void TestRecovery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pristine = buildDatabase(QStringLiteral("pristine.sqlite"));
    Probe probe(m_pristine);
    QVERIFY2(probe.value(QStringLiteral("SELECT count(*) FROM dbstat")).toInt() > 0,
             "SQLite's dbstat table is needed to know where rows live");
    QVERIFY(probe.value(QStringLiteral("PRAGMA freelist_count")).toInt() > 10);
    m_layout.pageSize = probe.value(QStringLiteral("PRAGMA page_size")).toInt();
    QCOMPARE(m_layout.pageSize, 1024);
    for (const QString &table : tables) {
        describe(probe.db(), table, &m_layout);
        m_layout.rows.insert(table, readRows(probe.db(), table));
    }
    QVERIFY(!m_layout.interiors.value(QStringLiteral("narrow")).isEmpty()); // three levels
}

void TestRecovery::recoversIntactRows_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage leaf page") << "garbage-leaf";
    QTest::newRow("truncated at a page boundary") << "truncate-page";
    QTest::newRow("truncated mid-page") << "truncate-mid";
    QTest::newRow("zeroed free-space fields") << "zero-free-fields";
    QTest::newRow("zeroed cell count") << "zero-cell-count";
    QTest::newRow("zeroed page type") << "zero-type";
    QTest::newRow("interior page destroyed") << "garbage-interior";
    QTest::newRow("root page destroyed") << "garbage-root";
}

void TestRecovery::recoversIntactRows()
{
    QFETCH(QString, damage);
    const QString path = m_dir.filePath(damage + QStringLiteral(".sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_pristine, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const qint64 pageSize = m_layout.pageSize;
    const auto offsetOf = [&](int page) {
        return (page - 1) * pageSize;
    };
    const QVector<int> wideLeaves = m_layout.leaves.value(QStringLiteral("wide"));
    const int middleLeaf = wideLeaves.at(wideLeaves.size() / 2);
    QSet<int> lost; // pages whose rows cannot come back

    if (damage == QLatin1String("garbage-leaf")) {
        writeAt(path, offsetOf(middleLeaf), garbage(int(pageSize), 7));
        lost.insert(middleLeaf);
    } else if (damage.startsWith(QLatin1String("truncate"))) {
        const int pages = int(QFileInfo(path).size() / pageSize);
        const int keep = pages * 6 / 10;
        QVERIFY(QFile::resize(path,
                              keep * pageSize + (damage.endsWith(QLatin1String("mid")) ? 700 : 0)));
        for (int page = keep + 1; page <= pages; ++page)
            lost.insert(page);
    } else if (damage == QLatin1String("zero-free-fields")) {
        writeAt(path, offsetOf(middleLeaf) + 1, QByteArray(2, '\0')); // first freeblock
        writeAt(path, offsetOf(middleLeaf) + 5, QByteArray(3, '\0')); // content start, fragments
    } else if (damage == QLatin1String("zero-cell-count")) {
        writeAt(path, offsetOf(middleLeaf) + 3, QByteArray(2, '\0'));
        lost.insert(middleLeaf);
    } else if (damage == QLatin1String("zero-type")) {
        writeAt(path, offsetOf(middleLeaf), QByteArray(1, '\0'));
        lost.insert(middleLeaf);
    } else if (damage == QLatin1String("garbage-interior")) {
        // A page between the root and the leaves of "narrow": its leaves become orphans.
        writeAt(path, offsetOf(m_layout.interiors.value(QStringLiteral("narrow")).at(1)),
                garbage(int(pageSize), 11));
    } else if (damage == QLatin1String("garbage-root")) {
        writeAt(path, offsetOf(m_layout.roots.value(QStringLiteral("three"))),
                QByteArray(int(pageSize), '\0'));
    }
    const QByteArray before = sha256(path);
    const QString output = m_dir.filePath(damage + QStringLiteral("-recovered.sqlite"));
    QFile::remove(output);
    const Recovery::Result result = Recovery::run(path, output);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(sha256(path), before);
    QCOMPARE(result.lostAndFound, 0);

    Probe recovered(output);
    QCOMPARE(recovered.value(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    qint64 expectedTotal = 0;
    for (const QString &table : tables) {
        Rows expected;
        const Rows &all = m_layout.rows.value(table);
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const bool leafLost = lost.contains(m_layout.pageOf.value(table).value(it.key()));
            const QSet<int> chain = m_layout.overflow.value(table).value(it.key());
            if (!leafLost && !chain.intersects(lost))
                expected.insert(it.key(), it.value());
        }
        const Rows actual = readRows(recovered.db(), table);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY2(actual == expected, qPrintable(table));
        expectedTotal += expected.size();
        if (!lost.isEmpty() && table == QLatin1String("wide") && !damage.startsWith("truncate"))
            QVERIFY(expected.size() < all.size()); // the damage did hit rows
    }
    QCOMPARE(result.totalRows(), expectedTotal);
    QCOMPARE(recovered
                 .value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                       "('narrow_b', 'big')"))
                 .toInt(),
             2);
}

void TestRecovery::chinookWithGarbagePage2()
{
    // Page 2 is the root of Album, an interior page: all three of its leaves are orphaned.
    const QString path = m_dir.filePath(QStringLiteral("chinook.sqlite"));
    QVERIFY(testsupport::copyOfChinook(path));
    QHash<QString, Rows> original;
    QStringList names;
    {
        Probe probe(path);
        QCOMPARE(probe
                     .value(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                           "'Album'"))
                     .toInt(),
                 2);
        QSqlQuery query(probe.db());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
        while (query.next())
            names << query.value(0).toString();
        for (const QString &name : std::as_const(names))
            original.insert(name, readRows(probe.db(), name));
    }
    writeAt(path, 4096, garbage(4096, 3));
    const QByteArray before = sha256(path);
    const QString output = m_dir.filePath(QStringLiteral("chinook-recovered.sqlite"));
    const Recovery::Result result = Recovery::run(path, output);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(sha256(path), before);
    QCOMPARE(result.lostAndFound, 0);
    QCOMPARE(result.tables.size(), names.size());
    Probe recovered(output);
    for (const QString &name : std::as_const(names))
        QVERIFY2(readRows(recovered.db(), name) == original.value(name), qPrintable(name));
    QCOMPARE(readRows(recovered.db(), QStringLiteral("Album")).size(), 347);
}

void TestRecovery::ambiguousOrphansGoToLostAndFound()
{
    // Two tables with the same column count both lose their root: their orphaned rows cannot be
    // told apart, so they are kept in lost_and_found instead of guessed.
    const QString path = m_dir.filePath(QStringLiteral("twins.sqlite"));
    {
        Probe probe(path);
        probe.exec(QStringLiteral("PRAGMA page_size = 1024"));
        for (const QString &table : {QStringLiteral("left_t"), QStringLiteral("right_t")}) {
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE %1 (a, b)").arg(table)));
            QVERIFY(probe.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                              "i + 1 FROM n WHERE i < 400) INSERT INTO %1 SELECT "
                                              "i, '%1 ' || i FROM n")
                                   .arg(table)));
        }
    }
    QVector<int> roots;
    {
        Probe probe(path);
        roots << probe
                     .value(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                           "'left_t'"))
                     .toInt()
              << probe
                     .value(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                           "'right_t'"))
                     .toInt();
    }
    for (const int root : std::as_const(roots))
        writeAt(path, qint64(root - 1) * 1024, QByteArray(1024, '\0'));
    const QString output = m_dir.filePath(QStringLiteral("twins-recovered.sqlite"));
    const Recovery::Result result = Recovery::run(path, output);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.lostAndFound, 800);
    Probe recovered(output);
    QCOMPARE(recovered.value(QStringLiteral("SELECT count(*) FROM left_t")).toInt(), 0);
    QCOMPARE(recovered
                 .value(QStringLiteral("SELECT count(*) FROM lost_and_found WHERE nfield = 2 "
                                       "AND c1 = 'right_t ' || id AND c0 = id"))
                 .toInt(),
             400);
}

// A damaged file's CREATE text may be cut short: a table WITHOUT ROWID is still known by the words
// (its pages hold index records, not rows to recover), and the other tables come back whole.
void TestRecovery::cutShortTextOfATableWithoutRowidsStillSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("cut-short.sqlite"));
    {
        Probe probe(path);
        probe.exec(QStringLiteral("PRAGMA page_size = 1024"));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE keep (a, b)")));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE pairs (k TEXT PRIMARY KEY, v) WITHOUT "
                                          "ROWID")));
        for (const QString &table : {QStringLiteral("keep"), QStringLiteral("pairs")}) {
            QVERIFY(probe.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                              "i + 1 FROM n WHERE i < 300) INSERT INTO %1 SELECT "
                                              "'%1 ' || i, i FROM n")
                                   .arg(table)));
        }
        // The text ends before the column list does: it cannot be split into columns.
        QVERIFY(probe.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY(probe.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE pairs (k "
                                          "TEXT PRIMARY KEY, v WITHOUT ROWID' WHERE name = "
                                          "'pairs'")));
    }
    const QString output = m_dir.filePath(QStringLiteral("cut-short-recovered.sqlite"));
    const Recovery::Result result = Recovery::run(path, output);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.warnings.contains(QStringLiteral("The table “pairs” has no rowids (WITHOUT "
                                                     "ROWID), so its rows were not recovered.")),
             qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.lostAndFound, 0); // its pages are not taken for orphaned rows
    QCOMPARE(result.unreadableCells, 0);
    Probe recovered(output);
    QCOMPARE(
        recovered.value(QStringLiteral("SELECT count(*) FROM keep WHERE a = 'keep ' || b")).toInt(),
        300);
}

void TestRecovery::refusesExistingOutputAndNonDatabases()
{
    const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite"));
    QVERIFY(QFile::copy(m_pristine, existing));
    const QByteArray before = sha256(existing);
    Recovery::Result result = Recovery::run(m_pristine, existing);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("already exists")));
    QCOMPARE(sha256(existing), before);

    const QString noise = m_dir.filePath(QStringLiteral("noise.bin"));
    {
        QFile file(noise);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(qsizetype(64) * 1024, 'x'));
    }
    const QString output = m_dir.filePath(QStringLiteral("noise-recovered.sqlite"));
    result = Recovery::run(noise, output);
    QVERIFY(!result.ok());
    QVERIFY(!QFile::exists(output));
}

void TestRecovery::cancelLeavesNoFile()
{
    const QString output = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
    qint64 lastDone = -1;
    const Recovery::Result result
        = Recovery::run(m_pristine, output, [&](qint64 done, qint64 total) {
              lastDone = done;
              return done < total / 4;
          });
    QVERIFY(!result.ok());
    QVERIFY(lastDone > 0);
    QVERIFY(!QFile::exists(output));
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral("*cancelled*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"

// KeyLoader answers "which rows, in which order" on its own thread: bound values of every type,
// errors as StorageError, and a new request or cancel() silences the one before it, even when
// that one is a query that would otherwise run for a long time.
#include "database.h"
#include "keyloader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestKeyLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseInfo m_info;

    static std::vector<qint64> keysOf(const QSignalSpy &spy)
    {
        return spy.last().at(1).value<KeyList>()->toVector();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("keys.sqlite"));
        {
            Probe probe(path);
            QVERIFY(probe.exec(QStringLiteral(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT, b BLOB)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000) "
                "INSERT INTO t SELECT i, i % 10, i / 4.0, 'row ' || i, CAST(i % 3 AS BLOB) FROM "
                "c")));
        }
        m_info = Database::prepare(path);
        QVERIFY(m_info.isOpen());
    }

    void loadsKeysInOrderWithBoundValues_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QString>("expected"); // the same query, run by an independent connection

        QTest::newRow("integer, descending")
            << "SELECT id FROM t WHERE n = ? ORDER BY id DESC" << QVariantList{3}
            << "SELECT group_concat(id) FROM (SELECT id FROM t WHERE n = 3 ORDER BY id DESC)";
        QTest::newRow("real") << "SELECT id FROM t WHERE r > ? ORDER BY id" << QVariantList{249.5}
                              << "SELECT group_concat(id) FROM (SELECT id FROM t WHERE r > 249.5 "
                                 "ORDER BY id)";
        QTest::newRow("text") << "SELECT id FROM t WHERE s LIKE ? ORDER BY s"
                              << QVariantList{QStringLiteral("row 99%")}
                              << "SELECT group_concat(id) FROM (SELECT id FROM t WHERE s LIKE "
                                 "'row 99%' ORDER BY s)";
        QTest::newRow("null matches nothing")
            << "SELECT id FROM t WHERE n = ?" << QVariantList{QVariant()} << "SELECT ''";
        QTest::newRow("blob") << "SELECT id FROM t WHERE b = ? ORDER BY id LIMIT 5"
                              << QVariantList{QByteArray("2")}
                              << "SELECT group_concat(id) FROM (SELECT id FROM t WHERE b = "
                                 "CAST('2' AS BLOB) ORDER BY id LIMIT 5)";
    }
    void loadsKeysInOrderWithBoundValues()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        QFETCH(QString, expected);
        KeyLoader loader(m_info);
        QSignalSpy loaded(&loader, &KeyLoader::loaded);
        const quint64 id = loader.load(sql, values);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.last().at(0).toULongLong(), id);
        QStringList got;
        for (qint64 key : keysOf(loaded))
            got << QString::number(key);
        Probe probe(m_info.path);
        QCOMPARE(got.join(QLatin1Char(',')), probe.value(expected).toString());
    }

    void badSqlFails()
    {
        KeyLoader loader(m_info);
        QSignalSpy failed(&loader, &KeyLoader::failed);
        QSignalSpy loaded(&loader, &KeyLoader::loaded);
        loader.load(QStringLiteral("SELECT id FROM no_such_table"), {});
        QVERIFY(failed.wait(5000));
        QVERIFY(loaded.isEmpty());
        const StorageError error = failed.last().at(1).value<StorageError>();
        QVERIFY(error.isError());
        QVERIFY2(error.userMessage().contains(QStringLiteral("no_such_table"))
                     || error.detail.contains(QStringLiteral("no_such_table")),
                 qPrintable(error.userMessage()));
    }

    void aNewRequestInterruptsAndSilencesTheOldOne()
    {
        KeyLoader loader(m_info);
        QSignalSpy loaded(&loader, &KeyLoader::loaded);
        QSignalSpy failed(&loader, &KeyLoader::failed);
        // Endless without the interrupt: a recursive CTE with no end.
        const quint64 endless = loader.load(
            QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c) "
                           "SELECT i FROM c WHERE i < 0"),
            {});
        QTest::qWait(100); // let it start running
        QElapsedTimer clock;
        clock.start();
        const quint64 quick = loader.load(QStringLiteral("SELECT id FROM t WHERE id <= 3"), {});
        QVERIFY(quick != endless);
        QVERIFY(loaded.wait(5000));
        QVERIFY2(clock.elapsed() < 2000, "the endless query was not interrupted");
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.last().at(0).toULongLong(), quick);
        QCOMPARE(keysOf(loaded), (std::vector<qint64>{1, 2, 3}));
        QVERIFY(failed.isEmpty()); // the interrupted request's error is nobody's business
    }

    void cancelSilencesTheRunningRequest()
    {
        KeyLoader loader(m_info);
        QSignalSpy loaded(&loader, &KeyLoader::loaded);
        QSignalSpy failed(&loader, &KeyLoader::failed);
        loader.load(
            QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c) "
                           "SELECT i FROM c WHERE i < 0"),
            {});
        QTest::qWait(100);
        loader.cancel();
        QTest::qWait(300);
        QVERIFY(loaded.isEmpty());
        QVERIFY(failed.isEmpty());
        // And the loader still works afterwards.
        loader.load(QStringLiteral("SELECT id FROM t WHERE id = 7"), {});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(keysOf(loaded), std::vector<qint64>{7});
    }

    // Given the list the caller has, the loader says whether the keys it read are the same:
    // unchanged() with equal keys, however the list holds them, loaded() with any difference.
    void comparesWithTheCallersList()
    {
        KeyLoader loader(m_info);
        QSignalSpy loaded(&loader, &KeyLoader::loaded);
        QSignalSpy unchanged(&loader, &KeyLoader::unchanged);
        const QString sql = QStringLiteral("SELECT id FROM t ORDER BY s");
        loader.load(sql, {});
        QVERIFY(loaded.wait(5000));
        const std::vector<qint64> keys = keysOf(loaded);
        QCOMPARE(keys.size(), std::size_t(1000));

        const auto answer = [&](const RowList &current) -> QSignalSpy * {
            loaded.clear();
            unchanged.clear();
            const quint64 id = loader.load(sql, {}, {}, 0, std::make_shared<RowList>(current));
            if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !unchanged.isEmpty(); }, 5000))
                return nullptr;
            QSignalSpy *spy = loaded.isEmpty() ? &unchanged : &loaded;
            return spy->size() == 1 && spy->last().at(0).toULongLong() == id ? spy : nullptr;
        };
        QCOMPARE(answer(RowList::fromVector(keys)), &unchanged);
        QCOMPARE(keysOf(unchanged), keys); // the keys come along
        RowList same; // the same keys, put in front one by one: chunked otherwise
        for (auto key = keys.rbegin(); key != keys.rend(); ++key)
            same.insert(0, *key);
        QVERIFY(same.toVector() == keys);
        QCOMPARE(answer(same), &unchanged);

        std::vector<qint64> other = keys;
        std::swap(other[10], other[11]);
        QCOMPARE(answer(RowList::fromVector(other)), &loaded);
        QCOMPARE(keysOf(loaded), keys);
        other = keys;
        other.pop_back();
        QCOMPARE(answer(RowList::fromVector(other)), &loaded);
        QCOMPARE(answer(RowList()), &loaded);
    }
};

QTEST_GUILESS_MAIN(TestKeyLoader)
#include "tst_keyloader.moc"

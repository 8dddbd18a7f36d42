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
};

QTEST_GUILESS_MAIN(TestKeyLoader)
#include "tst_keyloader.moc"

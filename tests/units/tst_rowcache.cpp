// RowCache keeps what TableModel read in bounded memory: the newest pages and the newest single
// rows, each forgotten oldest first; rows patched in place stay patched; keepOnly() keeps the
// rows asked for that are in memory and nothing else; expireAllBut() keeps the others as stale
// until they are read again; generation() tells pages read elsewhere
// whether the cache changed since.
#include "rowcache.h"

#include <QtTest>

#include <utility>
#include <vector>

using namespace rowbook;

namespace {

RowCache::Row rowOf(qint64 key)
{
    return {key, QStringLiteral("row %1").arg(key)};
}

// Keys first..first+count-1 as one page.
std::vector<std::pair<qint64, RowCache::Row>> page(qint64 first, int count)
{
    std::vector<std::pair<qint64, RowCache::Row>> rows;
    for (qint64 key = first; key < first + count; ++key)
        rows.emplace_back(key, rowOf(key));
    return rows;
}

} // namespace

class TestRowCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatAPageBrought()
    {
        RowCache cache(4, 4);
        QVERIFY(!cache.find(1));
        cache.addPage(page(1, 3));
        QCOMPARE(cache.size(), std::size_t(3));
        for (qint64 key = 1; key <= 3; ++key) {
            QVERIFY(cache.find(key));
            QCOMPARE(*cache.find(key), rowOf(key));
        }
        QVERIFY(!cache.find(4));
    }

    // A page read on another thread may be older than a row read alone since it was asked
    // for: that row stays. A row read alone before it, or kept by keepOnly(), is replaced.
    // Changes other than adds move the generation.
    void aPageKeepsRowsReadAloneSinceItWasAskedFor()
    {
        RowCache cache(4, 4);
        const RowCache::Row newer{qint64(2), QStringLiteral("read alone")};
        const quint64 before = cache.generation();
        cache.addSingle(1, RowCache::Row{qint64(1), QStringLiteral("read alone earlier")});
        const quint64 asked = cache.singlesRead();
        cache.addSingle(2, newer);
        cache.addPage(page(1, 3), asked);
        QCOMPARE(cache.generation(), before);
        QCOMPARE(*cache.find(1), rowOf(1));
        QCOMPARE(*cache.find(2), newer);
        QCOMPARE(*cache.find(3), rowOf(3));
        cache.addPage(page(1, 3)); // read on this thread: newest
        QCOMPARE(*cache.find(2), rowOf(2));
        cache.addSingle(2, newer);
        cache.keepOnly({2});
        cache.addPage(page(1, 3), cache.singlesRead());
        QCOMPARE(*cache.find(2), rowOf(2));

        const quint64 kept = cache.generation();
        QVERIFY(!cache.findToPatch(9)); // nothing patched: no change
        cache.remove(9);
        QCOMPARE(cache.generation(), kept);
        QVERIFY(cache.findToPatch(2));
        QVERIFY(cache.generation() > kept);
        const quint64 patched = cache.generation();
        cache.invalidatePagesInFlight();
        QVERIFY(cache.generation() > patched);
    }

    // The oldest page goes before the new one comes in: a key both hold stays in memory.
    void aNewPageKeepsTheKeysItSharesWithTheOldest()
    {
        RowCache cache(2, 4);
        cache.addPage(page(1, 3));
        cache.addPage(page(10, 3));
        cache.addPage(page(2, 3)); // the page of 1..3 goes
        QVERIFY(!cache.find(1));
        for (qint64 key : {2, 3, 4, 10, 11, 12})
            QVERIFY2(cache.find(key), qPrintable(QString::number(key)));
    }

    void forgetsTheOldestPageBeyondItsLimit()
    {
        RowCache cache(2, 4);
        cache.addPage(page(1, 10));
        cache.addPage(page(11, 10));
        cache.addPage(page(21, 10)); // the first page goes
        QCOMPARE(cache.size(), std::size_t(20));
        QVERIFY(!cache.find(1));
        QVERIFY(!cache.find(10));
        QVERIFY(cache.find(11));
        QVERIFY(cache.find(30));
        for (int i = 0; i < 100; ++i)
            cache.addPage(page(1000 + i * 10, 10));
        QCOMPARE(cache.size(), std::size_t(20)); // bounded however long one scrolls
        QVERIFY(cache.find(1990));
        QVERIFY(!cache.find(1970));
    }

    void forgetsTheOldestSingleRowBeyondItsLimit()
    {
        RowCache cache(2, 3);
        const RowCache::Row *first = cache.addSingle(7, rowOf(7));
        QVERIFY(first);
        QCOMPARE(*first, rowOf(7));
        cache.addSingle(8, rowOf(8));
        cache.addSingle(9, rowOf(9));
        cache.addSingle(10, rowOf(10)); // 7 goes
        QVERIFY(!cache.find(7));
        QVERIFY(cache.find(8));
        QVERIFY(cache.find(10));
        QCOMPARE(cache.size(), std::size_t(3));
        cache.addPage(page(100, 5)); // pages and single rows have limits of their own
        QCOMPARE(cache.size(), std::size_t(8));
    }

    void patchedRowsStayPatched()
    {
        RowCache cache(2, 2);
        cache.addPage(page(1, 3));
        RowCache::Row *row = cache.findToPatch(2);
        QVERIFY(row);
        (*row)[1] = QStringLiteral("theirs");
        QCOMPARE(cache.find(2)->at(1).toString(), QStringLiteral("theirs"));
        QVERIFY(!cache.findToPatch(99));
        cache.remove(2);
        QVERIFY(!cache.find(2));
        QVERIFY(cache.find(3));
    }

    void keepOnlyKeepsTheAskedRowsInMemory()
    {
        RowCache cache(2, 2);
        cache.addPage(page(1, 10));
        cache.addSingle(50, rowOf(50));
        cache.keepOnly({3, 50, 77}); // 77 was never read
        QCOMPARE(cache.size(), std::size_t(2));
        QCOMPARE(*cache.find(3), rowOf(3));
        QCOMPARE(*cache.find(50), rowOf(50));
        QVERIFY(!cache.find(1));
        QVERIFY(!cache.find(77));
        // The kept rows count as one page: two newer pages push them out.
        cache.addPage(page(100, 2));
        QVERIFY(cache.find(3));
        cache.addPage(page(200, 2));
        QVERIFY(!cache.find(3));
        QVERIFY(!cache.find(50));
    }

    // After another program's commit: the asked rows stay, the others are out of date but
    // findable as stale until read again, removed or cleared.
    void expiredRowsStayStaleUntilReadAgain()
    {
        RowCache cache(4, 4);
        cache.addPage(page(1, 5));
        cache.addSingle(9, rowOf(9));
        const quint64 before = cache.generation();
        cache.expireAllBut({2});
        QVERIFY(cache.generation() != before); // pages on their way are older now
        QCOMPARE(cache.size(), std::size_t(1));
        QCOMPARE(*cache.find(2), rowOf(2));
        QVERIFY(!cache.findStale(2)); // kept fresh: not stale
        for (qint64 key : {1, 3, 4, 5, 9}) {
            QVERIFY(!cache.find(key));
            QVERIFY(cache.findStale(key));
            QCOMPARE(*cache.findStale(key), rowOf(key));
        }
        QVERIFY(!cache.findStale(6)); // never read

        const RowCache::Row newer{qint64(3), QStringLiteral("changed elsewhere")};
        cache.addPage({{3, newer}, {4, rowOf(4)}});
        QCOMPARE(*cache.find(3), newer);
        QVERIFY(!cache.findStale(3));
        QVERIFY(!cache.findStale(4));
        cache.addSingle(9, rowOf(9));
        QVERIFY(!cache.findStale(9));
        cache.remove(5);
        QVERIFY(!cache.findStale(5));
        QVERIFY(cache.findStale(1));
        cache.clear();
        QVERIFY(!cache.findStale(1));
    }

    // A second expiry makes the fresh rows stale and forgets the rows that were stale already:
    // at most one cache's worth of stale rows.
    void aSecondExpiryForgetsRowsNeverReadAgain()
    {
        RowCache cache(4, 4);
        cache.addPage(page(1, 3));
        cache.expireAllBut({});
        cache.addPage(page(10, 2));
        cache.expireAllBut({});
        QVERIFY(!cache.findStale(1));
        QVERIFY(!cache.findStale(3));
        QCOMPARE(*cache.findStale(10), rowOf(10));
        QCOMPARE(*cache.findStale(11), rowOf(11));
        QCOMPARE(cache.size(), std::size_t(0));
    }

    void clearForgetsEverything()
    {
        RowCache cache(2, 2);
        cache.addPage(page(1, 5));
        cache.addSingle(9, rowOf(9));
        cache.clear();
        QCOMPARE(cache.size(), std::size_t(0));
        QVERIFY(!cache.find(1));
        QVERIFY(!cache.find(9));
    }
};

QTEST_GUILESS_MAIN(TestRowCache)
#include "tst_rowcache.moc"

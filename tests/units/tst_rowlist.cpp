// RowList holds the keys of a table's rows in the order shown: every operation must give the
// same keys as a plain vector would, and a list in key order must cost a few bytes per gap, not
// eight per row.
#include "rowlist.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace rowbook;

namespace {

// Keys 1..count with every `gapEvery`-th key missing (rows deleted long ago).
RowList withGaps(qint64 count, qint64 gapEvery)
{
    RowList list;
    for (qint64 key = 1; key <= count; ++key) {
        if (key % gapEvery != 0)
            list.push_back(key);
    }
    return list;
}

// 1 ... count in a random order (a table sorted by a column unrelated to its key).
std::vector<qint64> shuffledKeys(std::size_t count)
{
    std::vector<qint64> keys(count);
    std::iota(keys.begin(), keys.end(), 1);
    std::shuffle(keys.begin(), keys.end(), *QRandomGenerator::global());
    return keys;
}

// A list of `keys` that spills past the first `resident`, built key by key as the loader does.
template<typename Keys>
RowList spilling(const Keys &keys, std::size_t resident)
{
    RowList list;
    list.spillAfter(resident);
    for (qint64 key : keys)
        list.push_back(key);
    return list;
}

bool same(const RowList &list, const std::vector<qint64> &keys)
{
    if (list.size() != keys.size())
        return false;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (list.at(i) != keys[i])
            return false;
    }
    return list.toVector() == keys;
}

// `steps` random edits (insert, erase, set, and new rows' negative keys pushed at the end), each
// made on the list and on the vector alike; false as soon as the two differ.
bool editRandomly(RowList &list, std::vector<qint64> &keys, QRandomGenerator &random, int steps)
{
    for (int step = 0; step < steps; ++step) {
        const auto position = std::size_t(random.bounded(int(keys.size())));
        const qint64 key = -qint64(step) - 1;
        switch (random.bounded(4)) {
        case 0:
            keys.insert(keys.begin() + qint64(position), key);
            list.insert(position, key);
            break;
        case 1:
            keys.erase(keys.begin() + qint64(position));
            list.erase(position);
            break;
        case 2:
            keys[position] = key;
            list.set(position, key);
            break;
        default:
            keys.push_back(key);
            list.push_back(key);
        }
        if (list.size() != keys.size()
            || (position < keys.size() && list.at(position) != keys[position]))
            return false;
    }
    return true;
}

} // namespace

class TestRowList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysInKeyOrderTakeOneRunPerGap()
    {
        const RowList list = withGaps(1000000, 10000); // 100 gaps
        QCOMPARE(list.size(), std::size_t(1000000 - 100));
        QCOMPARE(list.explicitKeys(), std::size_t(0));
        QCOMPARE(list.chunkCount(), std::size_t(100)); // the last gap is the last key
        QCOMPARE(list.at(0), qint64(1));
        QCOMPARE(list.at(9998), qint64(9999));
        QCOMPARE(list.at(9999), qint64(10001)); // after the first gap
        QCOMPARE(list.at(list.size() - 1), qint64(999999));
        QCOMPARE(list.indexOf(10001), qint64(9999));
        QCOMPARE(list.indexOf(10000), qint64(-1));
        QCOMPARE(RowList::range(0, 10000000).chunkCount(), std::size_t(1));
    }

    // Every other row deleted: explicit chunks, but still in key order, so found by bisection;
    // new rows (negative keys) at the end are found too.
    void findsKeysInKeyOrderWithManyGaps()
    {
        RowList list = withGaps(200000, 2);
        list.push_back(-1);
        list.push_back(-2);
        QCOMPARE(list.explicitKeys(), list.size());
        for (std::size_t i = 0; i < list.size(); i += 997)
            QCOMPARE(list.indexOf(list.at(i)), qint64(i));
        QCOMPARE(list.indexOf(199999), qint64(99999));
        QCOMPARE(list.indexOf(200000), qint64(-1));
        QCOMPARE(list.indexOf(-2), qint64(list.size() - 1));
        list.insert(10, 100001); // out of order: found all the same
        QCOMPARE(list.indexOf(100001), qint64(10));
        QCOMPARE(list.indexOf(21), qint64(11));
        QCOMPARE(list.indexOf(199999), qint64(100000));
    }

    // Whether a search bisects: a list in key order with new rows at its end does, one with a
    // key out of place early on does not (and is searched key by key, still correctly).
    void saysWhenItCanBeSearchedQuickly()
    {
        RowList list = withGaps(100000, 10);
        QVERIFY(list.isSearchable());
        list.push_back(-1);
        list.push_back(-2);
        QVERIFY(list.isSearchable());
        QCOMPARE(list.lastIndexOf(-1), qint64(list.size() - 2));
        QCOMPARE(list.lastIndexOf(55), list.indexOf(55));
        QCOMPARE(list.lastIndexOf(10), qint64(-1));
        list.insert(100, 99999);
        QVERIFY(!list.isSearchable());
        QCOMPARE(list.indexOf(99999), qint64(100));
        QCOMPARE(list.lastIndexOf(99999), qint64(list.size() - 3)); // the one in key order
    }

    void aMovedFromListIsEmpty()
    {
        RowList list = RowList::range(1, 10);
        RowList moved = std::move(list);
        QCOMPARE(moved.size(), std::size_t(10));
        QCOMPARE(list.size(), std::size_t(0)); // NOLINT(bugprone-use-after-move): what is tested
        QVERIFY(list.empty());
        list = std::move(moved);
        QCOMPARE(list.back(), qint64(10));
        QVERIFY(moved.empty()); // NOLINT(bugprone-use-after-move)
    }

    // The lowest key a list was given, in any order, without a pass over its keys: what a list
    // the key loader read says about the table's lowest key (TableModel::lowKeyNote()).
    void knowsTheLowestKeyItWasGiven()
    {
        RowList list;
        QCOMPARE(list.lowestAdded(), std::numeric_limits<qint64>::max());
        const std::vector<qint64> keys = shuffledKeys(50000);
        for (qint64 key : keys)
            list.push_back(key);
        QCOMPARE(list.lowestAdded(), *std::min_element(keys.begin(), keys.end()));
        list.insert(20000, -4); // inside a chunk
        QCOMPARE(list.lowestAdded(), qint64(-4));
        list.set(30000, -9);
        QCOMPARE(list.lowestAdded(), qint64(-9));
        list.push_back(-12);
        QCOMPARE(list.lowestAdded(), qint64(-12));
        RowList moved = std::move(list);
        QCOMPARE(moved.lowestAdded(), qint64(-12));
        QCOMPARE(list.lowestAdded(), // NOLINT(bugprone-use-after-move): what is tested
                 std::numeric_limits<qint64>::max());
        const RowList copy = moved; // NOLINT(performance-unnecessary-copy-initialization)
        QCOMPARE(copy.lowestAdded(), qint64(-12));
        moved.clear();
        QCOMPARE(moved.lowestAdded(), std::numeric_limits<qint64>::max());
        QCOMPARE(RowList::range(-3, 10).lowestAdded(), qint64(-3));
        QCOMPARE(RowList::fromVector({7, 5, 9}).lowestAdded(), qint64(5));
    }

    void keysInAnotherOrderCostWhatAVectorWould()
    {
        const std::vector<qint64> keys = shuffledKeys(100000);
        const RowList list = RowList::fromVector(keys);
        QVERIFY(same(list, keys));
        QVERIFY(list.explicitKeys() > keys.size() * 9 / 10);
        QVERIFY(list.chunkCount() <= keys.size() / RowList::chunkKeys + 40);
        QCOMPARE(list.indexOf(keys[54321]), qint64(54321));
    }

    void shortStretchesStayExplicit()
    {
        RowList list;
        for (qint64 key : {5, 6, 7, 20, 21, 3})
            list.push_back(key);
        QCOMPARE(list.explicitKeys(), std::size_t(6));
        QVERIFY(same(list, {5, 6, 7, 20, 21, 3}));
        for (qint64 key = 100; key < 100 + qint64(RowList::minRun); ++key)
            list.push_back(key);
        QCOMPARE(list.explicitKeys(), std::size_t(6)); // the consecutive tail became a run
        QCOMPARE(list.at(6), qint64(100));
        QCOMPARE(list.back(), qint64(100 + RowList::minRun - 1));
    }

    void editsInsideARunSplitIt()
    {
        RowList list = RowList::range(1, 1000);
        list.insert(500, -7); // a new row in the middle
        list.erase(0);
        list.erase(998); // the last key
        list.erase(300); // inside the run
        list.set(10, 4242);
        std::vector<qint64> keys(1000);
        std::iota(keys.begin(), keys.end(), 1);
        keys.insert(keys.begin() + 500, -7);
        keys.erase(keys.begin());
        keys.erase(keys.begin() + 998);
        keys.erase(keys.begin() + 300);
        keys[10] = 4242;
        QVERIFY(same(list, keys));
        QCOMPARE(list.indexOf(-7), qint64(498));
        QCOMPARE(list.explicitKeys(), std::size_t(2));
    }

    // Random edits on a list of runs and explicit stretches give what a vector gives.
    void randomEditsMatchAVector()
    {
        QRandomGenerator random(20261202);
        std::vector<qint64> keys;
        RowList list;
        for (qint64 key = 1; key <= 20000; ++key) {
            const qint64 next = random.bounded(10) == 0 ? qint64(random.bounded(1000000)) : key;
            keys.push_back(next);
            list.push_back(next);
        }
        QVERIFY(editRandomly(list, keys, random, 5000));
        QVERIFY(same(list, keys));
        list.truncate(12345);
        keys.resize(12345);
        QVERIFY(same(list, keys));
    }

    void listsCompareByTheirKeysNotTheirChunks()
    {
        RowList runs = RowList::range(1, 100000);
        RowList pieces;
        for (qint64 key = 1; key <= 100000; ++key)
            pieces.push_back(key);
        pieces.insert(50000, 50001); // the same keys, split differently
        pieces.erase(50001);
        QVERIFY(runs == pieces);
        pieces.set(99999, 7);
        QVERIFY(runs != pieces);
        QVERIFY(RowList() == RowList());
        QVERIFY(RowList::range(1, 3) != RowList::range(2, 3));
        QVERIFY(RowList::range(1, 3) != RowList::range(1, 4));
    }

    // isSameAs() answers "still the list I copied?" without reading the file: true for a copy,
    // false after any edit, even one that puts the same key back, and for a list with the same
    // keys in another file.
    void aCopyIsTheSameUntilEitherIsEdited()
    {
        RowList list = spilling(shuffledKeys(100000), 5000);
        for (qint64 key = 1; key <= 1000; ++key) // and a run at the end
            list.push_back(200000 + key);
        QVERIFY(list.spilledKeys() > 90000);
        const RowList copy = list;
        QVERIFY(list.isSameAs(copy));
        QVERIFY(copy.isSameAs(list));
        QVERIFY(same(list, copy.toVector())); // reading it back keeps it the same
        QVERIFY(list.isSameAs(copy));

        const auto editedCopy = [&](auto edit) {
            RowList edited = copy;
            edit(edited);
            return edited;
        };
        const std::size_t spilled = 50000, resident = 100, inRun = list.size() - 10;
        for (const std::size_t at : {spilled, resident, inRun}) {
            const qint64 key = list.at(at);
            QVERIFY(!list.isSameAs(editedCopy([&](RowList &l) { l.set(at, -key); })));
            QVERIFY(!list.isSameAs(editedCopy([&](RowList &l) { l.erase(at); })));
            QVERIFY(!list.isSameAs(editedCopy([&](RowList &l) { l.insert(at, -1); })));
            // The same keys again, but a spilled chunk came back to memory to be edited, or a
            // run was split: == says equal, isSameAs() does not know.
            const RowList back = editedCopy([&](RowList &l) {
                l.erase(at);
                l.insert(at, key);
            });
            QVERIFY(back == list);
            QCOMPARE(list.isSameAs(back), at == resident);
        }
        QVERIFY(!list.isSameAs(editedCopy([&](RowList &l) { l.push_back(-5); })));
        QVERIFY(!list.isSameAs(editedCopy([&](RowList &l) { l.truncate(l.size() - 1); })));

        const RowList again = spilling(list, 5000); // the same keys, another file
        QVERIFY(again == list);
        QVERIFY(!again.isSameAs(list));
        QVERIFY(RowList::range(1, 10).isSameAs(RowList::range(1, 10)));
        QVERIFY(!RowList::range(1, 10).isSameAs(RowList::range(2, 10)));
    }

    // A sorted big table's keys go to a temporary file past the first few: the list holds a
    // bounded cache of chunks, however many keys it has, and gives every key back as it was.
    void aListInAnotherOrderSpillsToAFileAndReadsItBack()
    {
        const std::vector<qint64> keys = shuffledKeys(1000000);
        RowList list = spilling(keys, 20000);
        QCOMPARE(list.size(), keys.size());
        QVERIFY(list.spilledKeys() > keys.size() * 9 / 10);
        const std::size_t bound
            = (20000 + RowList::cachedChunks * RowList::chunkKeys) * sizeof(qint64) + 100000;
        QVERIFY2(list.memoryBytes() < bound, QByteArray::number(qulonglong(list.memoryBytes())));
        QVERIFY(same(list, keys)); // every key read back, in order and one by one
        QVERIFY(list.memoryBytes() < bound);
        for (std::size_t i = 0; i < keys.size(); i += 99991) // all over the list, out of order
            QCOMPARE(list.at(keys.size() - 1 - i), keys[keys.size() - 1 - i]);
        QCOMPARE(list.indexOf(keys[777777]), qint64(777777));
        QCOMPARE(list.lastIndexOf(keys[123456]), qint64(123456));
        QCOMPARE(list.indexOf(0), qint64(-1));
        QVERIFY(list == RowList::fromVector(keys));

        // A copy shares the file, and outlives the list it came from; edits stay its own.
        RowList copy = list;
        copy.erase(500000);
        copy.insert(600000, -1);
        copy.set(900000, -2);
        list = RowList();
        std::vector<qint64> edited = keys;
        edited.erase(edited.begin() + 500000);
        edited.insert(edited.begin() + 600000, -1);
        edited[900000] = -2;
        QVERIFY(same(copy, edited));
        QVERIFY(copy.spilledKeys() < keys.size() && copy.spilledKeys() > keys.size() * 8 / 10);
    }

    // Random edits on a spilled list give what a vector gives (an edited chunk returns to
    // memory; the others keep being read from the file).
    void randomEditsOfASpilledListMatchAVector()
    {
        QRandomGenerator random(20261203);
        std::vector<qint64> keys;
        RowList list;
        list.spillAfter(5000);
        for (int i = 0; i < 100000; ++i) {
            const qint64 next = random.bounded(3) == 0 ? i : qint64(random.bounded(10000000));
            keys.push_back(next);
            list.push_back(next);
        }
        QVERIFY(list.spilledKeys() > 80000);
        QVERIFY(editRandomly(list, keys, random, 3000));
        for (std::size_t i = 0; i < keys.size(); i += 997) {
            const auto first = std::find(keys.begin(), keys.end(), keys[i]);
            QCOMPARE(list.indexOf(keys[i]), qint64(std::distance(keys.begin(), first)));
        }
        QVERIFY(same(list, keys));
        list.truncate(54321);
        keys.resize(54321);
        QVERIFY(same(list, keys));
    }

    void aLongInsertedStretchIsSplit()
    {
        RowList list;
        list.push_back(9);
        for (int i = 0; i < int(3 * RowList::chunkKeys); ++i)
            list.insert(0, -2 * qint64(i)); // never consecutive
        QCOMPARE(list.size(), 3 * RowList::chunkKeys + 1);
        QVERIFY(list.chunkCount() >= 2);
        QCOMPARE(list.back(), qint64(9));
        QCOMPARE(list.at(0), -2 * (qint64(3 * RowList::chunkKeys) - 1));
    }
};

QTEST_APPLESS_MAIN(TestRowList)
#include "tst_rowlist.moc"

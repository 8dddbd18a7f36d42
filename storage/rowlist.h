#pragma once

#include <QtGlobal>

#include <cstddef>
#include <iterator>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace rowbook {

// The keys of a table's rows in the order shown, stored compactly. A stretch of consecutive keys
// (a table in rowid or primary-key order, between the gaps that deletions left) is one run of a
// few bytes, whatever its length; other stretches are plain vectors of at most chunkKeys keys.
// So a 10-million-row table in key order costs a few bytes per gap instead of 8 bytes a row, and
// a list in another order costs what a vector would. Positions are found by a binary search over
// the chunks; edits in the middle split a chunk, never move millions of keys. Reading methods
// fill caches (positions, order, spilled chunks), so a list is not read from two threads at once.
//
// A list in another order (a sorted table) can spill: with spillAfter(), the explicit chunks it
// grows past that many keys are written to a temporary file and read back a chunk at a time when
// asked for, at most cachedChunks of them kept in memory. A 100-million-row table in another
// order then costs about 3 MB of memory (and 800 MB of temporary file) instead of 800 MB.
// Editing a spilled chunk brings it back into memory for good; copies share the file.
class RowList
{
public:
    static constexpr std::size_t chunkKeys = 4096;   // most keys in an explicit chunk
    static constexpr std::size_t minRun = 32;        // consecutive keys kept as a run from here
    static constexpr std::size_t cachedChunks = 48;  // spilled chunks kept in memory at most
    static constexpr std::size_t spillKeys = 262144; // where the key loader's lists spill (2 MB)

    RowList() = default;
    RowList(const RowList &) = default;
    RowList &operator=(const RowList &) = default;
    // A moved-from list is empty, like a moved-from vector.
    RowList(RowList &&other) noexcept { *this = std::move(other); }
    RowList &operator=(RowList &&other) noexcept;
    ~RowList() = default;
    // first, first + 1, ... first + count - 1 (positional lists of views).
    static RowList range(qint64 first, std::size_t count);
    static RowList fromVector(const std::vector<qint64> &keys);

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    qint64 at(std::size_t position) const;
    qint64 operator[](std::size_t position) const { return at(position); }
    qint64 back() const { return at(m_size - 1); }
    // The smallest key added since the list was made or cleared (keys erased since included),
    // whatever the list's order: a list the key loader just read tells its lowest key without a
    // pass over millions of keys. The largest qint64 when none was added.
    qint64 lowestAdded() const { return m_lowestAdded; }
    // The position of `key`, or -1. In a list in ascending key order (a table in key order, with
    // new rows' negative keys at the end or not) a binary search; otherwise runs are checked in
    // O(1) each and explicit chunks key by key.
    qint64 indexOf(qint64 key) const;
    bool contains(qint64 key) const { return indexOf(key) >= 0; }
    // The position of the last `key`, searching from the end (new rows sit there), or -1.
    qint64 lastIndexOf(qint64 key) const;
    // True when indexOf() bisects nearly all of the list: the keys ascend but for at most the
    // last two chunks (new rows at the end). Else a search may pass every key.
    bool isSearchable() const { return ascendingChunks() + 2 >= m_chunks.size(); }

    void push_back(qint64 key);
    void insert(std::size_t position, qint64 key);
    void erase(std::size_t position);
    void set(std::size_t position, qint64 key);
    void truncate(std::size_t size);
    void clear();

    // From now on, explicit chunks that push_back() completes past the first `resident` keys go
    // to a temporary file (see above). Without a file (the temporary folder is not writable)
    // they stay in memory. clear() and moving from a list turn it off.
    void spillAfter(std::size_t resident);
    // What spillAfter() was given (0: the list does not spill), for a list built from this one.
    std::size_t spillsAfter() const { return m_spillAfter; }
    // Keys held one by one (not in runs): 8 bytes each, in memory or, spilled, in the file.
    // What the list costs in memory is about explicitKeys() - spilledKeys() plus chunkCount()
    // small records.
    std::size_t explicitKeys() const;
    // Keys of chunks written to the file (those read back into the cache included).
    std::size_t spilledKeys() const;
    std::size_t chunkCount() const { return m_chunks.size(); }
    // About what the list holds in memory, in bytes (capacities, not just sizes).
    std::size_t memoryBytes() const;
    std::vector<qint64> toVector() const;

    // Runs compare as runs: two lists in key order compare in a step per gap.
    bool operator==(const RowList &other) const;
    bool operator!=(const RowList &other) const { return !(*this == other); }
    // True when the lists are equal and that shows without reading the file: the same chunks,
    // each the same run, the same spilled chunk of the same file, or equal keys in memory. A
    // list and an unedited copy of it, say. False says nothing: compare with ==.
    bool isSameAs(const RowList &other) const;

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = qint64;
        using difference_type = std::ptrdiff_t;
        using pointer = const qint64 *;
        using reference = qint64;

        qint64 operator*() const;
        const_iterator &operator++();
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        bool operator==(const const_iterator &other) const
        {
            return m_chunk == other.m_chunk && m_offset == other.m_offset;
        }
        bool operator!=(const const_iterator &other) const { return !(*this == other); }

    private:
        friend class RowList;
        const_iterator(const RowList *list, std::size_t chunk)
            : m_list(list)
            , m_chunk(chunk)
        {}
        const RowList *m_list = nullptr;
        std::size_t m_chunk = 0;
        std::size_t m_offset = 0;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_chunks.size()}; }

private:
    class Spill; // the temporary file

    struct Chunk
    {
        bool run = false;
        qint64 first = 0;                   // a run: first, first + 1, ... first + count - 1
        std::size_t count = 0;              // keys in the chunk
        std::size_t tailRun = 0;            // explicit: consecutive keys at the end of `keys`
        mutable std::vector<qint64> keys;   // explicit: the keys (a spilled chunk's when cached)
        mutable signed char ascending = -1; // explicit: keys ascending (1), not (0), unknown (-1)
        qint64 spilledAt = -1;              // spilled: where its keys are in the file
        qint64 lastKey = 0;                 // spilled: its last key (`first` holds its first)
        mutable quint64 lastUse = 0;        // spilled: when the cache last gave out its keys

        bool spilled() const { return spilledAt >= 0; }
        bool isAscending() const;
        qint64 front() const { return run || spilled() ? first : keys.front(); }
        qint64 last() const
        {
            if (run)
                return first + qint64(count) - 1;
            return spilled() ? lastKey : keys.back();
        }
        // Only on a chunk with its keys in memory (see loaded()).
        qint64 at(std::size_t offset) const { return run ? first + qint64(offset) : keys[offset]; }
        static Chunk makeRun(qint64 first, std::size_t count);
    };

    // The chunk with its keys in memory: a spilled one is read back (evicting the cached chunk
    // used longest ago). The reference holds until the next call.
    const Chunk &loaded(std::size_t index) const;
    // The chunk, in memory for good, to be changed.
    Chunk &unspilled(std::size_t index);
    // Writes the explicit chunk before the last to the file, once the list is past m_spillAfter.
    void spillCompleted();

    // The chunk that holds `position` and the position's offset in it.
    std::pair<std::size_t, std::size_t> locate(std::size_t position) const;
    // Makes `position` (inside the list) the first key of a chunk; returns that chunk's index.
    std::size_t splitAt(std::size_t position);
    void reindex() const;
    void invalidate()
    {
        m_startsValid = false;
        m_orderValid = false;
    }
    // The chunks [0, m_ascendingChunks) hold ascending keys, each chunk's above the one before.
    std::size_t ascendingChunks() const;
    qint64 find(std::size_t chunk, qint64 key) const; // offset of `key` in the chunk, or -1

    std::vector<Chunk> m_chunks;
    std::size_t m_size = 0;
    qint64 m_lowestAdded = std::numeric_limits<qint64>::max();
    mutable std::vector<std::size_t> m_starts; // the position of each chunk's first key
    mutable bool m_startsValid = true;
    mutable std::size_t m_ascendingChunks = 0;
    mutable bool m_orderValid = true;
    std::size_t m_spillAfter = 0; // 0: no spilling
    std::shared_ptr<Spill> m_spill;
    mutable quint64 m_uses = 0;       // the cache's clock
    mutable std::size_t m_cached = 0; // spilled chunks read back, about (see loaded())
};

} // namespace rowbook

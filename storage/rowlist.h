#pragma once

#include <QtGlobal>

#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace rowbook {

// The keys of a table's rows in the order shown, stored compactly. A stretch of consecutive keys
// (a table in rowid or primary-key order, between the gaps that deletions left) is one run of a
// few bytes, whatever its length; other stretches are plain vectors of at most chunkKeys keys.
// So a 10-million-row table in key order costs a few bytes per gap instead of 8 bytes a row, and
// a list in another order costs what a vector would. Positions are found by a binary search over
// the chunks; edits in the middle split a chunk, never move millions of keys. Reading methods
// fill caches (positions, order), so a list is not read from two threads at once.
class RowList
{
public:
    static constexpr std::size_t chunkKeys = 4096; // most keys in an explicit chunk
    static constexpr std::size_t minRun = 32;      // consecutive keys kept as a run from here

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

    // Keys held one by one (not in runs): 8 bytes each. What the list costs is about this plus
    // chunkCount() small records.
    std::size_t explicitKeys() const;
    std::size_t chunkCount() const { return m_chunks.size(); }
    // About what the list holds in memory, in bytes (capacities, not just sizes).
    std::size_t memoryBytes() const;
    std::vector<qint64> toVector() const;

    // Runs compare as runs: two lists in key order compare in a step per gap.
    bool operator==(const RowList &other) const;
    bool operator!=(const RowList &other) const { return !(*this == other); }

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
    struct Chunk
    {
        bool run = false;
        qint64 first = 0;                   // a run: first, first + 1, ... first + count - 1
        std::size_t count = 0;              // keys in the chunk
        std::size_t tailRun = 0;            // explicit: consecutive keys at the end of `keys`
        std::vector<qint64> keys;           // explicit: the keys
        mutable signed char ascending = -1; // explicit: keys ascending (1), not (0), unknown (-1)

        bool isAscending() const;
        qint64 front() const { return run ? first : keys.front(); }
        qint64 last() const { return run ? first + qint64(count) - 1 : keys.back(); }
        qint64 at(std::size_t offset) const { return run ? first + qint64(offset) : keys[offset]; }
        static Chunk makeRun(qint64 first, std::size_t count);
    };

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
    mutable std::vector<std::size_t> m_starts; // the position of each chunk's first key
    mutable bool m_startsValid = true;
    mutable std::size_t m_ascendingChunks = 0;
    mutable bool m_orderValid = true;
};

} // namespace rowbook

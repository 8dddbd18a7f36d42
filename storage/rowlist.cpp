#include "rowlist.h"

#include "logging.h"

#include <QDir>
#include <QTemporaryFile>

#include <algorithm>
#include <mutex>
#include <utility>

namespace rowbook {

// Spilled chunks, appended one after another to a temporary file that goes when the last list
// using it does. Copies of a list on two threads may read it at once: a mutex keeps each seek
// with its read or write.
class RowList::Spill
{
public:
    bool open()
    {
        m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/rowbook-keys-XXXXXX"));
        if (m_file.open())
            return true;
        qCWarning(lcStorage) << "Row keys stay in memory: no temporary file:"
                             << m_file.errorString();
        return false;
    }
    // Where the keys went, or -1 when they could not be written (they then stay in memory).
    qint64 write(const std::vector<qint64> &keys)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const qint64 bytes = qint64(keys.size()) * qint64(sizeof(qint64));
        // Flushed at once: a buffered write reports success, and a full disk would only show
        // at the next seek, after the chunk's keys had left memory.
        if (!m_file.seek(m_end)
            || m_file.write(reinterpret_cast<const char *>(keys.data()), bytes) != bytes
            || !m_file.flush()) {
            qCWarning(lcStorage) << "Row keys stay in memory: writing" << m_file.fileName()
                                 << "failed:" << m_file.errorString();
            return -1;
        }
        return std::exchange(m_end, m_end + bytes);
    }
    void read(qint64 at, std::size_t count, std::vector<qint64> &keys)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        keys.resize(count);
        const qint64 bytes = qint64(count) * qint64(sizeof(qint64));
        if (!m_file.seek(at)
            || m_file.read(reinterpret_cast<char *>(keys.data()), bytes) != bytes) {
            // The file is open and ours (unnamed, or not removable while open): only a failing
            // disk gets here. Key 0 is no row, so nothing is written to a wrong one.
            qCCritical(lcStorage) << "Reading row keys back from" << m_file.fileName()
                                  << "failed:" << m_file.errorString();
            std::fill(keys.begin(), keys.end(), 0);
        }
    }

private:
    std::mutex m_mutex;
    QTemporaryFile m_file;
    qint64 m_end = 0;
};

RowList::Chunk RowList::Chunk::makeRun(qint64 first, std::size_t count)
{
    Chunk chunk;
    chunk.run = true;
    chunk.first = first;
    chunk.count = count;
    return chunk;
}

RowList &RowList::operator=(RowList &&other) noexcept
{
    m_chunks = std::move(other.m_chunks);
    m_size = std::exchange(other.m_size, 0);
    m_lowestAdded = std::exchange(other.m_lowestAdded, std::numeric_limits<qint64>::max());
    m_spillAfter = std::exchange(other.m_spillAfter, 0);
    m_spill = std::move(other.m_spill);
    m_uses = other.m_uses;
    m_cached = std::exchange(other.m_cached, 0);
    other.m_chunks.clear();
    invalidate();
    other.invalidate();
    return *this;
}

RowList RowList::range(qint64 first, std::size_t count)
{
    RowList list;
    if (count > 0) {
        list.m_chunks.push_back(Chunk::makeRun(first, count));
        list.m_size = count;
        list.m_lowestAdded = first;
        list.invalidate();
    }
    return list;
}

RowList RowList::fromVector(const std::vector<qint64> &keys)
{
    RowList list;
    for (qint64 key : keys)
        list.push_back(key);
    return list;
}

void RowList::reindex() const
{
    m_starts.resize(m_chunks.size());
    std::size_t start = 0;
    for (std::size_t i = 0; i < m_chunks.size(); ++i) {
        m_starts[i] = start;
        start += m_chunks[i].count;
    }
    m_startsValid = true;
}

std::pair<std::size_t, std::size_t> RowList::locate(std::size_t position) const
{
    if (!m_startsValid)
        reindex();
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    const auto chunk = std::size_t(std::distance(m_starts.begin(), it)) - 1;
    return {chunk, position - m_starts[chunk]};
}

qint64 RowList::at(std::size_t position) const
{
    Q_ASSERT(position < m_size);
    const auto [chunk, offset] = locate(position);
    return loaded(chunk).at(offset);
}

const RowList::Chunk &RowList::loaded(std::size_t index) const
{
    const Chunk &chunk = m_chunks[index];
    if (!chunk.spilled())
        return chunk;
    chunk.lastUse = ++m_uses;
    if (!chunk.keys.empty())
        return chunk;
    if (++m_cached >= cachedChunks) {
        // Full, it seems (chunks edited or removed since are still counted): the half used
        // longest ago leaves in one pass over the chunks, so reading all of a spilled list of
        // 100 million keys passes over its chunks once per 24 chunks read, not once per chunk.
        std::vector<const Chunk *> cached;
        for (const Chunk &other : m_chunks) {
            if (other.spilled() && !other.keys.empty())
                cached.push_back(&other);
        }
        if (cached.size() >= cachedChunks) {
            const auto evicted = cached.begin() + qint64(cached.size() - cachedChunks / 2);
            std::nth_element(
                cached.begin(), evicted, cached.end(),
                [](const Chunk *a, const Chunk *b) { return a->lastUse < b->lastUse; });
            for (auto it = cached.begin(); it != evicted; ++it)
                std::vector<qint64>().swap((*it)->keys);
            m_cached = cachedChunks / 2;
        } else {
            m_cached = cached.size();
        }
        ++m_cached; // the one read now
    }
    m_spill->read(chunk.spilledAt, chunk.count, chunk.keys);
    return chunk;
}

RowList::Chunk &RowList::unspilled(std::size_t index)
{
    loaded(index);
    Chunk &chunk = m_chunks[index];
    chunk.spilledAt = -1;
    return chunk;
}

void RowList::spillAfter(std::size_t resident)
{
    m_spillAfter = resident;
}

void RowList::spillCompleted()
{
    if (m_spillAfter == 0 || m_size <= m_spillAfter || m_chunks.size() < 2)
        return;
    Chunk &chunk = m_chunks[m_chunks.size() - 2];
    if (chunk.run || chunk.spilled())
        return;
    if (!m_spill) {
        m_spill = std::make_shared<Spill>();
        if (!m_spill->open()) {
            m_spillAfter = 0;
            m_spill.reset();
            return;
        }
    }
    chunk.isAscending(); // known from now on: the keys leave memory
    chunk.spilledAt = m_spill->write(chunk.keys);
    if (!chunk.spilled()) {
        m_spillAfter = 0; // the disk is full, say: keep the rest in memory
        return;
    }
    chunk.first = chunk.keys.front();
    chunk.lastKey = chunk.keys.back();
    std::vector<qint64>().swap(chunk.keys);
}

std::size_t RowList::spilledKeys() const
{
    std::size_t keys = 0;
    for (const Chunk &chunk : m_chunks)
        keys += chunk.spilled() ? chunk.count : 0;
    return keys;
}

bool RowList::Chunk::isAscending() const
{
    if (run)
        return true;
    if (ascending < 0)
        ascending = std::is_sorted(keys.begin(), keys.end())
                            && std::adjacent_find(keys.begin(), keys.end()) == keys.end()
                        ? 1
                        : 0;
    return ascending == 1;
}

std::size_t RowList::ascendingChunks() const
{
    if (!m_orderValid) {
        m_ascendingChunks = 0;
        while (m_ascendingChunks < m_chunks.size()) {
            const Chunk &chunk = m_chunks[m_ascendingChunks];
            if (!chunk.isAscending()
                || (m_ascendingChunks > 0
                    && chunk.front() <= m_chunks[m_ascendingChunks - 1].last()))
                break;
            ++m_ascendingChunks;
        }
        m_orderValid = true;
    }
    return m_ascendingChunks;
}

qint64 RowList::find(std::size_t chunk, qint64 key) const
{
    const Chunk &c = m_chunks[chunk];
    if (c.run)
        return key >= c.first && key - c.first < qint64(c.count) ? key - c.first : -1;
    if (c.isAscending() && (key < c.front() || key > c.last()))
        return -1; // not in its range: a spilled chunk is not even read back
    loaded(chunk);
    if (c.isAscending()) {
        const auto it = std::lower_bound(c.keys.begin(), c.keys.end(), key);
        return it != c.keys.end() && *it == key ? std::distance(c.keys.begin(), it) : -1;
    }
    const auto it = std::find(c.keys.begin(), c.keys.end(), key);
    return it != c.keys.end() ? std::distance(c.keys.begin(), it) : -1;
}

qint64 RowList::indexOf(qint64 key) const
{
    if (!m_startsValid)
        reindex();
    // The ascending part (all of a list in key order but for new rows at its end): the last
    // chunk starting at or below the key is the only one that can hold it.
    const std::size_t ascending = ascendingChunks();
    const auto begin = m_chunks.begin();
    const auto it
        = std::upper_bound(begin, begin + qint64(ascending), key,
                           [](qint64 k, const Chunk &chunk) { return k < chunk.front(); });
    if (it != begin) {
        const auto chunk = std::size_t(std::distance(begin, it)) - 1;
        const qint64 offset = find(chunk, key);
        if (offset >= 0)
            return qint64(m_starts[chunk]) + offset;
    }
    for (std::size_t chunk = ascending; chunk < m_chunks.size(); ++chunk) {
        const qint64 offset = find(chunk, key);
        if (offset >= 0)
            return qint64(m_starts[chunk]) + offset;
    }
    return -1;
}

qint64 RowList::lastIndexOf(qint64 key) const
{
    if (!m_startsValid)
        reindex();
    for (std::size_t chunk = m_chunks.size(); chunk-- > 0;) {
        const Chunk &c = loaded(chunk);
        if (c.run) {
            const qint64 offset = find(chunk, key);
            if (offset >= 0)
                return qint64(m_starts[chunk]) + offset;
            continue;
        }
        const auto it = std::find(c.keys.rbegin(), c.keys.rend(), key);
        if (it != c.keys.rend())
            return qint64(m_starts[chunk]) + std::distance(it, c.keys.rend()) - 1;
    }
    return -1;
}

void RowList::push_back(qint64 key)
{
    ++m_size;
    m_lowestAdded = std::min(m_lowestAdded, key);
    if (!m_chunks.empty()) {
        Chunk &last = unspilled(m_chunks.size() - 1);
        if (last.run && key == last.first + qint64(last.count)) {
            ++last.count;
            return;
        }
        if (!last.run && last.keys.size() < chunkKeys) {
            last.tailRun = key == last.keys.back() + 1 ? last.tailRun + 1 : 1;
            if (last.ascending == 1 && key <= last.keys.back())
                last.ascending = 0;
            last.keys.push_back(key);
            ++last.count;
            m_orderValid = false;
            if (last.tailRun == minRun) { // the consecutive tail becomes a run
                last.keys.resize(last.keys.size() - minRun);
                last.count = last.keys.size();
                last.tailRun = 0;
                if (last.keys.empty())
                    m_chunks.pop_back();
                m_chunks.push_back(Chunk::makeRun(key - qint64(minRun) + 1, minRun));
                invalidate();
                spillCompleted();
            }
            return;
        }
    }
    Chunk chunk;
    chunk.keys.push_back(key);
    chunk.count = 1;
    chunk.tailRun = 1;
    m_chunks.push_back(std::move(chunk));
    invalidate();
    spillCompleted();
}

std::size_t RowList::splitAt(std::size_t position)
{
    const auto [index, offset] = locate(position);
    if (offset == 0)
        return index;
    Chunk &chunk = unspilled(index);
    Chunk tail;
    if (chunk.run) {
        tail = Chunk::makeRun(chunk.first + qint64(offset), chunk.count - offset);
    } else {
        tail.keys.assign(chunk.keys.begin() + qint64(offset), chunk.keys.end());
        tail.count = tail.keys.size();
        tail.tailRun = chunk.tailRun;
        chunk.keys.resize(offset);
        chunk.tailRun = 0;
        chunk.ascending = -1;
    }
    chunk.count = offset;
    m_chunks.insert(m_chunks.begin() + qint64(index) + 1, std::move(tail));
    invalidate();
    return index + 1;
}

void RowList::insert(std::size_t position, qint64 key)
{
    if (position >= m_size) {
        push_back(key);
        return;
    }
    m_lowestAdded = std::min(m_lowestAdded, key);
    auto [index, offset] = locate(position);
    if (m_chunks[index].run) {
        index = splitAt(position);
        if (index > 0 && !m_chunks[index - 1].run && m_chunks[index - 1].count < chunkKeys) {
            --index; // joins the explicit chunk before, at its end
            offset = m_chunks[index].count;
        } else {
            Chunk single;
            m_chunks.insert(m_chunks.begin() + qint64(index), std::move(single));
            offset = 0;
        }
    }
    Chunk &chunk = unspilled(index);
    chunk.keys.insert(chunk.keys.begin() + qint64(offset), key);
    chunk.count = chunk.keys.size();
    chunk.tailRun = 0;
    chunk.ascending = -1;
    ++m_size;
    invalidate();
    if (chunk.count > 2 * chunkKeys) // the key is at `offset` in the chunk
        splitAt(position - offset + chunkKeys);
}

void RowList::erase(std::size_t position)
{
    Q_ASSERT(position < m_size);
    auto [index, offset] = locate(position);
    Chunk *chunk = &unspilled(index);
    if (chunk->run && offset + 1 < chunk->count) {
        index = splitAt(position);
        chunk = &m_chunks[index];
        offset = 0;
    }
    if (chunk->run) {
        if (offset == 0)
            ++chunk->first;
    } else {
        chunk->keys.erase(chunk->keys.begin() + qint64(offset));
        chunk->tailRun = 0;
        chunk->ascending = -1;
    }
    --chunk->count;
    if (chunk->count == 0)
        m_chunks.erase(m_chunks.begin() + qint64(index));
    --m_size;
    invalidate();
}

void RowList::set(std::size_t position, qint64 key)
{
    if (at(position) == key)
        return;
    erase(position);
    insert(position, key);
}

void RowList::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    if (size == 0) {
        clear();
        return;
    }
    const std::size_t index = splitAt(size);
    m_chunks.erase(m_chunks.begin() + qint64(index), m_chunks.end());
    m_size = size;
    invalidate();
}

void RowList::clear()
{
    m_chunks.clear();
    m_size = 0;
    m_lowestAdded = std::numeric_limits<qint64>::max();
    m_spillAfter = 0;
    m_spill.reset();
    m_cached = 0;
    invalidate();
}

std::size_t RowList::explicitKeys() const
{
    std::size_t keys = 0;
    for (const Chunk &chunk : m_chunks)
        keys += chunk.run ? 0 : chunk.count;
    return keys;
}

std::size_t RowList::memoryBytes() const
{
    std::size_t bytes = sizeof(RowList) + m_chunks.capacity() * sizeof(Chunk)
                        + m_starts.capacity() * sizeof(std::size_t);
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.keys.capacity() * sizeof(qint64);
    return bytes;
}

std::vector<qint64> RowList::toVector() const
{
    std::vector<qint64> keys;
    keys.reserve(m_size);
    for (qint64 key : *this)
        keys.push_back(key);
    return keys;
}

bool RowList::operator==(const RowList &other) const
{
    if (m_size != other.m_size)
        return false;
    std::size_t a = 0, b = 0;             // chunks
    std::size_t aOffset = 0, bOffset = 0; // offsets in them
    while (a < m_chunks.size() && b < other.m_chunks.size()) {
        const Chunk &x = m_chunks[a];
        const Chunk &y = other.m_chunks[b];
        const std::size_t span = std::min(x.count - aOffset, y.count - bOffset);
        if (x.run && y.run) {
            if (x.at(aOffset) != y.at(bOffset))
                return false;
        } else {
            loaded(a);
            other.loaded(b);
            for (std::size_t i = 0; i < span; ++i) {
                if (x.at(aOffset + i) != y.at(bOffset + i))
                    return false;
            }
        }
        aOffset += span;
        bOffset += span;
        if (aOffset == x.count) {
            ++a;
            aOffset = 0;
        }
        if (bOffset == y.count) {
            ++b;
            bOffset = 0;
        }
    }
    return true;
}

bool RowList::isSameAs(const RowList &other) const
{
    if (m_size != other.m_size || m_chunks.size() != other.m_chunks.size())
        return false;
    for (std::size_t i = 0; i < m_chunks.size(); ++i) {
        const Chunk &x = m_chunks[i];
        const Chunk &y = other.m_chunks[i];
        if (x.run != y.run || x.count != y.count || x.spilled() != y.spilled())
            return false;
        if (x.run) {
            if (x.first != y.first)
                return false;
        } else if (x.spilled()) { // the file's bytes at an offset never change once written
            if (x.spilledAt != y.spilledAt || m_spill != other.m_spill)
                return false;
        } else if (x.keys != y.keys) {
            return false;
        }
    }
    return true;
}

qint64 RowList::const_iterator::operator*() const
{
    return m_list->loaded(m_chunk).at(m_offset);
}

RowList::const_iterator &RowList::const_iterator::operator++()
{
    if (++m_offset == m_list->m_chunks[m_chunk].count) {
        ++m_chunk;
        m_offset = 0;
    }
    return *this;
}

} // namespace rowbook

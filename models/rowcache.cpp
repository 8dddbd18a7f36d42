#include "rowcache.h"

namespace rowbook {

RowCache::RowCache(std::size_t maxPages, std::size_t maxSingles)
    : m_maxPages(maxPages)
    , m_maxSingles(maxSingles)
{}

const RowCache::Row *RowCache::find(qint64 key) const
{
    auto it = m_rows.constFind(key);
    return it == m_rows.constEnd() ? nullptr : &it.value();
}

RowCache::Row *RowCache::findToPatch(qint64 key)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end())
        return nullptr;
    ++m_generation;
    return &it.value();
}

void RowCache::addPage(const std::vector<std::pair<qint64, Row>> &rows,
                       std::optional<quint64> readAloneAfter)
{
    while (!m_pages.empty() && m_pages.size() >= m_maxPages) {
        for (qint64 key : m_pages.front()) {
            m_rows.remove(key);
            m_readAlone.remove(key);
        }
        m_pages.pop_front();
    }
    std::vector<qint64> keys;
    keys.reserve(rows.size());
    for (const auto &[key, row] : rows) {
        const auto alone = m_readAlone.constFind(key);
        if (alone != m_readAlone.cend()) {
            if (readAloneAfter && alone.value() > *readAloneAfter)
                continue;
            m_readAlone.erase(alone);
        }
        m_rows.insert(key, row);
        keys.push_back(key);
    }
    for (const auto &[key, row] : rows)
        m_stale.remove(key); // read again: the page's value or a newer one read alone
    m_pages.push_back(std::move(keys));
}

const RowCache::Row *RowCache::addSingle(qint64 key, const Row &row)
{
    m_singles.push_back(key);
    if (m_singles.size() > m_maxSingles) {
        m_rows.remove(m_singles.front());
        m_readAlone.remove(m_singles.front());
        m_singles.pop_front();
    }
    m_readAlone.insert(key, ++m_singlesRead);
    m_stale.remove(key);
    return &m_rows.insert(key, row).value();
}

void RowCache::remove(qint64 key)
{
    m_readAlone.remove(key);
    m_stale.remove(key);
    if (m_rows.remove(key))
        ++m_generation;
}

void RowCache::clear()
{
    ++m_generation;
    m_rows.clear();
    m_stale.clear();
    m_readAlone.clear();
    m_pages.clear();
    m_singles.clear();
}

void RowCache::keepOnly(const std::vector<qint64> &keys)
{
    std::vector<std::pair<qint64, Row>> kept;
    for (qint64 key : keys) {
        if (const Row *row = find(key))
            kept.emplace_back(key, *row);
    }
    clear();
    if (!kept.empty())
        addPage(kept);
}

void RowCache::expireAllBut(const std::vector<qint64> &keys)
{
    QHash<qint64, Row> expired = std::move(m_rows);
    clear(); // the rows that were stale already too
    std::vector<std::pair<qint64, Row>> kept;
    for (qint64 key : keys) {
        auto it = expired.find(key);
        if (it != expired.end()) {
            kept.emplace_back(key, it.value());
            expired.erase(it);
        }
    }
    if (!kept.empty())
        addPage(kept);
    m_stale = std::move(expired);
}

const RowCache::Row *RowCache::findStale(qint64 key) const
{
    auto it = m_stale.constFind(key);
    return it == m_stale.constEnd() ? nullptr : &it.value();
}

} // namespace rowbook

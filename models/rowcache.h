#pragma once

#include <QHash>
#include <QVariant>
#include <QVector>

#include <cstddef>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace rowbook {

// The stored rows TableModel has read, by row key, in bounded memory: whole pages (the newest
// `maxPages` are kept) and single rows read for an edit (the newest `maxSingles`). It holds no
// SQL and knows nothing of filters or order: TableModel reads, RowCache remembers and forgets.
class RowCache
{
public:
    using Row = QVector<QVariant>; // implicitly shared: copies are cheap

    RowCache(std::size_t maxPages, std::size_t maxSingles);

    // The row with `key`, or null when it is not in memory.
    const Row *find(qint64 key) const;
    // The same row to patch in place (after a save or a conflict), or null.
    Row *findToPatch(qint64 key);
    // A page's rows; the oldest page beyond maxPages is forgotten with its rows first, so the
    // new page keeps all of its own. With `readAloneAfter` (a singlesRead() taken when the page
    // was asked for on another thread), rows read alone since then stay as they are: they are
    // newer than the page.
    void addPage(const std::vector<std::pair<qint64, Row>> &rows,
                 std::optional<quint64> readAloneAfter = std::nullopt);
    // One row read alone; the oldest single row beyond maxSingles is forgotten. A page may hold
    // the same key: it is then read again when next shown.
    const Row *addSingle(qint64 key, const Row &row);
    // Counts the rows read alone so far (addSingle()).
    quint64 singlesRead() const { return m_singlesRead; }
    // Something the cache cannot see changed rows (a save committed): pages read before it are
    // dropped (generation()).
    void invalidatePagesInFlight() { ++m_generation; }
    void remove(qint64 key);
    void clear();
    // Forgets every row but those of `keys` that are in memory, which stay as one page.
    void keepOnly(const std::vector<qint64> &keys);
    // keepOnly(), after another program's commit: the other rows may be out of date, so they
    // must be read again, but until a page or a single read brings a row again it stays
    // findable with findStale(), for painting, which must not wait for the disk. Rows that were
    // stale already and never read again are forgotten: the cache stays bounded.
    void expireAllBut(const std::vector<qint64> &keys);
    // A row as it was before the last expireAllBut(), or null.
    const Row *findStale(qint64 key) const;

    std::size_t size() const { return std::size_t(m_rows.size()); }
    // Goes up with every change but an added page or row: rows read before it changed may be
    // older than what the cache holds now (a save patched them, another program changed them).
    quint64 generation() const { return m_generation; }

private:
    std::size_t m_maxPages;
    std::size_t m_maxSingles;
    quint64 m_generation = 0;
    quint64 m_singlesRead = 0;
    QHash<qint64, Row> m_rows;
    QHash<qint64, Row> m_stale;              // expired rows not read again yet
    QHash<qint64, quint64> m_readAlone;      // key -> singlesRead() when it was read alone
    std::deque<std::vector<qint64>> m_pages; // keys of each page, oldest first
    std::deque<qint64> m_singles;            // keys of rows read alone, oldest first
};

} // namespace rowbook

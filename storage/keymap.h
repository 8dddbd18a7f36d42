#pragma once

#include "rowkey.h"

#include <QByteArray>
#include <QMutex>
#include <QVariantList>

#include <memory>
#include <vector>

namespace rowbook {

// Row handles for a table whose rows are known by the values of a primary key rather than by one
// integer row id (PostgreSQL: a text or uuid key, or a key of several columns; SQLite: a table
// WITHOUT ROWID, whatever its key). The window's row lists, caches and edit store address rows by
// one 64-bit integer; such a table gives each key value it meets a handle (1, 2, 3... in the order
// they are first seen) and keeps the pair for as long as the document is open, so the same row has
// the same handle in every list, before and after a refresh. Negative handles stay what they
// are everywhere: rows added in the window and not saved yet. Shared by the GUI thread, the key
// loader and the page reader: every call locks.
//
// Keys are kept packed, one after another in blocks of bytes (text as UTF-8, a uuid's text as its
// 16 bytes), with an open addressing index of handles: about 40 bytes a row for a uuid key, where
// a QHash of RowKeys took over 250.
class KeyMap
{
public:
    KeyMap();
    ~KeyMap();
    KeyMap(const KeyMap &) = delete;
    KeyMap &operator=(const KeyMap &) = delete;

    // The handle of the row whose key columns hold `values` (in the primary key's order); a new
    // one when the key was not seen before. 0 for no values.
    qint64 handle(const QVariantList &values);
    qint64 handle(const RowKey &key);
    // The key a handle stands for; the null key for a handle this map did not give.
    RowKey key(qint64 handle) const;
    // The values to bind for a handle's key columns: empty for a handle this map did not give.
    QVariantList values(qint64 handle) const { return key(handle).values(); }
    std::size_t size() const;
    // The bytes the packed keys take (not counting the index of handles).
    std::size_t packedBytes() const;

private:
    static QByteArray pack(const RowKey &key);
    static RowKey unpack(const char *data, std::size_t size);
    // The packed key of handle `h` (1-based), whose bytes stay where they are.
    std::pair<const char *, std::size_t> packed(std::size_t h) const;
    void grow();

    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<char[]>> m_blocks; // packed keys; none spans two blocks
    std::size_t m_blockUsed = 0;                   // bytes used in the last block
    std::vector<quint64> m_where;                  // handle h: (block << 32) | offset, at h - 1
    std::vector<quint32> m_lengths;                // handle h: its packed key's length
    std::vector<quint32> m_hashes;                 // handle h: its packed key's hash
    std::vector<quint32> m_slots;                  // handles by hash; 0 is an empty slot
};

using KeyMapPtr = std::shared_ptr<KeyMap>;

} // namespace rowbook

#include "pagereader.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <limits>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PageReader)
};

quint32 be16(const uchar *p)
{
    return quint32(p[0]) << 8 | p[1];
}

quint32 be32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}

// A SQLite varint at p, reading no further than end. Returns the bytes used, 0 when cut off.
int readVarint(const uchar *p, const uchar *end, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (p + i >= end)
            return 0;
        if (i == 8) {
            *value = (v << 8) | p[i];
            return 9;
        }
        v = (v << 7) | (p[i] & 0x7f);
        if ((p[i] & 0x80) == 0) {
            *value = v;
            return i + 1;
        }
    }
    return 0;
}

bool isPageSize(quint32 size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

// Bytes a value of this serial type takes in the record body; -1 for the reserved types.
qint64 serialSize(quint64 type)
{
    static const int sizes[] = {0, 1, 2, 3, 4, 6, 8, 8, 0, 0, -1, -1};
    if (type < 12)
        return sizes[type];
    return qint64((type - 12) / 2);
}

qint64 signedInt(const uchar *p, int bytes)
{
    qint64 v = (p[0] & 0x80) ? -1 : 0;
    for (int i = 0; i < bytes; ++i)
        v = qint64(quint64(v) << 8 | p[i]);
    return v;
}

} // namespace

PageReader::PageReader(const QString &path)
    : m_file(path)
{}

bool PageReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = Text::tr("%1 cannot be read: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    m_data = m_size > 0 ? m_file.map(0, m_size) : nullptr;
    if (!m_data) {
        m_error = Text::tr("%1 is empty or cannot be read.").arg(m_file.fileName());
        return false;
    }
    if (m_size >= 100 && std::memcmp(m_data, "SQLite format 3", 16) == 0) {
        const quint32 size = be16(m_data + 16) == 1 ? 65536 : be16(m_data + 16);
        m_headerValid = isPageSize(size) && m_data[20] < size - 480;
        if (m_headerValid) {
            m_pageSize = int(size);
            m_reserved = m_data[20];
            const quint32 encoding = be32(m_data + 56);
            m_encoding = encoding >= 1 && encoding <= 3 ? int(encoding) : 1;
        }
    }
    if (!m_headerValid)
        m_pageSize = guessPageSize();
    if (m_pageSize == 0) {
        m_error = Text::tr("%1 is not a SQLite database: no page of it can be read.")
                      .arg(m_file.fileName());
        return false;
    }
    m_pageCount = quint32(m_size / m_pageSize);
    return true;
}

// With a damaged header, the page size that makes the most pages look like b-tree pages.
int PageReader::guessPageSize() const
{
    int best = 0;
    double bestShare = 0;
    for (quint32 size = 512; size <= 65536; size *= 2) {
        const qint64 pages = m_size / size;
        if (pages == 0)
            break;
        qint64 plausible = 0;
        for (qint64 i = 1; i < pages; ++i) {
            const uchar *p = m_data + i * size;
            const bool btree = p[0] == TableLeaf || p[0] == TableInterior || p[0] == IndexLeaf
                               || p[0] == IndexInterior;
            if (btree && 12 + 2 * be16(p + 3) <= size && be16(p + 5) <= size)
                ++plausible;
        }
        const double share = pages > 1 ? double(plausible) / double(pages - 1) : 0;
        if (plausible > 0 && share > bestShare) {
            bestShare = share;
            best = int(size);
        }
    }
    return best;
}

const uchar *PageReader::pageData(quint32 number) const
{
    if (number == 0 || number > m_pageCount)
        return nullptr;
    return m_data + qint64(number - 1) * m_pageSize;
}

PageReader::BtreePage PageReader::btreePage(quint32 number) const
{
    BtreePage page;
    page.number = number;
    const uchar *data = pageData(number);
    if (!data)
        return page;
    const int header = headerOffset(number);
    const quint8 type = data[header];
    if (type != TableLeaf && type != TableInterior && type != IndexLeaf && type != IndexInterior)
        return page;
    const bool interior = type == TableInterior || type == IndexInterior;
    const int arrayStart = header + (interior ? 12 : 8);
    const int cells = int(be16(data + header + 3));
    const int arrayEnd = arrayStart + 2 * cells;
    if (arrayEnd > usableSize())
        return page;
    page.cellOffsets.reserve(cells);
    for (int i = 0; i < cells; ++i) {
        const quint16 offset = quint16(be16(data + arrayStart + 2 * std::ptrdiff_t(i)));
        if (offset >= arrayEnd && offset < usableSize())
            page.cellOffsets << offset; // a pointer out of bounds loses that cell only
    }
    if (interior)
        page.rightChild = be32(data + header + 8);
    page.type = type;
    return page;
}

bool PageReader::readPayload(const uchar *cell,
                             int cellBytes,
                             qint64 payloadSize,
                             QByteArray *payload,
                             QVector<quint32> *overflow) const
{
    const qint64 usable = usableSize();
    const qint64 maxLocal = usable - 35;
    qint64 local = payloadSize;
    if (payloadSize > maxLocal) {
        const qint64 minLocal = (usable - 12) * 32 / 255 - 23;
        const qint64 k = minLocal + (payloadSize - minLocal) % (usable - 4);
        local = k <= maxLocal ? k : minLocal;
    }
    const bool spills = local < payloadSize;
    if (payloadSize > qint64(m_pageCount) * usable || local + (spills ? 4 : 0) > cellBytes)
        return false;
    payload->reserve(int(payloadSize));
    payload->append(reinterpret_cast<const char *>(cell), int(local));
    quint32 next = spills ? be32(cell + local) : 0;
    QSet<quint32> seen;
    while (payload->size() < payloadSize) {
        const uchar *data = pageData(next);
        if (!data || seen.contains(next) || next == 1)
            return false; // the chain is broken: this cell cannot be read whole
        seen.insert(next);
        overflow->append(next);
        const qint64 take = std::min<qint64>(usable - 4, payloadSize - payload->size());
        payload->append(reinterpret_cast<const char *>(data + 4), int(take));
        next = be32(data);
    }
    return true;
}

bool PageReader::decodeRecord(const QByteArray &payload, QVector<QVariant> *values) const
{
    const auto *begin = reinterpret_cast<const uchar *>(payload.constData());
    const uchar *end = begin + payload.size();
    quint64 headerSize = 0;
    int used = readVarint(begin, end, &headerSize);
    if (used == 0 || headerSize < quint64(used) || headerSize > quint64(payload.size()))
        return false;
    QVector<quint64> types;
    const uchar *p = begin + used;
    qint64 bodySize = 0;
    while (p < begin + headerSize) {
        quint64 type = 0;
        const int n = readVarint(p, begin + headerSize, &type);
        if (n == 0 || serialSize(type) < 0)
            return false;
        p += n;
        types << type;
        bodySize += serialSize(type);
        if (bodySize > payload.size())
            return false;
    }
    if (qint64(headerSize) + bodySize != payload.size())
        return false;
    const uchar *body = begin + headerSize;
    values->reserve(types.size());
    for (const quint64 type : std::as_const(types)) {
        const int size = int(serialSize(type));
        if (type == 0) {
            values->append(QVariant());
        } else if (type <= 6) {
            values->append(signedInt(body, size));
        } else if (type == 7) {
            const quint64 bits = quint64(signedInt(body, 8));
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            values->append(d);
        } else if (type == 8 || type == 9) {
            values->append(qint64(type == 9));
        } else if (type % 2 == 0) {
            values->append(QByteArray(reinterpret_cast<const char *>(body), size));
        } else if (m_encoding == 1) {
            values->append(QString::fromUtf8(reinterpret_cast<const char *>(body), size));
        } else {
            QStringDecoder decoder(m_encoding == 2 ? QStringConverter::Utf16LE
                                                   : QStringConverter::Utf16BE);
            values->append(QString(decoder(QByteArrayView(body, size))));
        }
        body += size;
    }
    return true;
}

QVector<PageReader::Cell> PageReader::tableLeafCells(const BtreePage &page, int *skipped) const
{
    QVector<Cell> cells;
    const uchar *data = pageData(page.number);
    if (!data || page.type != TableLeaf)
        return cells;
    const uchar *end = data + usableSize();
    int bad = 0;
    for (const quint16 offset : page.cellOffsets) {
        const uchar *p = data + offset;
        quint64 payloadSize = 0;
        quint64 rowid = 0;
        const int a = readVarint(p, end, &payloadSize);
        const int b = a ? readVarint(p + a, end, &rowid) : 0;
        Cell cell;
        cell.rowid = qint64(rowid);
        QByteArray payload;
        if (b == 0 || payloadSize > quint64(1) << 31
            || !readPayload(p + a + b, int(end - p) - a - b, qint64(payloadSize), &payload,
                            &cell.overflowPages)
            || !decodeRecord(payload, &cell.values)) {
            ++bad;
            continue;
        }
        cells << cell;
    }
    if (skipped)
        *skipped = bad;
    return cells;
}

QVector<PageReader::ChildPointer> PageReader::tableInteriorChildren(const BtreePage &page) const
{
    QVector<ChildPointer> children;
    const uchar *data = pageData(page.number);
    if (!data || page.type != TableInterior)
        return children;
    const uchar *end = data + usableSize();
    for (const quint16 offset : page.cellOffsets) {
        quint64 key = 0;
        if (offset + 4 >= usableSize() || readVarint(data + offset + 4, end, &key) == 0)
            continue;
        children << ChildPointer{be32(data + offset), qint64(key)};
    }
    children << ChildPointer{page.rightChild, std::numeric_limits<qint64>::max()};
    return children;
}

QVector<quint32> PageReader::indexInteriorChildren(const BtreePage &page) const
{
    QVector<quint32> children;
    const uchar *data = pageData(page.number);
    if (!data || page.type != IndexInterior)
        return children;
    for (const quint16 offset : page.cellOffsets) {
        if (offset + 4 <= usableSize())
            children << be32(data + offset);
    }
    children << page.rightChild;
    return children;
}

QVector<quint32> PageReader::freelistPages() const
{
    QVector<quint32> pages;
    if (!m_headerValid)
        return pages;
    QSet<quint32> seen;
    quint32 trunk = be32(m_data + 32);
    const quint32 maxLeaves = quint32(usableSize() / 4 - 2);
    while (const uchar *data = pageData(trunk)) {
        if (seen.contains(trunk))
            break;
        seen.insert(trunk);
        pages << trunk;
        const quint32 leaves = std::min(be32(data + 4), maxLeaves);
        for (quint32 i = 0; i < leaves; ++i) {
            const quint32 leaf = be32(data + 8 + 4 * std::size_t(i));
            if (leaf >= 1 && leaf <= m_pageCount)
                pages << leaf;
        }
        trunk = be32(data);
    }
    return pages;
}

} // namespace rowbook

#include "keymap.h"

#include <QDataStream>
#include <QHashFunctions>
#include <QIODevice>
#include <QMutexLocker>

#include <cstring>

namespace rowbook {

namespace {

constexpr std::size_t blockSize = std::size_t(1) << 20;

void putLength(QByteArray &out, std::size_t length)
{
    do {
        const auto low = char(length & 0x7f);
        length >>= 7;
        out.append(length ? char(low | 0x80) : low);
    } while (length);
}

std::size_t takeLength(const char *&at)
{
    std::size_t length = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = quint8(*at++);
        length |= std::size_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return length;
    }
}

template<typename Number>
Number takeNumber(const char *&at)
{
    Number number{};
    std::memcpy(&number, at, sizeof number);
    at += sizeof number;
    return number;
}

void putBytes(QByteArray &out, char tag, const QByteArray &bytes)
{
    out.append(tag);
    putLength(out, std::size_t(bytes.size()));
    out.append(bytes);
}

// A uuid as PostgreSQL writes it: 36 characters, lower-case hex digits and four dashes.
constexpr int uuidLength = 36;
constexpr int uuidBytes = 16;

bool isDash(int i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

// The 16 bytes of `text` when it is a uuid in exactly that form (the only form packed this way,
// so unpacking gives back the same text); false for any other text.
bool packUuid(const QString &text, QByteArray &out)
{
    if (text.size() != uuidLength)
        return false;
    char bytes[uuidBytes];
    int nibble = 0;
    for (int i = 0; i < uuidLength; ++i) {
        const char16_t c = text.at(i).unicode();
        if (isDash(i)) {
            if (c != u'-')
                return false;
            continue;
        }
        int value = -1;
        if (c >= u'0' && c <= u'9')
            value = c - u'0';
        else if (c >= u'a' && c <= u'f')
            value = c - u'a' + 10;
        if (value < 0)
            return false;
        if (nibble % 2 == 0)
            bytes[nibble / 2] = char(value << 4);
        else
            bytes[nibble / 2] = char(bytes[nibble / 2] | value);
        ++nibble;
    }
    out.append('u').append(bytes, uuidBytes);
    return true;
}

QString unpackUuid(const char *&at)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString text(uuidLength, Qt::Uninitialized);
    int nibble = 0;
    for (int i = 0; i < uuidLength; ++i) {
        if (isDash(i)) {
            text[i] = QLatin1Char('-');
            continue;
        }
        const auto byte = quint8(at[nibble / 2]);
        text[i] = QLatin1Char(digits[nibble % 2 == 0 ? byte >> 4 : byte & 0xf]);
        ++nibble;
    }
    at += uuidBytes;
    return text;
}

} // namespace

KeyMap::KeyMap()
    : m_slots(1024, 0)
{}

KeyMap::~KeyMap() = default;

// A key as bytes that are equal exactly when the keys are: each value's kind, then the value
// (text as UTF-8, numbers as their 8 bytes; any other type as Qt streams it). Text that is a
// uuid as the server writes it takes 17 bytes instead of 38: most keys that are not integers
// are uuids.
QByteArray KeyMap::pack(const RowKey &key)
{
    QByteArray out;
    const QVariantList values = key.values();
    for (const QVariant &value : values) {
        if (value.isNull()) {
            out.append('n');
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString text = value.toString();
            if (!packUuid(text, out))
                putBytes(out, 's', text.toUtf8());
            break;
        }
        case QMetaType::LongLong: {
            const qint64 number = value.toLongLong();
            out.append('i').append(reinterpret_cast<const char *>(&number), sizeof number);
            break;
        }
        case QMetaType::Double: {
            const double number = value.toDouble();
            out.append('d').append(reinterpret_cast<const char *>(&number), sizeof number);
            break;
        }
        case QMetaType::QByteArray:
            putBytes(out, 'b', value.toByteArray());
            break;
        default: {
            QByteArray streamed;
            QDataStream stream(&streamed, QIODevice::WriteOnly);
            stream << value;
            putBytes(out, 'q', streamed);
            break;
        }
        }
    }
    return out;
}

RowKey KeyMap::unpack(const char *data, std::size_t size)
{
    QVariantList values;
    const char *at = data;
    const char *end = data + size;
    while (at < end) {
        const char tag = *at++;
        switch (tag) {
        case 'n':
            values << QVariant();
            break;
        case 'i':
            values << QVariant(takeNumber<qint64>(at));
            break;
        case 'd':
            values << QVariant(takeNumber<double>(at));
            break;
        case 'u':
            values << QVariant(unpackUuid(at));
            break;
        default: {
            const std::size_t length = takeLength(at);
            const QByteArray bytes(at, qsizetype(length));
            at += length;
            if (tag == 's') {
                values << QVariant(QString::fromUtf8(bytes));
            } else if (tag == 'b') {
                values << QVariant(bytes);
            } else {
                QDataStream stream(bytes);
                QVariant value;
                stream >> value;
                values << value;
            }
            break;
        }
        }
    }
    return RowKey::fromValues(values);
}

std::pair<const char *, std::size_t> KeyMap::packed(std::size_t h) const
{
    const quint64 where = m_where[h - 1];
    return {m_blocks[std::size_t(where >> 32)].get() + (where & 0xffffffffU), m_lengths[h - 1]};
}

void KeyMap::grow()
{
    std::vector<quint32> index(m_slots.size() * 2, 0);
    const std::size_t mask = index.size() - 1;
    for (std::size_t h = 1; h <= m_hashes.size(); ++h) {
        std::size_t i = m_hashes[h - 1] & mask;
        while (index[i] != 0)
            i = (i + 1) & mask;
        index[i] = quint32(h);
    }
    m_slots.swap(index);
}

qint64 KeyMap::handle(const QVariantList &values)
{
    return handle(RowKey::fromValues(values));
}

qint64 KeyMap::handle(const RowKey &key)
{
    if (key.isNull())
        return 0;
    const QByteArray bytes = pack(key);
    const auto length = std::size_t(bytes.size());
    const auto hash = quint32(qHashBits(bytes.constData(), length));
    const QMutexLocker lock(&m_mutex);
    std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    for (; m_slots[i] != 0; i = (i + 1) & mask) {
        const std::size_t h = m_slots[i];
        if (m_hashes[h - 1] != hash || m_lengths[h - 1] != length)
            continue;
        if (std::memcmp(packed(h).first, bytes.constData(), length) == 0)
            return qint64(h);
    }
    // A new key: packed at the end of the last block (a block of its own when it is longer).
    if (m_blocks.empty() || m_blockUsed + length > blockSize) {
        m_blocks.push_back(std::make_unique<char[]>(std::max(blockSize, length)));
        m_blockUsed = 0;
    }
    std::memcpy(m_blocks.back().get() + m_blockUsed, bytes.constData(), length);
    m_where.push_back((quint64(m_blocks.size() - 1) << 32) | quint64(m_blockUsed));
    m_lengths.push_back(quint32(length));
    m_hashes.push_back(hash);
    m_blockUsed += length;
    const std::size_t h = m_where.size();
    m_slots[i] = quint32(h);
    if (h * 10 > m_slots.size() * 7)
        grow();
    return qint64(h);
}

RowKey KeyMap::key(qint64 handle) const
{
    const QMutexLocker lock(&m_mutex);
    if (handle <= 0 || std::size_t(handle) > m_where.size())
        return {};
    const auto [data, length] = packed(std::size_t(handle));
    return unpack(data, length);
}

std::size_t KeyMap::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_where.size();
}

std::size_t KeyMap::packedBytes() const
{
    const QMutexLocker lock(&m_mutex);
    std::size_t bytes = 0;
    for (const quint32 length : m_lengths)
        bytes += length;
    return bytes;
}

} // namespace rowbook

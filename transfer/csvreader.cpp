#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <optional>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// Windows-1252 differs from Latin-1 in 0x80..0x9f only (the five unassigned bytes map to the
// C1 controls of the same value, as Windows does).
constexpr char16_t windows1252High[32]
    = {0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
       0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178};

QString normalized(const QString &name)
{
    return name.trimmed().toLower().remove(QLatin1Char('_'));
}

bool isUtf8Name(const QString &n)
{
    return n == QLatin1String("utf-8") || n == QLatin1String("utf8");
}

bool isWindows1252Name(const QString &n)
{
    return n == QLatin1String("windows-1252") || n == QLatin1String("cp1252")
           || n == QLatin1String("win-1252") || n == QLatin1String("windows1252");
}

std::optional<QStringConverter::Encoding> builtinEncoding(const QString &n)
{
    if (n == QLatin1String("latin1") || n == QLatin1String("latin-1")
        || n == QLatin1String("iso-8859-1") || n == QLatin1String("iso8859-1"))
        return QStringConverter::Latin1;
    if (n == QLatin1String("utf-16") || n == QLatin1String("utf16"))
        return QStringConverter::Utf16;
    if (n == QLatin1String("utf-16le"))
        return QStringConverter::Utf16LE;
    if (n == QLatin1String("utf-16be"))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

// Converts chunks of a non-UTF-8 file to UTF-8, keeping state across chunk boundaries.
class CsvReader::Decoder
{
public:
    explicit Decoder(QStringConverter::Encoding encoding)
        : m_decoder(encoding)
    {}
    explicit Decoder(const QString &name, bool windows1252)
        : m_windows1252(windows1252)
    {
        if (!windows1252)
            m_decoder = QStringDecoder(name.toLatin1().constData());
    }
    bool isValid() const { return m_windows1252 || m_decoder.isValid(); }
    QByteArray toUtf8(const QByteArray &raw)
    {
        if (!m_windows1252) {
            // A surrogate pair may be split between two reads: keep a trailing high surrogate.
            QString text = m_pending + QString(m_decoder(raw));
            m_pending.clear();
            if (!text.isEmpty() && text.back().isHighSurrogate()) {
                m_pending = text.back();
                text.chop(1);
            }
            return text.toUtf8();
        }
        QString text(raw.size(), Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(text.data());
        for (const char c : raw) {
            const auto b = static_cast<unsigned char>(c);
            *out++ = (b >= 0x80 && b < 0xa0) ? windows1252High[b - 0x80] : char16_t(b);
        }
        return text.toUtf8();
    }

private:
    QStringDecoder m_decoder;
    QString m_pending;
    bool m_windows1252 = false;
};

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options())
{}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_delimiter(options.delimiter)
    , m_chunkSize(std::max<qint64>(1, options.chunkSize))
{}

CsvReader::~CsvReader() = default;

bool CsvReader::isKnownEncoding(const QString &name)
{
    const QString n = normalized(name);
    if (n.isEmpty() || isUtf8Name(n) || isWindows1252Name(n) || builtinEncoding(n))
        return true;
    return Decoder(name, false).isValid();
}

char CsvReader::detectDelimiter(QByteArrayView sample)
{
    static constexpr char candidates[] = {',', ';', '\t', '|'};
    constexpr int maxLines = 20;
    char best = ',';
    int bestScore = 0;
    for (const char candidate : candidates) {
        std::vector<int> counts{0};
        bool quoted = false;
        for (qsizetype i = 0; i < sample.size() && int(counts.size()) <= maxLines; ++i) {
            const char c = sample[i];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == candidate)
                ++counts.back();
            else if (!quoted && c == '\n')
                counts.push_back(0);
        }
        if (counts.size() > 1 && counts.back() == 0)
            counts.pop_back(); // a partial or empty last line says nothing
        const int first = counts.front();
        const bool consistent
            = std::all_of(counts.begin(), counts.end(), [first](int n) { return n == first; });
        // Consistent counts on every line beat any inconsistent total.
        const int score = consistent ? 1000000 + first : first;
        if (first > 0 && score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

bool CsvReader::start()
{
    m_started = true;
    const QString name = normalized(m_options.encoding);
    // Enough for a byte order mark, and for delimiter detection a sample of the first lines.
    const qint64 wanted = m_delimiter ? 4 : 64 * 1024;
    QByteArray first;
    while (!m_eof && first.size() < wanted) {
        const QByteArray raw = m_device->read(m_chunkSize);
        first += raw;
        m_eof = raw.size() < m_chunkSize && m_device->atEnd();
        if (raw.isEmpty() && !m_eof) {
            m_error = TransferError::make(
                TransferError::Input,
                Text::tr("The file cannot be read: %1").arg(m_device->errorString()), 1, 1);
            return false;
        }
    }
    m_bytesRead += first.size();

    if (first.startsWith("\xef\xbb\xbf") && (name.isEmpty() || isUtf8Name(name))) {
        first.remove(0, 3);
        m_encodingName = QStringLiteral("UTF-8");
    } else if (name.isEmpty() && (first.startsWith("\xff\xfe") || first.startsWith("\xfe\xff"))) {
        const bool littleEndian = first.startsWith("\xff\xfe");
        first.remove(0, 2);
        m_decoder = std::make_unique<Decoder>(littleEndian ? QStringConverter::Utf16LE
                                                           : QStringConverter::Utf16BE);
        m_encodingName = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (name.isEmpty() || isUtf8Name(name)) {
        m_encodingName = QStringLiteral("UTF-8");
    } else if (isWindows1252Name(name)) {
        m_decoder = std::make_unique<Decoder>(name, true);
        m_encodingName = QStringLiteral("windows-1252");
    } else if (const auto builtin = builtinEncoding(name)) {
        m_decoder = std::make_unique<Decoder>(*builtin);
        m_encodingName = m_options.encoding;
    } else {
        m_decoder = std::make_unique<Decoder>(m_options.encoding, false);
        if (!m_decoder->isValid()) {
            m_error = TransferError::make(
                TransferError::Usage, Text::tr("Unknown encoding “%1”.").arg(m_options.encoding));
            return false;
        }
        m_encodingName = m_options.encoding;
    }
    m_validateUtf8 = !m_decoder;
    append(first);
    if (m_delimiter == 0)
        m_delimiter = detectDelimiter(QByteArrayView(m_buffer).first(
            std::min<qsizetype>(m_buffer.size(), qsizetype(64) * 1024)));
    return true;
}

void CsvReader::append(const QByteArray &raw)
{
    if (m_decoder)
        m_buffer.append(m_decoder->toUtf8(raw));
    else
        m_buffer.append(raw);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    // Read at least as much as is already buffered, so a huge record is not parsed over and over.
    const qint64 size = std::max<qint64>(m_chunkSize, m_buffer.size());
    const QByteArray raw = m_device->read(size);
    m_bytesRead += raw.size();
    if (raw.size() < size && m_device->atEnd())
        m_eof = true;
    if (raw.isEmpty() && !m_eof) {
        m_error = TransferError::make(
            TransferError::Input,
            Text::tr("The file cannot be read: %1").arg(m_device->errorString()), m_line, 1);
        return false;
    }
    append(raw);
    return true;
}

bool CsvReader::readRecord()
{
    if (m_error.isError() || (!m_started && !start()))
        return false;
    for (;;) {
        switch (parse()) {
        case Parse::Record:
            if (m_fields.size() == 1 && m_fields[0].size == 0 && !m_fields[0].quoted)
                continue; // a blank line
            return true;
        case Parse::NeedMore:
            if (!fill() && m_error.isError())
                return false;
            continue;
        case Parse::End:
        case Parse::Error:
            m_fields.clear();
            return false;
        }
    }
}

// The CSV state machine: one pass over the buffer per record, kept in one piece so the hot loop
// stays readable as the RFC 4180 grammar it follows.
// NOLINTNEXTLINE(readability-function-size)
CsvReader::Parse CsvReader::parse()
{
    const char *begin = m_buffer.constData();
    const char *end = begin + m_buffer.size();
    const char *p = begin + m_pos;
    if (p == end)
        return m_eof ? Parse::End : Parse::NeedMore;

    m_fields.clear();
    m_fieldStarts.clear();
    m_scratch.clear();
    const char delimiter = m_delimiter;
    int newlines = 0;
    unsigned char high = 0;
    qsizetype contentEnd = m_pos;
    for (;;) {
        m_fieldStarts.push_back(p - begin);
        Field field;
        if (p < end && *p == '"') {
            const char *open = p++;
            field.quoted = true;
            field.data = p;
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!quote) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error
                        = errorAt(open - begin,
                                  Text::tr("The quoted field that starts here has no closing quote "
                                           "(expected \" before the end of the file)."));
                    return Parse::Error;
                }
                for (const char *c = p; c < quote; ++c) {
                    high |= static_cast<unsigned char>(*c);
                    newlines += *c == '\n';
                }
                if (field.scratchOffset >= 0)
                    m_scratch.append(p, size_t(quote - p));
                p = quote + 1;
                if (p == end && !m_eof)
                    return Parse::NeedMore;
                if (p < end && *p == '"') { // a doubled quote: one quote in the value
                    if (field.scratchOffset < 0) {
                        field.scratchOffset = qsizetype(m_scratch.size());
                        m_scratch.append(field.data, size_t(p - field.data));
                    } else {
                        m_scratch.push_back('"');
                    }
                    ++p;
                    continue;
                }
                field.size = field.scratchOffset >= 0
                                 ? qsizetype(m_scratch.size()) - field.scratchOffset
                                 : quote - field.data;
                break;
            }
            if (p < end && *p != delimiter && *p != '\n' && *p != '\r') {
                m_error = errorAt(p - begin,
                                  Text::tr("Expected a delimiter or the end of the line after "
                                           "the closing quote, found “%1”.")
                                      .arg(QString::fromUtf8(p, 1)));
                return Parse::Error;
            }
        } else {
            field.data = p;
            while (p < end) {
                const char c = *p;
                if (c == delimiter || c == '\n' || c == '\r')
                    break;
                high |= static_cast<unsigned char>(c);
                ++p;
            }
            if (p == end && !m_eof)
                return Parse::NeedMore;
            field.size = p - field.data;
        }
        m_fields.push_back(field);
        contentEnd = p - begin;
        if (p == end)
            break;
        if (*p == delimiter) {
            ++p;
            continue;
        }
        if (*p == '\r') {
            ++p;
            if (p == end && !m_eof)
                return Parse::NeedMore; // is it CRLF?
            if (p < end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        ++newlines;
        break;
    }

    if ((high & 0x80) && m_validateUtf8) {
        const qsizetype bad = invalidUtf8(begin + m_pos, p);
        if (bad >= 0) {
            m_error = errorAt(m_pos + bad,
                              Text::tr("The text is not valid UTF-8 here (expected UTF-8; name the "
                                       "file's encoding, for example windows-1252)."));
            return Parse::Error;
        }
    }
    for (Field &f : m_fields) {
        if (f.scratchOffset >= 0)
            f.data = m_scratch.data() + f.scratchOffset;
    }
    m_recordStart = m_pos;
    m_recordContentEnd = contentEnd;
    m_recordLine = m_line;
    m_line += newlines;
    m_pos = p - begin;
    return Parse::Record;
}

TransferError CsvReader::errorAt(qsizetype offset, const QString &message) const
{
    // Errors are always inside the record being parsed, which starts at m_pos on line m_line.
    return errorFrom(m_pos, m_line, offset, message);
}

TransferError CsvReader::errorAtField(int index, const QString &message) const
{
    // The record was accepted, so its start is m_recordStart on m_recordLine.
    const qsizetype offset
        = index < int(m_fieldStarts.size()) ? m_fieldStarts[size_t(index)] : m_recordContentEnd;
    return errorFrom(m_recordStart, m_recordLine, offset, message);
}

TransferError
CsvReader::errorFrom(qsizetype start, int line, qsizetype offset, const QString &message) const
{
    // Counts lines from `start` (on `line`) to `offset`, and characters, not bytes, in the last.
    qsizetype lineStart = start;
    for (qsizetype i = start; i < offset; ++i) {
        if (m_buffer.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        column += (static_cast<unsigned char>(m_buffer.at(i)) & 0xc0) != 0x80;
    return TransferError::make(TransferError::Input, message, line, column);
}

qsizetype CsvReader::invalidUtf8(const char *begin, const char *end)
{
    const auto *s = reinterpret_cast<const unsigned char *>(begin);
    const auto *e = reinterpret_cast<const unsigned char *>(end);
    const auto *p = s;
    while (p < e) {
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xbf; // allowed range of the second byte
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b == 0xe0)
                low = 0xa0; // no overlong forms
            else if (b == 0xed)
                high = 0x9f; // no surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b == 0xf0)
                low = 0x90;
            else if (b == 0xf4)
                high = 0x8f; // nothing above U+10FFFF
        } else {
            return p - s;
        }
        if (e - p < length || p[1] < low || p[1] > high)
            return p - s;
        for (int i = 2; i < length; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return p - s;
        }
        p += length;
    }
    return -1;
}

} // namespace rowbook

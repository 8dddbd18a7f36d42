#include "rowwriter.h"

#include "typeinference.h"

#include <QVariant>

#include <charconv>
#include <cmath>

namespace rowbook {

RowWriter::RowWriter(QIODevice *device, bool json)
    : m_device(device)
    , m_json(json)
{
    m_buffer.reserve(flushAt + qsizetype(64) * 1024);
}

void RowWriter::putInteger(qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, result.ptr - digits);
}

// Shortest text that reads back as the same double, always with a fraction or exponent.
void RowWriter::putReal(double value)
{
    if (!std::isfinite(value)) {
        put(m_json ? QByteArrayView("null")
                   : (std::isnan(value)
                          ? QByteArrayView("")
                          : (value > 0 ? QByteArrayView("9e999") : QByteArrayView("-9e999"))));
        return;
    }
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    const QByteArrayView text(digits, result.ptr - digits);
    m_buffer.append(text);
    if (!text.contains('.') && !text.contains('e'))
        m_buffer.append(".0");
}

void RowWriter::putText(QByteArrayView utf8)
{
    if (m_json)
        putJsonText(utf8);
    else
        putCsvText(utf8);
}

void RowWriter::putBlob(QByteArrayView bytes)
{
    if (m_json) {
        put("{\"$blob\":\"");
        m_buffer.append(bytes.toByteArray().toBase64());
        put("\"}");
    } else {
        put("X'");
        m_buffer.append(bytes.toByteArray().toHex());
        put('\'');
    }
}

void RowWriter::putNull()
{
    if (m_json)
        put("null");
}

void RowWriter::putValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        putInteger(value.toLongLong());
        break;
    case QMetaType::Double:
        putReal(value.toDouble());
        break;
    case QMetaType::QByteArray:
        putBlob(value.toByteArray());
        break;
    default:
        if (value.isNull())
            putNull();
        else
            putText(value.toString().toUtf8());
    }
}

bool RowWriter::flush()
{
    const bool ok = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return ok;
}

// Quoted when needed, and also when the text reads as a number or a blob literal, so that an
// import into a column without a type keeps it as text.
void RowWriter::putCsvText(QByteArrayView text)
{
    bool quote = text.isEmpty() || classifyText(text) != ValueShape::Text;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        put(text);
        return;
    }
    put('"');
    for (const char c : text) {
        if (c == '"')
            put('"');
        put(c);
    }
    put('"');
}

void RowWriter::putJsonText(QByteArrayView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    put('"');
    qsizetype plain = 0; // start of the run of bytes that need no escaping
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(text.sliced(plain, i - plain));
        plain = i + 1;
        put('\\');
        switch (c) {
        case '"':
        case '\\':
            put(char(c));
            break;
        case '\n':
            put('n');
            break;
        case '\r':
            put('r');
            break;
        case '\t':
            put('t');
            break;
        default:
            put(QByteArrayView("u00"));
            put(hex[c >> 4]);
            put(hex[c & 0xf]);
        }
    }
    put(text.sliced(plain));
    put('"');
}

} // namespace rowbook

#include "jsonreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

// What QJsonDocument's error means at the place it points to, in the user's words, and where
// that place is: Qt's offset is one past the token it stopped at, except for text after the
// document and a string left open.
QString jsonProblem(const QJsonParseError &error, qsizetype *offset)
{
    using E = QJsonParseError;
    if (error.error != E::GarbageAtEnd && error.error != E::UnterminatedString && *offset > 0)
        --*offset;
    switch (error.error) {
    case E::UnterminatedObject:
        return Text::tr("Expected “,” or “}” here.");
    case E::MissingNameSeparator:
        return Text::tr("Expected “:” after the name here.");
    case E::UnterminatedArray:
    case E::MissingValueSeparator:
        return Text::tr("Expected “,” or “]” here.");
    case E::IllegalValue:
        return Text::tr("Expected a value here: a string in double quotes, a number, true, false, "
                        "null, an object or an array.");
    case E::IllegalNumber:
    case E::TerminationByNumber:
        return Text::tr("This is not a valid number.");
    case E::MissingObject:
        return Text::tr("Expected a name or a value here.");
    case E::UnterminatedString:
        return Text::tr("A string is not closed (expected “\"”).");
    default:
        return Text::tr("Invalid JSON here: %1.").arg(error.errorString());
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

constexpr qint64 chunkSize = 1 << 20;

} // namespace

JsonReader::JsonReader(QIODevice *device, Layout layout)
    : m_device(device)
    , m_layout(layout)
{}

bool JsonReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.remove(0, m_pos);
    m_lineStart -= m_pos;
    m_pos = 0;
    const qint64 size = std::max<qint64>(chunkSize, m_buffer.size());
    const QByteArray raw = m_device->read(size);
    m_bytesRead += raw.size();
    if (raw.size() < size && m_device->atEnd())
        m_eof = true;
    if (raw.isEmpty() && !m_eof) {
        m_eof = true;
        m_error = TransferError::make(
            TransferError::Input,
            Text::tr("The file cannot be read: %1").arg(m_device->errorString()), m_line, 1);
        return false;
    }
    m_buffer.append(raw);
    return true;
}

void JsonReader::consume(qsizetype to)
{
    for (qsizetype i = m_pos; i < to; ++i) {
        if (m_buffer.at(i) == '\n') {
            ++m_line;
            m_lineStart = i + 1;
        }
    }
    m_pos = to;
}

bool JsonReader::skipSpace()
{
    for (;;) {
        qsizetype i = m_pos;
        while (i < m_buffer.size() && isSpace(m_buffer.at(i)))
            ++i;
        consume(i);
        if (m_pos < m_buffer.size())
            return true;
        if (!fill())
            return false;
    }
}

void JsonReader::setError(qsizetype offset, const QString &message)
{
    int line = m_line;
    qsizetype lineStart = m_lineStart;
    for (qsizetype i = m_pos; i < offset && i < m_buffer.size(); ++i) {
        if (m_buffer.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = std::max<qsizetype>(lineStart, 0); i < offset && i < m_buffer.size(); ++i)
        column += (static_cast<unsigned char>(m_buffer.at(i)) & 0xc0) != 0x80;
    m_error = TransferError::make(TransferError::Input, message, line, column);
}

JsonReader::Scan JsonReader::scanObject(qsizetype *end)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = -1;
    qsizetype stringEnd = -1; // the last string at depth 1: the key when a ':' follows
    m_keyRanges.clear();
    m_valueRanges.clear();
    const auto endValue = [this](qsizetype at) {
        if (!m_valueRanges.empty() && m_valueRanges.back().second < 0)
            m_valueRanges.back().second = at - m_pos;
    };
    const char *data = m_buffer.constData();
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                stringEnd = i + 1;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == ':' && depth == 1 && stringEnd > stringStart) {
            m_keyRanges.push_back({stringStart - m_pos, stringEnd - m_pos});
            endValue(i);
            m_valueRanges.push_back({i + 1 - m_pos, -1});
        } else if (c == ',' && depth == 1) {
            endValue(i);
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                endValue(i);
                *end = i + 1;
                return Scan::Found;
            }
        }
    }
    return m_eof ? Scan::Error : Scan::NeedMore;
}

// The JSON array/lines state machine: where in the file the next object starts and what may
// stand between two objects; the object itself is parsed by QJsonDocument.
// NOLINTNEXTLINE(readability-function-size)
bool JsonReader::readObject()
{
    if (m_error.isError() || m_done)
        return false;
    if (!m_started) {
        m_started = true;
        fill();
        if (m_buffer.startsWith("\xef\xbb\xbf"))
            m_pos = m_lineStart = 3;
        if (!skipSpace()) {
            m_done = true; // an empty file holds no objects
            return false;
        }
        const char first = m_buffer.at(m_pos);
        if (m_layout == Layout::Detect)
            m_layout = first == '[' ? Layout::Array : Layout::Lines;
        if (m_layout == Layout::Array) {
            if (first != '[') {
                setError(m_pos, Text::tr("Expected “[” at the start of a JSON array of objects."));
                return false;
            }
            consume(m_pos + 1);
        }
    }

    const bool array = m_layout == Layout::Array;
    if (!skipSpace()) {
        if (m_error.isError())
            return false;
        if (array) {
            setError(m_pos, Text::tr("The array has no closing “]” (expected “,” or “]”)."));
            return false;
        }
        m_done = true;
        return false;
    }
    if (array) {
        const char c = m_buffer.at(m_pos);
        if (c == ']') {
            consume(m_pos + 1);
            if (skipSpace()) {
                setError(m_pos, Text::tr("Expected the end of the file after the closing “]”."));
                return false;
            }
            m_done = !m_error.isError();
            return false;
        }
        if (m_expectComma) {
            if (c != ',') {
                setError(m_pos, Text::tr("Expected “,” or “]” after an object."));
                return false;
            }
            consume(m_pos + 1);
            if (!skipSpace()) {
                setError(m_pos, Text::tr("The array has no closing “]” (expected an object)."));
                return false;
            }
        }
    }
    if (m_buffer.at(m_pos) != '{') {
        setError(m_pos, Text::tr("Expected “{” (a JSON object) here."));
        return false;
    }

    qsizetype end = 0;
    for (;;) {
        const Scan scan = scanObject(&end);
        if (scan == Scan::Found)
            break;
        if (scan == Scan::Error || !fill()) {
            if (!m_error.isError())
                setError(m_pos,
                         Text::tr("The object that starts here is not closed (expected “}”)."));
            return false;
        }
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(m_buffer.constData() + m_pos, end - m_pos), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        qsizetype offset = parseError.offset;
        const QString problem = jsonProblem(parseError, &offset);
        setError(m_pos + offset, problem);
        return false;
    }
    m_object = document.object();
    m_keys.clear();
    for (const auto &[from, to] : m_keyRanges) {
        const char *key = m_buffer.constData() + m_pos + from;
        const QByteArrayView raw(key, to - from);
        if (!raw.contains('\\')) {
            m_keys << QString::fromUtf8(raw.sliced(1, raw.size() - 2));
        } else {
            const QJsonDocument one = QJsonDocument::fromJson("[" + raw.toByteArray() + "]");
            m_keys << one.array().at(0).toString();
        }
    }
    m_objectLine = m_line;
    m_objectStart = m_pos;
    consume(end);
    m_expectComma = true;
    return true;
}

QByteArrayView JsonReader::rawValue(qsizetype index) const
{
    if (index < 0 || size_t(index) >= m_valueRanges.size()
        || m_valueRanges[size_t(index)].second < 0)
        return {};
    const auto [from, to] = m_valueRanges[size_t(index)];
    QByteArrayView raw(m_buffer.constData() + m_objectStart + from, to - from);
    while (!raw.isEmpty() && isSpace(raw.front()))
        raw = raw.sliced(1);
    while (!raw.isEmpty() && isSpace(raw.back()))
        raw.chop(1);
    return raw;
}

} // namespace rowbook

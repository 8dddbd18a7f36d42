// libFuzzer target for the streaming CSV reader (transfer/csvreader.h).
//
// Every input is read several times through a QBuffer: with delimiter detection and UTF-8 (or
// what the byte order mark says), then with an explicit delimiter and encoding picked from the
// input's first byte. Each configuration runs with a large chunk size and with a tiny one, and
// both must give the same records and the same error: where the device's reads end must never
// change the result. Invariants: no crash, hang or out-of-bounds read (ASan/UBSan), errors carry
// line >= 1 and column >= 1 and a message, records have at least one field, record lines only go
// up, and every field is valid UTF-8.

#include "csvreader.h"
#include "typeinference.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

struct Outcome
{
    std::vector<std::vector<QByteArray>> records;
    std::vector<int> lines;
    char delimiter = 0;
    QString encoding;
    rowbook::TransferError::Kind errorKind = rowbook::TransferError::None;
    int errorLine = 0;
    int errorColumn = 0;
};

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_csvreader: invariant violated: %s %s\n", what, detail.constData());
    std::abort();
}

void check(bool condition, const char *what, const QByteArray &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Written out
// here rather than taken from the reader, so that the two are checked against each other.
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        const int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
        if (length == 0 || end - p < length)
            return false;
        char32_t code = b & (0x7f >> length);
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3f);
        }
        static const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < smallest[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return false;
        p += length;
    }
    return true;
}

Outcome read(const QByteArray &data, const rowbook::CsvReader::Options &options)
{
    QByteArray copy = data; // QBuffer needs a non-const array
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    rowbook::CsvReader reader(&buffer, options);
    Outcome outcome;
    std::vector<rowbook::TypeInference> types;
    int lastLine = 0;
    while (reader.readRecord()) {
        check(reader.fieldCount() >= 1, "a record without fields");
        check(reader.recordLine() > lastLine, "record lines do not go up");
        lastLine = reader.recordLine();
        std::vector<QByteArray> fields;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            const QByteArrayView field = reader.field(i);
            QByteArray bytes(field.data(), field.size());
            check(isValidUtf8(bytes), "a field is not valid UTF-8:", bytes.toHex());
            if (size_t(i) >= types.size())
                types.resize(size_t(i) + 1);
            types[size_t(i)].addText(field);
            fields.push_back(std::move(bytes));
        }
        // Positions of fields, and of the missing field after the last one.
        for (int i = 0; i <= reader.fieldCount(); ++i) {
            const rowbook::TransferError e = reader.errorAtField(i, QStringLiteral("x"));
            check(e.line >= reader.recordLine() && e.column >= 1, "errorAtField position");
        }
        outcome.records.push_back(std::move(fields));
        outcome.lines.push_back(reader.recordLine());
    }
    for (const rowbook::TypeInference &type : types)
        (void)rowbook::sqlTypeName(type.type());
    check(!reader.readRecord(), "a record after the end or an error");
    outcome.delimiter = reader.delimiter();
    outcome.encoding = reader.encodingName();
    if (reader.hasError()) {
        const rowbook::TransferError &e = reader.error();
        check(!e.message.isEmpty(), "an error without a message");
        outcome.errorKind = e.kind;
        outcome.errorLine = e.line;
        outcome.errorColumn = e.column;
        if (e.kind == rowbook::TransferError::Input)
            check(e.line >= 1 && e.column >= 1, "an input error without a position",
                  QByteArray::number(e.line) + ':' + QByteArray::number(e.column));
        else
            check(e.kind == rowbook::TransferError::Usage, "an unexpected error kind");
    }
    return outcome;
}

void compare(const Outcome &a, const Outcome &b)
{
    check(a.records == b.records, "records depend on the chunk size");
    check(a.lines == b.lines, "record lines depend on the chunk size");
    check(a.delimiter == b.delimiter, "the detected delimiter depends on the chunk size");
    check(a.encoding == b.encoding, "the encoding depends on the chunk size");
    check(a.errorKind == b.errorKind && a.errorLine == b.errorLine
              && a.errorColumn == b.errorColumn,
          "the error depends on the chunk size",
          QByteArray::number(a.errorLine) + ':' + QByteArray::number(a.errorColumn) + " vs "
              + QByteArray::number(b.errorLine) + ':' + QByteArray::number(b.errorColumn));
}

void readBothWays(const QByteArray &data, rowbook::CsvReader::Options options, qint64 smallChunk)
{
    options.chunkSize = 1 << 20;
    const Outcome whole = read(data, options);
    options.chunkSize = smallChunk;
    compare(whole, read(data, options));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // for tr()
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto selector = size > 0 ? data[0] : uint8_t(0);
    // Chunk sizes of 1 to 8 bytes put read boundaries inside line ends, quotes and characters.
    const qint64 smallChunk = 1 + (selector >> 5);

    readBothWays(bytes, {}, smallChunk);

    static const char delimiters[] = {0, ',', ';', '\t', '|', ' ', '"', '\n'};
    static const char *const encodings[]
        = {"",         "utf-8",    "windows-1252", "latin1", "utf-16",
           "utf-16le", "utf-16be", "Shift_JIS",    "koi8-r", "no-such-encoding"};
    rowbook::CsvReader::Options options;
    options.delimiter = delimiters[selector % std::size(delimiters)];
    options.encoding = QString::fromLatin1(encodings[(selector / 8) % std::size(encodings)]);
    readBothWays(bytes, options, smallChunk);
    return 0;
}

#pragma once

#include "transfererror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <string>
#include <vector>

class QIODevice;

namespace rowbook {

// A streaming RFC 4180 reader. It reads the device in chunks (never the whole file), converts
// the text to UTF-8 and splits it into records and fields:
// - fields may be quoted; a doubled quote inside quotes is one quote; quoted fields may contain
//   delimiters and line breaks. A quote inside an unquoted field is kept as it is.
// - records end with CRLF, LF or a lone CR; the last one may lack a line end; blank lines are
//   skipped. A UTF-8 or UTF-16 byte order mark is recognised and dropped.
// - the delimiter is detected from the start of the file (comma, semicolon, tab, pipe) unless
//   given.
// - without an encoding, the text must be valid UTF-8 (or UTF-16 with a BOM); other encodings
//   (latin1, windows-1252, ...) are named explicitly.
// Errors carry the 1-based line and column (in characters) and say what was expected.
class CsvReader
{
public:
    struct Options
    {
        char delimiter = 0;         // 0: detect
        QString encoding;           // empty: UTF-8, or what the byte order mark says
        qint64 chunkSize = 1 << 20; // bytes read from the device at a time
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the next record. False at the end of the input or on an error (see error()).
    bool readRecord();

    bool hasError() const { return m_error.isError(); }
    const TransferError &error() const { return m_error; }

    // The current record's fields as UTF-8, valid until the next readRecord().
    int fieldCount() const { return int(m_fields.size()); }
    QByteArrayView field(int index) const
    {
        const Field &f = m_fields[size_t(index)];
        return QByteArrayView(f.data, f.size);
    }
    bool isQuoted(int index) const { return m_fields[size_t(index)].quoted; }
    QString text(int index) const { return QString::fromUtf8(field(index)); }

    int recordLine() const { return m_recordLine; } // the line the current record starts on
    // An error located at the start of field `index` of the current record (which may be one
    // past the last field, for "missing field" errors).
    TransferError errorAtField(int index, const QString &message) const;

    qint64 bytesRead() const { return m_bytesRead; }
    char delimiter() const { return m_delimiter; }
    QString encodingName() const { return m_encodingName; }

    // The most likely delimiter of a sample of the file's start (',' when nothing fits better).
    static char detectDelimiter(QByteArrayView sample);
    static bool isKnownEncoding(const QString &name);

private:
    enum class Parse { Record, NeedMore, End, Error };
    struct Field
    {
        const char *data = nullptr;
        qsizetype size = 0;
        bool quoted = false;
        qsizetype scratchOffset = -1; // unescaped copy in m_scratch, for fields with ""
    };
    class Decoder;

    bool start();
    bool fill();
    void append(const QByteArray &raw);
    Parse parse();
    TransferError errorAt(qsizetype offset, const QString &message) const;
    TransferError
    errorFrom(qsizetype start, int line, qsizetype offset, const QString &message) const;
    static qsizetype invalidUtf8(const char *begin, const char *end);

    QIODevice *m_device;
    Options m_options;
    std::unique_ptr<Decoder> m_decoder;
    QByteArray m_buffer; // UTF-8 text; m_pos is where the next record starts
    qsizetype m_pos = 0;
    qsizetype m_recordStart = 0;
    qsizetype m_recordContentEnd = 0; // before the line end
    std::vector<Field> m_fields;
    std::vector<qsizetype> m_fieldStarts; // offsets in m_buffer, for error positions
    std::string m_scratch;
    char m_delimiter = 0;
    bool m_started = false;
    bool m_eof = false;
    bool m_validateUtf8 = true;
    int m_line = 1; // line of m_pos
    int m_recordLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_chunkSize;
    QString m_encodingName;
    TransferError m_error;
};

} // namespace rowbook

#pragma once

#include "transfererror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>
#include <vector>

class QIODevice;

namespace rowbook {

// Reads JSON objects one at a time from either a top-level array of objects or newline-delimited
// JSON (one object per line; .ndjson, .jsonl). Only the current object is held in memory, plus
// one read chunk, so a file of 200k objects costs little more than its largest object.
class JsonReader
{
public:
    enum class Layout { Detect, Array, Lines };

    explicit JsonReader(QIODevice *device, Layout layout = Layout::Detect);

    // Reads the next object. False at the end of the input or on an error (see error()).
    bool readObject();
    const QJsonObject &object() const { return m_object; }
    // The object's keys in the order of the file (QJsonObject sorts them).
    const QStringList &keys() const { return m_keys; }
    // The JSON text of the value of keys().at(index), as written in the file (so that 2.0 can be
    // told from 2, which QJsonValue cannot). Valid until the next readObject().
    QByteArrayView rawValue(qsizetype index) const;
    int objectLine() const { return m_objectLine; }

    bool hasError() const { return m_error.isError(); }
    const TransferError &error() const { return m_error; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class Scan { Found, NeedMore, Error };

    bool fill();
    bool skipSpace(); // false when more input is needed and there is none
    Scan scanObject(qsizetype *end);
    void setError(qsizetype offset, const QString &message);
    void consume(qsizetype to);

    QIODevice *m_device;
    Layout m_layout;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0; // offset in m_buffer of the start of m_line (may be negative)
    bool m_started = false;
    bool m_eof = false;
    bool m_done = false;
    bool m_expectComma = false;
    int m_objectLine = 0;
    qint64 m_bytesRead = 0;
    QJsonObject m_object;
    QStringList m_keys;
    std::vector<std::pair<qsizetype, qsizetype>> m_keyRanges;   // relative to the object's start
    std::vector<std::pair<qsizetype, qsizetype>> m_valueRanges; // the same, one per key
    qsizetype m_objectStart = 0; // offset in m_buffer of the last object read
    TransferError m_error;
};

} // namespace rowbook

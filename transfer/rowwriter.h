#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

class QVariant;

namespace rowbook {

// How Rowbook writes values as CSV and JSON: the one home of the rules that `rowbook export`
// (ExportJob) and `rowbook query` (QueryOutput) share. CSV: RFC 4180, quotes only where needed
// and around text that reads as a number; NULL is an empty field, an empty text is "", a BLOB the
// unquoted literal X'00ff'. JSON: reals always with a fraction or exponent in the shortest form
// that reads back as the same double, NULL as null, a BLOB as {"$blob":"<base64>"}.
// Appends into a growing buffer without per-value allocations and writes it out in large pieces.
class RowWriter
{
public:
    static constexpr qsizetype flushAt = 1 << 20;

    RowWriter(QIODevice *device, bool json);

    bool isJson() const { return m_json; }
    void put(char c) { m_buffer.append(c); }
    void put(QByteArrayView bytes) { m_buffer.append(bytes); }

    void putInteger(qint64 value);
    void putReal(double value);
    void putText(QByteArrayView utf8);
    void putBlob(QByteArrayView bytes);
    void putNull();
    // A value as the query runner hands it over: qint64, double, QString, QByteArray or null.
    void putValue(const QVariant &value);

    // Writes when the buffer is full; false when the device refused bytes.
    bool flushIfFull() { return m_buffer.size() < flushAt || flush(); }
    bool flush();

private:
    void putCsvText(QByteArrayView text);
    void putJsonText(QByteArrayView text);

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_json;
};

} // namespace rowbook

#include "journalformat.h"

#include "rowkey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace rowbook::journalformat {
namespace {

QJsonValue encode(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QJsonObject{{QStringLiteral("i"), QString::number(value.toLongLong())}};
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonObject{{QStringLiteral("r"), QString::number(value.toDouble(), 'g', 17)}};
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("b"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonObject{{QStringLiteral("t"), value.toString()}};
    }
}

QVariant decode(const QJsonValue &json)
{
    if (!json.isObject())
        return {};
    const QJsonObject object = json.toObject();
    if (object.contains(QLatin1String("i")))
        return object.value(QLatin1String("i")).toString().toLongLong();
    if (object.contains(QLatin1String("r")))
        return object.value(QLatin1String("r")).toString().toDouble();
    if (object.contains(QLatin1String("b")))
        return QByteArray::fromBase64(object.value(QLatin1String("b")).toString().toLatin1());
    return object.value(QLatin1String("t")).toString();
}

QString kindName(RowChange::Kind kind)
{
    switch (kind) {
    case RowChange::Insert:
        return QStringLiteral("insert");
    case RowChange::Delete:
        return QStringLiteral("delete");
    case RowChange::Update:
    case RowChange::Statement:
        break;
    }
    return QStringLiteral("update");
}

QString op(const QJsonObject &object)
{
    return object.value(QLatin1String("op")).toString();
}

QString rowAddress(const QJsonObject &object)
{
    return object.value(QLatin1String("table")).toString() + QChar(0x1f)
           + object.value(QLatin1String("key")).toString();
}

// Replays version 2 records into the state they describe.
class Replay
{
public:
    void apply(const QJsonObject &object)
    {
        const QString kind = op(object);
        if (kind == QLatin1String("row")) {
            QJsonObject row = object;
            row.remove(QStringLiteral("op"));
            const QString id = rowAddress(row);
            if (const auto it = m_index.constFind(id); it != m_index.constEnd()) {
                m_rows[*it] = row;
            } else {
                m_index.insert(id, int(m_rows.size()));
                m_rows.push_back(row);
            }
        } else if (kind == QLatin1String("gone")) {
            if (const auto it = m_index.constFind(rowAddress(object)); it != m_index.constEnd()) {
                m_rows[*it] = QJsonObject();
                m_index.erase(it);
            }
        } else if (kind == QLatin1String("flight")) {
            m_batch = object.value(QLatin1String("batch")).toString();
            m_flight.clear();
            const QJsonArray rows = object.value(QLatin1String("rows")).toArray();
            for (const auto &value : rows)
                m_flight.insert(rowAddress(value.toObject()), value.toObject());
        } else if (kind == QLatin1String("landed")) {
            m_batch.clear();
            m_flight.clear();
        }
    }

    QJsonObject document(const QJsonObject &header) const
    {
        QJsonArray rows;
        for (QJsonObject row : m_rows) {
            if (row.isEmpty())
                continue;
            if (const auto it = m_flight.constFind(rowAddress(row)); it != m_flight.constEnd()) {
                row.insert(QStringLiteral("in_flight"), it->value(QLatin1String("kind")));
                row.insert(QStringLiteral("flight_values"), it->value(QLatin1String("values")));
            }
            rows.append(row);
        }
        QJsonObject document = header;
        document.remove(QStringLiteral("op"));
        document.insert(QStringLiteral("in_flight_batch"), m_batch);
        document.insert(QStringLiteral("rows"), rows);
        return document;
    }

private:
    QVector<QJsonObject> m_rows; // in the order they were first journaled; empty when gone
    QHash<QString, int> m_index;
    QString m_batch;
    QHash<QString, QJsonObject> m_flight;
};

// One record line, or an empty object when the line is torn or damaged.
QJsonObject readRecord(const QByteArray &line)
{
    if (line.size() < 10 || line.at(8) != ' ')
        return {};
    bool ok = false;
    const quint32 expected = line.left(8).toUInt(&ok, 16);
    const QByteArray json = line.mid(9);
    if (!ok || crc32(json) != expected)
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

} // namespace

QString formatName()
{
    return QStringLiteral("rowbook-pending");
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> result{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            result[i] = c;
        }
        return result;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray record(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return QByteArray::number(crc32(json), 16).rightJustified(8, '0') + ' ' + json + '\n';
}

QJsonObject header(const QString &databasePath, const QString &fileId, bool keptByUser)
{
    QJsonObject object{
        {QStringLiteral("op"), QStringLiteral("header")},
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("database"), databasePath},
        {QStringLiteral("file_id"), fileId},
        {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (keptByUser)
        object.insert(QStringLiteral("reason"), QStringLiteral("kept-by-user"));
    return object;
}

namespace {

// The row as the database knows it; a snapshot made without the store's keys has the integer.
QString keyText(const EditStore::SnapshotRow &row)
{
    return (row.rowKey.isNull() ? RowKey::fromId(row.key) : row.rowKey).toText();
}

} // namespace

QJsonObject rowRecord(const EditStore::SnapshotRow &row)
{
    QJsonObject object{{QStringLiteral("op"), QStringLiteral("row")},
                       {QStringLiteral("table"), row.table},
                       {QStringLiteral("key"), keyText(row)},
                       {QStringLiteral("new"), row.isNew},
                       {QStringLiteral("deleted"), row.deleted},
                       {QStringLiteral("values"), encodeValues(row.values)}};
    // What the user started from (for compare-and-set) and, in a conflict, the other value.
    if (!row.originals.isEmpty())
        object.insert(QStringLiteral("originals"), encodeValues(row.originals));
    if (!row.theirs.isEmpty())
        object.insert(QStringLiteral("theirs"), encodeValues(row.theirs));
    return object;
}

QJsonObject goneRecord(const QString &table, const RowKey &key)
{
    return {{QStringLiteral("op"), QStringLiteral("gone")},
            {QStringLiteral("table"), table},
            {QStringLiteral("key"), key.toText()}};
}

QJsonObject flightRecord(quint64 batchId, const QVector<EditStore::SnapshotRow> &rows)
{
    QJsonArray flying;
    for (const EditStore::SnapshotRow &row : rows) {
        if (!row.inFlight)
            continue;
        flying.append(QJsonObject{{QStringLiteral("table"), row.table},
                                  {QStringLiteral("key"), keyText(row)},
                                  {QStringLiteral("kind"), kindName(row.flightKind)},
                                  {QStringLiteral("values"), encodeValues(row.flightValues)}});
    }
    return {{QStringLiteral("op"), QStringLiteral("flight")},
            {QStringLiteral("batch"), QString::number(batchId)},
            {QStringLiteral("rows"), flying}};
}

QJsonObject landedRecord()
{
    return {{QStringLiteral("op"), QStringLiteral("landed")}};
}

QByteArray group(const QByteArrayList &records)
{
    QByteArray bytes;
    if (records.size() > 1)
        bytes = record({{QStringLiteral("op"), QStringLiteral("group")},
                        {QStringLiteral("records"), records.size()}});
    return bytes + records.join();
}

QByteArray compacted(const QString &databasePath,
                     const QString &fileId,
                     const EditStore::Snapshot &snapshot,
                     bool keptByUser)
{
    QByteArray bytes = record(header(databasePath, fileId, keptByUser));
    for (const EditStore::SnapshotRow &row : snapshot.rows)
        bytes += record(rowRecord(row));
    if (snapshot.inFlightBatch != 0)
        bytes += record(flightRecord(snapshot.inFlightBatch, snapshot.rows));
    return bytes;
}

Contents parse(const QByteArray &bytes)
{
    Contents contents;
    if (bytes.startsWith('{')) { // version 1: one document
        QJsonParseError error;
        contents.document = QJsonDocument::fromJson(bytes, &error).object();
        contents.ok
            = error.error == QJsonParseError::NoError
              && contents.document.value(QLatin1String("format")).toString() == formatName();
        return contents;
    }
    Replay replay;
    QJsonObject head;
    // The record at `from`, and where the next one starts; an empty object when torn or damaged.
    const auto recordAt = [&bytes](qsizetype from, qsizetype *next) {
        const qsizetype end = bytes.indexOf('\n', from);
        *next = end + 1;
        return end < 0 ? QJsonObject() : readRecord(bytes.mid(from, end - from));
    };
    qsizetype position = 0;
    while (position < bytes.size()) {
        qsizetype next = 0;
        const QJsonObject object = recordAt(position, &next);
        if (object.isEmpty())
            break; // a torn or damaged record ends the journal
        if (contents.records == 0) {
            if (op(object) != QLatin1String("header")
                || object.value(QLatin1String("format")).toString() != formatName())
                return contents;
            head = object;
        } else if (op(object) == QLatin1String("group")) {
            // One change written as several records: all of them, or none.
            const qint64 count = object.value(QLatin1String("records")).toInteger();
            QVector<QJsonObject> members;
            qsizetype nextGroup = -1; // where a group starts that cut this one short
            while (members.size() < count && next < bytes.size()) {
                const qsizetype at = next;
                const QJsonObject member = recordAt(at, &next);
                if (!member.isEmpty() && op(member) == QLatin1String("group"))
                    nextGroup = at;
                if (member.isEmpty() || nextGroup >= 0)
                    break;
                members << member;
            }
            if (nextGroup >= 0) {
                // A write that failed part-way left this group short; the change after it was
                // written whole and is read.
                contents.ignoredBytes += nextGroup - position;
                position = nextGroup;
                continue;
            }
            if (members.size() < count)
                break; // torn: the journal ends here
            for (const QJsonObject &member : std::as_const(members))
                replay.apply(member);
            contents.records += int(members.size());
        } else {
            replay.apply(object);
        }
        ++contents.records;
        position = next;
    }
    contents.ignoredBytes += bytes.size() - position;
    contents.ok = contents.records > 0;
    if (contents.ok)
        contents.document = replay.document(head);
    return contents;
}

QJsonObject encodeValues(const RowValues &values)
{
    QJsonObject object;
    for (const auto &[column, value] : values)
        object.insert(column, encode(value));
    return object;
}

QJsonObject encodeValues(const QHash<QString, QVariant> &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), encode(it.value()));
    return object;
}

QHash<QString, QVariant> decodeValues(const QJsonObject &object)
{
    QHash<QString, QVariant> values;
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), decode(it.value()));
    return values;
}

} // namespace rowbook::journalformat

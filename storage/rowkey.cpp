#include "rowkey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rowbook {

namespace {

bool isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: // QPSQL reads a positive bigint as unsigned
    case QMetaType::Short:
    case QMetaType::UShort:
        return !value.isNull();
    default:
        return false;
    }
}

// Typed JSON so a key reads back with the same types: {"i": "42"}, {"r": "1.5"}, {"t": "x"},
// {"b": base64}, null.
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
    case QMetaType::Short:
    case QMetaType::UShort:
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
    const QJsonObject object = json.toObject();
    if (object.contains(QLatin1String("i")))
        return object.value(QLatin1String("i")).toString().toLongLong();
    if (object.contains(QLatin1String("r")))
        return object.value(QLatin1String("r")).toString().toDouble();
    if (object.contains(QLatin1String("b")))
        return QByteArray::fromBase64(object.value(QLatin1String("b")).toString().toLatin1());
    if (object.contains(QLatin1String("t")))
        return object.value(QLatin1String("t")).toString();
    return {};
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    return a.typeId() == b.typeId() && a == b;
}

} // namespace

RowKey RowKey::fromId(qint64 id)
{
    RowKey key;
    key.m_form = Form::Id;
    key.m_id = id;
    return key;
}

RowKey RowKey::fromValues(const QVariantList &values)
{
    if (values.isEmpty())
        return {};
    if (values.size() == 1 && isInteger(values.first()))
        return fromId(values.first().toLongLong());
    RowKey key;
    key.m_form = Form::Values;
    key.m_values.reserve(values.size());
    for (const QVariant &value : values) {
        // One type per kind of number, so a key read as int equals the same key read as qint64.
        if (isInteger(value))
            key.m_values << QVariant(value.toLongLong());
        else if (value.typeId() == QMetaType::Float && !value.isNull())
            key.m_values << QVariant(value.toDouble());
        else
            key.m_values << value;
    }
    return key;
}

QVariantList RowKey::values() const
{
    switch (m_form) {
    case Form::Null:
        return {};
    case Form::Id:
        return {QVariant(m_id)};
    case Form::Values:
        break;
    }
    return m_values;
}

QString RowKey::toText() const
{
    switch (m_form) {
    case Form::Null:
        return {};
    case Form::Id:
        return QString::number(m_id);
    case Form::Values:
        break;
    }
    QJsonArray array;
    for (const QVariant &value : m_values)
        array.append(encode(value));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

RowKey RowKey::fromText(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok)
        return fromId(id);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return {};
    QVariantList values;
    const QJsonArray array = document.array();
    for (const auto &value : array)
        values << decode(value);
    return fromValues(values);
}

bool operator==(const RowKey &a, const RowKey &b)
{
    if (a.m_form != b.m_form)
        return false;
    if (a.m_form == RowKey::Form::Id)
        return a.m_id == b.m_id;
    if (a.m_values.size() != b.m_values.size())
        return false;
    for (int i = 0; i < a.m_values.size(); ++i) {
        if (!sameValue(a.m_values[i], b.m_values[i]))
            return false;
    }
    return true;
}

bool operator<(const RowKey &a, const RowKey &b)
{
    if (a.m_form != b.m_form)
        return a.m_form < b.m_form;
    if (a.m_form == RowKey::Form::Id)
        return a.m_id < b.m_id;
    for (int i = 0; i < std::min(a.m_values.size(), b.m_values.size()); ++i) {
        const QVariant &x = a.m_values[i];
        const QVariant &y = b.m_values[i];
        if (sameValue(x, y))
            continue;
        if (x.isNull() || y.isNull())
            return x.isNull(); // NULL first
        const QPartialOrdering order = QVariant::compare(x, y);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
        return x.typeId() < y.typeId(); // values of types that do not compare: any fixed order
    }
    return a.m_values.size() < b.m_values.size();
}

size_t qHash(const RowKey &key, size_t seed)
{
    if (key.isNull())
        return seed;
    if (key.isId())
        return ::qHash(key.id(), seed);
    // Equal values have the same type (sameValue()): the type and the value's own hash.
    size_t hash = seed;
    const QVariantList values = key.values();
    for (const QVariant &value : values) {
        size_t one = 0;
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            break;
        case QMetaType::QString:
            one = ::qHash(value.toString());
            break;
        case QMetaType::LongLong:
            one = ::qHash(value.toLongLong());
            break;
        case QMetaType::QByteArray:
            one = ::qHash(value.toByteArray());
            break;
        default:
            one = ::qHash(encode(value).toObject().begin().value().toString());
            break;
        }
        if (!value.isNull()) // a NULL of any type equals a plain NULL (sameValue())
            one ^= size_t(value.typeId()) * 0x9e3779b97f4a7c15ULL;
        hash ^= one + 0x9e3779b9 + (hash << 6) + (hash >> 2);
    }
    return hash;
}

QDataStream &operator<<(QDataStream &stream, const RowKey &key)
{
    stream << quint8(key.m_form);
    if (key.m_form == RowKey::Form::Id)
        stream << key.m_id;
    else if (key.m_form == RowKey::Form::Values)
        stream << key.m_values;
    return stream;
}

QDataStream &operator>>(QDataStream &stream, RowKey &key)
{
    quint8 form = 0;
    stream >> form;
    key = RowKey();
    if (form == quint8(RowKey::Form::Id)) {
        qint64 id = 0;
        stream >> id;
        key = RowKey::fromId(id);
    } else if (form == quint8(RowKey::Form::Values)) {
        QVariantList values;
        stream >> values;
        key = RowKey::fromValues(values);
    } else if (form != quint8(RowKey::Form::Null)) {
        stream.setStatus(QDataStream::ReadCorruptData);
    }
    return stream;
}

QDebug operator<<(QDebug debug, const RowKey &key)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "RowKey(" << key.toText() << ')';
    return debug;
}

} // namespace rowbook

#include "valueconversion.h"

#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace rowbook {
namespace {

bool isWord(QByteArrayView text, const char *word)
{
    return QLatin1StringView(text).compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0;
}

// The text of a JSON value for a TEXT column: numbers as written, containers as compact JSON.
QByteArray textOf(const QJsonValue &value, QByteArrayView raw)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return raw.isEmpty() ? QByteArray::number(value.toDouble(), 'g', 17) : raw.toByteArray();
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    default:
        return {};
    }
}

} // namespace

Affinity affinityOf(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT")))
        return Affinity::Integer;
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return Affinity::Text;
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return Affinity::Blob;
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB")))
        return Affinity::Real;
    return Affinity::Numeric;
}

JsonCell jsonCell(const QJsonValue &value, QByteArrayView raw)
{
    JsonCell cell;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Bool:
        cell.shape = ValueShape::Integer;
        cell.integer = value.toBool() ? 1 : 0;
        break;
    case QJsonValue::Double: {
        const bool integral
            = !raw.isEmpty() && !raw.contains('.') && !raw.contains('e') && !raw.contains('E');
        if (integral && parseInteger(raw, &cell.integer)) {
            cell.shape = ValueShape::Integer;
        } else {
            cell.shape = ValueShape::Real;
            if (!parseReal(raw, &cell.real))
                cell.real = value.toDouble();
            cell.integralReal = std::trunc(cell.real) == cell.real && std::abs(cell.real) < 9.2e18;
        }
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        const QJsonValue blob = object.value(QLatin1String("$blob"));
        if (object.size() == 1 && blob.isString()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                blob.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                cell.shape = ValueShape::Blob;
                cell.bytes = *decoded;
                break;
            }
        }
        cell.shape = ValueShape::Text;
        break;
    }
    default:
        cell.shape = ValueShape::Text;
    }
    return cell;
}

ValueBinder::ValueBinder(const QVector<ColumnConversion> &columns)
    : m_columns(columns)
    , m_scratch(size_t(columns.size()))
{}

bool ValueBinder::bindBooleanWord(SqliteStatement *statement, int index, QByteArrayView text)
{
    if (!m_columns.at(index).booleanWords)
        return false;
    if (isWord(text, "true") || isWord(text, "yes"))
        statement->bindInteger(index, 1);
    else if (isWord(text, "false") || isWord(text, "no"))
        statement->bindInteger(index, 0);
    else
        return false;
    return true;
}

void ValueBinder::bindCsv(SqliteStatement *statement, int index, QByteArrayView field, bool quoted)
{
    if (field.isEmpty()) {
        if (quoted)
            statement->bindText(index, field);
        else
            statement->bindNull(index);
        return;
    }
    QByteArray &scratch = m_scratch[size_t(index)];
    if (!quoted && (field[0] == 'x' || field[0] == 'X') && parseBlobLiteral(field, &scratch)) {
        statement->bindBlob(index, scratch);
        return;
    }
    if (bindBooleanWord(statement, index, field))
        return;
    const Affinity affinity = m_columns.at(index).affinity;
    if (affinity == Affinity::Text || (affinity == Affinity::Blob && quoted)) {
        statement->bindText(index, field);
        return;
    }
    const ValueShape shape = affinity == Affinity::Blob ? classifyText(field) : ValueShape::Real;
    qint64 integer = 0;
    double real = 0;
    if (shape != ValueShape::Text && parseInteger(field, &integer))
        statement->bindInteger(index, integer);
    else if (shape != ValueShape::Text && parseReal(field, &real))
        statement->bindReal(index, real);
    else
        statement->bindText(index, field);
}

void ValueBinder::bindJson(SqliteStatement *statement,
                           int index,
                           const QJsonValue &value,
                           QByteArrayView raw)
{
    const JsonCell cell = jsonCell(value, raw);
    QByteArray &scratch = m_scratch[size_t(index)];
    const bool text = m_columns.at(index).affinity == Affinity::Text;
    switch (cell.shape) {
    case ValueShape::Empty:
        statement->bindNull(index);
        return;
    case ValueShape::Integer:
        if (text && !value.isBool())
            break;
        statement->bindInteger(index, cell.integer);
        return;
    case ValueShape::Real:
        if (text)
            break;
        statement->bindReal(index, cell.real);
        return;
    case ValueShape::Blob:
        scratch = cell.bytes;
        statement->bindBlob(index, scratch);
        return;
    case ValueShape::Text:
        break;
    }
    scratch = textOf(value, raw);
    if (!bindBooleanWord(statement, index, scratch))
        statement->bindText(index, scratch);
}

QVariant postgresCsvValue(QByteArrayView field, bool quoted, bool bytea)
{
    if (field.isEmpty())
        return quoted ? QVariant(QStringLiteral("")) : QVariant(); // "" is no NULL
    QByteArray bytes;
    if (bytea && !quoted && (field[0] == 'x' || field[0] == 'X') && parseBlobLiteral(field, &bytes))
        return bytes;
    return QString::fromUtf8(field);
}

QVariant postgresJsonValue(const QJsonValue &value, QByteArrayView raw, bool bytea, bool boolean)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool()) {
        if (boolean)
            return QString(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        return QString(value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    if (bytea) {
        const JsonCell cell = jsonCell(value, raw);
        if (cell.shape == ValueShape::Blob)
            return cell.bytes;
    }
    const QByteArray text = textOf(value, raw);
    return text.isEmpty() ? QStringLiteral("") : QString::fromUtf8(text); // "" is no NULL
}

} // namespace rowbook

#include "typeinference.h"

#include <QSet>

#include <charconv>
#include <cmath>
#include <utility>

namespace rowbook {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits with no leading zero (a lone "0" is fine), starting at `i`; returns the end or -1.
qsizetype canonicalDigits(QByteArrayView s, qsizetype i)
{
    const qsizetype start = i;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i == start || (s[start] == '0' && i - start > 1))
        return -1;
    return i;
}

} // namespace

ValueShape classifyText(QByteArrayView s)
{
    if (s.isEmpty())
        return ValueShape::Empty;
    if (s[0] == 'x' || s[0] == 'X') {
        QByteArray bytes;
        return parseBlobLiteral(s, &bytes) ? ValueShape::Blob : ValueShape::Text;
    }
    qsizetype i = 0;
    if (s[0] == '-')
        ++i;
    i = canonicalDigits(s, i);
    if (i < 0)
        return ValueShape::Text;
    if (i == s.size()) {
        if (s[0] == '-' && s[1] == '0')
            return ValueShape::Text; // "-0" would come back as "0"
        qint64 value = 0;
        return parseInteger(s, &value) ? ValueShape::Integer : ValueShape::Text;
    }
    bool real = false;
    if (s[i] == '.') {
        const qsizetype start = ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return ValueShape::Text;
        real = true;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const qsizetype start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return ValueShape::Text;
        real = true;
    }
    if (!real || i != s.size())
        return ValueShape::Text;
    double value = 0;
    return parseReal(s, &value) ? ValueShape::Real : ValueShape::Text;
}

bool parseInteger(QByteArrayView s, qint64 *value)
{
    const char *end = s.data() + s.size();
    const auto result = std::from_chars(s.data(), end, *value);
    return result.ec == std::errc() && result.ptr == end;
}

bool parseReal(QByteArrayView s, double *value)
{
    const char *end = s.data() + s.size();
    const auto result = std::from_chars(s.data(), end, *value);
    return result.ec == std::errc() && result.ptr == end && std::isfinite(*value);
}

bool parseBlobLiteral(QByteArrayView s, QByteArray *bytes)
{
    if (s.size() < 3 || (s[0] != 'x' && s[0] != 'X') || s[1] != '\'' || s.back() != '\''
        || s.size() % 2 == 0)
        return false;
    const QByteArrayView hex = s.sliced(2, s.size() - 3);
    for (const char c : hex) {
        if (!isDigit(c) && !((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    *bytes = QByteArray::fromHex(hex.toByteArray());
    return true;
}

QString sqlTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("INTEGER");
    case ColumnType::Real:
        return QStringLiteral("REAL");
    case ColumnType::Text:
        return QStringLiteral("TEXT");
    case ColumnType::Date:
        return QStringLiteral("DATE");
    case ColumnType::Boolean:
        return QStringLiteral("BOOLEAN");
    case ColumnType::Numeric:
        return QStringLiteral("NUMERIC");
    case ColumnType::Blob:
        return QStringLiteral("BLOB");
    case ColumnType::Any:
        break;
    }
    return {};
}

QString postgresTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("bigint");
    case ColumnType::Real:
        return QStringLiteral("double precision");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Numeric:
        return QStringLiteral("numeric");
    case ColumnType::Blob:
        return QStringLiteral("bytea");
    case ColumnType::Text:
    case ColumnType::Any:
        break;
    }
    return QStringLiteral("text");
}

bool columnTypeFromName(const QString &name, ColumnType *type)
{
    static const std::pair<const char *, ColumnType> names[] = {
        {"integer", ColumnType::Integer}, {"real", ColumnType::Real},
        {"text", ColumnType::Text},       {"date", ColumnType::Date},
        {"boolean", ColumnType::Boolean},
    };
    for (const auto &[text, value] : names) {
        if (name.trimmed().compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            *type = value;
            return true;
        }
    }
    return false;
}

ColumnType TypeInference::type() const
{
    if (m_blobs)
        return m_integers || m_reals || m_texts ? ColumnType::Any : ColumnType::Blob;
    if (m_texts || (!m_integers && !m_reals))
        return ColumnType::Text;
    return m_reals ? ColumnType::Real : ColumnType::Integer;
}

ColumnType TypeInference::jsonType() const
{
    const int kinds = int(m_texts) + int(m_blobs) + int(m_integers || m_reals);
    if (kinds > 1)
        return ColumnType::Any;
    if (m_blobs)
        return ColumnType::Blob;
    if (m_texts || (!m_integers && !m_reals))
        return ColumnType::Text;
    if (!m_reals)
        return ColumnType::Integer;
    if (!m_integers)
        return ColumnType::Real;
    return m_integralReals ? ColumnType::Any : ColumnType::Numeric;
}

QStringList uniqueColumnNames(const QStringList &names)
{
    QStringList result;
    QSet<QString> used;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names.at(i).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        QString candidate = name;
        for (int n = 2; used.contains(candidate.toCaseFolded()); ++n)
            candidate = QStringLiteral("%1_%2").arg(name).arg(n);
        used.insert(candidate.toCaseFolded());
        result << candidate;
    }
    return result;
}

} // namespace rowbook

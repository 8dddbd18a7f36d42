#include "typeinference.h"

#include <QSet>

#include <charconv>
#include <cmath>

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

QString sqlTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("INTEGER");
    case ColumnType::Real:
        return QStringLiteral("REAL");
    case ColumnType::Text:
        break;
    }
    return QStringLiteral("TEXT");
}

ColumnType TypeInference::type() const
{
    if (m_texts || (!m_integers && !m_reals))
        return ColumnType::Text;
    return m_reals ? ColumnType::Real : ColumnType::Integer;
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

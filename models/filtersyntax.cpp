#include "filtersyntax.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace rowbook {

namespace {

const QLatin1Char quoteChar('"');
const QLatin1Char rangeChar('~');
const QLatin1Char slashChar('/');

// One value of a filter: the text as typed, or the contents of a quoted value.
struct Value
{
    QString text;
    bool quoted = false;
    QString hint;
};

SqlCondition malformed(const QString &hint)
{
    SqlCondition condition;
    condition.hint = hint;
    return condition;
}

// QSqlQuery binds a null QString as SQL NULL; an empty value must stay the empty text.
QString nonNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

// `text` is trimmed and starts with a double quote: it must be exactly one quoted value.
Value unquote(const QString &text)
{
    Value value;
    value.quoted = true;
    for (int i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != quoteChar) {
            value.text += c;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == quoteChar) {
            value.text += quoteChar;
            ++i;
            continue;
        }
        if (i + 1 != text.size()) {
            value.hint = QCoreApplication::translate(
                "rowbook::FilterSyntax",
                "There is text after the closing double quote; inside double quotes write \"\" "
                "for one double quote.");
        }
        value.text = nonNull(value.text);
        return value;
    }
    value.hint = QCoreApplication::translate("rowbook::FilterSyntax",
                                             "The closing double quote is missing.");
    return value;
}

Value readValue(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.startsWith(quoteChar))
        return unquote(text);
    Value value;
    value.text = text;
    return value;
}

bool isNullKeyword(const Value &value)
{
    return !value.quoted && value.text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0;
}

bool bindsNumbers(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
    case ColumnKind::Real:
    case ColumnKind::Boolean:
    case ColumnKind::Any:
        return true;
    case ColumnKind::Text:
    case ColumnKind::LongText:
    case ColumnKind::Date:
    case ColumnKind::DateTime:
    case ColumnKind::Blob:
        return false;
    }
    return false;
}

// qint64 or finite double when `text` reads as a number in the C locale, otherwise invalid.
QVariant toNumber(const QString &text)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const qlonglong integer = c.toLongLong(text, &ok);
    if (ok)
        return QVariant(integer);
    const double real = c.toDouble(text, &ok);
    if (ok && std::isfinite(real))
        return QVariant(real);
    return {};
}

QVariant bindValue(const Value &value, ColumnKind kind)
{
    if (!value.quoted && bindsNumbers(kind)) {
        const QVariant number = toNumber(value.text);
        if (number.isValid())
            return number;
    }
    return nonNull(value.text);
}

bool isNumber(const QVariant &value)
{
    return value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double;
}

bool numberLess(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    return a.toDouble() < b.toDouble();
}

QString escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

// `column` is quoted already in all the helpers below.
SqlCondition contains(const SqlDialect &dialect, const QString &column, const QString &text)
{
    return {dialect.likePredicate(column), {escapeLike(text)}, {}};
}

QString nullOrderHint()
{
    return QCoreApplication::translate("rowbook::FilterSyntax",
                                       "NULL can only follow = or <>; put it in double quotes to "
                                       "compare with the text NULL.");
}

SqlCondition regexpFilter(const SqlDialect &dialect, const QString &text, const QString &column)
{
    const QString pattern = text.mid(1, text.size() - 2);
    if (pattern.isEmpty()) {
        return malformed(QCoreApplication::translate(
            "rowbook::FilterSyntax", "Type a regular expression between the slashes."));
    }
    const QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!expression.isValid()) {
        return malformed(QCoreApplication::translate("rowbook::FilterSyntax",
                                                     "The regular expression is not valid: %1 "
                                                     "(at character %2 of the pattern).")
                             .arg(expression.errorString())
                             .arg(expression.patternErrorOffset() + 1));
    }
    return {dialect.regexPredicate(column), {pattern}, {}};
}

// An order of numbers against a word is nearly always a slip (>abc, <1o, 1~abc): numbers sort
// before every text on SQLite, and a server compares the column's text. Empty when it is not one.
QString notANumberHint(const Value &value, const QVariant &bound, ColumnKind kind)
{
    if (value.quoted || isNumber(bound)
        || (kind != ColumnKind::Integer && kind != ColumnKind::Real))
        return {};
    return QCoreApplication::translate("rowbook::FilterSyntax",
                                       "“%1” is not a number; put it in double quotes to compare "
                                       "it as text.")
        .arg(value.text);
}

struct Operator
{
    QLatin1String typed;
    QLatin1String sql;
};

SqlCondition comparison(const Operator &op,
                        const QString &rest,
                        const QString &column,
                        ColumnKind kind,
                        const SqlDialect &dialect)
{
    const Value value = readValue(rest);
    if (!value.hint.isEmpty())
        return malformed(value.hint);
    if (!value.quoted && value.text.isEmpty()) {
        return malformed(
            QCoreApplication::translate("rowbook::FilterSyntax",
                                        "Type a value after %1, or write %1\"\" for empty text.")
                .arg(op.typed));
    }
    if (isNullKeyword(value)) {
        if (op.sql == QLatin1String("="))
            return {column + QLatin1String(" IS NULL"), {}, {}};
        if (op.sql == QLatin1String("<>"))
            return {column + QLatin1String(" IS NOT NULL"), {}, {}};
        return malformed(nullOrderHint());
    }
    const QVariant bound = bindValue(value, kind);
    const bool ordered = op.sql != QLatin1String("=") && op.sql != QLatin1String("<>");
    if (ordered) {
        if (const QString hint = notANumberHint(value, bound, kind); !hint.isEmpty())
            return malformed(hint);
    }
    const SqlDialect::Comparand side = dialect.comparand(column, kind, bound);
    return {
        side.column + QLatin1Char(' ') + op.sql + QLatin1Char(' ') + side.placeholder, {bound}, {}};
}

// Positions of the '~' characters that are not inside double quotes.
QVector<int> unquotedRangeSeparators(const QString &text)
{
    QVector<int> positions;
    bool inQuotes = false;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == quoteChar)
            inQuotes = !inQuotes;
        else if (text.at(i) == rangeChar && !inQuotes)
            positions.push_back(i);
    }
    return positions;
}

// The range filter, or an empty condition when `text` is not a range.
SqlCondition
range(const QString &text, const QString &column, ColumnKind kind, const SqlDialect &dialect)
{
    const QVector<int> separators = unquotedRangeSeparators(text);
    if (separators.size() != 1)
        return {};
    const QString left = text.left(separators.first()).trimmed();
    const QString right = text.mid(separators.first() + 1).trimmed();
    if (left.isEmpty() || right.isEmpty())
        return {};

    const Value low = readValue(left);
    const Value high = readValue(right);
    if (!low.hint.isEmpty())
        return malformed(low.hint);
    if (!high.hint.isEmpty())
        return malformed(high.hint);
    if (isNullKeyword(low) || isNullKeyword(high))
        return malformed(nullOrderHint());

    QVariant lowValue = bindValue(low, kind);
    QVariant highValue = bindValue(high, kind);
    for (const auto &[value, bound] : {std::pair(low, lowValue), std::pair(high, highValue)}) {
        if (const QString hint = notANumberHint(value, bound, kind); !hint.isEmpty())
            return malformed(hint);
    }
    if (isNumber(lowValue) && isNumber(highValue) && numberLess(highValue, lowValue))
        std::swap(lowValue, highValue);
    // Numbers compare as numbers; a number and a text as the engine compares mixed values.
    const bool numbers = isNumber(lowValue) && isNumber(highValue);
    const SqlDialect::Comparand side
        = dialect.comparand(column, kind, numbers ? lowValue : QVariant(QString()));
    return {QStringLiteral("%1 BETWEEN %2 AND %2").arg(side.column, side.placeholder),
            {lowValue, highValue},
            {}};
}

} // namespace

SqlCondition parseColumnFilter(const QString &text,
                               const QString &columnName,
                               ColumnKind kind,
                               const SqlDialect &dialect)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString column = dialect.quoteIdentifier(columnName);

    if (trimmed.size() >= 2 && trimmed.startsWith(slashChar) && trimmed.endsWith(slashChar))
        return regexpFilter(dialect, trimmed, column);

    // Two-character operators first, so that "<=" is not read as "<" followed by "=".
    static const Operator operators[] = {
        {QLatin1String("<="), QLatin1String("<=")}, {QLatin1String(">="), QLatin1String(">=")},
        {QLatin1String("<>"), QLatin1String("<>")}, {QLatin1String("!="), QLatin1String("<>")},
        {QLatin1String("="), QLatin1String("=")},   {QLatin1String("<"), QLatin1String("<")},
        {QLatin1String(">"), QLatin1String(">")},
    };
    for (const Operator &op : operators) {
        if (trimmed.startsWith(op.typed))
            return comparison(op, trimmed.mid(op.typed.size()), column, kind, dialect);
    }

    const SqlCondition between = range(trimmed, column, kind, dialect);
    if (!between.isEmpty())
        return between;

    const Value value = readValue(trimmed);
    if (!value.hint.isEmpty())
        return malformed(value.hint);
    return contains(dialect, column, value.text);
}

SqlCondition
globalSearch(const QString &text, const QStringList &columnNames, const SqlDialect &dialect)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (columnNames.isEmpty())
        return {QStringLiteral("0 = 1"), {}, {}};

    const QString pattern = escapeLike(trimmed);
    QStringList parts;
    SqlCondition condition;
    for (const QString &name : columnNames) {
        parts << dialect.likePredicate(dialect.quoteIdentifier(name));
        condition.values << pattern;
    }
    condition.sql = parts.size() == 1
                        ? parts.first()
                        : QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
    return condition;
}

SqlCondition combine(const QVector<SqlCondition> &conditions)
{
    QStringList parts;
    SqlCondition combined;
    for (const SqlCondition &condition : conditions) {
        if (!condition.isValid())
            return malformed(condition.hint);
        if (condition.isEmpty())
            continue;
        parts << QLatin1Char('(') + condition.sql + QLatin1Char(')');
        combined.values += condition.values;
    }
    combined.sql = parts.join(QLatin1String(" AND "));
    return combined;
}

} // namespace rowbook

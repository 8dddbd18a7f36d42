#include "typemapping.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <climits>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TypeMapping)
};

bool isNumberLiteral(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$)"));
    return number.match(text).hasMatch();
}

bool isStringLiteral(const QString &text)
{
    static const QRegularExpression literal(QStringLiteral(R"(^'([^']|'')*'$)"));
    return literal.match(text).hasMatch();
}

// Drops PostgreSQL's casts: 'x'::character varying, (0)::numeric, 1::bigint.
QString withoutCasts(QString sql)
{
    static const QRegularExpression cast(
        QStringLiteral(R"(::\s*"?[A-Za-z_][A-Za-z0-9_ ]*"?(\(\s*\d+\s*(,\s*\d+\s*)?\))?(\[\])?)"));
    sql.replace(cast, QString());
    return sql.trimmed();
}

QString unwrapParentheses(QString text)
{
    text = text.trimmed();
    while (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        // Only when the outer pair belongs together: "(a) + (b)" stays.
        int depth = 0;
        bool outer = true;
        for (int i = 0; i < text.size() - 1; ++i) {
            if (text.at(i) == QLatin1Char('('))
                ++depth;
            else if (text.at(i) == QLatin1Char(')'))
                --depth;
            if (depth == 0) {
                outer = false;
                break;
            }
        }
        if (!outer)
            break;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

// The scanners of TypeMapping::portableCheck: each takes one token of `source` at `i`, appends
// its portable form to `result` and moves `i` past it; false when the check is not portable.

// A string literal, with '' inside.
bool takeString(const QString &source, int &i, QString &result)
{
    const int n = int(source.size());
    int j = i + 1;
    while (j < n) {
        if (source.at(j) == QLatin1Char('\'')) {
            if (j + 1 < n && source.at(j + 1) == QLatin1Char('\'')) {
                j += 2;
                continue;
            }
            break;
        }
        ++j;
    }
    if (j >= n)
        return false;
    result += source.mid(i, j - i + 1);
    i = j + 1;
    return true;
}

// A name in "", [] or ``, written back in "".
bool takeQuotedName(const QString &source, int &i, QString &result)
{
    const QChar open = source.at(i);
    const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : open;
    const int j = int(source.indexOf(close, i + 1));
    if (j < 0)
        return false;
    QString name = source.mid(i + 1, j - i - 1);
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    result += QLatin1Char('"') + name + QLatin1Char('"');
    i = j + 1;
    return true;
}

bool takeNumber(const QString &source, int &i, QString &result)
{
    const int n = int(source.size());
    int j = i;
    while (j < n && (source.at(j).isLetterOrNumber() || source.at(j) == QLatin1Char('.')))
        ++j;
    const QString number = source.mid(i, j - i);
    if (!isNumberLiteral(number))
        return false;
    result += number;
    i = j;
    return true;
}

// A keyword both engines share, one of their few shared functions, or a column name.
bool takeWord(const QString &source, int &i, QString &result)
{
    static const QStringList words{
        QStringLiteral("AND"),   QStringLiteral("OR"),      QStringLiteral("NOT"),
        QStringLiteral("IN"),    QStringLiteral("BETWEEN"), QStringLiteral("IS"),
        QStringLiteral("NULL"),  QStringLiteral("LIKE"),    QStringLiteral("LENGTH"),
        QStringLiteral("LOWER"), QStringLiteral("UPPER"),   QStringLiteral("ABS"),
        QStringLiteral("TRIM"),  QStringLiteral("TRUE"),    QStringLiteral("FALSE")};
    static const QStringList functions{QStringLiteral("LENGTH"), QStringLiteral("LOWER"),
                                       QStringLiteral("UPPER"), QStringLiteral("ABS"),
                                       QStringLiteral("TRIM")};
    // Bare words are column names unless they are one of the few keywords allowed; other
    // keywords (CASE, GLOB, REGEXP, ...) make the check not simple.
    static const QStringList forbidden{
        QStringLiteral("CASE"),   QStringLiteral("WHEN"),    QStringLiteral("THEN"),
        QStringLiteral("ELSE"),   QStringLiteral("END"),     QStringLiteral("GLOB"),
        QStringLiteral("REGEXP"), QStringLiteral("MATCH"),   QStringLiteral("SELECT"),
        QStringLiteral("CAST"),   QStringLiteral("COLLATE"), QStringLiteral("ESCAPE"),
        QStringLiteral("EXISTS"), QStringLiteral("SIMILAR"), QStringLiteral("ILIKE")};
    const int n = int(source.size());
    int j = i;
    while (j < n && (source.at(j).isLetterOrNumber() || source.at(j) == QLatin1Char('_')))
        ++j;
    const QString word = source.mid(i, j - i);
    const QString upper = word.toUpper();
    int k = j;
    while (k < n && source.at(k).isSpace())
        ++k;
    const bool call = k < n && source.at(k) == QLatin1Char('(');
    if (call && !functions.contains(upper) && !words.contains(upper))
        return false; // a function other than the few both engines share
    if (!call && functions.contains(upper))
        return false;
    if (forbidden.contains(upper))
        return false;
    if (words.contains(upper))
        result += upper;
    else // PostgreSQL folds bare names to lower case; SQLite does not care
        result += QLatin1Char('"') + word + QLatin1Char('"');
    i = j;
    return true;
}

// One of =<>!+-*/%(), with != allowed and == written as =.
bool takeOperator(const QString &source, int &i, QString &result)
{
    const int n = int(source.size());
    const QChar c = source.at(i);
    if (c == QLatin1Char('!') && (i + 1 >= n || source.at(i + 1) != QLatin1Char('=')))
        return false;
    if (c == QLatin1Char('=') && i + 1 < n && source.at(i + 1) == QLatin1Char('=')) {
        result += QLatin1Char('=');
        i += 2;
        return true;
    }
    result += c;
    ++i;
    return true;
}

} // namespace

TypeMapping::Affinity TypeMapping::affinity(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return Affinity::Integer;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB"))
        || t.contains(QLatin1String("TEXT")))
        return Affinity::Text;
    if (t.contains(QLatin1String("BLOB")) || t.trimmed().isEmpty())
        return Affinity::Blob;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA"))
        || t.contains(QLatin1String("DOUB")))
        return Affinity::Real;
    return Affinity::Numeric;
}

bool TypeMapping::numericPrecision(const QString &declared, int *precision, int *scale)
{
    static const QRegularExpression numeric(
        QStringLiteral(R"(^\s*(NUMERIC|DECIMAL)\s*\(\s*(\d+)\s*(,\s*(\d+)\s*)?\)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = numeric.match(declared);
    if (!match.hasMatch())
        return false;
    *precision = match.captured(2).toInt();
    *scale = match.captured(4).isEmpty() ? 0 : match.captured(4).toInt();
    return *precision >= 1 && *precision <= 1000 && *scale <= *precision;
}

int TypeMapping::characterLength(const QString &declared)
{
    static const QRegularExpression character(
        QStringLiteral(R"(^\s*(N?VARCHAR|VARYING\s+CHARACTER|CHARACTER\s+VARYING|NATIVE\s+)"
                       R"(CHARACTER|N?CHAR|CHARACTER|NCHAR\s+VARYING)\s*\(\s*(\d+)\s*\)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = character.match(declared);
    return match.hasMatch() ? match.captured(2).toInt() : 0;
}

TypeMapping::Choice TypeMapping::sqliteToPostgres(const QString &declared,
                                                  const SqliteColumnStats &s)
{
    const QString upper = declared.trimmed().toUpper();
    const qint64 numbers = s.integers + s.reals;
    const qint64 values = numbers + s.texts + s.blobs;
    const auto asText = [&](const QString &why) {
        return Choice{QStringLiteral("text"), ValueCarry::Text, why};
    };
    if (s.blobs > 0) {
        if (s.blobs == values)
            return {QStringLiteral("bytea"), ValueCarry::AsIs, {}};
        // Bytes and other values in one column cannot share a PostgreSQL type; the caller
        // refuses the copy with this note.
        return {QString(), ValueCarry::AsIs,
                Text::tr("holds both BLOBs and other values, which no PostgreSQL type can keep")};
    }
    if (upper.contains(QLatin1String("BOOL")) && s.notBoolean == 0)
        return {QStringLiteral("boolean"), ValueCarry::BoolFromInt, {}};
    if (upper == QLatin1String("DATE")) {
        if (s.notDate == 0)
            return {QStringLiteral("date"), ValueCarry::Text, {}};
        const int values = int(qMin(s.notDate, qint64(INT_MAX)));
        return asText(Text::tr("is kept as text: %n value(s) are not dates written yyyy-MM-dd",
                               nullptr, values));
    }
    if (upper == QLatin1String("DATETIME") || upper == QLatin1String("TIMESTAMP")) {
        if (s.notDateTime == 0)
            return {QStringLiteral("timestamp"), ValueCarry::Text, {}};
        const int values = int(qMin(s.notDateTime, qint64(INT_MAX)));
        return asText(Text::tr("is kept as text: %n value(s) are not written yyyy-MM-dd HH:mm:ss",
                               nullptr, values));
    }
    const QString mixed = Text::tr("is kept as text: it holds text and numbers");
    switch (affinity(declared)) {
    case Affinity::Integer:
        if (s.texts > 0)
            return asText(mixed);
        if (s.reals > 0)
            return {QStringLiteral("double precision"), ValueCarry::AsIs,
                    Text::tr("becomes double precision: it holds fractional numbers")};
        return {QStringLiteral("bigint"), ValueCarry::Integer, {}};
    case Affinity::Text: {
        const int length = characterLength(declared);
        if (length > 0 && s.maxLength <= length)
            return {QStringLiteral("varchar(%1)").arg(length), ValueCarry::Text, {}};
        if (length > 0)
            return asText(
                Text::tr("becomes text: values are longer than %1 characters").arg(length));
        return {QStringLiteral("text"), ValueCarry::Text, {}};
    }
    case Affinity::Real:
        if (s.texts > 0)
            return asText(mixed);
        return {QStringLiteral("double precision"), ValueCarry::AsIs, {}};
    case Affinity::Blob:
        if (s.texts > 0 && numbers > 0)
            return asText(mixed);
        if (s.texts > 0 || values == 0)
            return {QStringLiteral("text"), ValueCarry::Text, {}};
        if (s.reals > 0)
            return {QStringLiteral("double precision"), ValueCarry::AsIs, {}};
        return {QStringLiteral("bigint"), ValueCarry::Integer, {}};
    case Affinity::Numeric:
        break;
    }
    if (s.texts > 0)
        return asText(mixed);
    int precision = 0;
    int scale = 0;
    if (numericPrecision(declared, &precision, &scale)) {
        if (s.notExactNumeric == 0)
            return {
                QStringLiteral("numeric(%1,%2)").arg(precision).arg(scale), ValueCarry::Text, {}};
        const int values = int(qMin(s.notExactNumeric, qint64(INT_MAX)));
        return {QStringLiteral("numeric"), ValueCarry::Text,
                Text::tr("becomes numeric without precision: %n value(s) do not fit NUMERIC(%1,%2)",
                         nullptr, values)
                    .arg(precision)
                    .arg(scale)};
    }
    return {QStringLiteral("numeric"), ValueCarry::Text, {}};
}

TypeMapping::Choice TypeMapping::postgresToSqlite(const QString &pgType)
{
    const QString t = pgType.trimmed().toLower();
    if (t == QLatin1String("smallint") || t == QLatin1String("integer")
        || t == QLatin1String("bigint"))
        return {QStringLiteral("INTEGER"), ValueCarry::Integer, {}};
    if (t == QLatin1String("boolean"))
        return {QStringLiteral("BOOLEAN"), ValueCarry::IntFromBool, {}};
    if (t == QLatin1String("real") || t == QLatin1String("double precision"))
        return {QStringLiteral("REAL"), ValueCarry::AsIs, {}};
    if (t.startsWith(QLatin1String("numeric")))
        return {t.toUpper(), ValueCarry::NumericText, {}};
    if (t.startsWith(QLatin1String("character varying(")))
        return {QStringLiteral("VARCHAR") + t.mid(17), ValueCarry::Text, {}};
    if (t.startsWith(QLatin1String("character(")))
        return {QStringLiteral("CHAR") + t.mid(9), ValueCarry::Text, {}};
    if (t == QLatin1String("text") || t == QLatin1String("character varying"))
        return {QStringLiteral("TEXT"), ValueCarry::Text, {}};
    if (t == QLatin1String("date"))
        return {QStringLiteral("DATE"), ValueCarry::Text, {}};
    if (t == QLatin1String("timestamp without time zone"))
        return {QStringLiteral("DATETIME"), ValueCarry::Text, {}};
    if (t == QLatin1String("bytea"))
        return {QStringLiteral("BLOB"), ValueCarry::AsIs, {}};
    return {QStringLiteral("TEXT"), ValueCarry::Text,
            Text::tr("becomes TEXT holding PostgreSQL's text form of %1").arg(pgType)};
}

bool TypeMapping::sqliteDefaultToPostgres(const QString &sql, const QString &pgType, QString *out)
{
    out->clear();
    const QString d = unwrapParentheses(sql);
    const QString upper = d.toUpper();
    if (pgType == QLatin1String("boolean")) {
        if (d == QLatin1String("0") || upper == QLatin1String("FALSE"))
            *out = QStringLiteral("false");
        else if (d == QLatin1String("1") || upper == QLatin1String("TRUE"))
            *out = QStringLiteral("true");
        return !out->isEmpty();
    }
    if (upper == QLatin1String("NULL") || upper == QLatin1String("CURRENT_TIMESTAMP")
        || upper == QLatin1String("CURRENT_DATE") || upper == QLatin1String("CURRENT_TIME")) {
        *out = upper;
        return true;
    }
    if (isNumberLiteral(d) || isStringLiteral(d)) {
        *out = d;
        return true;
    }
    if (upper == QLatin1String("TRUE") || upper == QLatin1String("FALSE")) {
        *out = upper == QLatin1String("TRUE") ? QStringLiteral("1") : QStringLiteral("0");
        return true;
    }
    return false;
}

bool TypeMapping::postgresDefaultToSqlite(const QString &sql, QString *out)
{
    out->clear();
    const QString d = unwrapParentheses(withoutCasts(sql));
    const QString lower = d.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("false")) {
        *out = lower == QLatin1String("true") ? QStringLiteral("1") : QStringLiteral("0");
        return true;
    }
    if (lower == QLatin1String("now()") || lower == QLatin1String("current_timestamp")
        || lower == QLatin1String("localtimestamp")) {
        *out = QStringLiteral("CURRENT_TIMESTAMP");
        return true;
    }
    if (lower == QLatin1String("current_date") || lower == QLatin1String("null")) {
        *out = d.toUpper();
        return true;
    }
    if (isNumberLiteral(d) || isStringLiteral(d)) {
        *out = d;
        return true;
    }
    return false;
}

bool TypeMapping::portableCheck(const QString &expression, bool toPostgres, QString *out)
{
    out->clear();
    const QString source = toPostgres ? expression : withoutCasts(expression);
    static const QString operators = QStringLiteral("=<>!+-*/%(),");
    QString result;
    int i = 0;
    const int n = int(source.size());
    while (i < n) {
        const QChar c = source.at(i);
        bool ok = true;
        if (c.isSpace()) {
            result += QLatin1Char(' ');
            ++i;
        } else if (c == QLatin1Char('\'')) {
            ok = takeString(source, i, result);
        } else if (c == QLatin1Char('"') || c == QLatin1Char('[') || c == QLatin1Char('`')) {
            ok = takeQuotedName(source, i, result);
        } else if (c.isDigit() || c == QLatin1Char('.')) {
            ok = takeNumber(source, i, result);
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            ok = takeWord(source, i, result);
        } else if (operators.contains(c)) {
            ok = takeOperator(source, i, result);
        } else {
            ok = false; // ||, ~, ::, ; and anything else
        }
        if (!ok)
            return false;
    }
    *out = result.simplified();
    return !out->isEmpty();
}

} // namespace rowbook

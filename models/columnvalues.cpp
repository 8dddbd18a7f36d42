#include "columnvalues.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <climits>
#include <cmath>
#include <optional>

namespace rowbook {
namespace {

const QString isoDate = QStringLiteral("yyyy-MM-dd");
const QString isoDateTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(rowbook::ColumnValues)
};

bool isWholeNumber(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong
           || type == QMetaType::UInt;
}

bool isNumber(const QVariant &value)
{
    return isWholeNumber(value) || value.typeId() == QMetaType::Double;
}

// An exact decimal as PostgreSQL's numeric reads and prints it ("-12345678901234567890.5"): the
// server's text of a numeric column, and what is typed into one.
bool isDecimalText(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return decimal.match(text).hasMatch();
}

// A decimal a double would round: more than 15 significant digits.
bool needsExactDecimal(const QString &text)
{
    if (!isDecimalText(text))
        return false;
    qsizetype digits = 0;
    bool leading = true;
    for (const QChar c : text) {
        if (!c.isDigit())
            continue;
        leading = leading && c == QLatin1Char('0');
        digits += leading ? 0 : 1;
    }
    return digits > 15;
}

// A date as people type it: 2026-03-21 or 2026-3-21.
QDate parseDate(const QString &text)
{
    QDate date = QDate::fromString(text, isoDate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("yyyy-M-d"));
    return date;
}

// A date and time: seconds may be left out, a T may separate date and time, and a date alone
// means midnight.
QDateTime parseDateTime(const QString &text)
{
    for (const QString &format :
         {isoDateTime, QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
          QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-M-d H:mm:ss"),
          QStringLiteral("yyyy-M-d H:mm")}) {
        const QDateTime dateTime = QDateTime::fromString(text, format);
        if (dateTime.isValid())
            return dateTime;
    }
    const QDate date = parseDate(text);
    return date.isValid() ? QDateTime(date, QTime(0, 0)) : QDateTime();
}

bool isIsoDate(const QVariant &value)
{
    return value.typeId() == QMetaType::QDate
           || (value.typeId() == QMetaType::QString
               && QDate::fromString(value.toString(), isoDate).isValid());
}

bool isIsoDateTime(const QVariant &value)
{
    return value.typeId() == QMetaType::QDateTime
           || (value.typeId() == QMetaType::QString
               && QDateTime::fromString(value.toString(), isoDateTime).isValid());
}

// The text of 15 significant digits, or 16 or 17 where that is what reads back as exactly `number`:
// an editor committed unchanged must not round the stored value (15 digits turned 0.1 + 0.2 into
// 0.3), and round numbers stay as the grid shows them (100000, not the shorter 1e+05).
QString exactText(double number)
{
    for (int digits = 15; digits < 17; ++digits) {
        const QString text = QString::number(number, 'g', digits);
        if (text.toDouble() == number)
            return text;
    }
    return QString::number(number, 'g', 17);
}

// What a boolean's text says: 1, true or yes; 0, false or no (any case, spaces around); none
// for other text.
std::optional<bool> booleanText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (QStringList{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes")}.contains(
            trimmed, Qt::CaseInsensitive))
        return true;
    if (QStringList{QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no")}.contains(
            trimmed, Qt::CaseInsensitive))
        return false;
    return std::nullopt;
}

} // namespace

QString ColumnValues::binaryText(qint64 bytes)
{
    const int count = bytes > INT_MAX ? INT_MAX : int(bytes);
    return QCoreApplication::translate("rowbook::ColumnValues", "(binary, %Ln byte(s))", nullptr,
                                       count);
}

QString ColumnValues::shortened(const QString &text, qsizetype chars)
{
    if (text.size() <= chars)
        return text;
    if (chars > 0 && text.at(chars - 1).isHighSurrogate())
        --chars; // not half a character
    return text.left(chars) + QStringLiteral(" …");
}

qsizetype ColumnValues::editableLength(const QString &text, bool wraps)
{
    const qsizetype end = std::min(text.size(), editedChars + 1);
    if (wraps) {
        qsizetype lineStart = 0;
        for (qsizetype at = 0; at < end; ++at) {
            if (text.at(at) == QLatin1Char('\n'))
                lineStart = at + 1;
            else if (at - lineStart >= wrappedLineChars)
                return at;
        }
    }
    return std::min(text.size(), editedChars);
}

QString ColumnValues::tooLongToEdit(qsizetype length, qsizetype shown)
{
    return QCoreApplication::translate(
               "rowbook::ColumnValues",
               "%1 characters, too many to edit here: the first %2 are shown. Copy the cell "
               "(Ctrl+C), or use Export… and Import… in View → Cell Editor, for the whole text.")
        .arg(QLocale().toString(length), QLocale().toString(shown));
}

QString ColumnValues::displayText(ColumnKind kind, const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return binaryText(value.toByteArray().size());
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    if (kind == ColumnKind::LongText || kind == ColumnKind::Text || kind == ColumnKind::Any) {
        QString text = value.toString();
        const qsizetype lf = text.indexOf(QLatin1Char('\n'));
        const qsizetype cr = text.indexOf(QLatin1Char('\r'));
        const qsizetype newline = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
        if (newline >= 0 && newline <= shownChars)
            return text.left(newline) + QStringLiteral(" …");
        return shortened(text);
    }
    return shortened(value.toString());
}

QVariant ColumnValues::editValue(ColumnKind kind, const QVariant &value)
{
    switch (kind) {
    case ColumnKind::Date: {
        const QDate date = QDate::fromString(value.toString(), isoDate);
        return date.isValid() ? QVariant(date) : value;
    }
    case ColumnKind::DateTime: {
        const QDateTime dateTime = QDateTime::fromString(value.toString(), isoDateTime);
        return dateTime.isValid() ? QVariant(dateTime) : value;
    }
    case ColumnKind::Boolean: {
        if (value.isNull())
            return value;
        // Text another program stored ('true', 'no') reads as toStorage() would store it.
        if (const std::optional<bool> said = booleanText(value.toString()))
            return *said;
        return QVariant(value.toLongLong() != 0);
    }
    default:
        return value;
    }
}

QString ColumnValues::editText(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Double:
        return exactText(value.toDouble());
    case QMetaType::QDate:
        return value.toDate().toString(isoDate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(isoDateTime);
    default:
        return value.toString();
    }
}

QString ColumnValues::textHint(ColumnKind kind, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (kind) {
    case ColumnKind::Integer:
        if (isWholeNumber(value))
            return {};
        return value.typeId() == QMetaType::Double
                   ? Messages::tr("This value is not a whole number, so it is edited as text.")
                   : Messages::tr("This value is not a number, so it is edited as text.");
    case ColumnKind::Real:
        return isNumber(value) || isDecimalText(value.toString())
                   ? QString()
                   : Messages::tr("This value is not a number, so it is edited as text.");
    case ColumnKind::Date:
        return isIsoDate(value)
                   ? QString()
                   : Messages::tr(
                       "This value is not a date written as yyyy-MM-dd, so it is edited as text.");
    case ColumnKind::DateTime:
        return isIsoDateTime(value) ? QString()
                                    : Messages::tr("This value is not a date and time written as "
                                                   "yyyy-MM-dd HH:mm:ss, so it is edited as text.");
    default:
        return {};
    }
}

ColumnValues::Parsed ColumnValues::fromText(ColumnKind kind, const QString &text, bool keepText)
{
    const QString trimmed = text.trimmed();
    const bool numeric = kind == ColumnKind::Integer || kind == ColumnKind::Real;
    const bool dated = kind == ColumnKind::Date || kind == ColumnKind::DateTime;
    if ((numeric || dated) && trimmed.isEmpty())
        return {QVariant(), {}};
    bool ok = false;
    if (kind == ColumnKind::Integer) {
        const qlonglong number = trimmed.toLongLong(&ok);
        if (ok)
            return {number, {}};
    }
    // Kept as typed when a double would round it: an exact numeric takes every digit (SQLite's
    // REAL and NUMERIC affinity still turn the text into their number).
    if (kind == ColumnKind::Real && needsExactDecimal(trimmed))
        return {trimmed, {}};
    if (kind == ColumnKind::Real || (kind == ColumnKind::Integer && keepText)) {
        double number = trimmed.toDouble(&ok);
        if (!ok)
            number = QLocale().toDouble(trimmed, &ok);
        if (ok && !std::isnan(number)) // SQLite stores NaN as NULL: "nan" is no number here
            return {number, {}};
    }
    if (kind == ColumnKind::Date) {
        const QDate date = parseDate(trimmed);
        if (date.isValid())
            return {date.toString(isoDate), {}};
    }
    if (kind == ColumnKind::DateTime) {
        const QDateTime dateTime = parseDateTime(trimmed);
        if (dateTime.isValid())
            return {dateTime.toString(isoDateTime), {}};
    }
    if (!(numeric || dated) || keepText)
        return {text, {}};
    const QString quoted = shortened(text, quotedChars);
    switch (kind) {
    case ColumnKind::Integer:
        return {
            {},
            Messages::tr("“%1” is not a whole number; type digits only, such as 42.").arg(quoted)};
    case ColumnKind::Real:
        return {{}, Messages::tr("“%1” is not a number; type one such as 3.5.").arg(quoted)};
    case ColumnKind::Date:
        return {{},
                Messages::tr("“%1” is not a date; type it as yyyy-MM-dd, such as 2026-03-21.")
                    .arg(quoted)};
    default:
        return {{},
                Messages::tr("“%1” is not a date and time; type it as yyyy-MM-dd HH:mm:ss, such as "
                             "2026-03-21 14:30:00.")
                    .arg(quoted)};
    }
}

QString ColumnValues::nullRefusal(const ColumnInfo &column, bool isKey)
{
    if (isKey)
        return Messages::tr("“%1” is the row’s id, so it cannot be set to NULL.").arg(column.name);
    if (column.notNull)
        return Messages::tr("“%1” requires a value, so it cannot be set to NULL.").arg(column.name);
    return {};
}

bool ColumnValues::same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const bool aText = a.typeId() == QMetaType::QString;
    const bool bText = b.typeId() == QMetaType::QString;
    return aText == bText && a == b;
}

bool ColumnValues::toStorage(ColumnKind kind, const QVariant &input, QVariant *stored)
{
    if (input.isNull()) {
        *stored = QVariant();
        return true;
    }
    const QString text = input.typeId() == QMetaType::QString ? input.toString() : QString();
    const bool isText = input.typeId() == QMetaType::QString;
    bool ok = true;
    switch (kind) {
    case ColumnKind::Integer:
        if (isText && text.trimmed().isEmpty()) {
            *stored = QVariant();
            return true;
        }
        *stored
            = isText ? QVariant(text.trimmed().toLongLong(&ok)) : QVariant(input.toLongLong(&ok));
        return ok;
    case ColumnKind::Real: {
        if (isText && text.trimmed().isEmpty()) {
            *stored = QVariant();
            return true;
        }
        if (isText && needsExactDecimal(text.trimmed())) { // as fromText() keeps it
            *stored = text.trimmed();
            return true;
        }
        double number = isText ? text.trimmed().toDouble(&ok) : input.toDouble(&ok);
        if (isText && !ok)
            number = QLocale().toDouble(text.trimmed(), &ok);
        *stored = number;
        return ok && !std::isnan(number); // SQLite would store NaN as NULL (infinity is a REAL)
    }
    case ColumnKind::Date:
        if (input.typeId() == QMetaType::QDate) {
            *stored = input.toDate().toString(isoDate);
            return input.toDate().isValid();
        }
        if (text.trimmed().isEmpty()) {
            *stored = QVariant();
            return true;
        }
        *stored = text.trimmed();
        return QDate::fromString(text.trimmed(), isoDate).isValid();
    case ColumnKind::DateTime:
        if (input.typeId() == QMetaType::QDateTime) {
            *stored = input.toDateTime().toString(isoDateTime);
            return input.toDateTime().isValid();
        }
        *stored = text;
        return true;
    case ColumnKind::Boolean:
        if (input.typeId() == QMetaType::Bool || !isText) {
            *stored = input.toBool() ? 1 : 0;
            return true;
        }
        if (const std::optional<bool> said = booleanText(text)) {
            *stored = *said ? 1 : 0;
            return true;
        }
        return false;
    case ColumnKind::Blob:
        *stored = input;
        return input.typeId() == QMetaType::QByteArray;
    case ColumnKind::Text:
    case ColumnKind::LongText:
    case ColumnKind::Any:
        *stored = kind == ColumnKind::Any && input.typeId() == QMetaType::QByteArray
                      ? input
                      : QVariant(input.toString());
        return true;
    }
    return false;
}

} // namespace rowbook

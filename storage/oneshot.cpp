#include "oneshot.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>

namespace rowbook::oneshot {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Where the quoted run that starts at `at` (a quote, a dollar quote or a comment) ends; `at`
// itself when none starts there.
qsizetype skipQuoted(const QString &sql, qsizetype at)
{
    const qsizetype size = sql.size();
    const QChar c = sql.at(at);
    const QChar next = at + 1 < size ? sql.at(at + 1) : QChar();
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
        // E'…' strings take backslash escapes; '' (or "") is the quote itself.
        const bool backslashes = c == QLatin1Char('\'') && at > 0
                                 && sql.at(at - 1).toLower() == QLatin1Char('e')
                                 && (at < 2 || !isWordChar(sql.at(at - 2)));
        qsizetype i = at + 1;
        while (i < size) {
            if (backslashes && sql.at(i) == QLatin1Char('\\')) {
                i += 2;
            } else if (sql.at(i) == c) {
                if (i + 1 < size && sql.at(i + 1) == c)
                    i += 2;
                else
                    return i + 1;
            } else {
                ++i;
            }
        }
        return size;
    }
    if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
        const qsizetype end = sql.indexOf(QLatin1Char('\n'), at);
        return end < 0 ? size : end + 1;
    }
    if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
        const qsizetype end = sql.indexOf(QLatin1String("*/"), at + 2);
        return end < 0 ? size : end + 2;
    }
    if (c == QLatin1Char('$') && (at == 0 || !isWordChar(sql.at(at - 1)))) {
        // $tag$ … $tag$, the tag empty or a word that does not start with a digit ($1 is not one).
        qsizetype i = at + 1;
        if (i < size && sql.at(i).isDigit())
            return at;
        while (i < size && isWordChar(sql.at(i)))
            ++i;
        if (i >= size || sql.at(i) != QLatin1Char('$'))
            return at;
        const QString tag = sql.mid(at, i + 1 - at);
        const qsizetype end = sql.indexOf(tag, i + 1);
        return end < 0 ? size : end + tag.size();
    }
    return at;
}

// As QSqlQuery binds it: a null QString or QByteArray (not an empty one) is NULL too.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    default:
        return false;
    }
}

QString formatted(const QSqlDriver *driver, const QVariant &value)
{
    // As QPSQL writes the values of its EXECUTE.
    QSqlField field(QString(), value.metaType());
    if (!isNullValue(value))
        field.setValue(value);
    return driver->formatValue(field);
}

} // namespace

bool inlined(const QSqlDriver *driver, const QString &sql, const QVariantList &values, QString *out)
{
    QString result;
    result.reserve(sql.size() + 16 * values.size());
    qsizetype used = 0;
    qsizetype from = 0;
    qsizetype i = 0;
    while (i < sql.size()) {
        const qsizetype end = skipQuoted(sql, i);
        if (end > i) {
            i = end;
            continue;
        }
        if (sql.at(i) == QLatin1Char('?')) {
            if (used == values.size())
                return false;
            result += QStringView(sql).mid(from, i - from);
            const QString value = formatted(driver, values.at(used++));
            if (value.startsWith(QLatin1Char('-')) && result.endsWith(QLatin1Char('-')))
                result += QLatin1Char(' '); // x-? with -5: x- -5, not the comment x--5
            result += value;
            from = i + 1;
        }
        ++i;
    }
    if (used != values.size())
        return false;
    result += QStringView(sql).mid(from);
    *out = result;
    return true;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    const QSqlDriver *driver = query.driver();
    QString text;
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL
        && inlined(driver, sql, values, &text))
        return query.exec(text);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace rowbook::oneshot

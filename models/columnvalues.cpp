#include "columnvalues.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace rowbook {
namespace {

const QString isoDate = QStringLiteral("yyyy-MM-dd");
const QString isoDateTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");

} // namespace

QString ColumnValues::displayText(ColumnKind kind, const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QCoreApplication::translate("rowbook::TableModel", "(binary, %1 bytes)").arg(value.toByteArray().size());
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    if (kind == ColumnKind::LongText || kind == ColumnKind::Text || kind == ColumnKind::Any) {
        QString text = value.toString();
        const qsizetype newline = text.indexOf(QLatin1Char('\n'));
        if (newline >= 0)
            text = text.left(newline) + QStringLiteral(" …");
        return text;
    }
    return value.toString();
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
    case ColumnKind::Boolean:
        return value.isNull() ? value : QVariant(value.toLongLong() != 0);
    default:
        return value;
    }
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
        *stored = isText ? QVariant(text.trimmed().toLongLong(&ok)) : QVariant(input.toLongLong(&ok));
        return ok;
    case ColumnKind::Real: {
        if (isText && text.trimmed().isEmpty()) {
            *stored = QVariant();
            return true;
        }
        double number = isText ? text.trimmed().toDouble(&ok) : input.toDouble(&ok);
        if (isText && !ok)
            number = QLocale().toDouble(text.trimmed(), &ok);
        *stored = number;
        return ok;
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
        if (QStringList{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes")}.contains(text.trimmed(), Qt::CaseInsensitive)) {
            *stored = 1;
            return true;
        }
        if (QStringList{QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no")}.contains(text.trimmed(), Qt::CaseInsensitive)) {
            *stored = 0;
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

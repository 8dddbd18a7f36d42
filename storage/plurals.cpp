#include "plurals.h"

#include <QCoreApplication>
#include <QLocale>

namespace rowbook {

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

QString EnglishPlurals::form(const char *sourceText, int n)
{
    const QString text = QString::fromUtf8(sourceText);
    if (n < 0 || !text.contains(QLatin1String("(s)")))
        return {};
    QString result = text;
    result.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return result;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    return form(sourceText, n); // an empty result makes Qt use the source text
}

void installEnglishPlurals()
{
    QCoreApplication::installTranslator(new EnglishPlurals(QCoreApplication::instance()));
}

} // namespace rowbook

#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rowbook::Language {

namespace {

const auto systemValue = QStringLiteral("system");
const auto english = QStringLiteral("en");

// "de-DE", "de_AT" and "de" all mean "de".
QString baseLanguage(const QString &name)
{
    return name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

// The same file as models/settings.h (Rowbook/Rowbook.conf), which resources/ cannot include.
const auto organisation = QStringLiteral("Rowbook");

} // namespace

QStringList translated()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString setting()
{
    const QSettings settings(QSettings::UserScope, organisation, organisation);
    const QString value = settings.value(QLatin1String(settingKey)).toString().trimmed().toLower();
    return value == english || translated().contains(value) ? value : systemValue;
}

void setSetting(const QString &value)
{
    QSettings settings(QSettings::UserScope, organisation, organisation);
    settings.setValue(QLatin1String(settingKey), value);
}

QString resolve(const QString &setting, const QStringList &uiLanguages)
{
    if (setting == english || translated().contains(setting))
        return setting;
    for (const QString &name : uiLanguages) {
        const QString language = baseLanguage(name);
        if (language == english || translated().contains(language))
            return language;
    }
    return english;
}

QString install()
{
    const QString language = resolve(setting(), QLocale::system().uiLanguages());
    if (language == english)
        return language;
    QLocale::setDefault(QLocale(language));
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/rowbook_") + language))
        QCoreApplication::installTranslator(own);
    return language;
}

QString nativeName(const QString &language)
{
    if (language == english)
        return QStringLiteral("English");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace rowbook::Language

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rowbook::Language {

// The [appearance] key of Rowbook's settings file beside theme=: language=system|en|de|fr.
inline constexpr auto settingKey = "appearance/language";

// The languages Rowbook ships a translation for; English is the language of the source texts.
QStringList translated();

// The stored choice: "system" (also for a missing or unknown value), "en", "de" or "fr".
QString setting();
void setSetting(const QString &value);

// The language to show: the setting, or with "system" the first of the user's UI languages
// (QLocale::system().uiLanguages(), which follows LANGUAGE and LANG) that Rowbook ships; "en"
// when none is.
QString resolve(const QString &setting, const QStringList &uiLanguages);

// Installs Rowbook's translation and Qt's own (qtbase_LANG.qm, for standard dialogs and buttons)
// for resolve(setting(), …) on the running QCoreApplication, and sets the default QLocale to it so
// that numbers read the same as the words. Call once, before any text is shown or printed.
// Returns the language used.
QString install();

// The name of a language in that language, for the menu: "Deutsch", "Français", "English".
QString nativeName(const QString &language);

} // namespace rowbook::Language

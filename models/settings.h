#pragma once

#include <QSettings>

namespace rowbook {

// Rowbook's per-user settings: ~/.config/Rowbook/Rowbook.conf, the registry or a plist.
class Settings : public QSettings
{
public:
    Settings()
        : QSettings(QSettings::UserScope, QStringLiteral("Rowbook"), QStringLiteral("Rowbook"))
    {}
    static QString lastTableKey(const QString &databasePath)
    {
        return QStringLiteral("lastTable/")
               + QString::fromLatin1(databasePath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    }
};

} // namespace rowbook

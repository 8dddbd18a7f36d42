#include "columnlayout.h"

#include "settings.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>

namespace rowbook {
namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

bool ColumnLayout::operator==(const ColumnLayout &other) const
{
    return order == other.order && hidden == other.hidden && frozen == other.frozen
           && widths == other.widths;
}

QVector<int> ColumnLayout::visualOrder(const QStringList &columns) const
{
    QVector<int> result;
    QSet<int> placed;
    for (const QString &name : order) {
        const int logical = columns.indexOf(name);
        if (logical >= 0 && !placed.contains(logical)) {
            result.append(logical);
            placed.insert(logical);
        }
    }
    for (int logical = 0; logical < columns.size(); ++logical) {
        if (!placed.contains(logical))
            result.append(logical);
    }
    return result;
}

int ColumnLayout::frozenCount(const QStringList &columns) const
{
    int count = 0;
    for (const QString &name : order.mid(0, std::max(0, frozen))) {
        if (columns.contains(name))
            ++count;
    }
    return count;
}

QVariantMap ColumnLayout::toVariant() const
{
    QVariantMap widthMap;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        widthMap.insert(it.key(), it.value());
    return {{QStringLiteral("order"), order},
            {QStringLiteral("hidden"), hidden},
            {QStringLiteral("frozen"), frozen},
            {QStringLiteral("widths"), widthMap}};
}

ColumnLayout ColumnLayout::fromVariant(const QVariant &value)
{
    const QVariantMap map = value.toMap();
    ColumnLayout layout;
    layout.order = map.value(QStringLiteral("order")).toStringList();
    layout.hidden = map.value(QStringLiteral("hidden")).toStringList();
    layout.frozen = std::max(0, map.value(QStringLiteral("frozen")).toInt());
    const QVariantMap widthMap = map.value(QStringLiteral("widths")).toMap();
    for (auto it = widthMap.cbegin(); it != widthMap.cend(); ++it) {
        bool ok = false;
        const int width = it.value().toInt(&ok);
        if (ok && width > 0)
            layout.widths.insert(it.key(), width);
    }
    return layout;
}

QString ColumnLayout::settingsKey(const QString &databasePath, const QString &table)
{
    // A file opened read-only is named by its URI (file:///…?immutable=1): the same file, the
    // same layout.
    const QUrl uri(databasePath);
    const QFileInfo file(uri.scheme() == QLatin1String("file") ? uri.toLocalFile() : databasePath);
    const QString canonical
        = file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    return QStringLiteral("columns/%1/%2").arg(encoded(canonical), encoded(table));
}

ColumnLayout ColumnLayout::load(const QString &databasePath, const QString &table)
{
    return fromVariant(Settings().value(settingsKey(databasePath, table)));
}

void ColumnLayout::save(const QString &databasePath, const QString &table) const
{
    Settings().setValue(settingsKey(databasePath, table), toVariant());
}

} // namespace rowbook

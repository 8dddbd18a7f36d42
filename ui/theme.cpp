#include "theme.h"

#include <QDBusVariant>

#include <algorithm>
#include <cmath>

namespace rowbook {

namespace Theme {

namespace {

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](int a, int b) {
        return static_cast<int>(std::lround(a + (b - a) * amount));
    };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}

// Text hues for a light background and for a dark one; tints are made from the soft hues.
struct Hues
{
    QColor onLight;
    QColor onDark;
    QColor soft;
};

Hues huesOf(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return {QColor(0xb3, 0x26, 0x1e), QColor(0xf2, 0x8b, 0x82), QColor(0xf2, 0x8b, 0x82)};
    case Tone::Warning:
        return {QColor(0x8a, 0x53, 0x00), QColor(0xfd, 0xd6, 0x63), QColor(0xfb, 0xd3, 0x4d)};
    case Tone::Success:
        return {QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc9, 0x95), QColor(0x81, 0xc9, 0x95)};
    case Tone::Info:
        return {QColor(0x15, 0x65, 0xc0), QColor(0x8a, 0xb4, 0xf8), QColor(0x8a, 0xb4, 0xf8)};
    case Tone::Muted:
        break;
    }
    return {QColor(0x5f, 0x5f, 0x5f), QColor(0xa8, 0xa8, 0xa8), QColor(0x9e, 0x9e, 0x9e)};
}

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

QString settingValue(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice fromSettingValue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("light"))
        return Choice::Light;
    if (v == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

Look lookFor(Choice choice, bool systemPrefersDark)
{
    switch (choice) {
    case Choice::Light:
        return Look::Light;
    case Choice::Dark:
        return Look::Dark;
    case Choice::System:
        break;
    }
    return systemPrefersDark ? Look::Dark : Look::Platform;
}

bool prefersDark(const QVariant &colorScheme)
{
    QVariant value = colorScheme;
    while (value.metaType() == QMetaType::fromType<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    return ok && scheme == 1; // 0 no preference, 1 prefer dark, 2 prefer light
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x15, 0x65, 0xc0));
    palette.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x8c, 0x8c, 0x8c));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x3a, 0x3a, 0x3a), QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x30, 0x30));
    return palette;
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.18; // mid-grey is about 0.18-0.21
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &colour, const QColor &towards, const QList<QColor> &backgrounds)
{
    constexpr int steps = 20;
    for (int step = 0; step <= steps; ++step) {
        const QColor candidate = mix(colour, towards, double(step) / steps);
        if (std::all_of(backgrounds.cbegin(), backgrounds.cend(), [&](const QColor &background) {
                return contrast(candidate, background) >= minimumContrast;
            }))
            return candidate;
    }
    return towards;
}

QColor text(Tone tone, const QPalette &palette)
{
    const Hues hues = huesOf(tone);
    return readable(isDark(palette) ? hues.onDark : hues.onLight, palette.color(QPalette::Text),
                    {palette.color(QPalette::Window), palette.color(QPalette::Base)});
}

QColor tint(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor textColour = palette.color(QPalette::Text);
    for (double amount = isDark(palette) ? 0.25 : 0.35; amount > 0.0; amount -= 0.05) {
        const QColor candidate = mix(base, huesOf(tone).soft, amount);
        if (contrast(textColour, candidate) >= minimumContrast)
            return candidate;
    }
    return base;
}

CellColours cellColours(const QPalette &palette)
{
    CellColours colours;
    colours.pendingBackground = tint(Tone::Warning, palette);
    colours.refusedBackground = tint(Tone::Error, palette);
    colours.nullText
        = readable(text(Tone::Muted, palette), palette.color(QPalette::Text),
                   {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase),
                    colours.pendingBackground, colours.refusedBackground});
    return colours;
}

QColor indicatorFrame(const QPalette &palette)
{
    const CellColours cells = cellColours(palette);
    return readable(palette.color(QPalette::Mid), palette.color(QPalette::Text),
                    {palette.color(QPalette::Window), palette.color(QPalette::Base),
                     palette.color(QPalette::AlternateBase), palette.color(QPalette::Button),
                     cells.pendingBackground, cells.refusedBackground});
}

ChartColours chartColours(const QPalette &palette)
{
    ChartColours colours;
    colours.background = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.series
        = readable(palette.color(QPalette::Highlight), colours.text, {colours.background});
    colours.others = readable(text(Tone::Muted, palette), colours.text, {colours.background});
    colours.axis = mix(colours.background, colours.text, 0.6);
    colours.grid = mix(colours.background, colours.text, 0.15);
    return colours;
}

} // namespace Theme

} // namespace rowbook

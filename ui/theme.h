#pragma once

#include "cellcolours.h"

#include <QColor>
#include <QPalette>
#include <QString>
#include <QVariant>

namespace rowbook {

// The colours Rowbook draws itself, derived from a palette: no widgets here, so every rule can be
// tested on its own. Text colours keep a WCAG contrast of at least minimumContrast against the
// backgrounds they are drawn on, in light and dark palettes alike.
namespace Theme {

// What the user chose in View → Theme, stored as theme=system|light|dark in [appearance].
enum class Choice { System, Light, Dark };
QString settingValue(Choice choice);
Choice fromSettingValue(const QString &value); // anything unknown is System
inline constexpr auto settingKey = "appearance/theme";

// What the window ends up with: the platform's own style and palette, or Fusion with ours.
enum class Look { Platform, Light, Dark };
// systemPrefersDark: the desktop asked for dark (the freedesktop portal's color-scheme == 1).
Look lookFor(Choice choice, bool systemPrefersDark);
// The value of the portal's Read("org.freedesktop.appearance", "color-scheme") reply or of its
// SettingChanged signal (a variant, possibly wrapped in one or two QDBusVariants when it comes
// straight from the bus, unwrapped by the caller): 1 is "prefer dark".
bool prefersDark(const QVariant &colorScheme);

QPalette lightPalette();
QPalette darkPalette();
bool isDark(const QPalette &palette); // the window colour is darker than mid-grey

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double luminance(const QColor &colour);
double contrast(const QColor &a, const QColor &b);
inline constexpr double minimumContrast = 4.5;

// Text in a tone: error messages, warnings, success, information, and muted notes (NULL).
enum class Tone { Error, Warning, Success, Info, Muted };
// The tone's text colour, readable on the palette's Window and Base.
QColor text(Tone tone, const QPalette &palette);
// A background tint in the tone, with the palette's Text still readable on it.
QColor tint(Tone tone, const QPalette &palette);
// The colour moved towards `towards` until it has the minimum contrast against every background.
QColor readable(const QColor &colour, const QColor &towards, const QList<QColor> &backgrounds);

// The grid's colours: NULL text, pending-edit and refused-row tints.
CellColours cellColours(const QPalette &palette);

// The frame of a check box, in cells and in forms: readable on the window, the cells and their
// tints. (Fusion draws it in a shade of the window colour, which vanishes on a dark Base.)
QColor indicatorFrame(const QPalette &palette);

// The colours of a chart drawn on the palette's Base: bars, points and lines in the highlight
// hue, the bar of "other values" muted, axes and grid lines; the first two readable on Base.
struct ChartColours
{
    QColor background; // Base
    QColor text;       // Text: tick labels and titles
    QColor series;     // bars, points, lines
    QColor others;     // the bar chart's "other values"
    QColor axis;
    QColor grid;
};
ChartColours chartColours(const QPalette &palette);

} // namespace Theme

} // namespace rowbook

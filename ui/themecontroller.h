#pragma once

#include "theme.h"

#include <QObject>

class QWidget;

namespace rowbook {

// Applies the theme chosen in View → Theme to the whole application at once (no restart) and
// stores the choice as theme=system|light|dark in [appearance]. Dark and Light are Fusion with
// Theme's palettes; System is the platform's own style and palette, except on Linux desktops
// whose freedesktop portal says "prefer dark", where it is Fusion with the dark palette; the
// portal's SettingChanged signal switches a running Rowbook with the desktop. Without a session
// bus (CI, containers) System is the platform's look, which is light.
class ThemeController : public QObject
{
    Q_OBJECT
public:
    // Reads the stored choice and applies it.
    explicit ThemeController(QObject *parent = nullptr);

    Theme::Choice choice() const { return m_choice; }
    Theme::Look look() const { return Theme::lookFor(m_choice, m_systemPrefersDark); }
    void setChoice(Theme::Choice choice); // stores it and applies it
    // What the desktop asks for (from the portal); only System follows it.
    void setSystemPrefersDark(bool dark);

Q_SIGNALS:
    // After the application's style and palette changed.
    void changed();

private:
    void apply();
    void listenToPortal();

    Theme::Choice m_choice = Theme::Choice::System;
    bool m_systemPrefersDark = false;
};

// Widgets whose colours come from the theme: they keep their tone across theme changes
// (ThemeController re-applies it to every widget after a switch).
namespace Themed {
// Text (WindowText and Text) in the tone, readable on the window and field backgrounds.
void setTextTone(QWidget *widget, Theme::Tone tone);
// `role` (Window for frames and labels, Base for fields) tinted in the tone; text stays readable.
void setTint(QWidget *widget, Theme::Tone tone, int role);
// Read-only fields look it: the window's background instead of a text field's.
void setWindowBase(QWidget *widget);
// A button that is on (a pressed toggle) in the selection's colours, which stand out from the
// button's own in both themes.
void setSelectedButton(QWidget *widget);
// Back to the inherited palette.
void clear(QWidget *widget);
// Re-applies the tone of every themed widget from the current application palette.
void refreshAll();
} // namespace Themed

} // namespace rowbook

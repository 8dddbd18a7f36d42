#pragma once

#include <QDialog>

class QTableWidget;
class QToolBar;

namespace rowbook {

// Help → Keyboard Shortcuts: every action of the window that has a shortcut, read from the
// QActions themselves (so the list cannot drift from the menus), then the keys that act without
// an action (PaneNavigator::otherKeys()).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Keys, Action, Menu, ColumnCount };

    // An action whose text changes (Undo Edit Name of ...) names itself for the list with this
    // property: setProperty(ShortcutsDialog::nameProperty, tr("&Undo")).
    static constexpr const char *nameProperty = "rowbookShortcutName";

    explicit ShortcutsDialog(QWidget *window);
    QTableWidget *table() const { return m_table; }

    // Toolbar tooltips say the shortcut, "Undo (Ctrl+Z)", and follow changes of the action.
    static void showShortcutsInToolTips(QToolBar *toolBar);

private:
    QTableWidget *m_table;
};

} // namespace rowbook

#include "shortcutsdialog.h"

#include "gridlayout.h"
#include "menupath.h"
#include "panenavigator.h"
#include "screenfit.h"
#include "sqlconsole.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace rowbook {
namespace {

// The text without mnemonics, as QAction makes its default tooltip.
QString stripped(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QLatin1String("&&"), QLatin1String("&"));
    return text.remove(QLatin1String("...")).trimmed();
}

QString plain(const QString &text)
{
    return stripped(text).remove(QStringLiteral("…")).trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

QString menuOf(const QAction *action)
{
    QStringList path;
    for (QObject *object : action->associatedObjects()) {
        for (auto *menu = qobject_cast<QMenu *>(object); menu;
             menu = qobject_cast<QMenu *>(menu->menuAction()->associatedObjects().value(0))) {
            path.prepend(plain(menu->title()));
        }
        if (!path.isEmpty())
            break;
    }
    return menuPath(path);
}

// Whether `action` belongs to `window` itself, not to a window of its own opened from it (the
// schema diagram's Zoom In is not a key of the main window). Menus, floating docks and toolbars
// are windows too, of theirs.
bool inWindow(const QAction *action, const QWidget *window)
{
    for (const QObject *object = action->parent(); object; object = object->parent()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (widget && widget->isWindow() && !qobject_cast<const QMenu *>(widget)
            && !qobject_cast<const QDockWidget *>(widget)
            && !qobject_cast<const QToolBar *>(widget))
            return widget == window;
    }
    return true;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_table(new QTableWidget(0, ColumnCount))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Menu")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A long description wraps in its row rather than end in "…".
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Action, QHeaderView::Stretch);

    struct Row
    {
        QString keys, action, menu;
    };
    QVector<Row> rows;
    QSet<const QAction *> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action) || !inWindow(action, window))
            continue;
        seen.insert(action);
        const QVariant name = action->property(nameProperty);
        rows.push_back({keysOf(action), plain(name.isValid() ? name.toString() : action->text()),
                        menuOf(action)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.menu, a.action) < std::tie(b.menu, b.action);
    });
    for (const auto &[keys, what] : PaneNavigator::otherKeys() + GridLayout::otherKeys())
        rows.push_back({keys, what, tr("Grid and panes")});
    for (const auto &[keys, what] : SqlConsole::keys())
        rows.push_back({keys, what, tr("SQL console")});
    for (const Row &row : std::as_const(rows)) {
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        m_table->setItem(at, Keys, new QTableWidgetItem(row.keys));
        m_table->setItem(at, Action, new QTableWidgetItem(row.action));
        m_table->setItem(at, Menu, new QTableWidgetItem(row.menu));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(640, 560));
}

void ShortcutsDialog::showShortcutsInToolTips(QToolBar *toolBar)
{
    for (QAction *action : toolBar->actions()) {
        // A tooltip set on purpose is kept as the text; otherwise it follows the action's text.
        const QString own
            = action->toolTip() != stripped(action->text()) ? action->toolTip() : QString();
        auto update = [action, own] {
            const QString text = own.isEmpty() ? stripped(action->text()) : own;
            const QString wanted
                = action->shortcut().isEmpty()
                      ? text
                      : tr("%1 (%2)").arg(text,
                                          action->shortcut().toString(QKeySequence::NativeText));
            if (action->toolTip() != wanted)
                action->setToolTip(wanted); // emits changed() once more, then nothing differs
        };
        QObject::connect(action, &QAction::changed, toolBar, update);
        update();
    }
}

} // namespace rowbook

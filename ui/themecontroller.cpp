#include "themecontroller.h"

#include "checkframestyle.h"

#include "settings.h"
#include "uilogging.h"

#include <QApplication>
#include <QDBusAbstractInterface>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QFileInfo>
#include <QPalette>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <iterator>
#include <optional>

namespace rowbook {

namespace {

const char *const toneProperty = "rowbookTextTone";
const char *const tintProperty = "rowbookTint";
const char *const tintRoleProperty = "rowbookTintRole";
const char *const windowBaseProperty = "rowbookWindowBase";
const char *const selectedButtonProperty = "rowbookSelectedButton";
// Every property a themed widget may carry: clear() removes them, refreshAll() looks for them.
const char *const themedProperties[]
    = {toneProperty, tintProperty, tintRoleProperty, windowBaseProperty, selectedButtonProperty};

const auto portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const auto portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const auto portalInterface = QStringLiteral("org.freedesktop.portal.Settings");
const auto appearanceNamespace = QStringLiteral("org.freedesktop.appearance");
const auto colorSchemeKey = QStringLiteral("color-scheme");
constexpr int portalTimeoutMs = 500;

// The application's look is one for the whole process, whichever controller set it last. At
// launch it is the platform's, except on Windows, where the first controller sets System's
// style (apply()).
#ifdef Q_OS_WIN
std::optional<Theme::Look> appliedLook;
#else
std::optional<Theme::Look> appliedLook = Theme::Look::Platform;
#endif

// The style the platform gave the application, remembered before Rowbook first changes it.
QString platformStyleName()
{
    static const QString name = QApplication::style()->name();
    return name;
}

bool hasSessionBus()
{
    // Without an address libdbus would try to autolaunch a bus; CI has none: stay light.
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

} // namespace

// The portal's Settings interface, for its SettingChanged signal only (declared here, so that it
// connects with a function pointer). No service name: matching on it would ask the bus for the
// name's owner synchronously.
class PortalSettings : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    explicit PortalSettings(QObject *parent)
        : QDBusAbstractInterface(QString(),
                                 portalPath,
                                 portalInterface.toLatin1().constData(),
                                 QDBusConnection::sessionBus(),
                                 parent)
    {}

Q_SIGNALS:
    void SettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);
};

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_choice(Theme::fromSettingValue(Settings().value(Theme::settingKey).toString()))
{
    platformStyleName(); // before the first change
    listenToPortal();
    apply();
}

void ThemeController::setChoice(Theme::Choice choice)
{
    m_choice = choice;
    Settings().setValue(Theme::settingKey, Theme::settingValue(choice));
    apply();
}

void ThemeController::setSystemPrefersDark(bool dark)
{
    m_systemPrefersDark = dark;
    apply();
}

void ThemeController::apply()
{
    const Theme::Look wanted = look();
    if (wanted == appliedLook && wanted == Theme::Look::Platform)
        return; // nothing to undo: the platform's look is what the application started with
    qCDebug(lcUi) << "theme" << Theme::settingValue(m_choice) << "look" << int(wanted);
    switch (wanted) {
    case Theme::Look::Platform:
#ifdef Q_OS_WIN
        // Fusion, the only style that draws darkmode=2's dark palette (see main.cpp), with its
        // check boxes framed visibly as in Light and Dark.
        QApplication::setStyle(new CheckFrameStyle);
#else
        QApplication::setStyle(platformStyleName());
#endif
        QApplication::setPalette(QPalette()); // nothing set: all of the platform theme's palette
        break;
    case Theme::Look::Light:
        QApplication::setStyle(new CheckFrameStyle); // Fusion, check boxes framed visibly
        QApplication::setPalette(Theme::lightPalette());
        break;
    case Theme::Look::Dark:
        QApplication::setStyle(new CheckFrameStyle); // Fusion, check boxes framed visibly
        QApplication::setPalette(Theme::darkPalette());
        break;
    }
    appliedLook = wanted;
    Themed::refreshAll();
    Q_EMIT changed();
}

void ThemeController::listenToPortal()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!hasSessionBus() || !QDBusConnection::sessionBus().isConnected())
        return;
    // QtDBus finds the signal's parameter types by name, and Qt 6.4 registers QDBusVariant's name
    // only once a variant has been demarshalled: in a process's first window the connection
    // below failed silently (no match rule, no signal) until then. Register it first.
    qRegisterMetaType<QDBusVariant>();
    auto *settings = new PortalSettings(this);
    connect(settings, &PortalSettings::SettingChanged, this,
            [this](const QString &nameSpace, const QString &key, const QDBusVariant &value) {
                if (nameSpace == appearanceNamespace && key == colorSchemeKey)
                    setSystemPrefersDark(Theme::prefersDark(value.variant()));
            });
    QDBusMessage read = QDBusMessage::createMethodCall(portalService, portalPath, portalInterface,
                                                       QStringLiteral("Read"));
    read << appearanceNamespace << colorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(read, portalTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<QDBusVariant> reply = *call;
                call->deleteLater();
                if (reply.isError()) {
                    qCDebug(lcUi) << "no colour scheme from the portal:" << reply.error().message();
                    return;
                }
                setSystemPrefersDark(Theme::prefersDark(reply.value().variant()));
            });
#endif
}

namespace Themed {

namespace {

void applyTone(QWidget *widget)
{
    const QPalette app = QGuiApplication::palette();
    QPalette palette = widget->palette();
    if (const QVariant tone = widget->property(toneProperty); tone.isValid()) {
        const QColor colour = Theme::text(Theme::Tone(tone.toInt()), app);
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
    }
    if (const QVariant tint = widget->property(tintProperty); tint.isValid()) {
        const auto role = QPalette::ColorRole(widget->property(tintRoleProperty).toInt());
        palette.setColor(role, Theme::tint(Theme::Tone(tint.toInt()), app));
        palette.setColor(QPalette::WindowText, app.color(QPalette::Text));
        palette.setColor(QPalette::Text, app.color(QPalette::Text));
    }
    if (widget->property(windowBaseProperty).toBool())
        palette.setColor(QPalette::Base, app.color(QPalette::Window));
    if (widget->property(selectedButtonProperty).toBool()) {
        // Enabled only: a disabled button still looks disabled.
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Button, app.color(group, QPalette::Highlight));
            palette.setColor(group, QPalette::ButtonText,
                             app.color(group, QPalette::HighlightedText));
        }
    }
    widget->setPalette(palette);
}

} // namespace

void setTextTone(QWidget *widget, Theme::Tone tone)
{
    widget->setProperty(toneProperty, int(tone));
    applyTone(widget);
}

void setTint(QWidget *widget, Theme::Tone tone, int role)
{
    widget->setProperty(tintProperty, int(tone));
    widget->setProperty(tintRoleProperty, role);
    applyTone(widget);
}

void setWindowBase(QWidget *widget)
{
    widget->setProperty(windowBaseProperty, true);
    applyTone(widget);
}

void setSelectedButton(QWidget *widget)
{
    widget->setProperty(selectedButtonProperty, true);
    applyTone(widget);
}

void clear(QWidget *widget)
{
    for (const char *name : themedProperties)
        widget->setProperty(name, QVariant());
    widget->setPalette(QPalette());
}

void refreshAll()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        // Set only to be used (windowBase and selectedButton are true), removed by clear().
        if (std::any_of(std::begin(themedProperties), std::end(themedProperties),
                        [widget](const char *name) { return widget->property(name).isValid(); }))
            applyTone(widget);
    }
}

} // namespace Themed

} // namespace rowbook

#include "themecontroller.moc"

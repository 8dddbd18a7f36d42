// The desktop's side of View → Theme → System for tst_themeswitch: a stand-in for the
// freedesktop portal's Settings interface, in a process of its own as the real portal is. It owns
// org.freedesktop.portal.Desktop on the session bus, answers Read with the colour scheme, prints
// "ready" once it does, and for each line "0" or "1" on its standard input stores that scheme and
// emits SettingChanged. It ends at the end of its input.
//
// Served from the test's own process instead (an exported object on the connection the window
// listens on), its signals sometimes went unheard for the whole test: in CI, once here in a full
// parallel run, and every time with an activatable portal that never answers, where dbus-monitor
// showed the window's match rule reaching the bus only after the test had ended. From a process
// of its own, as a real portal is, the test passes in each of those cases.
#include <QByteArray>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVariant>
#include <QObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    uint colorScheme = 1;

public Q_SLOTS:
    QDBusVariant Read(const QString &nameSpace, const QString &key)
    {
        if (nameSpace != QLatin1String("org.freedesktop.appearance")
            || key != QLatin1String("color-scheme"))
            return QDBusVariant(QVariant());
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant(colorScheme))));
    }

Q_SIGNALS:
    void SettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakePortal portal;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        || !bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"))) {
        std::fprintf(stderr, "fake_portal: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);

    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, got);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            portal.colorScheme = pending.left(end).trimmed().toUInt();
            pending.remove(0, end + 1);
            Q_EMIT portal.SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                                         QStringLiteral("color-scheme"),
                                         QDBusVariant(QVariant(portal.colorScheme)));
        }
    });
    return QCoreApplication::exec();
}

#include "fakeportal.moc"

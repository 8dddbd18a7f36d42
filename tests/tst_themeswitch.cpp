// View → Theme at runtime: the choice is stored in [appearance], the application's palette and
// style change at once, and the grid's NULL text and pending-edit tint follow the new palette.
#include "autosaver.h"
#include "columneditdialog.h"
#include "database.h"
#include "fieldeditor.h"
#include "mainwindow.h"
#include "settings.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "theme.h"
#include "themecontroller.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace rowbook;

namespace {
enum Column { Id, Name, Quantity, Price, Added, Done, Notes };
constexpr int rowWithNullNotes = 1; // the starter file's "Fountain pen"

QColor windowColour()
{
    return QApplication::palette().color(QPalette::Window);
}
} // namespace

class TestThemeSwitch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QPalette m_platformPalette;
    QString m_platformStyle;
    std::unique_ptr<MainWindow> m_window;

    TableModel *model() const { return m_window->workspace()->model(); }
    QAction *themeAction(const QString &value) const
    {
        return m_window->menuBar()->findChild<QAction *>(QStringLiteral("theme-") + value);
    }
    QString storedTheme() const
    {
        return Settings().value(QLatin1String(Theme::settingKey)).toString();
    }
    QColor nullText() const
    {
        return model()
            ->data(model()->index(rowWithNullNotes, Notes), Qt::ForegroundRole)
            .value<QBrush>()
            .color();
    }
    QColor background(int row, int column) const
    {
        return model()
            ->data(model()->index(row, column), Qt::BackgroundRole)
            .value<QBrush>()
            .color();
    }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path));
        QTRY_COMPARE(model()->rowCount(), 6);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_platformPalette = QApplication::palette();
        m_platformStyle = QApplication::style()->name();
    }

    void init()
    {
        Settings().remove(QLatin1String(Theme::settingKey));
        m_path = testsupport::testFile(m_dir);
        QVERIFY(Database::prepare(m_path, Database::Open::Starter).isOpen());
        // The portal test opens its one window itself, once the portal is there, as a desktop
        // session starts Rowbook after its portal.
        if (QTest::currentTestFunction() != QByteArray("systemFollowsThePortalOverDBus"))
            openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        ThemeController().setChoice(Theme::Choice::System); // the next test starts as launched
        Settings().remove(QLatin1String(Theme::settingKey));
    }

    void menuHasThreeExclusiveChoicesWithSystemFirst()
    {
        QAction *system = themeAction(QStringLiteral("system"));
        QAction *light = themeAction(QStringLiteral("light"));
        QAction *dark = themeAction(QStringLiteral("dark"));
        QVERIFY(system && light && dark);
        QVERIFY(system->isChecked());
        QVERIFY(!light->isChecked() && !dark->isChecked());
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(!system->isChecked());
        light->trigger();
        QVERIFY(light->isChecked());
        QVERIFY(!dark->isChecked());
    }

    void darkIsStoredAndAppliedAtOnce()
    {
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QSignalSpy repaint(model(), &QAbstractItemModel::dataChanged);
        themeAction(QStringLiteral("dark"))->trigger();

        QCOMPARE(storedTheme(), QStringLiteral("dark"));
        QCOMPARE(windowColour(), Theme::darkPalette().color(QPalette::Window));
        QVERIFY(Theme::luminance(windowColour()) < 0.05);
        // Fusion, under the proxy that frames its check boxes visibly.
        const auto *style = qobject_cast<const QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        // The widgets take the palette when the event loop passes it on.
        QTRY_COMPARE(m_window->tableView()->palette().color(QPalette::Base),
                     Theme::darkPalette().color(QPalette::Base));
        QTRY_VERIFY(!repaint.isEmpty()); // the grid repaints with the new cell colours
    }

    void lightAndSystemAreStoredAndApplied()
    {
        themeAction(QStringLiteral("dark"))->trigger();
        themeAction(QStringLiteral("light"))->trigger();
        QCOMPARE(storedTheme(), QStringLiteral("light"));
        QCOMPARE(windowColour(), Theme::lightPalette().color(QPalette::Window));
        QVERIFY(Theme::luminance(windowColour()) > 0.8);

        themeAction(QStringLiteral("dark"))->trigger();
        themeAction(QStringLiteral("system"))->trigger();
        QCOMPARE(storedTheme(), QStringLiteral("system"));
        // Back to what the platform gave the application before any choice.
        QCOMPARE(QApplication::style()->name(), m_platformStyle);
        QCOMPARE(windowColour(), m_platformPalette.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text),
                 m_platformPalette.color(QPalette::Text));
    }

    void storedChoiceAppliesAtLaunch()
    {
        themeAction(QStringLiteral("dark"))->trigger();
        m_window.reset();
        ThemeController().setSystemPrefersDark(false); // as a fresh launch reads it: still dark
        QVERIFY(Theme::isDark(QApplication::palette()));
        openWindow();
        QVERIFY(themeAction(QStringLiteral("dark"))->isChecked());
        QTRY_COMPARE(nullText(), Theme::cellColours(Theme::darkPalette()).nullText);
    }

    void systemFollowsTheDesktopOnlyWhenChosen()
    {
        ThemeController *theme = m_window->findChild<ThemeController *>();
        QVERIFY(theme);
        theme->setSystemPrefersDark(true); // the portal's SettingChanged: prefer dark
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(theme->look(), Theme::Look::Dark);
        theme->setSystemPrefersDark(false);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QCOMPARE(windowColour(), m_platformPalette.color(QPalette::Window));

        themeAction(QStringLiteral("light"))->trigger();
        theme->setSystemPrefersDark(true);
        QCOMPARE(windowColour(), Theme::lightPalette().color(QPalette::Window));
        QCOMPARE(storedTheme(), QStringLiteral("light"));
    }

    void gridColoursComeFromThePalette()
    {
        // A refused row: the CHECK (done IN (0, 1)) refuses 5 when the autosave writes it.
        AutoSaver *saver = m_window->workspace()->autoSaver();
        saver->setDebounceMs(30);
        QVERIFY(model()->setData(model()->index(3, Done), 5, TableModel::StoredRole));
        QTRY_VERIFY(
            !model()->data(model()->index(3, Done), TableModel::ErrorRole).toString().isEmpty());
        // A pending edit, which the autosave leaves alone for now.
        saver->setDebounceMs(600000);
        QVERIFY(model()->setData(model()->index(0, Name), QStringLiteral("Typed")));
        QVERIFY(model()->data(model()->index(0, Name), TableModel::PendingRole).toBool());

        themeAction(QStringLiteral("light"))->trigger();
        const CellColours light = Theme::cellColours(Theme::lightPalette());
        QTRY_COMPARE(model()->cellColours(), light);
        QCOMPARE(nullText(), light.nullText);
        QCOMPARE(background(0, Name), light.pendingBackground);
        QCOMPARE(background(3, Name), light.refusedBackground);

        themeAction(QStringLiteral("dark"))->trigger();
        const CellColours dark = Theme::cellColours(Theme::darkPalette());
        QTRY_COMPARE(model()->cellColours(), dark);
        QCOMPARE(nullText(), dark.nullText);
        QCOMPARE(background(0, Name), dark.pendingBackground);
        QCOMPARE(background(3, Name), dark.refusedBackground);
        QVERIFY(nullText() != light.nullText);
        QVERIFY(background(0, Name) != light.pendingBackground);
        // Readable on the grid of the theme it is drawn in.
        const QColor base = m_window->tableView()->palette().color(QPalette::Base);
        QVERIFY(Theme::contrast(nullText(), base) >= Theme::minimumContrast);
        const QColor text = m_window->tableView()->palette().color(QPalette::Text);
        QVERIFY(Theme::contrast(text, background(0, Name)) >= Theme::minimumContrast);
        QVERIFY(Theme::contrast(text, background(3, Name)) >= Theme::minimumContrast);
    }

    // An unchecked box in the grid is seen in both themes: some pixel of its cell stands out
    // from the cell's background by at least 3:1 (WCAG's rule for parts of controls). Fusion's
    // own frame, a shade of the window colour, reached 1.1:1 on the dark grid.
    void uncheckedBoxesAreVisibleInBothThemes()
    {
        constexpr int uncheckedRow = 1; // the starter file's "Fountain pen" is not done
        QCOMPARE(model()->index(uncheckedRow, Done).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            themeAction(theme)->trigger();
            QTableView *view = m_window->tableView();
            QTRY_COMPARE(
                view->palette().color(QPalette::Base),
                (theme == QLatin1String("dark") ? Theme::darkPalette() : Theme::lightPalette())
                    .color(QPalette::Base));
            view->clearSelection(); // the cell on its own background, not the highlight
            view->setCurrentIndex(model()->index(0, Name));
            const QRect cell = view->visualRect(model()->index(uncheckedRow, Done));
            QVERIFY(!cell.isEmpty());
            const QImage image = view->viewport()->grab(cell).toImage();
            const QColor background = image.pixelColor(1, 1); // a corner: no box there
            double strongest = 1.0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    strongest
                        = std::max(strongest, Theme::contrast(image.pixelColor(x, y), background));
            QVERIFY2(strongest >= 3.0, qPrintable(QStringLiteral("%1: %2:1 on %3")
                                                      .arg(theme)
                                                      .arg(strongest, 0, 'f', 2)
                                                      .arg(background.name())));
        }
    }

    // Runs where there is a session bus: ctest runs it under dbus-run-session when it can, on a
    // bus that activates no service (tests/dbus-session.conf), so a portal the machine has
    // installed never starts. The portal is tests/fakeportal.cpp, in a process of its own (see
    // there why not in this one); each line written to it is a change of the desktop's scheme.
    void systemFollowsThePortalOverDBus()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus");
        QProcess portal;
        portal.start(QStringLiteral(FAKE_PORTAL), {});
        QVERIFY2(portal.waitForReadyRead(20000), qPrintable(portal.readAllStandardError()));
        QCOMPARE(portal.readLine().trimmed(), QByteArray("ready"));
        const auto stopPortal = qScopeGuard([&portal] {
            portal.kill();
            portal.waitForFinished(5000);
        });
        openWindow(); // its controller reads the portal: "prefer dark"
        QTRY_VERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(storedTheme(), QString()); // nothing chosen: System
        // The desktop drops its preference (the platform's light look here), then prefers dark
        // again: SettingChanged, followed live by this process's first and only window (which
        // once failed silently: see ThemeController::listenToPortal).
        portal.write("0\n");
        QTRY_VERIFY(!Theme::isDark(QApplication::palette()));
        portal.write("1\n");
        QTRY_VERIFY(Theme::isDark(QApplication::palette()));
        portal.closeWriteChannel();
        QVERIFY(portal.waitForFinished(10000));
        QCOMPARE(portal.exitCode(), 0);
    }

    // Hints are muted, not drawn as disabled text (grey on grey, 1.6:1): every label of the
    // window with a text, the empty form's included, is readable in both themes, as is the
    // Edit Column dialog's note.
    void labelsAreReadableInBothThemes()
    {
        auto *formEmpty = m_window->findChild<QLabel *>(QStringLiteral("formEmpty"));
        QVERIFY(formEmpty);
        QVERIFY(!formEmpty->text().isEmpty());
        ColumnEditDialog columnEdit(m_window->workspace()->reader(), model()->tableName(),
                                    model()->tableInfo().columns.first().name, m_window.get());
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            themeAction(theme)->trigger();
            QList<QLabel *> labels = m_window->findChildren<QLabel *>();
            labels += columnEdit.findChildren<QLabel *>();
            for (const QLabel *label : std::as_const(labels)) {
                if (label->text().isEmpty() || Qt::mightBeRichText(label->text()))
                    continue;
                // The colours it is drawn with: disabled text where it is disabled.
                const auto drawn = [label](QPalette::ColorRole role) {
                    return label->palette().color(
                        label->isEnabled() ? QPalette::Active : QPalette::Disabled, role);
                };
                QTRY_VERIFY2(
                    Theme::contrast(drawn(label->foregroundRole()), drawn(QPalette::Window))
                        >= Theme::minimumContrast,
                    qPrintable(theme + QLatin1String(": ") + label->text() + QLatin1Char(' ')
                               + drawn(label->foregroundRole()).name() + QLatin1Char('/')
                               + drawn(QPalette::Window).name()));
            }
        }
    }

    // A form field's NULL toggle looks pressed when the value is NULL, in both themes: the dark
    // theme drew it grey 64 against 72 (1.1:1).
    void aPressedNullToggleStandsOut()
    {
        ColumnInfo info;
        info.name = QStringLiteral("note");
        info.declaredType = QStringLiteral("TEXT");
        info.kind = ColumnKind::Text;
        FieldEditor field(info);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        auto *toggle = field.findChild<QToolButton *>(QStringLiteral("null:note"));
        QVERIFY(toggle);
        const auto panel = [toggle](const QVariant &value, FieldEditor *editor) {
            editor->setValue(value);
            const QImage image = toggle->grab().toImage();
            return image.pixelColor(image.width() / 8, image.height() / 2);
        };
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            themeAction(theme)->trigger();
            QTRY_VERIFY2(
                Theme::contrast(panel(QVariant(), &field), panel(QStringLiteral("x"), &field))
                    >= 1.5,
                qPrintable(theme + QLatin1String(": ") + panel(QVariant(), &field).name()
                           + QLatin1Char('/') + panel(QStringLiteral("x"), &field).name()));
        }
        // Read-only, it still looks disabled, not selected.
        field.setValue(QVariant());
        field.setReadOnly(true);
        QVERIFY(!toggle->isEnabled());
        QVERIFY(toggle->palette().color(QPalette::Disabled, QPalette::Button)
                != QApplication::palette().color(QPalette::Highlight));
    }

    void tonedLabelsFollowTheTheme()
    {
        QLabel label;
        Themed::setTextTone(&label, Theme::Tone::Error);
        themeAction(QStringLiteral("light"))->trigger();
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 Theme::text(Theme::Tone::Error, Theme::lightPalette()));
        themeAction(QStringLiteral("dark"))->trigger();
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 Theme::text(Theme::Tone::Error, Theme::darkPalette()));
        QTRY_COMPARE(label.palette().color(QPalette::Window),
                     Theme::darkPalette().color(QPalette::Window));
        QVERIFY(Theme::contrast(label.palette().color(QPalette::WindowText),
                                label.palette().color(QPalette::Window))
                >= Theme::minimumContrast);
        Themed::clear(&label);
        QTRY_COMPARE(label.palette().color(QPalette::WindowText),
                     QApplication::palette().color(QPalette::WindowText));
    }
};

QTEST_MAIN(TestThemeSwitch)
#include "tst_themeswitch.moc"

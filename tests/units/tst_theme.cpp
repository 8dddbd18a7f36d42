// Theme's pure rules: the stored choice, the look it leads to, the portal's answer, the palettes,
// and the WCAG contrast of every colour Rowbook draws itself, in light and dark palettes.
#include "theme.h"

#include <QDBusVariant>
#include <QtTest>

using namespace rowbook;

Q_DECLARE_METATYPE(Theme::Choice)
Q_DECLARE_METATYPE(Theme::Look)

namespace {

// A palette with only the window, base and text colours of a theme someone might run.
QPalette paletteOf(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette palette(window, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

const Theme::Tone tones[] = {Theme::Tone::Error, Theme::Tone::Warning, Theme::Tone::Success,
                             Theme::Tone::Info, Theme::Tone::Muted};

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingValues_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<Theme::Choice>("choice");
        QTest::newRow("system") << "system" << Theme::Choice::System;
        QTest::newRow("light") << "light" << Theme::Choice::Light;
        QTest::newRow("dark") << "dark" << Theme::Choice::Dark;
        QTest::newRow("upper case") << "Dark" << Theme::Choice::Dark;
        QTest::newRow("empty") << "" << Theme::Choice::System;
        QTest::newRow("unknown") << "purple" << Theme::Choice::System;
    }
    void settingValues()
    {
        QFETCH(QString, stored);
        QFETCH(Theme::Choice, choice);
        QCOMPARE(Theme::fromSettingValue(stored), choice);
        QCOMPARE(Theme::fromSettingValue(Theme::settingValue(choice)), choice);
    }

    void lookFollowsChoiceAndDesktop_data()
    {
        QTest::addColumn<Theme::Choice>("choice");
        QTest::addColumn<bool>("desktopDark");
        QTest::addColumn<Theme::Look>("look");
        QTest::newRow("system, light desktop")
            << Theme::Choice::System << false << Theme::Look::Platform;
        QTest::newRow("system, dark desktop") << Theme::Choice::System << true << Theme::Look::Dark;
        QTest::newRow("light on a dark desktop")
            << Theme::Choice::Light << true << Theme::Look::Light;
        QTest::newRow("dark on a light desktop")
            << Theme::Choice::Dark << false << Theme::Look::Dark;
    }
    void lookFollowsChoiceAndDesktop()
    {
        QFETCH(Theme::Choice, choice);
        QFETCH(bool, desktopDark);
        QFETCH(Theme::Look, look);
        QCOMPARE(Theme::lookFor(choice, desktopDark), look);
    }

    void portalColourScheme_data()
    {
        QTest::addColumn<QVariant>("reply");
        QTest::addColumn<bool>("dark");
        QTest::newRow("no preference") << QVariant(0u) << false;
        QTest::newRow("prefer dark") << QVariant(1u) << true;
        QTest::newRow("prefer light") << QVariant(2u) << false;
        QTest::newRow("nothing") << QVariant() << false;
        QTest::newRow("not a number") << QVariant(QStringLiteral("dark")) << false;
        // Read() answers with a variant inside a variant.
        QTest::newRow("wrapped dark")
            << QVariant::fromValue(QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant(1u)))))
            << true;
        QTest::newRow("wrapped light") << QVariant::fromValue(QDBusVariant(QVariant(2u))) << false;
    }
    void portalColourScheme()
    {
        QFETCH(QVariant, reply);
        QFETCH(bool, dark);
        QCOMPARE(Theme::prefersDark(reply), dark);
    }

    void luminanceAndContrastFollowWcag()
    {
        QCOMPARE(Theme::luminance(Qt::white), 1.0);
        QCOMPARE(Theme::luminance(Qt::black), 0.0);
        QCOMPARE(Theme::contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(Theme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrast(Qt::red, Qt::red), 1.0);
        // Reference values: #767676 is the lightest grey that passes 4.5:1 on white.
        QVERIFY(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(Theme::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        QVERIFY(qAbs(Theme::luminance(QColor(0x80, 0x80, 0x80)) - 0.2159) < 0.001);
    }

    void darkPaletteIsDarkAndLightIsLight()
    {
        const QPalette dark = Theme::darkPalette();
        const QPalette light = Theme::lightPalette();
        QVERIFY(Theme::luminance(dark.color(QPalette::Window)) < 0.05);
        QVERIFY(Theme::luminance(dark.color(QPalette::Base)) < 0.05);
        QVERIFY(Theme::luminance(light.color(QPalette::Window)) > 0.8);
        QVERIFY(Theme::luminance(light.color(QPalette::Base)) > 0.9);
        QVERIFY(Theme::isDark(dark));
        QVERIFY(!Theme::isDark(light));
        for (const QPalette &palette : {dark, light}) {
            for (const auto &[text, background] :
                 {std::pair{QPalette::WindowText, QPalette::Window},
                  std::pair{QPalette::Text, QPalette::Base},
                  std::pair{QPalette::ButtonText, QPalette::Button},
                  std::pair{QPalette::HighlightedText, QPalette::Highlight},
                  std::pair{QPalette::ToolTipText, QPalette::ToolTipBase},
                  std::pair{QPalette::Link, QPalette::Base}}) {
                QVERIFY2(Theme::contrast(palette.color(text), palette.color(background)) >= 4.5,
                         qPrintable(QStringLiteral("role %1 on %2").arg(text).arg(background)));
            }
        }
    }

    void drawnColoursAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Theme::lightPalette();
        QTest::newRow("dark") << Theme::darkPalette();
        // Platform palettes Rowbook does not choose: System shows them as they are.
        QTest::newRow("white desktop") << paletteOf(Qt::white, Qt::white, Qt::black);
        QTest::newRow("grey desktop") << paletteOf(QColor(0xd4, 0xd0, 0xc8), Qt::white, Qt::black);
        QTest::newRow("black desktop") << paletteOf(Qt::black, Qt::black, Qt::white);
        QTest::newRow("blue-grey dark desktop") << paletteOf(
            QColor(0x23, 0x26, 0x29), QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc));
    }
    void drawnColoursAreReadable()
    {
        QFETCH(QPalette, palette);
        const QColor window = palette.color(QPalette::Window);
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        for (const Theme::Tone tone : tones) {
            const QColor toned = Theme::text(tone, palette);
            QVERIFY2(Theme::contrast(toned, window) >= 4.5, qPrintable(toned.name()));
            QVERIFY2(Theme::contrast(toned, base) >= 4.5, qPrintable(toned.name()));
            const QColor tint = Theme::tint(tone, palette);
            QVERIFY2(Theme::contrast(text, tint) >= 4.5, qPrintable(tint.name()));
        }
        const CellColours cells = Theme::cellColours(palette);
        for (const QColor &background : {base, palette.color(QPalette::AlternateBase),
                                         cells.pendingBackground, cells.refusedBackground}) {
            QVERIFY2(Theme::contrast(cells.nullText, background) >= 4.5,
                     qPrintable(cells.nullText.name() + QLatin1String(" on ") + background.name()));
            QVERIFY2(Theme::contrast(text, background) >= 4.5, qPrintable(background.name()));
        }
    }

    void tintsAndTonesCanBeToldApart()
    {
        for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
            const CellColours cells = Theme::cellColours(palette);
            const QColor base = palette.color(QPalette::Base);
            // A tint that equals the background would mark nothing.
            QVERIFY(Theme::contrast(cells.pendingBackground, base) > 1.05);
            QVERIFY(Theme::contrast(cells.refusedBackground, base) > 1.05);
            QVERIFY(cells.pendingBackground != cells.refusedBackground);
            QVERIFY(cells.nullText != palette.color(QPalette::Text));
            QVERIFY(Theme::text(Theme::Tone::Error, palette)
                    != Theme::text(Theme::Tone::Success, palette));
        }
        // Each theme has its own colours: a tint of the light theme on a dark grid would glare.
        const CellColours light = Theme::cellColours(Theme::lightPalette());
        const CellColours dark = Theme::cellColours(Theme::darkPalette());
        QVERIFY(light != dark);
        QVERIFY(Theme::luminance(dark.pendingBackground) < 0.2);
        QVERIFY(Theme::luminance(dark.refusedBackground) < 0.2);
        QVERIFY(Theme::luminance(light.pendingBackground) > 0.6);
        QVERIFY(Theme::luminance(light.refusedBackground) > 0.6);
    }
};

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"

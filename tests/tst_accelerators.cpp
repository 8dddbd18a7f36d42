// Keyboard accelerators (the underlined letter, Alt+letter) in every shipped language: no two
// entries of one menu share a letter, and neither do the menu bar's titles and the buttons of the
// SQL console and the Cell Editor that sit in the same window. A clash makes Alt+letter cycle
// between the two instead of choosing one, so a translation that introduces one fails here.
#include "database.h"
#include "mainwindow.h"
#include "sqlconsole.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace rowbook;

namespace {

// Who already holds which Alt+letter in one group of entries, and the clashes found.
class Mnemonics
{
public:
    explicit Mnemonics(QString group)
        : m_group(std::move(group))
    {}

    void add(const QString &text)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        const QString name = key.toString(QKeySequence::PortableText);
        if (m_holders.contains(name))
            m_clashes << QStringLiteral("%1: %2 in \"%3\" and \"%4\"")
                             .arg(m_group, name, m_holders.value(name), text);
        else
            m_holders.insert(name, text);
    }
    const QStringList &clashes() const { return m_clashes; }

private:
    QString m_group;
    QHash<QString, QString> m_holders;
    QStringList m_clashes;
};

QStringList menuClashes(const QMenu *menu)
{
    Mnemonics letters(menu->title());
    QStringList clashes;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        letters.add(action->text());
        if (action->menu())
            clashes << menuClashes(action->menu());
    }
    return clashes << letters.clashes();
}

} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noClashes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void noClashes()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/rowbook_") + language));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(Database::prepare(path, Database::Open::Starter).isOpen());
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        if (!language.isEmpty()) // the translation is in use: a title is not the English one
            QVERIFY(window.menuBar()->actions().constFirst()->text() != QStringLiteral("&File"));

        // The console opens from View → SQL Console (Ctrl+Shift+E).
        const QKeySequence consoleKey(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
        QAction *open = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == consoleKey)
                open = action;
        QVERIFY(open);
        open->trigger();
        auto *console = window.findChild<SqlConsole *>();
        QVERIFY(console);

        QStringList clashes;
        Mnemonics sameWindow(QStringLiteral("menu bar and SQL console"));
        int menus = 0;
        for (const QAction *title : window.menuBar()->actions()) {
            sameWindow.add(title->text());
            if (title->menu()) {
                clashes << menuClashes(title->menu());
                ++menus;
            }
        }
        QCOMPARE(menus, 5); // File, Edit, View, Table, Help were all looked at
        int buttons = 0;
        for (const QAbstractButton *button : console->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(console))
                continue;
            sameWindow.add(button->text());
            ++buttons;
        }
        QVERIFY2(buttons >= 4, "Run, Run All, Explain, Cancel at least");
        // The Cell Editor docks beside it (View → Cell Editor), with buttons of its own.
        auto *cellDock = window.findChild<QDockWidget *>(QStringLiteral("cellDock"));
        QVERIFY(cellDock);
        cellDock->show();
        int cellButtons = 0;
        for (const QAbstractButton *button : cellDock->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(cellDock) || button->text().isEmpty())
                continue;
            sameWindow.add(button->text());
            ++cellButtons;
        }
        QVERIFY2(cellButtons >= 3, "Apply, Import, Export at least");
        clashes << sameWindow.clashes();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"

// Telling verbs from files on the command line, and one final period per message.

#include "cli.h"
#include "commandline.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verbTable()
    {
        const QStringList verbs = cliVerbs();
        for (const char *verb : {"import", "export", "backup"})
            QVERIFY2(verbs.contains(QLatin1String(verb)), verb);
        QVERIFY(isCliVerb({QStringLiteral("rowbook"), QStringLiteral("import")}));
        QVERIFY(!isCliVerb({QStringLiteral("rowbook"), QStringLiteral("imprt")}));
        QVERIFY(!isCliVerb({QStringLiteral("rowbook")}));
    }

    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "import"
                              << "import" << 0;
        QTest::newRow("deletion") << "imprt"
                                  << "import" << 1;
        QTest::newRow("swap is two") << "exprot"
                                     << "export" << 2;
        QTest::newRow("case-insensitive") << "IMPORT"
                                          << "import" << 0;
        QTest::newRow("empty") << ""
                               << "abc" << 3;
        QTest::newRow("kitten") << "kitten"
                                << "sitting" << 3;
    }

    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(CommandLine::editDistance(a, b), distance);
        QCOMPARE(CommandLine::editDistance(b, a), distance);
    }

    void unknownCommand_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("message"); // empty: may be a file to open
        QTest::newRow("mistyped") << "imprt"
                                  << "unknown command 'imprt'; did you mean 'import'?";
        QTest::newRow("extra letter") << "exports"
                                      << "unknown command 'exports'; did you mean 'export'?";
        QTest::newRow("backpu") << "backpu"
                                << "unknown command 'backpu'; did you mean 'backup'?";
        QTest::newRow("far") << "zz"
                             << "unknown command 'zz' (commands: import, export, backup; a new "
                                "database file needs an extension such as .sqlite).";
        QTest::newRow("extension") << "imprt.sqlite"
                                   << "";
        QTest::newRow("separator") << "./imprt"
                                   << "";
        QTest::newRow("folder") << "sub/data"
                                << "";
        QTest::newRow("existing file") << "existing"
                                       << "";
    }

    void unknownCommand()
    {
        QFETCH(QString, argument);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(QDir::setCurrent(dir.path()));
        QFile existing(QStringLiteral("existing"));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        const QStringList verbs{QStringLiteral("import"), QStringLiteral("export"),
                                QStringLiteral("backup")};
        QCOMPARE(CommandLine::unknownCommand(argument, verbs), message);
    }

    void sentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("adds") << "Unknown option 'x'"
                              << "Unknown option 'x'.";
        QTest::newRow("keeps Qt's") << "Unknown option 'x'."
                                    << "Unknown option 'x'.";
        QTest::newRow("two to one") << "Done.."
                                    << "Done.";
        QTest::newRow("question") << "Did you mean 'import'?"
                                  << "Did you mean 'import'?";
    }

    void sentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CommandLine::sentence(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

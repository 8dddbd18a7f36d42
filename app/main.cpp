#include "cli.h"
#include "database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {

void setApplicationNames()
{
    // No organisation name: the data folder is .../Rowbook/ on every OS.
    QCoreApplication::setApplicationName(QStringLiteral("Rowbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROWBOOK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (rowbook::isCliVerb(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        return rowbook::runCli(app.arguments());
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rowbook"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rowbook.Rowbook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rowbook.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Browse and edit SQLite databases. Without --database, Rowbook opens your own "
                "database:\n  %1\n\nCommand-line verbs (no window): rowbook import --help, "
                "rowbook export --help")
                                         .arg(rowbook::Database::defaultPath()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Open the SQLite file <path> instead of your own database."),
        QStringLiteral("path"));
    const QCommandLineOption tableOption(
        QStringLiteral("table"), QCoreApplication::translate("main", "Show table <name> first."),
        QStringLiteral("name"));
    parser.addOptions({databaseOption, tableOption});
    parser.process(app);

    rowbook::MainWindow window;
    window.show();
    window.openDatabase(parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                     : rowbook::Database::defaultPath(),
                        parser.value(tableOption));
    return app.exec();
}

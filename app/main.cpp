#include "cli.h"
#include "database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <memory>

namespace {

void setApplicationNames()
{
    // No organisation name: the data folder is .../Rowbook/ on every OS.
    QCoreApplication::setApplicationName(QStringLiteral("Rowbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROWBOOK_VERSION));
}

struct Options
{
    QCommandLineOption database{
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Open the SQLite file <path> instead of your own database."),
        QStringLiteral("path")};
    QCommandLineOption table{QStringLiteral("table"),
                             QCoreApplication::translate("main", "Show table <name> first."),
                             QStringLiteral("name")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "main", "Browse and edit SQLite databases. Without a file, Rowbook opens your own "
                    "database:\n  %1\n\nCommand-line verbs (no window): rowbook import --help, "
                    "rowbook export --help")
            .arg(rowbook::Database::defaultPath()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.database, options.table});
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A SQLite file to open (the same as --database)."),
        QStringLiteral("[file]"));
}

bool asksForHelpOrVersion(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")
            || argument == QLatin1String("--help-all") || argument == QLatin1String("-v")
            || argument == QLatin1String("--version") || argument == QLatin1String("-?"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (rowbook::isCliVerb(arguments) || asksForHelpOrVersion(arguments)) {
        // Headless: no display needed for the verbs, --help and --version.
        QCoreApplication app(argc, argv);
        setApplicationNames();
        if (rowbook::isCliVerb(arguments))
            return rowbook::runCli(app.arguments());
        QCommandLineParser parser;
        Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rowbook"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rowbook.Rowbook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rowbook.svg")));

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app);
    QString path = parser.value(options.database);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = rowbook::Database::defaultPath();

    rowbook::MainWindow window;
    window.show();
    window.openDatabase(path, parser.value(options.table));
    return app.exec();
}

#include "cli.h"
#include "commandline.h"
#include "database.h"
#include "documenttabs.h"
#include "language.h"
#include "mainwindow.h"
#include "sqlitelibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Rowbook)
};

} // namespace

namespace {

void setApplicationNames()
{
    // No organisation name: the data folder is .../Rowbook/ on every OS.
    QCoreApplication::setApplicationName(QStringLiteral("Rowbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROWBOOK_VERSION));
}

void printError(const QString &message)
{
    const QByteArray bytes = QStringLiteral("rowbook: %1\n").arg(message).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

struct Options
{
    QCommandLineOption database{
        QStringLiteral("database"),
        Text::tr("Open the SQLite file <path> instead of your own database."),
        QStringLiteral("path")};
    QCommandLineOption table{QStringLiteral("table"), Text::tr("Show table <name> first."),
                             QStringLiteral("name")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        Text::tr("Browse and edit SQLite databases. Without a file, Rowbook opens your own "
                 "database:\n  %1\n\nCommand-line verbs (no window): %2; see rowbook VERB --help")
            .arg(rowbook::Database::defaultPath(), rowbook::cliVerbs().join(QLatin1String(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.database, options.table});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Text::tr("A SQLite file to open (the same as --database)."),
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

// QApplication's own options (-platform xcb, -style fusion...), which it consumes itself.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue{"platform",      "platformpluginpath",
                                       "platformtheme", "plugin",
                                       "style",         "stylesheet",
                                       "session",       "display",
                                       "geometry",      "qwindowgeometry",
                                       "qwindowtitle",  "qwindowicon",
                                       "title",         "name",
                                       "qmljsdebugger"};
    static const QStringList flags{"reverse", "nograb", "dograb", "sync", "widgetcount"};
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        if (i == 0 || !name.startsWith(QLatin1Char('-'))) {
            rest << name;
            continue;
        }
        name = name.mid(name.startsWith(QLatin1String("--")) ? 2 : 1);
        if (withValue.contains(name))
            ++i; // and its value
        else if (!flags.contains(name))
            rest << arguments.at(i);
    }
    return rest;
}

// What the window is asked to open. exitCode >= 0: do not start the window.
struct Launch
{
    QString path;
    QString table;
    bool restoreTabs = false; // no file or table named: the tabs of the last session
    int exitCode = -1;
};

// Checks the window's arguments before any QApplication exists, so that a typo fails the same way
// with or without a display. With `report`, prints what is wrong (main() then has a translator).
Launch parseWindowArguments(const QStringList &arguments, bool report)
{
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    Launch launch;
    const QString hint = Text::tr("See “rowbook --help”.");
    if (!parser.parse(withoutQtOptions(arguments))) {
        if (report)
            printError(rowbook::CommandLine::sentence(parser.errorText()) + QLatin1Char(' ')
                       + hint);
        launch.exitCode = 2;
        return launch;
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString problem
            = rowbook::CommandLine::unknownCommand(files.first(), rowbook::cliVerbs());
        if (!problem.isEmpty()) {
            if (report)
                printError(problem + QLatin1Char(' ') + hint);
            launch.exitCode = 2;
            return launch;
        }
    }
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(options.database))) {
        if (report)
            printError(Text::tr("Give one database file, not %1.")
                           .arg(files.size() + (parser.isSet(options.database) ? 1 : 0))
                       + QLatin1Char(' ') + hint);
        launch.exitCode = 2;
        return launch;
    }
    launch.path = parser.isSet(options.database) ? parser.value(options.database) : files.value(0);
    launch.table = parser.value(options.table);
    launch.restoreTabs = launch.path.isEmpty() && launch.table.isEmpty();
    if (launch.path.isEmpty())
        launch.path = rowbook::Database::defaultPath();
    return launch;
}

int showHelpOrVersion(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    rowbook::Language::install(); // before the first text: the help is translated too
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app); // prints and exits
    return 0;
}

// While the QApplication is being constructed: the platform plugin reports a missing display with
// qFatal(), which would abort with a core dump. Say so in one line and exit instead.
void noDisplayHandler(QtMsgType type, const QMessageLogContext &, const QString &)
{
    if (type != QtFatalMsg)
        return; // the plugin's own warnings ("could not connect to display") are summed up below
    printError(Text::tr("No display is available for the window (set DISPLAY or "
                        "WAYLAND_DISPLAY); the verbs %1 run without one.")
                   .arg(rowbook::cliVerbs().join(QLatin1String(", "))));
    ::_exit(1);
}

// While a drawing verb's QGuiApplication is being constructed: the platform's notes (no
// XDG_RUNTIME_DIR...) are not for people running a command; fatal ones still end it.
void quietStartHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        printError(message);
}

#ifdef Q_OS_WIN
// View → Theme → System on Windows: Qt 6.4 has no QStyleHints::colorScheme; the platform's
// darkmode=2 option gives the application a dark palette when Windows is dark, which the Fusion
// style (ThemeController's choice for System on Windows) draws. It has to be set before the
// QApplication exists; a -platform argument or QT_QPA_PLATFORM of the user's own wins.
void followWindowsDarkMode(const QStringList &arguments)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        || arguments.contains(QLatin1String("-platform")))
        return;
    qputenv("QT_QPA_PLATFORM", "windows:darkmode=2");
}
#endif

int runWindow(int &argc, char **argv, const Launch &launch)
{
#ifdef Q_OS_WIN
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    followWindowsDarkMode(arguments);
#endif
    const QtMessageHandler previous = qInstallMessageHandler(noDisplayHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(previous);
    rowbook::Language::install();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rowbook"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rowbook.Rowbook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rowbook.svg")));
    if (const QString problem = rowbook::SqliteLibrary::check(); !problem.isEmpty()) {
        printError(problem);
        QMessageBox::critical(nullptr, Text::tr("Rowbook"), problem);
        return 1;
    }
    rowbook::MainWindow window;
    window.show();
    if (!(launch.restoreTabs && window.tabs()->restore()))
        window.openDatabase(launch.path, launch.table);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationNames();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (rowbook::cliNeedsGui(arguments)) {
        // Drawing needs fonts, not a display: the offscreen platform unless one was asked for.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const QtMessageHandler previous = qInstallMessageHandler(quietStartHandler);
        QGuiApplication app(argc, argv);
        qInstallMessageHandler(previous);
        rowbook::Language::install(); // its help and messages in the user's language too
        return rowbook::runCli(app.arguments());
    }
    if (rowbook::isCliVerb(arguments)) {
        // Headless: no display needed for the verbs.
        QCoreApplication app(argc, argv);
        rowbook::Language::install();            // before the verb prints anything
        return rowbook::runCli(app.arguments()); // checks the SQLite library itself, quietly
    }
    if (asksForHelpOrVersion(arguments))
        return showHelpOrVersion(argc, argv);
    const Launch launch = parseWindowArguments(arguments, false);
    if (launch.exitCode >= 0) {
        // A usage error: checked before any QApplication exists, told in the user's language.
        QCoreApplication app(argc, argv);
        rowbook::Language::install();
        return parseWindowArguments(arguments, true).exitCode;
    }
    return runWindow(argc, argv, launch);
}

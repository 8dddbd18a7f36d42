#include "diagramverb.h"

#include "clioutput.h"
#include "commandline.h"
#include "database.h"
#include "schemadiagram.h"
#include "transfererror.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlError>

namespace rowbook {

using cli::fail;
using cli::print;
using cli::Cli;

namespace {

const QString verb = QStringLiteral("diagram");

int usageError(const QString &message)
{
    return fail(verb, TransferError::Usage, Cli::tr("%1 See “rowbook %2 --help”.").arg(message, verb));
}

} // namespace

int runDiagramVerb(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      Cli::tr("The SQLite file <path> (default: your own database)."),
                                      QStringLiteral("path"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write the diagram to <file>: .svg or .png."),
                                    QStringLiteral("file"));
    parser.addOptions({help, database, output});
    if (!parser.parse(arguments))
        return usageError(CommandLine::sentence(parser.errorText()));
    if (parser.isSet(help)) {
        QString options = parser.helpText();
        options = options.mid(options.indexOf(QLatin1String("Options:")));
        print(stdout,
              Cli::tr("Usage: %1\n%2\n\n")
                      .arg(Cli::tr("rowbook diagram [--database PATH] --output FILE.svg|FILE.png"),
                           Cli::tr("Draws the schema: every table and view as a box listing its "
                              "columns with their types, primary and foreign keys marked, and an "
                              "arrow for each foreign key, laid out as in View → Schema "
                              "Diagram."))
                  + options
                  + Cli::tr("\nExit codes: 0 success, 1 the output file cannot be written, 2 usage "
                       "error (no --output, not .svg or .png, no such database), 3 the database "
                       "stayed busy, 4 the database cannot be opened.\n"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            Cli::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(Cli::tr("No output file was given (--output FILE.svg or FILE.png)."));
    const QString outputPath = parser.value(output);
    if (!DiagramPainter::isSupportedOutput(outputPath))
        return usageError(Cli::tr("%1 is neither .svg nor .png; the diagram is written as SVG or PNG.")
                              .arg(outputPath));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(verb, TransferError::Usage, Cli::tr("Drawing needs a QGuiApplication."));

    // Opened read-only: drawing never creates or changes the database.
    const QString path = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    if (!QFileInfo::exists(path))
        return usageError(Cli::tr("There is no database file %1.").arg(path));
    const DatabaseInfo info = Database::prepare(path, Database::Open::ReadOnly);
    if (!info.isOpen())
        return fail(verb, info.error.isBusy() ? TransferError::Busy : TransferError::Unwritable,
                    Cli::tr("The database %1 cannot be opened: %2").arg(path, info.error.userMessage()));
    SchemaDiagram diagram;
    {
        const QString name = Database::uniqueConnectionName(QStringLiteral("rowbook-diagram"));
        {
            QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
            if (!db.isOpen()) {
                return fail(
                    verb, TransferError::Unwritable,
                    Cli::tr("The database %1 cannot be opened: %2").arg(path, db.lastError().text()));
            }
            diagram = SchemaDiagram::read(db);
        }
        Database::disconnect(name);
    }
    const DiagramPainter painter;
    const QVector<QPointF> positions = DiagramLayout::arrange(diagram, painter.boxSizes(diagram));
    QString error;
    if (!painter.write(outputPath, diagram, positions, DiagramPainter::Colours::light(), &error))
        return fail(verb, TransferError::Input, error);
    const int shown = int(diagram.tables.size());
    print(stderr, Cli::tr("Wrote the diagram of %n table(s) and view(s) to %1.\n", nullptr, shown)
                      .arg(outputPath));
    return 0;
}

} // namespace rowbook

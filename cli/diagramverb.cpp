#include "diagramverb.h"

#include "clioutput.h"
#include "database.h"
#include "pgconnection.h"
#include "schemadiagram.h"
#include "transfererror.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlError>

namespace rowbook {

using cli::Cli;
using cli::fail;
using cli::print;

namespace {

const QString verb = QStringLiteral("diagram");

} // namespace

int runDiagramVerb(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database = cli::databaseOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write the diagram to <file>: .svg or .png."),
                                    QStringLiteral("file"));
    parser.addOptions({cli::helpOption(), database, output});
    const auto help = [](const QCommandLineParser &parsed) {
        return Cli::tr("Usage: %1\n%2\n\n")
                   .arg(Cli::tr("rowbook diagram [--database PATH] --output FILE.svg|FILE.png"),
                        Cli::tr("Draws the schema: every table and view as a box listing its "
                                "columns with their types, primary and foreign keys marked, and "
                                "an arrow for each foreign key, laid out as in View → Schema "
                                "Diagram."))
               + cli::optionsHelp(parsed)
               + Cli::tr("\nExit codes: 0 success, 1 the output file cannot be written, 2 usage "
                         "error (no --output, not .svg or .png, no such database), 3 the "
                         "database stayed busy, 4 the database cannot be opened.\n");
    };
    if (int code = 0; !cli::parseVerb(verb, parser, arguments, help, false, &code))
        return code;
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return cli::usageError(
            verb, Cli::tr("No output file was given (--output FILE.svg or FILE.png)."));
    const QString outputPath = parser.value(output);
    if (!DiagramPainter::isSupportedOutput(outputPath))
        return cli::usageError(
            verb, Cli::tr("%1 is neither .svg nor .png; the diagram is written as SVG or PNG.")
                      .arg(outputPath));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(verb, TransferError::Usage, Cli::tr("Drawing needs a QGuiApplication."));

    // Opened read-only: drawing never creates or changes the database.
    DatabaseInfo info;
    if (int code = 0; !cli::openDatabase(verb, parser, database, false, &info, &code))
        return code;
    const QString path = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    SchemaDiagram diagram;
    {
        const QString name = Database::uniqueConnectionName(QStringLiteral("rowbook-diagram"));
        {
            QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
            if (!db.isOpen()) {
                return fail(verb, TransferError::Unwritable,
                            Cli::tr("The database %1 cannot be opened: %2")
                                .arg(PgConnection::redacted(path), db.lastError().text()));
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
    print(stderr, Cli::tr("Wrote the diagram of %n table(s) and view(s) to %1.\n", nullptr,
                          int(diagram.tables.size()))
                      .arg(outputPath));
    return 0;
}

} // namespace rowbook

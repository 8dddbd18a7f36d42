#include "cli.h"

#include "backup.h"
#include "checkverbs.h"
#include "clioutput.h"
#include "commandline.h"
#include "copyverb.h"
#include "csvreader.h"
#include "database.h"
#include "diagramverb.h"
#include "dumpjob.h"
#include "exportjob.h"
#include "importjob.h"
#include "importplan.h"
#include "populatejob.h"
#include "queryverb.h"
#include "sqlitelibrary.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <vector>

namespace rowbook {
namespace {

using namespace cli;

// Qt's own warnings (driver messages and the like) are not for people running a command;
// Rowbook's own categories are, when QT_LOGGING_RULES turned them on.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && qstrncmp(context.category, "rowbook.", 8) == 0;
    if (ours || type == QtCriticalMsg || type == QtFatalMsg)
        print(stderr, message + QLatin1Char('\n'));
}

// --format: true for "csv" or "json" in any case, with *json telling which.
bool parseFormat(const QString &value, bool *json)
{
    const QString format = value.toLower();
    *json = format == QLatin1String("json");
    return *json || format == QLatin1String("csv");
}

bool parseDelimiter(const QString &text, char *delimiter)
{
    const QString t = text.toLower();
    if (t == QLatin1String("tab") || t == QLatin1String("\\t") || t == QLatin1String("\t")) {
        *delimiter = '\t';
        return true;
    }
    if (text.size() != 1 || text.at(0).unicode() >= 0x80 || text.at(0) == QLatin1Char('"')
        || text.at(0) == QLatin1Char('\n') || text.at(0) == QLatin1Char('\r'))
        return false;
    *delimiter = char(text.at(0).unicode());
    return true;
}

// --type COLUMN=TYPE, as often as given; false with the first value that does not fit.
bool parseTypes(const QStringList &values,
                QVector<std::pair<QString, ColumnType>> *types,
                QString *bad)
{
    for (const QString &given : values) {
        const qsizetype equals = given.lastIndexOf(QLatin1Char('='));
        ColumnType type = ColumnType::Text;
        if (equals <= 0 || !columnTypeFromName(given.mid(equals + 1), &type)) {
            *bad = given;
            return false;
        }
        types->append({given.left(equals), type});
    }
    return true;
}

// --format, --delimiter, --type and --encoding of `rowbook import` (options in that order) into
// *options. False with a usage error's exit code in *code when one does not fit.
bool parseImportFormat(const QString &verb,
                       const QCommandLineParser &parser,
                       const std::array<QCommandLineOption, 4> &given,
                       ImportJob::Options *options,
                       int *code)
{
    const auto &[format, delimiter, type, encoding] = given;
    if (parser.isSet(format)) {
        bool json = false;
        if (!parseFormat(parser.value(format), &json)) {
            *code = usageError(
                verb,
                Cli::tr("Unknown format “%1” (expected csv or json).").arg(parser.value(format)));
            return false;
        }
        options->format = json ? ImportJob::Format::Json : ImportJob::Format::Csv;
    }
    if (parser.isSet(delimiter) && !parseDelimiter(parser.value(delimiter), &options->delimiter)) {
        *code
            = usageError(verb, Cli::tr("The delimiter must be one character or \"tab\", not “%1”.")
                                   .arg(parser.value(delimiter)));
        return false;
    }
    if (QString bad; !parseTypes(parser.values(type), &options->namedTypes, &bad)) {
        *code = usageError(verb, Cli::tr("--type takes COLUMN=TYPE with a type of integer, real, "
                                         "text, date or boolean, not “%1”.")
                                     .arg(bad));
        return false;
    }
    if (parser.isSet(encoding) && !CsvReader::isKnownEncoding(options->encoding)) {
        *code = usageError(verb, Cli::tr("Unknown encoding “%1”.").arg(options->encoding));
        return false;
    }
    return true;
}

int runImportJob(const QString &verb, const DatabaseInfo &info, const ImportJob::Options &options)
{
    ImportJob job(info, options);
    const ImportJob::Result result = job.run();
    if (result.error.isError())
        return fail(verb, exitCode(result.error),
                    ImportPlan::describe(result.error, options.filePath));
    const int rows = int(std::min<qint64>(result.rows, INT_MAX));
    print(stdout, Cli::tr("Imported %n row(s) into %1\n", nullptr, rows).arg(options.table));
    if (!result.note.isEmpty())
        print(stdout, result.note + QLatin1Char('\n'));
    return 0;
}

int runImport(const QStringList &arguments)
{
    const QString verb = QStringLiteral("import");
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption table(
        {QStringLiteral("t"), QStringLiteral("table")},
        Cli::tr("Import into table <name>; created when it does not exist."),
        QStringLiteral("name"));
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption format(
        QStringLiteral("format"),
        Cli::tr("csv or json (default: from the file name; .json, .ndjson "
                "and .jsonl are JSON)."),
        QStringLiteral("format"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        Cli::tr("CSV field delimiter <c>, or \"tab\" (default: detected; "
                ".tsv means tab)."),
        QStringLiteral("c"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Cli::tr("CSV text encoding, e.g. latin1, windows-1252, "
                                              "utf-16 (default: UTF-8, or UTF-16 with a byte order "
                                              "mark). JSON is always UTF-8."),
                                      QStringLiteral("name"));
    const QCommandLineOption noHeader(
        QStringLiteral("no-header"),
        Cli::tr("The first CSV row is data; columns are named column_1, "
                "column_2, ..."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Cli::tr("Empty the table first (in the same transaction)."));
    const QCommandLineOption type(
        QStringLiteral("type"),
        Cli::tr("Give a column of a new table the type integer, real, text, "
                "date or boolean instead of the inferred one (repeatable)."),
        QStringLiteral("column=type"));
    parser.addOptions(
        {help, table, database, format, delimiter, encoding, noHeader, replace, type});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Cli::tr("The CSV or JSON file to import."));
    int code = 0;
    if (!parseVerb(
            verb, parser, arguments, Cli::tr("rowbook import FILE --table NAME [options]"),
            Cli::tr("Imports a CSV or JSON file into a table, all rows or none. Column names "
                    "come from the header (or the JSON keys); a new table's types come from "
                    "the data or --type, an existing table's own types decide how values "
                    "are stored."),
            true, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(verb, files.isEmpty() ? Cli::tr("No file to import was given.")
                                                : Cli::tr("Give exactly one file to import."));
    if (!parser.isSet(table) || parser.value(table).trimmed().isEmpty())
        return usageError(verb, Cli::tr("No table was given (--table NAME)."));

    ImportJob::Options options;
    options.filePath = files.first();
    options.table = parser.value(table);
    options.header = !parser.isSet(noHeader);
    options.replace = parser.isSet(replace);
    options.encoding = parser.value(encoding);
    if (!parseImportFormat(verb, parser, {format, delimiter, type, encoding}, &options, &code))
        return code;
    if (!QFileInfo(options.filePath).isFile())
        return fail(verb, TransferError::Input,
                    Cli::tr("%1: the file does not exist or is not a file.").arg(options.filePath));

    DatabaseInfo info;
    if (!openDatabase(verb, parser, database, true, &info, &code))
        return code;
    if (info.readOnly)
        return fail(
            verb, TransferError::Unwritable,
            Cli::tr("The database %1 cannot be written: %2").arg(info.path, info.readOnlyReason));

    return runImportJob(verb, info, options);
}

int runExport(const QStringList &arguments)
{
    const QString verb = QStringLiteral("export");
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption table({QStringLiteral("t"), QStringLiteral("table")},
                                   Cli::tr("Export table (or view) <name>."),
                                   QStringLiteral("name"));
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    Cli::tr("csv or json (default: from the output file name, else "
                                            "csv)."),
                                    QStringLiteral("format"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({help, table, database, format, output});
    int code = 0;
    if (!parseVerb(verb, parser, arguments, Cli::tr("rowbook export --table NAME [options]"),
                   Cli::tr("Writes a table as CSV (RFC 4180, UTF-8, header row, NULL as "
                           "an empty field) or JSON (an array of objects)."),
                   false, &code))
        return code;
    if (!parser.isSet(table) || parser.value(table).trimmed().isEmpty())
        return usageError(verb, Cli::tr("No table was given (--table NAME)."));

    ExportJob::Options options;
    options.table = parser.value(table);
    options.outputPath = parser.value(output);
    options.format = ExportJob::formatForPath(options.outputPath);
    if (parser.isSet(format)) {
        bool json = false;
        if (!parseFormat(parser.value(format), &json))
            return usageError(
                verb,
                Cli::tr("Unknown format “%1” (expected csv or json).").arg(parser.value(format)));
        options.format = json ? ExportJob::Format::Json : ExportJob::Format::Csv;
    }

    DatabaseInfo info;
    if (!openDatabase(verb, parser, database, false, &info, &code))
        return code;
    // A snapshot read (see DatabaseInfo::immutable) is only right if nothing wrote meanwhile.
    const QFileInfo before(info.path);
    ExportJob job(info, options);
    ExportJob::Result result;
    if (!runToOutput(verb, job, parser.isSet(output), &result, &code))
        return code;
    return readExitCode(verb, result.error, info, before,
                        Cli::tr("Another program wrote to the database during the export, so the "
                                "output may mix old and new rows; run the export again."));
}

int runDump(const QStringList &arguments)
{
    const QString verb = QStringLiteral("dump");
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption dialect(
        QStringLiteral("dialect"),
        Cli::tr("sqlite or postgresql (default: sqlite). PostgreSQL gets "
                "the types of “rowbook copy”."),
        QStringLiteral("dialect"));
    const QCommandLineOption schemaOnly(
        QStringLiteral("schema-only"),
        Cli::tr("Only the schema: tables, indexes, views, triggers."));
    const QCommandLineOption dataOnly(QStringLiteral("data-only"),
                                      Cli::tr("Only the rows, for tables that exist already."));
    const QCommandLineOption table(
        {QStringLiteral("t"), QStringLiteral("table")},
        Cli::tr("Dump only table <name> (repeatable; default: every table "
                "and the views)."),
        QStringLiteral("name"));
    const QCommandLineOption output = outputOption();
    parser.addOptions({help, database, dialect, schemaOnly, dataOnly, table, output});
    int code = 0;
    if (!parseVerb(verb, parser, arguments,
                   Cli::tr("rowbook dump [--database PATH] [--dialect sqlite|postgresql] "
                           "[--schema-only | --data-only] [--table NAME]... [--output FILE]"),
                   Cli::tr("Writes the database as one SQL script: the schema in dependency "
                           "order, the rows as multi-row INSERTs, all in one transaction. Load it "
                           "with “sqlite3 new.db < dump.sql” or “psql -v ON_ERROR_STOP=1 -f "
                           "dump.sql”."),
                   false, &code))
        return code;
    if (parser.isSet(schemaOnly) && parser.isSet(dataOnly))
        return usageError(verb, Cli::tr("--schema-only and --data-only exclude each other."));

    DumpJob::Options options;
    const QString dialectName = parser.value(dialect).toLower();
    if (dialectName == QLatin1String("postgresql") || dialectName == QLatin1String("postgres"))
        options.dialect = DumpPlan::Dialect::Postgres;
    else if (parser.isSet(dialect) && dialectName != QLatin1String("sqlite"))
        return usageError(verb, Cli::tr("Unknown dialect “%1” (expected sqlite or postgresql).")
                                    .arg(parser.value(dialect)));
    options.content = parser.isSet(schemaOnly) ? DumpPlan::Content::SchemaOnly
                      : parser.isSet(dataOnly) ? DumpPlan::Content::DataOnly
                                               : DumpPlan::Content::Everything;
    options.tables = parser.values(table);
    options.outputPath = parser.value(output);

    DatabaseInfo info;
    if (!openDatabase(verb, parser, database, false, &info, &code))
        return code;
    const QFileInfo before(info.path);
    DumpJob job(info, options);
    DumpJob::Result result;
    if (!runToOutput(verb, job, parser.isSet(output), &result, &code))
        return code;
    for (const QString &note : result.notes)
        print(stderr, Cli::tr("rowbook dump: note: %1\n").arg(note));
    code = readExitCode(
        verb, result.error, info, before,
        Cli::tr("Another program wrote to the database during the dump, so the script "
                "may mix old and new rows; run the dump again."));
    if (code != 0)
        return code;
    const int rows = int(std::min<qint64>(result.rows, INT_MAX));
    const int tables = result.tables;
    if (parser.isSet(output))
        print(stderr, Cli::tr("Dumped %n row(s) to %1 (%2).\n", nullptr, rows)
                          .arg(options.outputPath, Cli::tr("%n table(s)", nullptr, tables)));
    return 0;
}

int runPopulate(const QStringList &arguments)
{
    const QString verb = QStringLiteral("populate");
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption table({QStringLiteral("t"), QStringLiteral("table")},
                                   Cli::tr("Fill table <name>."), QStringLiteral("name"));
    const QCommandLineOption rows(QStringLiteral("rows"), Cli::tr("Add <n> rows."),
                                  QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Cli::tr("Start the generator at <s> (default: from the clock, "
                                          "printed so the rows can be made again)."),
                                  QStringLiteral("s"));
    parser.addOptions({help, database, table, rows, seed});
    int code = 0;
    if (!parseVerb(verb, parser, arguments,
                   Cli::tr("rowbook populate [--database PATH] --table NAME --rows N [--seed S]"),
                   Cli::tr("Adds N rows of believable sample data: a generator per column "
                           "chosen from its name, type and constraints (NOT NULL, UNIQUE, "
                           "simple CHECKs, foreign keys sampled from the parent's keys), in "
                           "one transaction. The same seed gives the same rows."),
                   false, &code))
        return code;
    if (!parser.isSet(table) || parser.value(table).trimmed().isEmpty())
        return usageError(verb, Cli::tr("No table was given (--table NAME)."));
    bool ok = false;
    PopulateJob::Options options;
    options.table = parser.value(table);
    options.rows = parser.value(rows).toLongLong(&ok);
    if (!parser.isSet(rows) || !ok || options.rows < 1)
        return usageError(verb, Cli::tr("--rows needs a whole number of at least 1."));
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usageError(
                verb, Cli::tr("--seed needs a whole number, not “%1”.").arg(parser.value(seed)));
    } else {
        options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    }

    DatabaseInfo info;
    if (!openDatabase(verb, parser, database, true, &info, &code))
        return code;
    const PopulateJob::Result result = PopulateJob(info, options).run();
    for (const QString &choice : result.choices)
        print(stderr, Cli::tr("rowbook populate: %1\n").arg(choice));
    if (result.error.isError())
        return fail(verb, exitCode(result.error), result.error.message);
    const int added = int(std::min<qint64>(result.rows, INT_MAX));
    print(stdout, Cli::tr("Added %n row(s) to %1 (seed %2).\n", nullptr, added)
                      .arg(options.table)
                      .arg(options.seed));
    return 0;
}

int runBackup(const QStringList &arguments)
{
    const QString verb = QStringLiteral("backup");
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write the backup to <file>, which must not exist "
                                            "(default: the backups folder beside the database, "
                                            "keeping the newest %1).")
                                        .arg(Backup::defaultKeep),
                                    QStringLiteral("file"));
    parser.addOptions({help, database, output});
    int code = 0;
    if (!parseVerb(verb, parser, arguments,
                   Cli::tr("rowbook backup [--database PATH] [--output FILE]"),
                   Cli::tr("Writes a consistent copy of the database with SQLite's online "
                           "backup API (safe while Rowbook or another program is "
                           "writing), and prints its path."),
                   false, &code))
        return code;
    const QString path = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    if (const int refused = refuseServer(
            verb, path, Cli::tr("A server database is backed up by its server (pg_dump).")))
        return refused;
    if (!QFileInfo(path).isFile())
        return usageError(verb, Cli::tr("There is no database file %1.").arg(path));
    if (parser.isSet(output) && QFileInfo::exists(parser.value(output)))
        return fail(verb, TransferError::Input,
                    Cli::tr("%1 already exists; choose another name.").arg(parser.value(output)));

    const Backup::Result result = parser.isSet(output)
                                      ? Backup::createAt(path, parser.value(output))
                                      : Backup::create(path, Backup::Reason::Manual);
    if (!result.ok()) {
        code = TransferError::kindOf(result.error, result.error.kind == StorageError::Corrupt
                                                       ? TransferError::Unwritable
                                                       : TransferError::Input);
        return fail(verb, code,
                    Cli::tr("No backup of %1 was written (%2): %3")
                        .arg(path, result.error.detail, result.error.userMessage()));
    }
    print(stdout, result.path + QLatin1Char('\n'));
    return 0;
}

} // namespace

namespace {

struct Verb
{
    const char *name;
    int (*run)(const QStringList &arguments); // arguments without the verb
};

// Every headless verb, in help order. Add a verb here; the "did you mean" suggestions of the
// window's argument check (app/main.cpp, CommandLine::unknownCommand) read this list too.
const std::vector<Verb> &verbTable()
{
    static const std::vector<Verb> verbs{
        {"import", runImport},       {"export", runExport},       {"backup", runBackup},
        {"check", runCheckVerb},     {"recover", runRecoverVerb}, {"copy", runCopyVerb},
        {"dump", runDump},           {"populate", runPopulate},   {"query", runQueryVerb},
        {"diagram", runDiagramVerb},
    };
    return verbs;
}

const Verb *findVerb(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return nullptr;
    for (const Verb &verb : verbTable()) {
        if (arguments.at(1) == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

} // namespace

QStringList cliVerbs()
{
    QStringList names;
    for (const Verb &verb : verbTable())
        names << QString::fromLatin1(verb.name);
    return names;
}

bool isCliVerb(const QStringList &arguments)
{
    return findVerb(arguments) != nullptr;
}

bool cliNeedsGui(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments.at(1) == QLatin1String("diagram");
}

int runCli(const QStringList &arguments)
{
    const Verb *verb = findVerb(arguments);
    if (!verb)
        return TransferError::Usage;
    if (!qEnvironmentVariableIsSet("ROWBOOK_DEBUG"))
        qInstallMessageHandler(quietMessageHandler);
    if (const QString problem = SqliteLibrary::check(); !problem.isEmpty()) {
        print(stderr, QStringLiteral("rowbook: %1\n").arg(problem));
        return TransferError::Input;
    }
    // QCommandLineParser wants the program name first; drop the verb.
    QStringList rest = arguments;
    rest.removeAt(1);
    return verb->run(rest);
}

} // namespace rowbook

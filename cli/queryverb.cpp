#include "queryverb.h"

#include "clioutput.h"
#include "database.h"
#include "pgconnection.h"
#include "queryengine.h"
#include "queryoutput.h"
#include "transfererror.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rowbook {
namespace {

using cli::Cli;
using cli::fail;
using cli::print;

const QString verb = QStringLiteral("query");

int usageError(const QString &message)
{
    return cli::usageError(verb, message);
}

QString helpText(const QCommandLineParser &parser)
{
    return Cli::tr(
               "Usage: rowbook query [--database DB] [--format csv|json|table] [--output FILE]\n"
               "                     [--file SCRIPT | SQL | -]\n"
               "Runs SQL on a database and prints what it returns. A run that only reads never "
               "changes the file; a run that writes is one transaction (all or nothing) that "
               "waits for another program's lock as saving in the window does. BEGIN, COMMIT "
               "and ROLLBACK are refused, except one outer BEGIN … COMMIT around a --file "
               "script (as sqlite3 .dump writes it). - reads the SQL from standard input.\n"
               "Output: csv (a header row, NULL as an empty field, '' as \"\", as rowbook "
               "export), json (an array of objects) or table (aligned text; the default when "
               "standard output is a terminal, csv otherwise). Each statement that returns "
               "rows gives one result: csv and table results are separated by an empty line, "
               "json gives one array per result.\n\n")
           + cli::optionsHelp(parser)
           + Cli::tr(
               "\nExit codes:\n"
               "  0  success\n"
               "  1  SQL error (the message names line and column, and the file with --file)\n"
               "  2  usage error (wrong option, missing database or script)\n"
               "  3  the database stayed busy (locked by another program) past the retry "
               "budget\n"
               "  4  the output file or the database cannot be written\n");
}

bool readAll(const QString &path, QString *text, QString *problem)
{
    QFile file;
    const bool ok = path == QLatin1String("-")
                        ? file.open(stdin, QIODevice::ReadOnly)
                        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *problem = file.errorString();
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

int exitCode(QueryOutcome::Status status)
{
    switch (status) {
    case QueryOutcome::Ok:
        return 0;
    case QueryOutcome::Failed:
        return TransferError::Input;
    case QueryOutcome::Busy:
        return TransferError::Busy;
    case QueryOutcome::Cancelled:
    case QueryOutcome::Unwritable:
        break;
    }
    return TransferError::Unwritable;
}

// The verb's options, named again when their values are read.
struct Options
{
    QCommandLineOption database{QStringLiteral("database"),
                                Cli::tr("The SQLite file <path> or a PostgreSQL URI "
                                        "postgresql://[user@][host][:port]/dbname (default: your "
                                        "own database)."),
                                QStringLiteral("path")};
    QCommandLineOption format{QStringLiteral("format"), Cli::tr("csv, json or table."),
                              QStringLiteral("format")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Cli::tr("Write to <file> instead of standard output (replaced "
                                      "only when the run succeeds)."),
                              QStringLiteral("file")};
    QCommandLineOption file{{QStringLiteral("f"), QStringLiteral("file")},
                            Cli::tr("Run the SQL script <file>: many statements, one "
                                    "transaction."),
                            QStringLiteral("file")};
    QCommandLineOption wait{QStringLiteral("wait"),
                            Cli::tr("Wait up to <seconds> for another program's lock before "
                                    "giving up with exit code 3 (default: 30)."),
                            QStringLiteral("seconds")};
};

// What the command line asks for, once read and checked.
struct Invocation
{
    QueryOutput::Format format = QueryOutput::Format::Csv;
    RetryPolicy policy;
    QueryRequest request;
    QString source; // names the script in error messages
};

// The output format: --format, else a table on a terminal and csv otherwise. False on an unknown
// format, with the exit code in *code.
bool readFormat(const QCommandLineParser &parser,
                const Options &options,
                QueryOutput::Format *outputFormat,
                int *code)
{
    *outputFormat = QueryOutput::Format::Csv;
#ifdef Q_OS_UNIX
    if (!parser.isSet(options.output) && ::isatty(STDOUT_FILENO))
        *outputFormat = QueryOutput::Format::Table;
#endif
    if (!parser.isSet(options.format))
        return true;
    const QString name = parser.value(options.format).toLower();
    if (name == QLatin1String("csv")) {
        *outputFormat = QueryOutput::Format::Csv;
    } else if (name == QLatin1String("json")) {
        *outputFormat = QueryOutput::Format::Json;
    } else if (name == QLatin1String("table")) {
        *outputFormat = QueryOutput::Format::Table;
    } else {
        *code = usageError(Cli::tr("Unknown format “%1” (expected csv, json or table).")
                               .arg(parser.value(options.format)));
        return false;
    }
    return true;
}

// --wait as the retry budget of `policy`. False when it is not a number of seconds in range,
// with the exit code in *code.
bool readWait(const QCommandLineParser &parser,
              const Options &options,
              RetryPolicy *policy,
              int *code)
{
    if (!parser.isSet(options.wait))
        return true;
    bool ok = false;
    const double seconds = parser.value(options.wait).toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 24 * 3600) {
        *code = usageError(
            Cli::tr("--wait takes a number of seconds, not “%1”.").arg(parser.value(options.wait)));
        return false;
    }
    policy->budgetMs = int(seconds * 1000);
    return true;
}

// The SQL to run: the argument itself, or the script that --file or - reads. False when the
// script cannot be read, with the exit code in *code.
bool readSql(const QCommandLineParser &parser,
             const Options &options,
             QueryRequest *request,
             QString *source,
             int *code)
{
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(options.file) && positional.first() != QLatin1String("-")) {
        request->sql = positional.first();
        return true;
    }
    *source = parser.isSet(options.file) ? parser.value(options.file) : QStringLiteral("<stdin>");
    QString problem;
    if (!readAll(parser.isSet(options.file) ? *source : QStringLiteral("-"), &request->sql,
                 &problem)) {
        *code = usageError(Cli::tr("The script %1 cannot be read: %2.").arg(*source, problem));
        return false;
    }
    request->fileScript = parser.isSet(options.file);
    return true;
}

// Reads and checks the arguments after parsing: the SQL, the format and --wait. False on a usage
// error, with the exit code in *code.
bool readInvocation(const QCommandLineParser &parser,
                    const Options &options,
                    Invocation *invocation,
                    int *code)
{
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(options.file) == !positional.isEmpty() || positional.size() > 1) {
        *code = usageError(
            positional.size() > 1        ? Cli::tr("Give the SQL as one argument (quote it).")
            : parser.isSet(options.file) ? Cli::tr("Give either --file or SQL, not both.")
                                         : Cli::tr("No SQL was given."));
        return false;
    }
    return readFormat(parser, options, &invocation->format, code)
           && readWait(parser, options, &invocation->policy, code)
           && readSql(parser, options, &invocation->request, &invocation->source, code);
}

// The engine on --database (or the user's own database), open. Null when the database is
// missing, misnamed or cannot be opened, with the exit code in *code.
std::unique_ptr<QueryEngine> openEngine(const QCommandLineParser &parser,
                                        const Options &options,
                                        const RetryPolicy &policy,
                                        int *code)
{
    const QString path
        = parser.isSet(options.database) ? parser.value(options.database) : Database::defaultPath();
    // A server database (postgresql://…) is named in messages without its password.
    const bool server = PgConnection::isUri(path);
    const QString shown = PgConnection::redacted(path);
    if (server) {
        PgConnection connection;
        if (QString problem; !PgConnection::parse(path, &connection, &problem)) {
            *code = usageError(problem);
            return nullptr;
        }
    } else if (parser.isSet(options.database) && !QFileInfo::exists(path)) {
        *code = usageError(Cli::tr("There is no database file %1.").arg(path));
        return nullptr;
    }
    DatabaseInfo info;
    info.path = path;
    if (!server) {
        info = Database::prepare(path, QFileInfo::exists(path) ? Database::Open::Existing
                                                               : Database::Open::Starter);
        if (!info.isOpen()) {
            *code = fail(verb, TransferError::kindOf(info.error),
                         Cli::tr("The database %1 cannot be opened: %2")
                             .arg(path, info.error.userMessage()));
            return nullptr;
        }
    }
    auto engine = QueryEngine::create(info, policy);
    if (QString problem; !engine->open(&problem)) {
        *code = fail(verb, TransferError::Unwritable,
                     Cli::tr("The database %1 cannot be opened: %2").arg(shown, problem));
        return nullptr;
    }
    return engine;
}

// Where the results go: `saved` (--output, replaced only when the run succeeds) or standard
// output. Null when it cannot be written, with the exit code in *code.
QIODevice *openOutput(const QCommandLineParser &parser,
                      const Options &options,
                      QSaveFile &saved,
                      QFile &standardOutput,
                      int *code)
{
    if (parser.isSet(options.output)) {
        if (!saved.open(QIODevice::WriteOnly)) {
            *code = fail(verb, TransferError::Unwritable,
                         Cli::tr("The file %1 cannot be written: %2.")
                             .arg(parser.value(options.output), saved.errorString()));
            return nullptr;
        }
        return &saved;
    }
    if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        *code
            = fail(verb, TransferError::Unwritable, Cli::tr("Standard output cannot be written."));
        return nullptr;
    }
    return &standardOutput;
}

// Runs the request with its results written to `device`, and keeps --output (`saved`) only when
// the run and the writing succeed. Returns the verb's exit code.
int runAndWrite(QueryEngine &engine,
                const Invocation &invocation,
                QIODevice *device,
                QSaveFile &saved)
{
    QueryOutput out(device, invocation.format);
    const QueryOutcome outcome = engine.run(1, invocation.request, out);
    const bool written = out.finish();
    if (!outcome.ok()) {
        if (saved.isOpen())
            saved.cancelWriting();
        return fail(verb, exitCode(outcome.status),
                    QueryOutput::scriptError(invocation.source, outcome));
    }
    if (!written || (saved.isOpen() && !saved.commit()))
        return fail(verb, TransferError::Unwritable,
                    Cli::tr("The output cannot be written: %1.").arg(device->errorString()));
    const int changed = int(std::min<qint64>(outcome.rowsAffected, INT_MAX));
    if (invocation.format == QueryOutput::Format::Table && outcome.wrote)
        print(stdout, Cli::tr("Changed %n row(s).\n", nullptr, changed));
    return 0;
}

} // namespace

int runQueryVerb(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    parser.addOptions({cli::helpOption(), options.database, options.format, options.output,
                       options.file, options.wait});
    parser.addPositionalArgument(QStringLiteral("sql"),
                                 Cli::tr("The SQL to run, or - to read it from standard input."));
    int code = 0;
    if (!cli::parseVerb(verb, parser, arguments, helpText, true, &code))
        return code;

    Invocation invocation;
    if (!readInvocation(parser, options, &invocation, &code))
        return code;
    const auto engine = openEngine(parser, options, invocation.policy, &code);
    if (!engine)
        return code;

    QSaveFile saved(parser.value(options.output));
    QFile standardOutput;
    QIODevice *device = openOutput(parser, options, saved, standardOutput, &code);
    if (!device)
        return code;
    return runAndWrite(*engine, invocation, device, saved);
}

} // namespace rowbook

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

} // namespace

int runQueryVerb(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database(
        QStringLiteral("database"),
        Cli::tr("The SQLite file <path> or a PostgreSQL URI "
                "postgresql://[user@][host][:port]/dbname (default: your "
                "own database)."),
        QStringLiteral("path"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("csv, json or table."),
                                    QStringLiteral("format"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write to <file> instead of standard output (replaced "
                                            "only when the run succeeds)."),
                                    QStringLiteral("file"));
    const QCommandLineOption file({QStringLiteral("f"), QStringLiteral("file")},
                                  Cli::tr("Run the SQL script <file>: many statements, one "
                                          "transaction."),
                                  QStringLiteral("file"));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  Cli::tr("Wait up to <seconds> for another program's lock before "
                                          "giving up with exit code 3 (default: 30)."),
                                  QStringLiteral("seconds"));
    parser.addOptions({cli::helpOption(), database, format, output, file, wait});
    parser.addPositionalArgument(QStringLiteral("sql"),
                                 Cli::tr("The SQL to run, or - to read it from standard input."));
    if (int code = 0; !cli::parseVerb(verb, parser, arguments, helpText, true, &code))
        return code;

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(file) == !positional.isEmpty() || positional.size() > 1)
        return usageError(positional.size() > 1
                              ? Cli::tr("Give the SQL as one argument (quote it).")
                          : parser.isSet(file) ? Cli::tr("Give either --file or SQL, not both.")
                                               : Cli::tr("No SQL was given."));
    QueryOutput::Format outputFormat = QueryOutput::Format::Csv;
#ifdef Q_OS_UNIX
    if (!parser.isSet(output) && ::isatty(STDOUT_FILENO))
        outputFormat = QueryOutput::Format::Table;
#endif
    if (parser.isSet(format)) {
        const QString name = parser.value(format).toLower();
        if (name == QLatin1String("csv"))
            outputFormat = QueryOutput::Format::Csv;
        else if (name == QLatin1String("json"))
            outputFormat = QueryOutput::Format::Json;
        else if (name == QLatin1String("table"))
            outputFormat = QueryOutput::Format::Table;
        else
            return usageError(Cli::tr("Unknown format “%1” (expected csv, json or table).")
                                  .arg(parser.value(format)));
    }

    RetryPolicy policy;
    if (parser.isSet(wait)) {
        bool ok = false;
        const double seconds = parser.value(wait).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 24 * 3600)
            return usageError(
                Cli::tr("--wait takes a number of seconds, not “%1”.").arg(parser.value(wait)));
        policy.budgetMs = int(seconds * 1000);
    }

    QueryRequest request;
    QString source; // names the script in error messages
    if (parser.isSet(file) || positional.first() == QLatin1String("-")) {
        source = parser.isSet(file) ? parser.value(file) : QStringLiteral("<stdin>");
        QString problem;
        if (!readAll(parser.isSet(file) ? source : QStringLiteral("-"), &request.sql, &problem))
            return usageError(Cli::tr("The script %1 cannot be read: %2.").arg(source, problem));
        request.fileScript = parser.isSet(file);
    } else {
        request.sql = positional.first();
    }

    const QString path = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    // A server database (postgresql://…) is named in messages without its password.
    const bool server = PgConnection::isUri(path);
    const QString shown = PgConnection::redacted(path);
    if (server) {
        PgConnection connection;
        if (QString problem; !PgConnection::parse(path, &connection, &problem))
            return usageError(problem);
    } else if (parser.isSet(database) && !QFileInfo::exists(path)) {
        return usageError(Cli::tr("There is no database file %1.").arg(path));
    }
    DatabaseInfo info;
    info.path = path;
    if (!server) {
        info = Database::prepare(path, QFileInfo::exists(path) ? Database::Open::Existing
                                                               : Database::Open::Starter);
        if (!info.isOpen())
            return fail(verb, info.error.isBusy() ? TransferError::Busy : TransferError::Unwritable,
                        Cli::tr("The database %1 cannot be opened: %2")
                            .arg(path, info.error.userMessage()));
    }
    const auto engine = QueryEngine::create(info, policy);
    if (QString problem; !engine->open(&problem))
        return fail(verb, TransferError::Unwritable,
                    Cli::tr("The database %1 cannot be opened: %2").arg(shown, problem));

    QSaveFile saved(parser.value(output));
    QFile standardOutput;
    QIODevice *device = &standardOutput;
    if (parser.isSet(output)) {
        if (!saved.open(QIODevice::WriteOnly))
            return fail(verb, TransferError::Unwritable,
                        Cli::tr("The file %1 cannot be written: %2.")
                            .arg(parser.value(output), saved.errorString()));
        device = &saved;
    } else if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        return fail(verb, TransferError::Unwritable, Cli::tr("Standard output cannot be written."));
    }

    QueryOutput out(device, outputFormat);
    const QueryOutcome outcome = engine->run(1, request, out);
    const bool written = out.finish();
    if (!outcome.ok()) {
        if (saved.isOpen())
            saved.cancelWriting();
        return fail(verb, exitCode(outcome.status), QueryOutput::scriptError(source, outcome));
    }
    if (!written || (saved.isOpen() && !saved.commit()))
        return fail(verb, TransferError::Unwritable,
                    Cli::tr("The output cannot be written: %1.").arg(device->errorString()));
    const int changed = int(std::min<qint64>(outcome.rowsAffected, INT_MAX));
    if (outputFormat == QueryOutput::Format::Table && outcome.wrote)
        print(stdout, Cli::tr("Changed %n row(s).\n", nullptr, changed));
    return 0;
}

} // namespace rowbook

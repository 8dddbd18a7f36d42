#include "verbsupport.h"

#include "pgconnection.h"

#include "commandline.h"

#include <QFileInfo>

namespace rowbook::cli {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              Cli::tr("Show this help."));
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              Cli::tr("The SQLite file <path> (default: your own database)."),
                              QStringLiteral("path"));
}

int usageError(const QString &verb, const QString &message)
{
    return fail(verb, TransferError::Usage,
                Cli::tr("%1 See “rowbook %2 --help”.").arg(message, verb));
}

QString exitCodeHelp()
{
    return Cli::tr(
        "Exit codes:\n"
        "  0  success\n"
        "  1  bad input file (the message names file, line and column and what was "
        "expected),\n"
        "     or a file that cannot be read or written\n"
        "  2  usage error (wrong option, unknown table, encoding or format)\n"
        "  3  the database stayed busy (locked by another program) past the retry budget\n"
        "  4  the database cannot be written (read-only, corrupt, newer schema version, "
        "disk full)\n");
}

QString optionsHelp(const QCommandLineParser &parser)
{
    const QString help = parser.helpText();
    return help.mid(help.indexOf(QLatin1String("Options:")));
}

QString helpText(const QCommandLineParser &parser,
                 const QString &usage,
                 const QString &about,
                 const QString &exitCodes)
{
    return Cli::tr("Usage: %1\n%2\n\n").arg(usage, about) + optionsHelp(parser) + QLatin1Char('\n')
           + exitCodes;
}

int exitCode(const TransferError &error)
{
    // A cancel cannot happen on the command line; treat it like a failed write if it does.
    return error.kind == TransferError::Cancelled ? TransferError::Unwritable : int(error.kind);
}

int refuseServer(const QString &verb, const QString &path, const QString &instead)
{
    if (!PgConnection::isUri(path))
        return 0;
    return usageError(verb, Cli::tr("“rowbook %1” works on SQLite files, and %2 is a server "
                                    "database. %3")
                                .arg(verb, PgConnection::redacted(path), instead));
}

bool openDatabase(const QString &verb,
                  const QCommandLineParser &parser,
                  const QCommandLineOption &option,
                  bool writes,
                  DatabaseInfo *info,
                  int *code)
{
    const QString path = parser.isSet(option) ? parser.value(option) : Database::defaultPath();
    if (!writes && !PgConnection::isUri(path) && !QFileInfo::exists(path)) {
        *code = usageError(verb, Cli::tr("There is no database file %1.").arg(path));
        return false;
    }
    const Database::Open mode = !writes                ? Database::Open::ReadOnly
                                : parser.isSet(option) ? Database::Open::Create
                                                       : Database::Open::Starter;
    *info = Database::prepare(path, mode);
    if (!info->isOpen()) {
        *code = fail(verb, TransferError::kindOf(info->error),
                     Cli::tr("The database %1 cannot be opened: %2")
                         .arg(PgConnection::redacted(path), info->error.userMessage()));
        return false;
    }
    return true;
}

bool changedDuringRead(const DatabaseInfo &info, const QFileInfo &before)
{
    const QFileInfo after(info.path);
    return info.immutable
           && (after.lastModified() != before.lastModified() || after.size() != before.size()
               || QFileInfo::exists(info.path + QStringLiteral("-wal")));
}

bool parseVerb(const QString &verb,
               QCommandLineParser &parser,
               const QStringList &arguments,
               const QString &usage,
               const QString &about,
               bool positional,
               int *code)
{
    return parseVerb(
        verb, parser, arguments,
        [&](const QCommandLineParser &parsed) { return helpText(parsed, usage, about); },
        positional, code);
}

bool parseVerb(const QString &verb,
               QCommandLineParser &parser,
               const QStringList &arguments,
               const std::function<QString(const QCommandLineParser &)> &help,
               bool positional,
               int *code)
{
    if (!parser.parse(arguments)) {
        *code = usageError(verb, CommandLine::sentence(parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, help(parser));
        *code = 0;
        return false;
    }
    if (!positional && !parser.positionalArguments().isEmpty()) {
        *code = usageError(
            verb, Cli::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

QCommandLineOption outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              Cli::tr("Write to <file> instead of standard output."),
                              QStringLiteral("file"));
}

int readExitCode(const QString &verb,
                 const TransferError &error,
                 const DatabaseInfo &info,
                 const QFileInfo &before,
                 const QString &changed)
{
    if (error.isError())
        return fail(verb, exitCode(error), error.message);
    if (changedDuringRead(info, before))
        return fail(verb, TransferError::Busy, changed);
    return 0;
}

} // namespace rowbook::cli

#include "checkverbs.h"

#include "clioutput.h"
#include "database.h"
#include "filecheck.h"
#include "recovery.h"
#include "transfererror.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace rowbook {
namespace {

using cli::Cli;
using cli::fail;
using cli::helpOption;
using cli::helpText;
using cli::print;
using cli::usageError;

} // namespace

int runCheckVerb(const QStringList &arguments)
{
    const QString verb = QStringLiteral("check");
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption database(
        QStringLiteral("database"), Cli::tr("The SQLite file <path> (default: your own database)."),
        QStringLiteral("path"));
    const QCommandLineOption full(QStringLiteral("full"),
                                  Cli::tr("Run the slower, complete integrity check (SQLite’s "
                                          "integrity_check) instead of the quick one."));
    parser.addOptions({help, database, full});
    if (!parser.parse(arguments))
        return usageError(verb, parser.errorText() + QLatin1Char('.'));
    if (parser.isSet(help)) {
        print(stdout, helpText(parser, Cli::tr("rowbook check [--database PATH] [--full]"),
                               Cli::tr("Checks that a database file is sound, without changing a "
                                       "byte of it, and prints “ok” or the problems found."),
                               Cli::tr("Exit codes:\n  0  the file is sound\n  2  usage error, or "
                                       "there is no such file\n  4  the file is damaged\n")));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            verb, Cli::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    const QString path = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    if (const int refused = cli::refuseServer(
            verb, path, Cli::tr("A server database is checked by its server (amcheck).")))
        return refused;
    const FileCheck::Result result = FileCheck::run(path, parser.isSet(full));
    switch (result.status) {
    case FileCheck::Status::Missing:
        return usageError(verb, Cli::tr("There is no database file %1.").arg(path));
    case FileCheck::Status::Ok:
        print(stdout, QStringLiteral("ok\n"));
        return 0;
    case FileCheck::Status::Damaged:
        break;
    }
    print(stdout, result.problems.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return fail(verb, TransferError::Unwritable,
                Cli::tr("The database file %1 is damaged (%n problem(s) found); copy its readable "
                        "rows into a new file with “rowbook recover %1 --output NEW”, or restore a "
                        "backup.",
                        nullptr, int(result.problems.size()))
                    .arg(path));
}

int runRecoverVerb(const QStringList &arguments)
{
    const QString verb = QStringLiteral("recover");
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        Cli::tr("Write the recovered rows to <file>, which must not exist."),
        QStringLiteral("file"));
    parser.addOptions({help, output});
    parser.addPositionalArgument(QStringLiteral("damaged"), Cli::tr("The damaged SQLite file."));
    if (!parser.parse(arguments))
        return usageError(verb, parser.errorText() + QLatin1Char('.'));
    if (parser.isSet(help)) {
        print(stdout,
              helpText(parser, Cli::tr("rowbook recover DAMAGED --output NEW"),
                       Cli::tr("Copies every row that can still be read from a damaged "
                               "database into a new file, table by table, and leaves the "
                               "damaged file as it is. Rows whose table cannot be told go "
                               "into a table named lost_and_found."),
                       Cli::tr("Exit codes:\n  0  the new file was written\n  1  the damaged "
                               "file cannot be read, or the new file cannot be written\n  2  "
                               "usage error, or there is no such file\n")));
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(verb, files.isEmpty() ? Cli::tr("No damaged file was given.")
                                                : Cli::tr("Give exactly one damaged file."));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(verb, Cli::tr("No new file was given (--output NEW)."));
    const QString &damaged = files.first();
    const QString target = parser.value(output);
    if (const int refused = cli::refuseServer(
            verb, damaged,
            Cli::tr("A server database is recovered by its server (WAL, pg_dump backups).")))
        return refused;
    if (!QFileInfo(damaged).isFile())
        return usageError(verb, Cli::tr("There is no database file %1.").arg(damaged));
    if (QFileInfo::exists(target))
        return fail(verb, TransferError::Input,
                    Cli::tr("%1 already exists; choose another name.").arg(target));
    if (QFileInfo(damaged).canonicalFilePath() == QFileInfo(target).absoluteFilePath())
        return usageError(verb, Cli::tr("The new file must not be the damaged one."));

    const Recovery::Result result = Recovery::run(damaged, target);
    if (!result.ok())
        return fail(verb, TransferError::Input, result.error);
    for (const QString &warning : result.warnings)
        print(stderr, QStringLiteral("rowbook %1: %2\n").arg(verb, warning));
    for (const Recovery::TableCount &table : result.tables)
        print(stdout,
              Cli::tr("%1: %n row(s) recovered\n", nullptr, int(table.rows)).arg(table.table));
    if (result.unreadableCells > 0)
        print(stdout,
              Cli::tr("%n damaged row(s) could not be read.\n", nullptr, result.unreadableCells));
    print(stdout,
          Cli::tr("Recovered %n row(s) into %1.\n", nullptr, int(result.totalRows())).arg(target));
    return 0;
}

} // namespace rowbook

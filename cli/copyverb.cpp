#include "copyverb.h"

#include "clioutput.h"
#include "copyjob.h"
#include "transfererror.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace rowbook {
namespace {

using cli::Cli;
using cli::fail;
using cli::print;

const QString verb = QStringLiteral("copy");

int clamp(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

} // namespace

int runCopyVerb(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  Cli::tr("The database to copy from: a SQLite file or a "
                                          "postgresql:// URI."),
                                  QStringLiteral("database"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        Cli::tr("The database to copy into: a PostgreSQL URI when --from is a "
                "file, a SQLite file (created when missing) when --from is a "
                "URI. The copied tables must not exist there yet."),
        QStringLiteral("database"));
    const QCommandLineOption table(
        {QStringLiteral("t"), QStringLiteral("table")},
        Cli::tr("Copy only table <name> (repeatable; default: every table)."),
        QStringLiteral("name"));
    parser.addOptions({cli::helpOption(), from, to, table});
    const auto help = [](const QCommandLineParser &parsed) {
        return Cli::tr("Usage: rowbook copy --from DATABASE --to DATABASE [--table NAME]...\n"
                       "Copies tables between a SQLite file and a PostgreSQL database, creating "
                       "them on the target (types, keys, indexes, constraints; see "
                       "docs/postgresql.md), all or nothing.\nA PostgreSQL database is named by a "
                       "URI such as postgresql://user@host:5432/dbname or "
                       "postgresql:///dbname?host=/run/postgresql; the password comes from "
                       "PGPASSWORD or ~/.pgpass.\n\n")
               + cli::optionsHelp(parsed)
               + Cli::tr("\nExit codes:\n"
                         "  0  success\n"
                         "  1  the source cannot be read, a copied table already exists on the "
                         "target, or a value does not fit the target (nothing was copied)\n"
                         "  2  usage error (wrong option, unknown table, two files or two URIs)\n"
                         "  3  the target stayed busy (locked by another program)\n"
                         "  4  the target cannot be opened or written\n");
    };
    if (int code = 0; !cli::parseVerb(verb, parser, arguments, help, false, &code))
        return code;
    if (!parser.isSet(from) || parser.value(from).isEmpty())
        return cli::usageError(verb, Cli::tr("No source was given (--from DATABASE)."));
    if (!parser.isSet(to) || parser.value(to).isEmpty())
        return cli::usageError(verb, Cli::tr("No target was given (--to DATABASE)."));

    CopyJob::Options options;
    options.from = parser.value(from);
    options.to = parser.value(to);
    options.tables = parser.values(table);
    CopyJob job(options);
    int lastPercent = -1;
    QString lastTable;
    const CopyJob::Result result = job.run([&](qint64 done, qint64 total, const QString &name) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (name.isEmpty() || (name == lastTable && percent < lastPercent + 5))
            return true;
        lastPercent = percent;
        lastTable = name;
        print(stderr, Cli::tr("rowbook copy: %1% (%2 of %3 rows), table “%4”\n")
                          .arg(percent)
                          .arg(done)
                          .arg(total)
                          .arg(name));
        return true;
    });
    for (const QString &note : result.notes)
        print(stderr, Cli::tr("rowbook copy: note: %1\n").arg(note));
    if (result.error.isError())
        return fail(verb, cli::exitCode(result.error), result.error.message);
    print(stdout, Cli::tr("Copied %n row(s) from %1 to %2 (%3).\n", nullptr, clamp(result.rows))
                      .arg(CopyJob::displayName(options.from), CopyJob::displayName(options.to),
                           Cli::tr("%n table(s)", nullptr, result.tables)));
    return 0;
}

} // namespace rowbook

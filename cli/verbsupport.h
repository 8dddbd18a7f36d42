#pragma once

#include "clioutput.h"
#include "database.h"
#include "transfererror.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>

#include <functional>

class QFileInfo;

// What the verbs of the command line share: the options every verb has, parsing with --help
// and usage errors, the exit codes, opening the database, and writing to --output or standard
// output.
namespace rowbook::cli {

QCommandLineOption helpOption();
QCommandLineOption databaseOption();
QCommandLineOption outputOption();

// "MESSAGE See “rowbook VERB --help”." on stderr; returns the usage error's exit code.
int usageError(const QString &verb, const QString &message);

// The exit codes of the transfer verbs (TransferError's kinds), for --help.
QString exitCodeHelp();
// The options part ("Options: ...") of the parser's help, for a verb's --help.
QString optionsHelp(const QCommandLineParser &parser);
QString helpText(const QCommandLineParser &parser,
                 const QString &usage,
                 const QString &about,
                 const QString &exitCodes = exitCodeHelp());
int exitCode(const TransferError &error);

// Parses a verb's arguments and answers --help with `usage` and `about`. False when the verb
// ends here (help printed, or a usage error), with its exit code in *code. A verb that takes no
// positional argument rejects one.
bool parseVerb(const QString &verb,
               QCommandLineParser &parser,
               const QStringList &arguments,
               const QString &usage,
               const QString &about,
               bool positional,
               int *code);
// The same for a verb whose --help is a text of its own: `help` returns it.
bool parseVerb(const QString &verb,
               QCommandLineParser &parser,
               const QStringList &arguments,
               const std::function<QString(const QCommandLineParser &)> &help,
               bool positional,
               int *code);

// For the verbs that work on a SQLite file (backup, check, recover, populate): a usage error that
// says so, and `instead` (what to do on a server), when `path` names a server database; else 0.
int refuseServer(const QString &verb, const QString &path, const QString &instead);

// Opens the database named on the command line, or the user's own one. A verb that writes may
// create it (the user's own one with the starter table, any other empty); a verb that only reads
// opens it read-only and never creates or changes a file.
bool openDatabase(const QString &verb,
                  const QCommandLineParser &parser,
                  const QCommandLineOption &option,
                  bool writes,
                  DatabaseInfo *info,
                  int *code);

// A snapshot read (see DatabaseInfo::immutable) is only right if nothing wrote meanwhile: true
// when the file changed since `before` was taken.
bool changedDuringRead(const DatabaseInfo &info, const QFileInfo &before);

// Runs a job that reads the database into --output (`toFile`) or standard output. False when
// standard output cannot be written, with the exit code in *code.
template<class Job>
bool runToOutput(
    const QString &verb, Job &job, bool toFile, typename Job::Result *result, int *code)
{
    if (toFile) {
        *result = job.run();
        return true;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        *code = fail(verb, TransferError::Input, Cli::tr("Standard output cannot be written."));
        return false;
    }
    *result = job.run(&out);
    return true;
}

// The exit code of a verb that read the database: the job's error; else Busy with `changed` when
// another program wrote to the file since `before` (changedDuringRead); else 0.
int readExitCode(const QString &verb,
                 const TransferError &error,
                 const DatabaseInfo &info,
                 const QFileInfo &before,
                 const QString &changed);

} // namespace rowbook::cli

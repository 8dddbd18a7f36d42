#pragma once

#include "database.h"
#include "transfererror.h"

#include <QCoreApplication>
#include <QSaveFile>

class QIODevice;
class QSqlDatabase;

namespace rowbook {

// The prologue and epilogue that the jobs writing a file (ExportJob, DumpJob) share: the checks
// that the database and the job's own connection are open, opening the output, and a file that
// is replaced only when the job succeeded (QSaveFile).
class JobOutput
{
    Q_DECLARE_TR_FUNCTIONS(JobOutput)
public:
    // The database the job was given could not be opened (no error when it is open).
    static TransferError checkDatabase(const DatabaseInfo &database);
    // The job's own connection could not be opened (no error when it is open).
    static TransferError checkConnection(const QSqlDatabase &db);
    // Opens `output` for writing unless it is open already.
    static TransferError open(QIODevice *output);
    static TransferError unwritable(const QString &path, const QString &reason);

    // Runs `write(QSaveFile *)`, which returns a Result with an `error`, and commits the file at
    // `path` only when it succeeded: anything else leaves the old file (or none) in place.
    template<class Result, class Write>
    static Result intoFile(const QString &path, Write &&write)
    {
        QSaveFile file(path);
        Result result = write(&file);
        if (!result.error.isError() && !file.commit())
            result.error = unwritable(path, file.errorString());
        return result;
    }
};

} // namespace rowbook

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rowbook {

// Checks a database file without changing it: never creates the file, its journal or its
// shared-memory index, and never writes a byte. Opens it read-only, and as immutable when no
// write-ahead log is beside it (with one, SQLite reads the log's newer pages as usual).
class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(FileCheck)
public:
    enum class Status { Ok, Damaged, Missing };

    struct Result
    {
        Status status = Status::Ok;
        QStringList problems; // one line per problem found, as SQLite words them
    };

    // PRAGMA quick_check, or the slower and more thorough integrity_check when `full`; a file
    // shorter than its header says is reported as damaged too.
    static Result run(const QString &path, bool full);
};

} // namespace rowbook

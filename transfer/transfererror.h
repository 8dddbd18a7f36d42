#pragma once

#include "storageerror.h"

#include <QString>

namespace rowbook {

// Why an import or export stopped. The kinds map one to one onto the command-line exit codes.
struct TransferError
{
    enum Kind {
        None = 0,
        Input = 1,      // the file to import is malformed, unreadable, or does not fit the table
        Usage = 2,      // a wrong option or argument (unknown table, encoding, format, ...)
        Busy = 3,       // another program held the database lock past the retry budget
        Unwritable = 4, // the database cannot be written: read-only, corrupt, newer schema, full
        Cancelled = 5,  // the user cancelled; nothing was written
    };

    Kind kind = None;
    QString message; // one sentence for people, already prefixed with file:line:column if known
    int line = 0;    // 1-based, 0 when not about a position in a file
    int column = 0;  // 1-based, in characters

    bool isError() const { return kind != None; }
    // The kind for a database error: Busy when another program held the lock past the retry
    // budget, `otherwise` for anything else.
    static Kind kindOf(const StorageError &error, Kind otherwise = Unwritable)
    {
        return error.isBusy() ? Busy : otherwise;
    }
    static TransferError make(Kind kind, const QString &message, int line = 0, int column = 0)
    {
        TransferError e;
        e.kind = kind;
        e.message = message;
        e.line = line;
        e.column = column;
        return e;
    }
};

} // namespace rowbook

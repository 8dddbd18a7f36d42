#pragma once

#include <QByteArray>
#include <QList>

namespace rowbook {

// Splits a PostgreSQL script into statements the way psql does: a ';' ends a statement unless it
// is inside a '…' string (E'…' with backslash escapes, and every '…' when the server's
// standard_conforming_strings is off), a "…" name, a $$…$$ or $tag$…$tag$ dollar-quoted body, a
// -- comment or a (nested) /* … */ comment, or between parentheses.
class PgScript
{
public:
    struct Statement
    {
        qsizetype begin = 0; // the first byte of its first token
        qsizetype end = 0;   // one past its ';' (or the end of the text)
        enum Kind { Other, Begin, Commit, Rollback, Savepoint } kind = Other;
        // SELECT, VALUES, TABLE, WITH, SHOW or EXPLAIN without ANALYZE: it may only read (the
        // server has the last word: a read-only transaction refuses a hidden write).
        bool reads = false;
    };

    // Blank and comment-only pieces are left out.
    static QList<Statement> split(const QByteArray &utf8, bool standardConformingStrings = true);
    // The byte offset in `utf8` of code point number `characters` (0-based), as the server counts
    // positions in a statement; clamped to the text.
    static qsizetype byteOffset(const QByteArray &utf8, qsizetype begin, qsizetype characters);
};

} // namespace rowbook

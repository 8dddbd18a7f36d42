#pragma once

#include <QMetaType>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace rowbook {

// An error from the database, classified by SQLite's primary result code (the low byte of the
// extended code that the QSQLITE driver reports as QSqlError::nativeErrorCode()) or by
// PostgreSQL's SQLSTATE (five characters, which QPSQL reports there when the server answered).
struct StorageError
{
    enum Kind {
        None,
        Busy,        // SQLITE_BUSY (5) or SQLITE_LOCKED (6), including extended codes such as 517;
                     // SQLSTATE 55P03 (lock not available), 40001 (serialization), 40P01 (deadlock)
        Constraint,  // SQLITE_CONSTRAINT (19), SQLITE_MISMATCH (20); SQLSTATE class 23
        ReadOnly,    // SQLITE_READONLY (8), SQLITE_PERM (3), SQLITE_CANTOPEN (14)
        Corrupt,     // SQLITE_CORRUPT (11), SQLITE_NOTADB (26)
        Damaged,     // the integrity check (quick_check) found problems: nothing may be written
        Full,        // SQLITE_FULL (13)
        Io,          // SQLITE_IOERR (10)
        Gone,        // the row or object no longer exists
        Conflict,    // another program changed a value since the user read it (compare-and-set)
        Unreachable, // the database server cannot be reached (SQLSTATE class 08, 57P, no answer)
        Other,
    };

    Kind kind = None;
    int nativeCode = 0;  // extended SQLite result code, 0 when not from SQLite
    QByteArray sqlState; // PostgreSQL's SQLSTATE, empty when not from PostgreSQL
    QString detail;      // the driver's text
    // A change a foreign key refused because rows of other tables refer to the row: the save
    // worker knows what it ran, where SQLite words both directions of a failure alike.
    enum Referenced { NotReferenced, DeletionRefused, KeyChangeRefused };
    Referenced referenced = NotReferenced;
    QStringList referringTables; // with `referenced`: the tables found with rows referring to it

    static StorageError fromSql(const QSqlError &error);
    static StorageError make(Kind kind, const QString &detail, int nativeCode = 0);
    static Kind classify(int nativeCode);
    static Kind classifySqlState(const QByteArray &sqlState);

    bool isError() const { return kind != None; }
    bool isBusy() const { return kind == Busy; }
    // A foreign key refused the change, either way round (SQLSTATE 23503, SQLite's "FOREIGN KEY
    // constraint failed").
    bool isForeignKey() const;
    // The columns named in a NOT NULL / UNIQUE message ("NOT NULL constraint failed: t.c",
    // "UNIQUE constraint failed: t.a, t.b"), without the table; column() is the first.
    QStringList columns() const;
    QString column() const;
    // The name or expression of the CHECK constraint that failed, if any.
    QString rule() const;
    // One sentence for people: what happened.
    QString userMessage() const;
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::StorageError)

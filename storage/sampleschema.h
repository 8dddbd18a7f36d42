#pragma once

#include "rowchange.h"
#include "storageerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace rowbook {

// What sample data for one table must respect, read from the catalog of SQLite or PostgreSQL: per
// column its declared type, NOT NULL, UNIQUE (a one-column unique index or key), the CHECK
// expressions that mention it, and the parent of a one-column foreign key. A PostgreSQL column is
// described by the SQLite declared type Rowbook reads its type as (TypeMapping), so one set of
// sample rules serves both. Also the statements the populate job in transfer/ runs, so no SQL is
// spelled outside storage/.
struct SampleSchema
{
    struct Column
    {
        QString name;
        QString declared;
        bool notNull = false;
        bool unique = false;
        bool keyAlias = false; // INTEGER PRIMARY KEY, or an identity/serial column: left to the
                               // database
        bool hasDefault = false;
        bool computed = false; // PostgreSQL: GENERATED ALWAYS AS (…) STORED, never inserted
        // PostgreSQL: the column's type as format_type() spells it; empty on SQLite.
        QString serverType;
        // False for a PostgreSQL type Rowbook has no generator for (uuid, json, arrays, …): the
        // column is left to its default or NULL.
        bool generatable = true;
        QStringList checks;      // CHECK expressions that mention this column (and no other)
        QStringList otherChecks; // CHECK expressions that mention it and other columns too
        QString parentTable;     // a one-column foreign key, empty when none
        QString parentColumn;
    };

    QString table; // as the database spells it
    QVector<Column> columns;
    // PostgreSQL names a broken CHECK by its constraint's name: name → the expression, as it is
    // filed under `checks`/`otherChecks`.
    QHash<QString, QString> namedChecks;
    // The integer key the fill's rows are numbered by, for undo: "rowid" on SQLite, a one-column
    // integer primary key on PostgreSQL; empty when there is none.
    QString keyColumn;
    QString error;
    bool unknownTable = false;

    static SampleSchema read(const QSqlDatabase &db, const QString &table);

    // The distinct values of `column` in `table` (parent keys, or what a UNIQUE column holds).
    // When they cannot be read (a role without SELECT on a parent table), `error` says why; the
    // first such error is kept.
    static QVariantList
    values(const QSqlDatabase &db, const QString &table, const QString &column, QString *error);
    // The largest integer of `column`, 0 for an empty table; `error` as for values().
    static qint64
    maxInteger(const QSqlDatabase &db, const QString &table, const QString &column, QString *error);
    // Inside the fill's write transaction: keeps other writers out of the table until it ends,
    // so that the fill's rows get the keys after the largest one before it. SQLite's BEGIN
    // IMMEDIATE did so already; PostgreSQL locks the table (SHARE ROW EXCLUSIVE: readers go on).
    // That lock needs UPDATE, DELETE or TRUNCATE besides INSERT: a role that may only select and
    // insert fills without it, and `locked` says so (then the fill's keys are not reported for
    // undo).
    StorageError lockForFill(const QSqlDatabase &db, bool *locked) const;
    // The largest key of keyColumn, 0 for an empty table; -1 when there is none to read (WITHOUT
    // ROWID, or no integer key).
    qint64 maxRowKey(const QSqlDatabase &db) const;
    // How many rows have a keyColumn within [first, last]; -1 when that cannot be read.
    qint64 rowsInKeyRange(const QSqlDatabase &db, qint64 first, qint64 last) const;
    // Deletes the rows of `table` whose `keyColumn` is within [first, last]: undoing a fill,
    // whose rows got the keys after the largest one before it (lockForFill()).
    static RowChange
    deleteKeyRange(const QString &table, const QString &keyColumn, qint64 first, qint64 last);
    // INSERT INTO table (columns) VALUES (?, …); DEFAULT VALUES when there are none.
    QString insertSql(const QStringList &columnNames) const;
    // INSERT INTO table (columns) VALUES, without the rows (BatchInsert); empty when there are no
    // columns.
    QString insertHead(const QStringList &columnNames) const;

private:
    static SampleSchema readSqlite(const QSqlDatabase &db, const QString &table);
    static SampleSchema readPostgres(const QSqlDatabase &db, const QString &table);
};

} // namespace rowbook

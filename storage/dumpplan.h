#pragma once

#include "typemapping.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rowbook {

// What a dump of a database as a SQL script holds, for the dump job in transfer/ to write:
// the statements before the rows (settings, BEGIN, CREATE TABLE in foreign-key order), how each
// table's rows are read and inserted, and the statements after them (indexes, views, triggers;
// on PostgreSQL foreign keys and identity sequences; COMMIT). The PostgreSQL schema and value
// carrying are those of `rowbook copy` (CopyPlan), so both follow docs/postgresql.md. Also the
// literal spelling of every value in either dialect; no SQL is spelled outside storage/.
struct DumpPlan
{
    enum class Dialect { Sqlite, Postgres };
    enum class Content { Everything, SchemaOnly, DataOnly };

    struct Table
    {
        QString name;
        QString selectSql;           // every row, in key order (rowid, or the primary key)
        QByteArray insertHead;       // INSERT INTO t (columns) VALUES, UTF-8, without the rows
        QVector<ValueCarry> carries; // PostgreSQL: per column, as `rowbook copy` carries it
        qint64 rows = 0;
    };

    Dialect dialect = Dialect::Sqlite;
    Content content = Content::Everything;
    QStringList before;    // statements before the rows, without the final semicolon
    QVector<Table> tables; // the tables whose rows are written, parents before children
    QStringList after;     // statements after the rows, the last one COMMIT
    QStringList notes;     // what is left out or translated differently, one sentence each
    QString error;         // why the dump cannot be made; empty when it can
    bool unknownTable = false;

    qint64 totalRows() const;
    // Rows per INSERT statement.
    static constexpr int batchRows = 500;

    // Reads the schema of `db` (inside the caller's read transaction, so the dump is one
    // snapshot). `tables` empty means every table, with the views; otherwise only those tables
    // with their indexes and triggers.
    static DumpPlan
    fromSqlite(const QSqlDatabase &db, Dialect dialect, Content content, const QStringList &tables);

    // The same for a PostgreSQL database, as a script for SQLite: the tables, types and values
    // of `rowbook copy` to a file (CopyPlan::fromPostgres), read inside the caller's read
    // transaction (CopyPlan::sourcePreamble). A PostgreSQL script of a server is pg_dump's job.
    static DumpPlan
    fromPostgres(const QSqlDatabase &db, Content content, const QStringList &tables);

    // The tables of `db` ordered so that a table comes after the tables its foreign keys refer
    // to (a cycle keeps name order for the tables in it).
    static QStringList dependencyOrder(const QSqlDatabase &db, const QStringList &tables);

    // Literals, appended to a UTF-8 script.
    static void appendNull(QByteArray &out) { out.append("NULL"); }
    static void appendInteger(QByteArray &out, qint64 value);
    // Round-trip exact: the shortest text that reads back as the same double.
    static void appendReal(QByteArray &out, double value, Dialect dialect);
    // A CR or NUL in it is spelled so that the sqlite3 shell and psql read it back.
    static void appendText(QByteArray &out, QByteArrayView utf8, Dialect dialect);
    static void appendBlob(QByteArray &out, QByteArrayView bytes, Dialect dialect);
    // A value as CopyPlan::carry() made it: null, bool, integer, double, text or bytes.
    static void appendValue(QByteArray &out, const QVariant &value, Dialect dialect);
};

} // namespace rowbook

#pragma once

#include "typemapping.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rowbook {

// How a set of tables is copied from one engine to the other: the target's DDL (translated by
// the rules of docs/postgresql.md), the statements that read and write the rows, and what could
// not be carried over. Built from the source's catalog and data; holds SQL for the copy job in
// transfer/ to run, so no SQL is spelled outside storage/.
struct CopyPlan
{
    enum class Engine { Sqlite, Postgres };

    struct Table
    {
        QString name;
        QString createSql;        // CREATE TABLE on the target, without foreign keys on PostgreSQL
        QStringList afterDataSql; // foreign keys and indexes: after the rows
        QStringList sequenceSql;  // identity sequences set past the copied keys, after the rows
        QString selectSql;        // reads every row from the source, in key order
        QString insertHead;       // INSERT INTO t (columns) VALUES, without the rows
        QVector<ValueCarry> carries; // per column, how a value is converted
        qint64 rows = 0;
        QStringList columns; // the source's column names; from SQLite only
        QStringList pgTypes; // per column, its PostgreSQL type; from SQLite only
    };

    Engine source = Engine::Sqlite;
    Engine target = Engine::Postgres;
    QVector<Table> tables;
    QStringList notes;         // what was translated differently or left out, one sentence each
    QString error;             // why the copy cannot be made; empty when it can
    bool unknownTable = false; // the error is a table name the source does not have

    qint64 totalRows() const;

    // Reads the source's schema and data statistics. `tables` empty means every table.
    static CopyPlan fromSqlite(const QSqlDatabase &source, const QStringList &tables);
    static CopyPlan fromPostgres(const QSqlDatabase &source, const QStringList &tables);

    // The names of the planned tables that already exist on the target (any case).
    QStringList existingOnTarget(const QSqlDatabase &target) const;
    // Statements that make the source's open transaction one consistent, read-only snapshot
    // with dates in ISO form; run right after BEGIN on the source.
    static QStringList sourcePreamble(Engine source);
    // Statements run on the target's connection before the DDL (inside the transaction).
    QStringList targetPreamble() const;
    // Problems the target finds after all rows are in (SQLite: foreign key violations), as
    // sentences; empty when there are none.
    QStringList finalProblems(const QSqlDatabase &target) const;

    // How many rows one INSERT carries: many on PostgreSQL (one round trip each, within the
    // server's limit on parameters), one on SQLite, where a prepared row costs no round trip.
    int batchRows(const Table &table) const;

    // A value read by `selectSql` made ready for the INSERT after `insertHead`.
    static QVariant carry(const QVariant &value, ValueCarry how);
    // The note fromSqlite() adds when the source has views or triggers, which a copy leaves out.
    static QString viewsAndTriggersNote();
};

} // namespace rowbook

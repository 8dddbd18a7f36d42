#pragma once

#include "rowchange.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rowbook {

struct TableInfo;

// The column types offered when creating a table or adding a column. Their declared names
// (INTEGER, REAL, TEXT, DATE, BOOLEAN, BLOB) map back to ColumnKind through Catalog.
enum class SchemaType { Integer, Real, Text, Date, Boolean, Blob };

struct ColumnSpec
{
    QString name;
    SchemaType type = SchemaType::Text;
    bool notNull = false;
    QString defaultValue; // as typed: 0, 2.5, 2024-01-31, yes, any text; empty means no default
    bool primaryKey = false;
    bool unique = false;
};

struct IndexInfo
{
    QString name;
    QStringList columns; // empty entries for expressions
    bool unique = false;
    bool automatic = false; // made by a PRIMARY KEY or UNIQUE constraint: not dropped on its own
};

// An inline validation message and the form field it belongs to.
struct SchemaProblem
{
    enum Field { TableName, ColumnName, Type, Default, Constraint, IndexName, General };
    Field field = General;
    int column = -1; // for column fields: index into the column list given to createTable()
    QString message;
};

// One schema change, validated against the database as it is now: either the statements to
// run in one transaction (SchemaRunner, through the save worker), or the problems to show.
// Statements are DDL: identifiers go through Catalog::quote(); the only values are DEFAULT
// literals (SQLite accepts no parameters in DDL), formatted by the driver from parsed values.
struct SchemaChange
{
    enum Kind {
        CreateTable,
        AddColumn,
        RenameColumn,
        RenameTable,
        DropColumn,
        CreateIndex,
        DropIndex,
        DropTable,
        AlterColumn,
        DeleteRows // rows deleted by statement: undoing a fill with sample data
    };

    Kind kind = CreateTable;
    QString table;           // the table it is about; after RenameTable its new name
    QString previousTable;   // RenameTable: the old name
    QString description;     // one sentence for people: "Drop column “x” from “t”."
    QStringList sideEffects; // what goes with it, shown before confirming
    QVector<RowChange> statements;
    bool rebuildsTable = false; // the 12-step rebuild: runs with foreign_keys off
    QVector<SchemaProblem> problems;
    // Undo from the undo history: the statements that put the table back as it was before
    // (TableSnapshot), and the entry's text, e.g. "Drop column Composer". Empty: no undo entry.
    QVector<RowChange> undoStatements;
    QString undoText;
    // Take undoStatements on the save worker, in the change's own transaction just before it
    // runs (SaveBatch::snapshotTable), instead of on the caller's thread. SchemaRunner::finished
    // hands the change back with them filled in, or with snapshotProblem saying why not.
    bool snapshotBefore = false;
    QString snapshotProblem;
    bool fromHistory = false; // run by undo or redo: the table's history is kept, not cleared

    bool isValid() const { return problems.isEmpty() && !statements.isEmpty(); }
    // All problems as lines of text, for a single message label.
    QString problemText() const;
    SaveBatch batch(quint64 id) const;
};

// Builds schema changes for the engine of `db`. Every function reads the current schema through
// `db` (the GUI's reader connection is fine) and never writes. Rowbook's own tables are never
// offered. On PostgreSQL the SchemaTypes become the server's own types (bigint, double precision,
// text, date, boolean, bytea), a lone whole-number primary key numbers new rows itself (an
// identity column, as SQLite's INTEGER PRIMARY KEY does), names follow the server's rules (at
// most 63 bytes; no system column names), and a column is dropped with ALTER TABLE (never the
// rebuild). The undo snapshot (SchemaChange::snapshotBefore) is SQLite's only.
class SchemaOps
{
    Q_DECLARE_TR_FUNCTIONS(SchemaOps)

public:
    static QStringList typeNames(); // in SchemaType order
    static QString typeName(SchemaType type);
    // The engine's declared type for a new column of `type`: typeName() on SQLite.
    static QString declaredType(const QSqlDatabase &db, SchemaType type);
    // declaredType() of every SchemaType, in SchemaType order: what the type boxes offer.
    static QStringList typeNames(const QSqlDatabase &db);
    static bool typeFromName(const QString &name, SchemaType *type);

    // Why `name` cannot name a table, column or index; empty when it can.
    static QString nameProblem(const QString &name);
    // nameProblem() and the limits of the engine of `db`; for a column name also the names the
    // engine keeps for its own columns.
    static QString nameProblem(const QSqlDatabase &db, const QString &name, bool column = false);
    // The SQL literal for a typed default; false (with a sentence in *problem) when it does not
    // fit.
    static bool defaultLiteral(const QSqlDatabase &db,
                               SchemaType type,
                               const QString &input,
                               QString *literal,
                               QString *problem);

    static SchemaChange
    createTable(const QSqlDatabase &db, const QString &name, const QVector<ColumnSpec> &columns);
    static SchemaChange
    addColumn(const QSqlDatabase &db, const QString &table, const ColumnSpec &column);
    static SchemaChange renameColumn(const QSqlDatabase &db,
                                     const QString &table,
                                     const QString &column,
                                     const QString &newName);
    static SchemaChange
    renameTable(const QSqlDatabase &db, const QString &table, const QString &newName);
    // ALTER TABLE … DROP COLUMN when SQLite allows it, otherwise the 12-step rebuild (indexes
    // on the column and table constraints naming it are removed and listed in sideEffects).
    static SchemaChange
    dropColumn(const QSqlDatabase &db, const QString &table, const QString &column);
    static SchemaChange createIndex(const QSqlDatabase &db,
                                    const QString &table,
                                    const QString &name,
                                    const QStringList &columns,
                                    bool unique);
    static SchemaChange
    dropIndex(const QSqlDatabase &db, const QString &table, const QString &index);
    // Tables and views. The caller confirms first (and makes a backup).
    static SchemaChange dropTable(const QSqlDatabase &db, const QString &table);

    static QVector<IndexInfo> indexes(const QSqlDatabase &db, const QString &table);
    static QString
    suggestedIndexName(const QSqlDatabase &db, const QString &table, const QStringList &columns);

private:
    // The table (or, with viewAllowed, view) `name`; a problem in `change` when there is none.
    static TableInfo editableTable(const QSqlDatabase &db,
                                   const QString &name,
                                   SchemaChange &change,
                                   bool viewAllowed = false);
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::SchemaChange)

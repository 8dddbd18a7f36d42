#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

class QSqlDatabase;
class QSqlQuery;

// The small pieces CopyPlan's parts share: copyplan.cpp (statements), copyplansqlite.cpp and
// copyplanpostgres.cpp (reading each engine's schema), and DumpPlan, which reads a SQLite
// source the same way. Not for use outside storage/.
namespace rowbook::copyplan {

// The context the copy plan's messages are looked up and filed (lupdate) under.
struct CopyPlanText
{
    Q_DECLARE_TR_FUNCTIONS(CopyPlan)
};
// Both engines quote identifiers the SQL-standard way.
QString quoted(const QString &name);
QString quotedList(const QStringList &names);
QString stringLiteral(const QString &text);
QString placeholders(int count);
QString queryError(const QSqlQuery &query);
// The tables asked for, spelled as the source spells them; an unknown name is an error.
bool resolveTables(const QStringList &available,
                   const QStringList &asked,
                   QStringList *tables,
                   QString *error);
// The user tables of a SQLite database, by name, without SQLite's and Rowbook's own.
QStringList sqliteTables(const QSqlDatabase &db);
// The CHECK expressions of a CREATE TABLE statement, column and table constraints alike.
QStringList checkExpressions(const QString &createSql);

// The expression of a CHECK as pg_get_constraintdef() spells it: "CHECK ((a > 0))" is "(a > 0)".
QString postgresCheckExpression(const QString &definition);
// The tables of a PostgreSQL database's current schema, by name.
QStringList postgresTables(const QSqlDatabase &db);
// A column of a PostgreSQL table as pg_attribute and pg_attrdef describe it.
struct PgColumn
{
    QString name;
    QString type; // as format_type() spells it
    bool notNull;
    QVariant defaultSql; // null when the column has no DEFAULT
    bool identity;       // GENERATED … AS IDENTITY, or a serial (DEFAULT nextval(…))
    bool generated;      // GENERATED ALWAYS AS (…) STORED: computed, never written
};
// The columns of PostgreSQL table `name` in order; empty with `error` set when they cannot be
// read.
QVector<PgColumn> postgresColumns(const QSqlDatabase &db, const QString &name, QString *error);

} // namespace rowbook::copyplan

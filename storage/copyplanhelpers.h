#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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

} // namespace rowbook::copyplan

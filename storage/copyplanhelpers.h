#pragma once

#include <QString>
#include <QStringList>

class QSqlQuery;

// The small pieces CopyPlan's parts share: copyplan.cpp (statements), copyplansqlite.cpp and
// copyplanpostgres.cpp (reading each engine's schema). Not for use outside CopyPlan.
namespace rowbook::copyplan {

QString tr(const char *text);
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

} // namespace rowbook::copyplan

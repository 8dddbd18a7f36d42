#include "structure.h"

#include "driverkind.h"
#include "pgstructure.h"

#include <QSqlQuery>
#include <QStringList>

namespace rowbook {

QVector<Structure::Statement> Structure::of(const QSqlDatabase &db, const QString &table)
{
    if (isPostgres(db))
        return pgcatalog::structure(db, table);
    QVector<Statement> statements;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'view' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, "
        "name"));
    query.addBindValue(table);
    if (!query.exec())
        return statements;
    while (query.next())
        statements.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return statements;
}

QString Structure::script(const QVector<Statement> &statements)
{
    QStringList parts;
    for (const Statement &statement : statements)
        parts << statement.sql.trimmed() + QLatin1Char(';');
    return parts.join(QLatin1String("\n\n"));
}

} // namespace rowbook

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace rowbook {

// The CREATE statements behind a table or view: its own, then its indexes and triggers. On SQLite
// as it stored them (sqlite_master.sql; indexes SQLite made for PRIMARY KEY and UNIQUE have
// none); on PostgreSQL as the server deparses them (pgstructure.h).
class Structure
{
public:
    struct Statement
    {
        QString type; // table, view, index, trigger
        QString name;
        QString sql;
    };

    static QVector<Statement> of(const QSqlDatabase &db, const QString &table);
    // All of them as one script, each ending with a semicolon.
    static QString script(const QVector<Statement> &statements);
};

} // namespace rowbook

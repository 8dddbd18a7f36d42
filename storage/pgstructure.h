#pragma once

#include "structure.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace rowbook {

// What Structure and ForeignKeys read on a PostgreSQL connection. PostgreSQL keeps no CREATE
// text: the statements are written from pg_catalog with the server's own deparsers
// (format_type, pg_get_expr, pg_get_constraintdef, pg_get_indexdef, pg_get_triggerdef,
// pg_get_viewdef), for the tables and views of the connection's current schema.
namespace pgcatalog {
QVector<Structure::Statement> structure(const QSqlDatabase &db, const QString &table);
// The foreign keys of the table bound once: constraint id, column, parent table, parent column,
// one row per column pair, ordered by constraint and position (as SQLite's
// pragma_foreign_key_list).
QString foreignKeyQuery();
} // namespace pgcatalog

} // namespace rowbook

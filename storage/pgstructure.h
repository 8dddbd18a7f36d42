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
// The foreign keys, in any schema, that refer to the table of the current schema bound once: the
// columns of foreignKeyQuery(), then the referring table (schema-qualified when in another schema).
QString referrerQuery();
} // namespace pgcatalog

} // namespace rowbook

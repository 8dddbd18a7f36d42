#pragma once

#include "catalog.h"
#include "columnchange.h"
#include "schemaops.h"

#include <QSqlDatabase>

// The parts of ColumnChange::alter in files of their own, for storage/ only: the rows a change
// would break (columnrowchecks.cpp) and the change on a PostgreSQL server
// (columnchangeserver.cpp). SQLite's rebuild stays in columnchange.cpp.
namespace rowbook::columnchange {

// The SchemaType whose defaults a column of `kind` takes.
SchemaType typeOfKind(ColumnKind kind);

// Rows that would break what `wanted` adds to `before`, as problems naming them.
void checkRows(const QSqlDatabase &db,
               const TableInfo &info,
               int index,
               const ColumnDefinition &before,
               const ColumnDefinition &wanted,
               SchemaChange &change);

// Whether `column` of `parent` identifies its rows, as a foreign key needs.
bool isParentKey(const QSqlDatabase &db, const TableInfo &parent, const QString &column);

// A PostgreSQL character type with a length (varchar(n), char varying(n), char(n), nchar(n), …)
// or an array of one: the length, and whether it is an array. length is 0 for any other type.
// "char" (quoted: PostgreSQL's one-byte type) is a length of one byte: a cast to it keeps a
// value's first byte without a word.
struct ServerTextLimit
{
    int length = 0;
    bool array = false;
    bool bytes = false; // length counts bytes, trailing spaces included
};
ServerTextLimit serverTextLimit(const QString &type);

// Whether a PostgreSQL server knows `type` (to_regtype: with a length or precision, an array).
bool serverKnowsType(const QSqlDatabase &db, const QString &type);

// The one-column foreign key of `column` on a PostgreSQL server: its constraint's name, the
// table and the column it refers to; empty when there is none. Only a key to a table of the
// current schema, the tables Edit Column offers: one to another schema is left as it is.
QStringList serverReference(const QSqlDatabase &db, const QString &table, const QString &column);

// The change on a PostgreSQL server: ALTER TABLE … ALTER COLUMN and constraints added or
// dropped by name, in one transaction.
void alterOnServer(const QSqlDatabase &db,
                   const TableInfo &info,
                   int index,
                   const ColumnDefinition &before,
                   const ColumnDefinition &wanted,
                   SchemaChange &change);

} // namespace rowbook::columnchange

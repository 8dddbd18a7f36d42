#pragma once

#include "foreignkeys.h"
#include "rowchange.h"
#include "storageerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace rowbook::RefusedKeys {

// Foreign keys read once a save batch: each table's own, and those that refer to each table.
struct Known
{
    QHash<QString, QVector<ForeignKeyConstraint>> own;
    QHash<QString, QVector<ForeignKeyConstraint>> referring;
    int named = 0; // refused rows whose referring tables were looked for (at most namedRows)
};
// The refused rows of a batch whose referring tables are named; the others get the general
// message, so a batch of many refusals does not hold the write lock for their lookups.
constexpr int namedRows = 100;

// SQLite says "FOREIGN KEY constraint failed" both ways round, and PostgreSQL words it in the
// server's language: a foreign key that refused a deletion, or an update whose own references
// all lead to rows that are there, did so for the rows of other tables that refer to this one
// (StorageError::referenced), and names the tables that have such rows (referringTables).
// `keyIs` picks the row by its bound key (SqlDialect::keyPredicate). Called by the save worker
// after the row's savepoint is rolled back to (a server reads nothing in a failed transaction),
// so the row is as it was; the lookups run in a savepoint of their own, so a failed one leaves
// the message as it was and the batch's transaction usable.
void markReferenced(const QSqlDatabase &db,
                    const RowChange &change,
                    const QString &keyIs,
                    Known *known,
                    StorageError *error);

} // namespace rowbook::RefusedKeys

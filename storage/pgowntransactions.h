#pragma once

#include "pgsnapshot.h"

#include <QSqlDatabase>

namespace rowbook {

// What a save batch on a server reads of its own transaction ids, so that the change watcher
// does not take the batch's commit for another session's (PgSnapshot::othersEnded).
namespace PgOwnTransactions {

// Whether the session's role may read them: they are read in a DO block, in PL/pgSQL.
bool readable(const QSqlDatabase &db);

// Just before COMMIT: the ids of the open transaction and its subtransactions into `ids` (none
// when `readable` is false or they could not be read). Returns the transaction's own id, or 0
// when not even that could be read and the transaction cannot commit any more.
qint64 read(const QSqlDatabase &db, bool readable, OwnTransactions &ids);

// After the COMMIT: the ids among `ids` still running are another session's.
void settle(const QSqlDatabase &db, OwnTransactions &ids);

} // namespace PgOwnTransactions
} // namespace rowbook

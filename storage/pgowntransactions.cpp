#include "pgowntransactions.h"

#include "database.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace rowbook::PgOwnTransactions {
namespace {

qint64 transactionId(const QSqlDatabase &db)
{
    return Database::scalar(db, QStringLiteral("SELECT txid_current()")).toLongLong();
}

void addNotOurs(OwnTransactions &ids, const QString &list)
{
    for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.notOurs << id.toLongLong();
    std::sort(ids.notOurs.begin(), ids.notOurs.end());
}

// The ids begun since the transaction's own, up to the newest one given out (the first that the
// server calls "in the future"). Still running are its subtransactions and others' transactions,
// which hold a lock on their id (pg_locks) or end meanwhile; ids of others that committed
// meanwhile count as others', rolled-back ones changed nothing. A snapshot cannot tell: it lists
// running ids only up to the newest id that ended. The answer is "first:end:others,...".
const char *const readIds = R"(DO $rowbook$
DECLARE
    first bigint := txid_current();
    id bigint := first;
    state text;
    running bigint[] := '{}';
    others bigint[] := '{}';
BEGIN
    PERFORM set_config('rowbook.own_transactions', '', true);
    LOOP
        BEGIN
            state := pg_xact_status(CAST(CAST(id AS text) AS xid8));
        EXCEPTION WHEN OTHERS THEN
            EXIT;
        END;
        IF state = 'committed' THEN
            others := others || id;
        ELSIF state = 'in progress' THEN
            running := running || id;
        END IF;
        id := id + 1;
    END LOOP;
    others := others || ARRAY(SELECT r FROM unnest(running) AS r WHERE r % 4294967296 IN (
        SELECT CAST(CAST(transactionid AS text) AS bigint) FROM pg_locks WHERE locktype =
        'transactionid' AND mode = 'ExclusiveLock' AND granted AND pid IS DISTINCT FROM
        pg_backend_pid()) OR pg_xact_status(CAST(CAST(r AS text) AS xid8)) <> 'in progress');
    PERFORM set_config('rowbook.own_transactions', first || ':' || id || ':' ||
        array_to_string(others, ','), true);
EXCEPTION WHEN OTHERS THEN
    NULL; -- none are known: the batch is saved all the same
END $rowbook$)";

} // namespace

bool readable(const QSqlDatabase &db)
{
    return Database::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_language WHERE "
                                               "lanname = 'plpgsql' AND "
                                               "has_language_privilege(oid, 'USAGE'))"))
        .toBool();
}

qint64 read(const QSqlDatabase &db, bool readable, OwnTransactions &ids)
{
    ids = {};
    // Nothing here may end the transaction: after an error (a statement timeout) it goes back.
    if (!readable || execute(db, QStringLiteral("SAVEPOINT rowbook_ids")).isError())
        return transactionId(db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool done
        = query.exec(QString::fromLatin1(readIds))
          && query.exec(QStringLiteral("SELECT current_setting('rowbook.own_transactions')"))
          && query.next();
    const QStringList parts
        = done ? query.value(0).toString().split(QLatin1Char(':')) : QStringList();
    query.finish();
    if (parts.size() != 3) { // none count as own: the window reads the table again
        if (execute(db, QStringLiteral("ROLLBACK TO SAVEPOINT rowbook_ids")).isError())
            return 0; // the COMMIT fails too, and the batch is written again
        return transactionId(db);
    }
    ids.from = parts[0].toLongLong();
    ids.to = parts[1].toLongLong();
    addNotOurs(ids, parts[2]);
    return ids.from;
}

void settle(const QSqlDatabase &db, OwnTransactions &ids)
{
    // After the COMMIT none of the batch's ids runs any more: one that does is another
    // session's (a prepared transaction, whose lock has no session; or one that had its id but
    // not yet its lock).
    if (ids.isEmpty())
        return;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT string_agg(CAST(x AS text), ',') FROM "
                                   "generate_series(%1, %2) AS x WHERE pg_xact_status(CAST(CAST(x "
                                   "AS text) AS xid8)) = 'in progress'")
                        .arg(ids.from)
                        .arg(ids.to - 1))
        || !query.next()) {
        ids = {}; // none count as own
        return;
    }
    addNotOurs(ids, query.value(0).toString());
}

} // namespace rowbook::PgOwnTransactions

#include "transaction.h"

#include "database.h"
#include "driverkind.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rowbook {

StorageError execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return StorageError::fromSql(query.lastError());
}

ImmediateTransaction::ImmediateTransaction(const QSqlDatabase &db)
    : m_db(db)
{}

ImmediateTransaction::~ImmediateTransaction()
{
    rollback();
}

StorageError ImmediateTransaction::begin()
{
    if (const StorageError refused = Database::verifyWritable(m_db); refused.isError())
        return refused;
    if (isPostgres(m_db)) {
        // Row locks are taken as rows are written; a row another session holds is reported
        // after lockTimeout (55P03, Busy) rather than waited for, and the batch is retried.
        StorageError error = execute(m_db, QStringLiteral("BEGIN"));
        m_active = !error.isError();
        if (m_active)
            error = execute(
                m_db, QStringLiteral("SET LOCAL lock_timeout = '%1ms'").arg(postgresLockTimeoutMs));
        return error;
    }
    const StorageError error = execute(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = !error.isError();
    return error;
}

StorageError ImmediateTransaction::commit()
{
    if (!m_active)
        return StorageError::make(StorageError::Other, QStringLiteral("no transaction is active"));
    if (isPostgres(m_db)) {
        // A COMMIT of a transaction a failed statement aborted answers ROLLBACK without an
        // error; QPSQL's commit() reports that as the failure it is.
        m_active = false; // committed or rolled back: either way it is over
        QSqlDatabase db = m_db;
        if (db.commit())
            return {};
        StorageError error = StorageError::fromSql(db.lastError());
        if (!error.isError())
            error = StorageError::make(StorageError::Other, db.lastError().text());
        return error;
    }
    const StorageError error = execute(m_db, QStringLiteral("COMMIT"));
    if (!error.isError())
        m_active = false;
    return error;
}

StorageError ImmediateTransaction::deferForeignKeys()
{
    return execute(m_db, isPostgres(m_db) ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                          : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

void ImmediateTransaction::rollback()
{
    if (!m_active)
        return;
    execute(m_db, QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace rowbook

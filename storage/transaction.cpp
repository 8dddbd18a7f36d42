#include "transaction.h"

#include "database.h"

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
    const StorageError error = execute(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = !error.isError();
    return error;
}

StorageError ImmediateTransaction::commit()
{
    if (!m_active)
        return StorageError::make(StorageError::Other, QStringLiteral("no transaction is active"));
    const StorageError error = execute(m_db, QStringLiteral("COMMIT"));
    if (!error.isError())
        m_active = false;
    return error;
}

void ImmediateTransaction::rollback()
{
    if (!m_active)
        return;
    execute(m_db, QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace rowbook

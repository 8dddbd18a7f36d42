#pragma once

#include "storageerror.h"

#include <QSqlDatabase>

namespace rowbook {

// RAII write transaction: BEGIN IMMEDIATE in begin(), ROLLBACK in the destructor unless commit()
// succeeded. BEGIN IMMEDIATE takes the write lock up front, so a busy database is reported at
// the start and never half-way through the writes. On PostgreSQL, which locks rows as they are
// written, begin() is BEGIN with a short lock_timeout: a locked row fails the statement that
// reaches it (Busy), and the caller retries the whole transaction. begin() first refuses a damaged
// file (Database::verifyWritable), so nothing is ever written into one.
class ImmediateTransaction
{
public:
    static constexpr int postgresLockTimeoutMs = 500;

    explicit ImmediateTransaction(const QSqlDatabase &db);
    ~ImmediateTransaction();
    ImmediateTransaction(const ImmediateTransaction &) = delete;
    ImmediateTransaction &operator=(const ImmediateTransaction &) = delete;

    StorageError begin();
    StorageError
    commit(); // on failure the transaction stays open; commit again or let it roll back
    void rollback();
    bool isActive() const { return m_active; }
    // Foreign keys are checked at commit from here on, not after each statement (SQLite's
    // defer_foreign_keys; on a server, the constraints declared DEFERRABLE): rows that others
    // refer to can be deleted and written again within the transaction.
    StorageError deferForeignKeys();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Runs one statement without bound values and returns its classified error.
StorageError execute(const QSqlDatabase &db, const QString &sql);

} // namespace rowbook

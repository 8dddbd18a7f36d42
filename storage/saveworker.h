#pragma once

#include "catalog.h"
#include "database.h"
#include "retrypolicy.h"
#include "rowchange.h"
#include "writerschema.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSqlQuery>

#include <atomic>

namespace rowbook {
namespace RefusedKeys {
struct Known;
}

// Writes batches of row changes on its own thread, through its own connection, one
// BEGIN IMMEDIATE transaction per batch. "Database is locked" is retried with exponential
// backoff and jitter within the policy's budget. On a server, a lost connection is opened again
// and the batch written on the new session (Unreachable while the server cannot be reached).
// Lives in the thread that Saver starts.
class SaveWorker : public QObject
{
    Q_OBJECT
public:
    SaveWorker(DatabaseInfo info, RetryPolicy policy, std::atomic_bool *abort);
    ~SaveWorker() override;

public Q_SLOTS:
    void open(); // creates the connection in the worker's thread
    void save(const rowbook::SaveBatch &batch);
    void setBudget(int budgetMs) { m_policy.budgetMs = budgetMs; }
    // Tells with othersCommitted() whether another connection committed since this worker's
    // last batch (or the last check). The worker's own commits never count, unlike on any other
    // connection, so this is how the window tells its own saves from others' changes.
    // SQLite only: on a server, ChangeWatcher tells with SaveOutcome::ownTransactions.
    void checkOthers();
    // Another program changed the schema: what the worker read of it is read again.
    void forgetSchema();

Q_SIGNALS:
    void opened(bool ok, const QString &problem);
    void started(quint64 batchId);
    void waiting(quint64 batchId, int attempt, qint64 elapsedMs);
    void finished(const rowbook::SaveOutcome &outcome);
    void othersChecked(bool committed);

private:
    enum class Step { Done, Retry, Fail };
    void writeWithRetries(const SaveBatch &batch, SaveOutcome &outcome);
    Step writeAll(const SaveBatch &batch, SaveOutcome &outcome);
    // One change of the batch, in a savepoint of its own: a row the database refuses is rolled
    // back alone, its reason in its result. Done: on to the next change.
    Step writeChange(const RowChange &change, RefusedKeys::Known *known, SaveOutcome &outcome);
    // A new session on the server after the old one was lost; false while it cannot be reached.
    bool reconnect();
    // True when the transaction whose COMMIT lost the server (m_committing) committed all the
    // same; waits, on new sessions, until the server can tell (or the worker is aborted).
    bool committedBeforeLoss();
    StorageError apply(const RowChange &change, ChangeResult &result);
    StorageError applyChecked(const RowChange &change, const QString &keyIs, ChangeResult &result);
    // After a checked UPDATE that wrote nothing: writes the columns that still hold what the
    // user started from and reports the others in result.theirs (a Conflict), or Gone.
    StorageError
    settleUnwritten(const RowChange &change, const QString &keyIs, ChangeResult &result);
    QSqlQuery &statement(const QString &sql);
    ColumnKind kindOf(const QString &table, const QString &column) const
    {
        return m_schema.kindOf(table, column);
    }
    // Runs a statement without values (SAVEPOINT, RELEASE, ...), prepared once where it can be.
    StorageError runPlain(const QString &sql);
    // Why `query` (from statement()) failed: its prepare or its execution.
    StorageError failure(const QSqlQuery &query) const;
    // Waits before the next attempt; `locked`: says so with waiting() (not after a reconnect).
    bool backoff(quint64 batchId, int attempt, const QElapsedTimer &clock, bool locked = true);

    // The file at m_info.path, to notice that it was deleted or replaced while open.
    struct FileIdentity
    {
        bool exists = false;
        quint64 device = 0;
        quint64 inode = 0;
    };
    FileIdentity identity() const;
    StorageError refusal() const; // why no batch may be written now, if there is a reason
    void classifyFull(StorageError &error) const;

    QElapsedTimer m_clock; // since the current batch was received

    DatabaseInfo m_info;
    RetryPolicy m_policy;
    std::atomic_bool *m_abort;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QSqlQuery m_unprepared;      // statement()'s result when the prepare failed
    StorageError m_prepareError; // and why
    WriterSchema m_schema;
    bool m_hasPlpgsql = false; // a server's: PgOwnTransactions::readable
    FileIdentity m_identity;   // when opened
    StorageError m_refusal;    // set when quick_check failed on open
    qint64 m_dataVersion
        = -1;            // PRAGMA data_version after the last batch: others' commits change it
    bool m_lost = false; // the server went away and no new session could be opened yet
    StorageError m_reconnectError; // why the last new session could not be opened
    qint64 m_committing = 0;       // on a server: the id of the transaction being committed
};

} // namespace rowbook

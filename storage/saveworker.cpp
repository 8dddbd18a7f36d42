#include "saveworker.h"

#include "backend.h"
#include "backup.h"
#include "catalog.h"
#include "logging.h"
#include "pgowntransactions.h"
#include "refusedkeys.h"
#include "tablesnapshot.h"
#include "transaction.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace rowbook {
namespace {

const QString savepoint = QStringLiteral("SAVEPOINT rowbook_change");
const QString releaseSavepoint = QStringLiteral("RELEASE rowbook_change");
const QString rollbackToSavepoint = QStringLiteral("ROLLBACK TO rowbook_change");

// `keyIs`: the condition that picks the row by its bound key (SqlDialect::keyPredicate).
// `returning`: the clause that makes an INSERT return the new row's key, where there is no
// last-insert id (PostgreSQL, SQLite's WITHOUT ROWID tables); empty for a rowid.
QString sqlFor(const RowChange &change, const QString &keyIs, const QString &returning)
{
    const QString table = Catalog::quote(change.table);
    QStringList columns;
    for (const auto &[column, value] : change.values) {
        Q_UNUSED(value)
        columns << Catalog::quote(column);
    }
    switch (change.kind) {
    case RowChange::Insert:
        if (columns.isEmpty())
            return QStringLiteral("INSERT INTO %1 DEFAULT VALUES%2").arg(table, returning);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
            .arg(table, columns.join(QLatin1String(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")),
                 returning);
    case RowChange::Update:
        return QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
            .arg(table, columns.join(QLatin1String(" = ?, ")), keyIs);
    case RowChange::Delete:
        return QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, keyIs);
    case RowChange::Statement:
        return change.sql;
    }
    return {};
}

// Turns foreign key enforcement off for one batch and back to what it was; outside a transaction.
class ForeignKeysOff
{
public:
    ForeignKeysOff(const QSqlDatabase &db, bool off)
        : m_db(db)
        , m_restore(off && Database::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 0)
    {
        if (m_restore)
            execute(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_restore)
            execute(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
    bool m_restore;
};

} // namespace

SaveWorker::SaveWorker(DatabaseInfo info, RetryPolicy policy, std::atomic_bool *abort)
    : m_info(std::move(info))
    , m_policy(policy)
    , m_abort(abort)
{}

SaveWorker::~SaveWorker()
{
    m_statements.clear();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        Database::disconnect(m_connectionName);
}

void SaveWorker::open()
{
    m_connectionName = Database::uniqueConnectionName(QStringLiteral("saver"));
    m_db = Database::connect(m_info, m_connectionName, Database::Role::Writer);
    if (!m_db.isOpen()) {
        Q_EMIT opened(false, StorageError::fromSql(m_db.lastError()).userMessage());
        return;
    }
    m_refusal = Database::verifyWritable(m_db);
    const QString problem = m_refusal.detail;
    if (m_info.server) {
        m_hasPlpgsql = PgOwnTransactions::readable(m_db);
    } else {
        m_identity = identity();
        m_dataVersion = Database::scalar(m_db, QStringLiteral("PRAGMA data_version")).toLongLong();
    }
    Q_EMIT opened(problem.isEmpty(), problem);
    // At most one backup a day of a sound file of ours, on this thread so the window stays free.
    if (problem.isEmpty() && m_info.ours && !m_info.readOnly && !m_info.created) {
        const Backup::Result daily = Backup::dailyIfDue(m_info.path);
        if (!daily.ok())
            qWarning("Rowbook: the daily backup failed: %s", qPrintable(daily.error.detail));
    }
}

void SaveWorker::checkOthers()
{
    if (!m_db.isOpen())
        return;
    if (m_info.server)
        return; // ChangeWatcher tells from the snapshot, with SaveOutcome::ownTransactions
    const QVariant now = Database::scalar(m_db, QStringLiteral("PRAGMA data_version"));
    if (!now.isValid()) {
        Q_EMIT othersChecked(true); // could not tell (locked): better read again than miss one
        return;
    }
    const bool committed = now.toLongLong() != m_dataVersion;
    m_dataVersion = now.toLongLong();
    Q_EMIT othersChecked(committed);
}

SaveWorker::FileIdentity SaveWorker::identity() const
{
    FileIdentity id;
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_info.path).constData(), &st) == 0)
        id = {true, quint64(st.st_dev), quint64(st.st_ino)};
#else
    id.exists = QFileInfo::exists(m_info.path);
#endif
    return id;
}

StorageError SaveWorker::refusal() const
{
    if (m_refusal.isError() || m_info.server)
        return m_refusal;
    // SQLite keeps writing to the file it opened: after a delete or replace that is the wrong one.
    const FileIdentity now = identity();
    if (!now.exists)
        return StorageError::make(StorageError::Other,
                                  tr("The database file %1 was deleted or moved while Rowbook had "
                                     "it open, so nothing was saved. Your edits are kept; reopen "
                                     "the file or restore a backup.")
                                      .arg(m_info.path));
    if (now.device != m_identity.device || now.inode != m_identity.inode)
        return StorageError::make(StorageError::Other,
                                  tr("The database file %1 was replaced by another file while "
                                     "Rowbook had it open, so nothing was saved. Your edits are "
                                     "kept; reopen the file to see its new content.")
                                      .arg(m_info.path));
    return {};
}

// SQLite reports a full disk as an I/O error unless the system said ENOSPC; quota and file-size
// limits are a full disk for people too.
void SaveWorker::classifyFull(StorageError &error) const
{
    const QVariant handle = m_db.driver()->handle();
    if (error.kind != StorageError::Io || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    const int code = sqlite3_system_errno(*static_cast<sqlite3 *const *>(handle.constData()));
    if (code == ENOSPC || code == EDQUOT || code == EFBIG)
        error.kind = StorageError::Full;
}

StorageError SaveWorker::runPlain(const QString &sql)
{
    if (m_info.server)
        return execute(m_db, sql); // PostgreSQL cannot PREPARE transaction control statements
    QSqlQuery &query = statement(sql);
    return query.exec() ? StorageError() : failure(query);
}

StorageError SaveWorker::failure(const QSqlQuery &query) const
{
    return m_prepareError.isError() ? m_prepareError : StorageError::fromSql(query.lastError());
}

QSqlQuery &SaveWorker::statement(const QString &sql)
{
    m_prepareError = {};
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            // Not kept: on PostgreSQL a PREPARE can fail for a passing reason (a lock).
            m_prepareError = StorageError::fromSql(query.lastError());
            m_unprepared = std::move(query);
            return m_unprepared;
        }
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

void SaveWorker::forgetSchema()
{
    m_schema.forget();
    // A server fixed the types of the parameters of the statements it prepared (PREPARE): an
    // UPDATE of a column whose type changed would convert to the old type. SQLite prepares
    // again by itself; a server's are prepared anew.
    m_statements.clear();
    m_unprepared = QSqlQuery();
}

StorageError SaveWorker::apply(const RowChange &change, ChangeResult &result)
{
    if (change.kind == RowChange::Statement) {
        forgetSchema();        // the schema may change
        QSqlQuery query(m_db); // not cached: schema statements run once
        // PostgreSQL prepares no DDL (QPSQL would wrap it in PREPARE): a statement without
        // values to bind is run as it is, on either engine.
        if (change.binds.isEmpty()) {
            if (!query.exec(change.sql))
                return StorageError::fromSql(query.lastError());
        } else {
            if (!query.prepare(change.sql))
                return StorageError::fromSql(query.lastError());
            for (int i = 0; i < change.binds.size(); ++i)
                query.bindValue(i, change.binds[i]);
            if (!query.exec())
                return StorageError::fromSql(query.lastError());
        }
        if (change.mustReturnNoRows && query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i).toString();
            const QString found = row.join(QLatin1String(", "));
            return StorageError::make(StorageError::Constraint,
                                      QStringLiteral("check failed: %1").arg(found), 19);
        }
        return {};
    }
    const TableInfo *table = &m_schema.table(m_db, change.table);
    const QString keyIs = SqlDialect::keyPredicate(*table);
    if (change.kind == RowChange::Update && !change.expected.isEmpty())
        return applyChecked(change, keyIs, result);
    // SQLite's WITHOUT ROWID tables have no rowid to take: their key as stored. (A rowid table
    // with mapped keys, Catalog::mapLowKeys, takes its rowid: no RETURNING before SQLite 3.35.)
    const bool returns = m_info.server || table->withoutRowid;
    const QString returning
        = returns ? QStringLiteral(" RETURNING %1")
                        .arg(table->keySelect.isEmpty() ? table->keyName : table->keySelect)
                  : QString();
    QSqlQuery &query = statement(sqlFor(change, keyIs, returning));
    int position = 0;
    for (const auto &[column, value] : change.values) {
        Q_UNUSED(column)
        query.bindValue(position++, value);
    }
    if (change.kind != RowChange::Insert) {
        for (const QVariant &key : change.key.values())
            query.bindValue(position++, key);
    }
    if (!query.exec())
        return failure(query);
    if (change.kind == RowChange::Insert) {
        // A mapped key comes as every reader of the table reads it (TableInfo::keySelect: as
        // text on a server); an integer key may come as an unsigned or signed integer.
        QVariantList key;
        if (returns && query.next()) {
            for (int i = 0; i < table->keyWidth; ++i)
                key << query.value(i);
        }
        if (!returns)
            result.key = RowKey::fromId(query.lastInsertId().toLongLong());
        else if (table->keysMapped)
            result.key = RowKey::fromValues(key);
        else
            result.key = RowKey::fromId(key.value(0).toLongLong());
    } else {
        result.key = change.key;
        if (query.numRowsAffected() == 0)
            return StorageError::make(
                StorageError::Gone, QStringLiteral("no row with key %1").arg(change.key.toText()));
    }
    query.finish();
    return {};
}

bool SaveWorker::backoff(quint64 batchId, int attempt, const QElapsedTimer &clock, bool locked)
{
    const qint64 left = m_policy.budgetMs - clock.elapsed();
    if (left <= 0 || m_abort->load())
        return false;
    qCDebug(lcSave, "batch %llx: %s; attempt %d after %lld ms", batchId,
            locked ? "the file is locked" : "on a new session", attempt + 1,
            static_cast<long long>(clock.elapsed()));
    if (locked)
        Q_EMIT waiting(batchId, attempt + 1, clock.elapsed());
    QDeadlineTimer deadline(std::min<qint64>(m_policy.delayForAttempt(attempt), left));
    while (!deadline.hasExpired()) {
        if (m_abort->load())
            return false;
        QThread::msleep(
            static_cast<unsigned long>(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
    }
    return !m_abort->load();
}

SaveWorker::Step
SaveWorker::writeChange(const RowChange &change, RefusedKeys::Known *known, SaveOutcome &outcome)
{
    ChangeResult result;
    result.tag = change.tag;
    if (const StorageError failed = runPlain(savepoint); failed.isError()) {
        outcome.error = failed;
        return failed.isBusy() ? Step::Retry : Step::Fail;
    }
    StorageError error = apply(change, result);
    const bool rowRefused
        = error.kind == StorageError::Constraint || error.kind == StorageError::Gone;
    if (error.kind == StorageError::Conflict) {
        result.error = error; // the columns nobody else changed were written: keep them
    } else if (rowRefused && change.kind != RowChange::Statement) {
        if (const StorageError failed = runPlain(rollbackToSavepoint); failed.isError()) {
            outcome.error = failed;
            return Step::Fail;
        }
        RefusedKeys::markReferenced(m_db, change,
                                    SqlDialect::keyPredicate(m_schema.table(m_db, change.table)),
                                    known, &error);
        result.error = error;
    } else if (error.isError()) {
        outcome.error = error;
        return error.isBusy() ? Step::Retry : Step::Fail;
    }
    if (const StorageError failed = runPlain(releaseSavepoint); failed.isError()) {
        outcome.error = failed;
        return Step::Fail;
    }
    outcome.results.push_back(result);
    return Step::Done;
}

SaveWorker::Step SaveWorker::writeAll(const SaveBatch &batch, SaveOutcome &outcome)
{
    // Outlives the transaction; SQLite's switch (schema changes that rebuild a table).
    const ForeignKeysOff foreignKeys(m_db, batch.foreignKeysOff && !m_info.server);
    ImmediateTransaction transaction(m_db);
    outcome.results.clear();
    m_committing = 0;
    if (StorageError error = transaction.begin(); error.isError()) {
        outcome.error = error;
        return error.isBusy() ? Step::Retry : Step::Fail;
    }
    if (!m_info.server) {
        const qint64 dataVersion
            = Database::scalar(m_db, QStringLiteral("PRAGMA data_version")).toLongLong();
        outcome.othersCommitted = outcome.othersCommitted || dataVersion != m_dataVersion;
        m_dataVersion = dataVersion;
    }
    outcome.snapshot.clear();
    outcome.snapshotProblem.clear();
    if (!batch.snapshotTable.isEmpty())
        outcome.snapshot
            = TableSnapshot::restoreStatements(m_db, batch.snapshotTable, &outcome.snapshotProblem);
    RefusedKeys::Known knownKeys; // the tables' keys markReferenced read, this batch
    for (const RowChange &change : batch.changes) {
        if (const Step step = writeChange(change, &knownKeys, outcome); step != Step::Done)
            return step;
    }
    // Our own files remember the last committed batch, in the same transaction, so a recovery
    // journal written just before a crash can tell whether its in-flight batch was saved.
    if (m_info.ours) {
        QSqlQuery &marker = statement(QStringLiteral(
            "INSERT OR REPLACE INTO _rowbook_meta (key, value) VALUES ('last_batch', ?)"));
        marker.bindValue(0, QString::number(batch.id));
        marker.exec(); // best effort: without it, recovery treats the batch as uncertain
    }
    // A server lost during COMMIT may have committed: the transaction's id tells afterwards.
    m_committing
        = m_info.server ? PgOwnTransactions::read(m_db, m_hasPlpgsql, outcome.ownTransactions) : 0;
    // In rollback-journal mode COMMIT waits for readers to finish: retry it in place.
    const QElapsedTimer &clock = m_clock;
    for (int attempt = 1;; ++attempt) {
        const StorageError error = transaction.commit();
        if (!error.isError()) {
            outcome.error = {};
            m_committing = 0;
            if (m_info.server)
                PgOwnTransactions::settle(m_db, outcome.ownTransactions);
            return Step::Done;
        }
        outcome.error = error;
        if (m_info.server) // a failed COMMIT rolled everything back: the batch starts over
            return error.isBusy() ? Step::Retry : Step::Fail;
        if (!error.isBusy() || !backoff(batch.id, attempt, clock))
            return Step::Fail;
    }
}

void SaveWorker::writeWithRetries(const SaveBatch &batch, SaveOutcome &outcome)
{
    for (int attempt = 1;; ++attempt) {
        outcome.attempts = attempt;
        Step step = writeAll(batch, outcome);
        // A server that went away (restarted, or the session was ended): a new session, and the
        // batch again, unless its COMMIT got through before the connection broke.
        const bool lost = m_info.server && outcome.error.kind == StorageError::Unreachable;
        bool renewed = false; // a new session to write the batch on
        if (lost && m_committing != 0) {
            if (committedBeforeLoss()) {
                outcome.error = {};
                step = Step::Done;
            }
            renewed = m_db.isOpen();
        } else if (lost) {
            renewed = reconnect();
            if (!renewed)
                outcome.error = m_reconnectError; // what the server says now
        }
        if (step == Step::Done) {
            outcome.status = SaveOutcome::Committed;
            return;
        }
        const bool again = step == Step::Retry || renewed;
        if (!again || !backoff(batch.id, attempt, m_clock, !lost)) {
            outcome.status = outcome.error.isBusy() ? SaveOutcome::Busy : SaveOutcome::Failed;
            outcome.results.clear();
            classifyFull(outcome.error);
            return;
        }
    }
}

bool SaveWorker::reconnect()
{
    m_statements.clear(); // prepared on the old session
    m_unprepared = QSqlQuery();
    if (Database::reconnect(m_info, m_db, Database::Role::Writer)) {
        m_lost = false;
        m_reconnectError = {};
        return true;
    }
    // A server that cannot be reached now, or one that refuses (a password no longer valid):
    // saves are retried either way, and the status says which.
    m_reconnectError = StorageError::fromSql(m_db.lastError());
    m_lost = m_reconnectError.kind == StorageError::Unreachable;
    qCDebug(lcSave, "no new session on the server: %s", qPrintable(m_db.lastError().text()));
    return false;
}

bool SaveWorker::committedBeforeLoss()
{
    // Whether the transaction committed is known for certain only on a new session; until then
    // the batch may neither be written again (twice) nor dropped. The old backend may still be
    // finishing its COMMIT ("in progress"): asked again until it is done.
    for (int attempt = 0; !m_abort->load(); ++attempt) {
        if (attempt > 0) {
            QDeadlineTimer pause(std::min(100 << std::min(attempt, 5), 2000));
            while (!pause.hasExpired() && !m_abort->load())
                QThread::msleep(20);
        }
        if ((m_lost || !m_db.isOpen() || attempt > 0) && !reconnect())
            continue;
        QSqlQuery status(m_db);
        status.prepare(QStringLiteral("SELECT txid_status(?)"));
        status.bindValue(0, m_committing);
        if (!status.exec() || !status.next())
            continue;
        const QString answer = status.value(0).toString();
        if (answer == QLatin1String("in progress"))
            continue;
        qCDebug(lcSave, "the COMMIT cut off by the lost server was %s", qPrintable(answer));
        m_committing = 0;
        return answer == QLatin1String("committed");
    }
    return false; // the window is closing: the edits stay pending (and journalled)
}

void SaveWorker::save(const SaveBatch &batch)
{
    m_clock.start();
    SaveOutcome outcome;
    outcome.batchId = batch.id;
    Q_EMIT started(batch.id);
    if (m_info.server && (m_lost || !m_db.isOpen()) && !reconnect()) {
        outcome.status = SaveOutcome::Failed;
        outcome.error = m_reconnectError;
    } else if (!m_db.isOpen()) {
        outcome.status = SaveOutcome::Failed;
        outcome.error = StorageError::make(StorageError::ReadOnly, m_db.lastError().text());
    } else if (const StorageError refused = refusal(); refused.isError()) {
        outcome.status = SaveOutcome::Failed;
        outcome.error = refused;
    } else if (m_info.server && (!batch.snapshotTable.isEmpty() || batch.foreignKeysOff)) {
        // The undo snapshot reads SQLite's tables, and a table rebuild is SQLite's 12 steps:
        // SchemaOps and ColumnChange build neither for a server.
        outcome.status = SaveOutcome::Failed;
        outcome.error = StorageError::make(
            StorageError::Other, tr("This change to the schema of a server database is not "
                                    "possible in Rowbook yet."));
    } else {
        writeWithRetries(batch, outcome);
    }
    if (outcome.status == SaveOutcome::Committed)
        outcome.tables = m_schema.written(m_db, batch);
    outcome.elapsedMs = m_clock.elapsed();
    qCDebug(lcSave, "batch %llx: %s after %d attempt(s) in %lld ms: %d change(s)%s%s", batch.id,
            outcome.status == SaveOutcome::Committed ? "committed"
            : outcome.status == SaveOutcome::Busy    ? "busy"
                                                     : "failed",
            outcome.attempts, static_cast<long long>(outcome.elapsedMs), int(batch.changes.size()),
            outcome.error.isError() ? ": " : "",
            qUtf8Printable(outcome.error.isError() ? outcome.error.userMessage() : QString()));
    Q_EMIT finished(outcome);
}

} // namespace rowbook

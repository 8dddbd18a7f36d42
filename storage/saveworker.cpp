#include "saveworker.h"

#include "catalog.h"
#include "transaction.h"

#include <QDeadlineTimer>
#include <QStringList>
#include <QThread>

#include <algorithm>

namespace rowbook {
namespace {

const QString savepoint = QStringLiteral("SAVEPOINT rowbook_change");
const QString releaseSavepoint = QStringLiteral("RELEASE rowbook_change");
const QString rollbackToSavepoint = QStringLiteral("ROLLBACK TO rowbook_change");

QString sqlFor(const RowChange &change)
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
            return QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1String(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")));
    case RowChange::Update:
        return QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?")
            .arg(table, columns.join(QLatin1String(" = ?, ")));
    case RowChange::Delete:
        return QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table);
    }
    return {};
}

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
    const QString problem = Database::quickCheck(m_db);
    Q_EMIT opened(problem.isEmpty(), problem);
}

QSqlQuery &SaveWorker::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

StorageError SaveWorker::apply(const RowChange &change, ChangeResult &result)
{
    QSqlQuery &query = statement(sqlFor(change));
    int position = 0;
    for (const auto &[column, value] : change.values) {
        Q_UNUSED(column)
        query.bindValue(position++, value);
    }
    if (change.kind != RowChange::Insert)
        query.bindValue(position, change.rowid);
    if (!query.exec())
        return StorageError::fromSql(query.lastError());
    if (change.kind == RowChange::Insert) {
        result.rowid = query.lastInsertId().toLongLong();
    } else {
        result.rowid = change.rowid;
        if (query.numRowsAffected() == 0)
            return StorageError::make(StorageError::Gone,
                                      QStringLiteral("no row with rowid %1").arg(change.rowid));
    }
    query.finish();
    return {};
}

bool SaveWorker::backoff(quint64 batchId, int attempt, const QElapsedTimer &clock)
{
    const qint64 left = m_policy.budgetMs - clock.elapsed();
    if (left <= 0 || m_abort->load())
        return false;
    Q_EMIT waiting(batchId, attempt + 1, clock.elapsed());
    QDeadlineTimer deadline(std::min<qint64>(m_policy.delayForAttempt(attempt), left));
    while (!deadline.hasExpired()) {
        if (m_abort->load())
            return false;
        QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
    }
    return !m_abort->load();
}

SaveWorker::Step SaveWorker::writeAll(const SaveBatch &batch, SaveOutcome &outcome)
{
    ImmediateTransaction transaction(m_db);
    outcome.results.clear();
    if (StorageError error = transaction.begin(); error.isError()) {
        outcome.error = error;
        return error.isBusy() ? Step::Retry : Step::Fail;
    }
    for (const RowChange &change : batch.changes) {
        ChangeResult result;
        result.tag = change.tag;
        statement(savepoint).exec();
        const StorageError error = apply(change, result);
        if (error.kind == StorageError::Constraint || error.kind == StorageError::Gone) {
            statement(rollbackToSavepoint).exec();
            result.error = error;
        } else if (error.isError()) {
            outcome.error = error;
            return error.isBusy() ? Step::Retry : Step::Fail;
        }
        statement(releaseSavepoint).exec();
        outcome.results.push_back(result);
    }
    // Our own files remember the last committed batch, in the same transaction, so a recovery
    // journal written just before a crash can tell whether its in-flight batch was saved.
    if (m_info.ours) {
        QSqlQuery &marker = statement(QStringLiteral(
            "INSERT OR REPLACE INTO _rowbook_meta (key, value) VALUES ('last_batch', ?)"));
        marker.bindValue(0, QString::number(batch.id));
        marker.exec(); // best effort: without it, recovery treats the batch as uncertain
    }
    // In rollback-journal mode COMMIT waits for readers to finish: retry it in place.
    const QElapsedTimer &clock = m_clock;
    for (int attempt = 1;; ++attempt) {
        const StorageError error = transaction.commit();
        if (!error.isError()) {
            outcome.error = {};
            return Step::Done;
        }
        outcome.error = error;
        if (!error.isBusy() || !backoff(batch.id, attempt, clock))
            return Step::Fail;
    }
}

void SaveWorker::save(const SaveBatch &batch)
{
    m_clock.start();
    SaveOutcome outcome;
    outcome.batchId = batch.id;
    Q_EMIT started(batch.id);
    if (!m_db.isOpen()) {
        outcome.status = SaveOutcome::Failed;
        outcome.error = StorageError::make(StorageError::ReadOnly, m_db.lastError().text());
    } else {
        for (int attempt = 1;; ++attempt) {
            outcome.attempts = attempt;
            const Step step = writeAll(batch, outcome);
            if (step == Step::Done) {
                outcome.status = SaveOutcome::Committed;
                break;
            }
            if (step == Step::Fail || !backoff(batch.id, attempt, m_clock)) {
                outcome.status = outcome.error.isBusy() ? SaveOutcome::Busy : SaveOutcome::Failed;
                outcome.results.clear();
                break;
            }
        }
    }
    outcome.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(outcome);
}

} // namespace rowbook

#include "batchinsert.h"

#include "storageerror.h"
#include "transferlogging.h"

#include <QSqlQuery>
#include <QStringList>

namespace rowbook {

BatchInsert::BatchInsert(const QSqlDatabase &db,
                         const QString &head,
                         int columns,
                         int batchRows,
                         const QString &savepoint)
    : m_db(db)
    , m_head(head)
    , m_columns(columns)
    , m_batchRows(qMax(1, batchRows))
    , m_savepoint(savepoint)
{}

BatchInsert::~BatchInsert() = default;

QString BatchInsert::sql(int rows) const
{
    const QString row = QLatin1Char('(')
                        + QStringList(m_columns, QStringLiteral("?")).join(QLatin1String(", "))
                        + QLatin1Char(')');
    return m_head + QStringList(rows, row).join(QLatin1String(", "));
}

// Runs one INSERT of `rows` buffered rows from `firstRow` on, inside the savepoint when there is
// one (released on success, rolled back to on failure). A full batch reuses one prepared
// statement.
std::optional<QSqlError> BatchInsert::write(int firstRow, int rows)
{
    // The savepoint comes first: a server prepares the statement at once, and that takes the
    // table's lock, which can time out like the INSERT itself.
    if (!m_savepoint.isEmpty())
        QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    std::optional<QSqlError> error = run(firstRow, rows);
    if (!m_savepoint.isEmpty()) {
        if (error)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
    return error;
}

std::optional<QSqlError> BatchInsert::run(int firstRow, int rows)
{
    QSqlQuery single(m_db);
    QSqlQuery *insert = &single;
    if (rows == m_batchRows) {
        if (!m_full) {
            m_full = std::make_unique<QSqlQuery>(m_db);
            if (!m_full->prepare(sql(rows))) {
                const QSqlError error = m_full->lastError();
                m_full.reset();
                return error;
            }
        }
        insert = m_full.get();
    } else if (!single.prepare(sql(rows))) {
        return single.lastError();
    }
    const qsizetype first = qsizetype(firstRow) * m_columns;
    for (qsizetype i = 0; i < qsizetype(rows) * m_columns; ++i)
        insert->bindValue(int(i), m_values.at(first + i));
    if (!insert->exec())
        return insert->lastError();
    return std::nullopt;
}

std::optional<BatchInsert::Failure> BatchInsert::flush()
{
    if (m_rows == 0)
        return std::nullopt;
    std::optional<QSqlError> error = write(0, m_rows);
    if (!error) {
        m_written += m_rows;
        discard();
        return std::nullopt;
    }
    Failure failure{-1, *error};
    // A lock that timed out is no row's fault: the caller waits and sends the batch again.
    if (m_rows > 1 && !m_savepoint.isEmpty() && !StorageError::fromSql(*error).isBusy()) {
        // Replay the batch row by row inside an outer savepoint: the first row that fails is
        // named, and the rows before it are undone with the outer savepoint.
        const QString outer = m_savepoint + QStringLiteral("_batch");
        QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + outer);
        for (int row = 0; row < m_rows; ++row) {
            if (std::optional<QSqlError> single = write(row, 1)) {
                failure = Failure{row, *single};
                break;
            }
        }
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + outer);
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE SAVEPOINT ") + outer);
    } else if (m_rows == 1) {
        failure.row = 0;
    }
    // The driver's text quotes the row's values: only the code goes to the log.
    qCDebug(lcTransfer, "batch insert: %d rows failed (row %d): %s", m_rows, failure.row,
            qUtf8Printable(failure.error.nativeErrorCode()));
    return failure;
}

void BatchInsert::discard()
{
    m_values.clear();
    m_rows = 0;
}

} // namespace rowbook

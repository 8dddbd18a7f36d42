#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>
#include <optional>

class QSqlQuery;

namespace rowbook {

// Rows written `batchRows` at a time as one multi-row INSERT (one round trip to a server for
// each batch). With a savepoint name (PostgreSQL) every batch runs inside that savepoint, so a
// failing batch is undone on its own: the batch is then replayed row by row to find the row at
// fault, undone again, and kept, so that the caller can name the row or send the batch again
// (after a lock timeout). Without one (SQLite, batches of one row) a failed row is kept as is.
// Used by `rowbook copy` and by an import into a server database.
class BatchInsert
{
public:
    struct Failure
    {
        int row = -1; // the buffered row at fault (0 = the batch's first), -1 when not found
        QSqlError error;
    };

    // `head` is "INSERT INTO t (a, b) VALUES " without the rows; each row has `columns` values.
    BatchInsert(const QSqlDatabase &db,
                const QString &head,
                int columns,
                int batchRows,
                const QString &savepoint);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    // Appends one value of the row being added; endRow() after the row's last one.
    void addValue(const QVariant &value) { m_values << value; }
    void endRow() { ++m_rows; }
    bool isFull() const { return m_rows >= m_batchRows; }
    int bufferedRows() const { return m_rows; }
    qint64 writtenRows() const { return m_written; }
    // The buffered rows' values, row after row.
    const QVector<QVariant> &bufferedValues() const { return m_values; }

    // Writes the buffered rows. On success they are gone from the buffer; on failure (with a
    // savepoint) nothing of the batch is left in the database and the rows stay buffered.
    std::optional<Failure> flush();
    void discard(); // forgets the buffered rows

private:
    std::optional<QSqlError> write(int firstRow, int rows); // inside the savepoint
    std::optional<QSqlError> run(int firstRow, int rows);
    QString sql(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    int m_columns = 0;
    int m_batchRows = 1;
    QString m_savepoint;
    std::unique_ptr<QSqlQuery> m_full; // the prepared INSERT of a full batch
    QVector<QVariant> m_values;
    int m_rows = 0;
    qint64 m_written = 0;
};

} // namespace rowbook

#pragma once

#include "batchinsert.h"
#include "sqlitestatement.h"
#include "storageerror.h"
#include "typeinference.h"
#include "valueconversion.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <functional>
#include <vector>

namespace rowbook {

// Where an import's rows go: the INSERT of one engine. The job binds a row's values by the
// file's column index (any order, the unbound ones NULL), then ends the row with the line it
// starts on. An error names that line, and the file's column when it is known.
class ImportSink
{
public:
    virtual ~ImportSink() = default;

    virtual void bindCsv(int column, QByteArrayView field, bool quoted) = 0;
    virtual void bindJson(int column, const QJsonValue &value, QByteArrayView raw) = 0;
    virtual void bindNull(int column) = 0;
    virtual StorageError endRow(int line) = 0;
    virtual StorageError finish() = 0;                // writes what is still buffered
    virtual StorageError ready() const { return {}; } // why no row can be written, if so

    int failedLine() const { return m_failedLine; }
    int failedColumn() const { return m_failedColumn; } // 0-based file column, -1 unknown

protected:
    int m_failedLine = 0;
    int m_failedColumn = -1;
};

// SQLite: one prepared INSERT run per row, values bound by the file's types (ValueBinder).
class SqliteImportSink : public ImportSink
{
public:
    SqliteImportSink(const QSqlDatabase &db,
                     const QString &insertSql,
                     const QVector<ColumnConversion> &conversions);

    StorageError ready() const override
    {
        return m_insert.isValid() ? StorageError() : m_insert.error();
    }
    void bindCsv(int column, QByteArrayView field, bool quoted) override;
    void bindJson(int column, const QJsonValue &value, QByteArrayView raw) override;
    void bindNull(int column) override;
    StorageError endRow(int line) override;
    StorageError finish() override { return {}; }

private:
    SqliteStatement m_insert;
    ValueBinder m_binder;
};

// PostgreSQL: rows sent in batches (BatchInsert, a savepoint around each), values as text the
// server converts to each column's type. A batch that meets a lock is rolled back to its savepoint
// and sent again through `retry` (the job's backoff); a row the server refuses is found and named,
// and for a value that does not convert, the file's column is found by casting each value of the
// row to its column's type.
class PostgresImportSink : public ImportSink
{
public:
    using Retry = std::function<StorageError(const std::function<StorageError()> &)>;

    // `head` is "INSERT INTO t (columns) VALUES "; `types` the target columns' types as the
    // server names them (format_type), one per file column.
    PostgresImportSink(const QSqlDatabase &db,
                       const QString &head,
                       const QStringList &types,
                       Retry retry);

    void bindCsv(int column, QByteArrayView field, bool quoted) override;
    void bindJson(int column, const QJsonValue &value, QByteArrayView raw) override;
    void bindNull(int column) override;
    StorageError endRow(int line) override;
    StorageError finish() override;

private:
    StorageError flush();
    int columnThatDoesNotConvert(int row) const;
    int columnTooLong(int row) const;

    QSqlDatabase m_db;
    QStringList m_types;
    Retry m_retry;
    BatchInsert m_insert;
    QVector<QVariant> m_row;  // the row being bound
    std::vector<int> m_lines; // the buffered rows' lines
};

} // namespace rowbook

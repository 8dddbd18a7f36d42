#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace rowbook {

// The rows of one SELECT, read forward once, for the jobs that read a whole table (copy, dump,
// export). On PostgreSQL it reads through a cursor, a FETCH of `chunkRows` rows at a time, so
// that a job that stops early (Cancel, an error) leaves the rest of the table unread: a plain
// query would make the driver drain every remaining row from the server first. A cursor lives
// in a transaction: outside one, and on SQLite, the stream is one forward-only query.
class RowStream
{
public:
    static constexpr int chunkRows = 10000;

    explicit RowStream(const QSqlDatabase &db);
    ~RowStream();
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    // Runs `select`; false on an error (query().lastError()).
    bool exec(const QString &select);
    // The next row, read with query().value(i); false after the last row or on an error.
    bool next();
    // The query whose current row is the stream's: set its numerical precision before exec().
    QSqlQuery &query() { return m_query; }
    const QSqlQuery &query() const { return m_query; }

private:
    bool fetch();

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_cursor; // empty without a cursor
    int m_rowsInChunk = 0;
};

} // namespace rowbook

#pragma once

#include "storageerror.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace rowbook {

// A prepared statement on the sqlite3 handle under a QSQLITE connection, for the bulk paths of
// import and export, where QSqlQuery's per-value QVariant conversions would cost more than the
// database work. Part of the SQLite backend: transfer/ uses it only on QSQLITE connections.
class SqliteStatement
{
public:
    enum class Type { Integer, Real, Text, Blob, Null };

    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    const StorageError &error() const { return m_error; }

    // Parameters are 0-based here. Text must stay valid until step() returns.
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);

    // For statements without results: runs the statement and resets it for the next bindings.
    StorageError execute();

    // For queries: true while there is a row; on false, error() tells whether it ended well.
    bool next();
    int columnCount() const;
    QString columnName(int index) const;
    Type columnType(int index) const;
    qint64 integerValue(int index) const;
    double realValue(int index) const;
    QByteArrayView textValue(int index) const; // UTF-8, valid until the next call of next()
    QByteArrayView blobValue(int index) const;

private:
    StorageError errorFor(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    StorageError m_error;
};

} // namespace rowbook

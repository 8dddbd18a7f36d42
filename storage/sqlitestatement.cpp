#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace rowbook {

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = StorageError::make(
            StorageError::Other, QStringLiteral("the connection is not an open SQLite database"));
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int code
        = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_error = errorFor(code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

StorageError SqliteStatement::errorFor(int code) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
    const int native = (extended & 0xff) == (code & 0xff) ? extended : code;
    return StorageError::make(StorageError::classify(native),
                              m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                   : QString::fromUtf8(sqlite3_errstr(code)),
                              native);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // A non-null pointer even for "", so that an empty text is not bound as NULL.
    sqlite3_bind_text(m_statement, index + 1, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    // A non-null pointer even for x'', so that an empty blob is not bound as NULL.
    sqlite3_bind_blob(m_statement, index + 1, bytes.data() ? bytes.data() : "", int(bytes.size()),
                      SQLITE_STATIC);
}

StorageError SqliteStatement::execute()
{
    const int code = sqlite3_step(m_statement);
    StorageError error;
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        error = errorFor(code);
    sqlite3_reset(m_statement);
    return error;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        m_error = errorFor(code);
    return false;
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QString SqliteStatement::columnName(int index) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, index));
}

SqliteStatement::Type SqliteStatement::columnType(int index) const
{
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

qint64 SqliteStatement::integerValue(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

double SqliteStatement::realValue(int index) const
{
    return sqlite3_column_double(m_statement, index);
}

QByteArrayView SqliteStatement::textValue(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, index));
}

QByteArrayView SqliteStatement::blobValue(int index) const
{
    const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
    return QByteArrayView(blob, sqlite3_column_bytes(m_statement, index));
}

} // namespace rowbook

#pragma once

// The SQLite C API, for baselines and for checking results independently of Rowbook.

#include <QFile>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace rowbook::bench {

class RawDatabase
{
public:
    RawDatabase(const QString &path, bool writable)
    {
        const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr)
            != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        else
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDatabase() { sqlite3_close(m_db); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const
    {
        return m_error.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_error;
    }

    bool exec(const char *sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    // The first column of the first row, or a null QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        Statement statement(m_db, sql);
        statement.bind(values);
        if (statement.step() != SQLITE_ROW)
            return {};
        return statement.column(0);
    }

    class Statement
    {
    public:
        Statement(sqlite3 *db, const QString &sql)
        {
            sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_statement, nullptr);
        }
        ~Statement() { sqlite3_finalize(m_statement); }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;

        bool isValid() const { return m_statement != nullptr; }
        void bind(const QVariantList &values)
        {
            for (int i = 0; i < values.size(); ++i) {
                const QVariant &value = values[i];
                if (value.typeId() == QMetaType::QString) {
                    const QByteArray text = value.toString().toUtf8();
                    sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()),
                                      SQLITE_TRANSIENT);
                } else if (value.typeId() == QMetaType::Double) {
                    sqlite3_bind_double(m_statement, i + 1, value.toDouble());
                } else {
                    sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
                }
            }
        }
        int step() { return m_statement ? sqlite3_step(m_statement) : SQLITE_ERROR; }
        void reset() { sqlite3_reset(m_statement); }
        qint64 int64(int i) const { return sqlite3_column_int64(m_statement, i); }
        QVariant column(int i) const
        {
            switch (sqlite3_column_type(m_statement, i)) {
            case SQLITE_INTEGER:
                return qint64(sqlite3_column_int64(m_statement, i));
            case SQLITE_FLOAT:
                return sqlite3_column_double(m_statement, i);
            case SQLITE_NULL:
                return {};
            default:
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(m_statement, i)));
            }
        }

    private:
        sqlite3_stmt *m_statement = nullptr;
    };

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace rowbook::bench

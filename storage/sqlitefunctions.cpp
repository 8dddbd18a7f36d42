#include "sqlitefunctions.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QStringView>
#include <QVariant>

#include <sqlite3.h>

#include <memory>

namespace rowbook {

namespace {

// The connection's sqlite3 handle, or null when `db` is not an open QSQLITE connection.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QStringView textOf(sqlite3_value *value)
{
    // sqlite3_value_text16() first, then sqlite3_value_bytes16(), as SQLite's documentation asks.
    const auto *text = static_cast<const QChar *>(sqlite3_value_text16(value));
    const int bytes = sqlite3_value_bytes16(value);
    return QStringView(text, bytes / qsizetype(sizeof(QChar)));
}

void deleteExpression(void *expression)
{
    delete static_cast<QRegularExpression *>(expression);
}

// regexp(pattern, value), which SQLite calls for `value REGEXP pattern`.
void regexpFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL
        || sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }

    // The compiled pattern stays with the statement while the pattern argument is a constant or
    // the same bound value (SQLite may drop it at any time; then it is compiled again).
    auto *expression = static_cast<const QRegularExpression *>(sqlite3_get_auxdata(context, 0));
    std::unique_ptr<QRegularExpression> compiled;
    if (!expression) {
        compiled = std::make_unique<QRegularExpression>(
            textOf(arguments[0]).toString(), QRegularExpression::UseUnicodePropertiesOption);
        if (!compiled->isValid()) {
            const QString message = QStringLiteral("invalid regular expression: %1 (at character "
                                                   "%2 of the pattern)")
                                        .arg(compiled->errorString())
                                        .arg(compiled->patternErrorOffset() + 1);
            sqlite3_result_error(context, message.toUtf8().constData(), -1);
            return;
        }
        compiled->optimize();
        expression = compiled.get();
    }

    const QStringView subject = textOf(arguments[1]);
    if (subject.isNull()) {
        sqlite3_result_error_nomem(context);
        return;
    }
    sqlite3_result_int(context, expression->match(subject).hasMatch() ? 1 : 0);

    // Last, because SQLite may destroy the expression inside this call.
    if (compiled)
        sqlite3_set_auxdata(context, 0, compiled.release(), &deleteExpression);
}

} // namespace

bool registerRegexp(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return false;
    int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC;
#ifdef SQLITE_INNOCUOUS
    flags |= SQLITE_INNOCUOUS;
#endif
    return sqlite3_create_function_v2(handle, "regexp", 2, flags, nullptr, &regexpFunction, nullptr,
                                      nullptr, nullptr)
           == SQLITE_OK;
}

void interrupt(const QSqlDatabase &db)
{
    if (sqlite3 *handle = handleOf(db))
        sqlite3_interrupt(handle);
}

bool isInterrupted(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == SQLITE_INTERRUPT;
}

StatementCounter::StatementCounter(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (handle
        && sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &StatementCounter::onTrace, this)
               == SQLITE_OK)
        m_handle = handle;
}

StatementCounter::~StatementCounter()
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
}

int StatementCounter::onTrace(unsigned type, void *context, void *statement, void *text)
{
    Q_UNUSED(statement)
    if (type == SQLITE_TRACE_STMT) {
        const char *sql = static_cast<const char *>(text);
        // Triggers report their programs as "-- name": those are part of the statement.
        if (sql && qstrncmp(sql, "--", 2) != 0)
            static_cast<StatementCounter *>(context)->m_statements << QString::fromUtf8(sql);
    }
    return 0;
}

} // namespace rowbook

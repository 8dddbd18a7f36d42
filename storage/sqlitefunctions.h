#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace rowbook {

// SQLite-specific additions to a QSQLITE connection; callers see only QSqlDatabase and QSqlError.

// Registers REGEXP on an open QSQLITE connection, so that `value REGEXP pattern` (SQLite calls
// regexp(pattern, value)) works in its statements. QRegularExpression syntax with Unicode
// properties (\w matches letters of every script), case-sensitive unless the pattern says (?i).
// Deterministic: a pattern that stays the same within a statement is compiled once. A NULL pattern
// or value gives NULL; an invalid pattern makes the statement fail with SQLITE_ERROR and a message
// that names the problem. Returns false when `db` is not an open QSQLITE connection or SQLite
// refused the function. Call it on the thread that owns the connection, once per connection.
bool registerRegexp(const QSqlDatabase &db);

// Asks the statements running on `db` to stop as soon as possible; they fail with
// SQLITE_INTERRUPT (see isInterrupted()). Safe to call from any thread while the connection is
// open (SQLite's sqlite3_interrupt contract): the caller must make sure the owning thread does not
// close the connection during the call. Statements started after every running statement of the
// connection has finished are not affected. Does nothing when `db` is not an open QSQLITE
// connection.
void interrupt(const QSqlDatabase &db);

// Whether `error` is SQLite's "interrupted" (SQLITE_INTERRUPT, 9), i.e. the statement was
// cancelled by interrupt() rather than failing.
bool isInterrupted(const QSqlError &error);

// Records every statement `db` starts while it lives (SQLite's statement trace), so a test can
// hold a connection to a budget, e.g. "an edit runs no statement on the GUI thread's reader".
// One at a time per connection; create and destroy it on the connection's thread, and destroy it
// before the connection is closed.
class StatementCounter
{
public:
    explicit StatementCounter(const QSqlDatabase &db);
    ~StatementCounter();
    StatementCounter(const StatementCounter &) = delete;
    StatementCounter &operator=(const StatementCounter &) = delete;

    bool isActive() const { return m_handle != nullptr; }
    int count() const { return int(m_statements.size()); }
    QStringList statements() const { return m_statements; } // the SQL text, in order
    void reset() { m_statements.clear(); }

private:
    static int onTrace(unsigned type, void *context, void *statement, void *text);

    void *m_handle = nullptr; // the connection's sqlite3*
    QStringList m_statements;
};

} // namespace rowbook

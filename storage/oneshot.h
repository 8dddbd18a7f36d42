#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlDriver;

namespace rowbook::oneshot {

// A statement run once with its values. On PostgreSQL, QSqlQuery::prepare() is a server-side
// PREPARE, then exec() an EXECUTE, and a DEALLOCATE follows when the query is prepared again or
// goes away: three round trips to the server for one statement, each a wait for the thread that
// runs it (the GUI thread, for the catalog and a row read alone). exec() writes the values into
// the statement as the driver formats them (QPSQL formats the values of its own EXECUTE the same
// way, escaped by libpq) and sends it once. On SQLite, where preparing costs no round trip, it
// prepares and binds them as usual.
//
// A value meets its column as a literal, not as a parameter whose type the server infers, so a
// value must have its column's kind: text as a QString, numbers as numbers.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values);

// `sql` with each `?` outside quotes, quoted identifiers, dollar quotes and comments replaced by
// the next value as `driver` formats it. False (and `sql` unchanged) when the number of
// placeholders is not the number of values.
bool inlined(const QSqlDriver *driver,
             const QString &sql,
             const QVariantList &values,
             QString *out);

} // namespace rowbook::oneshot

#pragma once

#include <QSqlDatabase>

namespace rowbook {

// Whether a connection talks to PostgreSQL (Qt's QPSQL driver) rather than SQLite: the one test
// the storage code branches on where an engine's SQL or catalog differs.
inline bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

} // namespace rowbook

#include "sqlitelibrary.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

#include <sqlite3.h>

namespace rowbook::SqliteLibrary {

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteLibrary)
};

} // namespace

QString linkedSourceId()
{
    return QString::fromLatin1(sqlite3_sourceid());
}

QString driverSourceId()
{
    const QString name = Database::uniqueConnectionName(QStringLiteral("library"));
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open())
            id = Database::scalar(db, QStringLiteral("SELECT sqlite_source_id()")).toString();
    }
    Database::disconnect(name);
    return id;
}

QString mismatch(const QString &linked, const QString &driver)
{
    if (driver.isEmpty())
        return Text::tr(
            "Qt's SQLite driver (QSQLITE) is missing or cannot open a database, so Rowbook "
            "cannot run.");
    if (linked.trimmed() != driver.trimmed())
        return Text::tr("Qt's SQLite driver uses another SQLite library (%1) than Rowbook (%2), so "
                        "Rowbook refuses to run rather than risk damaging files; build Qt with "
                        "-system-sqlite against the same SQLite as Rowbook.")
            .arg(driver, linked);
    return {};
}

QString check()
{
    return mismatch(linkedSourceId(), driverSourceId());
}

} // namespace rowbook::SqliteLibrary

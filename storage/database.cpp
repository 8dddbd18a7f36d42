#include "database.h"

#include "schema.h"
#include "sqlitefunctions.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

namespace rowbook {
namespace {

const QString driverName = QStringLiteral("QSQLITE");

QSqlDatabase openRaw(const QString &path, const QString &name, bool readOnly, int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
    db.setDatabaseName(path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    db.open();
    return db;
}

// Creates an empty database file readable by its owner only.
StorageError createPrivateFile(const QString &path)
{
    const QFileInfo fileInfo(path);
    if (!QDir().mkpath(fileInfo.absolutePath()))
        return StorageError::make(StorageError::ReadOnly,
                                  QStringLiteral("cannot create folder %1").arg(fileInfo.absolutePath()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return StorageError::make(StorageError::ReadOnly,
                                  QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/rowbook.sqlite");
}

QString Database::uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rowbook-%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
}

void Database::disconnect(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant Database::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QString Database::quickCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.join(QLatin1Char('\n'));
}

DatabaseInfo Database::prepare(const QString &path)
{
    DatabaseInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(info.path)) {
        info.error = createPrivateFile(info.path);
        if (info.error.isError())
            return info;
        info.created = true;
    }
    const QFileInfo fileInfo(info.path);
    if (!fileInfo.isWritable()) {
        info.readOnly = true;
        info.readOnlyReason = QObject::tr("The file is read-only.");
    } else if (!QFileInfo(fileInfo.absolutePath()).isWritable()) {
        info.readOnly = true;
        info.readOnlyReason = QObject::tr("The folder that holds the file is read-only.");
    }

    const QString name = uniqueConnectionName(QStringLiteral("prepare"));
    {
        QSqlDatabase db = openRaw(info.path, name, info.readOnly, 5000);
        if (!db.isOpen()) {
            info.error = StorageError::fromSql(db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
                info.error = StorageError::fromSql(query.lastError());
            } else {
                const int objects = query.value(0).toInt();
                query.finish();
                const int appId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
                const int version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
                const bool empty = appId == 0 && version == 0 && objects == 0;
                info.ours = appId == applicationId || (empty && !info.readOnly);
                if (info.ours && version > Schema::latestVersion) {
                    info.readOnly = true;
                    info.readOnlyReason = QObject::tr(
                        "The file was made by a newer version of Rowbook; it is opened read-only.");
                }
                if (info.ours && !info.readOnly) {
                    scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
                    info.error = Schema::migrate(db);
                }
                info.userVersion = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
                info.journalMode = scalar(db, QStringLiteral("PRAGMA journal_mode")).toString();
            }
        }
    }
    disconnect(name);
    return info;
}

QSqlDatabase Database::connect(const DatabaseInfo &info, const QString &name, Role role)
{
    const bool writer = role == Role::Writer && !info.readOnly;
    QSqlDatabase db = openRaw(info.path, name, !writer,
                              writer ? writerBusyTimeoutMs : readerBusyTimeoutMs);
    if (!db.isOpen())
        return db;
    registerRegexp(db); // the filter row's /regex/ syntax
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (writer && info.ours)
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

} // namespace rowbook

#include "database.h"

#include "backup.h"
#include "logging.h"
#include "pgconnection.h"
#include "schema.h"
#include "sqlitefunctions.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

namespace rowbook {
namespace {

const QString driverName = QStringLiteral("QSQLITE");

QSqlDatabase openRaw(const QString &path,
                     const QString &name,
                     bool readOnly,
                     int busyTimeoutMs,
                     bool immutable = false)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)};
    if (immutable) {
        // SQLite cannot create the WAL index beside the file: read it without one.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(QString::fromUtf8(uri.toEncoded()));
        options << QStringLiteral("QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
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
        return StorageError::make(
            StorageError::ReadOnly,
            QStringLiteral("cannot create folder %1").arg(fileInfo.absolutePath()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return StorageError::make(
            StorageError::ReadOnly,
            QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    return {};
}

// The header's read and write format versions are 2 in WAL mode.
bool isWal(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(20).mid(18) == QByteArrayLiteral("\x02\x02");
}

// verifyWritable() results, keyed by connection name and file.
QMutex checkedMutex;
QHash<QString, StorageError> checkedConnections;

QString checkKey(const QSqlDatabase &db)
{
    return db.connectionName() + QLatin1Char('\n') + db.databaseName();
}

} // namespace

// A file whose header promises more pages than it holds was cut off (a partial copy or
// download). Only meaningful while no write-ahead log holds newer pages.
QString Database::truncationProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {};
    QDataStream stream(header); // big-endian, as the file format is
    quint16 pageSize = 0;
    quint32 changeCounter = 0, pageCount = 0, validFor = 0;
    stream.skipRawData(16);
    stream >> pageSize;
    stream.skipRawData(6);
    stream >> changeCounter >> pageCount;
    stream.skipRawData(92 - 32);
    stream >> validFor;
    const qint64 bytesPerPage = pageSize == 1 ? 65536 : pageSize;
    const qint64 expected = bytesPerPage * pageCount;
    if (pageCount == 0 || changeCounter != validFor || file.size() >= expected)
        return {};
    return Text::tr("The file is shorter than its header says (%1 of %2 bytes): it was cut "
                    "off, so Rowbook will not write to it. Restore a backup or copy out what can "
                    "still be read.")
        .arg(file.size())
        .arg(expected);
}

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
        const QMutexLocker lock(&checkedMutex);
        const QString prefix = name + QLatin1Char('\n');
        checkedConnections.removeIf(
            [&](const auto &entry) { return entry.key().startsWith(prefix); });
    }
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
    if (query.lastError().isValid()) // the check itself stopped on the damage
        problems << query.lastError().text();
    return problems.join(QLatin1Char('\n'));
}

StorageError Database::verifyWritable(const QSqlDatabase &db)
{
    if (db.driverName() != driverName)
        return {}; // quick_check is SQLite's; a server checks its own files
    const QString key = checkKey(db);
    {
        const QMutexLocker lock(&checkedMutex);
        if (const auto found = checkedConnections.constFind(key);
            found != checkedConnections.cend())
            return *found;
    }
    const QString problem = quickCheck(db);
    const StorageError result
        = problem.isEmpty() ? StorageError() : StorageError::make(StorageError::Damaged, problem);
    const QMutexLocker lock(&checkedMutex);
    checkedConnections.insert(key, result);
    return result;
}

namespace {

// Before an existing file of ours is upgraded or switched to WAL: a damaged one is opened
// read-only instead.
void refuseIfDamaged(const QSqlDatabase &db, DatabaseInfo *info)
{
    if (Database::verifyWritable(db).isError()) {
        info->readOnly = true;
        info->readOnlyReason = Text::tr("The file is damaged, so Rowbook will not upgrade or "
                                        "write to it. Restore a backup or copy out what can "
                                        "still be read.");
    }
}

// A migration rewrites the schema: keep a copy of the old version first. If that fails, the
// file is opened read-only instead of migrated.
void backUpBeforeMigration(DatabaseInfo *info, const Backup::Result *madeBackup)
{
    const Backup::Result backup
        = madeBackup ? *madeBackup : Backup::create(info->path, Backup::Reason::PreMigration);
    if (!backup.ok()) {
        info->readOnly = true;
        info->readOnlyReason = Text::tr("Rowbook could not back the file up before upgrading "
                                        "it (%1), so it is opened read-only.")
                                   .arg(backup.error.detail);
    }
}

// Reading a WAL file creates -wal and -shm beside it unless it is read as a snapshot: when the
// folder is read-only (they cannot be created), or when nothing may be written and neither is
// there (then no program has it open in WAL mode and the file alone holds every commit).
bool readAsSnapshot(const QString &path, bool writeNothing)
{
    if (!isWal(path) || QFileInfo::exists(path + QStringLiteral("-shm")))
        return false;
    if (writeNothing)
        return !QFileInfo::exists(path + QStringLiteral("-wal"));
    return !QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

// Opens a PostgreSQL database: one connection to see that the server answers.
DatabaseInfo prepareServer(const QString &given, Database::Open mode, const QString &keepReader)
{
    const QString uri = PgConnection::withSessionSecrets(given);
    DatabaseInfo info;
    info.server = true;
    info.connection = uri;
    info.path = PgConnection::redacted(uri);
    PgConnection connection;
    QString problem;
    if (!PgConnection::parse(uri, &connection, &problem)) {
        info.error = StorageError::make(StorageError::Other, problem);
        return info;
    }
    info.path = connection.toDisplayUri();
    if (const QString missing = PgConnection::missingDriver(); !missing.isEmpty()) {
        info.error = StorageError::make(StorageError::Other, missing);
        return info;
    }
    if (mode == Database::Open::ReadOnly) {
        info.readOnly = true;
        info.readOnlyReason = Text::tr("The database is opened for reading only.");
    }
    // Kept as the caller's reader, this connection is opened as connect() opens one: every
    // connection is a server process, about 15-40 ms to start.
    const bool keep = !keepReader.isEmpty();
    const QString name
        = keep ? keepReader : Database::uniqueConnectionName(QStringLiteral("prepare"));
    bool open = false;
    {
        QSqlDatabase db = connection.addDatabase(name);
        if (keep)
            Database::reconnect(info, db, Database::Role::Reader);
        else
            db.open();
        open = db.isOpen();
        if (!open) {
            info.error = StorageError::fromSql(db.lastError());
        } else {
            PgConnection::rememberForSession(uri);
        }
        // PostgreSQL 14 and later say so when the session begins; older servers are asked.
        const auto standby = [&db] {
            const std::optional<bool> reported = PgConnection::inHotStandby(db);
            return reported ? *reported
                            : Database::scalar(db, QStringLiteral("SELECT pg_is_in_recovery()"))
                                  .toBool();
        };
        if (open && !info.readOnly && standby()) {
            info.readOnly = true;
            info.readOnlyReason = Text::tr("The server is a standby that only accepts reads.");
        }
    }
    if (!keep || !open)
        Database::disconnect(name);
    qCDebug(lcStorage, "opened %s%s%s", qUtf8Printable(info.path), info.error.isError() ? ": " : "",
            qUtf8Printable(info.error.detail));
    return info;
}

// Whether the file exists or may be made (and makes it), and how it may be opened: read-only and
// why, or as an immutable snapshot. False (with info->error) when it cannot be opened at all.
bool decideAccess(DatabaseInfo *info, Database::Open mode)
{
    const bool mayCreate = mode == Database::Open::Starter || mode == Database::Open::Create;
    if (!QFileInfo::exists(info->path) && !mayCreate) {
        info->error = StorageError::make(StorageError::Other,
                                         Text::tr("There is no database file %1.").arg(info->path));
        return false;
    }
    if (!QFileInfo::exists(info->path)) {
        info->error = createPrivateFile(info->path);
        if (info->error.isError())
            return false;
        info->created = true;
    }
    const QFileInfo fileInfo(info->path);
    if (mode == Database::Open::ReadOnly) {
        info->readOnly = true;
        info->readOnlyReason = Text::tr("The file is opened for reading only.");
    } else if (!fileInfo.isWritable()) {
        info->readOnly = true;
        info->readOnlyReason = Text::tr("The file is read-only.");
    } else if (!QFileInfo(fileInfo.absolutePath()).isWritable()) {
        info->readOnly = true;
        info->readOnlyReason = Text::tr("The folder that holds the file is read-only.");
    }
    if (!info->created && !info->readOnly) {
        info->readOnlyReason = Database::truncationProblem(info->path);
        info->readOnly = !info->readOnlyReason.isEmpty();
    }
    info->immutable
        = info->readOnly && readAsSnapshot(info->path, mode == Database::Open::ReadOnly);
    return true;
}

// On the open file: whether it is Rowbook's own (application_id, or an empty file Rowbook just
// made), and for our own writable files the damage check, the backup before a migration, WAL and
// the migration itself; then the schema version and journal mode it ends with.
void inspectAndMigrate(const QSqlDatabase &db,
                       DatabaseInfo *info,
                       Database::Open mode,
                       const Backup::Result *madeBackup)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        info->error = StorageError::fromSql(query.lastError());
        return;
    }
    const int objects = query.value(0).toInt();
    query.finish();
    const int appId = Database::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
    const int version = Database::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    const bool empty = appId == 0 && version == 0 && objects == 0;
    const bool unfinishedFirstLaunch
        = mode == Database::Open::Starter
          && info->path == QFileInfo(Database::defaultPath()).absoluteFilePath();
    info->ours = appId == Database::applicationId
                 || (empty && !info->readOnly && (info->created || unfinishedFirstLaunch));
    if (info->ours && version > Schema::latestVersion) {
        info->readOnly = true;
        info->readOnlyReason
            = Text::tr("The file was made by a newer version of Rowbook; it is opened read-only.");
    }
    if (info->ours && !info->readOnly && !info->created
        && (version < Schema::latestVersion
            || Database::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString()
                   != QLatin1String("wal")))
        refuseIfDamaged(db, info);
    if (info->ours && !info->readOnly && version >= 1 && version < Schema::latestVersion)
        backUpBeforeMigration(info, madeBackup);
    if (info->ours && !info->readOnly) {
        Database::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        info->error = Schema::migrate(db, Schema::latestVersion,
                                      mode == Database::Open::Starter ? Schema::Content::Starter
                                                                      : Schema::Content::Empty);
    }
    info->userVersion = Database::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    info->journalMode = Database::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString();
}

// Opens the file `path` read-only on a connection of its own, answers `read(db)` (false when the
// file cannot be opened) and closes the connection again: a look before the file is opened.
template<typename Read>
bool peek(const QString &path, const QString &prefix, int busyTimeoutMs, Read read)
{
    const QString name = Database::uniqueConnectionName(prefix);
    bool answer = false;
    {
        const QSqlDatabase db = openRaw(path, name, true, busyTimeoutMs);
        answer = db.isOpen() && read(db);
    }
    Database::disconnect(name);
    return answer;
}

} // namespace

DatabaseInfo Database::prepare(const QString &path,
                               Open mode,
                               const Backup::Result *madeBackup,
                               const QString &keepReader)
{
    if (PgConnection::isUri(path))
        return prepareServer(path, mode, keepReader);
    DatabaseInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    if (!decideAccess(&info, mode))
        return info;
    const QString name = uniqueConnectionName(QStringLiteral("prepare"));
    {
        QSqlDatabase db = openRaw(info.path, name, info.readOnly, 5000, info.immutable);
        if (!db.isOpen())
            info.error = StorageError::fromSql(db.lastError());
        else
            inspectAndMigrate(db, &info, mode, madeBackup);
    }
    disconnect(name);
    qCDebug(lcStorage, "opened %s: %s%s, journal %s, user_version %d%s", qUtf8Printable(info.path),
            info.ours ? "Rowbook's own file" : "another program's file",
            info.created ? " (created)" : "", qUtf8Printable(info.journalMode), info.userVersion,
            info.readOnly ? ", read-only" : "");
    return info;
}

bool Database::needsMigrationBackup(const QString &path, Open mode)
{
    const QFileInfo fileInfo(path);
    if (mode == Open::ReadOnly || !fileInfo.exists() || !fileInfo.isWritable()
        || !QFileInfo(fileInfo.absolutePath()).isWritable()
        || !truncationProblem(fileInfo.absoluteFilePath()).isEmpty())
        return false;
    return peek(
        fileInfo.absoluteFilePath(), QStringLiteral("peek"), 5000, [](const QSqlDatabase &db) {
            const int appId = Database::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
            const int version = Database::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            return appId == Database::applicationId && version >= 1
                   && version < Schema::latestVersion;
        });
}

bool Database::isLocked(const QString &path, int waitMs)
{
    const QFileInfo fileInfo(path);
    if (PgConnection::isUri(path) || !fileInfo.isFile())
        return false;
    return peek(fileInfo.absoluteFilePath(), QStringLiteral("lockcheck"), waitMs,
                [](const QSqlDatabase &db) {
                    QSqlQuery query(db);
                    return !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                           && StorageError::fromSql(query.lastError()).isBusy();
                });
}

QSqlDatabase Database::connect(const DatabaseInfo &info, const QString &name, Role role)
{
    if (info.server) {
        PgConnection connection;
        QString problem;
        PgConnection::parse(info.connection, &connection, &problem); // prepare() parsed it
        QSqlDatabase db = connection.addDatabase(name);
        reconnect(info, db, role);
        return db;
    }
    const bool writer = role == Role::Writer && !info.readOnly;
    QSqlDatabase db = openRaw(info.path, name, !writer,
                              writer ? writerBusyTimeoutMs : readerBusyTimeoutMs, info.immutable);
    if (!db.isOpen())
        return db;
    registerRegexp(db); // the filter row's /regex/ syntax
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (writer && info.ours)
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

bool Database::reconnect(const DatabaseInfo &info, QSqlDatabase db, Role role)
{
    Q_ASSERT(info.server);
    db.close();
    // numeric as its exact text: QPSQL's default double keeps 15 significant digits, so the grid
    // would show (and save back) a rounded amount.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    // The server refuses writes on a reader's session, whatever SQL reaches it. Said when the
    // session begins, that costs no round trip; a SET after it costs one: when libpq has
    // `options` from elsewhere (readOnlyOptions()), or the server is a pooler that refuses the
    // startup parameter (PgBouncer: "unsupported startup parameter: options"), which is then not
    // asked again.
    static QMutex refusingMutex;
    static QSet<QString> refusing; // host, port, database and user of such poolers
    const QString server
        = QStringList{db.hostName(), QString::number(db.port()), db.databaseName(), db.userName()}
              .join(QLatin1Char('\n'));
    const bool readOnly = role == Role::Reader || info.readOnly;
    auto [without, options] = PgConnection::readOnlyOptions(db.connectOptions());
    if (options && readOnly) {
        const QMutexLocker locker(&refusingMutex);
        if (refusing.contains(server))
            options.reset();
    }
    if (!readOnly)
        options.reset();
    db.setConnectOptions(options ? *options : without);
    bool open = db.open();
    if (!open && options
        && db.lastError().databaseText().contains(QLatin1String("startup parameter"))) {
        {
            const QMutexLocker locker(&refusingMutex);
            refusing.insert(server);
        }
        options.reset();
        db.setConnectOptions(without);
        open = db.open();
    }
    if (!open)
        return false;
    // A pooler may also take the parameter and drop it (PgBouncer's ignore_startup_parameters):
    // PostgreSQL 14 and later say how the session began, older servers get the SET too.
    if (readOnly && !(options && PgConnection::beganReadOnly(db)))
        QSqlQuery(db).exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    return true;
}

} // namespace rowbook

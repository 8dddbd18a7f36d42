#include "backup.h"

#include "catalog.h"
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// An sqlite3 connection that is closed when it goes out of scope.
class Connection
{
public:
    Connection() = default;
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    StorageError open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK)
            return error(rc, path);
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, 250);
        return {};
    }

    StorageError exec(const char *sql)
    {
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        return rc == SQLITE_OK ? StorageError() : error(rc, QString::fromUtf8(sql));
    }

    // PRAGMA quick_check: empty when the file is sound.
    QString quickCheck()
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(m_db));
        QStringList problems;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            const QString line = QString::fromUtf8(text ? text : "");
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (rc != SQLITE_DONE)
            problems << QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return problems.join(QLatin1Char('\n'));
    }

    StorageError error(int rc, const QString &context) const
    {
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        const char *message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        StorageError::Kind kind = StorageError::classify(rc);
        return StorageError::make(kind == StorageError::None ? StorageError::Other : kind,
                                  QStringLiteral("%1: %2").arg(context, QString::fromUtf8(message)),
                                  code);
    }

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

StorageError backupError(int rc, const QString &context)
{
    const StorageError::Kind kind = StorageError::classify(rc);
    return StorageError::make(
        kind == StorageError::None ? StorageError::Other : kind,
        QStringLiteral("%1: %2").arg(context, QString::fromUtf8(sqlite3_errstr(rc))), rc);
}

// Copies every page of `from` into `to` with the online backup API: one read transaction on the
// source held for the whole copy (a consistent snapshot; in WAL mode writers go on meanwhile), one
// write transaction on the target, a step of pages at a time so progress shows and cancel works.
StorageError copyPages(Connection &from, Connection &to, const Backup::Progress &progress = {})
{
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        return to.error(sqlite3_errcode(to.handle()), Text::tr("cannot start the backup"));
    const bool snapshot = !from.exec("BEGIN").isError()
                          && !from.exec("SELECT count(*) FROM sqlite_master").isError();
    QElapsedTimer clock;
    clock.start();
    int rc = SQLITE_OK;
    bool canceled = false;
    for (;;) {
        rc = sqlite3_backup_step(backup, Backup::pagesPerStep);
        const int primary = rc & 0xff;
        if (progress.report && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            const int total = sqlite3_backup_pagecount(backup);
            progress.report(total - sqlite3_backup_remaining(backup), total);
        }
        if (progress.cancel && progress.cancel->load() && rc != SQLITE_DONE) {
            canceled = true;
            break;
        }
        if (rc == SQLITE_OK)
            continue;
        if ((primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            && clock.elapsed() < Backup::busyBudgetMs) {
            sqlite3_sleep(25);
            continue;
        }
        break;
    }
    const int finished = sqlite3_backup_finish(backup);
    if (snapshot)
        from.exec("COMMIT");
    if (canceled)
        return StorageError::make(StorageError::Other, Text::tr("the backup was canceled"));
    if (rc == SQLITE_DONE)
        rc = finished;
    return rc == SQLITE_OK ? StorageError() : backupError(rc, Text::tr("the backup failed"));
}

// The part of a backup's name that ties it to its database file.
QString baseName(const QString &databasePath)
{
    QString name = QFileInfo(databasePath).fileName();
    if (name.endsWith(QLatin1String(".sqlite")))
        name.chop(7);
    return name;
}

const char *const reasonNames[]
    = {"manual",         "daily",           "pre-migration",    "pre-restore",
       "pre-drop-table", "pre-drop-column", "pre-column-change"};
const char timeFormat[] = "yyyy-MM-dd'T'HH-mm-ss";

QRegularExpression namePattern(const QString &databasePath)
{
    return QRegularExpression(
        QStringLiteral("^%1-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d)Z(?:-(\\d+))?-"
                       "(manual|daily|pre-migration|pre-restore|pre-drop-table|pre-drop-column|pre-"
                       "column-change)\\.sqlite$")
            .arg(QRegularExpression::escape(baseName(databasePath))));
}

QString
fileName(const QString &databasePath, const QDateTime &time, int sequence, Backup::Reason reason)
{
    QString name = baseName(databasePath) + QLatin1Char('-')
                   + time.toUTC().toString(QLatin1String(timeFormat)) + QLatin1Char('Z');
    if (sequence > 0)
        name += QStringLiteral("-%1").arg(sequence);
    return name + QLatin1Char('-') + Backup::reasonName(reason) + QStringLiteral(".sqlite");
}

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

// Backs `databasePath` up into `target` (which must not exist) by way of a hidden partial file
// that is renamed into place only once it is complete.
Backup::Result writeBackup(const QString &databasePath,
                           const QString &target,
                           const Backup::Progress &progress = {})
{
    Backup::Result result;
    if (QFileInfo::exists(target)) {
        result.error = StorageError::make(
            StorageError::Other, Text::tr("%1 already exists; choose another name.").arg(target));
        return result;
    }
    const QFileInfo targetInfo(target);
    const QString partial = targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName()
                            + QStringLiteral(".partial");
    removeWithJournal(partial); // left over from an interrupted backup
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            result.error = StorageError::make(
                StorageError::ReadOnly,
                Text::tr("cannot create %1: %2").arg(partial, file.errorString()));
            return result;
        }
    }
    {
        Connection from;
        Connection to;
        result.error = from.open(databasePath, SQLITE_OPEN_READWRITE);
        if (!result.error.isError())
            result.error = to.open(partial, SQLITE_OPEN_READWRITE);
        if (!result.error.isError())
            result.error = copyPages(from, to, progress);
        // The copy carries the source's WAL flag; a backup is a plain single file.
        if (!result.error.isError())
            result.error = to.exec("PRAGMA journal_mode = DELETE");
    }
    if (!result.error.isError() && !QFile::rename(partial, target))
        result.error = StorageError::make(StorageError::Other,
                                          Text::tr("cannot rename %1 to %2").arg(partial, target));
    result.canceled = progress.cancel && progress.cancel->load() && result.error.isError();
    if (result.error.isError())
        removeWithJournal(partial);
    else
        result.path = targetInfo.absoluteFilePath();
    return result;
}

Backup::Result createUnrotated(const QString &databasePath,
                               Backup::Reason reason,
                               const QDateTime &now,
                               const Backup::Progress &progress = {})
{
    Backup::Result result;
    if (!QFileInfo(databasePath).isFile()) {
        result.error = StorageError::make(
            StorageError::ReadOnly, Text::tr("there is no database file %1").arg(databasePath));
        return result;
    }
    const QString folder = Backup::folderFor(databasePath);
    if (!QFileInfo(folder).isDir()
        && !QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                     | QFileDevice::ExeOwner)) {
        result.error = StorageError::make(StorageError::ReadOnly,
                                          Text::tr("cannot create the folder %1").arg(folder));
        return result;
    }
    // Backups made within the same second, whatever their reason, are told apart by a number.
    const QDateTime second = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    int sequence = 0;
    for (const Backup::Entry &entry : Backup::list(databasePath)) {
        if (entry.time == second)
            sequence = std::max(sequence, entry.sequence + 1);
    }
    return writeBackup(databasePath,
                       QDir(folder).filePath(fileName(databasePath, now, sequence, reason)),
                       progress);
}

} // namespace

QString Backup::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backup::reasonName(Reason reason)
{
    return QString::fromLatin1(reasonNames[int(reason)]);
}

QVector<Backup::Entry> Backup::list(const QString &databasePath)
{
    QVector<Entry> entries;
    const QRegularExpression pattern = namePattern(databasePath);
    const QFileInfoList files = QDir(folderFor(databasePath)).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime parsed
            = QDateTime::fromString(match.captured(1), QLatin1String(timeFormat));
        if (!parsed.isValid())
            continue;
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.time = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
        entry.sequence = match.captured(2).toInt();
        const QString reason = match.captured(3);
        for (int i = 0; i < int(std::size(reasonNames)); ++i) {
            if (reason == QLatin1String(reasonNames[i]))
                entry.reason = Reason(i);
        }
        entry.size = file.size();
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
    });
    return entries;
}

Backup::Result Backup::create(const QString &databasePath,
                              Reason reason,
                              int keep,
                              const QDateTime &now,
                              const Progress &progress)
{
    Result result = createUnrotated(databasePath, reason, now, progress);
    if (result.ok())
        rotate(databasePath, keep, result.path);
    return result;
}

Backup::Result Backup::createAt(const QString &databasePath, const QString &outputPath)
{
    if (!QFileInfo(databasePath).isFile()) {
        Result result;
        result.error = StorageError::make(
            StorageError::ReadOnly, Text::tr("there is no database file %1").arg(databasePath));
        return result;
    }
    return writeBackup(databasePath, outputPath);
}

bool Backup::isDailyDue(const QString &databasePath, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const QVector<Entry> entries = list(databasePath);
    return std::none_of(entries.begin(), entries.end(), [&](const Entry &entry) {
        return entry.time.toLocalTime().date() >= today;
    });
}

Backup::Result Backup::dailyIfDue(const QString &databasePath, int keep, const QDateTime &now)
{
    if (!isDailyDue(databasePath, now))
        return {};
    return create(databasePath, Reason::Daily, keep, now);
}

void Backup::rotate(const QString &databasePath, int keep, const QString &keepAlso)
{
    if (keep <= 0)
        return;
    const QVector<Entry> entries = list(databasePath);
    const QString spared = keepAlso.isEmpty() ? QString() : QFileInfo(keepAlso).absoluteFilePath();
    for (int i = keep; i < entries.size(); ++i) {
        if (entries.at(i).path != spared)
            QFile::remove(entries.at(i).path);
    }
}

QVector<std::pair<QString, qint64>> Backup::tableRowCounts(const QString &path)
{
    QVector<std::pair<QString, qint64>> counts;
    const QString name = Database::uniqueConnectionName(QStringLiteral("backup-counts"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            const QVector<Catalog::Entry> objects = Catalog::objects(db);
            for (const Catalog::Entry &object : objects) {
                if (!object.isView)
                    counts.push_back({object.name, Catalog::rowCount(db, object.name)});
            }
        }
    }
    Database::disconnect(name);
    return counts;
}

Backup::Result Backup::restore(const QString &databasePath, const QString &backupPath, int keep)
{
    Result result;
    {
        Connection check;
        result.error = check.open(backupPath, SQLITE_OPEN_READONLY);
        if (!result.error.isError()) {
            const QString problem = check.quickCheck();
            if (!problem.isEmpty())
                result.error = StorageError::make(
                    StorageError::Corrupt,
                    Text::tr("the backup %1 is damaged: %2").arg(backupPath, problem));
        }
        if (result.error.isError())
            return result;
    }
    result = createUnrotated(databasePath, Reason::PreRestore, QDateTime::currentDateTimeUtc());
    if (!result.ok()) {
        result.error.detail
            = Text::tr("the current file could not be backed up first, so nothing was "
                       "restored: %1")
                  .arg(result.error.detail);
        return result;
    }
    {
        Connection from;
        Connection to;
        StorageError error = from.open(backupPath, SQLITE_OPEN_READONLY);
        if (!error.isError())
            error = to.open(databasePath, SQLITE_OPEN_READWRITE);
        if (!error.isError())
            error = copyPages(from, to);
        if (error.isError()) {
            result.error = error;
            return result;
        }
    }
    rotate(databasePath, keep, backupPath);
    return result;
}

} // namespace rowbook

#pragma once

#include "storageerror.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <utility>

namespace rowbook {

// For a backup on a worker thread: pages copied so far of all pages, reported after each step
// (on the thread doing the copy), and a flag that stops the copy and removes the partial file.
struct BackupProgress
{
    std::function<void(qint64 done, qint64 total)> report;
    const std::atomic_bool *cancel = nullptr;
};

// Consistent copies of a database file, made with SQLite's online backup API (never a copy of the
// file's bytes, which could catch a writer half-way). Copies go into a "backups" folder beside
// the file (created with mode 0700), each copy with mode 0600, named
//     <file name without .sqlite>-<UTC time yyyy-MM-ddTHH-mm-ssZ>[-<n>]-<reason>.sqlite
// e.g. rowbook-2026-11-25T09-12-03Z-daily.sqlite, so that names sort by time. Rotation keeps the
// newest few and only ever deletes files that match this pattern for the same database.
class Backup
{
public:
    enum class Reason {
        Manual,
        Daily,
        PreMigration,
        PreRestore,
        PreDropTable,
        PreDropColumn,
        PreColumnChange
    };
    static constexpr int defaultKeep = 7;
    static constexpr int busyBudgetMs = 5000; // how long a busy source or target is retried

    struct Entry
    {
        QString path;
        QDateTime time;   // UTC, from the file name
        int sequence = 0; // disambiguates backups made within the same second
        Reason reason = Reason::Manual;
        qint64 size = 0;
    };

    struct Result
    {
        QString path;          // the backup that was written; empty when none was
        StorageError error;    // why no backup was written
        bool canceled = false; // stopped on request; no file was left behind
        bool ok() const { return !error.isError(); }
    };

    using Progress = BackupProgress;
    static constexpr int pagesPerStep = 1024;

    static QString folderFor(const QString &databasePath);
    static QString reasonName(Reason reason); // "manual", "daily", "pre-migration", "pre-restore",
                                              // "pre-drop-table", "pre-drop-column",
                                              // "pre-column-change"

    // The backups of `databasePath`, newest first.
    static QVector<Entry> list(const QString &databasePath);

    // Writes a backup into the backups folder, then removes all but the newest `keep` (never the
    // one just written).
    static Result create(const QString &databasePath,
                         Reason reason,
                         int keep = defaultKeep,
                         const QDateTime &now = QDateTime::currentDateTimeUtc(),
                         const Progress &progress = {});

    // Writes a backup to `outputPath`, which must not exist yet. No rotation.
    static Result createAt(const QString &databasePath, const QString &outputPath);

    // True unless a backup of the file was made on the local calendar day of `now` (or later).
    static bool isDailyDue(const QString &databasePath,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A Daily backup when one is due; otherwise a Result with an empty path and no error.
    static Result dailyIfDue(const QString &databasePath,
                             int keep = defaultKeep,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Deletes all but the newest `keep` backups of the file, except `keepAlso` if it is one.
    static void rotate(const QString &databasePath, int keep, const QString &keepAlso = {});

    // Rows per user table of a backup (or any database file), opened read-only, sorted by name.
    static QVector<std::pair<QString, qint64>> tableRowCounts(const QString &path);

    // Backs the current file up first (PreRestore), then copies `backupPath` into it with the
    // backup API, in one write transaction. The result's path is the PreRestore backup. Other
    // connections see the restored content; the caller should reopen the file afterwards.
    static Result
    restore(const QString &databasePath, const QString &backupPath, int keep = defaultKeep);
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::Backup::Result)

#pragma once

#include "backup.h"
#include "storageerror.h"

#include <QSqlDatabase>
#include <QString>

namespace rowbook {

// What opening a database file found out about it.
struct DatabaseInfo
{
    QString path;           // absolute path
    bool ours = false;      // Rowbook's own file (our application_id): WAL, migrations
    bool created = false;   // the file was created by this open
    bool readOnly = false;  // edits are disabled
    QString readOnlyReason; // one sentence for people, when readOnly
    bool immutable = false; // a WAL file read as a snapshot (read-only folder, or Open::ReadOnly
                            // with no -wal/-shm): a long reader checks that the file did not change
    int userVersion = 0;    // PRAGMA user_version after migrations
    QString journalMode;    // PRAGMA journal_mode in effect
    StorageError error;     // set when the file cannot be opened at all
    // A PostgreSQL database (Database::prepare was given a postgresql:// URI). `path` is then
    // the URI without its password, for titles, the recent list and journals; `connection` is
    // the URI as given, kept in memory only, to open connections with.
    bool server = false;
    QString connection;

    bool isOpen() const { return !error.isError(); }
};

// Opening SQLite files: the default per-user location, connections with the right per-connection
// settings, and first-open preparation (creating, classifying, WAL, migrations).
class Database
{
public:
    static constexpr int applicationId = 0x526f5742; // "RoWB"
    static constexpr int readerBusyTimeoutMs = 250;
    static constexpr int writerBusyTimeoutMs = 50;

    enum class Role { Reader, Writer };

    // What prepare() may do to the file. Only files Rowbook creates get its marks
    // (application_id, WAL, _rowbook_meta); a file another program made is never converted, even
    // an empty one.
    enum class Open {
        Starter,  // create when missing, with the starter `items` table (the per-user database)
        Create,   // create when missing, with Rowbook's marks only (import targets, new files)
        Existing, // the file must exist; it is never created
        ReadOnly, // the file must exist; nothing is written, no journal or WAL file is created
    };

    // <AppDataLocation>/rowbook.sqlite, e.g. ~/.local/share/Rowbook/Rowbook/rowbook.sqlite.
    static QString defaultPath();

    // A postgresql:// or postgres:// URI (PgConnection) opens a PostgreSQL database instead: the
    // server is asked once, nothing is created or migrated there, and `mode` only tells whether
    // it is opened read-only.
    // Creates the file if `mode` allows and it is missing (mode 0600), decides whether it is ours,
    // and for our files sets WAL and runs forward migrations (not in ReadOnly mode). Files made by
    // other programs are not modified. An empty file counts as ours only when this call created
    // it, or it is the per-user database (a first launch that stopped half-way).
    // The backup before a migration is made here, on the calling thread, unless `madeBackup` is
    // given: then the caller made it already (BackupJob, off the GUI thread; see
    // needsMigrationBackup()) and a failed one opens the file read-only, as a failure here does.
    // With `keepReader`, a server's connection stays open under that name as a reader (opened as
    // connect() opens one) when prepare() succeeds, so the caller does not start a second server
    // process for its own; QSqlDatabase::contains(keepReader) tells. Files ignore it.
    static DatabaseInfo prepare(const QString &path,
                                Open mode = Open::Starter,
                                const Backup::Result *madeBackup = nullptr,
                                const QString &keepReader = {});

    // True when prepare(path, mode) would back the file up before migrating it: an existing file
    // of ours, writable, at an older schema version. Reads only the header fields (cheap), so the
    // window can make the backup on a worker first and pass its result to prepare().
    static bool needsMigrationBackup(const QString &path, Open mode);

    // Whether another program holds a lock on the file that keeps readers out (a rollback-journal
    // file's writer committing, BEGIN EXCLUSIVE, exclusive locking mode): opening it now would
    // wait for that program. Waits at most `waitMs` for the lock to go. False for servers, for a
    // missing file, and when the file cannot be read for another reason (opening it says why).
    static bool isLocked(const QString &path, int waitMs = 0);

    // Opens a connection named `name` on the calling thread. Readers are opened read-only.
    // Sets foreign_keys=ON, a busy timeout, and synchronous=NORMAL for writers on our own files.
    static QSqlDatabase connect(const DatabaseInfo &info, const QString &name, Role role);

    // Opens a server connection again after the server was lost (StorageError::Unreachable),
    // with the settings connect() gave it; every copy of `db` shares the new session. False
    // (and the reason in db.lastError()) while the server cannot be reached.
    static bool reconnect(const DatabaseInfo &info, QSqlDatabase db, Role role);

    // A process-unique connection name with the given prefix.
    static QString uniqueConnectionName(const QString &prefix);

    // Closes and removes a named connection (call after every QSqlDatabase copy is gone).
    static void disconnect(const QString &name);

    // Runs a single-value query such as "PRAGMA user_version".
    static QVariant scalar(const QSqlDatabase &db, const QString &sql);

    // PRAGMA quick_check: empty on success, otherwise what SQLite reported.
    static QString quickCheck(const QSqlDatabase &db);

    // The one gate before a connection's first write: runs quickCheck() once per connection
    // (cached until disconnect()) and returns a Damaged error when the file is not sound.
    // ImmediateTransaction::begin() calls it, so every writer (save worker, schema changes,
    // migrations, imports) refuses a damaged file before it changes a byte.
    static StorageError verifyWritable(const QSqlDatabase &db);

    // Why a file is shorter than its header says (cut off), or empty when it is not.
    static QString truncationProblem(const QString &path);
};

} // namespace rowbook

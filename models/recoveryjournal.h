#pragma once

#include "database.h"
#include "editstore.h"
#include "journalwriter.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>
#include <QVariant>
#include <QVector>

#include <memory>
#include <optional>

namespace rowbook {

struct TableInfo;

// What a recovery journal left by an earlier session holds, checked against the file as it is
// now: the edits that can be applied, and what cannot (and why). Nothing is applied blindly.
struct RecoveryPlan
{
    struct Edit
    {
        enum Kind { Insert, Update, Delete };
        Kind kind = Update;
        QString table;
        RowKey key;              // Update and Delete: the row as the database knows it
        bool keysMapped = false; // the table's rows have KeyMap handles (TableInfo::keysMapped)
        QHash<QString, QVariant> values;
        QHash<QString, QVariant> originals; // Update: the stored values the user started from
        QHash<QString, QVariant> theirs;    // Update: unresolved conflicts with other programs
    };

    bool found = false;
    QString journalPath;
    QDateTime written;
    QString problem; // the journal as a whole cannot be used (damaged, for another file)
    // The user left the file while these edits could not be saved and chose to keep them; false
    // when Rowbook stopped (a crash, a power cut, a kill) before they were saved.
    bool keptByUser = false;
    QVector<Edit> edits;
    QStringList skipped; // one sentence per edit that is not applied

    bool isUsable() const { return found && problem.isEmpty(); }
    int editCount() const;
    QStringList describe() const; // one line per edit, for people
};

// Keeps a copy of every pending edit in "<database>.pending" (mode 0600) from the moment it is
// made until the database confirms it, so a crash, a power cut or quitting while another program
// holds the lock loses nothing. Changes are appended as they happen (journalformat.h) by a
// JournalWriter on its own thread, and the file is compacted now and then; the GUI thread only
// collects which rows changed (EditStore::rowTouched), so an edit costs the same with ten or ten
// thousand edits pending. The file records which save batch was in flight; Rowbook's own files
// record the last committed batch id in the same transaction, so recovery knows whether that
// batch made it. AutoSaver sends a batch only once sync() for it is durable.
// A journal belongs to one live process: it holds "<journal>.lock" (a QLockFile) while it runs.
// A second process on the same file writes "<database>.pending-<pid>" instead (a second tab of
// the same process on the same file "<database>.pending-<pid>-<n>"), and inspect() passes over
// journals that another live process, or another tab of this one, is writing.
class RecoveryJournal : public QObject
{
    Q_OBJECT
public:
    RecoveryJournal(const DatabaseInfo &info,
                    const QString &fileId,
                    EditStore *store,
                    QObject *parent = nullptr);
    ~RecoveryJournal() override;

    // The journal name of a process that has the file to itself; others add "-<pid>".
    static QString pathFor(const QString &databasePath);
    static QString lockPathFor(const QString &journalPath);
    // The journals of this database that no other live journal is writing, in the order
    // inspect() looks at them ("<database>.pending" first).
    static QStringList leftovers(const QString &databasePath);
    // The first leftover journal (see leftovers()) checked against the file.
    static RecoveryPlan inspect(const DatabaseInfo &info, const QSqlDatabase &reader);
    static void apply(const RecoveryPlan &plan, EditStore *store);
    // Removes the journal the plan was read from.
    static bool discard(const RecoveryPlan &plan);
    // Rowbook's file id (_rowbook_meta), empty for files made by other programs.
    static QString fileId(const QSqlDatabase &reader);

    // Starts mirroring the store into the journal file.
    void start();
    bool isStarted() const { return m_started; }
    // Queues what changed in the store since the last write and returns a ticket; durable() is
    // emitted once everything up to it is on disk. Never waits.
    quint64 sync();
    bool isDurable(quint64 ticket) const;
    // Writes what changed and waits until it is on disk: for closing and command-line tools.
    void flush();
    // When leaving the file with edits that cannot be saved: keepForLater() writes the journal
    // now, marked as kept by the user (RecoveryPlan::keptByUser); discardAndStop() removes it and
    // writes no more, so those edits are gone.
    void keepForLater();
    void discardAndStop();
    QString path() const { return m_path; }
    JournalWriter *writer() const { return m_writer; }
    QString lastError() const { return m_lastError; }
    // After the edits of another journal were taken over (apply()): removes that file
    // once what this journal holds now is on disk. Never waits.
    void removeOnceDurable(const QString &otherJournal);
    // Records appended since the file was last written whole; compaction starts a new file when
    // this passes compactionThreshold() (tests lower it).
    int recordsSinceCompaction() const { return m_appended; }
    void setMinimumCompaction(int records) { m_minimumCompaction = records; }

Q_SIGNALS:
    void durable(quint64 ticket);
    void writeFailed(const QString &message);

private:
    // What the in-flight batch of the journal became: saved, or unknown (a file not ours).
    struct Batch
    {
        bool committed = false;
        bool uncertain = false;
    };
    // inspect(): the journal's document when it belongs to this file and can be read; otherwise
    // `plan` says why not.
    static std::optional<QJsonObject>
    readUsable(const DatabaseInfo &info, const QSqlDatabase &reader, RecoveryPlan &plan);
    // inspect(): adds the edit one journal row asks for to `plan`, or says in plan.skipped why it
    // is left out.
    static void planRow(const QJsonObject &row,
                        const TableInfo &tableInfo,
                        const QSqlDatabase &reader,
                        Batch batch,
                        RecoveryPlan &plan);

    // The journal name this process can lock: pathFor() unless another live process has it.
    static QString claim(const QString &databasePath, std::unique_ptr<QLockFile> *lock);
    // True when another live process, or another journal of this one (a tab), writes it.
    static bool heldByAnother(const QString &journalPath);

    using Key = std::pair<QString, qint64>;
    void onStoreChanged();
    void onRowTouched(const QString &table, qint64 key);
    void onWriteFailed(const QString &message);
    bool queueChanges();
    int compactionThreshold() const;

    EditStore *m_store;
    std::unique_ptr<QLockFile> m_lock; // released (and removed) when the journal goes
    JournalWriter *m_writer = nullptr;
    QString m_path;
    QString m_databasePath;
    QString m_fileId;
    QTimer m_coalesce;
    bool m_started = false;
    bool m_fileExists = false; // as far as the queued requests go
    bool m_needRewrite = true; // the next write starts a new file
    QSet<Key> m_dirty;         // rows touched since the last queued write
    bool m_keptByUser = false;
    quint64 m_writtenBatch = 0;
    int m_appended = 0;
    int m_minimumCompaction = 512;
    QString m_lastError;
};

} // namespace rowbook

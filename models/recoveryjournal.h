#pragma once

#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>
#include <QVariant>
#include <QVector>

namespace rowbook {

class EditStore;

// What a recovery journal left by an earlier session holds, checked against the file as it is
// now: the edits that can be applied, and what cannot (and why). Nothing is applied blindly.
struct RecoveryPlan
{
    struct Edit
    {
        enum Kind { Insert, Update, Delete };
        Kind kind = Update;
        QString table;
        qint64 key = 0; // rowid for Update and Delete
        QHash<QString, QVariant> values;
        QHash<QString, QVariant> originals; // Update: the stored values the user started from
        QHash<QString, QVariant> theirs;    // Update: unresolved conflicts with other programs
    };

    bool found = false;
    QString journalPath;
    QDateTime written;
    QString problem; // the journal as a whole cannot be used (damaged, for another file)
    QVector<Edit> edits;
    QStringList skipped; // one sentence per edit that is not applied

    bool isUsable() const { return found && problem.isEmpty(); }
    int editCount() const;
    QStringList describe() const; // one line per edit, for people
};

// Keeps a copy of every pending edit in "<database>.pending" (mode 0600, fsync'd, replaced
// atomically) from the moment it is made until the database confirms it, so a crash, a power
// cut or quitting while another program holds the lock loses nothing. The file records which
// save batch was in flight; Rowbook's own files record the last committed batch id in the same
// transaction, so recovery knows whether that batch made it.
class RecoveryJournal : public QObject
{
    Q_OBJECT
public:
    RecoveryJournal(const DatabaseInfo &info, const QString &fileId, EditStore *store,
                    QObject *parent = nullptr);

    static QString pathFor(const QString &databasePath);
    static RecoveryPlan inspect(const DatabaseInfo &info, const QSqlDatabase &reader);
    static void apply(const RecoveryPlan &plan, EditStore *store);
    static bool discard(const DatabaseInfo &info);
    // Rowbook's file id (_rowbook_meta), empty for files made by other programs.
    static QString fileId(const QSqlDatabase &reader);

    // Starts mirroring the store into the journal file.
    void start();
    // Writes now if the store changed since the last write.
    void flush();
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void writeFailed(const QString &message);

private:
    void onStoreChanged();
    void write();

    EditStore *m_store;
    QString m_path;
    QString m_databasePath;
    QString m_fileId;
    QTimer m_coalesce;
    bool m_started = false;
    bool m_dirty = false;
    quint64 m_writtenBatch = 0;
    QString m_lastError;
};

} // namespace rowbook

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

namespace rowbook {

class JournalWriter;

// One run of the SQL console.
struct HistoryEntry
{
    QString text;
    QDateTime when; // when the run started (UTC on disk, local time in memory)
    qint64 durationMs = 0;
    qint64 rows = -1; // rows returned or changed; -1 when not known
    bool ok = true;
    QString error; // the error message of a failed run
};

// A query kept under a name the user chose.
struct SavedQuery
{
    QString name;
    QString text;
};

// The SQL console's history of one database: every run (text, when, how long, rows, ok or
// error) and the named saved queries. Per user, in <AppDataLocation>/history/ (next to the
// per-user database, see Database::defaultPath()), one file per database, keyed by the
// database's absolute path, so two databases never share entries.
//
// The GUI thread never waits on the disk: the constructor reads the file on a writer thread
// and emits loaded() when done; add()/saveQuery()/removeSavedQuery() change the memory at once
// and append a JSON line to the file on that thread (models/journalwriter.h). Entries added
// before loading finished are kept, after the loaded ones. Searching is done in memory.
//
// Keep one instance per database in a process (console tabs of one database share it): two
// instances of the same database each append to the file but do not see each other's runs
// until the next start.
class QueryHistory : public QObject
{
    Q_OBJECT
public:
    // Runs kept per database: older ones are dropped, and the file is rewritten with the newest
    // `limit` runs (and the saved queries) on the writer thread once it holds a tenth more.
    static constexpr int defaultLimit = 5000;

    explicit QueryHistory(const QString &databasePath,
                          QObject *parent = nullptr,
                          int limit = defaultLimit);
    ~QueryHistory() override; // writes what was queued

    // <AppDataLocation>/history
    static QString directory();
    // The history file of a database.
    static QString filePathFor(const QString &databasePath);

    bool isLoaded() const { return m_loaded; }

    void add(const HistoryEntry &entry);
    // All runs, newest first.
    QVector<HistoryEntry> entries() const;
    // Runs whose text holds `needle` (ignoring case; an empty needle matches all), newest
    // (last added) first, at most `limit` of them (-1: all).
    QVector<HistoryEntry> search(const QString &needle, int limit = -1) const;

    // Keeps `text` under `name`, replacing a query of the same name.
    void saveQuery(const QString &name, const QString &text);
    bool removeSavedQuery(const QString &name);
    // Sorted by name, ignoring case.
    QVector<SavedQuery> savedQueries() const;

    // Blocks until everything added is on disk. Only for shutting down and tests.
    void waitUntilWritten();

Q_SIGNALS:
    void loaded();
    void changed();
    // The file could not be read or written; the history of this session stays in memory.
    void failed(const QString &message);

private:
    struct Contents
    {
        QVector<HistoryEntry> entries; // oldest first
        QVector<SavedQuery> saved;
    };
    static Contents parse(const QByteArray &bytes);
    static void apply(Contents &contents, const QJsonObject &record);
    void onLoaded(const Contents &contents, const QString &error);
    void append(const QJsonObject &record);
    // Drops the runs past the limit from memory and, once loaded, the file when it holds too many.
    void trim();

    QString m_path;
    int m_limit;
    int m_fileRuns = 0; // run records in the file (as far as this process wrote or read it)
    Contents m_contents;
    bool m_loaded = false;
    std::unique_ptr<JournalWriter> m_writer;
};

} // namespace rowbook

#pragma once

#include "catalog.h"
#include "database.h"
#include "recoveryjournal.h"
#include "retrypolicy.h"
#include "rowchange.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace rowbook {

class AutoSaver;
class ChangeWatcher;
class EditStore;
class KeyLoader;
class RowFetcher;
class RowCounter;
class Saver;
class TableModel;
class UndoHistory;

// One open database: the GUI thread's read-only connection, the save worker, pending edits and
// autosave, and the model of the table on screen.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Prepares (Database::prepare with `mode` and `madeBackup`) and opens the file. On failure
    // info().error says why and nothing else is usable.
    bool open(const QString &path,
              RetryPolicy policy = {},
              Database::Open mode = Database::Open::Starter,
              const Backup::Result *madeBackup = nullptr);
    const DatabaseInfo &info() const { return m_info; }
    bool isReadOnly() const { return m_info.readOnly; }
    QString readOnlyReason() const { return m_info.readOnlyReason; }

    QSqlDatabase reader() const;
    QVector<Catalog::Entry> objects() const;
    qint64 rowCount(const QString &table) const;
    // Counts rows of tables in the background (RowCounter::counted).
    RowCounter *counter() const { return m_counter; }
    RowFetcher *rowFetcher() const { return m_rowFetcher; }

    // Edits an earlier session left unsaved (found when the file was opened). Until
    // resolveRecovery() is called, the journal file is left as it is.
    const RecoveryPlan &recovery() const { return m_recovery; }
    // Applies the recoverable edits (they are saved like new edits) or discards the journal.
    void resolveRecovery(bool apply);
    RecoveryJournal *journal() const { return m_journal; }

    EditStore *edits() const { return m_edits; }
    Saver *saver() const { return m_saver; }
    AutoSaver *autoSaver() const { return m_autoSaver; }
    TableModel *model() const { return m_model.get(); }
    UndoHistory *undo() const { return m_undo; }
    // Notices other programs' commits while the database is open (see changedElsewhere()).
    ChangeWatcher *watcher() const { return m_watcher.get(); }

Q_SIGNALS:
    // The save worker checked the file (Database::quickCheck): problem is empty when it is sound.
    void checked(bool ok, const QString &problem);
    // Another program committed to the file; the model already shows it. `schemaChanged`: tables
    // may have been added, dropped or altered.
    void changedElsewhere(bool schemaChanged);
    // Own saves wrote rows, told once a run of batches ends. The model shows what they did
    // already.
    void ownSavesLanded(const rowbook::WrittenTables &tables);

private:
    void onChecked(bool ok, const QString &problem);
    void onChangedElsewhere(bool schemaChanged);
    void watchOtherPrograms(const QSqlDatabase &reader);
    // A server that went away: tries to connect on the thread pool (connecting to a host that
    // is gone can take connect_timeout), with growing pauses, until it answers; then the reader
    // connects again and the table is read anew.
    void onServerLost();
    void probeServer();
    void onProbed(bool reachable);

    // Removes the reader connection after the model, which holds a copy of it, is gone.
    struct ReaderConnection
    {
        QString name;
        ~ReaderConnection();
    };

    DatabaseInfo m_info;
    ReaderConnection m_reader;
    EditStore *m_edits = nullptr;
    Saver *m_saver = nullptr;
    KeyLoader *m_keyLoader = nullptr;
    RowFetcher *m_rowFetcher = nullptr;
    RowCounter *m_counter = nullptr;
    RecoveryJournal *m_journal = nullptr;
    UndoHistory *m_undo = nullptr;
    RecoveryPlan m_recovery;
    AutoSaver *m_autoSaver = nullptr;
    WrittenTables m_savedTables;         // by own batches since the model last read them again
    int m_probeDelayMs = 0;              // the pause before the next try to reach a lost server
    std::unique_ptr<TableModel> m_model; // destroyed before m_reader
    std::unique_ptr<ChangeWatcher> m_watcher; // holds the reader too
};

} // namespace rowbook

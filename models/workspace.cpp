#include "workspace.h"

#include "autosaver.h"
#include "changewatcher.h"
#include "editstore.h"
#include "keyloader.h"
#include "pooltask.h"
#include "rowcounter.h"
#include "rowfetcher.h"
#include "saver.h"
#include "tablemodel.h"
#include "undohistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace rowbook {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{}

Workspace::~Workspace()
{
    // The journal hears of a change on the next turn of the event loop. A change of this very
    // turn (the last save's commit, an edit taken back just before the window closed) reaches it
    // now, while the store is still here; its writer finishes the queue before it goes.
    if (m_journal)
        m_journal->sync();
}

Workspace::ReaderConnection::~ReaderConnection()
{
    if (!name.isEmpty())
        Database::disconnect(name);
}

bool Workspace::open(const QString &path,
                     RetryPolicy policy,
                     Database::Open mode,
                     const Backup::Result *madeBackup)
{
    Q_ASSERT(m_reader.name.isEmpty());
    const QString readerName = Database::uniqueConnectionName(QStringLiteral("reader"));
    m_info = Database::prepare(path, mode, madeBackup, readerName); // a server's first connection
    if (!m_info.isOpen())
        return false;
    m_reader.name = readerName;
    QSqlDatabase reader = QSqlDatabase::contains(readerName)
                              ? QSqlDatabase::database(readerName, false)
                              : Database::connect(m_info, readerName, Database::Role::Reader);
    if (!reader.isOpen()) {
        m_info.error = StorageError::fromSql(reader.lastError());
        return false;
    }
    m_edits = new EditStore(this);
    m_saver = new Saver(m_info, policy, this);
    // Before watchOtherPrograms(): AutoSaver's handler of Saver::finished runs before the
    // watcher's acknowledgement (tst_liverefresh commits as another program in between).
    m_autoSaver = new AutoSaver(m_edits, m_saver, this);
    m_autoSaver->setServer(m_info.server);
    m_keyLoader = new KeyLoader(m_info, this);
    m_counter = new RowCounter(m_info, this);
    m_model = std::make_unique<TableModel>(reader, m_edits, m_keyLoader);
    m_rowFetcher = new RowFetcher(m_info, this);
    m_model->setRowFetcher(m_rowFetcher);
    m_model->setReadOnly(m_info.readOnly, m_info.readOnlyReason);
    m_undo = new UndoHistory(m_edits, this);
    m_model->setUndoHistory(m_undo);
    // A server has no file mark of Rowbook's (_rowbook_meta is in files Rowbook made).
    const QString fileId = m_info.server ? QString() : RecoveryJournal::fileId(reader);
    m_journal = new RecoveryJournal(m_info, fileId, m_edits, this);
    m_autoSaver->setJournal(m_journal);
    m_recovery = RecoveryJournal::inspect(m_info, reader);
    if (!m_recovery.found && !m_info.readOnly)
        m_journal->start();
    connect(m_saver, &Saver::opened, this, &Workspace::onChecked);
    watchOtherPrograms(reader);
    return true;
}

void Workspace::watchOtherPrograms(const QSqlDatabase &reader)
{
    m_watcher = std::make_unique<ChangeWatcher>(reader, m_rowFetcher);
    // Our own batches are not someone else's changes: no polling while one is in flight, and
    // the version after it counts as seen (the worker tells whether others committed before).
    // Another program may commit between our commit and that acknowledgement, which the reader
    // cannot tell from ours: the worker, whose data_version only others' commits move, is asked
    // once more after every acknowledgement, so no commit by others goes unnoticed. (A server's
    // watcher leaves out the transaction ids the batch used instead.) What our batch did beyond
    // the rows the model patched (a view over them, triggers) is read again.
    connect(m_edits, &EditStore::changed, m_watcher.get(),
            [this] { m_watcher->setPaused(m_edits->isSaving()); });
    connect(m_saver, &Saver::finished, m_watcher.get(), [this](const SaveOutcome &outcome) {
        if (outcome.status == SaveOutcome::Committed) {
            m_watcher->acknowledge(outcome.othersCommitted, outcome.ownTransactions);
            if (!m_info.server) // a server's watcher tells by the batch's transaction ids
                m_saver->checkOthers();
            m_savedTables.add(outcome.tables);
        }
        if (!m_edits->isSaving() && !m_savedTables.isEmpty()) { // once after a run of batches
            const WrittenTables tables = std::exchange(m_savedTables, {});
            m_model->refreshAfterOwnSave(tables);
            Q_EMIT ownSavesLanded(tables);
        }
    });
    connect(m_saver, &Saver::othersChecked, m_watcher.get(), [this](bool committed) {
        if (committed)
            m_watcher->reportOthers();
    });
    connect(m_watcher.get(), &ChangeWatcher::changed, this, &Workspace::onChangedElsewhere);
    connect(m_watcher.get(), &ChangeWatcher::lost, this, &Workspace::onServerLost);
    m_watcher->start();
}

void Workspace::onServerLost()
{
    m_autoSaver->setServerReachable(false);
    m_probeDelayMs = 250;
    probeServer();
}

void Workspace::probeServer()
{
    runOnPool(
        this,
        [info = m_info] {
            const QString name = Database::uniqueConnectionName(QStringLiteral("probe"));
            bool reachable = false;
            {
                const QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
                reachable = db.isOpen();
            }
            Database::disconnect(name);
            return reachable;
        },
        [this](bool reachable) { onProbed(reachable); });
}

void Workspace::onProbed(bool reachable)
{
    // The server answered a moment ago: connecting the reader again is quick.
    if (reachable && Database::reconnect(m_info, reader(), Database::Role::Reader)) {
        m_autoSaver->setServerReachable(true);
        m_watcher->resume(); // reads the table again: anything may have changed meanwhile
        return;
    }
    QTimer::singleShot(m_probeDelayMs, this, &Workspace::probeServer);
    m_probeDelayMs = std::min(m_probeDelayMs * 2, 8000);
}

void Workspace::onChangedElsewhere(bool schemaChanged)
{
    if (schemaChanged)
        m_saver->forgetSchema();
    m_model->refreshFromOutside(schemaChanged);
    Q_EMIT changedElsewhere(schemaChanged);
}

void Workspace::onChecked(bool ok, const QString &problem)
{
    if (!ok && !m_info.readOnly) {
        m_info.readOnly = true;
        m_info.readOnlyReason
            = tr("The file is damaged, so Rowbook will not write to it. Restore a "
                 "backup or copy out what can still be read.");
        m_model->setReadOnly(true, m_info.readOnlyReason);
    }
    Q_EMIT checked(ok, problem);
}

void Workspace::resolveRecovery(bool apply)
{
    if (!m_recovery.found || m_info.readOnly)
        return;
    if (!m_recovery.isUsable()) {
        // Never delete what we cannot read: keep it beside the database under another name.
        QFile::rename(m_recovery.journalPath, m_recovery.journalPath + QStringLiteral(".unusable-")
                                                  + QDateTime::currentDateTime().toString(
                                                      QStringLiteral("yyyyMMdd-HHmmss")));
    } else if (apply) {
        RecoveryJournal::apply(m_recovery, m_edits);
    } else {
        RecoveryJournal::discard(m_recovery);
    }
    const QString taken = m_recovery.journalPath;
    m_recovery = {};
    m_journal->start(); // replaces the old journal with what is pending now
    // Another session's journal under another name: gone once its edits are in ours.
    if (QFile::exists(taken))
        m_journal->removeOnceDurable(taken);
}

QSqlDatabase Workspace::reader() const
{
    return QSqlDatabase::database(m_reader.name, false);
}

QVector<Catalog::Entry> Workspace::objects() const
{
    return Catalog::objects(reader());
}

qint64 Workspace::rowCount(const QString &table) const
{
    return Catalog::rowCount(reader(), table);
}

} // namespace rowbook

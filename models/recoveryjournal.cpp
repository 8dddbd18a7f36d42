#include "recoveryjournal.h"

#include "backend.h"
#include "catalog.h"
#include "editstore.h"
#include "journalformat.h"
#include "pgconnection.h"
#include "rowkey.h"
#include "schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>
#include <optional>

namespace rowbook {
namespace {

using journalformat::decodeValues;

QString metaValue(const QSqlDatabase &reader, const QString &key)
{
    QSqlQuery query(reader);
    query.prepare(QStringLiteral("SELECT value FROM _rowbook_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool rowExists(const QSqlDatabase &reader, const TableInfo &table, const RowKey &key)
{
    QSqlQuery query(reader);
    query.prepare(SqlDialect::of(reader).rowExistsQuery(table));
    const QVariantList values = key.values();
    if (values.size() != table.keyWidth)
        return false; // a key of another shape: the table's key changed
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next();
}

QString shortValues(const QHash<QString, QVariant> &values)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << QStringLiteral("%1 = %2").arg(it.key(), it->isNull() ? QStringLiteral("NULL")
                                                                      : it->toString().left(40));
    parts.sort();
    return parts.join(QLatin1String(", "));
}

} // namespace

int RecoveryPlan::editCount() const
{
    return edits.size();
}

QStringList RecoveryPlan::describe() const
{
    QStringList lines;
    for (const Edit &edit : edits) {
        switch (edit.kind) {
        case Edit::Insert:
            lines << RecoveryJournal::tr("Add a row to %1: %2")
                         .arg(edit.table, shortValues(edit.values));
            break;
        case Edit::Update:
            lines << RecoveryJournal::tr("Change row %1 of %2: %3")
                         .arg(edit.key.toText(), edit.table, shortValues(edit.values));
            break;
        case Edit::Delete:
            lines << RecoveryJournal::tr("Delete row %1 of %2").arg(edit.key.toText(), edit.table);
            break;
        }
    }
    return lines;
}

namespace {

// The journals this process's workspaces are writing: a second tab on the same file must not
// take the first one's journal for an earlier session's.
QMutex liveJournalsMutex;
QSet<QString> &liveJournals()
{
    static QSet<QString> paths;
    return paths;
}

} // namespace

QString RecoveryJournal::pathFor(const QString &databasePath)
{
    if (PgConnection::isUri(databasePath)) {
        // A server database has no folder of ours: its journal lives in the app-data folder,
        // named after the URI (which never carries the password here: DatabaseInfo::path).
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               + QStringLiteral("/server-journals");
        QDir().mkpath(folder);
        const QByteArray hash
            = QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex();
        return folder + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".pending");
    }
    return databasePath + QStringLiteral(".pending");
}

QString RecoveryJournal::lockPathFor(const QString &journalPath)
{
    return journalPath + QStringLiteral(".lock");
}

QString RecoveryJournal::claim(const QString &databasePath, std::unique_ptr<QLockFile> *lock)
{
    const QString first = pathFor(databasePath);
    const QString own
        = first + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
    for (int n = 0; n < 100; ++n) {
        const QString path = n == 0   ? first
                             : n == 1 ? own
                                      : own + QLatin1Char('-') + QString::number(n);
        *lock = std::make_unique<QLockFile>(lockPathFor(path));
        (*lock)->setStaleLockTime(0); // stale only when its process is gone, however old
        if ((*lock)->tryLock(0))
            return path;
        if ((*lock)->error() != QLockFile::LockFailedError)
            break; // e.g. a folder we cannot write to: journal as a single process would
    }
    lock->reset();
    return first;
}

bool RecoveryJournal::heldByAnother(const QString &journalPath)
{
    {
        const QMutexLocker locker(&liveJournalsMutex);
        if (liveJournals().contains(journalPath))
            return true; // another tab of this process writes it
    }
    QLockFile lock(lockPathFor(journalPath));
    lock.setStaleLockTime(0);
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return false; // no lock: left by a process that did not take one
    if (pid == QCoreApplication::applicationPid()
        && (host.isEmpty() || host == QSysInfo::machineHostName()))
        return false; // ours: e.g. a crashed session's file this process took over
    if (lock.tryLock(0)) {
        lock.unlock(); // its process is gone: the stale lock goes, the journal is offered
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

QStringList RecoveryJournal::leftovers(const QString &databasePath)
{
    const QString first = pathFor(databasePath);
    const QFileInfo info(first);
    QStringList names = info.dir().entryList({info.fileName() + QStringLiteral("-*")},
                                             QDir::Files | QDir::Hidden);
    const QRegularExpression other(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(info.fileName()) + QStringLiteral("-\\d+(-\\d+)?")));
    QStringList paths;
    if (QFile::exists(first))
        paths << first;
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (other.match(name).hasMatch())
            paths << info.dir().filePath(name);
    }
    paths.erase(std::remove_if(paths.begin(), paths.end(), &heldByAnother), paths.end());
    return paths;
}

QString RecoveryJournal::fileId(const QSqlDatabase &reader)
{
    return metaValue(reader, Schema::fileIdKey());
}

RecoveryJournal::RecoveryJournal(const DatabaseInfo &info,
                                 const QString &fileId,
                                 EditStore *store,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_databasePath(info.path)
    , m_fileId(fileId)
{
    // A read-only open never journals (nor leaves a lock file beside the database).
    m_path = info.readOnly ? pathFor(info.path) : claim(info.path, &m_lock);
    m_writer = new JournalWriter(m_path, this);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &RecoveryJournal::sync);
    connect(m_store, &EditStore::changed, this, &RecoveryJournal::onStoreChanged);
    connect(m_store, &EditStore::rowTouched, this, &RecoveryJournal::onRowTouched);
    connect(m_writer, &JournalWriter::durable, this, &RecoveryJournal::durable);
    connect(m_writer, &JournalWriter::failed, this, &RecoveryJournal::onWriteFailed);
}

RecoveryJournal::~RecoveryJournal()
{
    delete m_writer; // finishes what was queued before the lock goes
    if (m_started) {
        const QMutexLocker locker(&liveJournalsMutex);
        liveJournals().remove(m_path);
    }
}

void RecoveryJournal::start()
{
    if (!m_started) {
        // Live from now on (not before: inspect() may look at this very file first, when this
        // process took over an earlier session's journal under this name).
        const QMutexLocker locker(&liveJournalsMutex);
        liveJournals().insert(m_path);
    }
    m_started = true;
    m_fileExists = QFile::exists(m_path); // e.g. one left by an earlier session
    m_needRewrite = true;
    m_dirty.clear();
    m_writtenBatch = 0;
    sync();
}

void RecoveryJournal::onRowTouched(const QString &table, qint64 key)
{
    if (m_started)
        m_dirty.insert({table, key});
}

void RecoveryJournal::onStoreChanged()
{
    // Edits are coalesced into one request per turn of the event loop.
    if (m_started)
        m_coalesce.start();
}

quint64 RecoveryJournal::sync()
{
    m_coalesce.stop();
    if (m_started)
        queueChanges();
    return m_writer->lastQueued();
}

bool RecoveryJournal::isDurable(quint64 ticket) const
{
    return ticket <= m_writer->lastDone();
}

void RecoveryJournal::flush()
{
    sync();
    m_writer->waitUntilDone();
}

void RecoveryJournal::onWriteFailed(const QString &message)
{
    m_lastError = message;
    m_needRewrite = true; // the file may lack records: the next write replaces it whole
    m_fileExists = true;
    Q_EMIT writeFailed(message);
}

int RecoveryJournal::compactionThreshold() const
{
    return std::max(m_minimumCompaction, 4 * m_store->rowCount());
}

// Queues what changed since the records already queued: a new file when one is due (the only
// step that reads the whole store, and only once per compactionThreshold() records), otherwise
// one record per row touched since. Returns false when nothing changed.
bool RecoveryJournal::queueChanges()
{
    const quint64 batch = m_store->inFlightBatch();
    if (m_store->rowCount() == 0 && batch == 0) {
        m_dirty.clear();
        m_writtenBatch = 0;
        if (!m_fileExists)
            return false;
        m_writer->remove();
        m_fileExists = false;
        m_needRewrite = true;
        return true;
    }
    const bool flightChanged = batch != m_writtenBatch;
    const qsizetype count = m_dirty.size() + (flightChanged ? 1 : 0);
    m_writtenBatch = batch;
    if (m_needRewrite || !m_fileExists || m_appended + count > compactionThreshold()) {
        m_dirty.clear();
        m_writer->rewrite([path = m_databasePath, id = m_fileId, kept = m_keptByUser,
                           snapshot = m_store->snapshot()] {
            return journalformat::compacted(path, id, snapshot, kept);
        });
        m_fileExists = true;
        m_needRewrite = false;
        m_appended = 0;
        return true;
    }
    if (count == 0)
        return false;
    // Rows in the order a batch takes them (new rows in the order they were added), so that
    // replaying the file adds rows in that order too.
    QVector<Key> keys(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.first != b.first)
            return a.first < b.first;
        if ((a.second < 0) != (b.second < 0))
            return a.second < 0;
        return a.second < 0 ? a.second > b.second : a.second < b.second;
    });
    QVector<EditStore::SnapshotRow> changed; // shared copies: the records are built by the writer
    QVector<std::pair<QString, RowKey>> gone;
    for (const Key &key : std::as_const(keys)) {
        EditStore::SnapshotRow row;
        if (m_store->snapshotRow(key.first, key.second, &row))
            changed << row;
        else
            gone.push_back({key.first, m_store->rowKey(key.first, key.second)});
    }
    QVector<EditStore::SnapshotRow> flying;
    if (flightChanged && batch != 0)
        flying = m_store->flightRows();
    m_appended += int(count);
    m_writer->append([changed = std::move(changed), gone = std::move(gone), flightChanged, batch,
                      flying = std::move(flying)] {
        QByteArrayList records;
        for (const EditStore::SnapshotRow &row : changed)
            records << journalformat::record(journalformat::rowRecord(row));
        for (const auto &[table, key] : gone)
            records << journalformat::record(journalformat::goneRecord(table, key));
        if (flightChanged) // after the rows: "landed" comes once the committed rows are gone
            records << journalformat::record(batch ? journalformat::flightRecord(batch, flying)
                                                   : journalformat::landedRecord());
        return journalformat::group(records);
    });
    return true;
}

void RecoveryJournal::keepForLater()
{
    m_keptByUser = true;
    m_needRewrite = true; // a new header says why the edits are there
    flush();
}

void RecoveryJournal::discardAndStop()
{
    m_coalesce.stop();
    if (m_started) {
        const QMutexLocker locker(&liveJournalsMutex);
        liveJournals().remove(m_path);
    }
    m_started = false;
    m_writer->remove();
    m_writer->waitUntilDone();
    m_fileExists = false;
    m_dirty.clear();
}

void RecoveryJournal::removeOnceDurable(const QString &otherJournal)
{
    if (otherJournal.isEmpty() || otherJournal == m_path)
        return;
    // Runs after the writes queued now, so the edits are on disk here before they go there.
    // A dead process's lock went when inspect() found it stale.
    // Kept when the edits did not reach this journal (a failed write leaves no file).
    m_writer->runOnWriterThread([otherJournal, ours = m_path, written = m_fileExists] {
        if (!written || QFile::exists(ours))
            QFile::remove(otherJournal);
    });
}

bool RecoveryJournal::discard(const RecoveryPlan &plan)
{
    // A dead process's lock went when inspect() found it stale.
    const QString &path = plan.journalPath;
    return path.isEmpty() || !QFile::exists(path) || QFile::remove(path);
}

void RecoveryJournal::apply(const RecoveryPlan &plan, EditStore *store)
{
    for (const RecoveryPlan::Edit &edit : plan.edits) {
        // A mapped table's map first, also for an insert: its key, once saved, is a handle even
        // when it is one integer (a table of SQLite without its row ids), as the window reads it.
        const KeyMapPtr keys = edit.keysMapped ? store->keyMap(edit.table) : KeyMapPtr();
        const qint64 key = edit.kind == RecoveryPlan::Edit::Insert ? 0
                           : keys                                  ? keys->handle(edit.key)
                                                                   : edit.key.id();
        switch (edit.kind) {
        case RecoveryPlan::Edit::Insert:
            store->addRow(edit.table, edit.values);
            break;
        case RecoveryPlan::Edit::Update:
            for (auto it = edit.values.cbegin(); it != edit.values.cend(); ++it) {
                if (edit.originals.contains(it.key()))
                    store->setOriginal(edit.table, key, it.key(), edit.originals.value(it.key()));
                store->setValue(edit.table, key, it.key(), it.value());
                if (edit.theirs.contains(it.key())) {
                    EditStore::Cell cell = store->cell(edit.table, key, it.key());
                    cell.conflict = true;
                    cell.theirs = edit.theirs.value(it.key());
                    store->setCell(edit.table, key, it.key(), cell);
                }
            }
            break;
        case RecoveryPlan::Edit::Delete:
            store->removeRow(edit.table, key);
            break;
        }
    }
}

RecoveryPlan RecoveryJournal::inspect(const DatabaseInfo &info, const QSqlDatabase &reader)
{
    RecoveryPlan plan;
    const QStringList paths = leftovers(info.path);
    if (paths.isEmpty())
        return plan;
    plan.journalPath = paths.constFirst();
    const std::optional<QJsonObject> document = readUsable(info, reader, plan);
    if (!document)
        return plan;
    const QString inFlightBatch = document->value(QLatin1String("in_flight_batch")).toString();
    Batch batch;
    batch.committed = !inFlightBatch.isEmpty() && info.ours
                      && metaValue(reader, Schema::lastBatchKey()) == inFlightBatch;
    batch.uncertain = !inFlightBatch.isEmpty() && !info.ours;

    QHash<QString, TableInfo> tables;
    const QJsonArray rows = document->value(QLatin1String("rows")).toArray();
    for (const auto &value : rows) {
        const QJsonObject row = value.toObject();
        const QString table = row.value(QLatin1String("table")).toString();
        if (!tables.contains(table))
            tables.insert(table, Catalog::table(reader, table));
        planRow(row, tables[table], reader, batch, plan);
    }
    return plan;
}

std::optional<QJsonObject> RecoveryJournal::readUsable(const DatabaseInfo &info,
                                                       const QSqlDatabase &reader,
                                                       RecoveryPlan &plan)
{
    QFile file(plan.journalPath);
    if (!file.exists())
        return std::nullopt;
    plan.found = true;
    if (!file.open(QIODevice::ReadOnly)) {
        plan.problem = tr("The recovery journal %1 cannot be read: %2")
                           .arg(plan.journalPath, file.errorString());
        return std::nullopt;
    }
    const journalformat::Contents contents = journalformat::parse(file.readAll());
    const QJsonObject &document = contents.document;
    if (!contents.ok) {
        plan.problem
            = tr("The recovery journal %1 is damaged and cannot be used.").arg(plan.journalPath);
        return std::nullopt;
    }
    if (document.value(QLatin1String("version")).toInt() > journalformat::formatVersion) {
        plan.problem = tr("The recovery journal was written by a newer version of Rowbook.");
        return std::nullopt;
    }
    plan.keptByUser
        = document.value(QLatin1String("reason")).toString() == QLatin1String("kept-by-user");
    plan.written = document.value(QLatin1String("version")).toInt() >= 2
                       ? QFileInfo(file).lastModified().toUTC() // appended to since its header
                       : QDateTime::fromString(document.value(QLatin1String("written")).toString(),
                                               Qt::ISODateWithMs);
    const QString journalFileId = document.value(QLatin1String("file_id")).toString();
    const QString currentFileId = info.ours ? fileId(reader) : QString();
    if (journalFileId != currentFileId
        || (journalFileId.isEmpty()
            && document.value(QLatin1String("database")).toString() != info.path)) {
        plan.problem = tr("The recovery journal belongs to a different database file, so it is not "
                          "applied to this one.");
        return std::nullopt;
    }
    return document;
}

void RecoveryJournal::planRow(const QJsonObject &row,
                              const TableInfo &tableInfo,
                              const QSqlDatabase &reader,
                              Batch batch,
                              RecoveryPlan &plan)
{
    const QString table = row.value(QLatin1String("table")).toString();
    const RowKey key = RowKey::fromText(row.value(QLatin1String("key")).toString());
    const bool isNew = row.value(QLatin1String("new")).toBool();
    const bool deleted = row.value(QLatin1String("deleted")).toBool();
    const QString flight = row.value(QLatin1String("in_flight")).toString();
    QHash<QString, QVariant> values = decodeValues(row.value(QLatin1String("values")).toObject());
    const QHash<QString, QVariant> flightValues
        = decodeValues(row.value(QLatin1String("flight_values")).toObject());

    if (!tableInfo.isEditable()) {
        plan.skipped << tr("Edits to table “%1” cannot be applied: it no longer exists or "
                           "cannot be edited.")
                            .arg(table);
        return;
    }
    for (auto it = values.begin(); it != values.end();) {
        if (tableInfo.columnIndex(it.key()) < 0) {
            plan.skipped << tr("A value for column “%1” of “%2” cannot be applied: the column "
                               "no longer exists.")
                                .arg(it.key(), table);
            it = values.erase(it);
        } else {
            ++it;
        }
    }
    if (!flight.isEmpty() && batch.committed) {
        // The in-flight batch was saved: keep only what changed after it was sent.
        for (auto it = flightValues.cbegin(); it != flightValues.cend(); ++it) {
            if (values.contains(it.key()) && values.value(it.key()) == it.value())
                values.remove(it.key());
        }
        if (flight == QLatin1String("insert")) {
            if (!values.isEmpty() || deleted)
                plan.skipped << tr("Later edits to a row added to “%1” just before Rowbook "
                                   "stopped cannot be matched to it: %2")
                                    .arg(table, shortValues(values));
            return;
        }
        if (flight == QLatin1String("delete"))
            return;
    } else if (!flight.isEmpty() && batch.uncertain && isNew) {
        plan.skipped << tr("A row added to “%1” may already have been saved before Rowbook "
                           "stopped, so it is not added again: %2")
                            .arg(table, shortValues(values));
        return;
    }
    RecoveryPlan::Edit edit;
    edit.table = table;
    edit.key = key;
    edit.keysMapped = tableInfo.keysMapped;
    edit.values = values;
    edit.originals = decodeValues(row.value(QLatin1String("originals")).toObject());
    edit.theirs = decodeValues(row.value(QLatin1String("theirs")).toObject());
    if (isNew) {
        if (deleted)
            return; // added and deleted before it was ever saved
        edit.kind = RecoveryPlan::Edit::Insert;
    } else if (deleted) {
        if (!rowExists(reader, tableInfo, key))
            return; // already gone
        edit.kind = RecoveryPlan::Edit::Delete;
        edit.values.clear();
    } else {
        if (values.isEmpty())
            return;
        if (!rowExists(reader, tableInfo, key)) {
            plan.skipped << tr("Changes to row %1 of “%2” cannot be applied: the row was "
                               "deleted meanwhile (%3).")
                                .arg(key.toText(), table, shortValues(values));
            return;
        }
        edit.kind = RecoveryPlan::Edit::Update;
    }
    plan.edits.push_back(edit);
}

} // namespace rowbook

#include "recoveryjournal.h"

#include "catalog.h"
#include "editstore.h"
#include "schema.h"

#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace rowbook {
namespace {

const QString formatName = QStringLiteral("rowbook-pending");
constexpr int formatVersion = 1;

// Values keep their SQLite type: {"i": "42"}, {"r": "1.5"}, {"t": "text"}, {"b": base64}, null.
QJsonValue encode(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QJsonObject{{QStringLiteral("i"), QString::number(value.toLongLong())}};
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonObject{{QStringLiteral("r"), QString::number(value.toDouble(), 'g', 17)}};
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("b"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonObject{{QStringLiteral("t"), value.toString()}};
    }
}

QVariant decode(const QJsonValue &json)
{
    if (!json.isObject())
        return {};
    const QJsonObject object = json.toObject();
    if (object.contains(QLatin1String("i")))
        return object.value(QLatin1String("i")).toString().toLongLong();
    if (object.contains(QLatin1String("r")))
        return object.value(QLatin1String("r")).toString().toDouble();
    if (object.contains(QLatin1String("b")))
        return QByteArray::fromBase64(object.value(QLatin1String("b")).toString().toLatin1());
    return object.value(QLatin1String("t")).toString();
}

QJsonObject encodeValues(const QHash<QString, QVariant> &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), encode(it.value()));
    return object;
}

QHash<QString, QVariant> decodeValues(const QJsonObject &object)
{
    QHash<QString, QVariant> values;
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), decode(it.value()));
    return values;
}

QString kindName(RowChange::Kind kind)
{
    switch (kind) {
    case RowChange::Insert:
        return QStringLiteral("insert");
    case RowChange::Delete:
        return QStringLiteral("delete");
    case RowChange::Update:
    case RowChange::Statement:
        break;
    }
    return QStringLiteral("update");
}

QString metaValue(const QSqlDatabase &reader, const QString &key)
{
    QSqlQuery query(reader);
    query.prepare(QStringLiteral("SELECT value FROM _rowbook_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool rowExists(const QSqlDatabase &reader, const TableInfo &table, qint64 rowid)
{
    QSqlQuery query(reader);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(Catalog::quote(table.name), table.rowidName));
    query.addBindValue(rowid);
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
            lines << QObject::tr("Add a row to %1: %2").arg(edit.table, shortValues(edit.values));
            break;
        case Edit::Update:
            lines << QObject::tr("Change row %1 of %2: %3")
                         .arg(edit.key)
                         .arg(edit.table, shortValues(edit.values));
            break;
        case Edit::Delete:
            lines << QObject::tr("Delete row %1 of %2").arg(edit.key).arg(edit.table);
            break;
        }
    }
    return lines;
}

QString RecoveryJournal::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".pending");
}

QString RecoveryJournal::fileId(const QSqlDatabase &reader)
{
    return metaValue(reader, Schema::fileIdKey());
}

RecoveryJournal::RecoveryJournal(const DatabaseInfo &info, const QString &fileId, EditStore *store,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_path(pathFor(info.path))
    , m_databasePath(info.path)
    , m_fileId(fileId)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &RecoveryJournal::flush);
    connect(m_store, &EditStore::changed, this, &RecoveryJournal::onStoreChanged);
}

void RecoveryJournal::start()
{
    m_started = true;
    m_dirty = true;
    flush();
}

void RecoveryJournal::onStoreChanged()
{
    if (!m_started)
        return;
    m_dirty = true;
    // A batch about to be sent must be on disk before it can commit; edits are coalesced into
    // one write per turn of the event loop.
    if (m_store->isSaving() && m_store->snapshot().inFlightBatch != m_writtenBatch)
        flush();
    else
        m_coalesce.start();
}

void RecoveryJournal::flush()
{
    m_coalesce.stop();
    if (m_started && m_dirty)
        write();
}

void RecoveryJournal::write()
{
    const EditStore::Snapshot snapshot = m_store->snapshot();
    m_dirty = false;
    m_writtenBatch = snapshot.inFlightBatch;
    if (snapshot.rows.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            m_lastError = tr("Could not remove the recovery journal %1.").arg(m_path);
            Q_EMIT writeFailed(m_lastError);
        }
        return;
    }
    QJsonArray rows;
    for (const EditStore::SnapshotRow &row : snapshot.rows) {
        QJsonObject object{{QStringLiteral("table"), row.table},
                           {QStringLiteral("key"), QString::number(row.key)},
                           {QStringLiteral("new"), row.isNew},
                           {QStringLiteral("deleted"), row.deleted},
                           {QStringLiteral("values"), encodeValues(row.values)}};
        if (!row.originals.isEmpty())
            object.insert(QStringLiteral("originals"), encodeValues(row.originals));
        if (!row.theirs.isEmpty())
            object.insert(QStringLiteral("theirs"), encodeValues(row.theirs));
        if (row.inFlight) {
            object.insert(QStringLiteral("in_flight"), kindName(row.flightKind));
            object.insert(QStringLiteral("flight_values"), encodeValues(row.flightValues));
        }
        rows.append(object);
    }
    const QJsonObject document{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("database"), m_databasePath},
        {QStringLiteral("file_id"), m_fileId},
        {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("in_flight_batch"),
         snapshot.inFlightBatch ? QString::number(snapshot.inFlightBatch) : QString()},
        {QStringLiteral("rows"), rows}};
    QSaveFile file(m_path); // writes a temporary file, fsyncs it and renames it over the journal
    const bool ok = file.open(QIODevice::WriteOnly)
                    && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                    && file.write(QJsonDocument(document).toJson(QJsonDocument::Compact)) >= 0
                    && file.commit();
    if (!ok) {
        m_lastError = tr("Could not write the recovery journal %1: %2").arg(m_path, file.errorString());
        m_dirty = true;
        Q_EMIT writeFailed(m_lastError);
    }
}

bool RecoveryJournal::discard(const DatabaseInfo &info)
{
    const QString path = pathFor(info.path);
    return !QFile::exists(path) || QFile::remove(path);
}

void RecoveryJournal::apply(const RecoveryPlan &plan, EditStore *store)
{
    for (const RecoveryPlan::Edit &edit : plan.edits) {
        switch (edit.kind) {
        case RecoveryPlan::Edit::Insert:
            store->addRow(edit.table, edit.values);
            break;
        case RecoveryPlan::Edit::Update:
            for (auto it = edit.values.cbegin(); it != edit.values.cend(); ++it) {
                if (edit.originals.contains(it.key()))
                    store->setOriginal(edit.table, edit.key, it.key(), edit.originals.value(it.key()));
                store->setValue(edit.table, edit.key, it.key(), it.value());
                if (edit.theirs.contains(it.key())) {
                    EditStore::Cell cell = store->cell(edit.table, edit.key, it.key());
                    cell.conflict = true;
                    cell.theirs = edit.theirs.value(it.key());
                    store->setCell(edit.table, edit.key, it.key(), cell);
                }
            }
            break;
        case RecoveryPlan::Edit::Delete:
            store->removeRow(edit.table, edit.key);
            break;
        }
    }
}

RecoveryPlan RecoveryJournal::inspect(const DatabaseInfo &info, const QSqlDatabase &reader)
{
    RecoveryPlan plan;
    plan.journalPath = pathFor(info.path);
    QFile file(plan.journalPath);
    if (!file.exists())
        return plan;
    plan.found = true;
    if (!file.open(QIODevice::ReadOnly)) {
        plan.problem = tr("The recovery journal %1 cannot be read: %2").arg(plan.journalPath, file.errorString());
        return plan;
    }
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || document.value(QLatin1String("format")).toString() != formatName) {
        plan.problem = tr("The recovery journal %1 is damaged and cannot be used.").arg(plan.journalPath);
        return plan;
    }
    if (document.value(QLatin1String("version")).toInt() > formatVersion) {
        plan.problem = tr("The recovery journal was written by a newer version of Rowbook.");
        return plan;
    }
    plan.written = QDateTime::fromString(document.value(QLatin1String("written")).toString(), Qt::ISODateWithMs);
    const QString journalFileId = document.value(QLatin1String("file_id")).toString();
    const QString currentFileId = info.ours ? fileId(reader) : QString();
    if (journalFileId != currentFileId
        || (journalFileId.isEmpty() && document.value(QLatin1String("database")).toString() != info.path)) {
        plan.problem = tr("The recovery journal belongs to a different database file, so it is not "
                          "applied to this one.");
        return plan;
    }
    const QString inFlightBatch = document.value(QLatin1String("in_flight_batch")).toString();
    const bool batchCommitted = !inFlightBatch.isEmpty() && info.ours
                                && metaValue(reader, Schema::lastBatchKey()) == inFlightBatch;
    const bool batchUncertain = !inFlightBatch.isEmpty() && !info.ours;

    QHash<QString, TableInfo> tables;
    const QJsonArray rows = document.value(QLatin1String("rows")).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString table = row.value(QLatin1String("table")).toString();
        const qint64 key = row.value(QLatin1String("key")).toString().toLongLong();
        const bool isNew = row.value(QLatin1String("new")).toBool();
        const bool deleted = row.value(QLatin1String("deleted")).toBool();
        const QString flight = row.value(QLatin1String("in_flight")).toString();
        QHash<QString, QVariant> values = decodeValues(row.value(QLatin1String("values")).toObject());
        const QHash<QString, QVariant> flightValues = decodeValues(row.value(QLatin1String("flight_values")).toObject());

        if (!tables.contains(table))
            tables.insert(table, Catalog::table(reader, table));
        const TableInfo &tableInfo = tables[table];
        if (!tableInfo.isEditable()) {
            plan.skipped << tr("Edits to table “%1” cannot be applied: it no longer exists or "
                               "cannot be edited.").arg(table);
            continue;
        }
        for (auto it = values.begin(); it != values.end();) {
            if (tableInfo.columnIndex(it.key()) < 0) {
                plan.skipped << tr("A value for column “%1” of “%2” cannot be applied: the column "
                                   "no longer exists.").arg(it.key(), table);
                it = values.erase(it);
            } else {
                ++it;
            }
        }
        if (!flight.isEmpty() && batchCommitted) {
            // The in-flight batch was saved: keep only what changed after it was sent.
            for (auto it = flightValues.cbegin(); it != flightValues.cend(); ++it) {
                if (values.contains(it.key()) && values.value(it.key()) == it.value())
                    values.remove(it.key());
            }
            if (flight == QLatin1String("insert")) {
                if (!values.isEmpty() || deleted)
                    plan.skipped << tr("Later edits to a row added to “%1” just before Rowbook "
                                       "stopped cannot be matched to it: %2").arg(table, shortValues(values));
                continue;
            }
            if (flight == QLatin1String("delete"))
                continue;
        } else if (!flight.isEmpty() && batchUncertain && isNew) {
            plan.skipped << tr("A row added to “%1” may already have been saved before Rowbook "
                               "stopped, so it is not added again: %2").arg(table, shortValues(values));
            continue;
        }
        RecoveryPlan::Edit edit;
        edit.table = table;
        edit.key = key;
        edit.values = values;
        edit.originals = decodeValues(row.value(QLatin1String("originals")).toObject());
        edit.theirs = decodeValues(row.value(QLatin1String("theirs")).toObject());
        if (isNew) {
            if (deleted)
                continue; // added and deleted before it was ever saved
            edit.kind = RecoveryPlan::Edit::Insert;
        } else if (deleted) {
            if (!rowExists(reader, tableInfo, key))
                continue; // already gone
            edit.kind = RecoveryPlan::Edit::Delete;
            edit.values.clear();
        } else {
            if (values.isEmpty())
                continue;
            if (!rowExists(reader, tableInfo, key)) {
                plan.skipped << tr("Changes to row %1 of “%2” cannot be applied: the row was "
                                   "deleted meanwhile (%3).").arg(key).arg(table, shortValues(values));
                continue;
            }
            edit.kind = RecoveryPlan::Edit::Update;
        }
        plan.edits.push_back(edit);
    }
    return plan;
}

} // namespace rowbook

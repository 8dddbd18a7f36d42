#include "queryhistory.h"

#include "journalwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace rowbook {

namespace {

// Record kinds, one JSON object per line.
const QString kindKey = QStringLiteral("k");
const QString runKind = QStringLiteral("run");
const QString saveKind = QStringLiteral("save");
const QString unsaveKind = QStringLiteral("unsave");

QString canonicalPath(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QJsonObject toJson(const HistoryEntry &entry)
{
    QJsonObject object{{kindKey, runKind},
                       {QStringLiteral("text"), entry.text},
                       {QStringLiteral("when"), entry.when.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("ms"), entry.durationMs},
                       {QStringLiteral("rows"), entry.rows},
                       {QStringLiteral("ok"), entry.ok}};
    if (!entry.error.isEmpty())
        object.insert(QStringLiteral("error"), entry.error);
    return object;
}

HistoryEntry entryFromJson(const QJsonObject &object)
{
    HistoryEntry entry;
    entry.text = object.value(QStringLiteral("text")).toString();
    entry.when
        = QDateTime::fromString(object.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs)
              .toLocalTime();
    entry.durationMs = object.value(QStringLiteral("ms")).toInteger();
    entry.rows = object.value(QStringLiteral("rows")).toInteger(-1);
    entry.ok = object.value(QStringLiteral("ok")).toBool(true);
    entry.error = object.value(QStringLiteral("error")).toString();
    return entry;
}

} // namespace

QueryHistory::QueryHistory(const QString &databasePath, QObject *parent, int limit)
    : QObject(parent)
    , m_path(filePathFor(databasePath))
    , m_limit(std::max(1, limit))
    , m_writer(std::make_unique<JournalWriter>(m_path))
{
    connect(m_writer.get(), &JournalWriter::failed, this, [this](const QString &) {
        Q_EMIT failed(tr("Could not save the query history in %1.").arg(m_path));
    });
    // Read first on the writer thread: every append is queued after this. The result is posted
    // to this object; the destructor stops the writer thread before this object goes, and
    // QObject drops events posted to a deleted object.
    const QString path = m_path;
    m_writer->runOnWriterThread([this, path] {
        Contents contents;
        QString error;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        // Queries can hold private values: the file is the user's alone, like the journal.
        if (!file.exists() && file.open(QIODevice::WriteOnly)) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.close();
        } else if (file.exists()) {
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                contents = parse(bytes);
                file.close();
                // A last line cut off by a crash is ended, so the next record starts afresh.
                if (!bytes.isEmpty() && !bytes.endsWith('\n') && file.open(QIODevice::Append))
                    file.write("\n");
            } else {
                error = file.errorString();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, contents, error] { onLoaded(contents, error); }, Qt::QueuedConnection);
    });
}

QueryHistory::~QueryHistory()
{
    m_writer.reset(); // writes what was queued and stops the thread
}

QString QueryHistory::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/history");
}

QString QueryHistory::filePathFor(const QString &databasePath)
{
    const QByteArray key
        = QCryptographicHash::hash(canonicalPath(databasePath).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(32);
    return directory() + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".jsonl");
}

QueryHistory::Contents QueryHistory::parse(const QByteArray &bytes)
{
    Contents contents;
    for (const QByteArray &line : bytes.split('\n')) {
        // A line cut off by a crash, or not ours, is skipped; the rest still counts.
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            apply(contents, document.object());
    }
    return contents;
}

void QueryHistory::apply(Contents &contents, const QJsonObject &record)
{
    const QString kind = record.value(kindKey).toString();
    const QString name = record.value(QStringLiteral("name")).toString();
    auto sameName = [&](const SavedQuery &query) {
        return query.name == name;
    };
    if (kind == runKind) {
        contents.entries.append(entryFromJson(record));
    } else if (kind == saveKind) {
        contents.saved.removeIf(sameName);
        contents.saved.append({name, record.value(QStringLiteral("text")).toString()});
    } else if (kind == unsaveKind) {
        contents.saved.removeIf(sameName);
    }
}

void QueryHistory::onLoaded(const Contents &contents, const QString &error)
{
    // What was added while loading is newer than anything in the file.
    Contents merged = contents;
    merged.entries.append(m_contents.entries);
    for (const SavedQuery &query : std::as_const(m_contents.saved)) {
        merged.saved.removeIf([&](const SavedQuery &old) { return old.name == query.name; });
        merged.saved.append(query);
    }
    m_fileRuns = int(merged.entries.size());
    m_contents = merged;
    m_loaded = true;
    trim();
    if (!error.isEmpty())
        Q_EMIT failed(tr("Could not read the query history in %1: %2").arg(m_path, error));
    Q_EMIT loaded();
    Q_EMIT changed();
}

void QueryHistory::append(const QJsonObject &record)
{
    m_writer->append(
        [record] { return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n'; });
}

void QueryHistory::add(const HistoryEntry &entry)
{
    m_contents.entries.append(entry);
    append(toJson(entry));
    ++m_fileRuns;
    trim();
    Q_EMIT changed();
}

void QueryHistory::trim()
{
    if (m_contents.entries.size() > m_limit)
        m_contents.entries.remove(0, m_contents.entries.size() - m_limit);
    // Before loading finished the file holds runs this object has not seen: never rewrite then.
    if (!m_loaded || m_fileRuns <= m_limit + std::max(1, m_limit / 10))
        return;
    const Contents snapshot = m_contents;
    m_fileRuns = int(snapshot.entries.size());
    m_writer->rewrite([snapshot] {
        QByteArray bytes;
        for (const SavedQuery &saved : snapshot.saved)
            bytes += QJsonDocument(QJsonObject{{kindKey, saveKind},
                                               {QStringLiteral("name"), saved.name},
                                               {QStringLiteral("text"), saved.text}})
                         .toJson(QJsonDocument::Compact)
                     + '\n';
        for (const HistoryEntry &entry : snapshot.entries)
            bytes += QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
        return bytes;
    });
}

QVector<HistoryEntry> QueryHistory::entries() const
{
    return search(QString());
}

QVector<HistoryEntry> QueryHistory::search(const QString &needle, int limit) const
{
    QVector<HistoryEntry> found;
    // Stored in the order the runs were added, so newest first is back to front.
    for (auto it = m_contents.entries.crbegin(); it != m_contents.entries.crend(); ++it) {
        if (limit >= 0 && found.size() >= limit)
            break;
        if (it->text.contains(needle, Qt::CaseInsensitive))
            found.append(*it);
    }
    return found;
}

void QueryHistory::saveQuery(const QString &name, const QString &text)
{
    m_contents.saved.removeIf([&](const SavedQuery &query) { return query.name == name; });
    m_contents.saved.append({name, text});
    append(QJsonObject{
        {kindKey, saveKind}, {QStringLiteral("name"), name}, {QStringLiteral("text"), text}});
    Q_EMIT changed();
}

bool QueryHistory::removeSavedQuery(const QString &name)
{
    const auto removed
        = m_contents.saved.removeIf([&](const SavedQuery &query) { return query.name == name; });
    if (removed == 0)
        return false;
    append(QJsonObject{{kindKey, unsaveKind}, {QStringLiteral("name"), name}});
    Q_EMIT changed();
    return true;
}

QVector<SavedQuery> QueryHistory::savedQueries() const
{
    QVector<SavedQuery> sorted = m_contents.saved;
    std::sort(sorted.begin(), sorted.end(), [](const SavedQuery &a, const SavedQuery &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return sorted;
}

void QueryHistory::waitUntilWritten()
{
    m_writer->waitUntilDone();
}

} // namespace rowbook

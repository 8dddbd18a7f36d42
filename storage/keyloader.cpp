#include "keyloader.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace rowbook {

class KeyLoaderWorker : public QObject
{
    Q_OBJECT
public:
    KeyLoaderWorker(DatabaseInfo info,
                    const std::atomic<quint64> *latest,
                    std::atomic<void *> *handle)
        : m_info(std::move(info))
        , m_latest(latest)
        , m_handle(handle)
    {}

    ~KeyLoaderWorker() override
    {
        m_handle->store(nullptr);
        m_db = QSqlDatabase();
        if (!m_name.isEmpty())
            Database::disconnect(m_name);
    }

    void open()
    {
        m_name = Database::uniqueConnectionName(QStringLiteral("keys"));
        m_db = Database::connect(m_info, m_name, Database::Role::Reader);
        const QVariant handle = m_db.driver()->handle();
        if (m_db.isOpen() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle->store(*static_cast<sqlite3 *const *>(handle.constData()));
    }

    // `previewSql` first (previewed()), when given, then `sql` (loaded()); or, with
    // `previewRows`, the first rows of `sql` itself as they stream in.
    void run(quint64 id,
             const QString &sql,
             const QVariantList &values,
             const QString &previewSql,
             std::size_t previewRows,
             const KeyList &current,
             const KeyMapPtr &keyMap)
    {
        m_keyMap = keyMap;
        if (!previewSql.isEmpty()) {
            auto keys = std::make_shared<RowList>();
            if (!fetch(id, previewSql, values, *keys))
                return;
            Q_EMIT previewed(id, keys);
        }
        m_previewAt = previewRows;
        auto keys = std::make_shared<RowList>();
        keys->spillAfter(RowList::spillKeys); // a big table in another order: memory stays flat
        if (!fetch(id, sql, values, *keys))
            return;
        if (current && *current == *keys)
            Q_EMIT unchanged(id, keys);
        else
            Q_EMIT loaded(id, keys);
    }

Q_SIGNALS:
    void previewed(quint64 requestId, const rowbook::KeyList &keys);
    void loaded(quint64 requestId, const rowbook::KeyList &keys);
    void unchanged(quint64 requestId, const rowbook::KeyList &keys);
    void failed(quint64 requestId, const rowbook::StorageError &error);

private:
    bool superseded(quint64 id) const { return m_latest->load() != id; }
    // Called for each key read: emits previewed() once the first m_previewAt keys are in.
    void streamed(quint64 id, const RowList &keys)
    {
        if (m_previewAt != 0 && keys.size() == m_previewAt) {
            m_previewAt = 0;
            Q_EMIT previewed(id, std::make_shared<RowList>(keys));
        }
    }
    // The keys `sql` selects; false when it failed (failed() was emitted) or was superseded.
    bool fetch(quint64 id, const QString &sql, const QVariantList &values, RowList &keys);
    // The same through Qt's driver, for engines other than SQLite.
    bool fetchQuery(quint64 id, const QString &sql, const QVariantList &values, RowList &keys);

    DatabaseInfo m_info;
    const std::atomic<quint64> *m_latest;
    std::atomic<void *> *m_handle;
    QString m_name;
    QSqlDatabase m_db;
    std::size_t m_previewAt = 0; // streamed(): the first keys of the running query to preview
    KeyMapPtr m_keyMap;          // the running request's, for keys that are not one integer
};

namespace {

void bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(statement, position, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(statement, position, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(statement, position, bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text64(statement, position, text.constData(), sqlite3_uint64(text.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    }
}

} // namespace

bool KeyLoaderWorker::fetch(quint64 id,
                            const QString &sql,
                            const QVariantList &values,
                            RowList &keys)
{
    if (superseded(id))
        return false;
    auto *db = static_cast<sqlite3 *>(m_handle->load());
    if ((!db || m_keyMap) && (m_db.isOpen() || m_info.server))
        return fetchQuery(id, sql, values, keys);
    if (!db) {
        Q_EMIT failed(id, StorageError::make(StorageError::Other, m_db.lastError().text()));
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        Q_EMIT failed(id, StorageError::make(StorageError::classify(sqlite3_extended_errcode(db)),
                                             QString::fromUtf8(sqlite3_errmsg(db)),
                                             sqlite3_extended_errcode(db)));
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        bind(statement, i + 1, values[i]);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        keys.push_back(sqlite3_column_int64(statement, 0));
        streamed(id, keys);
        if ((keys.size() & 0xffff) == 0 && superseded(id))
            break;
    }
    const int code = sqlite3_extended_errcode(db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (superseded(id))
        return false; // cancelled or replaced: nobody wants these keys
    if (rc != SQLITE_DONE) {
        Q_EMIT failed(id, StorageError::make(StorageError::classify(code), message, code));
        return false;
    }
    return true;
}

bool KeyLoaderWorker::fetchQuery(quint64 id,
                                 const QString &sql,
                                 const QVariantList &values,
                                 RowList &keys)
{
    // QPSQL's connection is not open once libpq found it broken: a new one first.
    if (m_info.server && !m_db.isOpen())
        Database::reconnect(m_info, m_db, Database::Role::Reader);
    QSqlQuery query;
    // The server restarted since the last request: once more on a new session.
    for (bool again = m_info.server;; again = false) {
        query = QSqlQuery(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (query.exec())
            break;
        const StorageError error = StorageError::fromSql(query.lastError());
        if (again && error.kind == StorageError::Unreachable) {
            query = QSqlQuery();
            if (Database::reconnect(m_info, m_db, Database::Role::Reader))
                continue;
        }
        Q_EMIT failed(id, error);
        return false;
    }
    const int width = m_keyMap ? query.record().count() : 1;
    QVariantList key;
    while (query.next()) {
        if (m_keyMap) {
            key.clear();
            for (int i = 0; i < width; ++i)
                key << query.value(i);
            keys.push_back(m_keyMap->handle(key));
        } else {
            keys.push_back(query.value(0).toLongLong());
        }
        streamed(id, keys);
        if ((keys.size() & 0xffff) == 0 && superseded(id))
            return false;
    }
    if (query.lastError().isValid()) {
        Q_EMIT failed(id, StorageError::fromSql(query.lastError()));
        return false;
    }
    return !superseded(id);
}

KeyLoader::KeyLoader(const DatabaseInfo &info, QObject *parent)
    : QObject(parent)
    , m_thread(QStringLiteral("Rowbook key loader"))
    , m_worker(new KeyLoaderWorker(info, m_thread.latest(), &m_handle))
{
    qRegisterMetaType<rowbook::KeyList>();
    qRegisterMetaType<rowbook::StorageError>();
    connect(m_worker, &KeyLoaderWorker::previewed, this, [this](quint64 id, const KeyList &keys) {
        if (id == m_thread.latestId())
            Q_EMIT previewed(id, keys);
    });
    connect(m_worker, &KeyLoaderWorker::loaded, this, [this](quint64 id, const KeyList &keys) {
        if (id == m_thread.latestId())
            Q_EMIT loaded(id, keys);
    });
    connect(m_worker, &KeyLoaderWorker::unchanged, this, [this](quint64 id, const KeyList &keys) {
        if (id == m_thread.latestId())
            Q_EMIT unchanged(id, keys);
    });
    connect(m_worker, &KeyLoaderWorker::failed, this,
            [this](quint64 id, const StorageError &error) {
                if (id == m_thread.latestId())
                    Q_EMIT failed(id, error);
            });
    m_thread.start(m_worker, QThread::LowPriority); // bulk reading: the GUI thread comes first
    QMetaObject::invokeMethod(m_worker, &KeyLoaderWorker::open, Qt::QueuedConnection);
}

KeyLoader::~KeyLoader()
{
    cancel(); // then m_thread joins
}

quint64 KeyLoader::load(const QString &sql,
                        const QVariantList &values,
                        const QString &previewSql,
                        std::size_t previewRows,
                        KeyList current,
                        KeyMapPtr keyMap)
{
    cancel();
    return m_thread.post([worker = m_worker, sql, values, previewSql, previewRows,
                          current = std::move(current), keyMap = std::move(keyMap)](quint64 id) {
        worker->run(id, sql, values, previewSql, previewRows, current, keyMap);
    });
}

void KeyLoader::cancel()
{
    m_thread.supersede();
    if (void *handle = m_handle.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(handle));
}

} // namespace rowbook

#include "keyloader.moc"

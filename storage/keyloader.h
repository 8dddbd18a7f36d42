#pragma once

#include "database.h"
#include "storageerror.h"

#include <QMetaType>
#include <QObject>
#include <QThread>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <vector>

namespace rowbook {

class KeyLoaderWorker;
// Handed to one receiver, which may move the vector out (no copy of millions of keys).
using KeyList = std::shared_ptr<std::vector<qint64>>;

// Runs "which rows, in which order" queries (SELECT rowid ... WHERE ... ORDER BY ...) on a
// worker thread with its own read-only connection, so sorting and filtering a big table never
// freezes the window. A new request cancels the one before it (sqlite3_interrupt).
class KeyLoader : public QObject
{
    Q_OBJECT
public:
    explicit KeyLoader(const DatabaseInfo &info, QObject *parent = nullptr);
    ~KeyLoader() override;

    // `sql` selects one integer column. Returns the request's id.
    quint64 load(const QString &sql, const QVariantList &values);
    // Abandons the running request, if any.
    void cancel();

Q_SIGNALS:
    void loaded(quint64 requestId, const rowbook::KeyList &keys);
    void failed(quint64 requestId, const rowbook::StorageError &error);

private:
    QThread m_thread;
    KeyLoaderWorker *m_worker = nullptr; // deleted by m_thread's finished signal
    std::atomic<quint64> m_latest{0};
    std::atomic<void *> m_handle{nullptr}; // the worker's sqlite3*, for sqlite3_interrupt
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::KeyList)

#pragma once

#include "database.h"
#include "keymap.h"
#include "rowlist.h"
#include "storageerror.h"
#include "workerthread.h"

#include <QMetaType>
#include <QObject>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <vector>

namespace rowbook {

class KeyLoaderWorker;
// Handed to one receiver, which may move the list out. Built as the keys stream in, so a table
// in key order costs the loader a few bytes per gap, not 8 bytes a row (RowList).
using KeyList = std::shared_ptr<RowList>;

// Runs "which rows, in which order" queries (SELECT rowid ... WHERE ... ORDER BY ...) on a
// worker thread with its own read-only connection, so sorting and filtering a big table never
// freezes the window. A new request cancels the one before it (sqlite3_interrupt; on another
// engine the superseded query runs to its end and its keys are dropped).
class KeyLoader : public QObject
{
    Q_OBJECT
public:
    explicit KeyLoader(const DatabaseInfo &info, QObject *parent = nullptr);
    ~KeyLoader() override;

    // `sql` selects one integer column. Returns the request's id. With `previewSql` (the same
    // query with a LIMIT, say), its keys come first, with previewed(): the first rows of a new
    // order or filter can be shown before the whole list is read. With `previewRows` instead,
    // previewed() carries the first rows of `sql` as it streams them (a query in key order,
    // whose first rows cost nothing extra). With `current`, the list the caller shows (a copy
    // for the loader alone, read on its thread until it answers), keys equal to it come with
    // unchanged() instead of loaded(): a reload after another program's commit, which usually
    // changed values, not rows, is then compared off the GUI thread. With `keyMap`, `sql`
    // selects the columns of a key that is not one integer, and the list holds their handles.
    quint64 load(const QString &sql,
                 const QVariantList &values,
                 const QString &previewSql = {},
                 std::size_t previewRows = 0,
                 KeyList current = {},
                 KeyMapPtr keyMap = {});
    // Abandons the running request, if any.
    void cancel();

Q_SIGNALS:
    void previewed(quint64 requestId, const rowbook::KeyList &keys);
    void loaded(quint64 requestId, const rowbook::KeyList &keys);
    // The keys read equal `current` (see load()); they come along for a receiver whose list
    // changed meanwhile.
    void unchanged(quint64 requestId, const rowbook::KeyList &keys);
    void failed(quint64 requestId, const rowbook::StorageError &error);

private:
    // The worker's sqlite3*, for sqlite3_interrupt. Declared before m_thread: the worker uses it
    // until m_thread has joined.
    std::atomic<void *> m_handle{nullptr};
    WorkerThread m_thread;
    KeyLoaderWorker *m_worker = nullptr; // owned by m_thread
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::KeyList)

#pragma once

#include "database.h"
#include "workerthread.h"

#include <QObject>
#include <QStringList>

namespace rowbook {

class RowCounterWorker;

// Counts the rows of tables (for the table list) on its own thread and read-only connection,
// so a file with big tables opens without waiting for count(*) over all of them.
class RowCounter : public QObject
{
    Q_OBJECT
public:
    explicit RowCounter(const DatabaseInfo &info, QObject *parent = nullptr);
    ~RowCounter() override;

    // Counts these tables, one after the other; a new call abandons the previous one.
    void count(const QStringList &tables);

Q_SIGNALS:
    void counted(const QString &table, qint64 rows);

private:
    WorkerThread m_thread;
    RowCounterWorker *m_worker = nullptr; // owned by m_thread
};

} // namespace rowbook

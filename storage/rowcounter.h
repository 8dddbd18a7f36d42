#pragma once

#include "database.h"
#include "workerthread.h"

#include <QHash>
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

    // Counts these tables, one after the other, each once. A new call goes first: the tables
    // of earlier calls that have no count yet are counted after its own (a table list refreshed
    // while its counts were coming would keep some of them blank otherwise).
    void count(const QStringList &tables);

Q_SIGNALS:
    void counted(const QString &table, qint64 rows);

private:
    WorkerThread m_thread;
    RowCounterWorker *m_worker = nullptr; // owned by m_thread
    // The tables asked for and not counted yet -> the request that last asked for each.
    QHash<QString, quint64> m_askedIn;
};

} // namespace rowbook

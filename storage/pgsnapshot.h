#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace rowbook {

// The transaction ids one of Rowbook's own save batches used on a server: its own and its
// subtransactions' (a savepoint per row), from `from` up to `to` but for `notOurs`, which other
// sessions began meanwhile and had committed or were still running before the batch's COMMIT.
struct OwnTransactions
{
    qint64 from = 0;
    qint64 to = 0;         // the first id after them
    QList<qint64> notOurs; // in ascending order

    bool isEmpty() const { return to <= from; }
    bool contains(qint64 id) const
    {
        return id >= from && id < to && !std::binary_search(notOurs.cbegin(), notOurs.cend(), id);
    }
};

// A PostgreSQL snapshot as pg_current_snapshot() writes it, "xmin:xmax:xip,...": the ids below
// xmax that are not in the list had ended when it was taken. xmax is one past the newest id that
// had ended, not the next id to be given out: ids from xmax on were running or not yet begun.
class PgSnapshot
{
public:
    static PgSnapshot parse(const QString &text);
    bool isValid() const { return m_xmax > 0; }
    bool hasEnded(qint64 id) const { return id < m_xmax && !isRunning(id); }
    bool isRunning(qint64 id) const
    {
        return std::binary_search(m_running.cbegin(), m_running.cend(), id);
    }

    // Whether a transaction other than `own` ended between the snapshots `before` and `after`:
    // one running or not yet begun at `before` that had ended at `after` (committed or rolled
    // back, which a snapshot does not tell). Snapshots that cannot be read, or `after` older than
    // `before` (another server): whether they differ.
    static bool
    othersEnded(const QString &before, const QString &after, const QList<OwnTransactions> &own);

private:
    qint64 m_xmin = 0;
    qint64 m_xmax = 0;
    QList<qint64> m_running; // in ascending order
};

} // namespace rowbook

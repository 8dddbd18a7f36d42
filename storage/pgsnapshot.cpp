#include "pgsnapshot.h"

#include <QStringList>

#include <algorithm>

namespace rowbook {

PgSnapshot PgSnapshot::parse(const QString &text)
{
    PgSnapshot snapshot;
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return snapshot;
    bool xminOk = false;
    bool xmaxOk = false;
    const qint64 xmin = parts[0].toLongLong(&xminOk);
    const qint64 xmax = parts[1].toLongLong(&xmaxOk);
    if (!xminOk || !xmaxOk || xmin <= 0 || xmax < xmin)
        return snapshot;
    for (const QString &id : parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        snapshot.m_running << id.toLongLong(&ok);
        if (!ok)
            return {};
    }
    std::sort(snapshot.m_running.begin(), snapshot.m_running.end());
    snapshot.m_xmin = xmin;
    snapshot.m_xmax = xmax;
    return snapshot;
}

bool PgSnapshot::othersEnded(const QString &before,
                             const QString &after,
                             const QList<OwnTransactions> &own)
{
    const PgSnapshot was = parse(before);
    const PgSnapshot now = parse(after);
    if (!was.isValid() || !now.isValid() || now.m_xmax < was.m_xmax)
        return before != after;
    const auto othersEndedOne = [&](qint64 id) {
        return now.hasEnded(id) && std::none_of(own.cbegin(), own.cend(), [id](const auto &ids) {
                   return ids.contains(id);
               });
    };
    if (std::any_of(was.m_running.cbegin(), was.m_running.cend(), othersEndedOne))
        return true;
    // The ids begun since: more of them than own ones and running ones leaves one of others'
    // that ended, without looking at each (a busy server).
    qint64 ownCount = 0;
    for (const OwnTransactions &ids : own)
        ownCount += std::max<qint64>(0, ids.to - ids.from);
    const qint64 begun = now.m_xmax - was.m_xmax;
    if (begun > ownCount + now.m_running.size())
        return true;
    for (qint64 id = was.m_xmax; id < now.m_xmax; ++id) {
        if (othersEndedOne(id))
            return true;
    }
    return false;
}

} // namespace rowbook

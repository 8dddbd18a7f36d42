#pragma once

#include "editstore.h"
#include "journalformat.h"
#include "journalwriter.h"
#include "recoveryjournal.h"

#include <QFile>
#include <QSysInfo>

namespace journalsupport {

// Writes `store`'s edits through the journal API as the recovery journal that a process which
// no longer exists left beside the database `path` (its lock names a dead pid): what a session
// that crashed leaves. Returns the journal's path; empty when its lock could not be written.
inline QString
writeDeadProcessJournal(const QString &path, const QString &fileId, const rowbook::EditStore &store)
{
    using namespace rowbook;
    const qint64 deadPid = 2147480000; // above any pid_max
    const QString leftover
        = RecoveryJournal::pathFor(path) + QLatin1Char('-') + QString::number(deadPid);
    JournalWriter writer(leftover);
    writer.rewrite([path, fileId, snapshot = store.snapshot()] {
        return journalformat::compacted(path, fileId, snapshot, false);
    });
    writer.waitUntilDone();
    QFile lock(RecoveryJournal::lockPathFor(leftover));
    if (!lock.open(QIODevice::WriteOnly))
        return {};
    lock.write(QByteArray::number(deadPid) + "\nrowbook\n" + QSysInfo::machineHostName().toUtf8()
               + "\n");
    return leftover;
}

} // namespace journalsupport

#pragma once

// Issue 11 part 5: the GUI thread never waits on the disk. Stalls while edits pile up in the
// recovery journal behind another program's write lock, and while File → Back Up Now runs.

#include <QJsonObject>
#include <QString>

#include <functional>

namespace rowbook {

class MainWindow;

namespace bench {

using Fail = std::function<void(const QString &message)>;

// 1,000 edits into different rows of `quantity` while a sqlite3 process holds BEGIN IMMEDIATE
// (so nothing commits and the journal grows), one per turn of the event loop; then the lock is
// released and the edits must reach the file. Sets max_gui_stall_edit_ms, edits_journal_kb,
// edits_saved_after_release_ms.
void measureEditStall(MainWindow &window,
                      const QString &path,
                      QJsonObject &result,
                      const Fail &fail);

// File → Back Up Now (the menu action) until the backup finished; checks the copy's row count.
// Sets max_gui_stall_backup_ms and backup_ms.
void measureBackupStall(MainWindow &window, qint64 rows, QJsonObject &result, const Fail &fail);

} // namespace bench
} // namespace rowbook

#include "benchdurability.h"

#include "benchsupport.h"
#include "rawdatabase.h"

#include "autosaver.h"
#include "backup.h"
#include "backupjob.h"
#include "backupstatus.h"
#include "mainwindow.h"
#include "recoveryjournal.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileInfo>

namespace rowbook::bench {
namespace {

constexpr int edits = 1000;
constexpr qint64 firstValue = 900000; // outside every other step's values
constexpr int settleMs = 40;

} // namespace

void measureEditStall(MainWindow &window,
                      const QString &path,
                      QJsonObject &result,
                      const Fail &fail)
{
    Workspace *workspace = window.workspace();
    TableModel *model = workspace->model();
    AutoSaver *autoSaver = workspace->autoSaver();
    autoSaver->setDebounceMs(500); // as in the window: a save is tried while the lock is held
    if (!waitFor([&] { return autoSaver->isIdle(); }))
        fail(QStringLiteral("the autosaver was busy before the locked edits"));
    testsupport::LockHolder lock;
    if (!lock.acquire(path, QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(QStringLiteral("the sqlite3 process could not take the write lock"));
        return;
    }
    const int column = model->tableInfo().columnIndex(QStringLiteral("quantity"));
    const int rows = model->rowCount();
    const int count = std::min(edits, rows);
    StallMeter stall;
    stall.start();
    spin(settleMs);
    qint64 journalBytes = 0;
    double slowestSetData = 0;
    for (int i = 0; i < count; ++i) {
        const int row = std::min(rows - 1, int(qint64(i) * rows / count) + 2);
        QElapsedTimer one;
        one.start();
        if (!model->setData(model->index(row, column), firstValue + i, Qt::EditRole))
            fail(QStringLiteral("setData refused row %1").arg(row));
        slowestSetData = std::max(slowestSetData, msSince(one));
        spin(1); // one edit per turn of the event loop, like typing
        if (i % 100 == 99)
            journalBytes = std::max(journalBytes, QFileInfo(workspace->journal()->path()).size());
    }
    spin(settleMs);
    journalBytes = std::max(journalBytes, QFileInfo(workspace->journal()->path()).size());
    result[QStringLiteral("max_gui_stall_edit_ms")] = stall.stop();
    // setData itself (it may read the row's page on the GUI thread), for telling the two apart.
    result[QStringLiteral("edits_locked_slowest_setdata_ms")] = slowestSetData;
    result[QStringLiteral("edits_journal_kb")] = rounded(double(journalBytes) / 1024.0);
    if (journalBytes == 0)
        fail(QStringLiteral("the recovery journal stayed empty while the lock was held"));

    QElapsedTimer clock;
    clock.start();
    lock.release();
    autoSaver->saveNow();
    if (!waitFor(
            [&] { return autoSaver->isIdle() && autoSaver->state() == AutoSaver::State::Saved; },
            model->totalRows() <= 100000 ? 30000 : 1800000)) // the table's rows, not the window's
        fail(QStringLiteral("the locked edits were never saved"));
    result[QStringLiteral("edits_saved_after_release_ms")] = msSince(clock);
    RawDatabase db(path, false);
    const qint64 saved
        = db.scalar(QStringLiteral("SELECT count(*) FROM items WHERE quantity BETWEEN ? AND ?"),
                    {firstValue, firstValue + count - 1})
              .toLongLong();
    if (saved != count)
        fail(QStringLiteral("%1 of the %2 locked edits are on disk").arg(saved).arg(count));
}

void measureBackupStall(MainWindow &window, qint64 rows, QJsonObject &result, const Fail &fail)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("backUpNow"));
    auto *status = window.findChild<BackupStatus *>(QStringLiteral("backupStatus"));
    if (!action || !status) {
        fail(QStringLiteral("File → Back Up Now or its status is missing"));
        return;
    }
    Backup::Result made;
    QObject::connect(status->job(), &BackupJob::finished, &window,
                     [&](const Backup::Result &backup) { made = backup; });
    StallMeter stall;
    stall.start();
    spin(settleMs);
    QElapsedTimer clock;
    clock.start();
    action->trigger();
    if (!waitFor([&] { return !status->isRunning(); }))
        fail(QStringLiteral("the backup never finished"));
    result[QStringLiteral("backup_ms")] = msSince(clock);
    spin(settleMs);
    result[QStringLiteral("max_gui_stall_backup_ms")] = stall.stop();
    if (!made.ok()) {
        fail(QStringLiteral("the backup failed: %1").arg(made.error.detail));
        return;
    }
    RawDatabase copy(made.path, false);
    const qint64 copied = copy.scalar(QStringLiteral("SELECT count(*) FROM items")).toLongLong();
    if (copied != rows)
        fail(QStringLiteral("the backup holds %1 rows, the table %2").arg(copied).arg(rows));
}

} // namespace rowbook::bench

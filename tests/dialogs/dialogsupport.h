#pragma once

// What the import and export dialog tests share: finding a dialog's widgets by name, typing a
// path, a writable copy of Chinook, a table with rows to cancel, a gate that holds a job mid-way,
// and Export-then-Cancel.
#include "database.h"
#include "filejobdialog.h"
#include "jobrunner.h"
#include "testsupport.h"

#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

namespace dialogsupport {

template<class T>
T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// Replaces the File field's text with `path`, typed.
inline void typePath(QWidget *dialog, const QString &path)
{
    QLineEdit *edit = child<QLineEdit>(dialog, "fileEdit");
    edit->selectAll();
    QTest::keyClicks(edit, path);
}

// A writable copy of Chinook in a fresh temporary folder, opened as the window opens it.
struct ChinookCopy
{
    std::unique_ptr<QTemporaryDir> dir;
    QString db;
    rowbook::DatabaseInfo info;

    // Call with QVERIFY.
    bool make()
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return false;
        db = dir->filePath(QStringLiteral("chinook.sqlite"));
        if (!QFile::copy(testsupport::chinookPath(), db))
            return false;
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        info = rowbook::Database::prepare(db);
        return info.isOpen();
    }
};

// Adds the table `big` with `rows` rows: an export of it reports progress every 4,096 rows.
inline bool addBigTable(const QString &db, int rows)
{
    testsupport::Probe probe(db);
    return probe.exec(QStringLiteral("CREATE TABLE big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION "
                                     "ALL SELECT i + 1 FROM n WHERE i < %1) SELECT i AS id, "
                                     "i * 0.5 AS x, 'some text ' || i AS t, NULL AS blank FROM n")
                          .arg(rows));
}

// Holds the next job a dialog's JobRunner starts on its worker thread, inside the first of its
// `signal` emissions that `when` accepts, until release() or the gate's end. A test clicks
// Cancel while the job is held, so the job cannot have finished before it: no race with its end.
// Declare the gate after the dialog, so that it releases the job before the dialog waits for it.
class JobGate
{
public:
    template<class Job, class... Args, class When>
    JobGate(QObject *dialog, void (Job::*signal)(Args...), When when)
        : m_state(std::make_shared<State>())
    {
        auto *runner = dialog->findChild<rowbook::JobRunner *>();
        if (!runner)
            qFatal("no JobRunner in the dialog");
        QObject::connect(runner, &rowbook::JobRunner::started, runner,
                         [state = m_state, signal, when](QObject *started) {
                             auto *job = qobject_cast<Job *>(started);
                             if (!job)
                                 qFatal("the job is not of the gate's type");
                             QObject::connect(
                                 job, signal, job,
                                 [state, when](Args... args) mutable {
                                     if (when(args...) && !state->held.exchange(true)) {
                                         state->reached.store(true);
                                         state->release.acquire(); // on the job's thread
                                     }
                                 },
                                 Qt::DirectConnection);
                         });
    }
    ~JobGate() { release(); }
    JobGate(const JobGate &) = delete;
    JobGate &operator=(const JobGate &) = delete;

    // The job is held (poll with QTRY_VERIFY: the GUI thread keeps running meanwhile).
    bool reached() const { return m_state->reached.load(); }
    void release()
    {
        if (!m_state->released.exchange(true))
            m_state->release.release();
    }

private:
    struct State
    {
        std::atomic_bool held{false};
        std::atomic_bool reached{false};
        std::atomic_bool released{false};
        QSemaphore release;
    };
    std::shared_ptr<State> m_state;
};

// Types `path`, clicks Export, and clicks Cancel Export while `gate` holds the job after its
// first progress; returns once the job has stopped. Check QTest::currentTestFailed() afterwards.
inline void exportThenCancel(rowbook::FileJobDialog &dialog, const QString &path, JobGate &gate)
{
    typePath(&dialog, path);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(gate.reached(), 30000);
    QProgressBar *bar = child<QProgressBar>(&dialog, "progressBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000); // the held progress reached the dialog
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
}

} // namespace dialogsupport

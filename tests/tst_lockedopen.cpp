// Opening a file another program keeps locked (a rollback-journal file's writer in the middle of
// a commit, BEGIN EXCLUSIVE, exclusive locking mode): the window does not wait for the lock, and
// used to wait five seconds twice and then say the file could not be opened. Now the controller
// says it waits, checks the lock off the GUI thread, and opens the file once the other program
// lets go; opening another database, choosing a tab or closing the window stops the wait.
#include "database.h"
#include "documentcontroller.h"
#include "questionsupport.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using questionsupport::Answers;
using testsupport::Probe;

namespace {

bool anyContains(const QSignalSpy &spy, const QString &text)
{
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestLockedOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_locked; // another program's file, in rollback-journal mode
    QString m_other;  // a file of Rowbook's
    // Holds the lock on m_locked, as another program would, from lock() to release().
    std::unique_ptr<Probe> m_holder;

    bool lock()
    {
        m_holder = std::make_unique<Probe>(m_locked);
        return m_holder->exec(QStringLiteral("BEGIN EXCLUSIVE")) && Database::isLocked(m_locked);
    }
    bool release() { return m_holder->exec(QStringLiteral("COMMIT")); }

    // Opens table t of m_other in `document`, then the locked file in its place: the model of
    // t, its row read (so that it can be edited), while the document waits; null on failure.
    TableModel *waitFromATab(DocumentController &document)
    {
        if (!document.open(m_other) || !document.setTable(QStringLiteral("t")))
            return nullptr;
        TableModel *model = document.workspace()->model();
        if (!QTest::qWaitFor([model] { return model->rowCount() == 1 && model->isRowInMemory(0); })
            || !lock() || !document.open(m_locked) || !document.isOpening())
            return nullptr;
        return model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_locked = QFileInfo(m_dir.filePath(QStringLiteral("locked.sqlite"))).absoluteFilePath();
        m_other = QFileInfo(m_dir.filePath(QStringLiteral("other.sqlite"))).absoluteFilePath();
        Probe maker(m_locked);
        QVERIFY(maker.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text)")));
        QVERIFY(maker.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('kept')")));
        QCOMPARE(maker.value(QStringLiteral("PRAGMA journal_mode")),
                 QVariant(QStringLiteral("delete")));
        QVERIFY(Database::prepare(m_other, Database::Open::Create).isOpen());
        Probe other(m_other);
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO t (v) VALUES ('before')")));
    }
    void cleanup() { m_holder.reset(); }

    void theLockIsToldApartFromOtherProblems()
    {
        QVERIFY(!Database::isLocked(m_locked));
        QVERIFY(!Database::isLocked(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(lock());
        QVERIFY(Database::isLocked(m_locked, 50));
        QVERIFY(release());
        QVERIFY(!Database::isLocked(m_locked));
    }

    void aLockedFileOpensWhenTheOtherProgramLetsGo()
    {
        Answers answers;
        DocumentController document(&answers);
        QSignalSpy waiting(&document, &DocumentController::waiting);
        QSignalSpy problem(&document, &DocumentController::problem);
        QSignalSpy opened(&document, &DocumentController::opened);
        QSignalSpy ended(&document, &DocumentController::openingEnded);
        QVERIFY(lock());
        QElapsedTimer call;
        call.start();
        QVERIFY(document.open(m_locked, QStringLiteral("notes")));
        // Not the busy timeout of opening the file (5 s), twice, as before.
        QVERIFY2(call.elapsed() < 4000, qPrintable(QString::number(call.elapsed())));
        QVERIFY(document.isOpening());
        QVERIFY(!document.workspace());
        QCOMPARE(waiting.count(), 1);
        QVERIFY2(waiting.at(0).at(0).toString().startsWith(
                     QStringLiteral("Another program is writing to %1 and keeps it locked.")
                         .arg(QDir::toNativeSeparators(m_locked))),
                 qPrintable(waiting.at(0).at(0).toString()));
        // Checked again and again on the pool while the lock stays.
        QTest::qWait(1500);
        QVERIFY(document.isOpening());
        QVERIFY(!document.workspace());
        QCOMPARE(problem.count(), 0);

        QVERIFY(release());
        QTRY_VERIFY(document.workspace());
        QCOMPARE(document.workspace()->info().path, m_locked);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("notes"));
        QVERIFY(!document.isOpening());
        QCOMPARE(ended.count(), 1);
        QCOMPARE(problem.count(), 0);
    }

    // With a tab open, the wait is said in the status bar and the tab stays as it is; opening
    // another database stops it, and the locked file does not open when the lock goes later.
    void openingAnotherDatabaseStopsTheWait()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_other));
        Workspace *before = document.workspace();
        QSignalSpy status(&document, &DocumentController::statusMessage);
        QSignalSpy waiting(&document, &DocumentController::waiting);
        QSignalSpy problem(&document, &DocumentController::problem);
        QVERIFY(lock());
        QVERIFY(document.open(m_locked));
        QVERIFY(document.isOpening());
        QCOMPARE(problem.count(), 0);
        QCOMPARE(document.workspace(), before);
        QCOMPARE(waiting.count(), 0); // the tab keeps showing its table
        QVERIFY(anyContains(status, QStringLiteral("Waiting for another program to finish "
                                                   "writing to %1… Open another database to "
                                                   "stop waiting.")
                                        .arg(QDir::toNativeSeparators(m_locked))));
        QVERIFY(!anyContains(status, QStringLiteral("another tab"))); // no tab bar with one tab

        QVERIFY(document.openInNewTab(m_other));
        QVERIFY(!document.isOpening());
        QCOMPARE(document.tabCount(), 2);
        QVERIFY(anyContains(status, QStringLiteral("%1 was not opened: another program kept it "
                                                   "locked.")
                                        .arg(QDir::toNativeSeparators(m_locked))));
        QCOMPARE(problem.count(), 0); // the grid of the tab stays on screen
        QVERIFY(release());
        QTest::qWait(1000); // a check that was under way comes back, and is ignored
        QCOMPARE(document.tabCount(), 2);
        for (int i = 0; i < document.tabCount(); ++i)
            QCOMPARE(document.tab(i)->info().path, m_other);
    }

    // The locked file replaces the tab it was opened from: what the user typed into that tab
    // while waiting is saved before the tab goes, as for any switch.
    void editsTypedWhileWaitingAreSavedFirst()
    {
        Answers answers;
        DocumentController document(&answers);
        TableModel *model = waitFromATab(document);
        QVERIFY(model);
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("typed while waiting")));
        QVERIFY(release());
        QTRY_COMPARE(document.workspace()->info().path, m_locked);
        QCOMPARE(document.tabCount(), 1);
        QCOMPARE(Probe(m_other).value(QStringLiteral("SELECT v FROM t")),
                 QVariant(QStringLiteral("typed while waiting")));
    }

    // Quitting while the tab's edits are still being saved: the wait ends at once, so the
    // locked file cannot replace the tab (and its saver) before the window has closed.
    void quittingWithEditsStopsTheWaitFirst()
    {
        Answers answers;
        DocumentController document(&answers);
        TableModel *model = waitFromATab(document);
        QVERIFY(model);
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("saved at quit")));
        QSignalSpy ready(&document, &DocumentController::closeReady);
        QVERIFY(!document.requestClose()); // the edit is saved first
        QVERIFY(!document.isOpening());
        QVERIFY(release());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(document.workspace()->info().path, m_other);
        QCOMPARE(Probe(m_other).value(QStringLiteral("SELECT v FROM t")),
                 QVariant(QStringLiteral("saved at quit")));
    }

    // Choosing another tab stops the wait too: the file would otherwise replace a tab the user
    // did not mean.
    void choosingATabStopsTheWait()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_other));
        QVERIFY(document.openInNewTab(m_other));
        QSignalSpy status(&document, &DocumentController::statusMessage);
        QVERIFY(lock());
        QVERIFY(document.open(m_locked));
        QVERIFY(document.isOpening());
        QCOMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().endsWith(
            QStringLiteral("Open another database or choose another tab to stop waiting.")));
        document.activateTab(0);
        QVERIFY(!document.isOpening());
        QCOMPARE(document.currentTab(), 0);
        QVERIFY(release());
        QTest::qWait(1000);
        QCOMPARE(document.tab(1)->info().path, m_other);
    }

    // The window closes while it waits: nothing opens afterwards.
    void closingStopsTheWait()
    {
        Answers answers;
        DocumentController document(&answers);
        QSignalSpy problem(&document, &DocumentController::problem);
        QVERIFY(lock());
        QVERIFY(document.open(m_locked));
        QVERIFY(document.requestClose());
        QVERIFY(!document.isOpening());
        QVERIFY(release());
        QTest::qWait(1000);
        QVERIFY(!document.workspace());
        QCOMPARE(problem.count(), 0); // a window that closes has nothing to say
    }
};

QTEST_MAIN(TestLockedOpen)
#include "tst_lockedopen.moc"

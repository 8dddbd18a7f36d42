// The document's life without a window: opening, switching with pending edits, closing after
// the edits are saved, keeping the old file when another cannot be opened, and what it says.

#include "autosaver.h"
#include "backup.h"
#include "database.h"
#include "documentcontroller.h"
#include "editstore.h"
#include "questionsupport.h"
#include "schema.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using questionsupport::Answers;
using testsupport::Probe;

namespace {

QStringList messagesOf(const QSignalSpy &spy)
{
    QStringList messages;
    for (const QList<QVariant> &arguments : spy)
        messages << arguments.at(0).toString();
    return messages;
}

} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;

    // Sets item 1's name to `name` in the model (saved by the autosaver later).
    static void editName(DocumentController &document, const QString &name)
    {
        TableModel *model = document.workspace()->model();
        QVERIFY(document.setTable(QStringLiteral("items")));
        QTRY_VERIFY(model->rowCount() > 0);
        const int row = model->rowForKey(1);
        QVERIFY(row >= 0);
        QVERIFY(model->setData(
            model->index(row, model->tableInfo().columnIndex(QStringLiteral("name"))), name));
    }

    // A file made by an older version of Rowbook: opening it backs it up first.
    QString oldVersionFile(const QString &name)
    {
        const QString path = QFileInfo(m_dir.filePath(name)).absoluteFilePath();
        Probe probe(path);
        if (Schema::migrate(probe.db(), 1).kind != StorageError::None)
            return {};
        if (!probe.exec(QStringLiteral("CREATE TABLE t (x)")))
            return {};
        return path;
    }

    // Backups the test finishes by hand (finishBackups()), so it decides what happens meanwhile.
    struct HeldBackups
    {
        QList<std::pair<QString, DocumentController::BackupDone>> held;
        DocumentController::BackupRunner runner()
        {
            return
                [this](const QString &path, Backup::Reason, DocumentController::BackupDone done) {
                    held.append({path, std::move(done)});
                    return true;
                };
        }
        void finish()
        {
            const auto now = std::exchange(held, {});
            for (const auto &[path, done] : now)
                done(Backup::create(path, Backup::Reason::PreMigration));
        }
    };

    // A controller whose backups wait for the test, open on `current`, and a file of an older
    // version (`old`) that it backs up before it opens it.
    struct HeldUpgrade
    {
        Answers answers;
        HeldBackups backups;
        DocumentController document{&answers};
        QString old;
    };
    std::unique_ptr<HeldUpgrade> heldUpgrade(const QString &oldName, const QString &current)
    {
        auto fixture = std::make_unique<HeldUpgrade>();
        fixture->old = oldVersionFile(oldName);
        fixture->document.setBackupRunner(fixture->backups.runner());
        if (fixture->old.isEmpty() || !fixture->document.open(current))
            return nullptr;
        return fixture;
    }

    // Sets row 1's name to NULL in the current tab's "items" and waits until the database has
    // refused it: "name" is NOT NULL, so saving again changes nothing.
    static void refuseAnEdit(DocumentController &document)
    {
        document.workspace()->autoSaver()->setDebounceMs(10);
        TableModel *model = document.workspace()->model();
        QVERIFY(document.setTable(QStringLiteral("items")));
        QTRY_VERIFY(model->rowCount() > 0);
        QVERIFY(model->setData(model->index(model->rowForKey(1),
                                            model->tableInfo().columnIndex(QStringLiteral("name"))),
                               QVariant(), TableModel::StoredRole));
        QTRY_COMPARE(document.workspace()->edits()->refusedCount(), 1);
    }

    static QString nameOnDisk(const QString &path)
    {
        Probe probe(path);
        return probe.value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Workspace *>("Workspace*"); // as the signal spells it
        QVERIFY(m_dir.isValid());
        m_first = QFileInfo(m_dir.filePath(QStringLiteral("first.sqlite"))).absoluteFilePath();
        m_second = QFileInfo(m_dir.filePath(QStringLiteral("second.sqlite"))).absoluteFilePath();
        QVERIFY(Database::prepare(m_first, Database::Open::Starter).isOpen());
        QVERIFY(Database::prepare(m_second, Database::Open::Starter).isOpen());
        Probe probe(m_second);
        QVERIFY(probe.exec(QStringLiteral("CREATE VIEW cheap AS SELECT * FROM items")));
    }

    void openAnnouncesTheNewWorkspace()
    {
        Answers answers;
        DocumentController document(&answers);
        QSignalSpy changed(&document, &DocumentController::workspaceChanged);
        QSignalSpy opened(&document, &DocumentController::opened);
        QVERIFY(document.open(m_first, QStringLiteral("items")));
        QCOMPARE(answers.openAsked, QStringList{m_first});
        QCOMPARE(answers.recoveryOffers, 1);
        QVERIFY(document.workspace());
        QCOMPARE(document.workspace()->info().path, m_first);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Workspace *>(), document.workspace());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("items"));
    }

    void tablesAreRememberedPerFile()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_second));
        QVERIFY(document.setTable(QStringLiteral("cheap")));
        QCOMPARE(document.workspace()->model()->tableName(), QStringLiteral("cheap"));
        QCOMPARE(document.readOnlyReason(), QStringLiteral("Views are read-only."));
        QVERIFY(document.setTable(QStringLiteral("items")));
        QCOMPARE(document.readOnlyReason(), QString());
        QCOMPARE(document.startTable(QStringLiteral("cheap")), QStringLiteral("cheap"));
        QCOMPARE(document.startTable(QString()), QStringLiteral("items"));
        QVERIFY(!document.setTable(QStringLiteral("no_such_table")));
        QCOMPARE(document.startTable(QString()), QStringLiteral("items")); // not remembered

        QStringList names;
        for (const Catalog::Entry &entry : document.listTables())
            names << entry.name;
        QVERIFY2(names.contains(QStringLiteral("items")) && names.contains(QStringLiteral("cheap")),
                 qPrintable(names.join(QLatin1Char(','))));
    }

    void failureToOpenKeepsTheOldDocument()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_first));
        Workspace *before = document.workspace();
        QSignalSpy changed(&document, &DocumentController::workspaceChanged);
        QSignalSpy problem(&document, &DocumentController::problem);
        QSignalSpy status(&document, &DocumentController::statusMessage);
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        QVERIFY(!document.open(missing)); // Existing: never created
        QCOMPARE(document.workspace(), before);
        QCOMPARE(document.workspace()->info().path, m_first);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(problem.count(), 1);
        QVERIFY2(problem.at(0).at(0).toString().startsWith(
                     QStringLiteral("Rowbook could not open %1.").arg(missing)),
                 qPrintable(problem.at(0).at(0).toString()));
        QCOMPARE(status.count(), 1); // the detail
        QVERIFY(!QFileInfo::exists(missing));

        answers.mode = std::nullopt; // the user cancelled: nothing changes, nothing is said
        QVERIFY(!document.open(missing));
        QCOMPARE(document.workspace(), before);
        QCOMPARE(problem.count(), 1);
    }

    void cancelledWithoutDocumentSaysSo()
    {
        Answers answers;
        answers.mode = std::nullopt;
        DocumentController document(&answers);
        QSignalSpy problem(&document, &DocumentController::problem);
        const QString missing = m_dir.filePath(QStringLiteral("typo.sqlite"));
        QVERIFY(!document.open(missing));
        QVERIFY(!document.workspace());
        QCOMPARE(messagesOf(problem),
                 QStringList{QStringLiteral("No database is open: %1 was not created.")
                                 .arg(QDir::toNativeSeparators(missing))});
    }

    void switchSavesPendingEditsFirst()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_first));
        document.workspace()->autoSaver()->setDebounceMs(60000); // only the switch saves
        editName(document, QStringLiteral("Switched away"));
        QCOMPARE(document.workspace()->edits()->pendingCount(), 1);
        QSignalSpy status(&document, &DocumentController::statusMessage);
        QSignalSpy released(&document, &DocumentController::aboutToRelease);
        QSignalSpy saved(&document, &DocumentController::saveFinished);

        document.switchTo(m_second, QStringLiteral("items"));
        QCOMPARE(document.workspace()->info().path, m_first); // not before the edit is saved
        QCOMPARE(released.count(), 1);
        QCOMPARE(messagesOf(status), QStringList{QStringLiteral("Saving your edits first…")});
        QTRY_COMPARE(document.workspace()->info().path, m_second);
        QVERIFY(saved.count() >= 1);
        QCOMPARE(nameOnDisk(m_first), QStringLiteral("Switched away"));
        QVERIFY(answers.unsavedAsked.isEmpty());

        // The same file again only asks for the table.
        QSignalSpy requested(&document, &DocumentController::tableRequested);
        QSignalSpy changed(&document, &DocumentController::workspaceChanged);
        document.switchTo(m_second, QStringLiteral("cheap"));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("cheap"));
        QCOMPARE(changed.count(), 0);
    }

    void closeWaitsForTheSave()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_first));
        document.workspace()->autoSaver()->setDebounceMs(60000);
        editName(document, QStringLiteral("Saved on close"));
        QSignalSpy ready(&document, &DocumentController::closeReady);
        QVERIFY(!document.requestClose());
        QCOMPARE(nameOnDisk(m_first), QStringLiteral("Switched away"));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(nameOnDisk(m_first), QStringLiteral("Saved on close"));
        QVERIFY(document.requestClose()); // nothing left
        QVERIFY(answers.unsavedAsked.isEmpty());
    }

    void refusedEditsAreAskedAbout()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_first));
        refuseAnEdit(document);
        if (QTest::currentTestFailed())
            return;
        TableModel *model = document.workspace()->model();
        QVERIFY(DocumentController::triedEverything(document.workspace()));

        QSignalSpy ready(&document, &DocumentController::closeReady);
        QSignalSpy saved(&document, &DocumentController::saveFinished);
        answers.unsaved = DocumentController::Unsaved::Cancel;
        QVERIFY(!document.requestClose());
        QCOMPARE(answers.unsavedAsked, QList<bool>{true});
        // After Cancel, the next save's outcome (an edit of another row) does not close.
        const int quantity = model->tableInfo().columnIndex(QStringLiteral("quantity"));
        QVERIFY(model->setData(model->index(model->rowForKey(2), quantity), 7));
        QTRY_VERIFY(saved.count() >= 1);
        Probe probe(m_first);
        QTRY_COMPARE(probe.value(QStringLiteral("SELECT quantity FROM items WHERE id = 2")).toInt(),
                     7);
        QCOMPARE(ready.count(), 0);

        answers.unsaved = DocumentController::Unsaved::KeepForLater;
        document.switchTo(m_second);
        QCOMPARE(answers.unsavedAsked, (QList<bool>{true, false}));
        QCOMPARE(document.workspace()->info().path, m_second);
        QCOMPARE(nameOnDisk(m_first), QStringLiteral("Saved on close"));
    }

    // A switch answered for (Keep for Later) that then waits for a file another program keeps
    // locked: the tab stays editable for as long as the lock stays, so its unsaveable edits are
    // asked about again when the file opens, not covered by the first answer.
    void aSwitchThatWaitsForALockAsksAgain()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_first));
        refuseAnEdit(document);
        if (QTest::currentTestFailed())
            return;
        const QString locked
            = QFileInfo(m_dir.filePath(QStringLiteral("locked.sqlite"))).absoluteFilePath();
        Probe holder(locked); // another program's file, in rollback-journal mode
        QVERIFY(holder.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS notes (text)")));
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        answers.unsaved = DocumentController::Unsaved::KeepForLater;
        document.switchTo(locked);
        QCOMPARE(answers.unsavedAsked.size(), 1);
        QVERIFY(document.isOpening());
        QCOMPARE(document.workspace()->info().path, m_first);
        QVERIFY(holder.exec(QStringLiteral("COMMIT")));
        QTRY_COMPARE(document.workspace()->info().path, locked);
        QCOMPARE(answers.unsavedAsked.size(), 2);
    }

    // Tabs: each a workspace of its own (also on the same file); the current one is shown.
    void tabsAreWorkspacesOfTheirOwn()
    {
        // A file no earlier test left a journal beside.
        const QString file
            = QFileInfo(m_dir.filePath(QStringLiteral("tabs.sqlite"))).absoluteFilePath();
        QVERIFY(Database::prepare(file, Database::Open::Starter).isOpen());
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(file));
        Workspace *first = document.workspace();
        QVERIFY(!first->recovery().found);
        first->autoSaver()->setDebounceMs(60000); // pending until something saves it
        editName(document, QStringLiteral("Typed in the first tab"));
        QTRY_VERIFY(QFileInfo(first->journal()->path()).size() > 0);

        QSignalSpy changed(&document, &DocumentController::workspaceChanged);
        QSignalSpy activated(&document, &DocumentController::tabActivated);
        QSignalSpy tabs(&document, &DocumentController::tabsChanged);
        QVERIFY(document.openInNewTab(file)); // the same file again
        QCOMPARE(document.tabCount(), 2);
        Workspace *second = document.workspace();
        QVERIFY(second != first);
        QCOMPARE(document.tab(0), first);
        QCOMPARE(document.currentTab(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(tabs.count(), 1);
        // The first tab's live journal is not an earlier session's edits to recover.
        QVERIFY(!second->recovery().found);
        QVERIFY(second->journal()->path() != first->journal()->path());
        QCOMPARE(first->edits()->pendingCount(), 1);

        QVERIFY(document.openInNewTab(m_second)); // after the current one
        QCOMPARE(document.tabCount(), 3);
        QCOMPARE(document.tab(2)->info().path, m_second);
        document.activateTab(0);
        QCOMPARE(document.workspace(), first);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<Workspace *>(), first);
        document.activateTab(0); // already current: nothing
        QCOMPARE(activated.count(), 1);

        // Closing a tab saves its edits first; the neighbour becomes current.
        QVERIFY(!document.closeTab(0));
        QTRY_COMPARE(document.tabCount(), 2);
        QCOMPARE(nameOnDisk(file), QStringLiteral("Typed in the first tab"));
        QCOMPARE(document.workspace(), second);
        QVERIFY(document.closeTab(1)); // nothing pending: at once
        QCOMPARE(document.tabCount(), 1);
        QVERIFY(!document.closeTab(0)); // the last tab stays
        QCOMPARE(document.tabCount(), 1);
        QVERIFY(answers.unsavedAsked.isEmpty());
    }

    // While a tab waits for its edits to be saved before another file opens in it, the tabs stay
    // as they are: the file opens in the tab it was asked for.
    void aSwitchKeepsItsTab()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_second));
        QVERIFY(document.openInNewTab(m_second));
        document.activateTab(0);
        Workspace *first = document.workspace();
        Workspace *second = document.tab(1);
        first->autoSaver()->setDebounceMs(60000);
        editName(document, QStringLiteral("Saved before the switch"));
        document.switchTo(m_first);
        QCOMPARE(document.workspace(), first); // waiting for the save
        QSignalSpy status(&document, &DocumentController::statusMessage);
        document.activateTab(1);
        QCOMPARE(document.currentTab(), 0); // refused, and said why
        QVERIFY(!messagesOf(status).isEmpty());
        QVERIFY(!document.closeTab(1));
        QTRY_COMPARE(document.workspace()->info().path, m_first);
        QCOMPARE(document.currentTab(), 0);
        QCOMPARE(document.tab(1), second);
        QCOMPARE(nameOnDisk(m_second), QStringLiteral("Saved before the switch"));
        document.activateTab(1); // free again
        QCOMPARE(document.workspace(), second);
    }

    // Closing the window saves every tab's edits and asks about those that cannot be saved, for
    // the tab they are in.
    void closeSavesAndAsksAboutEveryTab()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_first));
        Workspace *first = document.workspace();
        first->autoSaver()->setDebounceMs(10);
        TableModel *model = first->model();
        QVERIFY(document.setTable(QStringLiteral("items")));
        QTRY_VERIFY(model->rowCount() > 0);
        QVERIFY(model->setData(model->index(model->rowForKey(2),
                                            model->tableInfo().columnIndex(QStringLiteral("name"))),
                               QVariant(), TableModel::StoredRole)); // NOT NULL: refused
        QTRY_COMPARE(first->edits()->refusedCount(), 1);
        QVERIFY(document.openInNewTab(m_second));
        document.workspace()->autoSaver()->setDebounceMs(60000);
        editName(document, QStringLiteral("Saved with the window"));

        QSignalSpy ready(&document, &DocumentController::closeReady);
        answers.unsaved = DocumentController::Unsaved::Cancel;
        QVERIFY(!document.requestClose()); // the first tab (not shown) is asked about first
        QCOMPARE(answers.unsavedAbout, QList<Workspace *>{first});
        QCOMPARE(document.tabCount(), 2);

        answers.unsaved = DocumentController::Unsaved::KeepForLater;
        QVERIFY(!document.requestClose()); // asked again, then the second tab saves
        QCOMPARE(answers.unsavedAbout, (QList<Workspace *>{first, first}));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(nameOnDisk(m_second), QStringLiteral("Saved with the window"));
        QVERIFY(document.requestClose()); // not asked a third time
        QCOMPARE(answers.unsavedAbout.size(), 2);
    }

    void reopenLetsGoOfTheOldWorkspaceFirst()
    {
        Answers answers;
        DocumentController document(&answers);
        QVERIFY(document.open(m_second));
        QVERIFY(document.setTable(QStringLiteral("cheap")));
        QList<QString> order;
        connect(&document, &DocumentController::workspaceClosing, this, [&order, &document] {
            order << (document.workspace() ? QStringLiteral("closing") : QStringLiteral("closed"));
        });
        connect(&document, &DocumentController::opened, this,
                [&order](const QString &table) { order << QStringLiteral("opened ") + table; });
        document.reopen();
        QCOMPARE(order,
                 (QList<QString>{QStringLiteral("closing"), QStringLiteral("opened cheap")}));
        QCOMPARE(document.workspace()->info().path, m_second);
    }

    // The current file stays open while the next one is backed up before its upgrade; what the
    // user types into it meanwhile is saved before it goes, and then the other file opens.
    void editsTypedDuringAnUpgradeBackupAreSavedFirst()
    {
        const auto fixture = heldUpgrade(QStringLiteral("old-switch.sqlite"), m_first);
        QVERIFY(fixture);
        auto &[answers, backups, document, old] = *fixture;
        document.workspace()->autoSaver()->setDebounceMs(60000); // only the switch saves
        document.switchTo(old, QStringLiteral("t"));
        QVERIFY(document.isOpening());
        QCOMPARE(backups.held.size(), 1);
        QCOMPARE(document.workspace()->info().path, m_first);

        editName(document, QStringLiteral("Typed while backing up"));
        QCOMPARE(document.workspace()->edits()->pendingCount(), 1);
        backups.finish();
        // Not replaced under the pending edit: it is saved first, then the switch starts over.
        QTRY_COMPARE(nameOnDisk(m_first), QStringLiteral("Typed while backing up"));
        QTRY_COMPARE(backups.held.size(), 1); // the file was not upgraded: backed up again
        QCOMPARE(document.workspace()->info().path, m_first);
        backups.finish();
        QTRY_COMPARE(document.workspace()->info().path, old);
        QVERIFY(!document.isOpening());
        QCOMPARE(document.workspace()->info().userVersion, Schema::latestVersion);
        QVERIFY(answers.unsavedAsked.isEmpty());
    }

    // Edits that cannot be saved are asked about once per switch, also when the switch waits for
    // the next file (its backup here; a server's answer likewise) before it replaces this one.
    void aSwitchThatWaitsAsksAboutUnsaveableEditsOnce()
    {
        const auto fixture = heldUpgrade(QStringLiteral("old-asked.sqlite"), m_first);
        QVERIFY(fixture);
        auto &[answers, backups, document, old] = *fixture;
        refuseAnEdit(document);
        if (QTest::currentTestFailed())
            return;
        answers.unsaved = DocumentController::Unsaved::KeepForLater;
        document.switchTo(old, QStringLiteral("t"));
        QCOMPARE(answers.unsavedAsked, QList<bool>{false});
        QVERIFY(document.isOpening());
        backups.finish();
        QTRY_COMPARE(document.workspace()->info().path, old);
        QCOMPARE(answers.unsavedAsked, QList<bool>{false}); // not asked again
    }

    // Quitting while a file is backed up before its upgrade opens (and upgrades) nothing more.
    void quittingDuringAnUpgradeBackupOpensNothing()
    {
        const auto fixture = heldUpgrade(QStringLiteral("old-quit.sqlite"), m_first);
        QVERIFY(fixture);
        auto &[answers, backups, document, old] = *fixture;
        document.workspace()->autoSaver()->setDebounceMs(60000);
        document.switchTo(old, QStringLiteral("t"));
        QVERIFY(document.isOpening());
        editName(document, QStringLiteral("Saved before quitting"));
        QSignalSpy closeReady(&document, &DocumentController::closeReady);
        QSignalSpy changed(&document, &DocumentController::workspaceChanged);
        QVERIFY(!document.requestClose()); // the edit is saved first
        backups.finish();                  // the backup ends before the save
        QTRY_COMPARE(closeReady.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(document.workspace()->info().path, m_first);
        QCOMPARE(nameOnDisk(m_first), QStringLiteral("Saved before quitting"));
        Probe probe(old);
        QCOMPARE(probe.value(QStringLiteral("PRAGMA user_version")).toInt(), 1); // not upgraded
    }

    // Reopening (after Restore from Backup) waits while another file is backed up to open.
    void reopenWaitsWhileAnotherFileOpens()
    {
        const auto fixture = heldUpgrade(QStringLiteral("old-reopen.sqlite"), m_second);
        QVERIFY(fixture);
        auto &[answers, backups, document, old] = *fixture;
        Workspace *before = document.workspace();
        QVERIFY(document.open(old));
        QVERIFY(document.isOpening());
        document.reopen();
        QCOMPARE(document.workspace(), before); // not closed with nothing to follow
        backups.finish();
        QTRY_COMPARE(document.workspace()->info().path, old);
    }
};

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"

#include "autosaver.h"
#include "editstore.h"
#include "journalformat.h"
#include "recoveryjournal.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <sys/stat.h>

using namespace rowbook;
using testsupport::Probe;

class TestRecoveryJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QString journal() const
    {
        return RecoveryJournal::pathFor(QFileInfo(m_path).absoluteFilePath());
    }
    QVariant stored(const QString &sql) const { return Probe(m_path).value(sql); }

    std::unique_ptr<Workspace> openWorkspace()
    {
        auto workspace = std::make_unique<Workspace>();
        if (!workspace->open(m_path))
            return {};
        QSignalSpy checked(workspace.get(), &Workspace::checked);
        if (!checked.wait(5000))
            return {};
        workspace->autoSaver()->setDebounceMs(60000); // saves only when a test asks
        workspace->model()->setTable(QStringLiteral("items"));
        return workspace;
    }

    QJsonObject readJournal() const
    {
        QFile file(journal());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return journalformat::parse(file.readAll()).document;
    }

    void writeJournal(const QJsonObject &document) const
    {
        QFile file(journal());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
    }

    // A journal as Rowbook writes it, for this database, with the given rows.
    QJsonObject journalWith(const QJsonArray &rows, const QString &inFlightBatch = {}) const
    {
        Probe probe(m_path);
        return QJsonObject{
            {QStringLiteral("format"), QStringLiteral("rowbook-pending")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("database"), QFileInfo(m_path).absoluteFilePath()},
            {QStringLiteral("file_id"),
             probe.value(QStringLiteral("SELECT value FROM _rowbook_meta WHERE key = 'file_id'"))
                 .toString()},
            {QStringLiteral("written"), QStringLiteral("2026-11-25T08:00:00.000Z")},
            {QStringLiteral("in_flight_batch"), inFlightBatch},
            {QStringLiteral("rows"), rows}};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        QVERIFY(Database::prepare(m_path).isOpen());
    }

    void journalMirrorsPendingEditsUntilTheyCommit()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        QVERIFY(!QFile::exists(journal()));
        TableModel *model = workspace->model();
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("Journaled name")));
        model->addRow();
        QTRY_VERIFY(QFile::exists(journal())); // written before any save is attempted
        QCOMPARE(workspace->autoSaver()->state(), AutoSaver::State::NotSaved);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(journal()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        const QJsonObject document = readJournal();
        QCOMPARE(document.value(QLatin1String("rows")).toArray().size(), 2);
        QVERIFY(QJsonDocument(document).toJson().contains("Journaled name"));

        workspace->autoSaver()->saveNow();
        QTRY_COMPARE(workspace->autoSaver()->state(), AutoSaver::State::Saved);
        QTRY_VERIFY(!QFile::exists(journal()));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("Journaled name"));
    }

    void aJournalEmptiedJustBeforeClosingIsRemoved()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        workspace->model()->removeRowList({0});
        workspace->journal()->flush();
        QVERIFY(QFile::exists(journal()));
        // Taking the edit back empties the store; the journal learns it on the next turn of the
        // event loop, which never comes when the window closes (or a save ends) just now.
        workspace->undo()->stack(QStringLiteral("items"))->undo();
        QCOMPARE(workspace->edits()->rowCount(), 0);
        workspace.reset();
        QVERIFY(!QFile::exists(journal())); // else the next launch offers edits nobody has
    }

    void editsLeftByAStoppedSessionAreRecovered()
    {
        {
            auto workspace = openWorkspace();
            QVERIFY(workspace);
            TableModel *model = workspace->model();
            QVERIFY(model->setData(model->index(1, 2), QStringLiteral("77")));
            const int row = model->addRow();
            QVERIFY(model->setData(model->index(row, 1), QStringLiteral("Recovered row")));
            QVERIFY(model->setData(model->index(row, 3), QStringLiteral("2.5")));
            model->removeRowList({5});
            workspace->journal()->flush();
        } // gone without saving, as if the process had been killed
        QVERIFY(QFile::exists(journal()));
        QCOMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 2")).toInt(), 3);

        auto workspace = openWorkspace();
        QVERIFY(workspace);
        const RecoveryPlan &plan = workspace->recovery();
        QVERIFY(plan.isUsable());
        QCOMPARE(plan.editCount(), 3);
        QVERIFY(plan.skipped.isEmpty());
        QVERIFY(plan.describe().join(QLatin1Char('\n')).contains(QLatin1String("Recovered row")));
        QVERIFY(QFile::exists(journal())); // untouched until the user decides
        workspace->resolveRecovery(true);
        workspace->autoSaver()->saveNow();
        QTRY_COMPARE(workspace->autoSaver()->state(), AutoSaver::State::Saved);
        QCOMPARE(stored(QStringLiteral("SELECT quantity FROM items WHERE id = 2")).toInt(), 77);
        QCOMPARE(
            stored(QStringLiteral(
                       "SELECT price || typeof(price) FROM items WHERE name = 'Recovered row'"))
                .toString(),
            QStringLiteral("2.5real"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items WHERE id = 6")).toInt(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
        QTRY_VERIFY(!QFile::exists(journal()));
    }

    void discardingRemovesTheJournalAndChangesNothing()
    {
        {
            auto workspace = openWorkspace();
            QVERIFY(workspace);
            QVERIFY(workspace->model()->setData(workspace->model()->index(0, 1),
                                                QStringLiteral("unwanted")));
            workspace->journal()->flush();
        }
        auto workspace = openWorkspace();
        QVERIFY(workspace->recovery().isUsable());
        workspace->resolveRecovery(false);
        QVERIFY(!QFile::exists(journal()));
        QCOMPARE(workspace->edits()->pendingCount(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("Notebook, A5 dotted"));
    }

    void inFlightBatchIsReappliedOnlyIfItDidNotCommit_data()
    {
        QTest::addColumn<QString>("lastBatch");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("batch committed") << QStringLiteral("4242") << 6;
        QTest::newRow("batch lost") << QStringLiteral("1") << 7;
    }

    void inFlightBatchIsReappliedOnlyIfItDidNotCommit()
    {
        QFETCH(QString, lastBatch);
        QFETCH(int, expectedRows);
        Probe(m_path).exec(
            QStringLiteral("UPDATE _rowbook_meta SET value = '%1' WHERE key = 'last_batch'")
                .arg(lastBatch));
        const QJsonObject values{{QStringLiteral("name"),
                                  QJsonObject{{QStringLiteral("t"), QStringLiteral("in flight")}}}};
        writeJournal(
            journalWith({QJsonObject{{QStringLiteral("table"), QStringLiteral("items")},
                                     {QStringLiteral("key"), QStringLiteral("-1")},
                                     {QStringLiteral("new"), true},
                                     {QStringLiteral("deleted"), false},
                                     {QStringLiteral("values"), values},
                                     {QStringLiteral("in_flight"), QStringLiteral("insert")},
                                     {QStringLiteral("flight_values"), values}}},
                        QStringLiteral("4242")));
        auto workspace = openWorkspace();
        QVERIFY(workspace->recovery().isUsable());
        workspace->resolveRecovery(true);
        workspace->autoSaver()->saveNow();
        QTRY_COMPARE(workspace->autoSaver()->state(), AutoSaver::State::Saved);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM items")).toInt(), expectedRows);
    }

    void incompatibleEditsAreReportedNotApplied()
    {
        const auto text = [](const QString &value) {
            return QJsonObject{{QStringLiteral("t"), value}};
        };
        writeJournal(journalWith({
            QJsonObject{{QStringLiteral("table"), QStringLiteral("items")},
                        {QStringLiteral("key"), QStringLiteral("999")},
                        {QStringLiteral("values"),
                         QJsonObject{{QStringLiteral("name"), text(QStringLiteral("ghost"))}}}},
            QJsonObject{
                {QStringLiteral("table"), QStringLiteral("items")},
                {QStringLiteral("key"), QStringLiteral("2")},
                {QStringLiteral("values"),
                 QJsonObject{{QStringLiteral("name"), text(QStringLiteral("kept"))},
                             {QStringLiteral("dropped_column"), text(QStringLiteral("x"))}}}},
            QJsonObject{{QStringLiteral("table"), QStringLiteral("gone_table")},
                        {QStringLiteral("key"), QStringLiteral("1")},
                        {QStringLiteral("values"),
                         QJsonObject{{QStringLiteral("a"), text(QStringLiteral("b"))}}}},
        }));
        auto workspace = openWorkspace();
        const RecoveryPlan plan = workspace->recovery();
        QVERIFY(plan.isUsable());
        QCOMPARE(plan.editCount(), 1);
        QCOMPARE(plan.skipped.size(), 3);
        const QString skipped = plan.skipped.join(QLatin1Char('\n'));
        QVERIFY(skipped.contains(QLatin1String("deleted meanwhile")));
        QVERIFY(skipped.contains(QLatin1String("dropped_column")));
        QVERIFY(skipped.contains(QLatin1String("gone_table")));
        workspace->resolveRecovery(true);
        workspace->autoSaver()->saveNow();
        QTRY_COMPARE(workspace->autoSaver()->state(), AutoSaver::State::Saved);
        QCOMPARE(stored(QStringLiteral("SELECT name FROM items WHERE id = 2")).toString(),
                 QStringLiteral("kept"));
    }

    void journalForAnotherFileIsSetAside()
    {
        QJsonObject document
            = journalWith({QJsonObject{{QStringLiteral("table"), QStringLiteral("items")},
                                       {QStringLiteral("key"), QStringLiteral("1")},
                                       {QStringLiteral("values"), QJsonObject{}}}});
        document.insert(QStringLiteral("file_id"),
                        QStringLiteral("00000000-0000-0000-0000-000000000000"));
        writeJournal(document);
        const QByteArray before = testsupport::sha256(m_path);
        auto workspace = openWorkspace();
        QVERIFY(workspace->recovery().found);
        QVERIFY(!workspace->recovery().isUsable());
        QVERIFY(workspace->recovery().problem.contains(QLatin1String("different database")));
        workspace->resolveRecovery(true);
        QVERIFY(!QFile::exists(journal()));
        const QStringList setAside
            = QDir(m_dir.path())
                  .entryList({QFileInfo(journal()).fileName() + QStringLiteral(".unusable-*")});
        QCOMPARE(setAside.size(), 1);
        workspace.reset();
        QCOMPARE(testsupport::sha256(m_path), before);
    }

    void damagedJournalIsReported()
    {
        QFile file(journal());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"rowbook-pending\", \"rows\": [");
        file.close();
        auto workspace = openWorkspace();
        QVERIFY(workspace->recovery().found);
        QVERIFY(workspace->recovery().problem.contains(QLatin1String("damaged")));
    }

    // A recovered insert into a table without rowid whose key is one integer, saved before the
    // table was ever shown: the row is known by its handle in the table's KeyMap, as the window
    // will read the table, not by the integer itself.
    void aRecoveredInsertIntoAMappedTableGetsAHandle()
    {
        const QString tag = QStringLiteral("tag");
        RecoveryPlan plan;
        RecoveryPlan::Edit added;
        added.kind = RecoveryPlan::Edit::Insert;
        added.table = tag;
        added.keysMapped = true;
        added.values = {{QStringLiteral("id"), 5}, {QStringLiteral("note"), QStringLiteral("n")}};
        plan.edits << added;
        EditStore store;
        RecoveryJournal::apply(plan, &store);
        const SaveBatch batch = store.takeBatch();
        QCOMPARE(batch.changes.size(), 1);
        SaveOutcome outcome;
        outcome.batchId = batch.id;
        ChangeResult saved;
        saved.tag = batch.changes.constFirst().tag;
        saved.key = RowKey::fromValues({5}); // as RETURNING reads it: one integer
        outcome.results << saved;
        QSignalSpy committed(&store, &EditStore::rowCommitted);
        store.applyOutcome(outcome);
        QCOMPARE(committed.size(), 1);
        const qint64 handle = committed.constFirst().at(2).toLongLong();
        QCOMPARE(handle, store.keyMap(tag)->handle(RowKey::fromId(5)));
        QCOMPARE(store.rowKey(tag, handle), RowKey::fromId(5));
    }

    void uncertainInsertsOnForeignFilesAreNotRepeated()
    {
        const QString path = m_dir.filePath(QStringLiteral("chinook-recovery.sqlite"));
        QFile::remove(path);
        QVERIFY(testsupport::copyOfChinook(path));
        m_path = path;
        QJsonObject document = journalWith({});
        document.insert(QStringLiteral("file_id"), QString());
        document.insert(QStringLiteral("in_flight_batch"), QStringLiteral("99"));
        const QJsonObject values{
            {QStringLiteral("Name"),
             QJsonObject{{QStringLiteral("t"), QStringLiteral("Maybe saved")}}}};
        document.insert(
            QStringLiteral("rows"),
            QJsonArray{QJsonObject{{QStringLiteral("table"), QStringLiteral("Artist")},
                                   {QStringLiteral("key"), QStringLiteral("-1")},
                                   {QStringLiteral("new"), true},
                                   {QStringLiteral("values"), values},
                                   {QStringLiteral("in_flight"), QStringLiteral("insert")},
                                   {QStringLiteral("flight_values"), values}},
                       QJsonObject{{QStringLiteral("table"), QStringLiteral("Artist")},
                                   {QStringLiteral("key"), QStringLiteral("3")},
                                   {QStringLiteral("values"), values}}});
        writeJournal(document);
        auto workspace = std::make_unique<Workspace>();
        QVERIFY(workspace->open(m_path));
        const RecoveryPlan plan = workspace->recovery();
        QVERIFY(plan.isUsable());
        QCOMPARE(plan.editCount(), 1); // the update of row 3
        QCOMPARE(plan.skipped.size(), 1);
        QVERIFY(plan.skipped.first().contains(QLatin1String("may already have been saved")));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryJournal)
#include "tst_recoveryjournal.moc"

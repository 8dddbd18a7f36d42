// The recovery journal's append-only file: records appended as edits happen, compaction by
// rename, a torn tail ignored, and a save batch that reaches the worker only once it is on disk.
#include "autosaver.h"
#include "editstore.h"
#include "journalformat.h"
#include "journalwriter.h"
#include "recoveryjournal.h"
#include "saver.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace rowbook;
using testsupport::Probe;

namespace {

EditStore::SnapshotRow row(qint64 key, const QString &name)
{
    EditStore::SnapshotRow result;
    result.table = QStringLiteral("items");
    result.key = key;
    result.values.insert(QStringLiteral("name"), name);
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList names(const QJsonObject &document)
{
    QStringList result;
    const QJsonArray rows = document.value(QLatin1String("rows")).toArray();
    for (const auto &value : rows) {
        const QHash<QString, QVariant> values = journalformat::decodeValues(
            value.toObject().value(QLatin1String("values")).toObject());
        result << values.value(QStringLiteral("name")).toString();
    }
    return result;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QString journal() const
    {
        return RecoveryJournal::pathFor(QFileInfo(m_path).absoluteFilePath());
    }

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

    bool edit(Workspace *workspace, int row, const QString &name)
    {
        TableModel *model = workspace->model();
        return model->setData(model->index(row, 1), name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        QVERIFY(Database::prepare(m_path).isOpen());
    }

    void crcMatchesTheStandard()
    {
        QCOMPARE(journalformat::crc32("123456789"), 0xCBF43926u); // the CRC-32 check value
    }

    // A journal cut or damaged anywhere in its last record gives back every earlier record.
    void tornTailIsIgnored_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("cut in the checksum") << QStringLiteral("cut:4");
        QTest::newRow("cut in the JSON") << QStringLiteral("cut:30");
        QTest::newRow("only the newline missing") << QStringLiteral("cut:-1");
        QTest::newRow("flipped byte") << QStringLiteral("flip");
        QTest::newRow("zeros after a crash") << QStringLiteral("zeros");
    }

    void tornTailIsIgnored()
    {
        QFETCH(QString, damage);
        const QByteArray head
            = journalformat::record(journalformat::header(m_path, QString()))
              + journalformat::record(journalformat::rowRecord(row(1, QStringLiteral("first"))))
              + journalformat::record(journalformat::rowRecord(row(2, QStringLiteral("second"))));
        QByteArray last
            = journalformat::record(journalformat::rowRecord(row(3, QStringLiteral("third"))));
        if (damage.startsWith(QLatin1String("cut:"))) {
            const int at = damage.mid(4).toInt();
            last = at < 0 ? last.chopped(1) : last.left(at);
        } else if (damage == QLatin1String("flip")) {
            last[20] = char(last.at(20) ^ 0x20);
        } else {
            last = QByteArray(512, '\0');
        }
        const journalformat::Contents contents = journalformat::parse(head + last);
        QVERIFY(contents.ok);
        QCOMPARE(contents.records, 3);
        QCOMPARE(contents.ignoredBytes, qint64(last.size()));
        QCOMPARE(names(contents.document),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));

        const journalformat::Contents whole = journalformat::parse(
            head
            + journalformat::record(journalformat::rowRecord(row(3, QStringLiteral("third")))));
        QCOMPARE(whole.ignoredBytes, 0);
        QCOMPARE(names(whole.document).size(), 3);
    }

    // Edits made in one turn of the event loop (a paste, say) are one append of several records;
    // a file cut anywhere inside that append reads as if none of it was written.
    void aChangeOfSeveralRowsIsReadWholeOrNotAtAll()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        QVERIFY(edit(workspace.get(), 0, QStringLiteral("alone")));
        workspace->journal()->flush();
        const QByteArray before = readAll(journal());
        const QStringList namesBefore = names(journalformat::parse(before).document);
        QCOMPARE(namesBefore, QStringList{QStringLiteral("alone")});

        for (int row = 1; row <= 3; ++row)
            QVERIFY(edit(workspace.get(), row, QStringLiteral("pasted %1").arg(row)));
        workspace->journal()->flush();
        const QByteArray after = readAll(journal());
        QVERIFY(after.startsWith(before));
        QCOMPARE(names(journalformat::parse(after).document).size(), 4);
        QCOMPARE(journalformat::parse(after).ignoredBytes, 0);

        for (qsizetype cut = before.size(); cut < after.size(); ++cut) {
            const journalformat::Contents contents = journalformat::parse(after.left(cut));
            QVERIFY(contents.ok);
            QCOMPARE(names(contents.document), namesBefore);
            QCOMPARE(contents.ignoredBytes, cut - before.size());
        }
    }

    // A write that failed part-way can leave a group short with the next change after it (the
    // writer reopens the file for the next append): the short group is left out, the next read.
    void aGroupCutShortByTheNextIsLeftOut()
    {
        const auto rowLine = [](qint64 key, const QString &name) {
            return journalformat::record(journalformat::rowRecord(row(key, name)));
        };
        const QByteArray head = journalformat::record(journalformat::header(m_path, QString()));
        const QByteArray shortGroup = journalformat::group(
            {rowLine(1, QStringLiteral("lost")), rowLine(2, QStringLiteral("lost too"))});
        const QByteArray written = shortGroup.left(shortGroup.lastIndexOf("\n", -2) + 1);
        QVERIFY(written.size() < shortGroup.size());
        const QByteArray nextGroup = journalformat::group(
            {rowLine(3, QStringLiteral("third")), rowLine(4, QStringLiteral("fourth"))});
        const journalformat::Contents contents = journalformat::parse(head + written + nextGroup);
        QVERIFY(contents.ok);
        QCOMPARE(names(contents.document),
                 (QStringList{QStringLiteral("third"), QStringLiteral("fourth")}));
        QCOMPARE(contents.ignoredBytes, qint64(written.size()));
    }

    void laterRecordsReplaceEarlierOnes()
    {
        EditStore::SnapshotRow inFlight = row(-1, QStringLiteral("added"));
        inFlight.isNew = true;
        inFlight.inFlight = true;
        inFlight.flightKind = RowChange::Insert;
        for (auto it = inFlight.values.cbegin(); it != inFlight.values.cend(); ++it)
            inFlight.flightValues.push_back({it.key(), it.value()});
        const QByteArray bytes
            = journalformat::record(journalformat::header(m_path, QStringLiteral("id")))
              + journalformat::record(journalformat::rowRecord(row(1, QStringLiteral("old"))))
              + journalformat::record(journalformat::rowRecord(row(2, QStringLiteral("dropped"))))
              + journalformat::record(journalformat::rowRecord(row(1, QStringLiteral("new"))))
              + journalformat::record(
                  journalformat::goneRecord(QStringLiteral("items"), RowKey::fromId(2)))
              + journalformat::record(journalformat::rowRecord(inFlight))
              + journalformat::record(journalformat::flightRecord(77, {inFlight}));
        const QJsonObject document = journalformat::parse(bytes).document;
        QCOMPARE(names(document), (QStringList{QStringLiteral("new"), QStringLiteral("added")}));
        QCOMPARE(document.value(QLatin1String("in_flight_batch")).toString(), QStringLiteral("77"));
        QCOMPARE(document.value(QLatin1String("file_id")).toString(), QStringLiteral("id"));
        const QJsonObject added = document.value(QLatin1String("rows")).toArray().at(1).toObject();
        QCOMPARE(added.value(QLatin1String("in_flight")).toString(), QStringLiteral("insert"));

        const QJsonObject landed
            = journalformat::parse(bytes + journalformat::record(journalformat::landedRecord()))
                  .document;
        QVERIFY(landed.value(QLatin1String("in_flight_batch")).toString().isEmpty());
        QVERIFY(!landed.value(QLatin1String("rows"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .contains(QLatin1String("in_flight")));
    }

    void editsAreAppendedNotRewritten()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        QVERIFY(edit(workspace.get(), 0, QStringLiteral("one")));
        workspace->journal()->flush();
        const QByteArray first = readAll(journal());
        QVERIFY(first.contains("\"one\""));
        struct stat before
        {
        };
        QCOMPARE(::stat(QFile::encodeName(journal()).constData(), &before), 0);
        QCOMPARE(before.st_mode & 0777, 0600u);

        QVERIFY(edit(workspace.get(), 1, QStringLiteral("two")));
        QVERIFY(edit(workspace.get(), 0, QStringLiteral("one again")));
        workspace->journal()->flush();
        const QByteArray second = readAll(journal());
        QVERIFY(second.size() > first.size());
        QVERIFY(second.startsWith(first)); // the earlier records are untouched
        struct stat after
        {
        };
        QCOMPARE(::stat(QFile::encodeName(journal()).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino); // same file, not a replacement
        QCOMPARE(workspace->journal()->recordsSinceCompaction(), 2);
        const QStringList pending = names(journalformat::parse(second).document);
        QCOMPARE(pending.size(), 2);
        QVERIFY(pending.contains(QStringLiteral("one again")));
        QVERIFY(pending.contains(QStringLiteral("two")));
    }

    void compactionReplacesTheFileWhole()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        workspace->journal()->setMinimumCompaction(16);
        QVERIFY(edit(workspace.get(), 0, QStringLiteral("start")));
        workspace->journal()->flush();
        for (int i = 0; i < 40; ++i) {
            QVERIFY(edit(workspace.get(), i % 3, QStringLiteral("value %1").arg(i)));
            workspace->journal()->flush();
        }
        QVERIFY(workspace->journal()->recordsSinceCompaction() <= 16);
        const journalformat::Contents contents = journalformat::parse(readAll(journal()));
        QVERIFY(contents.ok);
        QVERIFY2(contents.records <= 17, // 41 were written: the file was started anew
                 qPrintable(QString::number(contents.records)));
        const QStringList pending = names(contents.document);
        QCOMPARE(pending.size(), 3);
        QVERIFY(pending.contains(QStringLiteral("value 39")));
        QVERIFY(pending.contains(QStringLiteral("value 38")));
        QVERIFY(pending.contains(QStringLiteral("value 37")));
        struct stat after
        {
        };
        QCOMPARE(::stat(QFile::encodeName(journal()).constData(), &after), 0);
        QCOMPARE(after.st_mode & 0777, 0600u);
        // Only the journal itself (and its lock while it is open) is beside the database: no
        // temporary file.
        const QStringList beside
            = QDir(m_dir.path())
                  .entryList({QFileInfo(journal()).fileName() + QLatin1Char('*')},
                             QDir::Files | QDir::Hidden);
        QCOMPARE(beside,
                 (QStringList{QFileInfo(journal()).fileName(),
                              QFileInfo(RecoveryJournal::lockPathFor(journal())).fileName()}));

        // A later session recovers exactly the three pending values.
        workspace.reset();
        auto next = openWorkspace();
        QVERIFY(next->recovery().isUsable());
        QCOMPARE(next->recovery().editCount(), 3);
    }

    // The worker gets a batch only after the journal writer has put it on disk, and the window
    // goes on meanwhile.
    void batchReachesTheWorkerOnlyOnceJournaled()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        workspace->journal()->flush();
        QSemaphore hold;
        QSemaphore holding;
        workspace->journal()->writer()->runOnWriterThread([&] {
            holding.release();
            hold.acquire(); // the disk is slow
        });
        holding.acquire();
        bool released = false;
        const auto releaseOnFailure = qScopeGuard([&] {
            if (!released)
                hold.release();
        });

        QVERIFY(edit(workspace.get(), 0, QStringLiteral("ordered")));
        QList<QByteArray> journalAtStart;
        connect(workspace->saver(), &Saver::started, this, [&](quint64 batchId) {
            journalAtStart << readAll(journal()) + "|" + QByteArray::number(batchId);
        });
        workspace->autoSaver()->saveNow(); // returns at once
        QCOMPARE(workspace->autoSaver()->state(), AutoSaver::State::Saving);
        QTest::qWait(300); // the worker is idle; only the journal holds the batch back
        QVERIFY(journalAtStart.isEmpty());
        QVERIFY(!readAll(journal()).contains("ordered"));

        hold.release();
        released = true;
        QTRY_COMPARE(journalAtStart.size(), 1);
        const QByteArray seen = journalAtStart.first();
        const QByteArray batchId = seen.mid(seen.lastIndexOf('|') + 1);
        const QJsonObject document
            = journalformat::parse(seen.left(seen.lastIndexOf('|'))).document;
        QCOMPARE(names(document), QStringList{QStringLiteral("ordered")});
        QCOMPARE(document.value(QLatin1String("in_flight_batch")).toString().toLatin1(), batchId);
        QTRY_COMPARE(workspace->autoSaver()->state(), AutoSaver::State::Saved);
        QCOMPARE(
            Probe(m_path).value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
            QStringLiteral("ordered"));
        QTRY_VERIFY(!QFile::exists(journal()));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

// A recovery journal belongs to one live process (issue 12): a second Rowbook on the same file
// writes a journal of its own and is not offered the first one's live edits; a journal left by a
// process that is gone is offered once, and removed when applied or discarded.

#include "autosaver.h"
#include "editstore.h"
#include "journalformat.h"
#include "journalsupport.h"
#include "journalwriter.h"
#include "recoveryjournal.h"
#include "testsupport.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestJournalOwners : public QObject
{
    Q_OBJECT

private:
    QString makeDatabase(const QTemporaryDir &dir) const
    {
        const QString path
            = QFileInfo(dir.filePath(QStringLiteral("shared.sqlite"))).absoluteFilePath();
        Probe probe(path);
        probe.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)"));
        for (int id = 1; id <= 3; ++id)
            probe.exec(QStringLiteral("INSERT INTO items VALUES (%1, 'row %1')").arg(id));
        return path;
    }

    static std::unique_ptr<Workspace> openWorkspace(const QString &path)
    {
        auto workspace = std::make_unique<Workspace>();
        if (!workspace->open(path))
            return {};
        workspace->autoSaver()->setDebounceMs(3600 * 1000); // edits stay pending
        return workspace;
    }

    // rowid -> the "name" edit a journal file holds
    static QHash<qint64, QString> namesIn(const QString &journal)
    {
        QFile file(journal);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QHash<qint64, QString> names;
        const QJsonArray rows
            = journalformat::parse(file.readAll()).document.value(QLatin1String("rows")).toArray();
        for (const auto &value : rows) {
            const QJsonObject row = value.toObject();
            const auto values
                = journalformat::decodeValues(row.value(QLatin1String("values")).toObject());
            if (values.contains(QStringLiteral("name")))
                names.insert(row.value(QLatin1String("key")).toString().toLongLong(),
                             values.value(QStringLiteral("name")).toString());
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void liveJournalOfAnotherProcessIsNotOffered()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        const QString primary = RecoveryJournal::pathFor(path);

        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(QStringLiteral(JOURNAL_HOLDER),
                     {path, QStringLiteral("items"), QStringLiteral("1"), QStringLiteral("name"),
                      QStringLiteral("THEIRS")});
        QVERIFY2(holder.waitForStarted(10000), qPrintable(holder.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(holder.canReadLine() || holder.state() == QProcess::NotRunning,
                                 30000);
        QCOMPARE(QString::fromUtf8(holder.readLine()).trimmed(),
                 QStringLiteral("journal ") + primary);

        {
            auto workspace = openWorkspace(path);
            QVERIFY(workspace);
            // The other process's journal is live: not an earlier session's to recover.
            QVERIFY(!workspace->recovery().found);
            QVERIFY(workspace->journal()->isStarted());
            QCOMPARE(workspace->journal()->path(),
                     primary + QLatin1Char('-')
                         + QString::number(QCoreApplication::applicationPid()));
            QVERIFY(!RecoveryJournal::leftovers(path).contains(primary));

            workspace->edits()->setValue(QStringLiteral("items"), 2, QStringLiteral("name"),
                                         QStringLiteral("MINE"));
            workspace->journal()->flush();
            const QHash<qint64, QString> theirs = namesIn(primary);
            const QHash<qint64, QString> mine = namesIn(workspace->journal()->path());
            QCOMPARE(theirs, (QHash<qint64, QString>{{1, QStringLiteral("THEIRS")}}));
            QCOMPARE(mine, (QHash<qint64, QString>{{2, QStringLiteral("MINE")}}));
            QVERIFY(holder.state() == QProcess::Running);
        }

        // The other process dies (a crash): its journal is an earlier session's now.
        holder.kill();
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(RecoveryJournal::lockPathFor(primary))); // left behind, stale

        auto workspace = openWorkspace(path);
        QVERIFY(workspace);
        QCOMPARE(workspace->journal()->path(), primary); // its stale lock was taken over
        QVERIFY(workspace->recovery().isUsable());
        QCOMPARE(workspace->recovery().journalPath, primary);
        QCOMPARE(workspace->recovery().editCount(), 1);
        QCOMPARE(workspace->recovery().edits.constFirst().key, RowKey::fromId(1));
        QCOMPARE(workspace->recovery().edits.constFirst().values.value(QStringLiteral("name")),
                 QVariant(QStringLiteral("THEIRS")));
        QVERIFY(!workspace->journal()->isStarted()); // until the user decides
        workspace->resolveRecovery(true);
        QCOMPARE(workspace->edits()->cell(QStringLiteral("items"), 1, QStringLiteral("name")).value,
                 QVariant(QStringLiteral("THEIRS")));
        workspace->journal()->flush();
        QCOMPARE(namesIn(primary), (QHash<qint64, QString>{{1, QStringLiteral("THEIRS")}}));
        // This process's own earlier journal (closed with an edit pending) is still there for
        // the next open: nothing was lost or merged twice.
        const QString ownEarlier
            = primary + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
        QCOMPARE(namesIn(ownEarlier), (QHash<qint64, QString>{{2, QStringLiteral("MINE")}}));
    }

    void deadProcessJournalIsOfferedOnceThenGone_data()
    {
        QTest::addColumn<bool>("apply");
        QTest::newRow("apply") << true;
        QTest::newRow("discard") << false;
    }

    void deadProcessJournalIsOfferedOnceThenGone()
    {
        QFETCH(bool, apply);
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        QString fileId;
        {
            auto workspace = openWorkspace(path);
            QVERIFY(workspace);
            fileId = RecoveryJournal::fileId(workspace->reader());
        }
        EditStore store;
        store.setValue(QStringLiteral("items"), 3, QStringLiteral("name"), QStringLiteral("LEFT"));
        const QString leftover = journalsupport::writeDeadProcessJournal(path, fileId, store);
        QVERIFY(!leftover.isEmpty());
        QVERIFY(QFile::exists(leftover));

        auto workspace = openWorkspace(path);
        QVERIFY(workspace);
        QCOMPARE(workspace->journal()->path(), RecoveryJournal::pathFor(path));
        QVERIFY(workspace->recovery().isUsable());
        QCOMPARE(workspace->recovery().journalPath, leftover);
        QCOMPARE(workspace->recovery().editCount(), 1);
        QCOMPARE(workspace->recovery().edits.constFirst().key, RowKey::fromId(3));
        QVERIFY(!QFile::exists(RecoveryJournal::lockPathFor(leftover))); // stale: removed
        workspace->resolveRecovery(apply);
        const QVariant value
            = workspace->edits()->cell(QStringLiteral("items"), 3, QStringLiteral("name")).value;
        if (apply) {
            QCOMPARE(value, QVariant(QStringLiteral("LEFT")));
            // Removed once the edits are in this process's journal, not before.
            QTRY_VERIFY(!QFile::exists(leftover));
            workspace->journal()->flush();
            QCOMPARE(namesIn(RecoveryJournal::pathFor(path)),
                     (QHash<qint64, QString>{{3, QStringLiteral("LEFT")}}));
        } else {
            QVERIFY(!value.isValid());
            QVERIFY(!QFile::exists(leftover));
        }
        QVERIFY(!RecoveryJournal::leftovers(path).contains(leftover));
        workspace.reset();

        // Not offered a second time.
        auto again = openWorkspace(path);
        QVERIFY(again);
        if (apply) {
            QCOMPARE(again->recovery().journalPath, RecoveryJournal::pathFor(path));
            QCOMPARE(again->recovery().editCount(), 1);
        } else {
            QVERIFY(!again->recovery().found);
        }
    }
};

QTEST_GUILESS_MAIN(TestJournalOwners)
#include "tst_journalowners.moc"

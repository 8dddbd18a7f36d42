// QueryHistory keeps the console's runs and saved queries per user and per database, written off
// the GUI thread.
#include "queryhistory.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using rowbook::HistoryEntry;
using rowbook::QueryHistory;
using rowbook::SavedQuery;

namespace {

HistoryEntry run(const QString &text, int secondsAgo, bool ok = true)
{
    HistoryEntry entry;
    entry.text = text;
    entry.when = QDateTime::currentDateTime().addSecs(-secondsAgo);
    entry.durationMs = 12 + secondsAgo;
    entry.rows = ok ? 3 : -1;
    entry.ok = ok;
    if (!ok)
        entry.error = QStringLiteral("no such table: Albun");
    return entry;
}

QStringList texts(const QVector<HistoryEntry> &entries)
{
    QStringList list;
    for (const HistoryEntry &entry : entries)
        list.append(entry.text);
    return list;
}

} // namespace

class TestQueryHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString databasePath(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QDir(QueryHistory::directory()).removeRecursively(); }

    void storedInTheAppDataFolder()
    {
        const QString path = QueryHistory::filePathFor(databasePath(QStringLiteral("a.sqlite")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                + "/history/"));
        QCOMPARE(QueryHistory::filePathFor(m_dir.path() + "/./a.sqlite"), path);
        QVERIFY(QueryHistory::filePathFor(databasePath(QStringLiteral("b.sqlite"))) != path);
    }

    void addAndSearchNewestFirst()
    {
        QueryHistory history(databasePath(QStringLiteral("a.sqlite")));
        QTRY_VERIFY(history.isLoaded());
        QVERIFY(history.entries().isEmpty());
        QSignalSpy changed(&history, &QueryHistory::changed);

        history.add(run(QStringLiteral("SELECT * FROM Album"), 30));
        history.add(run(QStringLiteral("SELECT * FROM Albun"), 20, false));
        history.add(run(QStringLiteral("DELETE FROM Track WHERE 0"), 10));
        history.add(run(QStringLiteral("select title from album"), 0));
        QCOMPARE(changed.size(), 4);

        QCOMPARE(texts(history.entries()),
                 (QStringList{"select title from album", "DELETE FROM Track WHERE 0",
                              "SELECT * FROM Albun", "SELECT * FROM Album"}));
        // Substring, ignoring case, newest first.
        QCOMPARE(texts(history.search(QStringLiteral("ALBUM"))),
                 (QStringList{"select title from album", "SELECT * FROM Album"}));
        QCOMPARE(texts(history.search(QStringLiteral("from al"), 1)),
                 QStringList{"select title from album"});
        QVERIFY(history.search(QStringLiteral("Genre")).isEmpty());
        const HistoryEntry failed = history.search(QStringLiteral("Albun")).constFirst();
        QVERIFY(!failed.ok);
        QCOMPARE(failed.error, QStringLiteral("no such table: Albun"));
    }

    void keptAcrossInstances()
    {
        const QString path = databasePath(QStringLiteral("a.sqlite"));
        const HistoryEntry first = run(QStringLiteral("SELECT 1"), 60);
        const HistoryEntry second = run(QStringLiteral("SELECT 'two\nlines'"), 5, false);
        {
            QueryHistory history(path);
            QTRY_VERIFY(history.isLoaded());
            history.add(first);
            history.add(second);
            history.saveQuery(QStringLiteral("Totals"), QStringLiteral("SELECT sum(x) FROM t"));
            history.saveQuery(QStringLiteral("Albums"), QStringLiteral("SELECT * FROM Album"));
            history.saveQuery(QStringLiteral("old"), QStringLiteral("SELECT 0"));
            history.saveQuery(QStringLiteral("Totals"), QStringLiteral("SELECT total(x) FROM t"));
            QVERIFY(history.removeSavedQuery(QStringLiteral("old")));
            QVERIFY(!history.removeSavedQuery(QStringLiteral("never saved")));
        }
        QVERIFY(QFile::exists(QueryHistory::filePathFor(path)));
        QCOMPARE(QFile::permissions(QueryHistory::filePathFor(path))
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        QueryHistory again(path);
        QSignalSpy loaded(&again, &QueryHistory::loaded);
        QVERIFY(!again.isLoaded()); // read on the writer thread, not in the constructor
        QTRY_COMPARE(loaded.size(), 1);
        const QVector<HistoryEntry> entries = again.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).text, second.text);
        QCOMPARE(entries.at(0).ok, false);
        QCOMPARE(entries.at(0).error, second.error);
        QCOMPARE(entries.at(0).rows, -1);
        QCOMPARE(entries.at(1).text, first.text);
        QCOMPARE(entries.at(1).rows, 3);
        QCOMPARE(entries.at(1).durationMs, first.durationMs);
        QCOMPARE(entries.at(1).when.toMSecsSinceEpoch(), first.when.toMSecsSinceEpoch());

        const QVector<SavedQuery> saved = again.savedQueries();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).name, QStringLiteral("Albums"));
        QCOMPARE(saved.at(1).name, QStringLiteral("Totals"));
        QCOMPARE(saved.at(1).text, QStringLiteral("SELECT total(x) FROM t"));
    }

    void runsAddedWhileLoadingComeAfterTheStoredOnes()
    {
        const QString path = databasePath(QStringLiteral("a.sqlite"));
        {
            QueryHistory history(path);
            history.add(run(QStringLiteral("SELECT 'stored'"), 10));
        }
        QueryHistory history(path);
        history.add(run(QStringLiteral("SELECT 'early'"), 0)); // possibly before loading ends
        QTRY_VERIFY(history.isLoaded());
        QCOMPARE(texts(history.entries()), (QStringList{"SELECT 'early'", "SELECT 'stored'"}));
        history.waitUntilWritten();

        QueryHistory third(path);
        QTRY_VERIFY(third.isLoaded());
        QCOMPARE(texts(third.entries()), (QStringList{"SELECT 'early'", "SELECT 'stored'"}));
    }

    // Only the newest `limit` runs are kept: in memory at once, and in the file, which the
    // writer thread rewrites once it holds a tenth more (saved queries survive the rewrite).
    void keepsTheNewestRunsUpToTheLimit()
    {
        const QString database = m_dir.filePath(QStringLiteral("limit.sqlite"));
        const int limit = 20;
        {
            QueryHistory history(database, nullptr, limit);
            QTRY_VERIFY(history.isLoaded());
            history.saveQuery(QStringLiteral("kept"), QStringLiteral("SELECT 'kept'"));
            for (int i = 0; i < 3 * limit; ++i)
                history.add(run(QStringLiteral("SELECT %1").arg(i), 3 * limit - i));
            const QVector<HistoryEntry> entries = history.entries();
            QCOMPARE(entries.size(), limit);
            QCOMPARE(entries.first().text, QStringLiteral("SELECT %1").arg(3 * limit - 1));
            QCOMPARE(entries.last().text, QStringLiteral("SELECT %1").arg(2 * limit));
            history.waitUntilWritten();
        }
        QFile file(QueryHistory::filePathFor(database));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QVERIFY2(lines.size() <= 1 + limit + limit / 10,
                 qPrintable(QStringLiteral("%1 lines").arg(lines.size())));
        QVERIFY(lines.size() > limit);

        QueryHistory again(database, nullptr, limit);
        QTRY_VERIFY(again.isLoaded());
        const QVector<HistoryEntry> entries = again.entries();
        QCOMPARE(entries.size(), limit);
        QCOMPARE(entries.first().text, QStringLiteral("SELECT %1").arg(3 * limit - 1));
        QCOMPARE(entries.last().text, QStringLiteral("SELECT %1").arg(2 * limit));
        QCOMPARE(again.savedQueries().size(), 1);
        QCOMPARE(again.savedQueries().first().text, QStringLiteral("SELECT 'kept'"));
    }

    void databasesAreSeparate()
    {
        {
            QueryHistory a(databasePath(QStringLiteral("a.sqlite")));
            QueryHistory b(databasePath(QStringLiteral("b.sqlite")));
            a.add(run(QStringLiteral("SELECT 'a'"), 1));
            b.add(run(QStringLiteral("SELECT 'b'"), 1));
            a.saveQuery(QStringLiteral("only a"), QStringLiteral("SELECT 1"));
        }
        QueryHistory a(databasePath(QStringLiteral("a.sqlite")));
        QueryHistory b(databasePath(QStringLiteral("b.sqlite")));
        QueryHistory c(databasePath(QStringLiteral("c.sqlite")));
        QTRY_VERIFY(a.isLoaded() && b.isLoaded() && c.isLoaded());
        QCOMPARE(texts(a.entries()), QStringList{"SELECT 'a'"});
        QCOMPARE(texts(b.entries()), QStringList{"SELECT 'b'"});
        QVERIFY(c.entries().isEmpty());
        QCOMPARE(a.savedQueries().size(), 1);
        QVERIFY(b.savedQueries().isEmpty());
    }

    void aDamagedLineLosesOnlyItself()
    {
        const QString path = databasePath(QStringLiteral("a.sqlite"));
        {
            QueryHistory history(path);
            history.add(run(QStringLiteral("SELECT 1"), 2));
        }
        {
            QFile file(QueryHistory::filePathFor(path));
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"k\":\"run\",\"text\":\"SELECT cut of");
        }
        QueryHistory history(path);
        QTRY_VERIFY(history.isLoaded());
        history.add(run(QStringLiteral("SELECT 2"), 0));
        history.waitUntilWritten();
        QueryHistory again(path);
        QTRY_VERIFY(again.isLoaded());
        // Only the cut-off line is lost; the run added after it is kept.
        QCOMPARE(texts(again.entries()), (QStringList{"SELECT 2", "SELECT 1"}));
    }
};

QTEST_GUILESS_MAIN(TestQueryHistory)
#include "tst_queryhistory.moc"

// HistorySearch is the console's Ctrl+R: type part of a query, take it back into the editor.
#include "historysearch.h"

#include "queryhistory.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using rowbook::HistoryEntry;
using rowbook::HistorySearch;
using rowbook::QueryHistory;

namespace {

HistoryEntry run(const QString &text, qint64 rows, bool ok = true)
{
    HistoryEntry entry;
    entry.text = text;
    entry.when = QDateTime::currentDateTime();
    entry.durationMs = 7;
    entry.rows = rows;
    entry.ok = ok;
    if (!ok)
        entry.error = QStringLiteral("no such table: Albun");
    return entry;
}

} // namespace

class TestHistorySearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir(QueryHistory::directory()).removeRecursively();
    }

    void typingFiltersAndReturnChooses()
    {
        QueryHistory history(m_dir.filePath(QStringLiteral("a.sqlite")));
        QTRY_VERIFY(history.isLoaded());
        history.add(run(QStringLiteral("SELECT * FROM Album"), 347));
        history.add(run(QStringLiteral("SELECT * FROM Albun"), -1, false));
        history.add(run(QStringLiteral("SELECT count(*) FROM Track"), 1));
        history.add(run(QStringLiteral("SELECT Title\nFROM Album WHERE AlbumId = 3"), 1));
        history.saveQuery(QStringLiteral("Long tracks"),
                          QStringLiteral("SELECT * FROM Track WHERE Milliseconds > 600000"));

        HistorySearch search(&history);
        search.show();
        QVERIFY(QTest::qWaitForWindowExposed(&search));
        QCOMPARE(search.matchCount(), 5);

        QTest::keyClicks(search.filterField(), QStringLiteral("album"));
        QCOMPARE(search.matchCount(), 2);
        // Newest first, the first line shown.
        QVERIFY(search.list()->item(0)->text().startsWith(QStringLiteral("SELECT Title\n")));
        QVERIFY(search.list()->item(1)->text().startsWith(QStringLiteral("SELECT * FROM Album\n")));
        QVERIFY(search.list()->item(1)->text().contains(QStringLiteral("347 rows")));

        QSignalSpy chosen(&search, &HistorySearch::chosen);
        QTest::keyClick(search.filterField(), Qt::Key_Down);
        QTest::keyClick(search.filterField(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(search.chosenText(), QStringLiteral("SELECT * FROM Album"));
        QCOMPARE(search.result(), int(QDialog::Accepted));
    }

    void savedQueriesAreFoundByName()
    {
        QueryHistory history(m_dir.filePath(QStringLiteral("b.sqlite")));
        QTRY_VERIFY(history.isLoaded());
        history.add(run(QStringLiteral("SELECT 1"), 1));
        history.saveQuery(QStringLiteral("Long tracks"),
                          QStringLiteral("SELECT * FROM Track WHERE Milliseconds > 600000"));

        HistorySearch search(&history);
        QTest::keyClicks(search.filterField(), QStringLiteral("long"));
        QCOMPARE(search.matchCount(), 1);
        QTest::keyClick(search.filterField(), Qt::Key_Return);
        QCOMPARE(search.chosenText(),
                 QStringLiteral("SELECT * FROM Track WHERE Milliseconds > 600000"));
    }

    void aFailedRunShowsItsError()
    {
        QueryHistory history(m_dir.filePath(QStringLiteral("c.sqlite")));
        QTRY_VERIFY(history.isLoaded());
        history.add(run(QStringLiteral("SELECT * FROM Albun"), -1, false));
        HistorySearch search(&history);
        QCOMPARE(search.matchCount(), 1);
        QVERIFY(search.list()->item(0)->text().contains(QStringLiteral("no such table: Albun")));

        QTest::keyClicks(search.filterField(), QStringLiteral("Genre"));
        QCOMPARE(search.matchCount(), 0);
        QSignalSpy chosen(&search, &HistorySearch::chosen);
        QTest::keyClick(search.filterField(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 0);
    }
};

QTEST_MAIN(TestHistorySearch)
#include "tst_historysearch.moc"

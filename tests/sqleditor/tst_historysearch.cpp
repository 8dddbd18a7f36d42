// HistorySearch is the console's Ctrl+R: type part of a query, take it back into the editor.
#include "historysearch.h"

#include "queryhistory.h"

#include <QAction>
#include <QLabel>
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

    // Only saved queries are renamed or deleted: on a run, F2 and Delete do nothing.
    void runsCannotBeRenamedOrDeleted()
    {
        QueryHistory history(m_dir.filePath(QStringLiteral("d.sqlite")));
        QTRY_VERIFY(history.isLoaded());
        history.add(run(QStringLiteral("SELECT 1"), 1));
        history.saveQuery(QStringLiteral("One"), QStringLiteral("SELECT 1"));
        int asked = 0;
        rowbook::SavedQueryPrompts prompts;
        prompts.askName = [&](QWidget *, const QString &, const QString &,
                              const QString &) -> std::optional<QString> {
            ++asked;
            return QStringLiteral("Renamed");
        };
        prompts.confirm = [&](QWidget *, const QString &, const QString &) {
            ++asked;
            return true;
        };
        HistorySearch search(&history);
        search.setPrompts(prompts);
        search.show();
        QVERIFY(QTest::qWaitForWindowActive(&search));
        QCOMPARE(search.matchCount(), 2);
        QVERIFY(search.list()->actions().contains(search.deleteAction()));
        QCOMPARE(search.list()->contextMenuPolicy(), Qt::ActionsContextMenu);

        search.list()->setFocus();
        search.list()->setCurrentRow(1); // the run
        QVERIFY(!search.deleteAction()->isEnabled());
        QVERIFY(!search.renameAction()->isEnabled());
        QTest::keyClick(search.list(), Qt::Key_Delete);
        QTest::keyClick(search.list(), Qt::Key_F2);
        QCOMPARE(asked, 0);
        QCOMPARE(history.savedQueries().size(), 1);
        QCOMPARE(history.entries().size(), 1);

        search.list()->setCurrentRow(0); // the saved query
        QVERIFY(search.deleteAction()->isEnabled());
        QTest::keyClick(search.list(), Qt::Key_Delete);
        QCOMPARE(asked, 1);
        QVERIFY(history.savedQueries().isEmpty());
        QCOMPARE(history.entries().size(), 1); // its runs stay
        QCOMPARE(search.matchCount(), 1);
    }
};

QTEST_MAIN(TestHistorySearch)
#include "tst_historysearch.moc"

// The offer to index a column after a slow sort (IndexOfferBar): shown for a column no index
// starts with, not for an indexed one, the key or a fast sort; Create Index makes the index
// through the save worker, and the next sort by the column offers nothing.
#include "autosaver.h"
#include "database.h"
#include "indexofferbar.h"
#include "mainwindow.h"
#include "schema.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestIndexOffer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    IndexOfferBar *bar() const { return m_window->findChild<IndexOfferBar *>(); }
    TableModel *model() const { return m_window->workspace()->model(); }

    // Sorts as a header click does and waits for the whole order.
    bool sortBy(const QString &column, Qt::SortOrder order = Qt::AscendingOrder)
    {
        const int section = model()->tableInfo().columnIndex(column);
        if (section < 0)
            return false;
        m_window->tableView()->sortByColumn(section, order);
        return QTest::qWaitFor([this] { return !model()->isLoading(); }, 10000);
    }

    int indexesOn(const QString &column) const
    {
        return Probe(m_path)
            .value(QStringLiteral("SELECT count(*) FROM pragma_index_list('Track') l, "
                                  "pragma_index_info(l.name) i WHERE i.seqno = 0 AND i.name = '%1'")
                       .arg(column))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = testsupport::testFile(m_dir);
        QVERIFY(testsupport::copyOfChinook(m_path));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("Track")));
        QTRY_VERIFY(!model()->isLoading());
        m_window->workspace()->autoSaver()->setDebounceMs(30);
    }

    void cleanup() { m_window.reset(); }

    void fastSortsOfferNothing()
    {
        QVERIFY(sortBy(QStringLiteral("Name"))); // 3,503 rows: well under a second
        QTest::qWait(50);
        QVERIFY(!bar()->isVisible());
    }

    void offersAnIndexAndCreatesIt()
    {
        bar()->setSlowSortMs(0);
        QCOMPARE(indexesOn(QStringLiteral("Name")), 0);
        QVERIFY(sortBy(QStringLiteral("Name")));
        QTRY_VERIFY(bar()->isVisible());
        QVERIFY2(bar()->text().contains(QStringLiteral("Sorting by “Name” took")),
                 qPrintable(bar()->text()));

        // Indexed columns and the key are sorted by SQLite through an index already.
        QVERIFY(sortBy(QStringLiteral("AlbumId")));
        QVERIFY(!bar()->isVisible());
        QVERIFY(sortBy(QStringLiteral("TrackId"), Qt::DescendingOrder));
        QVERIFY(!bar()->isVisible());

        QVERIFY(sortBy(QStringLiteral("Name"), Qt::DescendingOrder));
        QTRY_VERIFY(bar()->isVisible());
        bar()->createButton()->click();
        QVERIFY(bar()->isBusy());
        QVERIFY(bar()->findChild<QProgressBar *>()->isVisible());
        QVERIFY2(bar()->text().startsWith(QStringLiteral("Creating index “idx_Track_Name”")),
                 qPrintable(bar()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!bar()->isBusy(), 10000);
        QVERIFY2(bar()->text().startsWith(QStringLiteral("Index “idx_Track_Name” created")),
                 qPrintable(bar()->text()));
        QCOMPARE(indexesOn(QStringLiteral("Name")), 1);
        QVERIFY(!bar()->createButton()->isVisible());
        // The columns did not change: the grid keeps its order (no reload of the table).
        const int name = model()->tableInfo().columnIndex(QStringLiteral("Name"));
        QCOMPARE(m_window->tableView()->horizontalHeader()->sortIndicatorSection(), name);
        QCOMPARE(model()->data(model()->index(0, name)).toString(),
                 Probe(m_path)
                     .value(QStringLiteral("SELECT Name FROM Track ORDER BY Name DESC LIMIT 1"))
                     .toString());

        // The grid goes on with the new schema, and the next sort by Name offers nothing.
        QTRY_VERIFY(!model()->isLoading());
        QVERIFY(sortBy(QStringLiteral("Name")));
        QTest::qWait(50);
        QVERIFY(!bar()->isVisible());
        QCOMPARE(model()->rowCount(), 3503);
    }

    // The tab closes while the index waits for another program's lock: the bar says so instead
    // of staying busy, and nothing was written.
    void closingTheTabEndsTheWait()
    {
        QVERIFY(m_window->document()->openInNewTab(m_path, QStringLiteral("Track")));
        QTRY_VERIFY(!model()->isLoading());
        bar()->setSlowSortMs(0);
        QVERIFY(sortBy(QStringLiteral("Composer")));
        QTRY_VERIFY(bar()->isVisible());
        Probe holder(m_path);
        QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
        bar()->createButton()->click();
        QVERIFY(bar()->isBusy());
        QTest::qWait(300); // the save worker is waiting for the lock
        QVERIFY(bar()->isBusy());
        QVERIFY(m_window->document()->closeTab(m_window->document()->currentTab()));
        QTRY_VERIFY(!bar()->isBusy());
        QVERIFY2(bar()->text().contains(QStringLiteral("tab was closed")),
                 qPrintable(bar()->text()));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(indexesOn(QStringLiteral("Composer")), 0);
    }

    // A file Rowbook only reads (here: made by a newer Rowbook) gets no offer to change it.
    void readOnlyFilesOfferNothing()
    {
        m_window.reset();
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        QVERIFY(Probe(m_path).exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion + 7)));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(m_path, QStringLiteral("Track")));
        QTRY_VERIFY(!model()->isLoading());
        QVERIFY(m_window->workspace()->isReadOnly());
        bar()->setSlowSortMs(0);
        QVERIFY(sortBy(QStringLiteral("Name")));
        QTest::qWait(50);
        QVERIFY(!bar()->isVisible());
        QCOMPARE(indexesOn(QStringLiteral("Name")), 0);
    }
};

QTEST_MAIN(TestIndexOffer)
#include "tst_indexoffer.moc"

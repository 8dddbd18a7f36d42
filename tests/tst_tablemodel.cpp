// TableModel reading: pages, the row list in the background, sorting and filtering big tables,
// the fetcher thread, views.
#include "editstore.h"
#include "filtersyntax.h"
#include "tablemodelfixture.h"

using namespace rowbook;
using testsupport::Probe;

class TestTableModel : public QObject, private TableModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { useFileOfThisTest(); }
    void cleanup() { closeModel(); }

    void passesItemModelTester()
    {
        TableModel *model = open();
        QVERIFY(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->columnCount(), 7);
        model->sort(1, Qt::DescendingOrder);
        const int row = model->addRow();
        QVERIFY(model->setData(model->index(row, 1), QStringLiteral("added")));
        model->removeRowList({0, 2});
        model->setFilter(QStringLiteral("quantity > ?"), {5});
        QTRY_VERIFY(!model->isLoading());
        model->refresh();
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(model->setTable(QStringLiteral("items")));
    }

    void readsWhatSqliteHoldsAtStartMiddleAndEnd()
    {
        {
            QVERIFY(Database::prepare(m_path).isOpen());
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral(
                "CREATE TABLE big (id INTEGER PRIMARY KEY, label TEXT, n INTEGER, x REAL)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000) "
                "INSERT INTO big SELECT i * 3, 'label ' || i, (i * 7919) % 1000, i / 7.0 FROM c")));
        }
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5000);
        for (int row : {0, 1, 255, 256, 2500, 4743, 4999}) {
            QCOMPARE(model->keyAt(row), qint64(row + 1) * 3);
            QCOMPARE(model->data(model->index(row, 1)).toString(),
                     QStringLiteral("label %1").arg(row + 1));
            QCOMPARE(model->data(model->index(row, 2), Qt::EditRole).toLongLong(),
                     stored(QStringLiteral("SELECT n FROM big WHERE id = %1").arg((row + 1) * 3))
                         .toLongLong());
        }
        // Sorting matches SQLite's order, ties broken by rowid.
        model->sort(2, Qt::DescendingOrder);
        QVERIFY(model->isLoading());
        QCOMPARE(model->keyAt(0), qint64(3)); // the old order stays until the new one is read
        QTRY_VERIFY(!model->isLoading());
        Probe probe(m_path);
        QSqlQuery query(probe.db());
        QVERIFY(query.exec(QStringLiteral("SELECT rowid FROM big ORDER BY n DESC, rowid")));
        for (int row = 0; query.next(); ++row) {
            if (model->keyAt(row) != query.value(0).toLongLong())
                QFAIL(qPrintable(QStringLiteral("row %1 differs after sort").arg(row)));
        }
        // A filter with bound values returns the same rows as the SQL.
        model->setFilter(QStringLiteral("n < ? AND label LIKE ?"), {100, QStringLiteral("%7%")});
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->unfilteredRowCount(), qint64(5000));
        QCOMPARE(
            model->rowCount(),
            stored(QStringLiteral("SELECT count(*) FROM big WHERE n < 100 AND label LIKE '%7%'"))
                .toInt());
    }

    void opensWithTheFirstPageAndLoadsTheRestInTheBackground()
    {
        {
            QVERIFY(Database::prepare(m_path).isOpen());
            Probe probe(m_path);
            QVERIFY(
                probe.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, n INTEGER)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 20000) "
                "INSERT INTO big SELECT i, i % 97 FROM c")));
        }
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_path));
        TableModel *model = m_workspace->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QVERIFY(model->setTable(QStringLiteral("big")));
        QCOMPARE(model->rowCount(), TableModel::pageSize);
        QVERIFY(model->isLoading());
        QCOMPARE(model->data(model->index(0, 1)).toInt(), 1);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 20000);
        QCOMPARE(inserted.size(), 1); // the rest was added below the first page, no reset
        QCOMPARE(reset.size(), 1);    // the one from setTable()
        QCOMPARE(model->data(model->index(19999, 0)).toInt(), 20000);

        // A newer request replaces an older one: only the last filter applies.
        model->setFilter(QStringLiteral("n = ?"), {1});
        model->setFilter(QStringLiteral("n = ?"), {2});
        model->setFilter(QStringLiteral("n < ?"), {3});
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(),
                 int(stored(QStringLiteral("SELECT count(*) FROM big WHERE n < 3")).toInt()));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->data(model->index(row, 1)).toInt() < 3);

        // A malformed condition is reported, not crashed on.
        QSignalSpy failed(model, &TableModel::loadFailed);
        model->setFilter(QStringLiteral("no_such_column = ?"), {1});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!model->isLoading());
    }

    // In key order the row list costs a few bytes per gap, not 8 bytes a row, and still finds
    // every row; in another order it costs what a vector would; back in key order, little again.
    void aTableInKeyOrderHoldsAFewBytesPerGap()
    {
        const int rows = 200000;
        QVERIFY(createBig(rows));
        {
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral("DELETE FROM big WHERE id % 1000 = 0")));
        }
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());
        const int shown = rows - rows / 1000;
        QCOMPARE(model->totalRows(), shown);
        QCOMPARE(model->rowCount(), TableModel::defaultWindowRows); // what views see of it
        QVERIFY2(model->rowListBytes() < std::size_t(64) * 1024,
                 QByteArray::number(qulonglong(model->rowListBytes())));
        QCOMPARE(model->keyAtPosition(shown - 1), qint64(rows - 1));
        QCOMPARE(model->keyAt(1000), qint64(1002));               // after the gap at 1000
        QCOMPARE(model->positionOfKey(150001), 150001 - 1 - 150); // 150 gaps before it
        QCOMPARE(model->positionOfKey(150000), -1);
        QCOMPARE(model->rowForKey(150001), -1); // not in the window
        const int last = model->showPosition(shown - 1);
        QCOMPARE(model->data(model->index(last, 1)).toString(),
                 QStringLiteral("label %1").arg(rows - 1));

        model->moveWindow(0);
        model->removeRowList({10}); // key 11
        QCOMPARE(model->totalRows(), shown - 1);
        QCOMPARE(model->keyAt(10), qint64(12));
        QCOMPARE(model->positionOfKey(150001), 150001 - 1 - 151);

        const int n = model->tableInfo().columnIndex(QStringLiteral("n"));
        model->sort(n, Qt::AscendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->totalRows(), shown - 1);
        QVERIFY(model->rowListBytes() >= std::size_t(shown - 1) * sizeof(qint64));
        const qint64 key = model->keyAtPosition(123456);
        QCOMPARE(model->positionOfKey(key), 123456);
        const int first = model->data(model->index(0, n)).toInt();
        QVERIFY(first <= model->data(model->index(model->showPosition(shown - 2), n)).toInt());

        model->sort(0, Qt::AscendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(model->rowListBytes() < std::size_t(64) * 1024);
        QCOMPARE(model->keyAtPosition(10), qint64(12));
    }

    // A delete that commits while a new order is read (whose snapshot may predate it) does not
    // bring the deleted row back; a new row saved meanwhile is in the new order once.
    void rowsSavedWhileASortRunsKeepTheirState()
    {
        QVERIFY(createBig(200000));
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        QTRY_VERIFY(!model->isLoading());
        const int label = model->tableInfo().columnIndex(QStringLiteral("label"));
        const int n = model->tableInfo().columnIndex(QStringLiteral("n"));
        const qint64 deleted = model->keyAt(5);
        model->removeRowList({5});
        model->sort(n, Qt::AscendingOrder); // asked for before the delete commits
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(m_workspace->edits()->pendingCount(), 0);
        QCOMPARE(model->totalRows(), stored(QStringLiteral("SELECT count(*) FROM big")).toInt());
        QCOMPARE(model->positionOfKey(deleted), -1);

        const int added = model->addRow();
        QVERIFY(model->setData(model->index(added, label), QStringLiteral("added")));
        model->setEditingRow(-1);            // saved from now on
        model->sort(n, Qt::DescendingOrder); // asked for before the insert commits
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(m_workspace->edits()->pendingCount(), 0);
        QCOMPARE(model->totalRows(), stored(QStringLiteral("SELECT count(*) FROM big")).toInt());
        const qint64 saved = stored(QStringLiteral("SELECT max(id) FROM big")).toLongLong();
        const int row = model->showPosition(model->positionOfKey(saved));
        QVERIFY(row >= 0);
        QCOMPARE(model->data(model->index(row, label)).toString(), QStringLiteral("added"));
    }

    // A big table's new order or filter shows its first page (ORDER BY … LIMIT on the loader
    // thread) before the whole row list is read; the rest then goes in below it.
    void bigSortAndFilterShowTheirFirstPageFirst()
    {
        const int rows = int(TableModel::previewFromRows) + 20000;
        QVERIFY(createBig(rows));
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        QCOMPARE(model->rowCount(), rows);
        const Probe probe(m_path);
        const auto keysOf = [&](const QString &sql) {
            QList<qint64> keys;
            QSqlQuery query(probe.db());
            query.exec(sql);
            while (query.next())
                keys << query.value(0).toLongLong();
            return keys;
        };
        struct Shown
        {
            int rows;
            bool loading;
            QList<qint64> keys;
        };
        QList<Shown> resets;
        connect(model, &QAbstractItemModel::modelReset, this, [&] {
            QList<qint64> keys;
            for (int row = 0; row < std::min(model->rowCount(), TableModel::pageSize); ++row)
                keys << model->keyAt(row);
            resets << Shown{model->rowCount(), model->isLoading(), keys};
        });
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

        // In key order, the first page is the first rows the whole query streams.
        model->setFilter(QStringLiteral("n < ?"), {500});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets[0].rows, TableModel::pageSize);
        QVERIFY(resets[0].loading);
        QCOMPARE(resets[0].keys, keysOf(QStringLiteral("SELECT id FROM big WHERE n < 500 ORDER BY "
                                                       "id LIMIT 256")));
        QCOMPARE(model->rowCount(),
                 stored(QStringLiteral("SELECT count(*) FROM big WHERE n < 500")).toInt());
        model->setFilter({}, {});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        QCOMPARE(model->rowCount(), rows);
        resets.clear();
        inserted.clear();

        model->sort(2, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        const QString sorted = QStringLiteral("SELECT id FROM big ORDER BY n, id");
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets[0].rows, TableModel::pageSize);
        QVERIFY(resets[0].loading);
        QCOMPARE(resets[0].keys, keysOf(sorted + QStringLiteral(" LIMIT 256")));
        QCOMPARE(inserted.size(), 1); // the rest, below the first page
        QCOMPARE(model->rowCount(), rows);
        const QList<qint64> all = keysOf(sorted);
        for (int row = 0; row < rows; row += 997)
            QCOMPARE(model->keyAt(row), all[row]);
        QCOMPARE(model->keyAt(rows - 1), all.last());
        QCOMPARE(model->data(model->index(0, 2)).toInt(), 0);

        resets.clear();
        model->setFilter(QStringLiteral("n >= ?"), {500});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets[0].rows, TableModel::pageSize);
        QVERIFY(resets[0].loading);
        const QString filtered = QStringLiteral("SELECT id FROM big WHERE n >= 500 ORDER BY n, id");
        QCOMPARE(resets[0].keys, keysOf(filtered + QStringLiteral(" LIMIT 256")));
        QCOMPARE(model->rowCount(), keysOf(filtered).size());
        QCOMPARE(model->keyAt(model->rowCount() - 1), keysOf(filtered).last());
        QCOMPARE(model->unfilteredRowCount(), qint64(rows));
    }

    // A new row being filled in is not reset away by a big table's sort: that sort keeps the rows
    // until the whole order is read, as on small tables.
    void bigSortKeepsARowBeingFilledIn()
    {
        const int rows = int(TableModel::previewFromRows);
        QVERIFY(createBig(rows));
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        const int added = model->addRow();
        model->setEditingRow(added); // as the grid and the form do for their current row
        QVERIFY(model->setData(model->index(added, 1), QStringLiteral("typing")));
        model->sort(1, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        QVERIFY(resets.isEmpty());
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->data(model->index(model->rowCount() - 1, 1)).toString(),
                 QStringLiteral("typing"));
        QCOMPARE(model->data(model->index(0, 1)).toString(), QStringLiteral("label 99999"));
    }

    void hundredThousandRowsMatchSqlite_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sql"); // the equivalent condition, written by hand
        QTest::newRow("contains") << 1 << "77"
                                  << "label LIKE '%77%'";
        QTest::newRow("=") << 2 << "=42"
                           << "n = 42";
        QTest::newRow("<>") << 2 << "<>42"
                            << "n <> 42";
        QTest::newRow("<") << 2 << "<3"
                           << "n < 3";
        QTest::newRow(">") << 2 << ">996"
                           << "n > 996";
        QTest::newRow("<=") << 3 << "<=10.5"
                            << "x <= 10.5";
        QTest::newRow(">=") << 3 << ">=14280"
                            << "x >= 14280";
        QTest::newRow("=NULL") << 4 << "=NULL"
                               << "note IS NULL";
        QTest::newRow("<>NULL") << 4 << "<>NULL"
                                << "note IS NOT NULL";
        QTest::newRow("range") << 2 << "10~12"
                               << "n BETWEEN 10 AND 12";
        QTest::newRow("regex")
            << 1 << "/^label 9{3}[0-4]$/"
            << "label IN ('label 9990', 'label 9991', 'label 9992', 'label 9993', 'label 9994')";
    }

    void hundredThousandRowsMatchSqlite()
    {
        QFETCH(int, column);
        QFETCH(QString, filter);
        QFETCH(QString, sql);
        {
            QVERIFY(Database::prepare(m_path).isOpen());
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, label "
                                              "TEXT, n INTEGER, x REAL, note TEXT)")));
            QVERIFY(probe.exec(QStringLiteral(
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 100000) "
                "INSERT INTO big SELECT i, 'label ' || i, (i * 7919) % 1000, i / 7.0, "
                "CASE WHEN i % 3 = 0 THEN NULL ELSE 'note ' || (i % 11) END FROM c")));
        }
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        // The model tester checks every cell a signal names: over 100,000 rows that costs
        // seconds per filter here, minutes under sanitizers. What it checks does not depend on
        // the kind of filter, so it watches one filter's run.
        if (QTest::currentDataTag() != QLatin1String("contains"))
            m_tester.reset();
        QCOMPARE(model->rowCount(), 100000);
        Probe probe(m_path);
        const auto check = [&](const QString &order, const QString &where) {
            QSqlQuery query(probe.db());
            QVERIFY(query.exec(
                QStringLiteral("SELECT id, label, n, x, note FROM big %1 %2").arg(where, order)));
            int row = 0;
            while (query.next()) {
                // Every row's key; values at the start, the middle and the end.
                if (model->keyAt(row) != query.value(0).toLongLong())
                    QFAIL(qPrintable(QStringLiteral("row %1: key %2, SQLite %3")
                                         .arg(row)
                                         .arg(model->keyAt(row))
                                         .arg(query.value(0).toLongLong())));
                if (row < 300 || row % 9973 == 0 || row > model->rowCount() - 300) {
                    for (int c = 1; c < 5; ++c)
                        QCOMPARE(model->data(model->index(row, c), Qt::EditRole), query.value(c));
                }
                ++row;
            }
            QCOMPARE(row, model->rowCount());
        };
        check(QStringLiteral("ORDER BY id"), QString());
        model->sort(column, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        const QString columnName = model->tableInfo().columns[column].name;
        check(QStringLiteral("ORDER BY \"%1\" DESC, id").arg(columnName), QString());

        const SqlCondition condition
            = parseColumnFilter(filter, columnName, model->tableInfo().columns[column].kind);
        QVERIFY2(condition.isValid(), qPrintable(condition.hint));
        model->setFilter(condition.sql, condition.values);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(model->rowCount() > 0);
        check(QStringLiteral("ORDER BY \"%1\" DESC, id").arg(columnName),
              QStringLiteral("WHERE ") + sql);
        QCOMPARE(model->unfilteredRowCount(), qint64(100000));

        // An edit of the row with id 99,999 saves.
        model->setFilter(QString(), {});
        QTRY_VERIFY(!model->isLoading());
        const int row = model->rowForKey(99999);
        QVERIFY(row >= 0);
        QVERIFY(model->setData(model->index(row, 1), QStringLiteral("edited %1").arg(filter)));
        m_workspace->autoSaver()->saveNow();
        QTRY_COMPARE(stored(QStringLiteral("SELECT label FROM big WHERE id = 99999")).toString(),
                     QStringLiteral("edited %1").arg(filter));
    }

    // While the grid paints, rows not in memory are read on the RowFetcher's thread: data()
    // answers nothing at once and reads nothing itself; the page and the one after it arrive,
    // with dataChanged() over their rows. Outside painting, data() still reads at once.
    void paintingReadsPagesOnTheFetcherThread()
    {
        QVERIFY(createBig(5000));
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 5000);
        const quint64 readHere = model->pagesReadHere();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        {
            const TableModel::Painting painting(model);
            QVERIFY(!model->data(model->index(4000, 1)).isValid());
            QCOMPARE(model->pagesInFlight(), 2); // its page and the next
        }
        QTRY_COMPARE(model->pagesInFlight(), 0);
        QCOMPARE(model->pagesReadHere(), readHere);
        bool covered = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const int top = signal.at(0).toModelIndex().row();
            const int bottom = signal.at(1).toModelIndex().row();
            covered = covered || (top <= 4000 && bottom >= 4000);
        }
        QVERIFY(covered);
        {
            const TableModel::Painting painting(model);
            QCOMPARE(model->data(model->index(4000, 1)).toString(), QStringLiteral("label 4001"));
            QCOMPARE(model->data(model->index(4200, 2), Qt::EditRole).toLongLong(),
                     stored(QStringLiteral("SELECT n FROM big WHERE id = 4201")).toLongLong());
            // The page after it came too: scrolling on finds it in memory.
            QCOMPARE(model->data(model->index(4300, 1)).toString(), QStringLiteral("label 4301"));
            QCOMPARE(model->pagesInFlight(), 0);
        }
        QCOMPARE(model->pagesReadHere(), readHere);
        // Outside painting the value is read at once: for a reader of one row (the form) that
        // row alone, for a scan (copy, search) page by page.
        const quint64 aloneHere = model->rowsReadAloneHere();
        QCOMPARE(model->data(model->index(2000, 1)).toString(), QStringLiteral("label 2001"));
        QCOMPARE(model->rowsReadAloneHere(), aloneHere + 1);
        QCOMPARE(model->pagesReadHere(), readHere);
        QCOMPARE(model->data(model->index(2001, 1)).toString(), QStringLiteral("label 2002"));
        QCOMPARE(model->pagesReadHere(), readHere + 1);
        QCOMPARE(model->data(model->index(2040, 1)).toString(), QStringLiteral("label 2041"));
        QCOMPARE(model->pagesReadHere(), readHere + 1);
        QCOMPARE(model->rowsReadAloneHere(), aloneHere + 1);
    }

    // A page read before a row of it was read alone (here: for an edit, after another program
    // changed the row) is older than that row, which stays as read alone.
    void aRowReadAloneOutlivesAnOlderPage()
    {
        QVERIFY(createBig(3000));
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        {
            const TableModel::Painting painting(model);
            QVERIFY(!model->data(model->index(2000, 1)).isValid());
        }
        QVERIFY(model->pagesInFlight() > 0);
        // The page as it is now is read (and not yet delivered).
        QVERIFY(testsupport::waitUntilFetched(*m_workspace->rowFetcher()));
        QVERIFY(
            Probe(m_path).exec(QStringLiteral("UPDATE big SET label = 'theirs' WHERE id = 2001")));
        // An edit of the row reads it alone, as it is now.
        QVERIFY(model->setData(model->index(2000, 2), 1234));
        QCOMPARE(model->data(model->index(2000, 1)).toString(), QStringLiteral("theirs"));
        QTRY_COMPARE(model->pagesInFlight(), 0);
        QCOMPARE(model->data(model->index(2000, 1)).toString(), QStringLiteral("theirs"));
        QCOMPARE(model->data(model->index(2000, 2), Qt::EditRole).toLongLong(), 1234);
    }

    // A row another program deleted before its page was read comes back without values: it is
    // painted as NULLs (as a read on the GUI thread would), not asked for again at every paint.
    void aRowGoneBeforeItsPageIsNotAskedForAgain()
    {
        QVERIFY(createBig(2000));
        TableModel *model = open(QStringLiteral("big"));
        QVERIFY(model);
        QVERIFY(Probe(m_path).exec(QStringLiteral("DELETE FROM big WHERE id = 1501")));
        {
            const TableModel::Painting painting(model);
            QVERIFY(!model->data(model->index(1500, 1)).isValid());
        }
        // Delivered without running timers: the live refresh, which would notice the delete
        // and drop the row, does not run in between.
        QVERIFY(testsupport::waitUntilFetched(*m_workspace->rowFetcher()));
        QCoreApplication::sendPostedEvents(m_workspace->rowFetcher(), QEvent::MetaCall);
        QCOMPARE(model->pagesInFlight(), 0);
        const quint64 asked = m_workspace->rowFetcher()->lastRequested();
        {
            const TableModel::Painting painting(model);
            QCOMPARE(model->data(model->index(1499, 1)).toString(), QStringLiteral("label 1500"));
            QVERIFY(model->data(model->index(1500, 1), TableModel::NullRole).toBool());
            QCOMPARE(model->data(model->index(1501, 1)).toString(), QStringLiteral("label 1502"));
        }
        QCOMPARE(model->pagesInFlight(), 0);
        QCOMPARE(m_workspace->rowFetcher()->lastRequested(), asked);
    }

    // A view's rows are positions: another filter puts other rows at them.
    void aFilteredViewShowsTheRowsItMatches()
    {
        QVERIFY(createBig(3000));
        QVERIFY(
            Probe(m_path).exec(QStringLiteral("CREATE VIEW bigview AS SELECT label, n FROM big")));
        TableModel *model = open(QStringLiteral("bigview"));
        QVERIFY(model);
        QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("label 1"));
        {
            const TableModel::Painting painting(model); // a page asked for, still on its way
            QVERIFY(!model->data(model->index(1000, 0)).isValid());
        }
        model->setFilter(QStringLiteral("label >= ?"), {QStringLiteral("label 2")});
        QTRY_VERIFY(!model->isLoading());
        QTRY_COMPARE(model->pagesInFlight(), 0);
        const QString second = stored(QStringLiteral("SELECT label FROM big WHERE label >= 'label "
                                                     "2' ORDER BY rowid LIMIT 1 OFFSET 1000"))
                                   .toString();
        QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("label 2"));
        // Not the page asked for before the filter, which held other rows at these positions.
        QCOMPARE(model->data(model->index(1000, 0)).toString(), second);
    }

    void viewsAreReadOnly()
    {
        QVERIFY(Database::prepare(m_path).isOpen());
        {
            Probe probe(m_path);
            QVERIFY(probe.exec(QStringLiteral(
                "CREATE VIEW cheap AS SELECT name, price FROM items WHERE price < 5")));
        }
        TableModel *model = open(QStringLiteral("cheap"));
        QVERIFY(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->isReadOnly());
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("x")));
        QCOMPARE(model->addRow(), -1);
        model->sort(1, Qt::AscendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("Paper clips"));
    }
};

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"

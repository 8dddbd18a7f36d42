// Statements sent to the server in fewer round trips: one run once goes with its values written
// in (storage/oneshot.h) instead of PREPARE, EXECUTE and DEALLOCATE, and the RowFetcher prepares
// a page's statement once per session and runs it again for the next page.
#include "database.h"
#include "oneshot.h"
#include "pgsupport.h"
#include "rowfetcher.h"

#include <QDate>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QtTest>

using namespace rowbook;

namespace {

// The last statement the server saw from session `pid`, asked from another session.
QString lastStatement(const QString &server, int pid)
{
    pgsupport::PgProbe probe(server);
    QSqlQuery query(probe.db());
    query.prepare(QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = ?"));
    query.addBindValue(pid);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestOneShot : public QObject
{
    Q_OBJECT

    QString m_server;

private Q_SLOTS:
    // Needs no server: SQLite's driver quotes text the same way.
    void placeholdersOutsideQuotesTakeTheValues_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two") << QStringLiteral("SELECT ? + ?") << QVariantList{1, 2}
                             << QStringLiteral("SELECT 1 + 2");
        QTest::newRow("quote in the value")
            << QStringLiteral("SELECT * FROM t WHERE a = ?") << QVariantList{QStringLiteral("it's")}
            << QStringLiteral("SELECT * FROM t WHERE a = 'it''s'");
        QTest::newRow("null text") << QStringLiteral("SELECT ?") << QVariantList{QString()}
                                   << QStringLiteral("SELECT NULL");
        QTest::newRow("in a string") << QStringLiteral("SELECT 'a?''?', ?") << QVariantList{7}
                                     << QStringLiteral("SELECT 'a?''?', 7");
        QTest::newRow("in an identifier")
            << QStringLiteral("SELECT \"why?\"\"?\" FROM t WHERE x = ?") << QVariantList{7}
            << QStringLiteral("SELECT \"why?\"\"?\" FROM t WHERE x = 7");
        QTest::newRow("in comments")
            << QStringLiteral("SELECT ? -- what?\n/* ? */ + ?") << QVariantList{1, 2}
            << QStringLiteral("SELECT 1 -- what?\n/* ? */ + 2");
        QTest::newRow("in a dollar quote")
            << QStringLiteral("SELECT $x$ ? $x$, $$?$$, ?") << QVariantList{3}
            << QStringLiteral("SELECT $x$ ? $x$, $$?$$, 3");
        QTest::newRow("negative after a minus")
            << QStringLiteral("SELECT 1-?") << QVariantList{-5} << QStringLiteral("SELECT 1- -5");
        QTest::newRow("escape string") << QStringLiteral("SELECT E'\\'?', ?") << QVariantList{4}
                                       << QStringLiteral("SELECT E'\\'?', 4");
    }

    void placeholdersOutsideQuotesTakeTheValues()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        QFETCH(QString, expected);
        const QString name = QStringLiteral("oneshot-sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            QString out;
            QVERIFY(oneshot::inlined(db.driver(), sql, values, &out));
            QCOMPARE(out, expected);
            QVERIFY(!oneshot::inlined(db.driver(), sql, values + QVariantList{1}, &out));
            if (!values.isEmpty())
                QVERIFY(!oneshot::inlined(db.driver(), sql, values.mid(1), &out));
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Each kind of value finds the row it was stored in when written into the statement.
    void valuesMatchAsWhenBound()
    {
        PGSUPPORT_REQUIRE_SERVER(m_server);
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("oneshot_values"));
        QVERIFY(!uri.isEmpty());
        pgsupport::PgProbe probe(uri);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE v (t text, b bytea, i bigint, r double precision, f boolean, d date, "
            "u uuid)")));
        const QVariantList values{QStringLiteral("O'Brien \\ \"quoted\" ? $1 — ✓"),
                                  QByteArray("\0\x01'\\\xff", 5),
                                  QVariant(qint64(-9007199254740993)),
                                  QVariant(0.1 + 0.2),
                                  QVariant(true),
                                  QVariant(QDate(2024, 2, 29)),
                                  QStringLiteral("6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")};
        QSqlQuery insert(probe.db());
        insert.prepare(QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : values)
            insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        QSqlQuery query(probe.db());
        QVERIFY2(oneshot::exec(query,
                               QStringLiteral("SELECT count(*) FROM v WHERE t = ? AND b = ? AND "
                                              "i = ? AND r = ? AND f = ? AND d = ? AND u = ?"),
                               values),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(
            oneshot::exec(query, QStringLiteral("SELECT t, b FROM v WHERE i = ?"), {values.at(2)}));
        QVERIFY(query.next());
        QCOMPARE(query.value(0), values.at(0));
        QCOMPARE(query.value(1).toByteArray(), values.at(1).toByteArray());
    }

    // One statement, one round trip: the server's last statement from the session is the query
    // itself, not the DEALLOCATE of a statement prepared for it.
    void aStatementRunOnceIsSentOnce()
    {
        PGSUPPORT_REQUIRE_SERVER(m_server);
        pgsupport::PgProbe probe(m_server);
        const int pid = PgConnection::backendPid(probe.db());
        QVERIFY(pid > 0);
        {
            QSqlQuery query(probe.db());
            QVERIFY(oneshot::exec(query, QStringLiteral("SELECT ? || 'x'"), {QStringLiteral("a")}));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ax"));
        }
        QCOMPARE(lastStatement(m_server, pid), QStringLiteral("SELECT 'a' || 'x'"));
    }

    // The fetcher's session keeps a page's statement prepared: the next page is an EXECUTE.
    void theFetcherPreparesAPageStatementOnce()
    {
        PGSUPPORT_REQUIRE_SERVER(m_server);
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("oneshot_pages"));
        QVERIFY(!uri.isEmpty());
        QVERIFY(pgsupport::PgProbe(uri).exec(QStringLiteral(
            "CREATE TABLE items (id bigint PRIMARY KEY, name text); INSERT INTO items SELECT g, "
            "'item ' || g FROM generate_series(1, 20) g")));
        const DatabaseInfo info = Database::prepare(uri);
        QVERIFY(info.isOpen());
        RowFetcher fetcher(info);
        QSignalSpy fetched(&fetcher, &RowFetcher::fetched);
        const QString sql
            = QStringLiteral("SELECT id, name FROM items WHERE id BETWEEN ? AND ? ORDER BY id");
        fetcher.fetch(sql, {1, 10});
        QTRY_COMPARE(fetched.size(), 1);
        fetcher.fetch(sql, {11, 20});
        QTRY_COMPARE(fetched.size(), 2);
        const auto second = fetched.at(1).at(1).value<FetchedRows>();
        QVERIFY(!second.error.isError());
        QCOMPARE(second.rows.size(), 10);
        QCOMPARE(second.rows.first().at(1).toString(), QStringLiteral("item 11"));
        const QString last = lastStatement(m_server, second.sessionPid);
        QVERIFY2(last.startsWith(QLatin1String("EXECUTE ")), qPrintable(last));

        // Another program changes the type of a column the kept statement returns: the server
        // refuses to run it ("cached plan must not change result type"), so it is prepared anew.
        QVERIFY(pgsupport::PgProbe(uri).exec(
            QStringLiteral("ALTER TABLE items ALTER COLUMN name TYPE varchar(40)")));
        fetcher.fetch(sql, {5, 6});
        QTRY_COMPARE(fetched.size(), 3);
        const auto third = fetched.at(2).at(1).value<FetchedRows>();
        QVERIFY2(!third.error.isError(), qPrintable(third.error.detail));
        QCOMPARE(third.rows.size(), 2);
        QCOMPARE(third.rows.last().at(1).toString(), QStringLiteral("item 6"));
    }
};

QTEST_MAIN(TestOneShot)
#include "tst_oneshot.moc"

// ViewTranslation: which SQLite view SELECTs `rowbook dump --dialect postgresql` carries over,
// how their names and the trivial spellings are rewritten, and the reason given for the rest.
#include "viewtranslation.h"

#include <QTest>

using namespace rowbook;

class TestViewTranslation : public QObject
{
    Q_OBJECT

private slots:
    void select_data();
    void select();
    void body();
};

void TestViewTranslation::select_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected"); // empty: left out
    QTest::addColumn<QString>("why");      // a part of the reason when left out

    QTest::newRow("names quoted as created, in any case")
        << "CREATE VIEW v AS SELECT a.title, t.Name FROM album a JOIN [Track] t ON t.AlbumId = "
           "a.albumid"
        << "SELECT a.\"Title\", t.\"Name\" FROM \"Album\" a JOIN \"Track\" t ON t.\"AlbumId\" = "
           "a.\"AlbumId\""
        << "";
    QTest::newRow("aggregates, HAVING, ORDER BY")
        << "CREATE VIEW \"by country\" AS SELECT BillingCountry, count(*) AS n, sum(Total) FROM "
           "Invoice GROUP BY BillingCountry HAVING sum(Total) > 10 ORDER BY 3 DESC;"
        << "SELECT \"BillingCountry\", count(*) AS n, sum(\"Total\") FROM \"Invoice\" GROUP BY "
           "\"BillingCountry\" HAVING sum(\"Total\") > 10 ORDER BY 3 DESC"
        << "";
    QTest::newRow("trivial spellings")
        << "create view v as select ifnull(Composer, 'it''s') from Track where Name like 'a%' "
           "and AlbumId != 2 and GenreId == 1 -- comment\n"
        << "SELECT coalesce(\"Composer\", 'it''s') FROM \"Track\" WHERE \"Name\" ILIKE 'a%' AND "
           "\"AlbumId\" <> 2 AND \"GenreId\" = 1"
        << "";
    QTest::newRow("subquery and CASE")
        << "CREATE VIEW v AS SELECT Name, CASE WHEN (SELECT count(*) FROM Track WHERE "
           "Track.GenreId = Genre.GenreId) > 100 THEN 'big' ELSE 'small' END AS size FROM Genre"
        << "SELECT \"Name\", CASE WHEN (SELECT count(*) FROM \"Track\" WHERE \"Track\".\"GenreId\" "
           "= \"Genre\".\"GenreId\") > 100 THEN 'big' ELSE 'small' END AS size FROM \"Genre\""
        << "";
    QTest::newRow("SQLite-only function") << "CREATE VIEW v AS SELECT strftime('%Y', InvoiceDate) "
                                             "FROM Invoice"
                                          << ""
                                          << "strftime()";
    QTest::newRow("GLOB") << "CREATE VIEW v AS SELECT Name FROM Track WHERE Name GLOB 'A*'"
                          << ""
                          << "GLOB";
    QTest::newRow("IS between values")
        << "CREATE VIEW v AS SELECT Name FROM Track WHERE AlbumId IS GenreId"
        << ""
        << "IS";
    QTest::newRow("IS NOT NULL is fine")
        << "CREATE VIEW v AS SELECT Name FROM Track WHERE Composer IS NOT NULL"
        << "SELECT \"Name\" FROM \"Track\" WHERE \"Composer\" IS NOT NULL"
        << "";
    QTest::newRow("max of several values")
        << "CREATE VIEW v AS SELECT max(AlbumId, GenreId) FROM Track"
        << ""
        << "max()";
    QTest::newRow("LIMIT with a comma") << "CREATE VIEW v AS SELECT Name FROM Track LIMIT 5, 10"
                                        << ""
                                        << "LIMIT";
    QTest::newRow("a column that becomes a boolean")
        << "CREATE VIEW v AS SELECT Name FROM Track WHERE Explicit = 1"
        << ""
        << "Explicit";
    QTest::newRow("rowid") << "CREATE VIEW v AS SELECT rowid, Name FROM Track"
                           << ""
                           << "ROWID";
    QTest::newRow("parameter") << "CREATE VIEW v AS SELECT Name FROM Track WHERE AlbumId = ?1"
                               << ""
                               << "?";
}

void TestViewTranslation::select()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QFETCH(QString, why);
    const ViewTranslation translation(
        {QStringLiteral("Album"), QStringLiteral("AlbumId"), QStringLiteral("Title"),
         QStringLiteral("Track"), QStringLiteral("Name"), QStringLiteral("GenreId"),
         QStringLiteral("Composer"), QStringLiteral("Genre"), QStringLiteral("Invoice"),
         QStringLiteral("BillingCountry"), QStringLiteral("Total"), QStringLiteral("InvoiceDate"),
         QStringLiteral("Explicit")},
        {QStringLiteral("explicit")});
    QString reason;
    const QString result = translation.select(sql, &reason);
    QCOMPARE(result, expected);
    if (expected.isEmpty())
        QVERIFY2(reason.contains(why), qPrintable(reason));
    else
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
}

void TestViewTranslation::body()
{
    QCOMPARE(ViewTranslation::body(QStringLiteral("CREATE VIEW \"as\" (a, b) AS SELECT 1, 2")),
             QStringLiteral("SELECT 1, 2"));
    QCOMPARE(ViewTranslation::body(QStringLiteral("CREATE VIEW [x as y]\nAS\nSELECT 1")),
             QStringLiteral("SELECT 1"));
    QCOMPARE(ViewTranslation::body(QStringLiteral("CREATE VIEW v")), QString());
}

QTEST_GUILESS_MAIN(TestViewTranslation)
#include "tst_viewtranslation.moc"

// SqlCompletion decides what the console's completion popup offers.
#include "sqlcompletion.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using rowbook::SqlCatalog;
using rowbook::SqlCompletion;

namespace {

SqlCatalog chinookLike()
{
    SqlCatalog catalog;
    catalog.objects.append(
        {QStringLiteral("Album"),
         false,
         {QStringLiteral("AlbumId"), QStringLiteral("Title"), QStringLiteral("ArtistId")}});
    catalog.objects.append(
        {QStringLiteral("Artist"), false, {QStringLiteral("ArtistId"), QStringLiteral("Name")}});
    catalog.objects.append({QStringLiteral("Track"),
                            false,
                            {QStringLiteral("TrackId"), QStringLiteral("Name"),
                             QStringLiteral("AlbumId"), QStringLiteral("Unit Price")}});
    catalog.objects.append(
        {QStringLiteral("AlbumTitles"), true, {QStringLiteral("Title"), QStringLiteral("Artist")}});
    return catalog;
}

// The text with "|" marking the cursor, completed.
SqlCompletion::Result completeAt(const QString &marked)
{
    const int cursor = int(marked.indexOf(QLatin1Char('|')));
    Q_ASSERT(cursor >= 0);
    QString text = marked;
    text.remove(cursor, 1);
    return SqlCompletion::complete(chinookLike(), text, cursor);
}

} // namespace

class TestSqlCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qualifiedColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("alias after the cursor")
            << "SELECT a.| FROM Album a" << QStringList{"AlbumId", "Title", "ArtistId"};
        QTest::newRow("alias with AS and a prefix")
            << "SELECT t.na| FROM Track AS t JOIN Album a ON a.AlbumId = t.AlbumId"
            << QStringList{"Name"};
        QTest::newRow("second alias of a join")
            << "SELECT t.Name, ar.| FROM Track t JOIN Album al ON al.AlbumId = t.AlbumId "
               "JOIN Artist ar USING (ArtistId)"
            << QStringList{"ArtistId", "Name"};
        QTest::newRow("table name as qualifier")
            << "SELECT Artist.| FROM Artist" << QStringList{"ArtistId", "Name"};
        QTest::newRow("names that need quotes are quoted")
            << "SELECT t.u| FROM Track t" << QStringList{"\"Unit Price\""};
        QTest::newRow("alias of another statement does not count")
            << "SELECT x.| FROM Track;\nSELECT * FROM Album x" << QStringList{};
        QTest::newRow("unknown qualifier offers nothing")
            << "SELECT z.| FROM Album a" << QStringList{};
    }
    void qualifiedColumns()
    {
        QFETCH(QString, text);
        const SqlCompletion::Result result = completeAt(text);
        QTEST(result.texts(), "expected");
        for (const SqlCompletion::Candidate &candidate : result.candidates)
            QCOMPARE(candidate.kind, SqlCompletion::Kind::Column);
    }

    void replacesTheWordBeforeTheCursor()
    {
        const QString text = QStringLiteral("SELECT a.Ti FROM Album a");
        const SqlCompletion::Result result = SqlCompletion::complete(
            chinookLike(), text, int(text.indexOf(QLatin1String(" FROM"))));
        QCOMPARE(result.texts(), QStringList{QStringLiteral("Title")});
        QCOMPARE(result.prefix, QStringLiteral("Ti"));
        QCOMPARE(result.start, int(text.indexOf(QLatin1String("Ti"))));
    }

    void keywordsByPrefix()
    {
        SqlCompletion::Result result = completeAt(QStringLiteral("SEL|"));
        QCOMPARE(result.texts(), QStringList{QStringLiteral("SELECT")});
        QCOMPARE(result.candidates.first().kind, SqlCompletion::Kind::Keyword);

        // Lower case in, lower case out.
        result = completeAt(QStringLiteral("select 1 fr|"));
        QCOMPARE(result.texts(), QStringList{QStringLiteral("from")});

        result = completeAt(QStringLiteral("SELECT * FROM Album OR|"));
        QCOMPARE(result.texts(), (QStringList{QStringLiteral("ORDER")}));
    }

    // SQLite's own functions and the ones Rowbook registers (regexp) are offered, in the case
    // typed, after the statement's columns and the tables.
    void functionsByPrefix()
    {
        SqlCompletion::Result result = completeAt(QStringLiteral("SELECT coa|"));
        QCOMPARE(result.texts(), QStringList{QStringLiteral("coalesce")});
        QCOMPARE(result.candidates.first().kind, SqlCompletion::Kind::Function);

        result = completeAt(QStringLiteral("SELECT COU| FROM Album"));
        QCOMPARE(result.texts(), QStringList{QStringLiteral("COUNT")});

        result = completeAt(QStringLiteral("SELECT json_ext|"));
        QCOMPARE(result.texts(), QStringList{QStringLiteral("json_extract")});

        result = completeAt(QStringLiteral("SELECT * FROM Album WHERE Title REGE|"));
        QCOMPARE(result.texts(), QStringList{QStringLiteral("REGEXP")});
        QCOMPARE(result.candidates.first().kind, SqlCompletion::Kind::Function);

        // Date functions and aggregates alike; a column of the statement still comes first.
        result = completeAt(QStringLiteral("SELECT da| FROM Album"));
        QVERIFY(result.texts().contains(QStringLiteral("date")));
        QVERIFY(result.texts().contains(QStringLiteral("datetime")));
        result = completeAt(QStringLiteral("SELECT a| FROM Album"));
        QCOMPARE(result.texts().first(), QStringLiteral("AlbumId"));
        QVERIFY(result.texts().contains(QStringLiteral("abs")));
        QVERIFY(result.texts().contains(QStringLiteral("avg")));
    }

    void tablesAndViewsByPrefix()
    {
        const SqlCompletion::Result result = completeAt(QStringLiteral("SELECT * FROM Alb|"));
        QCOMPARE(result.texts(),
                 (QStringList{QStringLiteral("Album"), QStringLiteral("AlbumTitles")}));
        QCOMPARE(result.candidates.at(0).kind, SqlCompletion::Kind::Table);
        QCOMPARE(result.candidates.at(1).kind, SqlCompletion::Kind::View);
    }

    void columnsOfTheStatementsTablesComeFirst()
    {
        const SqlCompletion::Result result = completeAt(QStringLiteral("SELECT Ar| FROM Artist"));
        // Artist's column, then the table itself; Album.ArtistId is not in this statement.
        QCOMPARE(result.texts(),
                 (QStringList{QStringLiteral("ArtistId"), QStringLiteral("Artist")}));
        QCOMPARE(result.candidates.at(0).kind, SqlCompletion::Kind::Column);
        QCOMPARE(result.candidates.at(1).kind, SqlCompletion::Kind::Table);
    }

    void nothingInsideStringsOrComments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("string") << "SELECT 'Al|' FROM Album";
        QTest::newRow("open string") << "SELECT * FROM Album WHERE Title = 'Al|";
        QTest::newRow("line comment") << "SELECT 1 -- Al|";
        QTest::newRow("block comment") << "SELECT /* Al| */ 1";
        QTest::newRow("open block comment") << "SELECT 1 /* sel|";
        QTest::newRow("quoted name") << "SELECT \"Al|\" FROM Album";
    }
    void nothingInsideStringsOrComments()
    {
        QFETCH(QString, text);
        const SqlCompletion::Result result = completeAt(text);
        QVERIFY2(result.isEmpty(), qPrintable(result.texts().join(QLatin1Char(','))));
        QCOMPARE(result.start, -1);
    }

    void rightAfterAClosedStringCompletesAgain()
    {
        // The cursor after the closing quote is outside the string.
        const SqlCompletion::Result result = completeAt(QStringLiteral("SELECT 'x'|"));
        QVERIFY(!result.isEmpty());
        QVERIFY(result.texts().contains(QStringLiteral("FROM")));
    }

    void readsTheCatalogOfADatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "catalog");
            db.setDatabaseName(dir.filePath(QStringLiteral("c.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("CREATE TABLE Genre (GenreId INTEGER PRIMARY KEY, Name TEXT)"));
            QVERIFY(query.exec("CREATE VIEW GenreNames AS SELECT Name FROM Genre"));
            const SqlCatalog catalog = SqlCatalog::read(db);
            QCOMPARE(catalog.objects.size(), 2);
            const SqlCatalog::Object *genre = catalog.find(QStringLiteral("genre"));
            QVERIFY(genre);
            QCOMPARE(genre->columns,
                     (QStringList{QStringLiteral("GenreId"), QStringLiteral("Name")}));
            QVERIFY(!genre->isView);
            QVERIFY(catalog.find(QStringLiteral("GenreNames"))->isView);
            const QString text = QStringLiteral("SELECT g. FROM Genre g");
            QCOMPARE(SqlCompletion::complete(catalog, text, 9).texts(),
                     (QStringList{QStringLiteral("GenreId"), QStringLiteral("Name")}));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("catalog"));
    }
};

QTEST_GUILESS_MAIN(TestSqlCompletion)
#include "tst_sqlcompletion.moc"

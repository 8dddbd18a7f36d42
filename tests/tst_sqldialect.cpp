#include "database.h"
#include "sqlitebackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rowbook;

// The SQLite dialect's SQL, run on a real file: each query must return the rows it promises.
class TestSqlDialect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    const SqlDialect &m_dialect = SqliteDialect::instance();

    QVariantList column(QSqlQuery &query, int index = 0)
    {
        QVariantList values;
        while (query.next())
            values << query.value(index);
        return values;
    }

    QVariantList run(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            qWarning() << sql << query.lastError().text();
            return {QStringLiteral("prepare failed")};
        }
        for (const QVariant &value : binds)
            query.addBindValue(value);
        if (!query.exec())
            return {QStringLiteral("exec failed")};
        return column(query);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const DatabaseInfo info
            = Database::prepare(m_dir.filePath(QStringLiteral("d.sqlite")), Database::Open::Create);
        QVERIFY(info.isOpen());
        m_db = Database::connect(info, QStringLiteral("dialect"), Database::Role::Writer);
        QVERIFY(m_db.isOpen());
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE \"we\"\"ird.name\" (\"rowid\" TEXT, \"na\"\"me\" TEXT, n INTEGER)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO \"we\"\"ird.name\" VALUES ('r1', 'Alpha', 3), ('r2', 'beta_1', 1), "
            "('r3', 'ALPHABET', 2), ('r4', 'Ärger', 4)")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE pairs (b INTEGER, \"we\"\"ird\" TEXT, n "
                                          "INTEGER, PRIMARY KEY (\"we\"\"ird\", "
                                          "b)) WITHOUT ROWID")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO pairs VALUES (1, 'x', 10), (2, 'x', 20), "
                                          "(1, 'y', 30), (1, '1', 40)")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE hidden (rowid, _rowid_, oid)")));
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE strict (k TEXT PRIMARY KEY, v ANY) STRICT, WITHOUT ROWID")));
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE remarked (k INTEGER PRIMARY KEY) /* keyed */ without\nrowid")));
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE named (\"WITHOUT ROWID\" TEXT, k INTEGER PRIMARY KEY)")));
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE said (k TEXT PRIMARY KEY, v ANY) STRICT /* not WITHOUT ROWID */")));
        QVERIFY(query.exec(QStringLiteral("CREATE VIEW v AS SELECT 1")));
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Database::disconnect(QStringLiteral("dialect"));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "abc"
                               << "\"abc\"";
        QTest::newRow("double quote") << "na\"me"
                                      << "\"na\"\"me\"";
        QTest::newRow("dot stays in the name") << "we\"ird.name"
                                               << "\"we\"\"ird.name\"";
        QTest::newRow("already quoted is quoted again") << "\"x\""
                                                        << "\"\"\"x\"\"\"";
        QTest::newRow("space") << "a b"
                               << "\"a b\"";
    }

    void quoting()
    {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(m_dialect.quoteIdentifier(name), quoted);
    }

    void keyAndPageQueries()
    {
        const TableInfo table = Catalog::table(m_db, QStringLiteral("we\"ird.name"));
        QVERIFY(table.isValid());
        QVERIFY(table.hasRowKey);
        QVERIFY(table.keyName != QLatin1String("rowid")); // a column hides that name
        QVERIFY(m_dialect.readOnlyReason(table).isEmpty());

        const QString n = m_dialect.quoteIdentifier(QStringLiteral("n"));
        QCOMPARE(run(m_dialect.keyQuery(table, {}, {})), (QVariantList{1, 2, 3, 4}));
        QCOMPARE(run(m_dialect.keyQuery(table, {}, QStringLiteral("ORDER BY ") + n)),
                 (QVariantList{2, 3, 1, 4}));
        QCOMPARE(
            run(m_dialect.keyQuery(table, n + QStringLiteral(" > ?"),
                                   QStringLiteral("ORDER BY ") + n + QStringLiteral(" DESC"), 2),
                {1}),
            (QVariantList{4, 1}));
        QCOMPARE(run(m_dialect.countQuery(table, n + QStringLiteral(" >= ?")), {3}),
                 QVariantList{2});
        QCOMPARE(run(m_dialect.countQuery(table, {})), QVariantList{4});

        const QString name = m_dialect.quoteIdentifier(QStringLiteral("na\"me"));
        QSqlQuery page(m_db);
        QVERIFY(page.prepare(m_dialect.pageQuery(table, name, 3)));
        for (const QVariant &key : {QVariant(4), QVariant(2), QVariant(4)})
            page.addBindValue(key);
        QVERIFY(page.exec());
        QHash<qint64, QString> rows;
        while (page.next())
            rows.insert(page.value(0).toLongLong(), page.value(1).toString());
        QCOMPARE(rows, (QHash<qint64, QString>{{2, QStringLiteral("beta_1")},
                                               {4, QStringLiteral("Ärger")}}));

        QSqlQuery range(m_db);
        QVERIFY(range.prepare(m_dialect.pageRangeQuery(table, name)));
        range.addBindValue(2);
        range.addBindValue(3);
        QVERIFY(range.exec());
        rows.clear();
        while (range.next())
            rows.insert(range.value(0).toLongLong(), range.value(1).toString());
        QCOMPARE(rows, (QHash<qint64, QString>{{2, QStringLiteral("beta_1")},
                                               {3, QStringLiteral("ALPHABET")}}));

        QCOMPARE(run(m_dialect.rowQuery(table, name), {3}),
                 QVariantList{QStringLiteral("ALPHABET")});
        QCOMPARE(run(m_dialect.rowExistsQuery(table), {3}), QVariantList{1});
        QCOMPARE(run(m_dialect.rowExistsQuery(table), {9}), QVariantList());
        QCOMPARE(
            run(m_dialect.positionalPageQuery(table, name, {}, QStringLiteral("ORDER BY ") + n),
                {2, 1}),
            (QVariantList{QStringLiteral("ALPHABET"), QStringLiteral("Alpha")}));
    }

    // A table without rowid: its rows are known by the values of its primary key's columns, in
    // the key's order (not the columns'), typed as stored.
    void keyQueriesWithoutRowid()
    {
        const TableInfo table = Catalog::table(m_db, QStringLiteral("pairs"));
        QVERIFY(table.isValid());
        QVERIFY(table.hasRowKey);
        QVERIFY(table.keysMapped);
        QVERIFY(table.isEditable());
        QVERIFY(m_dialect.readOnlyReason(table).isEmpty());
        QCOMPARE(table.keyWidth, 2);
        QCOMPARE(table.keyColumn, -1);
        QCOMPARE(table.keyName, QStringLiteral("\"we\"\"ird\", \"b\""));
        QVERIFY(table.isKeyPart(0) && table.isKeyPart(1) && !table.isKeyPart(2));

        QSqlQuery keys(m_db);
        QVERIFY(keys.exec(m_dialect.keyQuery(table, {}, {})));
        QList<QVariantList> read;
        while (keys.next())
            read << QVariantList{keys.value(0), keys.value(1)};
        QCOMPARE(read, (QList<QVariantList>{{QStringLiteral("1"), 1},
                                            {QStringLiteral("x"), 1},
                                            {QStringLiteral("x"), 2},
                                            {QStringLiteral("y"), 1}}));
        QCOMPARE(read[0][1].typeId(), QMetaType::LongLong);

        const QString n = m_dialect.quoteIdentifier(QStringLiteral("n"));
        QSqlQuery page(m_db);
        QVERIFY(page.prepare(m_dialect.pageQuery(table, n, 3)));
        for (const QVariant &value :
             {QVariant(QStringLiteral("y")), QVariant(1), QVariant(QStringLiteral("x")),
              QVariant(2), QVariant(QStringLiteral("x")), QVariant(9)})
            page.addBindValue(value);
        QVERIFY2(page.exec(), qPrintable(page.lastError().text()));
        QList<QVariantList> rows;
        while (page.next())
            rows << QVariantList{page.value(0), page.value(1), page.value(2)};
        std::sort(rows.begin(), rows.end(), [](const QVariantList &a, const QVariantList &b) {
            return a[2].toInt() < b[2].toInt();
        });
        QCOMPARE(rows,
                 (QList<QVariantList>{{QStringLiteral("x"), 2, 20}, {QStringLiteral("y"), 1, 30}}));

        QCOMPARE(run(m_dialect.rowQuery(table, n), {QStringLiteral("1"), 1}), QVariantList{40});
        QCOMPARE(run(m_dialect.rowExistsQuery(table), {QStringLiteral("x"), 1}), QVariantList{1});
        QCOMPARE(run(m_dialect.rowExistsQuery(table), {QStringLiteral("y"), 2}), QVariantList());
    }

    // WITHOUT ROWID after the columns in any spelling SQLite takes (with STRICT, a comment, a line
    // break); a column of that name, or a comment that says it, is not it.
    void tablesWithoutRowidAreKnown()
    {
        for (const char *name : {"strict", "remarked"}) {
            const TableInfo table = Catalog::table(m_db, QString::fromLatin1(name));
            QVERIFY2(table.withoutRowid && table.keysMapped && table.isEditable(), name);
            QCOMPARE(table.keyWidth, 1);
            QCOMPARE(run(m_dialect.keyQuery(table, {}, {})), QVariantList());
        }
        const TableInfo named = Catalog::table(m_db, QStringLiteral("named"));
        QVERIFY(!named.withoutRowid && !named.keysMapped);
        QCOMPARE(named.keyColumn, 1);
        const TableInfo said = Catalog::table(m_db, QStringLiteral("said"));
        QVERIFY(!said.withoutRowid && !said.keysMapped && said.isEditable());
        QCOMPARE(said.keyName, QStringLiteral("rowid"));
    }

    void filterPredicates()
    {
        const TableInfo table = Catalog::table(m_db, QStringLiteral("we\"ird.name"));
        const QString name = m_dialect.quoteIdentifier(QStringLiteral("na\"me"));
        const QString like = m_dialect.likePredicate(name);
        // ASCII letters match in any case; % and _ are literal after a backslash.
        QCOMPARE(run(m_dialect.keyQuery(table, like, {}), {QStringLiteral("%alpha%")}),
                 (QVariantList{1, 3}));
        QCOMPARE(run(m_dialect.keyQuery(table, like, {}), {QStringLiteral("%a\\_%")}),
                 QVariantList{2});
        QCOMPARE(run(m_dialect.keyQuery(table, like, {}), {QStringLiteral("%a_%")}),
                 (QVariantList{1, 2, 3}));
        const QString regex = m_dialect.regexPredicate(name);
        QCOMPARE(run(m_dialect.keyQuery(table, regex, {}), {QStringLiteral("^A")}),
                 (QVariantList{1, 3}));
        QCOMPARE(run(m_dialect.keyQuery(table, regex, {}), {QStringLiteral("(?i)^a.*t$")}),
                 QVariantList{3});
    }

    void readOnlyTables()
    {
        const TableInfo withoutKeys = Catalog::table(m_db, QStringLiteral("hidden"));
        QVERIFY(withoutKeys.isValid());
        QVERIFY(!withoutKeys.hasRowKey);
        QVERIFY(!withoutKeys.isEditable());
        QCOMPARE(
            m_dialect.readOnlyReason(withoutKeys),
            QStringLiteral("The table's columns named rowid, _rowid_ and oid hide the rowid by "
                           "which its rows are told apart."));
        const TableInfo view = Catalog::table(m_db, QStringLiteral("v"));
        QVERIFY(view.isView);
        QCOMPARE(m_dialect.readOnlyReason(view), QStringLiteral("Views are read-only."));
    }

    void version()
    {
        const QVariantList version = run(m_dialect.versionQuery());
        QCOMPARE(version.size(), 1);
        QVERIFY(version.first().toString().startsWith(QLatin1String("3.")));
        QCOMPARE(&SqlDialect::of(m_db), static_cast<const SqlDialect *>(&m_dialect));
        QCOMPARE(m_dialect.engineName(), QStringLiteral("SQLite"));
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"

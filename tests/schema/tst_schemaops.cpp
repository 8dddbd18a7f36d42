#include "catalog.h"
#include "database.h"
#include "saver.h"
#include "schemaops.h"
#include "schemarunner.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace rowbook;
using testsupport::LockHolder;
using testsupport::Probe;

class TestSchemaOps : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseInfo m_info;
    QString m_readerName;
    std::unique_ptr<Saver> m_saver;
    std::unique_ptr<SchemaRunner> m_runner;
    QString m_message;

    QSqlDatabase reader() const { return QSqlDatabase::database(m_readerName, false); }

    bool openFile(const QString &path, RetryPolicy policy = {})
    {
        m_info = Database::prepare(path);
        if (!m_info.isOpen())
            return false;
        m_readerName = Database::uniqueConnectionName(QStringLiteral("schema-test"));
        if (!Database::connect(m_info, m_readerName, Database::Role::Reader).isOpen())
            return false;
        m_saver = std::make_unique<Saver>(m_info, policy);
        QSignalSpy opened(m_saver.get(), &Saver::opened);
        if (!opened.wait(5000) || !opened.first().at(0).toBool())
            return false;
        m_runner = std::make_unique<SchemaRunner>(m_saver.get());
        return true;
    }

    bool openChinook()
    {
        const QString path = testsupport::testFile(m_dir, QStringLiteral("chinook-"));
        QFile::remove(path);
        return QFile::copy(testsupport::chinookPath(), path)
               && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
               && openFile(path);
    }

    // Runs the change through the save worker; false (with m_message) when it was refused.
    bool run(const SchemaChange &change)
    {
        m_message.clear();
        if (!change.isValid()) {
            m_message = change.problemText();
            return false;
        }
        QSignalSpy finished(m_runner.get(), &SchemaRunner::finished);
        if (!m_runner->run(change) || !finished.wait(20000))
            return false;
        m_message = finished.first().at(2).toString();
        return finished.first().at(1).toBool();
    }

    QString value(const QString &sql) const { return Probe(m_info.path).value(sql).toString(); }
    int count(const QString &sql) const { return Probe(m_info.path).value(sql).toInt(); }
    QString tableDump(const QString &sql) const
    {
        Probe probe(m_info.path);
        QSqlQuery query(probe.db());
        QStringList rows;
        query.exec(sql);
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                  : query.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n'));
    }
    QStringList indexNames(const QString &table) const
    {
        QStringList names;
        for (const IndexInfo &index : SchemaOps::indexes(reader(), table))
            names << index.name;
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { QVERIFY(openFile(testsupport::testFile(m_dir))); }

    void cleanup()
    {
        m_runner.reset();
        m_saver.reset();
        Database::disconnect(m_readerName);
    }

    void createsTableWithEveryTypeAndConstraint()
    {
        const QVector<ColumnSpec> columns{
            {QStringLiteral("id"), SchemaType::Integer, false, {}, true, false},
            {QStringLiteral("title"), SchemaType::Text, true, QStringLiteral("it's new"), false,
             true},
            {QStringLiteral("score"), SchemaType::Real, false, QStringLiteral("2.5"), false, false},
            {QStringLiteral("due"), SchemaType::Date, false, QStringLiteral("2026-05-01"), false,
             false},
            {QStringLiteral("done"), SchemaType::Boolean, true, QStringLiteral("no"), false, false},
            {QStringLiteral("file"), SchemaType::Blob, false, {}, false, false},
        };
        const SchemaChange change
            = SchemaOps::createTable(reader(), QStringLiteral("task list"), columns);
        QVERIFY2(change.isValid(), qPrintable(change.problemText()));
        QVERIFY2(run(change), qPrintable(m_message));
        const TableInfo info = Catalog::table(reader(), QStringLiteral("task list"));
        QCOMPARE(info.columns.size(), 6);
        QCOMPARE(info.keyColumn, 0);
        QCOMPARE(info.columns[1].kind, ColumnKind::Text);
        QVERIFY(info.columns[1].notNull);
        QCOMPARE(info.columns[3].kind, ColumnKind::Date);
        QCOMPARE(info.columns[4].kind, ColumnKind::Boolean);
        QCOMPARE(info.columns[5].kind, ColumnKind::Blob);
        Probe probe(m_info.path);
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO \"task list\" DEFAULT VALUES")));
        QCOMPARE(
            value(QStringLiteral(
                "SELECT title || '/' || score || '/' || due || '/' || done FROM \"task list\"")),
            QStringLiteral("it's new/2.5/2026-05-01/0"));
        QVERIFY(
            !probe.exec(QStringLiteral("INSERT INTO \"task list\" (title) VALUES ('it''s new')")));
    }

    void createTableWithCompositeKey()
    {
        const SchemaChange change = SchemaOps::createTable(
            reader(), QStringLiteral("pairs"),
            {{QStringLiteral("a"), SchemaType::Text, true, {}, true, false},
             {QStringLiteral("b"), SchemaType::Integer, true, {}, true, false}});
        QVERIFY2(run(change), qPrintable(m_message));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM pragma_table_info('pairs') WHERE pk > 0")),
            2);
    }

    void validationMessages_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("defaultValue");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        const int text = int(SchemaType::Text);
        QTest::newRow("empty table name")
            << ""
            << "a" << text << "" << int(SchemaProblem::TableName) << "Enter a name";
        QTest::newRow("table exists")
            << "ITEMS"
            << "a" << text << "" << int(SchemaProblem::TableName) << "already used";
        QTest::newRow("sqlite prefix")
            << "sqlite_x"
            << "a" << text << "" << int(SchemaProblem::TableName) << "reserved by SQLite";
        QTest::newRow("rowbook prefix")
            << "_rowbook_x"
            << "a" << text << "" << int(SchemaProblem::TableName) << "reserved by Rowbook";
        QTest::newRow("spaces around")
            << " t "
            << "a" << text << "" << int(SchemaProblem::TableName) << "space";
        QTest::newRow("line break")
            << "t\nx"
            << "a" << text << "" << int(SchemaProblem::TableName) << "line breaks";
        QTest::newRow("rowid column")
            << "t"
            << "rowid" << text << "" << int(SchemaProblem::ColumnName) << "row numbers";
        QTest::newRow("empty column")
            << "t"
            << "" << text << "" << int(SchemaProblem::ColumnName) << "Enter a name";
        QTest::newRow("integer default") << "t"
                                         << "a" << int(SchemaType::Integer) << "1.5"
                                         << int(SchemaProblem::Default) << "not a whole number";
        QTest::newRow("real default") << "t"
                                      << "a" << int(SchemaType::Real) << "abc"
                                      << int(SchemaProblem::Default) << "not a number";
        QTest::newRow("date default") << "t"
                                      << "a" << int(SchemaType::Date) << "31/01/2026"
                                      << int(SchemaProblem::Default) << "YYYY-MM-DD";
        QTest::newRow("boolean default") << "t"
                                         << "a" << int(SchemaType::Boolean) << "maybe"
                                         << int(SchemaProblem::Default) << "yes or no";
        QTest::newRow("blob default")
            << "t"
            << "a" << int(SchemaType::Blob) << "x" << int(SchemaProblem::Default) << "Binary";
    }

    void validationMessages()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(int, type);
        QFETCH(QString, defaultValue);
        QFETCH(int, field);
        QFETCH(QString, message);
        ColumnSpec spec{column, SchemaType(type), false, defaultValue, false, false};
        const SchemaChange change = SchemaOps::createTable(reader(), table, {spec});
        QVERIFY(!change.isValid());
        QVERIFY(change.statements.isEmpty());
        QCOMPARE(change.problems.size(), 1);
        QCOMPARE(int(change.problems.first().field), field);
        QVERIFY2(change.problems.first().message.contains(message),
                 qPrintable(change.problemText()));
        QVERIFY(!change.problemText().contains(QLatin1String("error")));
    }

    void duplicateColumnsAreReportedOnTheSecond()
    {
        const SchemaChange change = SchemaOps::createTable(
            reader(), QStringLiteral("t"),
            {{QStringLiteral("Name"), SchemaType::Text, false, {}, false, false},
             {QStringLiteral("name"), SchemaType::Text, false, {}, false, false}});
        QCOMPARE(change.problems.size(), 1);
        QCOMPARE(change.problems.first().column, 1);
        QVERIFY(change.problems.first().message.contains(QLatin1String("already a column")));
    }

    void typeNamesRoundTrip()
    {
        for (const QString &name : SchemaOps::typeNames()) {
            SchemaType type;
            QVERIFY(SchemaOps::typeFromName(name.toLower(), &type));
            QCOMPARE(SchemaOps::typeName(type), name);
        }
        SchemaType type;
        QVERIFY(!SchemaOps::typeFromName(QStringLiteral("VARCHAR"), &type));
    }

    void addColumnKeepsRowsAndFillsDefault()
    {
        const QString before = tableDump(QStringLiteral("SELECT * FROM items ORDER BY id"));
        QVERIFY2(run(SchemaOps::addColumn(reader(), QStringLiteral("items"),
                                          {QStringLiteral("rating"), SchemaType::Integer, true,
                                           QStringLiteral("3"), false, false})),
                 qPrintable(m_message));
        QCOMPARE(
            tableDump(QStringLiteral(
                "SELECT id, name, quantity, price, added, done, notes FROM items ORDER BY id")),
            before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM items WHERE rating = 3")), 6);

        QVERIFY2(run(SchemaOps::addColumn(
                     reader(), QStringLiteral("items"),
                     {QStringLiteral("code"), SchemaType::Text, false, {}, false, true})),
                 qPrintable(m_message));
        QVERIFY(indexNames(QStringLiteral("items")).contains(QStringLiteral("idx_items_code")));
        Probe probe(m_info.path);
        QVERIFY(probe.exec(QStringLiteral("UPDATE items SET code = 'A' WHERE id = 1")));
        QVERIFY(!probe.exec(QStringLiteral("UPDATE items SET code = 'A' WHERE id = 2")));
    }

    void addColumnProblems()
    {
        auto problem = [this](const ColumnSpec &spec) {
            return SchemaOps::addColumn(reader(), QStringLiteral("items"), spec).problemText();
        };
        QVERIFY(problem({QStringLiteral("NAME"), SchemaType::Text, false, {}, false, false})
                    .contains(QLatin1String("already a column")));
        QVERIFY(problem({QStringLiteral("x"), SchemaType::Text, true, {}, false, false})
                    .contains(QLatin1String("needs a default")));
        QVERIFY(problem({QStringLiteral("x"), SchemaType::Integer, false, {}, true, false})
                    .contains(QLatin1String("primary key")));
        QVERIFY(problem({QStringLiteral("x"), SchemaType::Text, false, QStringLiteral("a"), false,
                         true})
                    .contains(QLatin1String("cannot be unique")));
        QVERIFY(
            SchemaOps::addColumn(reader(), QStringLiteral("_rowbook_meta"),
                                 {QStringLiteral("x"), SchemaType::Text, false, {}, false, false})
                .problemText()
                .contains(QLatin1String("no table")));
    }

    void renameColumnKeepsValuesAndIndexes()
    {
        QVERIFY(run(SchemaOps::createIndex(reader(), QStringLiteral("items"),
                                           QStringLiteral("by_quantity"),
                                           {QStringLiteral("quantity")}, false)));
        const QString before = tableDump(QStringLiteral("SELECT * FROM items ORDER BY id"));
        QVERIFY2(run(SchemaOps::renameColumn(reader(), QStringLiteral("items"),
                                             QStringLiteral("quantity"),
                                             QStringLiteral("count on hand"))),
                 qPrintable(m_message));
        QCOMPARE(tableDump(QStringLiteral("SELECT * FROM items ORDER BY id")), before);
        QCOMPARE(Catalog::table(reader(), QStringLiteral("items")).columns[2].name,
                 QStringLiteral("count on hand"));
        const auto indexes = SchemaOps::indexes(reader(), QStringLiteral("items"));
        QCOMPARE(indexes.size(), 1);
        QCOMPARE(indexes.first().columns, QStringList{QStringLiteral("count on hand")});
        QVERIFY(SchemaOps::renameColumn(reader(), QStringLiteral("items"), QStringLiteral("name"),
                                        QStringLiteral("PRICE"))
                    .problemText()
                    .contains(QLatin1String("already a column")));
        QVERIFY(SchemaOps::renameColumn(reader(), QStringLiteral("items"), QStringLiteral("name"),
                                        QStringLiteral("Name"))
                    .isValid());
    }

    void renameTableUpdatesForeignKeys()
    {
        Probe probe(m_info.path);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE child (id INTEGER PRIMARY KEY, item INTEGER REFERENCES items(id))")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO child (item) VALUES (1), (2)")));
        QVERIFY2(
            run(SchemaOps::renameTable(reader(), QStringLiteral("items"), QStringLiteral("stock"))),
            qPrintable(m_message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock")), 6);
        QCOMPARE(value(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('child')")),
                 QStringLiteral("stock"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QVERIFY(SchemaOps::renameTable(reader(), QStringLiteral("stock"), QStringLiteral("child"))
                    .problemText()
                    .contains(QLatin1String("already used")));
    }

    void dropColumnWithAlterTable()
    {
        QVERIFY(
            run(SchemaOps::createIndex(reader(), QStringLiteral("items"), QStringLiteral("by_name"),
                                       {QStringLiteral("name")}, false)));
        const QString before = tableDump(
            QStringLiteral("SELECT id, name, quantity, added, done, notes FROM items ORDER BY id"));
        const SchemaChange change
            = SchemaOps::dropColumn(reader(), QStringLiteral("items"), QStringLiteral("price"));
        QVERIFY(!change.rebuildsTable);
        QVERIFY2(run(change), qPrintable(m_message));
        QCOMPARE(tableDump(QStringLiteral("SELECT * FROM items ORDER BY id")), before);
        QCOMPARE(indexNames(QStringLiteral("items")), QStringList{QStringLiteral("by_name")});
    }

    void dropColumnRebuildKeepsRowsKeysIndexesAndChildren()
    {
        Probe probe(m_info.path);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE tags (label TEXT, item INTEGER REFERENCES "
                                          "items(id) ON DELETE CASCADE, weight REAL)")));
        QVERIFY(probe.exec(
            QStringLiteral("INSERT INTO tags VALUES ('a', 1, 1.5), ('b', 2, NULL), ('c', 2, 3)")));
        QVERIFY(probe.exec(QStringLiteral("DELETE FROM tags WHERE label = 'a'"))); // rowids 2, 3
        QVERIFY(probe.exec(QStringLiteral("CREATE INDEX tags_item ON tags (item)")));
        QVERIFY(
            probe.exec(QStringLiteral("CREATE INDEX tags_label_weight ON tags (label, weight)")));
        QVERIFY(probe.exec(
            QStringLiteral("CREATE VIEW heavy AS SELECT label, item FROM tags WHERE item > 0")));
        QVERIFY(probe.exec(
            QStringLiteral("CREATE TRIGGER tags_log AFTER INSERT ON tags BEGIN UPDATE items SET "
                           "quantity = quantity + 1 WHERE id = new.item; END")));
        // items: "done" has a CHECK constraint, so SQLite refuses ALTER TABLE DROP COLUMN.
        const QString itemsBefore = tableDump(QStringLiteral(
            "SELECT id, name, quantity, price, added, notes FROM items ORDER BY id"));
        SchemaChange change
            = SchemaOps::dropColumn(reader(), QStringLiteral("items"), QStringLiteral("done"));
        QVERIFY(change.rebuildsTable);
        QVERIFY2(run(change), qPrintable(m_message));
        QCOMPARE(tableDump(QStringLiteral("SELECT * FROM items ORDER BY id")), itemsBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tags")),
                 2); // no ON DELETE CASCADE fired
        QCOMPARE(value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'items'"))
                     .contains(QLatin1String("done")),
                 false);

        // tags has no rowid alias: row numbers and the remaining index survive, the view still
        // works.
        const QString tagsBefore
            = tableDump(QStringLiteral("SELECT rowid, label, item FROM tags ORDER BY rowid"));
        change = SchemaOps::dropColumn(reader(), QStringLiteral("tags"), QStringLiteral("weight"));
        QVERIFY(change.rebuildsTable);
        QCOMPARE(change.sideEffects.size(), 1);
        QVERIFY(change.sideEffects.first().contains(QLatin1String("tags_label_weight")));
        QVERIFY2(run(change), qPrintable(m_message));
        QCOMPARE(tableDump(QStringLiteral("SELECT rowid, * FROM tags ORDER BY rowid")), tagsBefore);
        QCOMPARE(indexNames(QStringLiteral("tags")), QStringList{QStringLiteral("tags_item")});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM heavy")), 2);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tags_log'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QCOMPARE(value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM sqlite_master WHERE name LIKE 'rowbook_rebuild%'")),
                 0);
    }

    void dropColumnUsedByViewChangesNothing()
    {
        Probe probe(m_info.path);
        QVERIFY(probe.exec(
            QStringLiteral("CREATE VIEW cheap AS SELECT name, price FROM items WHERE price < 1")));
        const QString schema
            = tableDump(QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name"));
        QVERIFY(!run(
            SchemaOps::dropColumn(reader(), QStringLiteral("items"), QStringLiteral("price"))));
        QVERIFY2(m_message.contains(QLatin1String("view")), qPrintable(m_message));
        QVERIFY(m_message.contains(QLatin1String("Nothing was changed")));
        QCOMPARE(tableDump(QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name")), schema);
        QCOMPARE(value(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("0")); // probe's own
    }

    void dropColumnProblems()
    {
        QVERIFY(SchemaOps::dropColumn(reader(), QStringLiteral("items"), QStringLiteral("id"))
                    .problemText()
                    .contains(QLatin1String("primary key")));
        QVERIFY(SchemaOps::dropColumn(reader(), QStringLiteral("items"), QStringLiteral("nope"))
                    .problemText()
                    .contains(QLatin1String("no column")));
        QVERIFY(SchemaOps::dropColumn(reader(), QStringLiteral("_rowbook_meta"),
                                      QStringLiteral("value"))
                    .problemText()
                    .contains(QLatin1String("no table")));
    }

    void chinookTrackDropColumns()
    {
        QVERIFY(openChinook());
        QVERIFY(!m_info.ours);
        const QString keep
            = QStringLiteral("SELECT TrackId, Name, MediaTypeId, GenreId, Milliseconds, Bytes, "
                             "UnitPrice FROM Track ORDER BY TrackId");
        const QString before = tableDump(keep);
        const int invoiceLines = count(QStringLiteral("SELECT count(*) FROM InvoiceLine"));
        const int playlistTracks = count(QStringLiteral("SELECT count(*) FROM PlaylistTrack"));

        // Composer is referenced by nothing: plain ALTER TABLE DROP COLUMN.
        SchemaChange change
            = SchemaOps::dropColumn(reader(), QStringLiteral("Track"), QStringLiteral("Composer"));
        QVERIFY(!change.rebuildsTable);
        QVERIFY2(run(change), qPrintable(m_message));

        // AlbumId has a foreign key and an index: the 12-step rebuild.
        change
            = SchemaOps::dropColumn(reader(), QStringLiteral("Track"), QStringLiteral("AlbumId"));
        QVERIFY(change.rebuildsTable);
        QVERIFY2(run(change), qPrintable(m_message));
        QCOMPARE(tableDump(keep), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_table_info('Track')")), 7);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM InvoiceLine")), invoiceLines);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM PlaylistTrack")), playlistTracks);
        QCOMPARE(indexNames(QStringLiteral("Track")),
                 (QStringList{QStringLiteral("IFK_TrackGenreId"),
                              QStringLiteral("IFK_TrackMediaTypeId")}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('Track')")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QCOMPARE(value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QVERIFY(value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'Track'"))
                    .contains(QLatin1String("PK_Track")));
        // The worker's connection has foreign keys back on: a dangling reference is refused.
        QVERIFY(!run(SchemaOps::dropTable(reader(), QStringLiteral("Track"))));
        QVERIFY2(m_message.contains(QLatin1String("refer")), qPrintable(m_message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM Track")), 3503);
    }

    void chinookRenameAndIndexes()
    {
        QVERIFY(openChinook());
        QVERIFY2(
            run(SchemaOps::renameColumn(reader(), QStringLiteral("Artist"), QStringLiteral("Name"),
                                        QStringLiteral("Artist Name"))),
            qPrintable(m_message));
        QVERIFY2(run(SchemaOps::renameTable(reader(), QStringLiteral("Artist"),
                                            QStringLiteral("Performer"))),
                 qPrintable(m_message));
        QCOMPARE(value(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('Album')")),
                 QStringLiteral("Performer"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM Performer")), 275);
    }

    void indexesCreateAndDrop()
    {
        QVERIFY2(run(SchemaOps::createIndex(
                     reader(), QStringLiteral("items"), QStringLiteral("by name and price"),
                     {QStringLiteral("name"), QStringLiteral("price")}, true)),
                 qPrintable(m_message));
        const auto indexes = SchemaOps::indexes(reader(), QStringLiteral("items"));
        QCOMPARE(indexes.size(), 1);
        QVERIFY(indexes.first().unique);
        QCOMPARE(indexes.first().columns,
                 (QStringList{QStringLiteral("name"), QStringLiteral("price")}));
        QVERIFY(SchemaOps::createIndex(reader(), QStringLiteral("items"),
                                       QStringLiteral("BY NAME AND PRICE"), {QStringLiteral("id")},
                                       false)
                    .problemText()
                    .contains(QLatin1String("already used")));
        QVERIFY(SchemaOps::createIndex(reader(), QStringLiteral("items"), QStringLiteral("x"),
                                       {QStringLiteral("nope")}, false)
                    .problemText()
                    .contains(QLatin1String("no column")));
        QVERIFY2(run(SchemaOps::dropIndex(reader(), QStringLiteral("items"),
                                          QStringLiteral("by name and price"))),
                 qPrintable(m_message));
        QVERIFY(indexNames(QStringLiteral("items")).isEmpty());
        QVERIFY(SchemaOps::dropIndex(reader(), QStringLiteral("_rowbook_meta"),
                                     QStringLiteral("sqlite_autoindex__rowbook_meta_1"))
                    .problemText()
                    .contains(QLatin1String("no table")));
    }

    void uniqueIndexOnRepeatedValuesChangesNothing()
    {
        Probe probe(m_info.path);
        QVERIFY(probe.exec(QStringLiteral("UPDATE items SET added = '2026-01-01'")));
        QVERIFY(!run(SchemaOps::createIndex(reader(), QStringLiteral("items"),
                                            QStringLiteral("one_per_day"),
                                            {QStringLiteral("added")}, true)));
        QVERIFY2(m_message.contains(QLatin1String("repeated values")), qPrintable(m_message));
        QVERIFY(indexNames(QStringLiteral("items")).isEmpty());
    }

    void dropTableAndView()
    {
        Probe probe(m_info.path);
        QVERIFY(probe.exec(QStringLiteral("CREATE VIEW v AS SELECT name FROM items")));
        SchemaChange change = SchemaOps::dropTable(reader(), QStringLiteral("v"));
        QVERIFY2(run(change), qPrintable(m_message));
        QVERIFY(probe.exec(QStringLiteral("CREATE VIEW v2 AS SELECT name FROM items")));
        change = SchemaOps::dropTable(reader(), QStringLiteral("items"));
        QCOMPARE(change.sideEffects.size(), 1);
        QVERIFY2(run(change), qPrintable(m_message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'items'")),
                 0);
        QVERIFY(SchemaOps::dropTable(reader(), QStringLiteral("_rowbook_meta"))
                    .problemText()
                    .contains(QLatin1String("no table")));
        QVERIFY(SchemaOps::dropTable(reader(), QStringLiteral("sqlite_master"))
                    .problemText()
                    .contains(QLatin1String("no table")));
    }

    void waitsForLockThenCommits()
    {
        const SchemaChange change = SchemaOps::addColumn(
            reader(), QStringLiteral("items"),
            {QStringLiteral("extra"), SchemaType::Text, false, {}, false, false});
        LockHolder other;
        QVERIFY(other.acquire(m_info.path, QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy waiting(m_runner.get(), &SchemaRunner::waiting);
        QSignalSpy finished(m_runner.get(), &SchemaRunner::finished);
        QVERIFY(m_runner->run(change));
        QVERIFY(!m_runner->run(change)); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 2, 5000);
        QVERIFY(finished.isEmpty());
        other.release();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM pragma_table_info('items') WHERE name = 'extra'")),
                 1);
    }

    void statementErrorFailsWholeBatch()
    {
        // Unlike row changes, a statement's constraint error writes nothing at all.
        QSignalSpy finished(m_saver.get(), &Saver::finished);
        RowChange ok;
        ok.kind = RowChange::Statement;
        ok.sql = QStringLiteral("UPDATE items SET name = ? WHERE id = ?");
        ok.binds = {QStringLiteral("changed"), 1};
        RowChange bad = ok;
        bad.sql = QStringLiteral("UPDATE items SET done = ? WHERE id = ?");
        bad.binds = {7, 2};
        SaveBatch batch;
        batch.id = SchemaRunner::batchIdBase | 99;
        batch.changes = {ok, bad};
        m_saver->submit(batch);
        QVERIFY(finished.wait(10000));
        const SaveOutcome outcome = finished.first().at(0).value<SaveOutcome>();
        QCOMPARE(outcome.status, SaveOutcome::Failed);
        QCOMPARE(outcome.error.kind, StorageError::Constraint);
        QCOMPARE(value(QStringLiteral("SELECT name FROM items WHERE id = 1")),
                 QStringLiteral("Notebook, A5 dotted"));
    }

    // A refusal the runner has no sentence of its own for: the engine's words, without a
    // server's labels in whichever language its messages come (the severity in the server's,
    // DETAIL in libpq's), the DETAIL kept and the HINT and CONTEXT left out.
    void refusalsShowTheEnginesWordsWithoutLabels_data()
    {
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("shown");
        QTest::newRow("SQLite") << QStringLiteral("near \"x\": syntax error")
                                << QStringLiteral("near \"x\": syntax error.");
        QTest::newRow("English")
            << QStringLiteral("ERROR:  cannot alter type of a column used by a view or rule\n"
                              "DETAIL:  rule _RETURN on view named depends on column \"name\"\n"
                              "HINT:  Drop the view first.\n")
            << QStringLiteral("cannot alter type of a column used by a view or rule. rule "
                              "_RETURN on view named depends on column \"name\".");
        QTest::newRow("German")
            << QStringLiteral("FEHLER:  kann Typ einer Spalte, die von einer Sicht oder Regel "
                              "benutzt wird, nicht ändern\nDETAIL:  Regel _RETURN für Sicht "
                              "named hängt von Spalte »name« ab\nKONTEXT:  SQL-Anweisung\n")
            << QStringLiteral("kann Typ einer Spalte, die von einer Sicht oder Regel benutzt "
                              "wird, nicht ändern. Regel _RETURN für Sicht named hängt von Spalte "
                              "»name« ab.");
        QTest::newRow("French")
            << QStringLiteral("ERREUR:  la longueur « 3 » de la chaîne de bits ne correspond pas "
                              "au type bit(2)\nDÉTAIL : la vue named dépend de la colonne\n"
                              "ASTUCE : Supprimez d'abord la vue.\n")
            << QStringLiteral("la longueur « 3 » de la chaîne de bits ne correspond pas au type "
                              "bit(2). la vue named dépend de la colonne.");
    }
    // A refused constraint is told by its code, not by words a server says in its own language.
    void constraintRefusalsAreToldByTheirCode_data()
    {
        QTest::addColumn<int>("nativeCode");
        QTest::addColumn<QByteArray>("sqlState");
        QTest::addColumn<QString>("sentence");
        const QString unique
            = QStringLiteral("The column has repeated values, so it cannot be made unique.");
        const QString required
            = QStringLiteral("Some rows have no value where one is now required.");
        QTest::newRow("SQLite UNIQUE") << 2067 << QByteArray() << unique;
        QTest::newRow("SQLite PRIMARY KEY") << 1555 << QByteArray() << unique;
        QTest::newRow("SQLite NOT NULL") << 1299 << QByteArray() << required;
        QTest::newRow("SQLite FOREIGN KEY")
            << 787 << QByteArray()
            << QStringLiteral("Rows in other tables still refer to rows of “people”.");
        QTest::newRow("server unique") << 0 << QByteArray("23505") << unique;
        QTest::newRow("server not null") << 0 << QByteArray("23502") << required;
        QTest::newRow("server foreign key")
            << 0 << QByteArray("23503")
            << QStringLiteral("The change would leave rows referring to rows that do not exist.");
    }
    void constraintRefusalsAreToldByTheirCode()
    {
        QFETCH(int, nativeCode);
        QFETCH(QByteArray, sqlState);
        QFETCH(QString, sentence);
        SchemaChange change;
        change.table = QStringLiteral("people");
        StorageError error = StorageError::make(
            StorageError::Constraint, QStringLiteral("FEHLER:  Spalte »name« enthält NULL-Werte"),
            nativeCode);
        error.sqlState = sqlState;
        QCOMPARE(SchemaRunner::userMessage(change, error),
                 sentence + QStringLiteral(" Nothing was changed."));
    }

    void refusalsShowTheEnginesWordsWithoutLabels()
    {
        QFETCH(QString, said);
        QFETCH(QString, shown);
        SchemaChange change;
        change.table = QStringLiteral("people");
        const QString message
            = SchemaRunner::userMessage(change, StorageError::make(StorageError::Other, said));
        QCOMPARE(
            message,
            QStringLiteral("The database refused the change: %1 Nothing was changed.").arg(shown));
    }
};

QTEST_GUILESS_MAIN(TestSchemaOps)
#include "tst_schemaops.moc"

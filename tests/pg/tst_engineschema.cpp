// Schema changes (New Table, Edit Columns) built by SchemaOps and run through the save worker,
// one body on a SQLite file and on the throwaway PostgreSQL server: the types each engine gets,
// a whole-number key that numbers new rows, defaults, renames, indexes, drops, and the names and
// changes a server refuses. The table being changed is open in a TableModel meanwhile, as it is
// in the window: Rowbook's own connections must not hold a lock the change waits for.
#include "catalog.h"
#include "columnchange.h"
#include "enginecase.h"
#include "schemaops.h"
#include "schemarunner.h"

using namespace rowbook;
using enginecase::Side;

class TestEngineSchema : public enginecase::EngineCase
{
    Q_OBJECT

    // Runs `change` through the workspace's save worker; its message in *message on failure.
    bool run(const SchemaChange &change, QString *message = nullptr)
    {
        if (!change.isValid()) {
            qWarning("invalid change: %s", qPrintable(change.problemText()));
            return false;
        }
        SchemaRunner runner(m_workspace->saver());
        QSignalSpy finished(&runner, &SchemaRunner::finished);
        if (!runner.run(change) || !finished.wait(20000))
            return false;
        if (message)
            *message = finished.first().at(2).toString();
        if (!finished.first().at(1).toBool())
            qWarning("%s (%s)", qPrintable(finished.first().at(2).toString()),
                     qPrintable(finished.first().at(3).value<StorageError>().detail));
        return finished.first().at(1).toBool();
    }

    QSqlDatabase reader() const { return m_workspace->reader(); }

    // `people` with Ann (id 1) and Bobby (id 2), open.
    bool openAnnAndBobby()
    {
        return create({peopleTable(),
                       QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 1), "
                                      "('Bobby', 2)")})
               && open(QStringLiteral("people"));
    }

    static QStringList indexNames(const QVector<IndexInfo> &indexes, bool automatic)
    {
        QStringList names;
        for (const IndexInfo &index : indexes) {
            if (index.automatic == automatic)
                names << index.name;
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase() { initCase(); }

    void cleanup() { closeCase(); }

    // New Table: every type the dialog offers, read back as the same kind; the lone whole-number
    // key numbers the rows nobody gave a key, in the grid as in another program's INSERT.
    void createsATableThatNumbersItsRows_data() { engines(); }
    void createsATableThatNumbersItsRows()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE seed (id INTEGER PRIMARY KEY)")}));
        QVERIFY(open(QStringLiteral("seed")));
        const QVector<ColumnSpec> columns{
            {QStringLiteral("id"), SchemaType::Integer, false, {}, true, false},
            {QStringLiteral("name"), SchemaType::Text, true, QStringLiteral("it's"), false, true},
            {QStringLiteral("price"), SchemaType::Real, false, QStringLiteral("2.5"), false, false},
            {QStringLiteral("born"), SchemaType::Date, false, QStringLiteral("2024-01-31"), false,
             false},
            {QStringLiteral("active"), SchemaType::Boolean, false, QStringLiteral("yes"), false,
             false},
            {QStringLiteral("photo"), SchemaType::Blob, false, {}, false, false},
        };
        const SchemaChange change
            = SchemaOps::createTable(reader(), QStringLiteral("things"), columns);
        QVERIFY2(change.isValid(), qPrintable(change.problemText()));
        QVERIFY(run(change));

        const TableInfo info = Catalog::table(reader(), QStringLiteral("things"));
        QVERIFY(info.isValid());
        QCOMPARE(info.columns.size(), columns.size());
        const QList<ColumnKind> kinds{ColumnKind::Integer, ColumnKind::Text,    ColumnKind::Real,
                                      ColumnKind::Date,    ColumnKind::Boolean, ColumnKind::Blob};
        for (int i = 0; i < kinds.size(); ++i) {
            QCOMPARE(info.columns[i].name, columns[i].name);
            QVERIFY2(info.columns[i].kind == kinds[i], qPrintable(info.columns[i].declaredType));
            QCOMPARE(info.columns[i].declaredType.toLower(),
                     SchemaOps::declaredType(reader(), columns[i].type).toLower());
        }
        QCOMPARE(info.columns[0].primaryKeyOrder, 1);
        QVERIFY(info.columns[1].notNull);

        const Side side(m_target);
        QVERIFY(side.exec(QStringLiteral("INSERT INTO things (photo) VALUES (NULL)")));
        QCOMPARE(side.value(QStringLiteral("SELECT id FROM things")).toLongLong(), qint64(1));
        QCOMPARE(side.value(QStringLiteral("SELECT name FROM things")).toString(),
                 QStringLiteral("it's"));
        QCOMPARE(side.value(QStringLiteral("SELECT price FROM things")).toDouble(), 2.5);
        QCOMPARE(side.value(QStringLiteral("SELECT CAST(born AS TEXT) FROM things")).toString(),
                 QStringLiteral("2024-01-31"));
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM things WHERE active")), 1);

        // The grid adds a row to the new table and the engine gives it the next key.
        TableModel *model = m_workspace->model();
        QSignalSpy loading(model, &TableModel::loadingChanged);
        QVERIFY(model->setTable(QStringLiteral("things")));
        QVERIFY(!model->isLoading() || loading.wait(10000));
        QVERIFY2(model->readOnlyReason().isEmpty(), qPrintable(model->readOnlyReason()));
        QCOMPARE(model->rowCount(), 1);
        const int row = model->addRow();
        QVERIFY(model->setData(model->index(row, 1), QStringLiteral("Dee")));
        QVERIFY(saved());
        QCOMPARE(
            side.value(QStringLiteral("SELECT id FROM things WHERE name = 'Dee'")).toLongLong(),
            qint64(2));
        QTRY_COMPARE(model->keyAt(row), qint64(2));
    }

    // Edit Columns on the table open in the model: add columns with defaults the existing rows
    // get, rename a column and the table, create and drop an index.
    void editsColumnsAndIndexes_data() { engines(); }
    void editsColumnsAndIndexes()
    {
        QVERIFY(create({peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES "
                                                      "('Ann', 30), ('Bob', 40)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        const Side side(m_target);
        const QString people = QStringLiteral("people");

        QVERIFY(run(SchemaOps::addColumn(reader(), people,
                                         {QStringLiteral("member"), SchemaType::Boolean, true,
                                          QStringLiteral("no"), false, false})));
        QVERIFY(run(SchemaOps::addColumn(
            reader(), people, {QStringLiteral("code"), SchemaType::Text, false, {}, false, true})));
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM people WHERE NOT member")), 2);
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET code = 'a' WHERE name = 'Ann'")));
        QVERIFY(!side.exec(QStringLiteral("UPDATE people SET code = 'a' WHERE name = 'Bob'")));
        QVERIFY(indexNames(SchemaOps::indexes(reader(), people), false)
                    .contains(QStringLiteral("idx_people_code")));

        QVERIFY(run(SchemaOps::renameColumn(reader(), people, QStringLiteral("name"),
                                            QStringLiteral("full name"))));
        QCOMPARE(
            side.value(QStringLiteral("SELECT \"full name\" FROM people WHERE id = 2")).toString(),
            QStringLiteral("Bob"));

        const SchemaChange index
            = SchemaOps::createIndex(reader(), people, QStringLiteral("by_age"),
                                     {QStringLiteral("age"), QStringLiteral("full name")}, false);
        QVERIFY(run(index));
        QVector<IndexInfo> indexes = SchemaOps::indexes(reader(), people);
        QStringList made = indexNames(indexes, false);
        made.sort();
        QCOMPARE(made, (QStringList{QStringLiteral("by_age"), QStringLiteral("idx_people_code")}));
        for (const IndexInfo &info : indexes) {
            if (info.name == QLatin1String("by_age")) {
                QCOMPARE(info.columns,
                         (QStringList{QStringLiteral("age"), QStringLiteral("full name")}));
                QVERIFY(!info.unique);
            }
        }
        // The key's own index (SQLite keeps an INTEGER PRIMARY KEY in the table itself) goes
        // only with the key.
        const QStringList automatic = indexNames(indexes, true);
        QCOMPARE(automatic.size(), onServer() ? 1 : 0);
        if (onServer()) {
            for (const IndexInfo &info : indexes) {
                if (info.automatic)
                    QCOMPARE(info.columns, QStringList{QStringLiteral("id")});
            }
            const SchemaChange dropKey = SchemaOps::dropIndex(reader(), people, automatic.first());
            QVERIFY(!dropKey.isValid());
            QVERIFY2(dropKey.problemText().contains(QLatin1String("PRIMARY KEY")),
                     qPrintable(dropKey.problemText()));
        }
        QVERIFY(run(SchemaOps::dropIndex(reader(), people, QStringLiteral("by_age"))));
        QVERIFY(!indexNames(SchemaOps::indexes(reader(), people), false)
                     .contains(QStringLiteral("by_age")));

        QVERIFY(run(SchemaOps::renameTable(reader(), people, QStringLiteral("persons"))));
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM persons")), 2);
        QVERIFY(!Catalog::table(reader(), people).isValid());
    }

    // What the engine would refuse or quietly change is a problem before anything runs: names
    // PostgreSQL cuts at 63 bytes, its system column names, a name its indexes share with
    // tables, and the changes still written in SQLite's SQL.
    void refusesWhatTheEngineWouldNotKeep_data() { engines(); }
    void refusesWhatTheEngineWouldNotKeep()
    {
        QVERIFY(create({peopleTable()}));
        QVERIFY(open(QStringLiteral("people")));
        const QString people = QStringLiteral("people");
        const QString longName = QString(32, QChar(0x00e9)); // 32 characters, 64 bytes in UTF-8

        const SchemaChange longTable = SchemaOps::createTable(
            reader(), longName,
            {{QStringLiteral("id"), SchemaType::Integer, false, {}, true, false}});
        QCOMPARE(longTable.isValid(), !onServer());
        if (onServer())
            QVERIFY2(longTable.problemText().contains(QLatin1String("63 bytes")),
                     qPrintable(longTable.problemText()));
        const SchemaChange shortEnough = SchemaOps::createTable(
            reader(), longName.left(31) + QLatin1Char('x'),
            {{QStringLiteral("id"), SchemaType::Integer, false, {}, true, false}});
        QVERIFY2(shortEnough.isValid(), qPrintable(shortEnough.problemText()));

        const SchemaChange system = SchemaOps::addColumn(
            reader(), people,
            {QStringLiteral("XMin"), SchemaType::Integer, false, {}, false, false});
        QCOMPARE(system.isValid(), !onServer());
        const SchemaChange renamed = SchemaOps::renameColumn(
            reader(), people, QStringLiteral("age"), QStringLiteral("ctid"));
        QCOMPARE(renamed.isValid(), !onServer());

        // A table and an index cannot share a name on either engine.
        QVERIFY(run(SchemaOps::createIndex(reader(), people, QStringLiteral("by_name"),
                                           {QStringLiteral("name")}, false)));
        const SchemaChange clash = SchemaOps::createTable(
            reader(), QStringLiteral("BY_NAME"),
            {{QStringLiteral("id"), SchemaType::Integer, false, {}, true, false}});
        QVERIFY(!clash.isValid());
        QVERIFY2(clash.problemText().contains(QLatin1String("already used")),
                 qPrintable(clash.problemText()));
        QCOMPARE(SchemaOps::suggestedIndexName(reader(), people, {QStringLiteral("age")}),
                 QStringLiteral("idx_people_age"));
        QVERIFY(run(SchemaOps::createIndex(reader(), people, QStringLiteral("idx_people_age"),
                                           {QStringLiteral("age")}, true)));
        QCOMPARE(SchemaOps::suggestedIndexName(reader(), people, {QStringLiteral("age")}),
                 QStringLiteral("idx_people_age_2"));

        // A suggested name the server would cut short is made to fit.
        const QString wide(60, QLatin1Char('w'));
        QVERIFY(run(SchemaOps::addColumn(reader(), people,
                                         {wide, SchemaType::Text, false, {}, false, true})));
        const QString suggested = SchemaOps::suggestedIndexName(reader(), people, {wide});
        if (onServer())
            QVERIFY2(suggested.toUtf8().size() <= 63, qPrintable(suggested));
        else
            QCOMPARE(suggested,
                     QStringLiteral("idx_people_%1_2").arg(wide)); // Unique took the first
        QVERIFY(run(SchemaOps::createIndex(reader(), people, suggested, {wide}, false)));
        QVERIFY(indexNames(SchemaOps::indexes(reader(), people), false).contains(suggested));

        ColumnDefinition untyped = ColumnChange::current(reader(), people, QStringLiteral("age"));
        untyped.type.clear(); // SQLite allows a column without a type, PostgreSQL does not
        QCOMPARE(ColumnChange::alter(reader(), people, QStringLiteral("age"), untyped).isValid(),
                 !onServer());
        // Nor does the save worker take SQLite's undo snapshot on a server.
        SchemaChange snapshot = SchemaOps::addColumn(
            reader(), people, {QStringLiteral("extra"), SchemaType::Text, false, {}, false, false});
        snapshot.snapshotBefore = true;
        QString message;
        QCOMPARE(run(snapshot, &message), !onServer());
        QCOMPARE(Catalog::table(reader(), people).columnIndex(QStringLiteral("extra")) >= 0,
                 !onServer());
    }

    // Edit Column: a foreign key, Required, Unique, a default and another type, each checked
    // against the rows first (the rows that stand in the way named), then made and taken back.
    void changesAColumn_data() { engines(); }
    void changesAColumn()
    {
        QVERIFY(
            create({peopleTable(),
                    QStringLiteral("CREATE TABLE pets (id INTEGER PRIMARY KEY, owner "
                                   "INTEGER, name TEXT, tag TEXT)"),
                    QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30), "
                                   "('Bob', NULL)"),
                    QStringLiteral("INSERT INTO pets (id, owner, name, tag) VALUES (1, 1, "
                                   "'Rex', 'a'), (2, 7, 'Tom', 'a'), (3, NULL, 'Kit', NULL)")}));
        QVERIFY(open(QStringLiteral("pets")));
        const QString pets = QStringLiteral("pets");
        const QString owner = QStringLiteral("owner");
        const QString tag = QStringLiteral("tag");
        const Side side(m_target);

        ColumnDefinition reference = ColumnChange::current(reader(), pets, owner);
        QVERIFY(reference.referencesTable.isEmpty());
        reference.referencesTable = QStringLiteral("people");
        reference.referencesColumn = QStringLiteral("id");
        SchemaChange change = ColumnChange::alter(reader(), pets, owner, reference);
        QVERIFY(!change.isValid());
        QVERIFY2(
            change.problemText().contains(QStringLiteral("refer to no row of “people” (id 2)")),
            qPrintable(change.problemText()));
        QVERIFY(side.exec(QStringLiteral("UPDATE pets SET owner = 2 WHERE id = 2")));
        QVERIFY(run(ColumnChange::alter(reader(), pets, owner, reference)));
        QCOMPARE(ColumnChange::current(reader(), pets, owner).referencesTable,
                 QStringLiteral("people"));
        QCOMPARE(ColumnChange::current(reader(), pets, owner).referencesColumn,
                 QStringLiteral("id"));

        ColumnDefinition strict = ColumnChange::current(reader(), pets, tag);
        QVERIFY(!strict.notNull && !strict.unique);
        strict.notNull = true;
        strict.unique = true;
        strict.defaultValue = QStringLiteral("none");
        strict.defaultIsSql = false;
        change = ColumnChange::alter(reader(), pets, tag, strict);
        QVERIFY(!change.isValid());
        QVERIFY2(change.problemText().contains(QStringLiteral("“tag” is empty in 1 row"))
                     && change.problemText().contains(QLatin1String("(id 3)")),
                 qPrintable(change.problemText()));
        QVERIFY2(change.problemText().contains(QStringLiteral("“a” in id 1, 2")),
                 qPrintable(change.problemText()));
        QVERIFY(side.exec(QStringLiteral("UPDATE pets SET tag = id")));
        QVERIFY(run(ColumnChange::alter(reader(), pets, tag, strict)));
        const ColumnDefinition made = ColumnChange::current(reader(), pets, tag);
        QVERIFY(made.notNull && made.unique);
        QVERIFY2(made.defaultValue.contains(QLatin1String("'none'")),
                 qPrintable(made.defaultValue));
        QVERIFY(side.exec(QStringLiteral("INSERT INTO pets (id, name) VALUES (4, 'Pip')")));
        QCOMPARE(side.value(QStringLiteral("SELECT tag FROM pets WHERE id = 4")).toString(),
                 QStringLiteral("none"));
        QVERIFY(!side.exec(QStringLiteral("INSERT INTO pets (id, name, tag) VALUES (5, 'Dup', "
                                          "'1')")));

        // Taken back: no Unique, no Required, no default.
        ColumnDefinition loose = made;
        loose.notNull = false;
        loose.unique = false;
        loose.defaultValue.clear();
        loose.defaultIsSql = false;
        QVERIFY(run(ColumnChange::alter(reader(), pets, tag, loose)));
        const ColumnDefinition back = ColumnChange::current(reader(), pets, tag);
        QVERIFY(!back.notNull && !back.unique && back.defaultValue.isEmpty());
        // Another type, and the foreign key goes (first: it would have to follow the type).
        ColumnDefinition real = ColumnChange::current(reader(), pets, owner);
        real.type = SchemaOps::declaredType(reader(), SchemaType::Real);
        real.referencesTable.clear();
        real.referencesColumn.clear();
        QVERIFY(run(ColumnChange::alter(reader(), pets, owner, real)));
        QVERIFY(ColumnChange::current(reader(), pets, owner).referencesTable.isEmpty());
        QVERIFY(Catalog::table(reader(), pets).columns[1].kind == ColumnKind::Real);
        QCOMPARE(side.value(QStringLiteral("SELECT owner FROM pets WHERE id = 2")).toDouble(), 2.0);
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM pets")), 4);
    }

    // A column edited in the grid, then given another type, then edited again: the save worker
    // does not write through a statement prepared for the old type.
    void editsAColumnAfterItsTypeChanged_data() { engines(); }
    void editsAColumnAfterItsTypeChanged()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        const Side side(m_target);
        QVERIFY(model->setData(model->index(0, 2), 31));
        QVERIFY(saved());
        ColumnDefinition text
            = ColumnChange::current(reader(), QStringLiteral("people"), QStringLiteral("age"));
        text.type = SchemaOps::declaredType(reader(), SchemaType::Text);
        QVERIFY(run(
            ColumnChange::alter(reader(), QStringLiteral("people"), QStringLiteral("age"), text)));
        QSignalSpy loading(model, &TableModel::loadingChanged);
        QVERIFY(model->setTable(QStringLiteral("people"))); // as the window does after a change
        QVERIFY(!model->isLoading() || loading.wait(10000));
        QVERIFY(model->tableInfo().columns[2].kind != ColumnKind::Integer);
        QVERIFY(model->setData(model->index(0, 2), QStringLiteral("thirty-one")));
        QVERIFY(saved());
        QCOMPARE(side.value(QStringLiteral("SELECT age FROM people WHERE id = 1")).toString(),
                 QStringLiteral("thirty-one"));
    }

    // Rows in the way of a change are named by their key, also when it is text.
    void namesRowsByATextKey_data() { engines(); }
    void namesRowsByATextKey()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE codes (code TEXT PRIMARY KEY, note TEXT)"),
                        QStringLiteral("INSERT INTO codes VALUES ('a', 'x'), ('b', NULL)")}));
        QVERIFY(open(QStringLiteral("codes")));
        ColumnDefinition required
            = ColumnChange::current(reader(), QStringLiteral("codes"), QStringLiteral("note"));
        required.notNull = true;
        const SchemaChange change = ColumnChange::alter(reader(), QStringLiteral("codes"),
                                                        QStringLiteral("note"), required);
        QVERIFY(!change.isValid());
        // SQLite names a table's rows by their rowid, a server by the primary key.
        const QString named = onServer() ? QStringLiteral("(code b)") : QStringLiteral("(rowid 2)");
        QVERIFY2(change.problemText().contains(named), qPrintable(change.problemText()));
    }

    // A cast to varchar(n) would cut longer values short: the change is refused instead.
    void aShorterTypeCutsNothing_data() { serverOnly(); }
    void aShorterTypeCutsNothing()
    {
        QVERIFY(openAnnAndBobby());
        const QString people = QStringLiteral("people");
        const QString name = QStringLiteral("name");
        ColumnDefinition shorter = ColumnChange::current(reader(), people, name);
        shorter.type = QStringLiteral("varchar(3)");
        const SchemaChange named = ColumnChange::alter(reader(), people, name, shorter);
        QVERIFY(!named.isValid());
        QVERIFY2(named.problemText().contains(
                     QStringLiteral("“name” is longer than 3 characters in 1 row")),
                 qPrintable(named.problemText()));
        QVERIFY2(named.problemText().contains(QStringLiteral("(id 2)")),
                 qPrintable(named.problemText()));
        // Where no check names the rows (bit strings), the server refuses what a cast would cut.
        const Side side(m_target);
        QVERIFY(side.exec(QStringLiteral("ALTER TABLE people ADD COLUMN flags bit varying(8)")));
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET flags = B'101' WHERE id = 2")));
        ColumnDefinition bits = ColumnChange::current(reader(), people, QStringLiteral("flags"));
        bits.type = QStringLiteral("bit(2)");
        QString message;
        QVERIFY(
            !run(ColumnChange::alter(reader(), people, QStringLiteral("flags"), bits), &message));
        QVERIFY2(message
                     == QStringLiteral("The database refused the change: bit string length 3 "
                                       "does not match type bit(2). Nothing was changed."),
                 qPrintable(message));
        QCOMPARE(side.value(QStringLiteral("SELECT CAST(flags AS text) FROM people WHERE id = 2"))
                     .toString(),
                 QStringLiteral("101"));
        // Every spelling of a limited character type is checked; a cast to nchar would have
        // kept one character of each name.
        for (const QString &type :
             {QStringLiteral("char varying(3)"), QStringLiteral("nchar(4)"),
              QStringLiteral("national character varying(4)"), QStringLiteral("CHAR(3)")}) {
            shorter.type = type;
            const SchemaChange change = ColumnChange::alter(reader(), people, name, shorter);
            QVERIFY2(change.problemText().contains(QStringLiteral("“name” is longer than"))
                         && change.problemText().contains(QStringLiteral("(id 2)")),
                     qPrintable(type + QLatin1Char(' ') + change.problemText()));
        }
        // PostgreSQL's one-byte "char" would keep the first byte of each name.
        shorter.type = QStringLiteral("\"char\"");
        const SchemaChange oneByte = ColumnChange::alter(reader(), people, name, shorter);
        QVERIFY2(oneByte.problemText().contains(
                     QStringLiteral("“name” holds a value of more than one byte in 2 rows (id 1, "
                                    "2), so its type cannot be \"char\";")),
                 qPrintable(oneByte.problemText()));
        QVERIFY(side.exec(QStringLiteral("ALTER TABLE people ADD COLUMN initial text")));
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET initial = left(name, 1)")));
        ColumnDefinition initial
            = ColumnChange::current(reader(), people, QStringLiteral("initial"));
        initial.type = QStringLiteral("\"char\"");
        QVERIFY(run(ColumnChange::alter(reader(), people, QStringLiteral("initial"), initial)));
        QCOMPARE(side.value(QStringLiteral("SELECT string_agg(CAST(initial AS text), ',' ORDER BY "
                                           "id) FROM people"))
                     .toString(),
                 QStringLiteral("A,B"));
        shorter.type = QStringLiteral("nchar(5)");
        QVERIFY(run(ColumnChange::alter(reader(), people, name, shorter)));
        QCOMPARE(side.value(QStringLiteral("SELECT string_agg(CAST(name AS text), ',' ORDER BY id) "
                                           "FROM people"))
                     .toString(),
                 QStringLiteral("Ann,Bobby"));
        shorter.type = QStringLiteral("character varying(5)");
        QVERIFY(run(ColumnChange::alter(reader(), people, name, shorter)));
        QCOMPARE(ColumnChange::current(reader(), people, name).type,
                 QStringLiteral("character varying(5)"));
    }

    // Without a length, char, character and nchar hold one character: the rows that hold more
    // are named before the server is asked (bpchar without a length holds any).
    void aBareCharHoldsOneCharacter_data() { serverOnly(); }
    void aBareCharHoldsOneCharacter()
    {
        QVERIFY(openAnnAndBobby());
        const QString people = QStringLiteral("people");
        const QString name = QStringLiteral("name");
        ColumnDefinition shorter = ColumnChange::current(reader(), people, name);
        for (const QString &type : {QStringLiteral("char"), QStringLiteral("Character"),
                                    QStringLiteral("nchar"), QStringLiteral("national char")}) {
            shorter.type = type;
            const SchemaChange change = ColumnChange::alter(reader(), people, name, shorter);
            QVERIFY2(change.problemText().contains(
                         QStringLiteral("“name” holds a value of more than one character in 2 "
                                        "rows (id 1, 2), so its type cannot be ")
                         + type + QLatin1Char(';')),
                     qPrintable(type + QLatin1Char(' ') + change.problemText()));
        }
        shorter.type = QStringLiteral("bpchar");
        QVERIFY(run(ColumnChange::alter(reader(), people, name, shorter)));
        const Side side(m_target);
        QCOMPARE(side.value(QStringLiteral("SELECT string_agg(CAST(name AS text), ',' ORDER BY id) "
                                           "FROM people"))
                     .toString(),
                 QStringLiteral("Ann,Bobby"));
    }

    // An array of limited text: each element is checked, and the elements are cast as elements.
    void anArrayOfShorterTextCutsNothing_data() { serverOnly(); }
    void anArrayOfShorterTextCutsNothing()
    {
        QVERIFY(create({peopleTable(), QStringLiteral("ALTER TABLE people ADD COLUMN tags text[]"),
                        QStringLiteral("INSERT INTO people (name, tags) VALUES ('Ann', "
                                       "'{ab,c}'), ('Bo', '{{x,abcdef},{y,z}}'), ('Cy', NULL)")}));
        QVERIFY(open(QStringLiteral("people")));
        const QString people = QStringLiteral("people");
        const QString tags = QStringLiteral("tags");
        ColumnDefinition wanted = ColumnChange::current(reader(), people, tags);
        QCOMPARE(wanted.type, QStringLiteral("text[]"));
        // Also in SQL's own spelling of an array type.
        for (const QString &type :
             {QStringLiteral("varchar(3)[]"), QStringLiteral("character varying(3) ARRAY")}) {
            wanted.type = type;
            const SchemaChange refused = ColumnChange::alter(reader(), people, tags, wanted);
            QVERIFY(!refused.isValid());
            QVERIFY2(refused.problemText().contains(
                         QStringLiteral("“tags” holds a value longer than 3 characters in 1 row "
                                        "(id 2)")),
                     qPrintable(type + QLatin1Char(' ') + refused.problemText()));
        }
        wanted.type = QStringLiteral("varchar(6) ARRAY");
        QString message;
        QVERIFY2(run(ColumnChange::alter(reader(), people, tags, wanted), &message),
                 qPrintable(message));
        const Side side(m_target);
        QCOMPARE(side.value(QStringLiteral("SELECT string_agg(coalesce(CAST(tags AS text), "
                                           "'null'), ';' ORDER BY id) FROM people"))
                     .toString(),
                 QStringLiteral("{ab,c};{{x,abcdef},{y,z}};null"));
        QCOMPARE(ColumnChange::current(reader(), people, tags).type,
                 QStringLiteral("character varying(6)[]"));
    }

    // A value the new type cannot hold: the server refuses the whole change, naming the value.
    void aValueThatDoesNotConvertChangesNothing_data() { serverOnly(); }
    void aValueThatDoesNotConvertChangesNothing()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('12', 1), "
                                           "('twelve', 2)")}));
        QVERIFY(open(QStringLiteral("people")));
        ColumnDefinition number
            = ColumnChange::current(reader(), QStringLiteral("people"), QStringLiteral("name"));
        number.type = QStringLiteral("bigint");
        QString message;
        QVERIFY(!run(
            ColumnChange::alter(reader(), QStringLiteral("people"), QStringLiteral("name"), number),
            &message));
        QVERIFY2(message.contains(QLatin1String("\"twelve\"")), qPrintable(message));
        QCOMPARE(
            ColumnChange::current(reader(), QStringLiteral("people"), QStringLiteral("name")).type,
            QStringLiteral("text"));
        QCOMPARE(Side(m_target).count(QStringLiteral("SELECT count(*) FROM people")), 2);
    }

    // A type the server does not know, or that does not parse, is named before anything runs;
    // one with a length or of arrays is known.
    void aTypeTheServerDoesNotKnowIsNamed_data() { serverOnly(); }
    void aTypeTheServerDoesNotKnowIsNamed()
    {
        QVERIFY(
            create({peopleTable(), QStringLiteral("INSERT INTO people (name) VALUES ('Ann')")}));
        QVERIFY(open(QStringLiteral("people")));
        const QString people = QStringLiteral("people");
        const QString name = QStringLiteral("name");
        ColumnDefinition wanted = ColumnChange::current(reader(), people, name);
        for (const QString &type : {QStringLiteral("nosuchtype"), QStringLiteral("varchar(")}) {
            wanted.type = type;
            const SchemaChange change = ColumnChange::alter(reader(), people, name, wanted);
            QVERIFY(!change.isValid());
            QVERIFY(change.statements.isEmpty());
            QCOMPARE(change.problems.first().field, SchemaProblem::Type);
            QVERIFY2(change.problemText().contains(QStringLiteral("knows no type “%1”").arg(type)),
                     qPrintable(change.problemText()));
        }
        for (const QString &type : {QStringLiteral("varchar(20)"), QStringLiteral("text[]")}) {
            wanted.type = type;
            const SchemaChange change = ColumnChange::alter(reader(), people, name, wanted);
            QVERIFY2(change.isValid(), qPrintable(type + QLatin1Char(' ') + change.problemText()));
        }
        QCOMPARE(ColumnChange::current(reader(), people, name).type, QStringLiteral("text"));
    }

    // Drop Column takes the column's indexes with it and says so; Drop Table is refused while
    // another table's foreign key refers to it, and then drops it.
    void dropsColumnsAndTables_data() { engines(); }
    void dropsColumnsAndTables()
    {
        QVERIFY(
            create({peopleTable(),
                    QStringLiteral("CREATE TABLE pets (id INTEGER PRIMARY KEY, owner INTEGER "
                                   "REFERENCES people (id), name TEXT)"),
                    QStringLiteral("CREATE INDEX by_age ON people (age, name)"),
                    QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30)"),
                    QStringLiteral("INSERT INTO pets (id, owner, name) VALUES (1, 1, 'Rex')")}));
        QVERIFY(open(QStringLiteral("people")));
        const QString people = QStringLiteral("people");
        const Side side(m_target);

        const SchemaChange age = SchemaOps::dropColumn(reader(), people, QStringLiteral("age"));
        QVERIFY2(age.isValid(), qPrintable(age.problemText()));
        QVERIFY2(age.sideEffects.join(QLatin1Char(' ')).contains(QStringLiteral("“by_age”")),
                 qPrintable(age.sideEffects.join(QLatin1Char(' '))));
        const SchemaChange key = SchemaOps::dropColumn(reader(), people, QStringLiteral("id"));
        QVERIFY(!key.isValid());
        QVERIFY(run(age));
        QCOMPARE(Catalog::table(reader(), people).columnIndex(QStringLiteral("age")), -1);
        QVERIFY(!indexNames(SchemaOps::indexes(reader(), people), false)
                     .contains(QStringLiteral("by_age")));
        QCOMPARE(side.value(QStringLiteral("SELECT name FROM people WHERE id = 1")).toString(),
                 QStringLiteral("Ann"));

        const SchemaChange referred = SchemaOps::dropTable(reader(), people);
        QVERIFY(!referred.isValid());
        QVERIFY2(referred.problemText().contains(QStringLiteral("“pets”")),
                 qPrintable(referred.problemText()));
        QVERIFY(run(SchemaOps::dropTable(reader(), QStringLiteral("pets"))));
        QVERIFY(!Catalog::table(reader(), QStringLiteral("pets")).isValid());
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM people")), 1);
    }

    // The server refuses to drop what a view uses: the view is named before anything runs.
    void namesTheViewsADropWouldBreak_data() { serverOnly(); }
    void namesTheViewsADropWouldBreak()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("CREATE VIEW named AS SELECT id, name FROM people")}));
        QVERIFY(open(QStringLiteral("people")));
        const QString people = QStringLiteral("people");
        const SchemaChange name = SchemaOps::dropColumn(reader(), people, QStringLiteral("name"));
        QVERIFY(!name.isValid());
        QVERIFY2(name.problemText().contains(QStringLiteral("“named” uses “name”")),
                 qPrintable(name.problemText()));
        // The server's DETAIL names the view that stops a type change.
        ColumnDefinition wider = ColumnChange::current(reader(), people, QStringLiteral("name"));
        wider.type = QStringLiteral("varchar(20)");
        QString message;
        QVERIFY(
            !run(ColumnChange::alter(reader(), people, QStringLiteral("name"), wider), &message));
        QVERIFY2(message.contains(QLatin1String("view named depends on column \"name\"")),
                 qPrintable(message));
        QVERIFY(run(SchemaOps::dropColumn(reader(), people, QStringLiteral("age"))));
        const SchemaChange table = SchemaOps::dropTable(reader(), people);
        QVERIFY(!table.isValid());
        QVERIFY2(table.problemText().contains(QStringLiteral("“named” uses “people”")),
                 qPrintable(table.problemText()));
        QVERIFY(run(SchemaOps::dropTable(reader(), QStringLiteral("named"))));
        QVERIFY(run(SchemaOps::dropTable(reader(), people)));

        const Side side(m_target);
        QVERIFY(side.exec(QStringLiteral("CREATE MATERIALIZED VIEW kept AS SELECT 1 AS one")));
        QVERIFY(run(SchemaOps::dropTable(reader(), QStringLiteral("kept"))));
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM pg_matviews WHERE matviewname = "
                                           "'kept'")),
                 0);
        QVERIFY(!Catalog::table(reader(), people).isValid());
    }
};

QTEST_MAIN(TestEngineSchema)
#include "tst_engineschema.moc"

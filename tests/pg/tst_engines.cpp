// One body per behaviour, run on a SQLite file and on the throwaway PostgreSQL server: the
// catalog, the dialect's queries, browsing, sorting and filtering through TableModel, saving
// through the save worker (values, new rows, deletions, refused rows, a locked row, a value
// another session changed, exact numerics), Export Table, and another session's commits seen
// live. Each data row is an engine. Tables keyed by other than an integer: tst_enginekeys.
#include "catalog.h"
#include "changewatcher.h"
#include "columnvalues.h"
#include "database.h"
#include "enginecase.h"
#include "exportjob.h"
#include "filtersyntax.h"
#include "saver.h"
#include "undohistory.h"

#include <QBuffer>
#include <QUndoStack>

using namespace rowbook;
using enginecase::Side;

class TestEngines : public enginecase::EngineCase
{
    Q_OBJECT

private:
    static QString snapshotQuery()
    {
        return QStringLiteral("SELECT CAST(pg_current_snapshot() AS text)");
    }

    // On a server, after an own save to people's row 1 whose trigger wrote the row again: the
    // row's last writer, a subtransaction (the row's savepoint), is among the batch's own ids;
    // `othersEnded` tells whether other sessions ended transactions since `before` (a server's
    // snapshot is the whole server's: the tests beside this one commit too).
    void checkOwnTransactionIds(const Side &side,
                                const QString &before,
                                const QSignalSpy &finished,
                                bool *othersEnded)
    {
        QVERIFY(!finished.isEmpty());
        const auto outcome = finished.last().first().value<SaveOutcome>();
        const qint64 writer = side.value(QStringLiteral("SELECT CAST(CAST(xmin AS text) AS "
                                                        "bigint) FROM people WHERE id = 1"))
                                  .toLongLong();
        QVERIFY2(outcome.ownTransactions.contains(writer),
                 qPrintable(QStringLiteral("%1 in %2..%3")
                                .arg(writer)
                                .arg(outcome.ownTransactions.from)
                                .arg(outcome.ownTransactions.to)));
        QVERIFY(writer != outcome.ownTransactions.from);
        QTest::qWait(2 * ChangeWatcher::serverIntervalMs);
        *othersEnded = PgSnapshot::othersEnded(before, side.value(snapshotQuery()).toString(),
                                               {outcome.ownTransactions});
    }

    // Another session's commit right after an own save is not taken for the save's.
    void showsACommitRightAfterAnOwnSave(TableModel *model, QSignalSpy &elsewhere, const Side &side)
    {
        enum { Name = 1, Age, Note };
        QVERIFY(model->setTable(QStringLiteral("people")));
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(model->setData(model->index(0, Age), 32));
        QVERIFY(saved());
        // (Once the trigger's work is shown, the rows are not read again for the save.)
        QTRY_COMPARE(model->data(model->index(0, Note)).toString(), QStringLiteral("age 32"));
        elsewhere.clear();
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET name = 'Bo' WHERE id = 2")));
        QTRY_VERIFY_WITH_TIMEOUT(!elsewhere.isEmpty(), 10000);
        QTRY_COMPARE(model->data(model->index(1, Name)).toString(), QStringLiteral("Bo"));
    }

private Q_SLOTS:
    void initTestCase() { initCase(); }

    void cleanup() { closeCase(); }

    void catalogAndDialect_data() { engines(); }
    void catalogAndDialect()
    {
        QVERIFY(create({peopleTable(),
                        QStringLiteral("CREATE TABLE pairs (a INTEGER, b INTEGER, PRIMARY KEY (a, "
                                       "b))"),
                        QStringLiteral("CREATE TABLE loose (x TEXT)"),
                        QStringLiteral("CREATE VIEW adults AS SELECT * FROM people WHERE age >= "
                                       "18")}));
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_target, RetryPolicy{}, Database::Open::Existing));
        QCOMPARE(m_workspace->info().server, onServer());
        const QSqlDatabase reader = m_workspace->reader();
        const SqlDialect &dialect = SqlDialect::of(reader);
        QCOMPARE(dialect.engineName(),
                 onServer() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
        QStringList names;
        for (const Catalog::Entry &entry : Catalog::objects(reader))
            names << entry.name + (entry.isView ? QStringLiteral(" (view)") : QString());
        QCOMPARE(names, (QStringList{QStringLiteral("adults (view)"), QStringLiteral("loose"),
                                     QStringLiteral("pairs"), QStringLiteral("people")}));

        const TableInfo people = Catalog::table(reader, QStringLiteral("People"));
        QCOMPARE(people.name, QStringLiteral("people"));
        QCOMPARE(people.columns.size(), 5);
        QCOMPARE(people.columns[0].primaryKeyOrder, 1);
        QCOMPARE(people.columns[1].kind, ColumnKind::Text);
        QCOMPARE(people.columns[2].kind, ColumnKind::Integer);
        QVERIFY(people.columns[3].notNull);
        QCOMPARE(people.columns[4].kind, ColumnKind::Boolean);
        QCOMPARE(people.keyColumn, 0);
        QVERIFY(people.isEditable());
        QVERIFY(dialect.readOnlyReason(people).isEmpty());

        const TableInfo view = Catalog::table(reader, QStringLiteral("adults"));
        QVERIFY(view.isView);
        QCOMPARE(dialect.readOnlyReason(view), QStringLiteral("Views are read-only."));

        // SQLite addresses every table by its rowid; PostgreSQL by its primary key (a key of
        // two columns through handles), and a table without one is read-only and says so.
        const TableInfo loose = Catalog::table(reader, QStringLiteral("loose"));
        const TableInfo pairs = Catalog::table(reader, QStringLiteral("pairs"));
        QCOMPARE(loose.isEditable(), !onServer());
        QVERIFY(pairs.isEditable());
        QVERIFY(dialect.readOnlyReason(pairs).isEmpty());
        QCOMPARE(pairs.keysMapped, onServer());
        QCOMPARE(pairs.keyWidth, onServer() ? 2 : 1);
        QCOMPARE(people.keysMapped, false);
        if (onServer()) {
            QVERIFY2(dialect.readOnlyReason(loose).contains(QLatin1String("no primary key")),
                     qPrintable(dialect.readOnlyReason(loose)));
            // A primary key's INCLUDE columns are carried in its index, not part of the key.
            const Side side(m_target);
            QVERIFY(side.exec(QStringLiteral("CREATE TABLE covered (id integer, label text, "
                                             "PRIMARY KEY (id) INCLUDE (label))")));
            const TableInfo covered = Catalog::table(reader, QStringLiteral("covered"));
            QCOMPARE(covered.columns[1].primaryKeyOrder, 0);
            QVERIFY(!covered.keysMapped);
            QCOMPARE(covered.keyColumn, 0);
        }
        QSqlQuery version(reader);
        QVERIFY(version.exec(dialect.versionQuery()) && version.next());
        QVERIFY(!version.value(0).toString().isEmpty());
    }

    // Rows the filters must find the same way on both engines: LIKE is case-insensitive,
    // regular expressions are not unless they start with (?i); NULLs sort first.
    void browsesSortsAndFilters_data() { engines(); }
    void browsesSortsAndFilters()
    {
        QStringList rows;
        for (int i = 1; i <= 700; ++i)
            rows << QStringLiteral("('%1', %2, %3)")
                        .arg(i % 3 == 0   ? QStringLiteral("Alpha %1").arg(i)
                             : i % 3 == 1 ? QStringLiteral("ALPHABET %1").arg(i)
                                          : QStringLiteral("beta_%1").arg(i),
                             i % 10 == 0 ? QStringLiteral("NULL") : QString::number(i % 37),
                             i % 4 == 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        QVERIFY(
            create({peopleTable(), QStringLiteral("INSERT INTO people (name, age, active) VALUES ")
                                       + rows.join(QLatin1String(", "))}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        const Side side(m_target);
        QCOMPARE(model->rowCount(), 700);
        QCOMPARE(modelKeys(model), side.keys(QStringLiteral("SELECT id FROM people ORDER BY id")));
        QCOMPARE(model->data(model->index(699, 1)).toString(), QStringLiteral("ALPHABET 700"));

        model->sort(2, Qt::AscendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(modelKeys(model), side.keys(QStringLiteral(
                                       "SELECT id FROM people ORDER BY age IS NOT NULL, age, id")));
        QVERIFY(model->data(model->index(0, 2), TableModel::NullRole).toBool());
        model->sort(2, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(
            modelKeys(model),
            side.keys(QStringLiteral("SELECT id FROM people ORDER BY age IS NULL, age DESC, id")));

        const SqlDialect &dialect = model->dialect();
        const auto filter = [&](const QString &text, const QString &column, ColumnKind kind) {
            const SqlCondition condition = parseColumnFilter(text, column, kind, dialect);
            model->setFilter(condition.sql, condition.values);
            QTRY_VERIFY(!model->isLoading());
            QVERIFY2(model->lastError().isEmpty(),
                     qPrintable(text + QStringLiteral(": ") + model->lastError()));
        };
        filter(QStringLiteral("alpha"), QStringLiteral("name"), ColumnKind::Text);
        QCOMPARE(model->rowCount(), 467); // "Alpha ..." and "ALPHABET ..." alike
        const auto expect = [&](const QString &where) {
            const int expected
                = side.count(QStringLiteral("SELECT count(*) FROM people WHERE ") + where);
            QVERIFY2(expected > 0, qPrintable(where)); // the engine's own count of a real match
            QCOMPARE(model->rowCount(), expected);
        };
        filter(QStringLiteral("a_1"), QStringLiteral("name"), ColumnKind::Text);
        expect(QStringLiteral("name LIKE '%beta\\_1%' ESCAPE '\\'"));
        filter(QStringLiteral("/^A/"), QStringLiteral("name"), ColumnKind::Text);
        QCOMPARE(model->rowCount(), 467);
        filter(QStringLiteral("/^Alpha /"), QStringLiteral("name"), ColumnKind::Text);
        QCOMPARE(model->rowCount(), 233);
        filter(QStringLiteral("/(?i)^alpha /"), QStringLiteral("name"), ColumnKind::Text);
        QCOMPARE(model->rowCount(), 233);
        filter(QStringLiteral(">30"), QStringLiteral("age"), ColumnKind::Integer);
        expect(QStringLiteral("age > 30"));
        filter(QStringLiteral("3"), QStringLiteral("age"), ColumnKind::Integer);
        expect(QStringLiteral("CAST(age AS TEXT) LIKE '%3%'"));
        // A fraction against integers is neither rounded nor refused; text ordered against
        // numbers matches nothing on both engines; a boolean compares as 0/1.
        filter(QStringLiteral(">35.5"), QStringLiteral("age"), ColumnKind::Integer);
        expect(QStringLiteral("age >= 36"));
        filter(QStringLiteral("=1.5"), QStringLiteral("age"), ColumnKind::Integer);
        QCOMPARE(model->rowCount(), 0);
        filter(QStringLiteral("0.5~2.5"), QStringLiteral("age"), ColumnKind::Integer);
        expect(QStringLiteral("age IN (1, 2)"));
        // An unquoted word ordered against numbers is taken for a slip and gets a hint; quoted,
        // it is compared as text.
        QVERIFY(!parseColumnFilter(QStringLiteral(">abc"), QStringLiteral("age"),
                                   ColumnKind::Integer, dialect)
                     .isValid());
        filter(QStringLiteral(">\"abc\""), QStringLiteral("age"), ColumnKind::Integer);
        QCOMPARE(model->rowCount(), 0);
        filter(QStringLiteral("=1"), QStringLiteral("active"), ColumnKind::Boolean);
        expect(QStringLiteral("active = TRUE"));
        const SqlCondition search
            = globalSearch(QStringLiteral("ET_7"), {QStringLiteral("name")}, dialect);
        model->setFilter(search.sql, search.values);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 0); // "_" is literal in the search box: no "ET_7"
    }

    void savesValuesRowsAndDeletions_data() { engines(); }
    void savesValuesRowsAndDeletions()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30), "
                                           "('Bob', 40), ('Cid', NULL)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        const Side side(m_target);
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("Anna")));
        QVERIFY(model->setData(model->index(2, 2), 7));
        QVERIFY(saved());
        QCOMPARE(side.value(QStringLiteral("SELECT name FROM people WHERE id = 1")).toString(),
                 QStringLiteral("Anna"));
        QCOMPARE(side.value(QStringLiteral("SELECT age FROM people WHERE id = 3")).toInt(), 7);

        const int row = model->addRow();
        QVERIFY(model->setData(model->index(row, 1), QStringLiteral("Dee")));
        QVERIFY(saved());
        const qint64 added
            = side.value(QStringLiteral("SELECT id FROM people WHERE name = 'Dee'")).toLongLong();
        QCOMPARE(added, qint64(4));
        QTRY_COMPARE(model->keyAt(row), added); // the row now has the key the engine gave it

        model->removeRowList({1});
        QVERIFY(saved());
        QCOMPARE(side.keys(QStringLiteral("SELECT id FROM people ORDER BY id")),
                 (QList<qint64>{1, 3, 4}));
        QCOMPARE(modelKeys(model), (QList<qint64>{1, 3, 4}));
    }

    // A row the database refuses is kept in the window with the column named; the other rows of
    // the same batch are saved.
    void refusedRowNamesItsColumn_data() { engines(); }
    void refusedRowNamesItsColumn()
    {
        QVERIFY(create({peopleTable(),
                        QStringLiteral("CREATE UNIQUE INDEX people_name ON people (name)"),
                        QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30), "
                                       "('Bob', 40)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        const Side side(m_target);
        QVERIFY(model->setData(model->index(1, 1), QStringLiteral("Ann")));
        QVERIFY(model->setData(model->index(0, 2), 31));
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->data(model->index(1, 1), TableModel::ErrorRole).toString().isEmpty(), 15000);
        const QString error = model->data(model->index(1, 1), TableModel::ErrorRole).toString();
        QVERIFY2(error.contains(QStringLiteral("“name”")), qPrintable(error));
        QTRY_COMPARE(side.value(QStringLiteral("SELECT age FROM people WHERE id = 1")).toInt(), 31);
        QCOMPARE(side.value(QStringLiteral("SELECT name FROM people WHERE id = 2")).toString(),
                 QStringLiteral("Bob"));

        QVERIFY(model->setData(model->index(0, 3), QVariant(), TableModel::StoredRole));
        QTRY_VERIFY_WITH_TIMEOUT(
            model->data(model->index(0, 3), TableModel::ErrorRole)
                .toString()
                .contains(QStringLiteral("A value is required in column “note”")),
            15000);
    }

    // A deletion refused because other rows refer to the row says so (SQLite's text is the same
    // both ways round: "FOREIGN KEY constraint failed"), not that the row refers to a missing one,
    // and names the tables whose rows do: not one whose rows go with it, nor one with none.
    void refusedDeletionSaysOthersReferToTheRow_data() { engines(); }
    void refusedDeletionSaysOthersReferToTheRow()
    {
        QVERIFY(create({peopleTable(),
                        QStringLiteral("CREATE TABLE pets (id INTEGER PRIMARY KEY, owner "
                                       "INTEGER REFERENCES people (id))"),
                        QStringLiteral("CREATE TABLE \"pet visits\" (id INTEGER PRIMARY KEY, "
                                       "person INTEGER, pet INTEGER, FOREIGN KEY (person) "
                                       "REFERENCES people (id))"),
                        QStringLiteral("CREATE TABLE cards (id INTEGER PRIMARY KEY, holder INTEGER "
                                       "REFERENCES people (id) ON DELETE CASCADE)"),
                        QStringLiteral("CREATE TABLE loans (id INTEGER PRIMARY KEY, person INTEGER "
                                       "REFERENCES people (id))"),
                        QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30), "
                                       "('Bob', 40)"),
                        QStringLiteral("INSERT INTO pets VALUES (1, 1)"),
                        QStringLiteral("INSERT INTO \"pet visits\" VALUES (1, 1, 1)"),
                        QStringLiteral("INSERT INTO cards VALUES (1, 1), (2, 2)"),
                        QStringLiteral("INSERT INTO loans VALUES (1, NULL)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        model->removeRowList({0, 1});
        AutoSaver *saver = m_workspace->autoSaver();
        QTRY_VERIFY_WITH_TIMEOUT(!saver->problem().isEmpty(), 15000);
        const QString named
            = QStringLiteral("Rows of “pets”, “pet visits” refer to this row, so it cannot be "
                             "deleted; undo the deletion (Ctrl+Z), or change those rows first.");
        const QString either
            = QStringLiteral("Rows of “pet visits”, “pets” refer to this row, so it cannot be "
                             "deleted; undo the deletion (Ctrl+Z), or change those rows first.");
        QVERIFY2(saver->problem() == named || saver->problem() == either,
                 qPrintable(saver->problem()));
        const Side side(m_target);
        QCOMPARE(side.keys(QStringLiteral("SELECT id FROM people ORDER BY id")),
                 (QList<qint64>{1})); // Bob, whom nothing refers to, is deleted
        QCOMPARE(m_workspace->edits()->pendingCount(), 1);
    }

    // An edit of a value other rows refer to says so; an edit of the row's own reference to a
    // row that is not there says that instead (SQLite words both "FOREIGN KEY constraint failed").
    void refusedKeyChangeSaysWhichWayRound_data() { engines(); }
    void refusedKeyChangeSaysWhichWayRound()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT "
                                       "NOT NULL UNIQUE)"),
                        QStringLiteral("CREATE TABLE pets (id INTEGER PRIMARY KEY, owner TEXT "
                                       "REFERENCES owners (name))"),
                        // Follows the change: not a table that refuses it.
                        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, owner TEXT "
                                       "REFERENCES owners (name) ON UPDATE CASCADE)"),
                        QStringLiteral("INSERT INTO owners VALUES (1, 'Ann')"),
                        QStringLiteral("INSERT INTO pets VALUES (1, 'Ann')"),
                        QStringLiteral("INSERT INTO tags VALUES (1, 'Ann')")}));
        TableModel *owners = open(QStringLiteral("owners"));
        QVERIFY(owners);
        QVERIFY(owners->setData(owners->index(0, 1), QStringLiteral("Anna")));
        AutoSaver *saver = m_workspace->autoSaver();
        QTRY_VERIFY_WITH_TIMEOUT(!saver->problem().isEmpty(), 15000);
        QCOMPARE(saver->problem(),
                 QStringLiteral("Rows of “pets” refer to this row by the value you changed, so "
                                "it cannot be changed; undo the edit (Ctrl+Z), or change those "
                                "rows first."));
        m_workspace->undo()->stack(QStringLiteral("owners"))->undo();
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->edits()->pendingCount(), 0, 15000);

        TableModel *pets = open(QStringLiteral("pets"));
        QVERIFY(pets);
        QVERIFY(pets->setData(pets->index(0, 1), QStringLiteral("Bob")));
        saver = m_workspace->autoSaver();
        QTRY_VERIFY_WITH_TIMEOUT(!saver->problem().isEmpty(), 15000);
        // A server names the column and the table it refers to; SQLite tells neither.
        QCOMPARE(saver->problem(),
                 onServer() ? QStringLiteral("The value in column “owner” refers to a row of "
                                             "“owners” that does not exist.")
                            : QStringLiteral("The row refers to a row in another table that does "
                                             "not exist."));
        const Side side(m_target);
        QCOMPARE(side.value(QStringLiteral("SELECT owner FROM pets")).toString(),
                 QStringLiteral("Ann"));
    }

    // One update of a row's own reference and of a value other rows refer to: when its own
    // reference leads to a row that is there, the other rows are why; when it does not, the
    // message says what is wrong with the row itself.
    void refusedKeyChangeWithTheRowsOwnReference_data() { engines(); }
    void refusedKeyChangeWithTheRowsOwnReference()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE cities (name TEXT PRIMARY KEY)"),
                        QStringLiteral("CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT "
                                       "NOT NULL UNIQUE, city TEXT REFERENCES cities (name))"),
                        QStringLiteral("CREATE TABLE pets (id INTEGER PRIMARY KEY, owner TEXT "
                                       "REFERENCES owners (name))"),
                        QStringLiteral("INSERT INTO cities VALUES ('Oslo'), ('Rome')"),
                        QStringLiteral("INSERT INTO owners VALUES (1, 'Ann', 'Oslo')"),
                        QStringLiteral("INSERT INTO pets VALUES (1, 'Ann')")}));
        TableModel *owners = open(QStringLiteral("owners"));
        QVERIFY(owners);
        const QString referenced
            = QStringLiteral("Rows of “pets” refer to this row by the value you changed, so it "
                             "cannot be changed; undo the edit (Ctrl+Z), or change those rows "
                             "first.");
        // (The server's error is about the rows that refer to this one: it names neither.)
        const QString missing
            = QStringLiteral("The row refers to a row in another table that does not exist.");
        for (const auto &[city, expected] : {std::pair(QStringLiteral("Rome"), referenced),
                                             std::pair(QStringLiteral("Atlantis"), missing)}) {
            // Both cells before the save: one update of both columns.
            QVERIFY(owners->setData(owners->index(0, 1), QStringLiteral("Anna")));
            QVERIFY(owners->setData(owners->index(0, 2), city));
            AutoSaver *saver = m_workspace->autoSaver();
            QTRY_VERIFY_WITH_TIMEOUT(!saver->problem().isEmpty(), 15000);
            QCOMPARE(saver->problem(), expected);
            QUndoStack *stack = m_workspace->undo()->stack(QStringLiteral("owners"));
            stack->undo();
            stack->undo();
            QTRY_COMPARE_WITH_TIMEOUT(m_workspace->edits()->pendingCount(), 0, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(saver->problem().isEmpty(), 15000);
        }
        const Side side(m_target);
        QCOMPARE(side.value(QStringLiteral("SELECT name || ' ' || city FROM owners")).toString(),
                 QStringLiteral("Ann Oslo"));
    }

    // Another session holds the row (PostgreSQL: SELECT ... FOR UPDATE; SQLite: the write
    // lock): the save waits, says so, and goes through once the lock is released.
    void waitsForALockedRow_data() { engines(); }
    void waitsForALockedRow()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        const Side holder(m_target);
        QVERIFY(
            holder.exec(onServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")));
        if (onServer())
            QVERIFY(holder.exec(QStringLiteral("SELECT * FROM people WHERE id = 1 FOR UPDATE")));
        QSignalSpy waiting(m_workspace->saver(), &Saver::waiting);
        QVERIFY(model->setData(model->index(0, 2), 33));
        QTRY_VERIFY_WITH_TIMEOUT(waiting.count() >= 2, 15000);
        QCOMPARE(m_workspace->autoSaver()->state(), AutoSaver::State::Waiting);
        QCOMPARE(holder.value(QStringLiteral("SELECT age FROM people WHERE id = 1")).toInt(), 30);
        // Stopped waiting: the words name what holds the lock on each engine.
        m_workspace->autoSaver()->stopWaiting();
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->autoSaver()->problem().isEmpty(), 15000);
        QVERIFY2(m_workspace->autoSaver()->problem().startsWith(
                     onServer() ? QLatin1String("Another session kept a row you edited locked")
                                : QLatin1String("Another program kept the database locked")),
                 qPrintable(m_workspace->autoSaver()->problem()));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        m_workspace->autoSaver()->saveNow();
        QVERIFY(saved());
        QCOMPARE(holder.value(QStringLiteral("SELECT age FROM people WHERE id = 1")).toInt(), 33);
    }

    // A column of a type Rowbook has no editor for (JSON) is edited as text and saved; its
    // compare-and-set check compares text forms (PostgreSQL's json has no = operator).
    void savesAColumnOfAnotherType_data() { engines(); }
    void savesAColumnOfAnotherType()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE docs (id %1 PRIMARY KEY, body JSON, seen "
                                       "TIMESTAMP)")
                            .arg(onServer() ? QStringLiteral("bigint GENERATED BY DEFAULT AS "
                                                             "IDENTITY")
                                            : QStringLiteral("INTEGER")),
                        QStringLiteral("INSERT INTO docs (body, seen) VALUES ('{\"a\": 1}', "
                                       "'2026-12-01 10:00:00.123456')")}));
        TableModel *model = open(QStringLiteral("docs"));
        QVERIFY(model);
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("{\"a\": 2}"),
                               TableModel::StoredRole));
        QVERIFY(saved());
        const Side side(m_target);
        QCOMPARE(side.value(QStringLiteral("SELECT CAST(body AS TEXT) FROM docs WHERE id = 1"))
                     .toString(),
                 QStringLiteral("{\"a\": 2}"));
        QVERIFY(model->data(model->index(0, 1), TableModel::ErrorRole).toString().isEmpty());

        // A timestamp with microseconds is read as the text the database holds, so the
        // compare-and-set check finds it unchanged and the edit is saved, not held as a conflict.
        QCOMPARE(model->data(model->index(0, 2), TableModel::StoredRole).toString(),
                 QStringLiteral("2026-12-01 10:00:00.123456"));
        QVERIFY(model->setData(model->index(0, 2), QStringLiteral("2026-12-02 11:00:00"),
                               TableModel::StoredRole));
        QVERIFY(saved());
        QVERIFY(!model->data(model->index(0, 2), TableModel::ConflictRole).toBool());
        QCOMPARE(side.value(QStringLiteral("SELECT CAST(seen AS TEXT) FROM docs WHERE id = 1"))
                     .toString(),
                 QStringLiteral("2026-12-02 11:00:00"));
    }

    // Export Table writes the same CSV and JSON from both engines (PostgreSQL through Qt's
    // driver, SQLite through its bulk statements): numbers as numbers, NULL as nothing/null,
    // booleans as 1/0, exact decimals.
    void exportsTheSameText_data() { engines(); }
    void exportsTheSameText()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE prices (id %1 PRIMARY KEY, name TEXT, qty "
                                       "INTEGER, price NUMERIC(8,2), ok BOOLEAN, day DATE)")
                            .arg(onServer() ? QStringLiteral("bigint GENERATED BY DEFAULT AS "
                                                             "IDENTITY")
                                            : QStringLiteral("INTEGER")),
                        QStringLiteral("INSERT INTO prices (name, qty, price, ok, day) VALUES "
                                       "('Pen, blue', 3, 1.25, TRUE, '2026-12-01'), "
                                       "('Ink', NULL, 10.5, FALSE, NULL)")}));
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_target, RetryPolicy{}, Database::Open::Existing));
        const auto exported = [&](ExportJob::Format format) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ExportJob job(m_workspace->info(), {QStringLiteral("prices"), format, {}, {}});
            const ExportJob::Result result = job.run(&buffer);
            return result.error.isError() ? QStringLiteral("error: ") + result.error.message
                                          : QString::fromUtf8(buffer.data());
        };
        QCOMPARE(
            exported(ExportJob::Format::Csv),
            QStringLiteral("id,name,qty,price,ok,day\r\n1,\"Pen, blue\",3,1.25,1,2026-12-01\r\n"
                           "2,Ink,,10.5,0,\r\n"));
        QCOMPARE(
            exported(ExportJob::Format::Json),
            QStringLiteral("[\n{\"id\":1,\"name\":\"Pen, blue\",\"qty\":3,\"price\":1.25,\"ok\":1,"
                           "\"day\":\"2026-12-01\"},\n{\"id\":2,\"name\":\"Ink\",\"qty\":null,"
                           "\"price\":10.5,\"ok\":0,\"day\":null}\n]\n"));
        // On the server, numeric keeps every digit and a timestamp its microseconds (SQLite's
        // NUMERIC holds a double).
        if (onServer()) {
            const Side side(m_target);
            QVERIFY(side.exec(QStringLiteral("CREATE TABLE exact (id bigint PRIMARY KEY, amount "
                                             "numeric(30,10), seen timestamp)")));
            QVERIFY(side.exec(QStringLiteral("INSERT INTO exact VALUES (1, "
                                             "12345678901234567890.0123456789, "
                                             "'2026-12-01 10:00:00.123456')")));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ExportJob job(m_workspace->info(),
                          {QStringLiteral("exact"), ExportJob::Format::Csv, {}, {}});
            QVERIFY(!job.run(&buffer).error.isError());
            QCOMPARE(QString::fromUtf8(buffer.data()),
                     QStringLiteral("id,amount,seen\r\n1,12345678901234567890.0123456789,"
                                    "2026-12-01 10:00:00.123456\r\n"));
        }
    }

    // A numeric of 30 digits shows every digit in the grid, and one typed into it is saved
    // exactly (QPSQL's default double would keep 15).
    void keepsEveryDigitOfANumeric_data() { serverOnly(); }
    void keepsEveryDigitOfANumeric()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE exact (id bigint PRIMARY KEY, amount "
                                       "numeric(30,10), ratio double precision)"),
                        QStringLiteral("INSERT INTO exact VALUES (1, "
                                       "12345678901234567890.0123456789, 0.5)")}));
        TableModel *model = open(QStringLiteral("exact"));
        QVERIFY(model);
        const QModelIndex amount = model->index(0, 1);
        QCOMPARE(model->data(amount).toString(), QStringLiteral("12345678901234567890.0123456789"));
        QVERIFY(ColumnValues::textHint(ColumnKind::Real, model->data(amount, Qt::EditRole))
                    .isEmpty()); // a number, not text
        QCOMPARE(model->data(model->index(0, 2)).toString(), QStringLiteral("0.5"));

        const ColumnValues::Parsed typed = ColumnValues::fromText(
            ColumnKind::Real, QStringLiteral(" 98765432109876543210.5 "), false);
        QVERIFY(typed.ok());
        QVERIFY(model->setData(amount, typed.stored));
        const ColumnValues::Parsed shortOne
            = ColumnValues::fromText(ColumnKind::Real, QStringLiteral("0.25"), false);
        QCOMPARE(shortOne.stored.typeId(), QMetaType::Double); // short numbers stay numbers
        QVERIFY(model->setData(model->index(0, 2), shortOne.stored));
        QVERIFY(saved());
        const Side side(m_target);
        QCOMPARE(side.value(QStringLiteral("SELECT CAST(amount AS text) FROM exact")).toString(),
                 QStringLiteral("98765432109876543210.5000000000"));
        QCOMPARE(side.value(QStringLiteral("SELECT ratio FROM exact")).toDouble(), 0.25);
    }

    // Opening a server database checks it with a connection that then becomes the reader the
    // caller asked to keep: one server process fewer to start. That reader is a read-only
    // session that keeps numerics exact, as one connect() opens; without a name, nothing stays.
    void theCheckingConnectionBecomesTheReader_data() { serverOnly(); }
    void theCheckingConnectionBecomesTheReader()
    {
        QVERIFY(create({peopleTable()}));
        const Side side(m_target);
        const auto others = [&] {
            return side
                .value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                      "current_database() AND pid <> pg_backend_pid()"))
                .toInt();
        };
        QTRY_COMPARE(others(), 0);
        const QString name = Database::uniqueConnectionName(QStringLiteral("kept"));
        const DatabaseInfo info
            = Database::prepare(m_target, Database::Open::Existing, nullptr, name);
        QVERIFY(info.isOpen());
        QVERIFY(QSqlDatabase::contains(name));
        {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            QVERIFY(db.isOpen());
            QCOMPARE(Database::scalar(db, QStringLiteral("SHOW transaction_read_only")).toString(),
                     QStringLiteral("on"));
            QCOMPARE(db.numericalPrecisionPolicy(), QSql::HighPrecision);
            QCOMPARE(Database::scalar(db, QStringLiteral("SELECT count(*) FROM people")).toInt(),
                     0);
        }
        QCOMPARE(others(), 1); // the kept one alone
        Database::disconnect(name);
        QTRY_COMPARE(others(), 0);

        QVERIFY(Database::prepare(m_target, Database::Open::Existing).isOpen());
        QTest::qWait(200);
        QCOMPARE(others(), 0);
        // A database that cannot be opened keeps nothing under the name.
        PgConnection missing;
        QString problem;
        QVERIFY(PgConnection::parse(m_target, &missing, &problem));
        missing.database += QStringLiteral("_missing");
        QVERIFY(!Database::prepare(missing.toDisplayUri(), Database::Open::Existing, nullptr, name)
                     .isOpen());
        QVERIFY(!QSqlDatabase::contains(name));
    }

    // Another session's commit shows in the open table without the user asking: SQLite's
    // data_version, PostgreSQL's current snapshot (asked on the row fetcher's connection), polled.
    void showsWhatAnotherSessionCommits_data() { engines(); }
    void showsWhatAnotherSessionCommits()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 1);
        QSignalSpy changed(m_workspace.get(), &Workspace::changedElsewhere);
        const Side side(m_target);
        if (onServer()) {
            // The checks are round trips: not on the window's connection, whose last statement
            // is never one of them through several.
            QSqlQuery pid(m_workspace->reader());
            QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
            const QString lastStatement
                = QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = %1")
                      .arg(pid.value(0).toLongLong());
            pid.finish();
            for (int interval = 0; interval < 3; ++interval) {
                QTest::qWait(ChangeWatcher::serverIntervalMs);
                const QString last = side.value(lastStatement).toString();
                QVERIFY2(!last.isEmpty() && !last.contains(QLatin1String("pg_current_snapshot")),
                         qPrintable(last));
            }
        }
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET name = 'Changed' WHERE id = 1")));
        QVERIFY(side.exec(QStringLiteral("INSERT INTO people (name, age) VALUES ('New', 5)")));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        QTRY_COMPARE(model->data(model->index(0, 1)).toString(), QStringLiteral("Changed"));
        QCOMPARE(model->data(model->index(1, 1)).toString(), QStringLiteral("New"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().toBool(), false); // rows, not the schema

        QVERIFY(side.exec(QStringLiteral("ALTER TABLE people ADD COLUMN extra TEXT")));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && changed.last().first().toBool(), 10000);
    }

    // Rowbook's own save changes more than the cells written: a trigger fills in another
    // column of the row, and a view shown while the save was on its way gains a row.
    void showsWhatItsOwnSavesDidBesides_data() { engines(); }
    void showsWhatItsOwnSavesDidBesides()
    {
        const QString trigger
            = onServer()
                  ? QStringLiteral(
                      "CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                      "UPDATE people SET note = 'age ' || NEW.age WHERE id = NEW.id; RETURN NULL; "
                      "END $$; CREATE TRIGGER stamp AFTER UPDATE OF age ON people FOR EACH ROW "
                      "EXECUTE FUNCTION stamp()")
                  : QStringLiteral("CREATE TRIGGER stamp AFTER UPDATE OF age ON people BEGIN "
                                   "UPDATE people SET note = 'age ' || NEW.age WHERE id = NEW.id; "
                                   "END");
        QVERIFY(create({peopleTable(),
                        QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30), "
                                       "('Bob', 10)"),
                        trigger,
                        QStringLiteral("CREATE VIEW adults AS SELECT name, age FROM people WHERE "
                                       "age >= 18")}));
        const Side side(m_target);
        const QString before = onServer() ? side.value(snapshotQuery()).toString() : QString();
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        enum { Name = 1, Age, Note };
        // The window reads its own saves' effects by itself: no other program's commit is
        // seen, and the row list is not read again for a trigger's work.
        QSignalSpy elsewhere(m_workspace.get(), &Workspace::changedElsewhere);
        QSignalSpy loading(model, &TableModel::loadingChanged);
        QSignalSpy finished(m_workspace->saver(), &Saver::finished);
        QVERIFY(model->setData(model->index(0, Age), 31));
        QVERIFY(saved());
        QTRY_COMPARE(model->data(model->index(0, Note)).toString(), QStringLiteral("age 31"));
        QCOMPARE(model->data(model->index(0, Age)).toInt(), 31);
        bool othersEnded = false;
        if (onServer()) {
            checkOwnTransactionIds(side, before, finished, &othersEnded);
            if (QTest::currentTestFailed())
                return;
        }
        if (othersEnded) {
            qInfo("other sessions committed meanwhile: not counted");
            elsewhere.clear();
            loading.clear();
        }
        QCOMPARE(elsewhere.count(), 0);
        QCOMPARE(loading.count(), 0);

        // Bob comes of age, and the view is shown before the save.
        QVERIFY(model->setData(model->index(1, Age), 18));
        QVERIFY(model->setTable(QStringLiteral("adults")));
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(saved());
        QTRY_COMPARE(model->rowCount(), 2);
        if (!onServer()) // (on a server as above)
            QCOMPARE(elsewhere.count(), 0);
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->data(model->index(row, 0)).toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob")}));

        showsACommitRightAfterAnOwnSave(model, elsewhere, side);
    }

    // Compare-and-set: another session changed the value the user started from, so the edit
    // is held as a conflict and their value stays.
    void keepsWhatAnotherSessionWrote_data() { engines(); }
    void keepsWhatAnotherSessionWrote()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        QCOMPARE(model->data(model->index(0, 1)).toString(), QStringLiteral("Ann"));
        m_workspace->autoSaver()->setDebounceMs(60000); // the edit waits for the other write
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("Mine")));
        const Side side(m_target);
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET name = 'Theirs' WHERE id = 1")));
        m_workspace->autoSaver()->saveNow();
        QTRY_VERIFY_WITH_TIMEOUT(model->data(model->index(0, 1), TableModel::ConflictRole).toBool(),
                                 15000);
        QCOMPARE(model->data(model->index(0, 1), TableModel::TheirsRole).toString(),
                 QStringLiteral("Theirs"));
        QCOMPARE(side.value(QStringLiteral("SELECT name FROM people WHERE id = 1")).toString(),
                 QStringLiteral("Theirs"));
    }
};

QTEST_MAIN(TestEngines)
#include "tst_engines.moc"

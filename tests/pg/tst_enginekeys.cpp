// Tables whose rows the engine addresses by other than an integer key, one body per behaviour
// on a SQLite file and on the throwaway PostgreSQL server: keyed by text, by two columns, by
// a timestamp with a time zone. On PostgreSQL, and in SQLite's WITHOUT ROWID tables, their rows
// are KeyMap handles of the key's values; in other SQLite tables the rowid. Editing, pasting, undo,
// another session's change, one batch that adds a row and points another at it, and recovery from a
// dead process's journal. Integer keys (who numbers them, keys below one) are in
// tst_enginenumbering.cpp.
#include "clipboardformat.h"
#include "enginecase.h"
#include "journalsupport.h"
#include "undohistory.h"

#include <QUndoStack>

using namespace rowbook;
using enginecase::Side;

class TestEngineKeys : public enginecase::EngineCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initCase(); }
    void cleanup() { closeCase(); }

    // Tables keyed by a text column and by two columns: on PostgreSQL and WITHOUT ROWID their
    // rows are addressed by the key's values (through KeyMap handles), on SQLite by the rowid.
    // Browsing, sorting, editing, adding a row with its key typed in, deleting and undoing the
    // delete, and another session's change all behave alike; a saved row's key columns cannot be
    // typed into.
    void editsTablesKeyedByTextAndByTwoColumns_data()
    {
        QTest::addColumn<bool>("mapped"); // rows known by the key's values
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<QString>("inserts");
        QTest::addColumn<int>("keyColumns");
        QTest::addColumn<QVariantList>("newKey");
        QTest::addColumn<QStringList>("where"); // picks "one", "three" and the new row
        const QString tags = QStringLiteral(
            "CREATE TABLE tags (code TEXT PRIMARY KEY, note TEXT NOT NULL, size INTEGER)");
        const QString tagRows = QStringLiteral(
            "INSERT INTO tags VALUES ('red', 'one', 1), ('blue', 'two', 2), ('green', 'three', 3)");
        const QStringList tagWhere{QStringLiteral("code = 'red'"), QStringLiteral("code = 'green'"),
                                   QStringLiteral("code = 'white'")};
        const QString pairs
            = QStringLiteral("CREATE TABLE pairs (a INTEGER, b TEXT, note TEXT NOT NULL, size "
                             "INTEGER, PRIMARY KEY (a, b))");
        const QString pairRows = QStringLiteral(
            "INSERT INTO pairs VALUES (1, 'x', 'one', 1), (9, 'y', 'two', 2), (10, 'x', 'three', "
            "3)"); // 9 before 10: keys sort as numbers, not as their text
        const QStringList pairWhere{QStringLiteral("a = 1 AND b = 'x'"),
                                    QStringLiteral("a = 10 AND b = 'x'"),
                                    QStringLiteral("a = 3 AND b = 'z'")};
        for (const bool server : {false, true}) {
            const char *engine = server ? "postgresql" : "sqlite";
            QTest::addRow("%s text key", engine)
                << server << QStringLiteral("tags") << tags << tagRows << 1
                << QVariantList{QStringLiteral("white")} << tagWhere;
            QTest::addRow("%s two-column key", engine)
                << server << QStringLiteral("pairs") << pairs << pairRows << 2
                << QVariantList{3, QStringLiteral("z")} << pairWhere;
        }
        // SQLite tables without a rowid: known by their key's values as stored (typed).
        const QString withoutRowid = QStringLiteral(" WITHOUT ROWID");
        QTest::addRow("sqlite text key without rowid")
            << true << QStringLiteral("tags") << tags + withoutRowid << tagRows << 1
            << QVariantList{QStringLiteral("white")} << tagWhere;
        QTest::addRow("sqlite two-column key without rowid")
            << true << QStringLiteral("pairs") << pairs + withoutRowid << pairRows << 2
            << QVariantList{3, QStringLiteral("z")} << pairWhere;
        // Keys a QVariant would not carry exactly (microseconds; a time zone's offset): read
        // and bound as the server's text, every row stays its own.
        QTest::addRow("postgresql timestamp and timetz key")
            << true << QStringLiteral("stamps")
            << QStringLiteral("CREATE TABLE stamps (at timestamp, tz timetz, note TEXT NOT NULL, "
                              "size INTEGER, PRIMARY KEY (at, tz))")
            << QStringLiteral("INSERT INTO stamps VALUES ('2024-01-01 10:00:00.000001', "
                              "'10:00+02', 'one', 1), ('2024-01-01 10:00:00.000002', '10:00+02', "
                              "'two', 2), ('2024-01-01 10:00:00.000001', '10:00+03', 'three', 3)")
            << 2 << QVariantList{QStringLiteral("2024-01-02 00:00:00"), QStringLiteral("12:00+01")}
            << QStringList{QStringLiteral("at = '2024-01-01 10:00:00.000001' AND tz = '10:00+02'"),
                           QStringLiteral("at = '2024-01-01 10:00:00.000001' AND tz = '10:00+03'"),
                           QStringLiteral("at = '2024-01-02 00:00:00' AND tz = '12:00+01'")};
    }

private:
    // The current data row of editsTablesKeyedByTextAndByTwoColumns_data(), its table created
    // and opened.
    struct KeyedCase
    {
        bool mapped = false;
        QString table;
        int keyColumns = 1;
        QVariantList newKey;
        QString oneKey;   // picks the row whose note is "one"
        QString threeKey; // "three"
        QString newRow;   // the row added with newKey
        int note = 0;     // the columns after the key
        int size = 0;
    };
    TableModel *openKeyedCase(KeyedCase &c)
    {
        QFETCH(bool, mapped);
        QFETCH(QString, table);
        QFETCH(QString, ddl);
        QFETCH(QString, inserts);
        QFETCH(int, keyColumns);
        QFETCH(QVariantList, newKey);
        QFETCH(QStringList, where);
        c = {mapped,   table,    keyColumns, newKey,        where[0],
             where[1], where[2], keyColumns, keyColumns + 1};
        if (!create({ddl, inserts}))
            return nullptr;
        TableModel *model = open(table);
        if (model) {
            model->setUndoHistory(m_workspace->undo());
            m_workspace->undo()->setActiveTable(table);
        }
        return model;
    }
    static QStringList columnTexts(const TableModel *model, int column)
    {
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->data(model->index(row, column)).toString();
        return shown;
    }
    static QStringList storedTexts(const Side &side, const QString &sql)
    {
        QStringList values;
        QSqlQuery query(side.db());
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    // A paste into a saved row's key says so for the cell (a mapped key); into a row it
    // appends, the key is taken as pasted.
    static void checkPasteIntoKey(const TableModel *model, const KeyedCase &c, int savedRow)
    {
        const ClipboardFormat::PastePlan intoKey
            = ClipboardFormat::plan(*model, savedRow, 0, {{c.newKey.constFirst().toString()}});
        QCOMPARE(intoKey.isValid(), !c.mapped);
        if (c.mapped)
            QVERIFY2(intoKey.errors.constFirst().message.contains(QLatin1String("part of the key")),
                     qPrintable(intoKey.errors.constFirst().message));
        QStringList pastedRow;
        for (const QVariant &value : std::as_const(c.newKey))
            pastedRow << value.toString();
        pastedRow << QStringLiteral("pasted");
        const ClipboardFormat::PastePlan appended
            = ClipboardFormat::plan(*model, model->rowCount(), 0, {pastedRow});
        QVERIFY(appended.isValid());
        QCOMPARE(appended.rowsToAppend, 1);
        QCOMPARE(appended.cells.size(), c.keyColumns + 1);
    }

private Q_SLOTS:
    void editsTablesKeyedByTextAndByTwoColumns()
    {
        KeyedCase c;
        TableModel *model = openKeyedCase(c);
        QVERIFY(model);
        const bool mapped = c.mapped;
        const QString &table = c.table;
        const int keyColumns = c.keyColumns;
        const QVariantList &newKey = c.newKey;
        const int note = c.note;
        const int size = c.size;
        QCOMPARE(model->tableInfo().keysMapped, mapped);
        QVERIFY(!model->isReadOnly());
        const Side side(m_target);
        const auto notes = [&] {
            return columnTexts(model, note);
        };
        const auto stored = [&](const QString &sql) {
            return storedTexts(side, sql);
        };
        const QString ordered = QStringLiteral("SELECT note FROM %1 ORDER BY %2")
                                    .arg(table, model->tableInfo().keyName.isEmpty() || !mapped
                                                    ? QStringLiteral("1")
                                                    : model->tableInfo().keyName);
        if (mapped) // in key order; else rowid order, which is the order of insertion
            QCOMPARE(notes(), stored(ordered));
        else
            QCOMPARE(notes(), (QStringList{QStringLiteral("one"), QStringLiteral("two"),
                                           QStringLiteral("three")}));
        const int twoRow = int(notes().indexOf(QStringLiteral("two")));
        QVERIFY(twoRow >= 0);

        // A mapped key's columns are shown, not edited, on a saved row (they are the row's
        // address); where the rowid is, they are columns like the others. The other columns are
        // edited on both.
        for (int c = 0; c < keyColumns; ++c)
            QCOMPARE(bool(model->flags(model->index(twoRow, c)) & Qt::ItemIsEditable), !mapped);
        if (mapped)
            QVERIFY(!model->setData(model->index(twoRow, 0), QStringLiteral("changed")));
        checkPasteIntoKey(model, c, twoRow);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(model->flags(model->index(twoRow, note)) & Qt::ItemIsEditable);
        QVERIFY(model->setData(model->index(twoRow, note), QStringLiteral("TWO")));
        QVERIFY(saved());
        QVERIFY(stored(QStringLiteral("SELECT note FROM %1").arg(table))
                    .contains(QStringLiteral("TWO")));
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM %1").arg(table)), 3);

        // A new row takes its key as typed; once saved, the key is fixed and the row is still
        // edited by it.
        const int added = model->addRow();
        for (int c = 0; c < keyColumns; ++c) {
            QVERIFY(model->flags(model->index(added, c)) & Qt::ItemIsEditable);
            QVERIFY(model->setData(model->index(added, c), newKey[c]));
        }
        QVERIFY(model->setData(model->index(added, note), QStringLiteral("four")));
        QVERIFY(saved());
        QCOMPARE(stored(QStringLiteral("SELECT note FROM %1 WHERE %2").arg(table, c.newRow)),
                 QStringList{QStringLiteral("four")});
        QTRY_VERIFY(model->keyAt(added) > 0);
        QCOMPARE(bool(model->flags(model->index(added, 0)) & Qt::ItemIsEditable), !mapped);
        QVERIFY(model->setData(model->index(added, size), 44));
        QVERIFY(saved());
        QCOMPARE(stored(QStringLiteral("SELECT size FROM %1 WHERE %2").arg(table, c.newRow)),
                 QStringList{QStringLiteral("44")});

        // Deleted, then back with its key and values.
        const int oneRow = int(notes().indexOf(QStringLiteral("one")));
        model->removeRowList({oneRow});
        QVERIFY(saved());
        QCOMPARE(
            side.count(QStringLiteral("SELECT count(*) FROM %1 WHERE note = 'one'").arg(table)), 0);
        m_workspace->undo()->stack(table)->undo();
        QVERIFY(saved());
        QCOMPARE(stored(QStringLiteral("SELECT note FROM %1 WHERE %2").arg(table, c.oneKey)),
                 QStringList{QStringLiteral("one")});
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM %1").arg(table)), 4);
    }

    // The same tables sorted, changed by another session and checked for conflicts: the rows
    // keep their keys through the refreshes.
    void keyedTablesFollowOtherSessions_data() { editsTablesKeyedByTextAndByTwoColumns_data(); }
    void keyedTablesFollowOtherSessions()
    {
        KeyedCase c;
        TableModel *model = openKeyedCase(c);
        QVERIFY(model);
        const QString &table = c.table;
        const int note = c.note;
        const int size = c.size;
        const Side side(m_target);
        const auto notes = [&] {
            return columnTexts(model, note);
        };
        const auto stored = [&](const QString &sql) {
            return storedTexts(side, sql);
        };
        // Sorted by another column, as the engine sorts it.
        model->sort(note, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(notes(),
                 stored(QStringLiteral("SELECT note FROM %1 ORDER BY note DESC").arg(table)));

        // Another session's change shows, and the row is edited again by its key afterwards.
        QVERIFY(side.exec(
            QStringLiteral("UPDATE %1 SET note = 'theirs' WHERE %2").arg(table, c.oneKey)));
        QTRY_VERIFY_WITH_TIMEOUT(notes().contains(QStringLiteral("theirs")), 10000);
        const int theirs = int(notes().indexOf(QStringLiteral("theirs")));
        QVERIFY(model->setData(model->index(theirs, size), 11));
        QVERIFY(saved());
        QCOMPARE(stored(QStringLiteral("SELECT size FROM %1 WHERE %2").arg(table, c.oneKey)),
                 QStringList{QStringLiteral("11")});
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM %1").arg(table)), 3);
        const QList<qint64> keys = modelKeys(model);
        QCOMPARE(keys.size(), 3);
        QCOMPARE(QSet<qint64>(keys.cbegin(), keys.cend()).size(), 3); // one key per row

        // Compare-and-set by the key's values: the other session's value stays, as a conflict.
        // (The size column: the rows are sorted by note, which must not move them.)
        m_workspace->autoSaver()->setDebounceMs(60000);
        const int mine = int(notes().indexOf(QStringLiteral("three")));
        QVERIFY(model->setData(model->index(mine, size), 99));
        QVERIFY(
            side.exec(QStringLiteral("UPDATE %1 SET size = 77 WHERE %2").arg(table, c.threeKey)));
        m_workspace->autoSaver()->saveNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->data(model->index(mine, size), TableModel::ConflictRole).toBool(), 15000);
        QCOMPARE(model->data(model->index(mine, size), TableModel::TheirsRole).toInt(), 77);
        QCOMPARE(stored(QStringLiteral("SELECT size FROM %1 WHERE %2").arg(table, c.threeKey)),
                 QStringList{QStringLiteral("77")});
    }

    // Undo goes back over what was typed, but not over a saved row's key (its address: on the
    // server, or in a table without rowid); and in one batch, a row added and another row
    // pointed at it are both saved (inserts go before updates).
    void undoAndOneBatchKeepMappedKeysRight_data() { engines(); }
    void undoAndOneBatchKeepMappedKeysRight()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE nodes (code TEXT PRIMARY KEY, parent TEXT "
                                       "REFERENCES nodes (code))%1")
                            .arg(onServer() ? QString() : QStringLiteral(" WITHOUT ROWID")),
                        QStringLiteral("INSERT INTO nodes VALUES ('root', NULL)")}));
        TableModel *model = open(QStringLiteral("nodes"));
        QVERIFY(model);
        model->setUndoHistory(m_workspace->undo());
        m_workspace->undo()->setActiveTable(QStringLiteral("nodes"));
        const Side side(m_target);
        m_workspace->autoSaver()->setDebounceMs(60000);
        const int added = model->addRow();
        QVERIFY(model->setData(model->index(added, 0), QStringLiteral("A")));
        QVERIFY(model->setData(model->index(added, 0), QStringLiteral("A1"))); // corrected
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("A1")));     // points at it
        m_workspace->autoSaver()->saveNow();
        QVERIFY(saved());
        QCOMPARE(
            side.value(QStringLiteral("SELECT parent FROM nodes WHERE code = 'root'")).toString(),
            QStringLiteral("A1"));
        QTRY_VERIFY(model->keyAt(added) > 0);

        QUndoStack *undo = m_workspace->undo()->stack(QStringLiteral("nodes"));
        undo->undo(); // the parent
        undo->undo(); // the correction of the key: not applied to the saved row
        m_workspace->autoSaver()->saveNow();
        QVERIFY(saved());
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM nodes WHERE code = 'A1'")), 1);
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM nodes WHERE code = 'A'")), 0);
        QVERIFY(
            side.value(QStringLiteral("SELECT parent FROM nodes WHERE code = 'root'")).isNull());
        // By its key: another session's commit (any on the server) reads the rows again in key
        // order meanwhile.
        int a1 = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            a1 = model->data(model->index(row, 0)).toString() == QLatin1String("A1") ? row : a1;
        QVERIFY(a1 >= 0);
        QVERIFY(!model->data(model->index(a1, 0), TableModel::GoneRole).toBool());
    }

    // An edit left in the recovery journal by a process that died is offered and applied to
    // the same row: on PostgreSQL and without rowid a row of a two-column key is journaled by
    // its key's values (the handles of the dead process mean nothing to the next one), else by
    // its rowid.
    void recoversAnEditToARowOfATwoColumnKey_data()
    {
        engines();
        QTest::newRow("sqlite without rowid") << false;
    }
    void recoversAnEditToARowOfATwoColumnKey()
    {
        const bool withoutRowid = QByteArray(QTest::currentDataTag()).endsWith("without rowid");
        const bool mapped = onServer() || withoutRowid;
        QVERIFY(create({QStringLiteral("CREATE TABLE pairs (a INTEGER, b TEXT, note TEXT, "
                                       "PRIMARY KEY (a, b))%1")
                            .arg(withoutRowid ? QStringLiteral(" WITHOUT ROWID") : QString()),
                        QStringLiteral("INSERT INTO pairs VALUES (1, 'x', 'one'), (1, 'y', "
                                       "'two'), (2, 'x', 'three')")}));
        const Side side(m_target);
        QString path;
        QString fileId;
        {
            Workspace probe;
            QVERIFY(probe.open(m_target, RetryPolicy{}, Database::Open::Existing));
            path = probe.info().path;
            fileId = onServer() ? QString() : RecoveryJournal::fileId(probe.reader());
        }
        // As read: as text on a server, typed without rowid.
        const RowKey stored
            = onServer() ? RowKey::fromValues({QStringLiteral("1"), QStringLiteral("y")})
              : withoutRowid
                  ? RowKey::fromValues({1, QStringLiteral("y")})
                  : RowKey::fromId(
                      side.value(QStringLiteral("SELECT rowid FROM pairs WHERE a = 1 AND "
                                                "b = 'y'"))
                          .toLongLong());
        EditStore store;
        // Another process's handle for the row: not 1, so only the key's values can find it.
        const qint64 key
            = mapped ? (
                  store.keyMap(QStringLiteral("pairs"))->handle({7, QStringLiteral("unrelated")}),
                  store.keyMap(QStringLiteral("pairs"))->handle(stored.values()))
                     : stored.id();
        QCOMPARE(store.rowKey(QStringLiteral("pairs"), key), stored);
        store.setValue(QStringLiteral("pairs"), key, QStringLiteral("note"),
                       QStringLiteral("LEFT"));
        QVERIFY(!journalsupport::writeDeadProcessJournal(path, fileId, store).isEmpty());
        TableModel *model = open(QStringLiteral("pairs"));
        QVERIFY(model);
        QVERIFY(m_workspace->recovery().isUsable());
        QCOMPARE(m_workspace->recovery().editCount(), 1);
        QCOMPARE(m_workspace->recovery().edits.constFirst().key, stored);
        m_workspace->autoSaver()->setDebounceMs(60000);
        m_workspace->resolveRecovery(true);
        // The recovered edit is on the row the window shows (the same handle), before it is saved.
        const QModelIndexList shown
            = model->match(model->index(0, 2), Qt::DisplayRole, QStringLiteral("LEFT"));
        QCOMPARE(shown.size(), 1);
        QVERIFY(model->data(shown.constFirst(), TableModel::PendingRole).toBool());
        QCOMPARE(model->data(model->index(shown.constFirst().row(), 1)).toString(),
                 QStringLiteral("y"));
        QCOMPARE(model->rowCount(), 3);
        m_workspace->autoSaver()->saveNow();
        QVERIFY(saved());
        QCOMPARE(
            side.value(QStringLiteral("SELECT note FROM pairs WHERE a = 1 AND b = 'y'")).toString(),
            QStringLiteral("LEFT"));
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM pairs WHERE note = 'LEFT'")), 1);
        QTRY_VERIFY(model->match(model->index(0, 2), Qt::DisplayRole, QStringLiteral("LEFT")).size()
                    == 1);
    }
};

QTEST_MAIN(TestEngineKeys)
#include "tst_enginekeys.moc"

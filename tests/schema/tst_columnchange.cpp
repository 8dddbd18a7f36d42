// Edit Column on a copy of Chinook: type, NOT NULL, DEFAULT, UNIQUE and foreign keys through the
// 12-step rebuild, read back with an independent connection; refusals name rows and change
// nothing.
#include "columnchange.h"
#include "database.h"
#include "plurals.h"
#include "saver.h"
#include "schemarunner.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestColumnChange : public QObject
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

    QString dump(const QString &sql) const
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

    // pragma_table_info of one column as "type|notnull|default", through an independent connection.
    QString columnInfo(const QString &table, const QString &column) const
    {
        return dump(
            QStringLiteral("SELECT type, \"notnull\", dflt_value FROM pragma_table_info('%1') "
                           "WHERE name = '%2'")
                .arg(table, column));
    }

private Q_SLOTS:
    void init()
    {
        const QString path = testsupport::testFile(m_dir, QStringLiteral("chinook-"));
        QVERIFY(testsupport::copyOfChinook(path));
        m_info = Database::prepare(path);
        QVERIFY(m_info.isOpen());
        m_readerName = Database::uniqueConnectionName(QStringLiteral("column-test"));
        QVERIFY(Database::connect(m_info, m_readerName, Database::Role::Reader).isOpen());
        m_saver = std::make_unique<Saver>(m_info);
        QSignalSpy opened(m_saver.get(), &Saver::opened);
        QVERIFY(opened.wait(5000));
        m_runner = std::make_unique<SchemaRunner>(m_saver.get());
    }

    void cleanup()
    {
        m_runner.reset();
        m_saver.reset();
        Database::disconnect(m_readerName);
    }

    void readsTheCurrentDefinition()
    {
        const ColumnDefinition album
            = ColumnChange::current(reader(), QStringLiteral("Album"), QStringLiteral("ArtistId"));
        QCOMPARE(album.type, QStringLiteral("INTEGER"));
        QVERIFY(album.notNull);
        QCOMPARE(album.referencesTable, QStringLiteral("Artist"));
        QCOMPARE(album.referencesColumn, QStringLiteral("ArtistId"));
        const ColumnDefinition genre
            = ColumnChange::current(reader(), QStringLiteral("Genre"), QStringLiteral("Name"));
        QCOMPARE(genre.type, QStringLiteral("NVARCHAR(120)"));
        QVERIFY(!genre.notNull && !genre.unique && genre.defaultValue.isEmpty());
    }

    void changesTypeRequiredDefaultAndUnique()
    {
        const QString genres = dump(QStringLiteral("SELECT GenreId, Name FROM Genre ORDER BY 1"));
        const QString tracks
            = dump(QStringLiteral("SELECT TrackId, GenreId FROM Track ORDER BY 1"));
        ColumnDefinition wanted
            = ColumnChange::current(reader(), QStringLiteral("Genre"), QStringLiteral("Name"));
        wanted.type = QStringLiteral("TEXT");
        wanted.notNull = true;
        wanted.defaultValue = QStringLiteral("Unknown");
        wanted.unique = true;
        QVERIFY2(run(ColumnChange::alter(reader(), QStringLiteral("Genre"), QStringLiteral("Name"),
                                         wanted)),
                 qPrintable(m_message));

        QCOMPARE(columnInfo(QStringLiteral("Genre"), QStringLiteral("Name")),
                 QStringLiteral("TEXT|1|'Unknown'"));
        QCOMPARE(dump(QStringLiteral(
                     "SELECT count(*) FROM pragma_index_list('Genre') il WHERE il.\"unique\" "
                     "AND il.origin = 'u' AND (SELECT group_concat(name) FROM "
                     "pragma_index_info(il.name)) = 'Name'")),
                 QStringLiteral("1"));
        QCOMPARE(dump(QStringLiteral("SELECT GenreId, Name FROM Genre ORDER BY 1")), genres);
        QCOMPARE(dump(QStringLiteral("SELECT TrackId, GenreId FROM Track ORDER BY 1")), tracks);
        QCOMPARE(dump(QStringLiteral("PRAGMA foreign_key_check")), QString());
        QCOMPARE(dump(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // The constraints hold: a duplicate name is refused by SQLite itself.
        Probe probe(m_info.path);
        QVERIFY(!probe.exec(QStringLiteral("INSERT INTO Genre (Name) VALUES ('Rock')")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO Genre (GenreId) VALUES (99)")));
        QCOMPARE(
            probe.value(QStringLiteral("SELECT Name FROM Genre WHERE GenreId = 99")).toString(),
            QStringLiteral("Unknown"));
    }

    // A table without rowid is rebuilt without one: its rows are copied by their columns
    // alone (there is no rowid to keep), and it stays WITHOUT ROWID.
    void changesAColumnOfATableWithoutRowid()
    {
        {
            Probe probe(m_info.path);
            QVERIFY(probe.exec(QStringLiteral(
                "CREATE TABLE tag (name TEXT PRIMARY KEY, note INTEGER) WITHOUT ROWID")));
            QVERIFY(probe.exec(
                QStringLiteral("INSERT INTO tag VALUES ('b', 2), ('a', 1), ('c', NULL)")));
        }
        ColumnDefinition wanted
            = ColumnChange::current(reader(), QStringLiteral("tag"), QStringLiteral("note"));
        wanted.type = QStringLiteral("TEXT");
        wanted.defaultValue = QStringLiteral("none");
        QVERIFY2(run(ColumnChange::alter(reader(), QStringLiteral("tag"), QStringLiteral("note"),
                                         wanted)),
                 qPrintable(m_message));
        QCOMPARE(columnInfo(QStringLiteral("tag"), QStringLiteral("note")),
                 QStringLiteral("TEXT|0|'none'"));
        QCOMPARE(dump(QStringLiteral("SELECT name, note, typeof(note) FROM tag")),
                 QStringLiteral("a|1|text\nb|2|text\nc|NULL|null"));
        QVERIFY(dump(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'tag'"))
                    .contains(QLatin1String("WITHOUT ROWID")));
        QCOMPARE(dump(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void refusesRequiredWhenRowsAreEmpty()
    {
        const QByteArray before = testsupport::sha256(m_info.path);
        ColumnDefinition wanted
            = ColumnChange::current(reader(), QStringLiteral("Track"), QStringLiteral("Composer"));
        wanted.notNull = true;
        const SchemaChange change = ColumnChange::alter(reader(), QStringLiteral("Track"),
                                                        QStringLiteral("Composer"), wanted);
        QVERIFY(!change.isValid());
        QVERIFY2(change.problemText().contains(QLatin1String("977 row")),
                 qPrintable(change.problemText()));
        QVERIFY2(change.problemText().contains(QStringLiteral("TrackId 63, 64, 65, 66, 67, …")),
                 qPrintable(change.problemText()));
        QVERIFY(!run(change));
        QCOMPARE(testsupport::sha256(m_info.path), before);
        QCOMPARE(columnInfo(QStringLiteral("Track"), QStringLiteral("Composer")),
                 QStringLiteral("NVARCHAR(220)|0|NULL"));
    }

    void refusesUniqueWhenValuesRepeat()
    {
        ColumnDefinition wanted
            = ColumnChange::current(reader(), QStringLiteral("Track"), QStringLiteral("Composer"));
        wanted.unique = true;
        const SchemaChange change = ColumnChange::alter(reader(), QStringLiteral("Track"),
                                                        QStringLiteral("Composer"), wanted);
        QVERIFY(!change.isValid());
        QVERIFY2(change.problemText().contains(QLatin1String("cannot be made unique")),
                 qPrintable(change.problemText()));
        QVERIFY(change.problemText().contains(QLatin1String("TrackId ")));
    }

    void removesAndAddsForeignKey()
    {
        ColumnDefinition wanted
            = ColumnChange::current(reader(), QStringLiteral("Album"), QStringLiteral("ArtistId"));
        wanted.referencesTable.clear();
        wanted.referencesColumn.clear();
        QVERIFY2(run(ColumnChange::alter(reader(), QStringLiteral("Album"),
                                         QStringLiteral("ArtistId"), wanted)),
                 qPrintable(m_message));
        QCOMPARE(dump(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('Album')")),
                 QStringLiteral("0"));
        // The index on the column is re-created, the rows are all there.
        QCOMPARE(
            dump(QStringLiteral("SELECT name FROM pragma_index_list('Album') WHERE origin = 'c'")),
            QStringLiteral("IFK_AlbumArtistId"));
        QCOMPARE(dump(QStringLiteral("SELECT count(*), sum(ArtistId) FROM Album")),
                 QStringLiteral("347|42314"));

        wanted.referencesTable = QStringLiteral("Artist");
        wanted.referencesColumn = QStringLiteral("ArtistId");
        QVERIFY2(run(ColumnChange::alter(reader(), QStringLiteral("Album"),
                                         QStringLiteral("ArtistId"), wanted)),
                 qPrintable(m_message));
        QCOMPARE(
            dump(QStringLiteral("SELECT \"table\", \"to\" FROM pragma_foreign_key_list('Album')")),
            QStringLiteral("Artist|ArtistId"));
    }

    void refusesForeignKeyToMissingRows()
    {
        ColumnDefinition wanted = ColumnChange::current(reader(), QStringLiteral("Track"),
                                                        QStringLiteral("Milliseconds"));
        wanted.referencesTable = QStringLiteral("Artist");
        wanted.referencesColumn = QStringLiteral("ArtistId");
        const SchemaChange change = ColumnChange::alter(reader(), QStringLiteral("Track"),
                                                        QStringLiteral("Milliseconds"), wanted);
        QVERIFY(!change.isValid());
        QVERIFY2(change.problemText().contains(formatCount(3503) + QLatin1String(" row")),
                 qPrintable(change.problemText()));
        wanted.referencesColumn = QStringLiteral("Name");
        QVERIFY(ColumnChange::alter(reader(), QStringLiteral("Track"),
                                    QStringLiteral("Milliseconds"), wanted)
                    .problemText()
                    .contains(QLatin1String("neither the primary key nor unique")));
    }

    void refusesUnknownTypeAndBadDefault()
    {
        ColumnDefinition wanted
            = ColumnChange::current(reader(), QStringLiteral("Genre"), QStringLiteral("Name"));
        wanted.type = QStringLiteral("TEXT); DROP TABLE Genre; --");
        QVERIFY(
            ColumnChange::alter(reader(), QStringLiteral("Genre"), QStringLiteral("Name"), wanted)
                .problemText()
                .contains(QLatin1String("not a column type")));
        wanted.type = QStringLiteral("INTEGER");
        wanted.defaultValue = QStringLiteral("twelve");
        wanted.defaultIsSql = false;
        QVERIFY(
            ColumnChange::alter(reader(), QStringLiteral("Genre"), QStringLiteral("Name"), wanted)
                .problemText()
                .contains(QLatin1String("not a whole number")));
    }

    void backUpWritesACopyFirst()
    {
        const Backup::Result backup = ColumnChange::backUp(reader());
        QVERIFY2(backup.ok(), qPrintable(backup.error.detail));
        QCOMPARE(Probe(backup.path).value(QStringLiteral("SELECT count(*) FROM Track")).toInt(),
                 3503);
    }
};

QTEST_GUILESS_MAIN(TestColumnChange)
#include "tst_columnchange.moc"

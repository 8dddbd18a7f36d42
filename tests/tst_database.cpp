#include "catalog.h"
#include "database.h"
#include "schema.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <sys/stat.h>

using namespace rowbook;
using testsupport::Probe;

namespace {

// Everything a user could see in the file: schema, versions and all rows of all tables.
QString logicalDump(const QString &path)
{
    Probe probe(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QStringList out;
    out << probe.value(QStringLiteral("PRAGMA user_version")).toString()
        << probe.value(QStringLiteral("PRAGMA application_id")).toString();
    QSqlQuery tables(probe.db());
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        out << tables.value(1).toString();
        names << tables.value(0).toString();
    }
    for (const QString &name : names) {
        QSqlQuery rows(probe.db());
        if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(Catalog::quote(name))))
            continue;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            out << values.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("Rowbook"));
    }

    void defaultPathIsPerUserAppData()
    {
        const QString path = Database::defaultPath();
        QVERIFY(path.endsWith(QLatin1String("/Rowbook/rowbook.sqlite")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        // Per user, under the home folder (the tests run with their own HOME, which may itself be
        // in a temporary folder, so "not in /tmp" cannot be asserted here).
        QVERIFY(path.startsWith(QDir::homePath() + QLatin1Char('/')));
    }

    void firstLaunchCreatesSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/rowbook.sqlite"));
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY2(info.isOpen(), qPrintable(info.error.detail));
        QVERIFY(info.created);
        QVERIFY(info.ours);
        QVERIFY(!info.readOnly);
        QCOMPARE(info.userVersion, Schema::latestVersion);
        QCOMPARE(info.journalMode, QStringLiteral("wal"));

        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::applicationId);
        QCOMPARE(probe.value(QStringLiteral("PRAGMA user_version")).toInt(), Schema::latestVersion);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
        QCOMPARE(
            probe.value(QStringLiteral("SELECT value FROM _rowbook_meta WHERE key = 'created_by'"))
                .toString(),
            QStringLiteral("Rowbook " ROWBOOK_VERSION));
        const TableInfo items = Catalog::table(probe.db(), QStringLiteral("items"));
        QCOMPARE(items.columns.size(), 7);
        QCOMPARE(items.keyColumn, 0);
        QCOMPARE(items.columns[1].kind, ColumnKind::Text);
        QCOMPARE(items.columns[2].kind, ColumnKind::Integer);
        QCOMPARE(items.columns[3].kind, ColumnKind::Real);
        QCOMPARE(items.columns[4].kind, ColumnKind::Date);
        QCOMPARE(items.columns[5].kind, ColumnKind::Boolean);
        QCOMPARE(items.columns[6].kind, ColumnKind::LongText);
    }

    void fileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rowbook.sqlite"));
        QVERIFY(Database::prepare(path).isOpen());
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void secondLaunchChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rowbook.sqlite"));
        QVERIFY(Database::prepare(path).isOpen());
        const QString before = logicalDump(path);
        const DatabaseInfo second = Database::prepare(path);
        QVERIFY(second.isOpen());
        QVERIFY(!second.created);
        QVERIFY(second.ours);
        QCOMPARE(logicalDump(path), before);
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
    }

    void migratesFromEachOlderVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        // Version 0 is an unmarked file: another program's, never migrated (tst_filemarks).
        for (int v = 1; v < Schema::latestVersion; ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEachOlderVersion()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Probe probe(path);
            QVERIFY(probe.db().isOpen());
            QSqlDatabase db = probe.db();
            QVERIFY(!Schema::migrate(db, fromVersion).isError());
            QCOMPARE(probe.value(QStringLiteral("PRAGMA user_version")).toInt(), fromVersion);
            if (fromVersion >= 1)
                QVERIFY(probe.exec(QStringLiteral("INSERT INTO items (name) VALUES ('mine')")));
        }
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY2(info.isOpen(), qPrintable(info.error.detail));
        QVERIFY(info.ours);
        QCOMPARE(info.userVersion, Schema::latestVersion);
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM _rowbook_meta")).toInt(), 3);
        QVERIFY(!QUuid::fromString(probe
                                       .value(QStringLiteral(
                                           "SELECT value FROM _rowbook_meta WHERE key = 'file_id'"))
                                       .toString())
                     .isNull());
        QCOMPARE(
            probe.value(QStringLiteral("SELECT count(*) FROM items WHERE name = 'mine'")).toInt(),
            fromVersion >= 1 ? 1 : 0);
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM items")).toInt(),
                 fromVersion >= 1 ? 7 : 6);
    }

    void pragmasInEffect()
    {
        QTemporaryDir dir;
        const DatabaseInfo info = Database::prepare(dir.filePath(QStringLiteral("p.sqlite")));
        const QString writerName = Database::uniqueConnectionName(QStringLiteral("test"));
        const QString readerName = Database::uniqueConnectionName(QStringLiteral("test"));
        {
            QSqlDatabase writer = Database::connect(info, writerName, Database::Role::Writer);
            QSqlDatabase reader = Database::connect(info, readerName, Database::Role::Reader);
            QVERIFY(writer.isOpen());
            QVERIFY(reader.isOpen());
            QCOMPARE(Database::scalar(writer, QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            QCOMPARE(Database::scalar(writer, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(Database::scalar(writer, QStringLiteral("PRAGMA synchronous")).toInt(), 1);
            QCOMPARE(Database::scalar(writer, QStringLiteral("PRAGMA busy_timeout")).toInt(),
                     Database::writerBusyTimeoutMs);
            QCOMPARE(Database::scalar(reader, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(Database::scalar(reader, QStringLiteral("PRAGMA busy_timeout")).toInt(),
                     Database::readerBusyTimeoutMs);
            // The reader is opened read-only: the GUI thread cannot write by mistake.
            QSqlQuery write(reader);
            QVERIFY(!write.exec(QStringLiteral("DELETE FROM items")));
            QCOMPARE(StorageError::fromSql(write.lastError()).kind, StorageError::ReadOnly);
            QCOMPARE(Database::quickCheck(writer), QString());
        }
        Database::disconnect(writerName);
        Database::disconnect(readerName);
    }

    void foreignFileIsNotModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chinook.sqlite"));
        QVERIFY(testsupport::copyOfChinook(path));
        const QByteArray before = testsupport::sha256(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        QVERIFY(!info.ours);
        QVERIFY(!info.readOnly);
        QCOMPARE(info.userVersion, 0);
        QCOMPARE(info.journalMode, QStringLiteral("delete"));
        const QString name = Database::uniqueConnectionName(QStringLiteral("test"));
        {
            QSqlDatabase reader = Database::connect(info, name, Database::Role::Reader);
            const auto objects = Catalog::objects(reader);
            QCOMPARE(objects.size(), 11);
            for (const auto &entry : objects) {
                const TableInfo table = Catalog::table(reader, entry.name);
                QVERIFY(table.isValid());
                QVERIFY(Catalog::rowCount(reader, entry.name) > 0);
            }
            QCOMPARE(Catalog::rowCount(reader, QStringLiteral("Track")), 3503);
        }
        Database::disconnect(name);
        QCOMPARE(testsupport::sha256(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void newerVersionOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Probe probe(path);
            QVERIFY(probe.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            QVERIFY(probe.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion + 7)));
            QVERIFY(probe.exec(QStringLiteral("CREATE TABLE future (x)")));
        }
        const QByteArray before = testsupport::sha256(path);
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        QVERIFY(info.ours);
        QVERIFY(info.readOnly);
        QVERIFY(info.readOnlyReason.contains(QLatin1String("newer version")));
        QCOMPARE(info.userVersion, Schema::latestVersion + 7);
        QCOMPARE(testsupport::sha256(path), before);
    }

    void notADatabaseIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = testsupport::sha256(path);
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(!info.isOpen());
        QCOMPARE(info.error.kind, StorageError::Corrupt);
        QVERIFY(!info.error.userMessage().isEmpty());
        QCOMPARE(testsupport::sha256(path), before);
    }

    void classifiesErrorCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("busy") << 5 << int(StorageError::Busy);
        QTest::newRow("locked") << 6 << int(StorageError::Busy);
        QTest::newRow("busy snapshot 517") << 517 << int(StorageError::Busy);
        QTest::newRow("busy recovery 261") << 261 << int(StorageError::Busy);
        QTest::newRow("locked shared cache 262") << 262 << int(StorageError::Busy);
        QTest::newRow("not null 1299") << 1299 << int(StorageError::Constraint);
        QTest::newRow("unique 2067") << 2067 << int(StorageError::Constraint);
        QTest::newRow("readonly") << 8 << int(StorageError::ReadOnly);
        QTest::newRow("full") << 13 << int(StorageError::Full);
        QTest::newRow("ioerr write 778") << 778 << int(StorageError::Io);
        QTest::newRow("not a db") << 26 << int(StorageError::Corrupt);
        QTest::newRow("generic") << 1 << int(StorageError::Other);
    }

    void classifiesErrorCodes()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        QCOMPARE(int(StorageError::classify(code)), kind);
    }

    void constraintMessagesNameTheColumn_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("message");
        QTest::newRow("not null, second column") << "INSERT INTO t (a, b) VALUES (1, NULL)"
                                                 << "A value is required in column “b”.";
        QTest::newRow("unique, one column")
            << "INSERT INTO t (a, b, c) VALUES (1, 'x', 9)"
            << "The value in column “c” is already used by another row.";
        QTest::newRow("unique, two columns")
            << "INSERT INTO t (a, b, d, e) VALUES (1, 'x', 1, 2)"
            << "The combination of values in columns “d”, “e” is already used by another row.";
        QTest::newRow("named check") << "INSERT INTO t (a, b, f) VALUES (1, 'x', -1)"
                                     << "A value breaks the rule “f_positive” of the table.";
        QTest::newRow("unnamed check") << "INSERT INTO t (a, b, g) VALUES (1, 'x', 7)"
                                       << "A value breaks the rule “g IN (0, 1)” of the table.";
    }

    void constraintMessagesNameTheColumn()
    {
        QFETCH(QString, statement);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Probe probe(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(probe.exec(
            QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT NOT NULL, c INTEGER UNIQUE, d, e, "
                           "f INTEGER CONSTRAINT f_positive CHECK (f > 0), g CHECK (g IN (0, 1)), "
                           "UNIQUE (d, e))")));
        QVERIFY(
            probe.exec(QStringLiteral("INSERT INTO t (a, b, c, d, e) VALUES (0, 'y', 9, 1, 2)")));
        QSqlQuery query(probe.db());
        QVERIFY(!query.exec(statement));
        const StorageError error = StorageError::fromSql(query.lastError());
        QCOMPARE(error.kind, StorageError::Constraint);
        QCOMPARE(error.userMessage(), message);
    }

    void kindFromDeclaredType_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<int>("kind");
        QTest::newRow("INTEGER") << "INTEGER" << int(ColumnKind::Integer);
        QTest::newRow("bigint") << "bigint" << int(ColumnKind::Integer);
        QTest::newRow("NVARCHAR(40)") << "NVARCHAR(40)" << int(ColumnKind::Text);
        QTest::newRow("LONGTEXT") << "LONGTEXT" << int(ColumnKind::LongText);
        QTest::newRow("CLOB") << "CLOB" << int(ColumnKind::LongText);
        QTest::newRow("NUMERIC(10,2)") << "NUMERIC(10,2)" << int(ColumnKind::Real);
        QTest::newRow("DOUBLE") << "DOUBLE" << int(ColumnKind::Real);
        QTest::newRow("DATE") << "DATE" << int(ColumnKind::Date);
        QTest::newRow("DATETIME") << "DATETIME" << int(ColumnKind::DateTime);
        QTest::newRow("BOOLEAN") << "BOOLEAN" << int(ColumnKind::Boolean);
        QTest::newRow("BLOB") << "BLOB" << int(ColumnKind::Blob);
        QTest::newRow("none") << "" << int(ColumnKind::Any);
    }

    void kindFromDeclaredType()
    {
        QFETCH(QString, declared);
        QFETCH(int, kind);
        QCOMPARE(int(Catalog::kindForDeclaredType(declared)), kind);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

// A damaged file is never written (issue 11): every writer goes through
// ImmediateTransaction::begin(), which asks Database::verifyWritable() first. Each case damages a
// copy of Chinook (garbage on page 2, the root of Album), tries to write, and checks the refusal
// and that the file is byte-identical.
#include "database.h"
#include "importjob.h"
#include "saver.h"
#include "schema.h"
#include "schemaops.h"
#include "schemarunner.h"
#include "testsupport.h"
#include "transaction.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rowbook;
using testsupport::sha256;

class TestWriteGate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<SaveOutcome>();
        qRegisterMetaType<SchemaChange>();
        qRegisterMetaType<StorageError>();
    }

    void transactionRefusesDamagedFile()
    {
        const QString path = damagedChinook(QStringLiteral("transaction.sqlite"));
        const QByteArray before = sha256(path);
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        QVERIFY(!info.readOnly); // nothing noticed the damage before the first write
        const QString name = Database::uniqueConnectionName(QStringLiteral("gate"));
        {
            QSqlDatabase db = Database::connect(info, name, Database::Role::Writer);
            QVERIFY(db.isOpen());
            for (int attempt = 0; attempt < 2; ++attempt) { // the second answer is the cached one
                ImmediateTransaction transaction(db);
                const StorageError error = transaction.begin();
                QCOMPARE(error.kind, StorageError::Damaged);
                QVERIFY(!transaction.isActive());
                QVERIFY(error.detail.contains(QLatin1String("Page 2")));
                QVERIFY2(error.userMessage().contains(QLatin1String("rowbook recover")),
                         qPrintable(error.userMessage()));
            }
        }
        Database::disconnect(name);
        QCOMPARE(sha256(path), before);
    }

    void soundFileIsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("sound.sqlite"));
        QVERIFY(testsupport::copyOfChinook(path));
        const DatabaseInfo info = Database::prepare(path);
        const QString name = Database::uniqueConnectionName(QStringLiteral("gate"));
        {
            QSqlDatabase db = Database::connect(info, name, Database::Role::Writer);
            ImmediateTransaction transaction(db);
            QVERIFY(!transaction.begin().isError());
            QVERIFY(
                !execute(db, QStringLiteral("UPDATE Genre SET Name = 'Polka' WHERE GenreId = 25"))
                     .isError());
            QVERIFY(!transaction.commit().isError());
        }
        Database::disconnect(name);
        QCOMPARE(testsupport::Probe(path)
                     .value(QStringLiteral("SELECT Name FROM Genre WHERE GenreId = 25"))
                     .toString(),
                 QStringLiteral("Polka"));
    }

    void importIsRefused()
    {
        const QString path = damagedChinook(QStringLiteral("import.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("genres.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("GenreId,Name\n100,Polka\n");
        }
        const QByteArray before = sha256(path);
        for (const QString &table : {QStringLiteral("Genre"), QStringLiteral("NewTable")}) {
            ImportJob::Options options;
            options.filePath = csv;
            options.table = table;
            ImportJob job(Database::prepare(path), options);
            const ImportJob::Result result = job.run();
            QCOMPARE(result.error.kind, TransferError::Unwritable);
            QVERIFY2(result.error.message.contains(QLatin1String("damaged")),
                     qPrintable(result.error.message));
            QCOMPARE(result.rows, 0);
        }
        QCOMPARE(sha256(path), before);
    }

    void schemaChangeIsRefused()
    {
        const QString path = damagedChinook(QStringLiteral("schema.sqlite"));
        const QByteArray before = sha256(path);
        const DatabaseInfo info = Database::prepare(path);
        Saver saver(info);
        SchemaRunner runner(&saver);
        SchemaChange change;
        ColumnSpec column;
        column.name = QStringLiteral("Popular");
        {
            const QString name = Database::uniqueConnectionName(QStringLiteral("gate-reader"));
            {
                const QSqlDatabase reader = Database::connect(info, name, Database::Role::Reader);
                change = SchemaOps::addColumn(reader, QStringLiteral("Genre"), column);
            }
            Database::disconnect(name);
        }
        QVERIFY2(change.isValid(), qPrintable(change.problemText()));
        QSignalSpy finished(&runner, &SchemaRunner::finished);
        QVERIFY(runner.run(change));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(finished.first().at(3).value<StorageError>().kind, StorageError::Damaged);
        QCOMPARE(sha256(path), before);
    }

    void migrationIsRefused()
    {
        // One of Rowbook's own files, one version behind and damaged: it is neither upgraded
        // nor backed up into, and it opens read-only.
        const QString path = m_dir.filePath(QStringLiteral("ours.sqlite"));
        {
            testsupport::Probe probe(path);
            QVERIFY(probe.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            QVERIFY(probe.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(probe.exec(
                QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(probe.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i "
                                              "+ 1 FROM n WHERE i < 3000) INSERT INTO items "
                                              "SELECT i, 'item ' || i FROM n")));
        }
        QVERIFY(Schema::latestVersion > 1);
        damage(path, 2);
        const QByteArray before = sha256(path);
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.readOnly);
        QCOMPARE(info.userVersion, 1);
        QCOMPARE(sha256(path), before);
    }

private:
    void damage(const QString &path, int page)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(page - 1) * 4096));
        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator generator(page);
        generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        file.write(garbage);
    }

    QString damagedChinook(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(testsupport::chinookPath(), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        damage(path, 2);
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWriteGate)
#include "tst_writegate.moc"

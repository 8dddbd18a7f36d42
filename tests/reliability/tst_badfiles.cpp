#include "database.h"
#include "saver.h"
#include "testsupport.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace rowbook;
using testsupport::Probe;
using testsupport::Run;
using testsupport::sha256;

namespace {

SaveOutcome saveAndWait(Saver &saver, const SaveBatch &batch)
{
    QSignalSpy finished(&saver, &Saver::finished);
    saver.submit(batch);
    if (!finished.wait(20000)) {
        SaveOutcome timedOut;
        timedOut.status = SaveOutcome::Failed;
        timedOut.error = StorageError::make(StorageError::Other, QStringLiteral("timeout"));
        return timedOut;
    }
    return finished.first().at(0).value<SaveOutcome>();
}

SaveBatch inserts(const QString &table, const QString &column, int rows, int bytesEach)
{
    SaveBatch batch;
    batch.id = 1;
    for (int i = 0; i < rows; ++i) {
        RowChange change;
        change.kind = RowChange::Insert;
        change.table = table;
        change.values = {{column, QString(bytesEach, QLatin1Char('a' + i % 26))}};
        change.tag = quint64(i);
        batch.changes << change;
    }
    return batch;
}

QString integrity(const QString &path)
{
    Probe probe(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    return probe.value(QStringLiteral("PRAGMA integrity_check")).toString();
}

// Temporarily lowers the file-size limit of this process (RLIMIT_FSIZE, what `ulimit -f` sets):
// writes past `bytes` fail with EFBIG, as on a full disk. SIGXFSZ is ignored meanwhile.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

Run run(const QString &program, const QStringList &arguments)
{
    return testsupport::runProgram(program, arguments, 60000);
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyOfChinook(const QString &name, qint64 bytes = -1)
    {
        QFile source(testsupport::chinookPath());
        if (!source.open(QIODevice::ReadOnly))
            return {};
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes < 0 ? source.readAll() : source.read(bytes));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("Rowbook"));
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<SaveOutcome>();
    }

    void notADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes(qsizetype(64) * 1024, Qt::Uninitialized);
            QRandomGenerator generator(6);
            generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            file.write(bytes);
        }
        const QByteArray before = sha256(path);
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(!info.isOpen());
        QCOMPARE(info.error.kind, StorageError::Corrupt);
        QCOMPARE(info.error.userMessage(),
                 QStringLiteral("The database file is damaged or is not a database."));
        {
            Workspace workspace;
            QVERIFY(!workspace.open(path));
            QCOMPARE(workspace.info().error.kind, StorageError::Corrupt);
        }
        QCOMPARE(sha256(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("random.sqlite*")}, QDir::Files),
                 QStringList{QStringLiteral("random.sqlite")});
    }

    void truncated_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("1 page") << qint64(4096);
        QTest::newRow("2 pages") << qint64(8192);
        QTest::newRow("half") << qint64(123 * 4096);
        QTest::newRow("one byte short") << qint64(246 * 4096 - 1);
    }

    // A cut-off copy is refused for writing (or not opened at all), and never modified.
    void truncated()
    {
        QFETCH(qint64, bytes);
        const QString path = copyOfChinook(QStringLiteral("truncated-%1.sqlite").arg(bytes), bytes);
        QVERIFY(!path.isEmpty());
        const QByteArray before = sha256(path);
        const DatabaseInfo info = Database::prepare(path);
        if (info.isOpen()) {
            QVERIFY(info.readOnly);
            QVERIFY2(info.readOnlyReason.contains(QLatin1String("cut off"))
                         && info.readOnlyReason.contains(QLatin1String("Restore a backup")),
                     qPrintable(info.readOnlyReason));
            Saver saver(info);
            const SaveOutcome outcome = saveAndWait(
                saver, inserts(QStringLiteral("Genre"), QStringLiteral("Name"), 1, 10));
            QCOMPARE(outcome.status, SaveOutcome::Failed);
        } else {
            QCOMPARE(info.error.kind, StorageError::Corrupt);
        }
        QCOMPARE(sha256(path), before);
    }

    // Garbage in the middle of a real database: opening refuses to write (quick_check), says to
    // restore a backup, and what can still be read can be browsed.
    void corruptPages()
    {
        const QString path = copyOfChinook(QStringLiteral("corrupt.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(180 * 4096 + 100));
            QByteArray garbage(qsizetype(3) * 4096, Qt::Uninitialized);
            QRandomGenerator generator(42);
            generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
            file.write(garbage);
        }
        QVERIFY(integrity(path) != QLatin1String("ok")); // the damage is real
        const QByteArray before = sha256(path);
        {
            Workspace workspace;
            QSignalSpy checked(&workspace, &Workspace::checked);
            QVERIFY(workspace.open(path));
            QVERIFY(checked.wait(20000));
            QCOMPARE(checked.first().at(0).toBool(), false);
            QVERIFY(!checked.first().at(1).toString().isEmpty()); // what quick_check found
            QVERIFY(workspace.isReadOnly());
            QVERIFY2(workspace.readOnlyReason().contains(QLatin1String("Restore a backup")),
                     qPrintable(workspace.readOnlyReason()));

            // Browsing what can be read still works: the small tables at the start of the file.
            QVERIFY(workspace.objects().size() >= 11);
            QCOMPARE(workspace.rowCount(QStringLiteral("Genre")), 25);
            QCOMPARE(workspace.rowCount(QStringLiteral("MediaType")), 5);

            // The save worker refuses to write on its own, whatever the window does.
            const SaveOutcome outcome = saveAndWait(
                *workspace.saver(), inserts(QStringLiteral("Genre"), QStringLiteral("Name"), 1, 5));
            QCOMPARE(outcome.status, SaveOutcome::Failed);
            QCOMPARE(outcome.error.kind, StorageError::Damaged);
        }
        QCOMPARE(sha256(path), before);
    }

    void newerUserVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(Database::prepare(path).isOpen());
        {
            Probe probe(path);
            QVERIFY(probe.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = sha256(path);
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        QVERIFY(info.readOnly);
        QVERIFY(info.readOnlyReason.contains(QLatin1String("newer version of Rowbook")));
        {
            Saver saver(info);
            const SaveOutcome outcome = saveAndWait(
                saver, inserts(QStringLiteral("items"), QStringLiteral("name"), 1, 5));
            QCOMPARE(outcome.status, SaveOutcome::Failed);
        }
        QCOMPARE(sha256(path), before);
        QCOMPARE(Probe(path).value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
    }

    void readOnlyFileOrFolder_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<bool>("ours");
        QTest::newRow("read-only file, foreign") << false << false;
        QTest::newRow("read-only file, ours") << false << true;
        QTest::newRow("read-only folder, foreign") << true << false;
        QTest::newRow("read-only folder, ours") << true << true;
    }

    // Root ignores permission bits, so as root the check runs in the real executable as user
    // nobody (setpriv); otherwise in this process.
    void readOnlyFileOrFolder()
    {
        QFETCH(bool, folder);
        QFETCH(bool, ours);
        const bool root = ::geteuid() == 0;
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (root && setpriv.isEmpty())
            QSKIP("running as root without setpriv: read-only permissions cannot be tested");

        const QString dir = m_dir.filePath(QStringLiteral("ro-%1-%2").arg(folder).arg(ours));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/data.sqlite");
        if (ours) {
            QVERIFY(Database::prepare(path).isOpen());
        } else {
            QVERIFY(QFile::copy(testsupport::chinookPath(), path));
        }
        const QString csv = dir + QStringLiteral("/new.csv");
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name\nfrom a csv\n");
        }
        const QByteArray before = sha256(path);
        const auto everyone
            = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto enter = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(csv, everyone));
        QVERIFY(
            QFile::setPermissions(path, folder ? everyone | QFileDevice::WriteOwner : everyone));
        QVERIFY(QFile::setPermissions(dir, folder ? everyone | enter
                                                  : everyone | enter | QFileDevice::WriteOwner));
        const QString table = ours ? QStringLiteral("items") : QStringLiteral("Genre");

        if (root) {
            // The file (and, for the folder case, not the folder) belongs to nobody.
            QVERIFY(
                QFile::setPermissions(m_dir.path(), everyone | enter | QFileDevice::WriteOwner));
            if (!folder)
                QCOMPARE(::chown(QFile::encodeName(dir).constData(), 65534, 65534), 0);
            QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
            const QStringList asNobody{QStringLiteral("--reuid=65534"),
                                       QStringLiteral("--regid=65534"),
                                       QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                       QStringLiteral(ROWBOOK_EXECUTABLE)};
            const Run import = run(setpriv, asNobody
                                                + QStringList{QStringLiteral("import"), csv,
                                                              QStringLiteral("--table"), table,
                                                              QStringLiteral("--database"), path});
            QCOMPARE(import.exitCode, 4);
            QVERIFY2(import.err.contains(
                         folder ? QLatin1String("The folder that holds the file is read-only")
                                : QLatin1String("The file is read-only")),
                     qPrintable(import.err));
            const Run exported = run(
                setpriv, asNobody
                             + QStringList{QStringLiteral("export"), QStringLiteral("--table"),
                                           table, QStringLiteral("--database"), path});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            QVERIFY(exported.out.count(QLatin1Char('\n')) > 5); // header and rows: browsing works
        } else {
            const DatabaseInfo info = Database::prepare(path);
            QVERIFY(info.isOpen());
            QVERIFY(info.readOnly);
            QVERIFY(info.readOnlyReason.contains(QLatin1String("read-only")));
        }
        QCOMPARE(sha256(path), before);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                       | QFileDevice::ExeOwner);
    }

    // A save that runs into a full disk (here: the file-size limit) rolls back completely, says
    // what to do, and succeeds once there is room again.
    void diskFullDuringSave()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        Saver saver(info);
        QSignalSpy opened(&saver, &Saver::opened);
        QVERIFY(opened.wait(10000));
        const SaveBatch batch = inserts(QStringLiteral("items"), QStringLiteral("name"), 200, 1000);
        SaveOutcome outcome;
        {
            FileSizeLimit limit(4096); // not even one WAL frame fits
            QVERIFY(limit.ok());
            outcome = saveAndWait(saver, batch);
        }
        QCOMPARE(outcome.status, SaveOutcome::Failed);
        QVERIFY2(outcome.error.kind == StorageError::Full, qPrintable(outcome.error.detail));
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("Free some space")));
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        QCOMPARE(Probe(path).value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);

        const SaveOutcome retried = saveAndWait(saver, batch);
        QCOMPARE(retried.status, SaveOutcome::Committed);
        QCOMPARE(Probe(path).value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 206);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
    }

    void diskFullDuringImport_data()
    {
        QTest::addColumn<bool>("ours");
        QTest::newRow("ours, WAL") << true;
        QTest::newRow("foreign, rollback journal") << false;
    }

    // The import runs in the real executable under `ulimit -f` with SIGXFSZ ignored.
    void diskFullDuringImport()
    {
        QFETCH(bool, ours);
        const QString path = m_dir.filePath(QStringLiteral("import-full-%1.sqlite").arg(ours));
        if (ours)
            QVERIFY(Database::prepare(path).isOpen());
        else
            QVERIFY(testsupport::copyOfChinook(path));
        const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
        if (!QFile::exists(csv)) {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,text\n");
            for (int i = 0; i < 3000; ++i)
                file.write(QByteArray::number(i) + ',' + QByteArray(200, 'a' + i % 26) + '\n');
        }
        // The WAL index (-shm, 32 KiB) is subject to the limit too: leave room for it.
        const qint64 limitKiB = QFileInfo(path).size() / 1024 + 48;
        const QString command
            = QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(limitKiB);
        const QStringList import{QStringLiteral("import"),     csv,
                                 QStringLiteral("--table"),    QStringLiteral("imported"),
                                 QStringLiteral("--database"), path};
        const Run full
            = run(QStringLiteral("/bin/sh"),
                  QStringList{QStringLiteral("-c"), command, QStringLiteral(ROWBOOK_EXECUTABLE)}
                      + import);
        QCOMPARE(full.exitCode, 4);
        QVERIFY2(full.err.contains(QLatin1String("Nothing was imported")), qPrintable(full.err));
        QVERIFY2(full.err.contains(QLatin1String("disk"), Qt::CaseInsensitive),
                 qPrintable(full.err));
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        QCOMPARE(
            Probe(path)
                .value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'imported'"))
                .toInt(),
            0);

        const Run roomy = run(QStringLiteral(ROWBOOK_EXECUTABLE), import);
        QVERIFY2(roomy.exitCode == 0, qPrintable(roomy.err));
        QCOMPARE(Probe(path).value(QStringLiteral("SELECT count(*) FROM imported")).toInt(), 3000);
    }

    void fileDeletedWhileOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("deleted.sqlite"));
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        Saver saver(info);
        QSignalSpy opened(&saver, &Saver::opened);
        QVERIFY(opened.wait(10000));
        QVERIFY(QFile::remove(path));
        const SaveOutcome outcome
            = saveAndWait(saver, inserts(QStringLiteral("items"), QStringLiteral("name"), 1, 5));
        QCOMPARE(outcome.status, SaveOutcome::Failed);
        QVERIFY2(outcome.error.userMessage().contains(QLatin1String("was deleted or moved")),
                 qPrintable(outcome.error.userMessage()));
        QVERIFY(!QFile::exists(path));
    }

    void fileReplacedWhileOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("replaced.sqlite"));
        const DatabaseInfo info = Database::prepare(path);
        QVERIFY(info.isOpen());
        Saver saver(info);
        QSignalSpy opened(&saver, &Saver::opened);
        QVERIFY(opened.wait(10000));

        const QString other = copyOfChinook(QStringLiteral("replacement.sqlite"));
        const QByteArray otherSum = sha256(other);
        QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData())
                == 0);
        const SaveOutcome outcome
            = saveAndWait(saver, inserts(QStringLiteral("items"), QStringLiteral("name"), 1, 5));
        QCOMPARE(outcome.status, SaveOutcome::Failed);
        QVERIFY2(outcome.error.userMessage().contains(QLatin1String("was replaced")),
                 qPrintable(outcome.error.userMessage()));
        QCOMPARE(sha256(path), otherSum); // nothing written to the new file
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"

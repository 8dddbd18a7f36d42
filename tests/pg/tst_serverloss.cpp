// A server that goes away costs no edit: sessions ended, a database closed to connections, and
// a COMMIT cut off before or after the server committed (a deferred trigger that ends its own
// session; a relay that drops COMMIT's answer), against the throwaway PostgreSQL server.
#include "changewatcher.h"
#include "database.h"
#include "enginecase.h"
#include "pgconnection.h"
#include "saver.h"
#include "savestatus.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace rowbook;
using enginecase::Side;

namespace {

// Relays libpq's Unix socket to the server's on a thread of its own (the window's reader queries
// through it on the test's thread). Armed, it cuts the connection that carries the server's
// answer to a COMMIT: the server committed, and the client never hears of it.
class CuttingProxy : public QObject
{
public:
    CuttingProxy(QString serverSocket, QString listenSocket)
        : m_serverSocket(std::move(serverSocket))
        , m_listenSocket(std::move(listenSocket))
    {}

    void listen()
    {
        QLocalServer::removeServer(m_listenSocket);
        m_server = new QLocalServer(this);
        m_server->listen(m_listenSocket);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server->nextPendingConnection())
                relay(client);
        });
    }
    std::atomic_bool armed{false};
    std::atomic_int cuts{0};

private:
    void relay(QLocalSocket *client)
    {
        auto *upstream = new QLocalSocket(client);
        upstream->connectToServer(m_serverSocket);
        upstream->waitForConnected(5000);
        connect(client, &QLocalSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QLocalSocket::readyRead, client, [this, client, upstream] {
            const QByteArray answer = upstream->readAll();
            if (answer.contains(QByteArray("COMMIT\0", 7)) && armed.exchange(false)) {
                ++cuts;
                upstream->abort();
                client->abort();
                return;
            }
            client->write(answer);
        });
        connect(upstream, &QLocalSocket::disconnected, client, &QLocalSocket::disconnectFromServer);
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
    }

    QString m_serverSocket;
    QString m_listenSocket;
    QLocalServer *m_server = nullptr;
};

} // namespace

class TestServerLoss : public enginecase::EngineCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initCase(); }

    void cleanup() { closeCase(); }

    // The server goes away under an open window: a restarted session is opened again without a
    // word; while the server refuses connections the status says so, the edit is kept, and it
    // is saved once the server is back, when the window also sees others' commits again.
    void keepsEditsWhileTheServerIsAway_data() { serverOnly(); }
    void keepsEditsWhileTheServerIsAway()
    {
        QVERIFY(create({peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES "
                                                      "('Ann', 30), ('Bob', 41)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        const QString database = m_workspace->reader().databaseName();
        const Side admin(m_server);
        const Side side(m_target);
        const qint64 sidePid = side.value(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        const auto endSessions = [&] { // Rowbook's sessions, not the test's
            return admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                             "pg_stat_activity WHERE datname = '%1' AND pid <> %2")
                                  .arg(database)
                                  .arg(sidePid));
        };
        const auto allowConnections = [&](bool allow) {
            return admin.exec(
                QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                    .arg(database, allow ? QStringLiteral("true") : QStringLiteral("false")));
        };
        const auto reopen = qScopeGuard([&] { allowConnections(true); }); // also on failure
        AutoSaver *saver = m_workspace->autoSaver();
        SaveStatus status;
        status.setSource(saver, m_workspace->edits());

        // Restarted: the next save opens a new session and goes through, once.
        QVERIFY(endSessions());
        QVERIFY(model->setData(model->index(0, 2), 31));
        const int added = model->addRow();
        QVERIFY(model->setData(model->index(added, 1), QStringLiteral("Dee")));
        saver->saveNow();
        QVERIFY(saved());
        QCOMPARE(side.value(QStringLiteral("SELECT age FROM people WHERE id = 1")).toInt(), 31);
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM people WHERE name = 'Dee'")), 1);
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET name = 'Cid' WHERE id = 1")));
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, 1)).toString(), QStringLiteral("Cid"),
                                  10000); // the reader is back too
        QVERIFY(!m_workspace->watcher()->isLost());
        QVERIFY(QSqlQuery(m_workspace->reader()).exec(QStringLiteral("SELECT 1")));
        QVERIFY(!saver->serverUnreachable());

        // Away: sessions ended and no new ones let in.
        QSignalSpy lost(m_workspace->watcher(), &ChangeWatcher::lost);
        QVERIFY(allowConnections(false));
        QVERIFY(endSessions());
        QSignalSpy finished(m_workspace->saver(), &Saver::finished);
        QVERIFY(model->setData(model->index(0, 2), 32));
        const auto refusedAsUnreachable = [&] {
            return std::any_of(finished.begin(), finished.end(), [](const QList<QVariant> &args) {
                const auto outcome = args.first().value<SaveOutcome>();
                return outcome.status == SaveOutcome::Failed
                       && outcome.error.kind == StorageError::Unreachable;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(refusedAsUnreachable(), 15000);
        QVERIFY(saver->serverUnreachable());
        QVERIFY2(saver->problem().contains(QStringLiteral("not currently accepting connections"))
                     && !saver->problem().contains(QStringLiteral("connection to server")),
                 qPrintable(saver->problem())); // the server's words, without libpq's preamble
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->watcher()->isLost(), 5000);
        QVERIFY2(status.text().contains(QStringLiteral("Server unreachable — retrying")),
                 qPrintable(status.text()));
        QCOMPARE(m_workspace->edits()->pendingCount(), 1);
        QVERIFY(model->setData(model->index(1, 2), 42)); // more typing while it is away
        QCOMPARE(model->data(model->index(1, 2)).toInt(), 42);

        QVERIFY(allowConnections(true));
        QVERIFY(saved());
        QVERIFY(!saver->serverUnreachable());
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->watcher()->isLost(), 15000);
        QCOMPARE(side.value(QStringLiteral("SELECT age FROM people WHERE id = 1")).toInt(), 32);
        QCOMPARE(side.value(QStringLiteral("SELECT age FROM people WHERE id = 2")).toInt(), 42);
        QVERIFY(!status.text().contains(QStringLiteral("unreachable")));

        // Others' commits are seen again.
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET name = 'Bea' WHERE id = 2")));
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(1, 1)).toString(), QStringLiteral("Bea"),
                                  10000);
        QCOMPARE(lost.size(), 1); // one outage, one "unreachable" and one way back
    }

    // Only the window's own session ends (an administrator; idle_session_timeout): it sits idle,
    // so the check on the row fetcher's session notices, and the reader connects again.
    void reconnectsTheWindowsOwnSession_data() { serverOnly(); }
    void reconnectsTheWindowsOwnSession()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        const int readerPid = PgConnection::backendPid(m_workspace->reader());
        QVERIFY(readerPid > 0);
        const Side admin(m_server);
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(readerPid)));
        QVERIFY(connectedAgain(readerPid));
        const Side side(m_target);
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET name = 'Bo' WHERE id = 1")));
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, 1)).toString(), QStringLiteral("Bo"),
                                  10000);
    }

    // The table's foreign keys are read when an editor first needs them. A read that failed
    // because the session was gone is not taken for "no foreign keys" until the table changes:
    // they are read again once the session is back.
    void foreignKeysAreReadAgainAfterALostSession_data() { serverOnly(); }
    void foreignKeysAreReadAgainAfterALostSession()
    {
        QVERIFY(create({QStringLiteral("CREATE TABLE teams (id bigint PRIMARY KEY, name text)"),
                        QStringLiteral("CREATE TABLE players (id bigint PRIMARY KEY, team_id "
                                       "bigint REFERENCES teams (id))")}));
        TableModel *model = open(QStringLiteral("players"));
        QVERIFY(model);
        m_workspace->watcher()->stop(); // the test reconnects the session itself
        const QSqlDatabase reader = m_workspace->reader();
        const int readerPid = PgConnection::backendPid(reader);
        QVERIFY(readerPid > 0);
        QVERIFY(
            Side(m_server).exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(readerPid)));
        QTRY_VERIFY(!Side(m_server)
                         .value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid "
                                               "= %1")
                                    .arg(readerPid))
                         .toBool());
        QCOMPARE(model->foreignKeys().size(), 0); // the read fails
        QVERIFY(Database::reconnect(m_workspace->info(), reader, Database::Role::Reader));
        QCOMPARE(model->foreignKeys().size(), 1);
        QCOMPARE(model->foreignKeys().first().parentTable, QStringLiteral("teams"));
    }

    // The reader's session ends before the watcher first looked for it (just after connecting):
    // not taken for a pooler's, whose sessions are never found; it is connected again.
    void reconnectsASessionEndedBeforeItWasLookedFor_data() { serverOnly(); }
    void reconnectsASessionEndedBeforeItWasLookedFor()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30)")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        ChangeWatcher *watcher = m_workspace->watcher();
        watcher->stop();
        const int readerPid = PgConnection::backendPid(m_workspace->reader());
        const Side admin(m_server);
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(readerPid)));
        QTRY_COMPARE(
            admin.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1")
                            .arg(readerPid)),
            0);
        QSignalSpy lost(watcher, &ChangeWatcher::lost);
        watcher->start(); // as just after connecting: the reader's pid not yet seen
        QVERIFY(connectedAgain(readerPid));
        const int newPid = PgConnection::backendPid(m_workspace->reader());
        // The new session is looked for, found, and not taken for lost again.
        QVERIFY(Side(m_target).exec(QStringLiteral("UPDATE people SET name = 'Bo' WHERE id = 1")));
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, 1)).toString(), QStringLiteral("Bo"),
                                  10000);
        QTest::qWait(2 * ChangeWatcher::serverIntervalMs);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(PgConnection::backendPid(m_workspace->reader()), newPid);
    }

    // Through a connection pooler (PgBouncer, session mode), which hands libpq another number
    // than the server's pid: the reader's session cannot be looked up, so it is not, and the
    // window neither takes the server for lost nor stops seeing others' commits.
    void worksThroughAPooler_data() { serverOnly(); }
    void worksThroughAPooler()
    {
        if (pgsupport::Pooler::executable().isEmpty())
            QSKIP("pgbouncer is not installed (./rowbook-dev test installs it)");
        QVERIFY(create(
            {peopleTable(), QStringLiteral("INSERT INTO people (name, age) VALUES ('Ann', 30)")}));
        const Side side(m_target);
        const pgsupport::Pooler pooler(m_target);
        QVERIFY2(pooler.problem().isEmpty(), qPrintable(pooler.problem()));
        m_target = pooler.uri();
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        // Watched from its start, as just after connecting (its first check came in already).
        ChangeWatcher *watcher = m_workspace->watcher();
        QVERIFY(!watcher->isLost());
        watcher->stop();
        QSignalSpy lost(watcher, &ChangeWatcher::lost);
        watcher->start();
        const int pooledPid = PgConnection::backendPid(m_workspace->reader());
        QSqlQuery pid(m_workspace->reader());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        QVERIFY(pid.value(0).toInt() != PgConnection::backendPid(m_workspace->reader()));
        pid.finish();
        QTest::qWait(3 * ChangeWatcher::serverIntervalMs);
        QCOMPARE(lost.size(), 0);
        QVERIFY(side.exec(QStringLiteral("UPDATE people SET name = 'Bo' WHERE id = 1")));
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, 1)).toString(), QStringLiteral("Bo"),
                                  10000);
        QCOMPARE(lost.size(), 0);
        QCOMPARE(PgConnection::backendPid(m_workspace->reader()),
                 pooledPid); // never connected again
        closeCase();         // before the pooler goes
    }

    // The connection breaks during COMMIT (a deferred trigger ends its own session, once): the
    // save worker asks a new session whether that transaction committed (it did not) and writes
    // the batch again: the new row is there exactly once.
    void writesACommitCutOffOnce_data() { serverOnly(); }
    void writesACommitCutOffOnce()
    {
        QVERIFY(create(
            {peopleTable(), QStringLiteral("CREATE SEQUENCE once"),
             QStringLiteral("CREATE FUNCTION end_once() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN IF nextval('once') = 1 THEN PERFORM "
                            "pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); END "
                            "IF; RETURN NULL; END $$"),
             QStringLiteral("CREATE CONSTRAINT TRIGGER end_once AFTER INSERT ON people "
                            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                            "end_once()")}));
        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        QSignalSpy finished(m_workspace->saver(), &Saver::finished);
        const int added = model->addRow();
        QVERIFY(model->setData(model->index(added, 1), QStringLiteral("Eve")));
        m_workspace->autoSaver()->saveNow();
        QVERIFY(saved());
        const Side side(m_target);
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM people")), 1);
        QCOMPARE(side.value(QStringLiteral("SELECT name FROM people")).toString(),
                 QStringLiteral("Eve"));
        QCOMPARE(side.count(QStringLiteral("SELECT last_value FROM once")), 2); // cut off once
        QCOMPARE(finished.size(), 1); // one save, written on a second session
        QCOMPARE(finished.first().first().value<SaveOutcome>().attempts, 2);
    }

    // The server commits, and the connection breaks before its answer arrives: the save worker
    // learns on a new session (txid_status) that the batch committed, and does not write it
    // again. A new row written twice would be there twice.
    void doesNotWriteACommittedBatchTwice_data() { serverOnly(); }
    void doesNotWriteACommittedBatchTwice()
    {
        QVERIFY(create({peopleTable()}));
        PgConnection direct;
        QString problem;
        QVERIFY(PgConnection::parse(m_target, &direct, &problem));
        QTemporaryDir proxyDir(QStringLiteral("/tmp/rbproxy-XXXXXX")); // a short socket path
        const QString socketName = QStringLiteral("/.s.PGSQL.%1").arg(direct.port);
        auto *proxy = new CuttingProxy(direct.host + socketName, proxyDir.path() + socketName);
        QThread thread;
        proxy->moveToThread(&thread);
        connect(&thread, &QThread::finished, proxy, &QObject::deleteLater);
        thread.start();
        const auto stop = qScopeGuard([&] {
            m_tester.reset();
            m_workspace.reset(); // its connections go through the proxy
            thread.quit();
            thread.wait();
        });
        QMetaObject::invokeMethod(proxy, &CuttingProxy::listen, Qt::BlockingQueuedConnection);
        PgConnection proxied = direct;
        proxied.host = proxyDir.path();
        m_target = proxied.toDisplayUri();

        TableModel *model = open(QStringLiteral("people"));
        QVERIFY(model);
        QSignalSpy finished(m_workspace->saver(), &Saver::finished);
        proxy->armed = true;
        const int added = model->addRow();
        QVERIFY(model->setData(model->index(added, 1), QStringLiteral("Fay")));
        m_workspace->autoSaver()->saveNow();
        QVERIFY(saved());
        QCOMPARE(proxy->cuts.load(), 1);
        const Side side(direct.toDisplayUri());
        QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM people WHERE name = 'Fay'")), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<SaveOutcome>().status, SaveOutcome::Committed);
        QCOMPARE(finished.first().first().value<SaveOutcome>().attempts, 1);
        QVERIFY(model->keyAt(added) > 0); // the key the INSERT returned before the cut
    }

    // The first page of a table is read on opening. QPSQL hands rows over one at a time, so the
    // server's error (here a row-level security policy that fails at row 50) comes after some
    // rows: those are not taken for a small table of 49 rows, the table says why it is empty.
    void aFirstPageCutShortIsNotASmallTable_data() { serverOnly(); }
    void aFirstPageCutShortIsNotASmallTable()
    {
        QVERIFY(create(
            {peopleTable(),
             QStringLiteral("INSERT INTO people (name, age) SELECT 'p' || i, i FROM "
                            "generate_series(1, 100000) AS i"),
             QStringLiteral("ANALYZE people"), // an index scan in key order, not a sort
             QStringLiteral("CREATE FUNCTION visible(id bigint) RETURNS boolean LANGUAGE plpgsql "
                            "AS $$ BEGIN IF id = 50 THEN RAISE EXCEPTION 'row 50 is unreadable'; "
                            "END IF; RETURN true; END $$"),
             QStringLiteral("ALTER TABLE people ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("CREATE POLICY everyone ON people USING (visible(id))"),
             QStringLiteral("DO $$ BEGIN CREATE ROLE rowbook_plain LOGIN; EXCEPTION WHEN "
                            "duplicate_object THEN NULL; END $$"),
             QStringLiteral("GRANT SELECT ON people TO rowbook_plain"),
             // Rows in key order from the index, so that some come before the error.
             QStringLiteral("ALTER ROLE rowbook_plain SET enable_seqscan = off"),
             QStringLiteral("CREATE TABLE other (id bigint PRIMARY KEY)"),
             QStringLiteral("GRANT SELECT ON other TO rowbook_plain")}));
        PgConnection plain; // superusers pass every policy
        QString problem;
        QVERIFY(PgConnection::parse(m_target, &plain, &problem));
        plain.user = QStringLiteral("rowbook_plain");
        m_target = plain.toDisplayUri();
        TableModel *model = open(QStringLiteral("other"));
        QVERIFY(model);
        QVERIFY(!model->setTable(QStringLiteral("people")));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY2(model->lastError().contains(QLatin1String("row 50 is unreadable")),
                 qPrintable(model->lastError()));
        QVERIFY(!model->isLoading());
    }

private:
    // The window's reader has another session than `oldPid`'s, which answers, and the watcher
    // watches again.
    bool connectedAgain(int oldPid)
    {
        const auto readerPid = [this] {
            return PgConnection::backendPid(m_workspace->reader());
        };
        return QTest::qWaitFor([&] { return readerPid() > 0 && readerPid() != oldPid; }, 10000)
               && QSqlQuery(m_workspace->reader()).exec(QStringLiteral("SELECT 1"))
               && QTest::qWaitFor([this] { return !m_workspace->watcher()->isLost(); }, 5000);
    }
};

QTEST_MAIN(TestServerLoss)
#include "tst_serverloss.moc"

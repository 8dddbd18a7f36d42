// The window reaching a PostgreSQL server: File → Connect to Server…'s dialog (Test Connection on a
// worker, the URI it hands over), what a refused or silent server makes the window say (it keeps
// answering while it asks), and server tabs brought back at the next launch.
#include "connectdialog.h"
#include "database.h"
#include "documentcontroller.h"
#include "documenttabs.h"
#include "mainwindow.h"
#include "pgconnection.h"
#include "pgsupport.h"
#include "pgwindowsupport.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <optional>

using namespace rowbook;

namespace {

// How often a server was asked off the GUI thread (Database::prepare logs "opened …"), counted
// while a CountAsks lives.
QAtomicInt serverAsksOffGuiThread;
QtMessageHandler previousHandler = nullptr;

void countAsks(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "rowbook.storage") == 0
        && message.startsWith(QLatin1String("opened postgresql:"))
        && QThread::currentThread() != QCoreApplication::instance()->thread())
        serverAsksOffGuiThread.fetchAndAddRelaxed(1);
    else if (previousHandler)
        previousHandler(type, context, message);
}

struct CountAsks
{
    CountAsks()
    {
        serverAsksOffGuiThread.storeRelaxed(0);
        QLoggingCategory::setFilterRules(QStringLiteral("rowbook.storage.debug=true"));
        previousHandler = qInstallMessageHandler(countAsks);
    }
    ~CountAsks()
    {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }
    CountAsks(const CountAsks &) = delete;
    CountAsks &operator=(const CountAsks &) = delete;
};

// Where a PostgreSQL server would listen, a Unix socket that accepts and never answers, in a
// folder of its own with a short path (a socket path has at most 107 bytes).
class SilentServer
{
public:
    SilentServer()
        : m_dir(QDir::tempPath() + QStringLiteral("/rbsilent-XXXXXX"))
    {
        m_listening
            = m_dir.isValid() && m_socket.listen(m_dir.filePath(QStringLiteral(".s.PGSQL.5999")));
    }
    bool isListening() const { return m_listening; }
    QString errorString() const { return m_socket.errorString(); }
    // Its URI; the client gives up after `seconds` (connect_timeout).
    QString uri(int seconds) const
    {
        return QStringLiteral("postgresql:///silent?host=%1&port=5999&connect_timeout=%2")
            .arg(m_dir.path())
            .arg(seconds);
    }

private:
    QTemporaryDir m_dir;
    QLocalServer m_socket;
    bool m_listening = false;
};

// A window that had `uri` open is closed: the next launch restores its tab.
bool closeWithServerTab(const QString &uri)
{
    MainWindow window;
    window.show();
    const bool opened = pgwindowsupport::openServer(window, uri);
    window.close();
    return opened;
}

} // namespace

class TestPgConnect : public QObject
{
    Q_OBJECT

    QString m_server;

    // How a reader's session is made read-only for one database (readerSessionsRefuseWrites).
    struct ReaderCase
    {
        QString name;         // a database of its own: options are kept per database
        QString parameters;   // added to its URI
        QByteArray pgOptions; // PGOPTIONS meanwhile
        bool pooled = false;  // through a PgBouncer that drops the options parameter
        bool sent = false;    // the read-only option goes in the startup packet
        bool other = false;   // names resolve in schema `other`
    };

    void checkReaderSession(const ReaderCase &c) const
    {
        const auto refuses = [](const QSqlDatabase &db) {
            QSqlQuery insert(db);
            return !insert.exec(QStringLiteral("INSERT INTO t VALUES (1)"))
                   && insert.lastError().nativeErrorCode() == QLatin1String("25006");
        };
        const QString database = pgsupport::freshDatabase(m_server, c.name);
        QVERIFY(!database.isEmpty());
        QVERIFY(pgsupport::PgProbe(database).exec(
            QStringLiteral("CREATE TABLE t (id bigint PRIMARY KEY); CREATE SCHEMA other; "
                           "CREATE TABLE other.t (id bigint PRIMARY KEY)")));
        std::optional<pgsupport::Pooler> pooler;
        if (c.pooled) {
            pooler.emplace(database, QStringLiteral("ignore_startup_parameters = options"));
            QVERIFY2(pooler->problem().isEmpty(), qPrintable(pooler->problem()));
        }
        QString target = c.pooled ? pooler->uri() : database;
        if (!c.parameters.isEmpty())
            target += (target.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                      + c.parameters;
        if (!c.pgOptions.isEmpty())
            qputenv("PGOPTIONS", c.pgOptions);
        const auto unset = qScopeGuard([] { qunsetenv("PGOPTIONS"); });
        const DatabaseInfo info = Database::prepare(target, Database::Open::Existing);
        QVERIFY2(info.isOpen(), qPrintable(c.name + QLatin1Char(' ') + info.error.detail));
        QVERIFY(!info.readOnly);
        const QString name = Database::uniqueConnectionName(QStringLiteral("reader"));
        {
            QSqlDatabase reader = Database::connect(info, name, Database::Role::Reader);
            QVERIFY(reader.isOpen());
            QCOMPARE(PgConnection::inHotStandby(reader), std::optional<bool>(false));
            QVERIFY2(refuses(reader), qPrintable(c.name));
            QVERIFY(Database::reconnect(info, reader, Database::Role::Reader));
            QVERIFY2(refuses(reader), qPrintable(c.name));
            QCOMPARE(reader.connectOptions().count(QLatin1String("read_only")), c.sent ? 1 : 0);
            QSqlQuery path(reader);
            QVERIFY(path.exec(QStringLiteral("SHOW search_path")) && path.next());
            QCOMPARE(path.value(0).toString(),
                     c.other ? QStringLiteral("other") : QStringLiteral("\"$user\", public"));
        }
        Database::disconnect(name);
        {
            QSqlDatabase writer = Database::connect(info, name, Database::Role::Writer);
            QVERIFY(writer.isOpen());
            QVERIFY(QSqlQuery(writer).exec(QStringLiteral("INSERT INTO t VALUES (7)")));
        }
        Database::disconnect(name);
        // The writer's row, where the reader looks: public.t, or other.t (its search_path).
        const pgsupport::PgProbe side(database);
        QCOMPARE(side.value(QStringLiteral("SELECT count(*) FROM public.t")).toLongLong(),
                 c.other ? 0 : 1);
        QCOMPARE(side.value(QStringLiteral("SELECT count(*) FROM other.t")).toLongLong(),
                 c.other ? 1 : 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PGSUPPORT_REQUIRE_SERVER(m_server);
    }

    // A reader's session refuses writes from its first statement: said in the startup packet
    // (no SET, no round trip), or by a SET when libpq has `options` from elsewhere (the URI's,
    // PGOPTIONS, a service's), which readers and writers then share, or when a pooler drops the
    // parameter. Reconnecting keeps it so; a writer's session writes.
    void readerSessionsRefuseWrites()
    {
        const QVector<ReaderCase> cases{
            {QStringLiteral("reader_plain"), {}, {}, false, true, false},
            {QStringLiteral("reader_options"),
             QStringLiteral("options=-c%20search_path%3Dother"),
             {},
             false,
             false,
             true},
            {QStringLiteral("reader_pgoptions"), {}, "-c search_path=other", false, false, true},
            {QStringLiteral("reader_pooled"), {}, {}, true, true, false},
            {QStringLiteral("reader_service"),
             QStringLiteral("service=rowbook_other"),
             {},
             false,
             false,
             true},
        };
        // The service's options (libpq reads PGSERVICEFILE): search_path=other.
        QTemporaryDir services;
        QFile serviceFile(services.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(serviceFile.open(QIODevice::WriteOnly));
        serviceFile.write("[rowbook_other]\noptions=-c search_path=other\n");
        serviceFile.close();
        qputenv("PGSERVICEFILE", QFile::encodeName(serviceFile.fileName()));
        const auto noServices = qScopeGuard([] { qunsetenv("PGSERVICEFILE"); });
        for (const ReaderCase &c : cases) {
            if (c.pooled && pgsupport::Pooler::executable().isEmpty()) {
                qWarning("pgbouncer is not installed: %s not tried", qPrintable(c.name));
                continue;
            }
            checkReaderSession(c);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void connectDialogTestsAndBuildsTheUri()
    {
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("window_dialog"));
        QVERIFY(!uri.isEmpty());
        ConnectDialog dialog;
        dialog.setUri(uri);
        PgConnection given;
        QString problem;
        QVERIFY(PgConnection::parse(uri, &given, &problem));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("database"))->text(),
                 QStringLiteral("window_dialog"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text(), given.host);

        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
        QSignalSpy tested(&dialog, &ConnectDialog::tested);
        test->click();
        QCOMPARE(dialog.testResult(), QStringLiteral("Connecting…"));
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().first().toBool(), true);
        QVERIFY2(dialog.testResult().startsWith(QLatin1String("Connected: PostgreSQL ")),
                 qPrintable(dialog.testResult()));

        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        database->setText(QStringLiteral("no_such_database"));
        test->click();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY2(dialog.testResult().startsWith(QLatin1String("Could not connect: "))
                     && dialog.testResult().contains(QLatin1String("no_such_database")),
                 qPrintable(dialog.testResult()));

        // Without a database name there is nothing to connect to.
        database->clear();
        QVERIFY(!test->isEnabled());
        database->setText(QStringLiteral("window_dialog"));
        QVERIFY(test->isEnabled());

        dialog.findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("s3cr&t"));
        PgConnection handed;
        QVERIFY(PgConnection::parse(dialog.uri(), &handed, &problem));
        QCOMPARE(handed.password, QStringLiteral("s3cr&t"));
        QCOMPARE(handed.database, QStringLiteral("window_dialog"));
        QCOMPARE(handed.host, given.host);
        QCOMPARE(handed.port, given.port);
        QVERIFY(!PgConnection::redacted(dialog.uri()).contains(QLatin1String("s3cr")));
    }

    // A server that answers "wrong password" is no unreachable server: the message says what
    // the server said.
    void wrongPasswordIsSaidAsSuch()
    {
        PgConnection connection;
        QString problem;
        QVERIFY(PgConnection::parse(m_server, &connection, &problem));
        connection.user = QStringLiteral("rowbook_password");
        connection.password = QStringLiteral("wrong");
        QString uri = connection.toDisplayUri();
        uri += (uri.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
               + QStringLiteral("password=wrong");
        const DatabaseInfo info = Database::prepare(uri, Database::Open::Existing);
        QVERIFY(!info.isOpen());
        QCOMPARE(info.error.kind, StorageError::Other);
        QVERIFY2(info.error.userMessage().contains(QLatin1String("password authentication failed")),
                 qPrintable(info.error.userMessage()));
        QVERIFY(!info.path.contains(QLatin1String("wrong")));

        connection.host = QStringLiteral("/nonexistent-socket-folder");
        connection.password.clear();
        const DatabaseInfo nowhere
            = Database::prepare(connection.toDisplayUri(), Database::Open::Existing);
        QCOMPARE(nowhere.error.kind, StorageError::Unreachable);
        QVERIFY2(nowhere.error.userMessage().startsWith(
                     QLatin1String("The database server cannot be reached: ")),
                 qPrintable(nowhere.error.userMessage()));
    }

    // A server that takes its time (here one that never answers, until connect_timeout) is
    // asked off the GUI thread: the window keeps handling events and says it is connecting,
    // then says why nothing opened.
    void aSilentServerLeavesTheWindowAnswering()
    {
        const SilentServer silent;
        QVERIFY2(silent.isListening(), qPrintable(silent.errorString()));
        const QString uri = silent.uri(2);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy problems(window.document(), &DocumentController::problem);
        QVERIFY(window.openDatabase(uri));
        QVERIFY(window.document()->isOpening());
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Connecting to ")),
                 qPrintable(window.statusBar()->currentMessage()));
        auto *shown = window.findChild<QLabel *>(QStringLiteral("paneMessage"));
        QVERIFY(shown && shown->isVisible()); // in place of the empty grid
        QCOMPARE(shown->text(), window.statusBar()->currentMessage());
        bool answered = false;
        QTimer::singleShot(200, &window, [&] { answered = window.document()->isOpening(); });
        QTRY_VERIFY(answered); // events were handled while the server kept silent
        QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, 15000);
        QVERIFY(!window.document()->isOpening());
        QVERIFY(!window.workspace());
        const QString said = problems.constFirst().constFirst().toString();
        QVERIFY2(said.startsWith(QLatin1String("Rowbook could not open ")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("cannot be reached")), qPrintable(said));
        QCOMPARE(shown->text(), said);
    }

    // Tabs restored while the user's own open of a server is under way wait for it, and come
    // back, instead of being dropped because "another database is still being opened".
    void restoredTabsWaitForAnOpenUnderWay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        for (const QString &name : {QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite")}) {
            files << QFileInfo(dir.filePath(name)).absoluteFilePath();
            QVERIFY(Database::prepare(files.constLast(), Database::Open::Starter).isOpen());
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openDatabase(files.at(0)));
            QVERIFY(window.document()->openInNewTab(files.at(1)));
            QCOMPARE(window.document()->tabCount(), 2);
            window.close();
        }
        const SilentServer silent;
        QVERIFY2(silent.isListening(), qPrintable(silent.errorString()));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(silent.uri(1)));
        QVERIFY(window.document()->isOpening());
        QVERIFY(window.tabs()->restore());
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->tabCount(), 2, 15000);
        QCOMPARE(window.document()->tab(0)->info().path, files.at(0));
        QCOMPARE(window.document()->tab(1)->info().path, files.at(1));
    }

    // A restored server tab whose server answers while the user's own open is under way opens
    // once that open ends.
    void aRestoredServerTabWaitsForAnOpenUnderWay()
    {
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("window_held"));
        QVERIFY(!uri.isEmpty());
        QVERIFY(closeWithServerTab(uri));
        const SilentServer silent;
        QVERIFY2(silent.isListening(), qPrintable(silent.errorString()));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(silent.uri(2)));
        QVERIFY(window.tabs()->restore());
        QTest::qWait(500); // the restored tab's server has answered; the silent one has not
        QCOMPARE(window.document()->tabCount(), 0);
        QVERIFY(window.document()->isOpening());
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->tabCount(), 1, 15000);
        QCOMPARE(window.document()->tab(0)->info().path, uri);
    }

    // A server tab comes back at the next launch (its server asked on the thread pool first);
    // one whose database is gone stays closed with a message, and the file tab still opens.
    void serverTabsComeBackOnTheNextLaunch()
    {
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("window_tabs"));
        QVERIFY(!uri.isEmpty());
        QVERIFY(pgsupport::PgProbe(uri).exec(QStringLiteral(
            "CREATE TABLE items (id bigint PRIMARY KEY, name text); INSERT INTO items VALUES (1, "
            "'Pen'), (2, 'Ink')")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fruit.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE fruit (name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(file);
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDatabase(file, QStringLiteral("fruit")));
            QVERIFY(pgwindowsupport::openServer(window, uri, QStringLiteral("items"), true));
            QCOMPARE(window.document()->tabCount(), 2);
            window.close();
        }
        {
            const CountAsks asks;
            MainWindow window;
            window.show();
            QVERIFY(window.tabs()->restore());
            QTRY_COMPARE_WITH_TIMEOUT(window.document()->tabCount(), 2, 15000);
            QCOMPARE(serverAsksOffGuiThread.loadRelaxed(), 1); // asked once, not again to open
            QCOMPARE(window.document()->tab(1)->info().path, uri);
            QCOMPARE(window.document()->tab(1)->model()->tableName(), QStringLiteral("items"));
            QTRY_COMPARE(window.document()->currentTab(), 1); // the tab shown last
            QTRY_COMPARE(window.workspace()->model()->rowCount(), 2);
            window.close();
        }
        QVERIFY(pgsupport::PgProbe(m_server).exec(
            QStringLiteral("DROP DATABASE window_tabs WITH (FORCE)")));
        MainWindow window;
        window.show();
        QVERIFY(window.tabs()->restore());
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QLatin1String("was not opened again")),
            15000);
        QCOMPARE(window.document()->tabCount(), 1);
        QCOMPARE(window.workspace()->model()->tableName(), QStringLiteral("fruit"));
    }

    // The last session had only a server tab, and its database is gone now: the window opens
    // your own database instead of staying empty.
    void failedServerTabsLeaveYourDatabase()
    {
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("window_gone"));
        QVERIFY(!uri.isEmpty());
        QVERIFY(closeWithServerTab(uri));
        QVERIFY(pgsupport::PgProbe(m_server).exec(
            QStringLiteral("DROP DATABASE window_gone WITH (FORCE)")));
        MainWindow window;
        window.show();
        QVERIFY(window.tabs()->restore()); // the server is still being asked
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 15000);
        QTRY_COMPARE(window.workspace()->info().path, Database::defaultPath());
        QCOMPARE(window.document()->tabCount(), 1);
    }
};

QTEST_MAIN(TestPgConnect)
#include "tst_pgconnect.moc"

// The window on a PostgreSQL database: File → Connect to Server…'s dialog (Test Connection on a
// worker, the URI it hands over), and the main window opening a server database, showing and
// saving what is typed, with the password nowhere it could be read back (title, tabs, recent
// list, settings).
#include "autosaver.h"
#include "connectdialog.h"
#include "copydialog.h"
#include "database.h"
#include "documentcontroller.h"
#include "documenttabs.h"
#include "fileactions.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "pgsupport.h"
#include "settings.h"
#include "structuredock.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;

class TestPgWindow : public QObject
{
    Q_OBJECT

    QString m_server;

    // Every setting (open tabs, last tables, recent list, layout) lacks `secret`, and one of
    // them names `database`: the settings were written.
    static void verifySettingsLack(const QString &secret, const QString &database)
    {
        const Settings settings;
        const QStringList keys = settings.allKeys();
        QVERIFY(!keys.isEmpty());
        bool named = false;
        for (const QString &key : keys) {
            const QVariant value = settings.value(key);
            const QString text = value.typeId() == QMetaType::QStringList
                                     ? value.toStringList().join(QLatin1Char('\n'))
                                     : value.toString();
            QVERIFY2(!key.contains(secret) && !text.contains(secret), qPrintable(key));
            named = named || key.contains(database) || text.contains(database);
        }
        QVERIFY(named);
    }

    // Triggers File → Copy Database To… and returns the dialog it shows.
    static CopyDialog *copyDialogOf(MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("copyDatabaseTo"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        for (CopyDialog *dialog : window.findChildren<CopyDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    // Backups copy files (a server is backed up where it runs) and the SQL dump uses SQLite's
    // own statements: both are off on a server.
    static void verifyServerActionsOff(MainWindow &window)
    {
        int off = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->objectName() == QLatin1String("backUpNow")
                || action->objectName() == QLatin1String("exportDatabaseAsSql")) {
                QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
                ++off;
            }
        }
        QCOMPARE(off, 2);
    }

    // The SQL console is titled by the database, not by the tail of its URI.
    static void verifyConsoleTitledByDatabase(MainWindow &window, const QString &name)
    {
        QAction *consoleAction = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QLatin1String("SQL &Console"))
                consoleAction = action;
        }
        QVERIFY(consoleAction);
        consoleAction->trigger();
        QDockWidget *console = nullptr;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (dock->objectName().startsWith(QLatin1String("sqlConsole")))
                console = dock;
        }
        QVERIFY(console);
        QVERIFY2(console->windowTitle().endsWith(QStringLiteral("— ") + name),
                 qPrintable(console->windowTitle()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PGSUPPORT_REQUIRE_SERVER(m_server);
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

    // Ctrl+click on a foreign key cell opens the parent row, and the Structure dock shows the
    // table's statements as the server deparses them.
    void followsForeignKeysAndShowsTheStructure()
    {
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("window_keys"));
        QVERIFY(!uri.isEmpty());
        const pgsupport::PgProbe probe(uri);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE artists (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name "
            "text)")));
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE albums (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, title "
            "text NOT NULL, artist_id bigint REFERENCES artists (id))")));
        QVERIFY(probe.exec(QStringLiteral("CREATE INDEX albums_by_artist ON albums (artist_id)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO artists (name) SELECT 'Artist ' || i FROM "
                                          "generate_series(1, 500) i")));
        QVERIFY(probe.exec(
            QStringLiteral("INSERT INTO albums (title, artist_id) VALUES ('Arrival', 321)")));
        // A parent keyed by text: its rows have KeyMap handles in the window.
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE labels (code text PRIMARY KEY, name "
                                          "text)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO labels SELECT 'L' || lpad(i::text, 3, "
                                          "'0'), 'Label ' || i FROM generate_series(1, 400) i")));
        QVERIFY(probe.exec(QStringLiteral("ALTER TABLE albums ADD COLUMN label_code text "
                                          "REFERENCES labels (code)")));
        QVERIFY(probe.exec(QStringLiteral("UPDATE albums SET label_code = 'L317'")));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(uri, QStringLiteral("albums")));
        TableModel *model = window.workspace()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        auto *dock = window.findChild<StructureDock *>();
        dock->show(); // not toggled: the window may have kept it open from an earlier run
        QTRY_VERIFY(dock->isVisible());
        const QString text = dock->text()->toPlainText();
        QVERIFY2(text.startsWith(QLatin1String("CREATE TABLE albums (")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("FOREIGN KEY (artist_id) REFERENCES artists(id)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("CREATE INDEX albums_by_artist ON public.albums "
                                             "USING btree (artist_id);")),
                 qPrintable(text));

        QTableView *view = window.tableView();
        const QModelIndex index = model->index(0, 2);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(index).center());
        QCOMPARE(model->tableName(), QStringLiteral("artists"));
        QTRY_COMPARE(view->currentIndex().siblingAtColumn(0).data().toInt(), 321);
        QCOMPARE(view->currentIndex().siblingAtColumn(1).data().toString(),
                 QStringLiteral("Artist 321"));
        QTRY_VERIFY(dock->text()->toPlainText().startsWith(QLatin1String("CREATE TABLE artists")));

        QVERIFY(window.showTable(QStringLiteral("albums")));
        QTRY_COMPARE(model->rowCount(), 1);
        const QModelIndex label = model->index(0, 3);
        QCOMPARE(label.data().toString(), QStringLiteral("L317"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(label).center());
        QCOMPARE(model->tableName(), QStringLiteral("labels"));
        QTRY_COMPARE(view->currentIndex().siblingAtColumn(0).data().toString(),
                     QStringLiteral("L317"));
        QCOMPARE(view->currentIndex().siblingAtColumn(1).data().toString(),
                 QStringLiteral("Label 317"));
        window.close();
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
            QVERIFY(window.document()->openInNewTab(uri, QStringLiteral("items")));
            QCOMPARE(window.document()->tabCount(), 2);
            window.close();
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(window.tabs()->restore());
            QTRY_COMPARE_WITH_TIMEOUT(window.document()->tabCount(), 2, 15000);
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

    // File → Copy Database To…: the open file to a server database and, from the server's tab,
    // back into a new file, on a worker with progress; Open Copy opens the copy in a tab.
    void copiesTheDatabaseBothWays()
    {
        const QString server = pgsupport::freshDatabase(m_server, QStringLiteral("window_copy"));
        QVERIFY(!server.isEmpty());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("chinook.sqlite"));
        QVERIFY(testsupport::copyOfChinook(file));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(file, QStringLiteral("Artist")));

        CopyDialog *dialog = copyDialogOf(window);
        QVERIFY(dialog);
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startCopy"));
        QVERIFY(!start->isEnabled()); // no target yet
        dialog->target()->setText(server);
        start->click();
        QVERIFY(dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
        QVERIFY2(dialog->status().startsWith(QLatin1String("Copied 11 tables with 15,607 rows")),
                 qPrintable(dialog->status()));
        QCOMPARE(pgsupport::PgProbe(server).tables().size(), 11);
        dialog->findChild<QPushButton *>(QStringLiteral("openCopy"))->click();
        QTRY_COMPARE(window.document()->tabCount(), 2);
        QCOMPARE(window.workspace()->info().path, server);

        const QString back = dir.filePath(QStringLiteral("back.sqlite"));
        dialog = copyDialogOf(window);
        QVERIFY(dialog);
        dialog->target()->setText(QDir::toNativeSeparators(file)); // exists: refused
        dialog->findChild<QPushButton *>(QStringLiteral("startCopy"))->click();
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->status().contains(QLatin1String("exists already")),
                 qPrintable(dialog->status()));
        dialog->target()->setText(back);
        dialog->findChild<QPushButton *>(QStringLiteral("startCopy"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
        QVERIFY2(dialog->status().startsWith(QLatin1String("Copied 11 tables")),
                 qPrintable(dialog->status()));
        QCOMPARE(
            testsupport::Probe(back).value(QStringLiteral("SELECT count(*) FROM Track")).toInt(),
            3503);
        dialog->close();
        window.close();
    }

    // The last session had only a server tab, and its database is gone now: the window opens
    // your own database instead of staying empty.
    void failedServerTabsLeaveYourDatabase()
    {
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("window_gone"));
        QVERIFY(!uri.isEmpty());
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openDatabase(uri));
            window.close();
        }
        QVERIFY(pgsupport::PgProbe(m_server).exec(
            QStringLiteral("DROP DATABASE window_gone WITH (FORCE)")));
        MainWindow window;
        window.show();
        QVERIFY(window.tabs()->restore()); // the server is still being asked
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace() != nullptr, 15000);
        QTRY_COMPARE(window.workspace()->info().path, Database::defaultPath());
        QCOMPARE(window.document()->tabCount(), 1);
    }

    void windowOpensEditsAndForgetsThePassword()
    {
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("window_edit"));
        QVERIFY(!uri.isEmpty());
        const pgsupport::PgProbe probe(uri);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE items (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name "
            "text NOT NULL, price numeric(8,2))")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO items (name, price) VALUES ('Pen', 1.50), "
                                          "('Ink', 7.25), ('Nib', 3.00)")));
        // The role rowbook_password must give its password (the other roles of the test server
        // are trusted): the URI carries it, and nothing the window shows or keeps may.
        PgConnection withUser;
        QString problem;
        QVERIFY(PgConnection::parse(uri, &withUser, &problem));
        withUser.user = QStringLiteral("rowbook_password");
        const QString withoutPassword = withUser.toDisplayUri();
        const QString withPassword
            = withoutPassword
              + (withoutPassword.contains(QLatin1Char('?')) ? QStringLiteral("&")
                                                            : QStringLiteral("?"))
              + QStringLiteral("password=hunter2");
        QVERIFY(!Database::prepare(withoutPassword, Database::Open::Existing).isOpen());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(withPassword, QStringLiteral("items")));
        QVERIFY(window.workspace()->info().server);
        QCOMPARE(window.windowTitle(), QStringLiteral("window_edit — Rowbook"));
        auto *tables = window.findChild<TableList *>();
        QCOMPARE(tables->currentName(), QStringLiteral("items"));
        TableModel *model = window.workspace()->model();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(1, 1)).toString(), QStringLiteral("Ink"));
        QVERIFY(!model->isReadOnly());

        window.workspace()->autoSaver()->setDebounceMs(30);
        QVERIFY(model->setData(model->index(1, 1), QStringLiteral("Ink, blue")));
        QTRY_COMPARE_WITH_TIMEOUT(
            probe.value(QStringLiteral("SELECT name FROM items WHERE id = 2")).toString(),
            QStringLiteral("Ink, blue"), 15000);
        QTRY_VERIFY(window.statusBar()
                        ->findChild<QLabel *>(QStringLiteral("saveStatus"))
                        ->text()
                        .contains(QLatin1String("Saved")));

        // A second tab of the same database is opened by its URI without password (as a new
        // tab, a reopen or the recent list do): the password typed once serves the session.
        QCOMPARE(window.workspace()->info().path, withoutPassword);
        QVERIFY(window.document()->openInNewTab(withoutPassword, QStringLiteral("items")));
        QCOMPARE(window.document()->tabCount(), 2);
        QTRY_COMPARE(window.workspace()->model()->rowCount(), 3);

        QVERIFY(!window.workspace()->info().path.contains(QLatin1String("hunter2")));
        QVERIFY(!window.windowTitle().contains(QLatin1String("hunter2")));
        const QStringList recent = FileActions::recentFiles();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first(), window.workspace()->info().path);
        verifyServerActionsOff(window);
        verifyConsoleTitledByDatabase(window, QStringLiteral("window_edit"));

        window.close();
        verifySettingsLack(QStringLiteral("hunter2"), QStringLiteral("window_edit"));
    }

    // File → Import… on a server tab: the dialog imports a CSV into an existing table on the
    // server, and the window shows the new rows.
    void importsIntoAServerTable()
    {
        const QString uri = pgsupport::freshDatabase(m_server, QStringLiteral("window_import"));
        QVERIFY(!uri.isEmpty());
        const pgsupport::PgProbe probe(uri);
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE items (id bigint PRIMARY KEY, name text "
                                          "NOT NULL)")));
        QVERIFY(probe.exec(QStringLiteral("INSERT INTO items VALUES (1, 'Pen')")));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("more.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,name\n2,Ink\n3,Nib\n");
        }

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(uri, QStringLiteral("items")));
        auto *action = window.findChild<QAction *>(QStringLiteral("importFile"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        window.findChild<FileActions *>()->importFile(csv);
        ImportDialog *dialog = nullptr;
        for (ImportDialog *shown : window.findChildren<ImportDialog *>()) {
            if (shown->isVisible())
                dialog = shown;
        }
        QVERIFY(dialog);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        dialog->findChild<QLineEdit *>(QStringLiteral("tableEdit"))
            ->setText(QStringLiteral("items"));
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(probe.column(QStringLiteral("SELECT name FROM items ORDER BY id")),
                 (QStringList{"Pen", "Ink", "Nib"}));
        TableModel *model = window.workspace()->model();
        QCOMPARE(model->tableName(), QStringLiteral("items"));
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(2, 1)).toString(), QStringLiteral("Nib"));
    }
};

QTEST_MAIN(TestPgWindow)
#include "tst_pgwindow.moc"

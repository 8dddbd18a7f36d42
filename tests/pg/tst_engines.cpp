// One body per behaviour, run on a SQLite file and on the throwaway PostgreSQL server: the
// catalog, the dialect's queries, browsing, sorting and filtering through TableModel, and saving
// through the save worker (values, new rows, deletions, refused rows, a locked row, a value
// another session changed). Each data row is an engine.
#include "autosaver.h"
#include "catalog.h"
#include "changewatcher.h"
#include "columnvalues.h"
#include "editstore.h"
#include "exportjob.h"
#include "filtersyntax.h"
#include "foreignkeys.h"
#include "pgsupport.h"
#include "saver.h"
#include "savestatus.h"
#include "structure.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace rowbook;

namespace {

// A connection of the test's own to the database under test, on either engine: sets it up,
// reads back what was saved, and holds locks as another program would.
class Side
{
public:
    explicit Side(const QString &target)
        : m_name(QStringLiteral("side-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        if (PgConnection::isUri(target)) {
            PgConnection connection;
            QString error;
            if (PgConnection::parse(target, &connection, &error))
                connection.addDatabase(m_name).open();
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(target);
            db.open();
        }
    }
    ~Side()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Side(const Side &) = delete;
    Side &operator=(const Side &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }
    // The first value of the first row; invalid (with a warning) when the query fails.
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.value(0);
    }
    // A count the engine computes; -1 when the query fails.
    int count(const QString &sql) const
    {
        const QVariant counted = value(sql);
        return counted.isValid() ? counted.toInt() : -1;
    }
    QList<qint64> keys(const QString &sql) const
    {
        QList<qint64> keys;
        QSqlQuery query(db());
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        while (query.next())
            keys << query.value(0).toLongLong();
        return keys;
    }

private:
    QString m_name;
};

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

class TestEngines : public QObject
{
    Q_OBJECT

    QString m_server;
    QTemporaryDir m_dir;
    QString m_target; // the current case's database: a file path or a URI
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // destroyed before the workspace

    static bool onServer() { return qstrcmp(QTest::currentDataTag(), "postgresql") == 0; }

    // The DDL of a table `people` whose key the engine numbers itself, as `rowbook copy` makes
    // it on PostgreSQL.
    static QString peopleTable()
    {
        return QStringLiteral("CREATE TABLE people (id %1 PRIMARY KEY, name TEXT, age INTEGER, "
                              "note TEXT NOT NULL DEFAULT '', active BOOLEAN)")
            .arg(onServer() ? QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY")
                            : QStringLiteral("INTEGER"));
    }

    // A new database for the current case, set up with `statements`.
    bool create(const QStringList &statements)
    {
        const QString name = QStringLiteral("engines_%1")
                                 .arg(QString::fromLatin1(QTest::currentTestFunction()).toLower());
        m_target = onServer() ? pgsupport::freshDatabase(m_server, name)
                              : m_dir.filePath(name + QStringLiteral(".sqlite"));
        if (m_target.isEmpty())
            return false;
        QFile::remove(m_target);
        const Side side(m_target);
        for (const QString &sql : statements) {
            if (!side.exec(sql))
                return false;
        }
        return true;
    }

    TableModel *open(const QString &table)
    {
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_target, RetryPolicy{}, Database::Open::Existing)) {
            qWarning("%s", qPrintable(m_workspace->info().error.userMessage()));
            return nullptr;
        }
        QSignalSpy checked(m_workspace.get(), &Workspace::checked);
        if (!checked.wait(10000) || !checked.first().first().toBool())
            return nullptr;
        m_workspace->autoSaver()->setDebounceMs(20);
        TableModel *model = m_workspace->model();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (!model->setTable(table))
            return nullptr;
        QSignalSpy loading(model, &TableModel::loadingChanged);
        if (model->isLoading() && !loading.wait(10000))
            return nullptr;
        return model;
    }

    QList<qint64> modelKeys(const TableModel *model) const
    {
        QList<qint64> keys;
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->keyAt(row);
        return keys;
    }

    // Everything typed is saved (waits up to 15 s).
    bool saved() const
    {
        AutoSaver *saver = m_workspace->autoSaver();
        return QTest::qWaitFor(
            [&] {
                return saver->state() == AutoSaver::State::Saved
                       && m_workspace->edits()->pendingCount() == 0;
            },
            15000);
    }

    void serverOnly()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("postgresql") << true;
    }

    void engines()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    // Music tables on the current case's engine: artists, albums referring to them (one-column
    // and two-column foreign keys), an index and a view.
    bool createMusic()
    {
        const QString key = onServer() ? QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY")
                                       : QStringLiteral("INTEGER");
        return create(
            {QStringLiteral("CREATE TABLE pairs (x INTEGER, y INTEGER, PRIMARY KEY (x, y))"),
             QStringLiteral("CREATE TABLE artists (id %1 PRIMARY KEY, name TEXT)").arg(key),
             QStringLiteral("CREATE TABLE albums (id %1 PRIMARY KEY, title TEXT NOT NULL, "
                            "artist_id INTEGER REFERENCES artists (id), a INTEGER, b INTEGER, "
                            "FOREIGN KEY (a, b) REFERENCES pairs (x, y))")
                 .arg(key),
             QStringLiteral("CREATE INDEX albums_by_title ON albums (title)"),
             QStringLiteral("CREATE VIEW titles AS SELECT title FROM albums"),
             QStringLiteral("INSERT INTO artists (name) VALUES ('beatles'), ('ABBA'), "
                            "('Björk'), ('Cream')"),
             QStringLiteral("INSERT INTO albums (title, artist_id) VALUES ('Arrival', 2)")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        PGSUPPORT_REQUIRE_SERVER(m_server);
    }

    void cleanup()
    {
        m_tester.reset();
        m_workspace.reset();
    }

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

        // SQLite addresses every table by its rowid; PostgreSQL needs a primary key of one
        // integer column for now, and says so.
        const TableInfo loose = Catalog::table(reader, QStringLiteral("loose"));
        const TableInfo pairs = Catalog::table(reader, QStringLiteral("pairs"));
        QCOMPARE(loose.isEditable(), !onServer());
        QCOMPARE(pairs.isEditable(), !onServer());
        if (onServer()) {
            QVERIFY2(dialect.readOnlyReason(loose).contains(QLatin1String("no primary key")),
                     qPrintable(dialect.readOnlyReason(loose)));
            QVERIFY2(dialect.readOnlyReason(pairs).contains(QLatin1String("not one integer")),
                     qPrintable(dialect.readOnlyReason(pairs)));
        }
        QSqlQuery version(reader);
        QVERIFY(version.exec(dialect.versionQuery()) && version.next());
        QVERIFY(!version.value(0).toString().isEmpty());
    }

    // The foreign keys an editor offers parent rows for and Ctrl+click follows, read from the
    // engine's own catalog.
    void foreignKeys_data() { engines(); }
    void foreignKeys()
    {
        QVERIFY(createMusic());
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_target, RetryPolicy{}, Database::Open::Existing));
        const QSqlDatabase reader = m_workspace->reader();

        const QVector<ForeignKeyConstraint> constraints
            = ForeignKeys::constraints(reader, QStringLiteral("albums"));
        QStringList described;
        for (const ForeignKeyConstraint &constraint : constraints)
            described << QStringLiteral("(%1) -> %2 (%3)")
                             .arg(constraint.columns.join(QLatin1Char(',')), constraint.parentTable,
                                  constraint.parentColumns.join(QLatin1Char(',')));
        described.sort();
        QCOMPARE(described, (QStringList{QStringLiteral("(a,b) -> pairs (x,y)"),
                                         QStringLiteral("(artist_id) -> artists (id)")}));
        const QVector<ForeignKey> single = ForeignKeys::of(reader, QStringLiteral("albums"));
        QCOMPARE(single.size(), 1);
        const ForeignKey artist
            = ForeignKeys::find(reader, QStringLiteral("albums"), QStringLiteral("Artist_ID"));
        QCOMPARE(artist.parentTable, QStringLiteral("artists"));
        QCOMPARE(artist.parentColumn, QStringLiteral("id"));
        QCOMPARE(artist.labelColumn, QStringLiteral("name"));
        QVERIFY(!ForeignKeys::find(reader, QStringLiteral("albums"), QStringLiteral("title"))
                     .isValid());

        // Choices by label, case folded as on SQLite; a search that differs only in case.
        QStringList labels;
        for (const KeyChoice &choice : ForeignKeys::choices(reader, artist))
            labels << choice.label;
        QCOMPARE(labels, (QStringList{QStringLiteral("ABBA"), QStringLiteral("beatles"),
                                      QStringLiteral("Björk"), QStringLiteral("Cream")}));
        const QVector<KeyChoice> found = ForeignKeys::choices(reader, artist, QStringLiteral("BE"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().key.toLongLong(), 1);
        QCOMPARE(ForeignKeys::label(reader, artist, 2), QStringLiteral("ABBA"));
        QCOMPARE(ForeignKeys::parentRow(reader, artist, 4), 4);
        QCOMPARE(ForeignKeys::parentRow(reader, artist, 99), -1);
    }

    // The Structure dock's statements: SQLite's stored text, PostgreSQL's deparsed one.
    void structureStatements_data() { engines(); }
    void structureStatements()
    {
        QVERIFY(createMusic());
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_target, RetryPolicy{}, Database::Open::Existing));
        const QSqlDatabase reader = m_workspace->reader();
        const QVector<Structure::Statement> table = Structure::of(reader, QStringLiteral("albums"));
        QStringList kinds;
        for (const Structure::Statement &statement : table)
            kinds << statement.type + QLatin1Char(' ') + statement.name;
        QCOMPARE(kinds, (QStringList{QStringLiteral("table albums"),
                                     QStringLiteral("index albums_by_title")}));
        const QString create = table.first().sql;
        for (const QString &part :
             {QStringLiteral("CREATE TABLE"), QStringLiteral("title"), QStringLiteral("NOT NULL"),
              QStringLiteral("REFERENCES artists"), QStringLiteral("REFERENCES pairs")})
            QVERIFY2(create.contains(part, Qt::CaseInsensitive), qPrintable(create));
        QVERIFY2(table.last().sql.contains(QLatin1String("albums_by_title")),
                 qPrintable(table.last().sql));
        // The statements run again on a new database make the same table (PostgreSQL's
        // deparsed text, SQLite's stored one).
        const QString script
            = Structure::script(Structure::of(reader, QStringLiteral("artists")) + table);
        const QString copy = onServer()
                                 ? pgsupport::freshDatabase(m_server, QStringLiteral("fk_copy"))
                                 : m_dir.filePath(QStringLiteral("fk_copy.sqlite"));
        QVERIFY(!copy.isEmpty());
        {
            const Side side(copy);
            QVERIFY(side.exec(QStringLiteral("CREATE TABLE pairs (x INTEGER, y INTEGER, PRIMARY "
                                             "KEY (x, y))")));
            for (const QString &statement : script.split(QStringLiteral(";\n\n")))
                QVERIFY(side.exec(statement.endsWith(QLatin1Char(';')) ? statement.chopped(1)
                                                                       : statement));
            QCOMPARE(side.count(QStringLiteral("SELECT count(*) FROM albums")), 0);
        }
        const QVector<Structure::Statement> view = Structure::of(reader, QStringLiteral("titles"));
        QCOMPARE(view.size(), 1);
        QCOMPARE(view.first().type, QStringLiteral("view"));
        QVERIFY2(view.first().sql.contains(QLatin1String("CREATE VIEW"), Qt::CaseInsensitive)
                     && view.first().sql.contains(QLatin1String("albums")),
                 qPrintable(view.first().sql));
    }

    // PostgreSQL's own cases: a unique index a foreign key refers to is still listed with the
    // indexes, and a foreign key to a partitioned table is one key, not one per partition.
    void serverForeignKeysAndIndexes_data() { serverOnly(); }
    void serverForeignKeysAndIndexes()
    {
        QVERIFY(create(
            {QStringLiteral("CREATE TABLE selfu (id bigint PRIMARY KEY, code text, parent_code "
                            "text)"),
             QStringLiteral("CREATE UNIQUE INDEX selfu_code ON selfu (code)"),
             QStringLiteral("ALTER TABLE selfu ADD FOREIGN KEY (parent_code) REFERENCES selfu "
                            "(code)"),
             QStringLiteral("CREATE TABLE cust (id bigint PRIMARY KEY) PARTITION BY RANGE (id)"),
             QStringLiteral("CREATE TABLE cust1 PARTITION OF cust FOR VALUES FROM (0) TO (100)"),
             QStringLiteral("CREATE TABLE cust2 PARTITION OF cust FOR VALUES FROM (100) TO "
                            "(200)"),
             QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, cust_id bigint "
                            "REFERENCES cust (id))")}));
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_target, RetryPolicy{}, Database::Open::Existing));
        const QSqlDatabase reader = m_workspace->reader();
        const QString selfu = Structure::script(Structure::of(reader, QStringLiteral("selfu")));
        QVERIFY2(selfu.contains(QLatin1String("CREATE UNIQUE INDEX selfu_code")),
                 qPrintable(selfu));
        QCOMPARE(ForeignKeys::of(reader, QStringLiteral("selfu")).size(), 1);

        const QVector<ForeignKeyConstraint> keys
            = ForeignKeys::constraints(reader, QStringLiteral("orders"));
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().parentTable, QStringLiteral("cust"));
        const QString orders = Structure::script(Structure::of(reader, QStringLiteral("orders")));
        QCOMPARE(orders.count(QLatin1String("FOREIGN KEY")), 1);
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
        // A fraction against integers is neither rounded nor refused; text against numbers
        // matches nothing on both engines; a boolean compares as 0/1.
        filter(QStringLiteral(">35.5"), QStringLiteral("age"), ColumnKind::Integer);
        expect(QStringLiteral("age >= 36"));
        filter(QStringLiteral("=1.5"), QStringLiteral("age"), ColumnKind::Integer);
        QCOMPARE(model->rowCount(), 0);
        filter(QStringLiteral("0.5~2.5"), QStringLiteral("age"), ColumnKind::Integer);
        expect(QStringLiteral("age IN (1, 2)"));
        filter(QStringLiteral(">abc"), QStringLiteral("age"), ColumnKind::Integer);
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
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
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

    // Another session's commit shows in the open table without the user asking: SQLite's
    // data_version, a digest of PostgreSQL's current snapshot, polled.
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
        QVERIFY(!saver->serverUnreachable());

        // Away: sessions ended and no new ones let in.
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
};

QTEST_MAIN(TestEngines)
#include "tst_engines.moc"

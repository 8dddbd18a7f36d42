// libpq URIs: what each part becomes, what is refused with which message, and that a password
// never appears in what Rowbook shows.
#include "pgconnection.h"

#include <QSqlDatabase>
#include <QTest>

using namespace rowbook;

class TestPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void isUri_data();
    void isUri();
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
    void redacted_data();
    void redacted();
    void displayUriHasNoPassword();
    void configuresQpsql();
};

void TestPgConnection::isUri_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("uri");
    QTest::newRow("postgresql") << "postgresql://host/db" << true;
    QTest::newRow("postgres") << "postgres:///db" << true;
    QTest::newRow("upper case") << "PostgreSQL://h/d" << true;
    QTest::newRow("file") << "/tmp/postgresql.sqlite" << false;
    QTest::newRow("relative") << "postgresql.db" << false;
    QTest::newRow("other scheme") << "mysql://h/d" << false;
}

void TestPgConnection::isUri()
{
    QFETCH(QString, text);
    QFETCH(bool, uri);
    QCOMPARE(PgConnection::isUri(text), uri);
}

void TestPgConnection::parse_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("everything") << "postgresql://ann:pw@db.example.com:6543/sales?sslmode=require"
                                << "ann"
                                << "pw"
                                << "db.example.com" << 6543 << "sales"
                                << "require" << QStringList();
    QTest::newRow("slash and ? in password") << "postgresql://ann:se/cr?et@h:5/d?sslmode=require"
                                             << "ann"
                                             << "se/cr?et"
                                             << "h" << 5 << "d"
                                             << "require" << QStringList();
    QTest::newRow("ipv6 and at in a parameter") << "postgresql://[::1]/app?user=ann@corp"
                                                << "ann@corp"
                                                << ""
                                                << "::1" << -1 << "app"
                                                << "" << QStringList();
    QTest::newRow("at in database name") << "postgresql://h:5432/d@x"
                                         << ""
                                         << ""
                                         << "h" << 5432 << "d@x"
                                         << "" << QStringList();
    QTest::newRow("host only") << "postgres://localhost/x"
                               << ""
                               << ""
                               << "localhost" << -1 << "x"
                               << "" << QStringList();
    QTest::newRow("socket dir") << "postgresql:///rowbook_test?host=/tmp/pg%20s&port=54329"
                                << ""
                                << ""
                                << "/tmp/pg s" << 54329 << "rowbook_test"
                                << "" << QStringList();
    QTest::newRow("encoded socket host") << "postgresql://%2Fvar%2Frun%2Fpostgresql/db"
                                         << ""
                                         << ""
                                         << "/var/run/postgresql" << -1 << "db"
                                         << "" << QStringList();
    QTest::newRow("ipv6") << "postgresql://[::1]:5433/db"
                          << ""
                          << ""
                          << "::1" << 5433 << "db"
                          << "" << QStringList();
    QTest::newRow("encoded password") << "postgresql://bob:p%40ss%3Aw@h/d"
                                      << "bob"
                                      << "p@ss:w"
                                      << "h" << -1 << "d"
                                      << "" << QStringList();
    QTest::newRow("user without password") << "postgresql://bob@h/d"
                                           << "bob"
                                           << ""
                                           << "h" << -1 << "d"
                                           << "" << QStringList();
    QTest::newRow("parameters win") << "postgresql://h:1/d?user=u&password=p&dbname=e&port=2"
                                    << "u"
                                    << "p"
                                    << "h" << 2 << "e"
                                    << "" << QStringList();
    QTest::newRow("no database") << "postgresql://h"
                                 << ""
                                 << ""
                                 << "h" << -1 << ""
                                 << "" << QStringList();
    QTest::newRow("other parameters")
        << "postgresql://h/d?connect_timeout=5&application_name=my%20app"
        << ""
        << ""
        << "h" << -1 << "d"
        << "" << QStringList{"connect_timeout=5", "application_name='my app'"};
}

void TestPgConnection::parse()
{
    QFETCH(QString, uri);
    PgConnection c;
    QString error;
    QVERIFY2(PgConnection::parse(uri, &c, &error), qPrintable(error));
    QTEST(c.user, "user");
    QTEST(c.password, "password");
    QTEST(c.host, "host");
    QTEST(c.port, "port");
    QTEST(c.database, "database");
    QTEST(c.sslMode, "sslMode");
    QTEST(c.options, "options");
}

void TestPgConnection::refuses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a uri") << "/tmp/x.sqlite"
                               << "is not a PostgreSQL URI";
    QTest::newRow("port text") << "postgresql://h:abc/d"
                               << "The port “abc” is not a number";
    QTest::newRow("port zero") << "postgresql://h:0/d"
                               << "The port “0” is not a number";
    QTest::newRow("port param") << "postgresql://h/d?port=70000"
                                << "The port “70000”";
    QTest::newRow("sslmode") << "postgresql://h/d?sslmode=maybe"
                             << "Unknown sslmode “maybe”";
    QTest::newRow("bad escape") << "postgresql://u:%zz@h/d"
                                << "not properly %-encoded";
    QTest::newRow("ipv6 open") << "postgresql://[::1/d"
                               << "no closing “]”";
    QTest::newRow("parameter") << "postgresql://h/d?novalue"
                               << "is not of the form key=value";
    QTest::newRow("parameter encoding") << "postgresql://h/d?sslmode=%zz"
                                        << "parameter “sslmode” is not properly %-encoded";
    QTest::newRow("path") << "postgresql://h/d/e"
                          << "database name “d/e”";
    // Read as host "ann", port 1234, database "secret@h/d": the password is not repeated.
    QTest::newRow("digits then ? in password") << "postgresql://ann:2024?secret@h/d"
                                               << "is not of the form key=value";
    QTest::newRow("digits then slash in password") << "postgresql://ann:1234/secret@h/d"
                                                   << "a password that holds “/”";
}

void TestPgConnection::refuses()
{
    QFETCH(QString, uri);
    QFETCH(QString, message);
    PgConnection c;
    QString error;
    QVERIFY(!PgConnection::parse(uri, &c, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
}

void TestPgConnection::redacted_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user part") << "postgresql://ann:secret@h:5432/d"
                               << "postgresql://ann:***@h:5432/d";
    QTest::newRow("at in password") << "postgresql://ann:se@cret@h/d"
                                    << "postgresql://ann:***@h/d";
    QTest::newRow("slash in password") << "postgresql://ann:se/cret@h/d"
                                       << "postgresql://ann:***@h/d";
    QTest::newRow("question mark in password") << "postgresql://ann:se?cret@h/d?port=5"
                                               << "postgresql://ann:***@h/d?port=5";
    QTest::newRow("port and no password") << "postgresql://h:5432/d"
                                          << "postgresql://h:5432/d";
    QTest::newRow("at in a parameter") << "postgresql://h:5432/db?user=ann@corp&password=secret"
                                       << "postgresql://h:5432/db?user=ann@corp&password=***";
    QTest::newRow("digits then slash") << "postgresql://ann:2024/secret@h"
                                       << "postgresql://ann:***@h";
    QTest::newRow("parameter") << "postgresql://h/d?sslmode=require&password=secret&port=5"
                               << "postgresql://h/d?sslmode=require&password=***&port=5";
    QTest::newRow("no password") << "postgresql://ann@h/d"
                                 << "postgresql://ann@h/d";
    QTest::newRow("no authority") << "postgresql:///d?host=/tmp"
                                  << "postgresql:///d?host=/tmp";
    QTest::newRow("file") << "/tmp/a:b@c.sqlite"
                          << "/tmp/a:b@c.sqlite";
}

void TestPgConnection::redacted()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QCOMPARE(PgConnection::redacted(uri), expected);
    QVERIFY(!PgConnection::redacted(uri).contains(QLatin1String("secret")));
}

void TestPgConnection::displayUriHasNoPassword()
{
    PgConnection c;
    QString error;
    QVERIFY(PgConnection::parse(
        QStringLiteral(
            "postgresql://ann:secret@/sales?host=/run/postgresql&port=5433&sslmode=disable"),
        &c, &error));
    QCOMPARE(
        c.toDisplayUri(),
        QStringLiteral("postgresql://ann@/sales?host=/run/postgresql&port=5433&sslmode=disable"));
    // The display form parses back to the same connection, less the password.
    PgConnection again;
    QVERIFY(PgConnection::parse(c.toDisplayUri(), &again, &error));
    QCOMPARE(again.host, c.host);
    QCOMPARE(again.port, c.port);
    QCOMPARE(again.user, c.user);
    QCOMPARE(again.database, c.database);
    QVERIFY(again.password.isEmpty());
}

void TestPgConnection::configuresQpsql()
{
    PgConnection c;
    QString error;
    QVERIFY(PgConnection::parse(
        QStringLiteral("postgresql://ann:pw@/sales?host=/tmp/sock&port=5999&sslmode=disable&"
                       "connect_timeout=3"),
        &c, &error));
    {
        const QSqlDatabase db = c.addDatabase(QStringLiteral("configured"));
        QCOMPARE(db.driverName(), QStringLiteral("QPSQL"));
        QCOMPARE(db.hostName(), QStringLiteral("/tmp/sock"));
        QCOMPARE(db.port(), 5999);
        QCOMPARE(db.userName(), QStringLiteral("ann"));
        QCOMPARE(db.password(), QStringLiteral("pw"));
        QCOMPARE(db.databaseName(), QStringLiteral("sales"));
        QCOMPARE(db.connectOptions(), QStringLiteral("sslmode=disable;connect_timeout=3"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("configured"));
}

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"

// Without Qt's PostgreSQL plugin (libqt6sql6-psql not installed), a server database is refused
// with a message that says what to install, not Qt's "Driver not loaded". The plugin is hidden by
// pointing Qt's plugin search at an empty folder before any SQL driver is looked up.
#include "database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace rowbook;

class TestMissingDriver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverDatabaseSaysWhatToInstall();

private:
    QTemporaryDir m_noPlugins;
};

void TestMissingDriver::initTestCase()
{
    QVERIFY(m_noPlugins.isValid());
    QCoreApplication::setLibraryPaths({m_noPlugins.path()});
    QVERIFY(!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
}

void TestMissingDriver::serverDatabaseSaysWhatToInstall()
{
    const DatabaseInfo info
        = Database::prepare(QStringLiteral("postgresql:///rowbook_none?host=/nonexistent"));
    QVERIFY(!info.isOpen());
    QVERIFY(info.server);
    const QString message = info.error.userMessage();
    QVERIFY2(message.contains(QLatin1String("(QPSQL) is not installed"))
                 && message.contains(QLatin1String("libqt6sql6-psql")),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestMissingDriver)
#include "tst_missingdriver.moc"

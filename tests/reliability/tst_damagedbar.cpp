// The window's bar for a damaged file (issue 11): offered when a damaged file opens, recovers on
// a worker thread and opens the new file; the damaged file stays byte-identical.
#include "damagedfilebar.h"
#include "mainwindow.h"
#include "plurals.h"
#include "testsupport.h"
#include "workspace.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;
using testsupport::sha256;

class TestDamagedBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void barRecoversAndOffersToOpen()
    {
        const QString damaged = damagedChinook(QStringLiteral("bar.sqlite"));
        const QByteArray before = sha256(damaged);
        const QString output = m_dir.filePath(QStringLiteral("bar-new.sqlite"));
        QString suggested;
        DamagedFileBar bar;
        bar.setOutputChooser([&](const QString &name) {
            suggested = name;
            return output;
        });
        bar.showFor(damaged);
        QVERIFY(bar.isVisible());
        auto *recover = bar.findChild<QPushButton *>(QStringLiteral("recoverButton"));
        auto *open = bar.findChild<QPushButton *>(QStringLiteral("openRecoveredButton"));
        QVERIFY(recover && open);
        QVERIFY(recover->isVisible());
        QVERIFY(!open->isVisible());
        QSignalSpy openRequested(&bar, &DamagedFileBar::openRequested);
        QTest::mouseClick(recover, Qt::LeftButton);
        QCOMPARE(suggested, m_dir.filePath(QStringLiteral("bar-recovered.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 20000);
        QVERIFY2(bar.findChild<QLabel *>()->text().contains(
                     QStringLiteral("Recovered %1 rows").arg(formatCount(15607))),
                 qPrintable(bar.findChild<QLabel *>()->text()));
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(openRequested.size(), 1);
        QCOMPARE(openRequested.first().at(0).toString(), output);
        QCOMPARE(Probe(output).value(QStringLiteral("SELECT count(*) FROM Album")).toInt(), 347);
        QCOMPARE(sha256(damaged), before);
    }

    void windowOffersRecoveryAndOpensTheNewFile()
    {
        const QString damaged = damagedChinook(QStringLiteral("window.sqlite"));
        const QByteArray before = sha256(damaged);
        const QString output = m_dir.filePath(QStringLiteral("window-new.sqlite"));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(damaged));
        auto *bar = window.findChild<DamagedFileBar *>(QStringLiteral("damagedFileBar"));
        QVERIFY(bar);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000); // after the save worker's check
        QVERIFY(window.workspace()->isReadOnly());
        bar->setOutputChooser([&](const QString &) { return output; });
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("recoverButton")),
                          Qt::LeftButton);
        auto *open = bar->findChild<QPushButton *>(QStringLiteral("openRecoveredButton"));
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 20000);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(window.workspace()->info().path, output);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(!window.workspace()->isReadOnly());
        QCOMPARE(window.workspace()->rowCount(QStringLiteral("Album")), 347);
        QCOMPARE(sha256(damaged), before);
    }

    void soundFileShowsNoBar()
    {
        const QString path = m_dir.filePath(QStringLiteral("sound.sqlite"));
        QVERIFY(testsupport::copyOfChinook(path));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        QSignalSpy spy(window.workspace(), &Workspace::checked);
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.first().at(0).toBool(), true);
        QVERIFY(!window.findChild<DamagedFileBar *>(QStringLiteral("damagedFileBar"))->isVisible());
    }

private:
    QString damagedChinook(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::copy(testsupport::chinookPath(), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile file(path);
        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator generator(2);
        generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(4096) || file.write(garbage) != 4096)
            return {};
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDamagedBar)
#include "tst_damagedbar.moc"

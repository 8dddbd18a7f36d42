#include "backup.h"
#include "database.h"
#include "restoredialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestRestoreDialog : public QObject
{
    Q_OBJECT

private:
    // Clicks the button with `role` in the confirmation box, checking what it says first.
    static void answerConfirmation(QMessageBox::ButtonRole role)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("confirmRestore"));
        QVERIFY(box->text().contains(QLatin1String("rowbook.sqlite")));
        QVERIFY(box->informativeText().contains(QLatin1String("backup of its own")));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                button->click();
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsAndRestores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rowbook.sqlite"));
        QVERIFY(Database::prepare(path).isOpen());
        QVERIFY(Backup::create(path, Backup::Reason::Daily, 7,
                               QDateTime::currentDateTimeUtc().addDays(-1))
                    .ok());
        const Backup::Result latest = Backup::create(path, Backup::Reason::Manual);
        QVERIFY(latest.ok());
        {
            Probe probe(path);
            QVERIFY(probe.exec(QStringLiteral("DELETE FROM items WHERE id > 2")));
        }

        RestoreDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QTreeWidget *>();
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(dialog.selectedBackup(), latest.path); // newest first, preselected
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->text().contains(QLatin1String("items: 6 row"));
        }));

        QSignalSpy restored(&dialog, &RestoreDialog::restored);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(button && button->isEnabled());
        // The restore asks first: Cancel leaves the file as it is.
        QTimer::singleShot(0, this, [] { answerConfirmation(QMessageBox::RejectRole); });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(restored.size(), 0);
        QCOMPARE(Probe(path).value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 2);
        QTimer::singleShot(0, this, [] { answerConfirmation(QMessageBox::AcceptRole); });
        QTest::mouseClick(button, Qt::LeftButton);
        // The click returns at once: the restore runs on the job's thread, the dialog says so
        // and cannot be closed half-way.
        QCOMPARE(restored.size(), 0);
        QVERIFY(dialog.isRestoring());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("restoreProgress"))->isVisible());
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
        QVERIFY(!dialog.isRestoring());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Probe(path).value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 6);
        QCOMPARE(Probe(dialog.preRestoreBackup())
                     .value(QStringLiteral("SELECT count(*) FROM items"))
                     .toInt(),
                 2);
        QCOMPARE(Backup::list(path).first().reason, Backup::Reason::PreRestore);
    }

    // A backup that cannot be used restores nothing: the file keeps every byte, and the dialog
    // says why and stays open.
    void aDamagedBackupLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rowbook.sqlite"));
        QVERIFY(Database::prepare(path).isOpen());
        const Backup::Result made = Backup::create(path, Backup::Reason::Manual);
        QVERIFY(made.ok());
        {
            QFile file(made.path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(4096)); // page 2: garbage
            QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        }
        const QByteArray before = testsupport::sha256(path);

        RestoreDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.selectedBackup(), made.path);
        QSignalSpy restored(&dialog, &RestoreDialog::restored);
        QTimer::singleShot(0, this, [] { answerConfirmation(QMessageBox::AcceptRole); });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRestoring(), 20000);
        QCOMPARE(restored.size(), 0);
        QVERIFY(dialog.isVisible());
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->text().startsWith(QLatin1String("Nothing was restored"))
                   && label->text().contains(QLatin1String("damaged"));
        }));
        QCOMPARE(testsupport::sha256(path), before);
    }
};

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"

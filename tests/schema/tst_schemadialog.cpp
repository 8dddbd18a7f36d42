#include "backup.h"
#include "columneditdialog.h"
#include "createtabledialog.h"
#include "database.h"
#include "saver.h"
#include "schemadialog.h"
#include "schemarunner.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

class TestSchemaDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseInfo m_info;
    QString m_readerName;
    std::unique_ptr<Saver> m_saver;
    std::unique_ptr<SchemaRunner> m_runner;

    QSqlDatabase reader() const { return QSqlDatabase::database(m_readerName, false); }
    int count(const QString &sql) const { return Probe(m_info.path).value(sql).toInt(); }

    // Clicks `button` of the next message box once it is shown.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_info = Database::prepare(testsupport::testFile(m_dir));
        QVERIFY(m_info.isOpen());
        m_readerName = Database::uniqueConnectionName(QStringLiteral("dialog-test"));
        QVERIFY(Database::connect(m_info, m_readerName, Database::Role::Reader).isOpen());
        m_saver = std::make_unique<Saver>(m_info);
        QSignalSpy opened(m_saver.get(), &Saver::opened);
        QVERIFY(opened.wait(5000));
        m_runner = std::make_unique<SchemaRunner>(m_saver.get());
    }

    void cleanup()
    {
        m_runner.reset();
        m_saver.reset();
        Database::disconnect(m_readerName);
    }

    void createTableDialogValidatesInline()
    {
        CreateTableDialog dialog(reader());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.messageLabel()->text().isEmpty()); // no scolding before typing

        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("items"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("already used")));
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("books"));
        QVERIFY(ok->isEnabled());

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addColumn")),
                          Qt::LeftButton);
        QTableWidget *grid = dialog.grid();
        QCOMPARE(grid->rowCount(), 2);
        grid->item(1, CreateTableDialog::Name)->setText(QStringLiteral("ID"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.messageLabel()->text().contains(
            QLatin1String("Column 2: There is already a column")));
        grid->item(1, CreateTableDialog::Name)->setText(QStringLiteral("pages"));
        auto *type = qobject_cast<QComboBox *>(grid->cellWidget(1, CreateTableDialog::Type));
        QVERIFY(type);
        type->setCurrentIndex(int(SchemaType::Integer));
        grid->item(1, CreateTableDialog::Default)->setText(QStringLiteral("many"));
        QVERIFY(dialog.messageLabel()->text().contains(
            QStringLiteral("Column 2: The default “many” is not a whole number")));
        QVERIFY(!ok->isEnabled());
        grid->item(1, CreateTableDialog::Default)->setText(QStringLiteral("12"));
        QVERIFY(ok->isEnabled());

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSignalSpy finished(m_runner.get(), &SchemaRunner::finished);
        QVERIFY(m_runner->run(dialog.change()));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(Probe(m_info.path)
                     .value(QStringLiteral(
                         "SELECT dflt_value FROM pragma_table_info('books') WHERE name = 'pages'"))
                     .toString(),
                 QStringLiteral("12"));
    }

    void schemaDialogAddsRenamesAndDropsColumns()
    {
        SchemaDialog dialog(reader(), m_runner.get(), QStringLiteral("items"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(m_runner.get(), &SchemaRunner::finished);

        // A problem is shown inline and nothing runs.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newColumnName")),
                         QStringLiteral("price"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addColumn")),
                          Qt::LeftButton);
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("already a column")));
        QVERIFY(finished.isEmpty());

        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("newColumnName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("rating"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.takeFirst().at(1).toBool());
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM pragma_table_info('items') WHERE name = 'rating'")),
                 1);

        auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("columns"));
        QCOMPARE(columns->rowCount(), 8);
        columns->item(2, SchemaDialog::Name)->setText(QStringLiteral("on hand")); // quantity
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.takeFirst().at(1).toBool());
        QCOMPARE(count(QStringLiteral("SELECT sum(\"on hand\") FROM items")), 558);

        columns->selectRow(5); // done: has a CHECK constraint, so the table is rebuilt
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("dropColumn")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM pragma_table_info('items') WHERE name = 'done'")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM items")), 6);
        QCOMPARE(columns->rowCount(), 7);
    }

    // Changes the type of `column` in the Edit Column dialog that the click on editColumn opens.
    void editColumnType(SchemaDialog &dialog, int row, const QString &type)
    {
        auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("columns"));
        columns->selectRow(row);
        QTimer::singleShot(0, this, [type] {
            auto *edit = qobject_cast<ColumnEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(edit);
            auto *combo = edit->findChild<QComboBox *>(QStringLiteral("columnType"));
            combo->lineEdit()->selectAll();
            QTest::keyClicks(combo->lineEdit(), type);
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("editColumn")),
                          Qt::LeftButton);
    }

    QString declaredType(const QString &column) const
    {
        return Probe(m_info.path)
            .value(QStringLiteral("SELECT type FROM pragma_table_info('items') WHERE name = '%1'")
                       .arg(column))
            .toString();
    }

    // Edit Column backs the file up on a worker first (the dialog keeps answering and shows
    // it), then rebuilds the table; the backup holds the table as it was.
    void editColumnBacksUpOffTheGuiThread()
    {
        SchemaDialog dialog(reader(), m_runner.get(), QStringLiteral("items"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(m_runner.get(), &SchemaRunner::finished);
        editColumnType(dialog, 3, QStringLiteral("NUMERIC")); // price REAL
        // The click returned while the backup runs: nothing is changed or backed up yet.
        QVERIFY2(dialog.messageLabel()->text().startsWith(
                     QLatin1String("Backing up the file before the column is changed")),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(declaredType(QStringLiteral("price")), QStringLiteral("REAL"));
        QVERIFY(finished.isEmpty());

        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(declaredType(QStringLiteral("price")), QStringLiteral("NUMERIC"));
        const QVector<Backup::Entry> made = Backup::list(m_info.path);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made[0].reason, Backup::Reason::PreColumnChange);
        const Probe backup(made[0].path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(backup
                     .value(QStringLiteral(
                         "SELECT type FROM pragma_table_info('items') WHERE name = 'price'"))
                     .toString(),
                 QStringLiteral("REAL"));
        QCOMPARE(backup.value(QStringLiteral("SELECT count(*) FROM items")).toInt(),
                 count(QStringLiteral("SELECT count(*) FROM items")));
        QVERIFY2(dialog.messageLabel()->text().contains(QDir::toNativeSeparators(made[0].path)),
                 qPrintable(dialog.messageLabel()->text()));
    }

    // Closing the dialog while that backup runs changes nothing.
    void closingDuringEditColumnBackupChangesNothing()
    {
        SchemaDialog dialog(reader(), m_runner.get(), QStringLiteral("items"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(m_runner.get(), &SchemaRunner::finished);
        editColumnType(dialog, 3, QStringLiteral("NUMERIC"));
        dialog.reject();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.messageLabel()->text().startsWith(QLatin1String("The column was not changed")),
            20000);
        QCOMPARE(declaredType(QStringLiteral("price")), QStringLiteral("REAL"));
        QVERIFY(finished.isEmpty());
    }

    void dropTableIsConfirmedAndHandedToTheCaller()
    {
        SchemaDialog dialog(reader(), m_runner.get(), QStringLiteral("items"));
        dialog.show();
        QSignalSpy requested(&dialog, &SchemaDialog::dropTableRequested);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("dropTable")),
                          Qt::LeftButton);
        QCOMPARE(requested.size(), 0);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("dropTable")),
                          Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM items")), 6); // the caller runs it
        const auto change = requested.first().at(0).value<SchemaChange>();
        QCOMPARE(change.kind, SchemaChange::DropTable);
    }
};

QTEST_MAIN(TestSchemaDialog)
#include "tst_schemadialog.moc"

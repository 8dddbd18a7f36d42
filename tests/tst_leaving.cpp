// The window's questions about files: creating a file that does not exist, and quitting with
// edits that cannot be saved (keep them for next time, or discard them), and what the next launch
// says about kept edits.

#include "autosaver.h"
#include "database.h"
#include "editstore.h"
#include "journalformat.h"
#include "mainwindow.h"
#include "recoveryjournal.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace rowbook;
using testsupport::Probe;

namespace {

// Answers the next modal QMessageBox named `boxName` by clicking its button `buttonName`, and
// remembers what the box said.
class Answer : public QObject
{
public:
    Answer(const QString &boxName, const QString &buttonName)
        : m_boxName(boxName)
        , m_buttonName(buttonName)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != m_boxName)
                return;
            auto *button = box->findChild<QAbstractButton *>(m_buttonName);
            if (!button)
                return;
            text = box->text() + QLatin1Char('\n') + box->informativeText();
            buttons.clear();
            for (QAbstractButton *b : box->buttons())
                buttons << b->text();
            m_timer.stop();
            button->click();
        });
        m_timer.start();
    }

    QString text; // empty until the box was shown
    QStringList buttons;

private:
    QString m_boxName;
    QString m_buttonName;
    QTimer m_timer;
};

} // namespace

class TestLeaving : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setQuitOnLastWindowClosed(false); // windows are closed here, the test goes on
    }

    void createQuestion_data()
    {
        QTest::addColumn<bool>("create");
        QTest::newRow("cancel") << false;
        QTest::newRow("create") << true;
    }

    void createQuestion()
    {
        QFETCH(bool, create);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Answer answer(QStringLiteral("createPrompt"),
                      create ? QStringLiteral("createDatabase") : QStringLiteral("cancelCreate"));
        QCOMPARE(window.openDatabase(path), create);
        QVERIFY2(answer.text.contains(QLatin1String("typo.sqlite")), qPrintable(answer.text));
        QCOMPARE(QFile::exists(path), create);
        if (!create) {
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
            return;
        }
        QVERIFY(window.workspace()->info().ours);
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::applicationId);
        QCOMPARE(probe
                     .value(QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE "
                                           "type = 'table'"))
                     .toString(),
                 QStringLiteral("_rowbook_meta"));
    }

    void existingFileIsNotQuestioned()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("there.sqlite"));
        QVERIFY(Database::prepare(path, Database::Open::Create).isOpen());
        MainWindow window;
        window.show();
        Answer answer(QStringLiteral("createPrompt"), QStringLiteral("cancelCreate"));
        QVERIFY(window.openDatabase(path));
        QCOMPARE(answer.text, QString());
    }

    void quitWithRefusedEdits_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::addColumn<bool>("rowGone"); // deleted by another program before the next launch
        QTest::newRow("keep for next time") << true << false;
        QTest::newRow("keep, and the row is deleted") << true << true;
        QTest::newRow("discard") << false << false;
    }

    void quitWithRefusedEdits()
    {
        QFETCH(bool, keep);
        QFETCH(bool, rowGone);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refused.sqlite"));
        QVERIFY(Database::prepare(path, Database::Open::Starter).isOpen());
        const QString journal = RecoveryJournal::pathFor(QFileInfo(path).absoluteFilePath());
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDatabase(path, QStringLiteral("items")));
            Workspace *workspace = window.workspace();
            workspace->autoSaver()->setDebounceMs(10);
            // "name" is NOT NULL: setting it to NULL is refused by the database. (Edit → Set to
            // NULL is off for such columns, so the edit goes straight to the model.)
            TableModel *model = workspace->model();
            QVERIFY(model->setData(
                model->index(0, model->tableInfo().columnIndex(QStringLiteral("name"))), QVariant(),
                TableModel::StoredRole));
            QTRY_COMPARE(workspace->edits()->refusedCount(), 1);
            QVERIFY(workspace->autoSaver()->isIdle()); // nothing left that a save could change

            Answer answer(QStringLiteral("unsavedPrompt"),
                          keep ? QStringLiteral("keepUnsaved") : QStringLiteral("discardUnsaved"));
            // File → Quit (its shortcut depends on the platform theme, which offscreen lacks).
            QAction *quit = nullptr;
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->text() == QLatin1String("&Quit"))
                    quit = action;
            }
            QVERIFY(quit);
            quit->trigger();
            QTRY_VERIFY(!window.isVisible());
            QVERIFY2(answer.text.startsWith(QLatin1String("1 edit cannot be saved.")),
                     qPrintable(answer.text));
            QVERIFY2(answer.text.contains(QStringLiteral("“name”")), qPrintable(answer.text));
            QVERIFY(!answer.buttons.contains(QStringLiteral("Keep Trying")));
            QVERIFY(!answer.text.contains(QLatin1String("..")));
        }
        Probe probe(path);
        QCOMPARE(probe.value(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
                 QStringLiteral("Notebook, A5 dotted"));
        QCOMPARE(QFile::exists(journal), keep);
        if (!keep)
            return;
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const journalformat::Contents contents = journalformat::parse(file.readAll());
        QVERIFY(contents.ok);
        QCOMPARE(contents.document.value(QLatin1String("reason")).toString(),
                 QStringLiteral("kept-by-user"));

        if (rowGone)
            QVERIFY(probe.exec(QStringLiteral("DELETE FROM items WHERE id = 1")));
        // The next launch says why the edits are there, not that Rowbook stopped.
        MainWindow next;
        next.show();
        Answer offer(QStringLiteral("recoveryPrompt"), QStringLiteral("discardRecovery"));
        QVERIFY(next.openDatabase(path));
        if (rowGone) { // nothing left to apply: no Apply button for none
            QVERIFY2(offer.text.startsWith(QLatin1String("The 1 edit you kept when you last left "
                                                         "this file (at ")),
                     qPrintable(offer.text));
            QVERIFY2(offer.text.contains(QLatin1String("cannot be applied any more.")),
                     qPrintable(offer.text));
            QVERIFY(offer.buttons.contains(QStringLiteral("Discard Them")));
            QVERIFY2(!offer.buttons.contains(QStringLiteral("Apply Edits")),
                     qPrintable(offer.buttons.join(QLatin1String(", "))));
        } else {
            QVERIFY2(
                offer.text.startsWith(QLatin1String("You kept 1 edit that could not be saved")),
                qPrintable(offer.text));
            QVERIFY(offer.buttons.contains(QStringLiteral("Apply Edits")));
        }
        QVERIFY(!offer.text.contains(QLatin1String("stopped")));
        QVERIFY(!QFile::exists(journal));
    }
};

QTEST_MAIN(TestLeaving)
#include "tst_leaving.moc"

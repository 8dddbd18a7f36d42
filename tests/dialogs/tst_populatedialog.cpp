// Table → Fill with Sample Data…: the dialog shows the generator `rowbook populate` chooses per
// column, a changed generator or range shows in the 10-row preview, Fill writes the rows (read
// back through a separate connection), Cancel writes none, and in the window the fill is one
// undo step that deletes exactly the rows it added.
#include "mainwindow.h"
#include "populatedialog.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace rowbook;
using testsupport::Probe;

class TestPopulateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void choicesShown();
    void changedGeneratorShowsInPreviewAndFill();
    void cancelWritesNothing();
    void undoInTheWindowRemovesTheRows();
    void aFillWithoutUndoSaysWhy();

private:
    template<class T>
    T *child(QObject *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    int planRow(PopulateDialog &dialog, const QString &column)
    {
        QTableWidget *plan = dialog.planTable();
        for (int row = 0; row < plan->rowCount(); ++row) {
            if (plan->item(row, PopulateDialog::ColumnName)->text() == column)
                return row;
        }
        return -1;
    }
    // The preview's values of `column`, once a preview of 10 rows is shown and nothing runs.
    QStringList previewColumn(PopulateDialog &dialog, const QString &column)
    {
        QTableWidget *preview = dialog.previewTable();
        QStringList values;
        for (int c = 0; c < preview->columnCount(); ++c) {
            if (preview->horizontalHeaderItem(c)->text() != column)
                continue;
            for (int row = 0; row < preview->rowCount(); ++row)
                values << preview->item(row, c)->text();
        }
        return values;
    }
    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return); // editingFinished: the preview follows
    }
    // Fill with Sample Data… in `window` on its open table: `rows` rows, once the plan shows
    // `columns` columns. False when the dialog did not come up or the fill did not run.
    bool fillInWindow(MainWindow &window, int columns, int rows)
    {
        QAction *fill = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Fill with &Sample Data…"))
                fill = action;
        }
        if (!fill || !fill->isEnabled())
            return false;
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PopulateDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog->planTable()->rowCount() == columns && !dialog->isBusy(), 20000);
            child<QSpinBox>(dialog, QStringLiteral("rowsSpin"))->setValue(rows);
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("fillButton")),
                              Qt::LeftButton);
            ran = true;
        });
        fill->trigger(); // returns once the dialog closed after the fill
        return ran;
    }
    qint64 count() const
    {
        return Probe(m_path).value(QStringLiteral("SELECT count(*) FROM people")).toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_path;
    DatabaseInfo m_info;
};

void TestPopulateDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestPopulateDialog::init()
{
    m_path = testsupport::testFile(m_dir);
    {
        Probe probe(m_path);
        QVERIFY(probe.exec(QStringLiteral(
            "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, "
            "email TEXT UNIQUE, status TEXT)")));
        QVERIFY(probe.exec(QStringLiteral(
            "INSERT INTO people (name, age, email, status) VALUES ('Ada', 36, 'ada@example.com', "
            "'kept')")));
    }
    m_info = Database::prepare(m_path);
    QVERIFY(m_info.isOpen());
}

void TestPopulateDialog::choicesShown()
{
    PopulateDialog dialog(m_info, QStringLiteral("people"));
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.planTable()->rowCount(), 5, 20000);
    const auto generator = [&](const QString &column) {
        return child<QComboBox>(&dialog, QStringLiteral("generator_") + column)->currentText();
    };
    QCOMPARE(generator(QStringLiteral("id")),
             SampleData::generatorName(SampleData::Generator::Skip));
    QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("generator_id"))->isEnabled());
    QCOMPARE(generator(QStringLiteral("name")),
             SampleData::generatorName(SampleData::Generator::PersonName));
    QCOMPARE(generator(QStringLiteral("email")),
             SampleData::generatorName(SampleData::Generator::Email));
    QCOMPARE(generator(QStringLiteral("age")),
             SampleData::generatorName(SampleData::Generator::Integer));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("range_age"))->text(),
             QStringLiteral("18..90"));
    // The first preview: 10 rows of the 4 columns that get values, e-mail addresses in "email".
    QTRY_COMPARE_WITH_TIMEOUT(dialog.previewTable()->rowCount(), 10, 20000);
    QCOMPARE(dialog.previewTable()->columnCount(), 4);
    for (const QString &email : previewColumn(dialog, QStringLiteral("email")))
        QVERIFY2(email.contains(QLatin1Char('@')), qPrintable(email));
    QCOMPARE(count(), 1); // a preview writes nothing
}

void TestPopulateDialog::changedGeneratorShowsInPreviewAndFill()
{
    PopulateDialog dialog(m_info, QStringLiteral("people"));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.planTable()->rowCount() == 5 && !dialog.isBusy(), 20000);
    // status: values from a list; age: 30..35.
    QComboBox *status = child<QComboBox>(&dialog, QStringLiteral("generator_status"));
    status->setCurrentIndex(status->findData(int(SampleData::Generator::List)));
    QLineEdit *statusValues = child<QLineEdit>(&dialog, QStringLiteral("range_status"));
    QVERIFY(statusValues->isEnabled());
    typeInto(statusValues, QStringLiteral("new, open, closed"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("range_age")), QStringLiteral("30..35"));
    const QStringList statuses{QStringLiteral("new"), QStringLiteral("open"),
                               QStringLiteral("closed")};
    const auto obeys = [&] {
        if (dialog.isBusy() || dialog.previewTable()->rowCount() != 10)
            return false;
        const QStringList ages = previewColumn(dialog, QStringLiteral("age"));
        const QStringList states = previewColumn(dialog, QStringLiteral("status"));
        if (ages.size() != 10 || states.size() != 10)
            return false;
        for (int i = 0; i < 10; ++i) {
            const int age = ages.at(i).toInt();
            if (age < 30 || age > 35 || !statuses.contains(states.at(i)))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(obeys(), 20000);
    QCOMPARE(count(), 1);

    // An empty range is refused with a message, and nothing runs.
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("range_age")), QStringLiteral("40..30"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QLabel *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("“age”")), qPrintable(error->text()));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("range_age")), QStringLiteral("30..35"));
    QTRY_VERIFY_WITH_TIMEOUT(obeys(), 20000);

    QSpinBox *rows = child<QSpinBox>(&dialog, QStringLiteral("rowsSpin"));
    rows->setValue(2500);
    QSignalSpy filled(&dialog, &PopulateDialog::filled);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("fillButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(filled.size(), 1, 30000);
    QCOMPARE(filled.first().at(1).toLongLong(), 2500);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Probe probe(m_path);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM people")).toLongLong(), 2501);
    QCOMPARE(probe
                 .value(QStringLiteral("SELECT count(*) FROM people WHERE id > 1 AND (age NOT "
                                       "BETWEEN 30 AND 35 OR status NOT IN ('new', 'open', "
                                       "'closed'))"))
                 .toLongLong(),
             0);
    QCOMPARE(probe.value(QStringLiteral("SELECT count(DISTINCT email) FROM people")).toLongLong(),
             2501);
    QCOMPARE(filled.first().at(2).toLongLong(), 2);
    QCOMPARE(filled.first().at(3).toLongLong(), 2501);
    QCOMPARE(filled.first().at(5).toString(), QString()); // there is an undo step
}

void TestPopulateDialog::cancelWritesNothing()
{
    PopulateDialog dialog(m_info, QStringLiteral("people"));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.planTable()->rowCount() == 5 && !dialog.isBusy(), 20000);
    child<QSpinBox>(&dialog, QStringLiteral("rowsSpin"))->setValue(5000000);
    QProgressBar *progress = child<QProgressBar>(&dialog, QStringLiteral("progressBar"));
    QSignalSpy filled(&dialog, &PopulateDialog::filled);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("fillButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000); // rows are going in
    QPushButton *cancel = child<QPushButton>(&dialog, QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QCOMPARE(filled.size(), 0);
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("statusLabel"))->text(),
             QStringLiteral("Cancelled; nothing was written."));
    QVERIFY(dialog.isVisible());
    QCOMPARE(count(), 1);
}

void TestPopulateDialog::undoInTheWindowRemovesTheRows()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_path, QStringLiteral("people")));
    QTRY_VERIFY(!window.workspace()->model()->isLoading());
    QVERIFY(fillInWindow(window, 5, 300));
    QCOMPARE(count(), 301);
    QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("cannot be undone")),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->model()->rowCount(), 301, 20000);
    QUndoStack *stack = window.workspace()->undo()->stack(QStringLiteral("people"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Fill “people” with 300 sample rows"));

    // The user edits the kept row by hand after the fill: undo takes back the fill only.
    QVERIFY(Probe(m_path).exec(QStringLiteral("UPDATE people SET status = 'edited' WHERE id = 1")));
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    window.tableView()->setFocus();
    QTest::keyClick(window.tableView(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(count(), 1, 20000);
    QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT status FROM people")).toString(),
             QStringLiteral("edited"));
    QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->model()->rowCount(), 1, 20000);
    QCOMPARE(stack->count(), 0); // no redo: the entry left the history
}

// A table whose new rows cannot be told by a key range gets no undo step, and the status bar
// says why instead of leaving the user to find Undo greyed out.
void TestPopulateDialog::aFillWithoutUndoSaysWhy()
{
    QVERIFY(Probe(m_path).exec(
        QStringLiteral("CREATE TABLE tag (name TEXT PRIMARY KEY, note TEXT) WITHOUT ROWID")));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_path, QStringLiteral("tag")));
    QTRY_VERIFY(!window.workspace()->model()->isLoading());
    QVERIFY(fillInWindow(window, 2, 1200));
    QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT count(*) FROM tag")).toInt(), 1200);
    const QString message = window.statusBar()->currentMessage();
    // The count as the status bar's other counts show it.
    QVERIFY2(message.contains(
                 QStringLiteral("Added %1 sample rows to “tag”.").arg(QLocale().toString(1200)))
                 && message.contains(QStringLiteral("“tag” has no integer key to tell the new "
                                                    "rows by, so the fill cannot be undone.")),
             qPrintable(message));
    QCOMPARE(window.workspace()->undo()->stack(QStringLiteral("tag"))->count(), 0);
}

QTEST_MAIN(TestPopulateDialog)
#include "tst_populatedialog.moc"

// A foreign-key field of the form whose parent rows are still being read when the form leaves
// its row (another row is chosen, a new row is saved): a name typed into it cannot be judged yet,
// and used to be dropped with a note saying it did not fit the column. It is set aside and saved
// into the row it was typed for once the rows come, or the form says why it could not be.
//
// The parent rows are read on workPool(); the test holds every thread of the pool, so that the
// read waits exactly as long as the test wants, whatever the machine's speed.
#include "autosaver.h"
#include "database.h"
#include "fieldeditor.h"
#include "foreignkeycombo.h"
#include "pooltask.h"
#include "recordform.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "undohistory.h"
#include "workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rowbook;
using testsupport::PoolGate;
using testsupport::Probe;

class TestFormLookup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

    // artist(id, name) holds "Band 1" to "Band 9"; album(id, title, artist) three albums of
    // bands 1, 2 and 3, and `more` albums of band 9 after them, shown in a window of
    // `windowRows` rows (0: the model's own). Null on failure.
    TableModel *open(int more = 0, int windowRows = 0)
    {
        m_path = testsupport::testFile(m_dir);
        if (!Database::prepare(m_path).isOpen())
            return nullptr;
        {
            Probe probe(m_path);
            if (!probe.exec(QStringLiteral(
                    "CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"))
                || !probe.exec(QStringLiteral("CREATE TABLE album (id INTEGER PRIMARY KEY, "
                                              "title TEXT, artist INTEGER REFERENCES artist(id))"))
                || !probe.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9) "
                    "INSERT INTO artist (name) SELECT 'Band ' || i FROM n"))
                || !probe.exec(QStringLiteral("INSERT INTO album (title, artist) VALUES "
                                              "('One', 1), ('Two', 2), ('Three', 3)"))
                || !probe.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                              "SELECT i + 1 FROM n WHERE i < %1) INSERT INTO "
                                              "album (title, artist) SELECT 'More ' || i, 9 "
                                              "FROM n WHERE %1 > 0")
                                   .arg(more)))
                return nullptr;
        }
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_path))
            return nullptr;
        m_workspace->autoSaver()->setDebounceMs(30);
        TableModel *model = m_workspace->model();
        if (windowRows > 0)
            model->setWindowRows(windowRows);
        if (!model->setTable(QStringLiteral("album")))
            return nullptr;
        QSignalSpy loading(model, &TableModel::loadingChanged);
        return !model->isLoading() || loading.wait(10000) ? model : nullptr;
    }

    int column(const QString &name) const
    {
        return m_workspace->model()->tableInfo().columnIndex(name);
    }

    // Types `text` into the form's artist field and leaves it (Return): while the parent rows
    // are being read, the field refuses it for now.
    static bool typeWhileReading(FieldEditor *field, const QString &text)
    {
        ForeignKeyCombo *lookup = field->lookup();
        if (!lookup || !lookup->isReading())
            return false;
        lookup->setFocus();
        lookup->lineEdit()->selectAll();
        QTest::keyClicks(lookup->lineEdit(), text);
        QTest::keyClick(lookup->lineEdit(), Qt::Key_Return);
        return field->problem().contains(QStringLiteral("still being read"))
               && lookup->currentText() == text;
    }

    // Shows `form` over `model` (its artist field starts reading the artists) and types `text`
    // into the artist field of the first row while they are read.
    static bool typeIntoTheFirstRow(RecordForm &form, TableModel *model, const QString &text)
    {
        form.setModel(model);
        form.show();
        if (!QTest::qWaitForWindowExposed(&form))
            return false;
        form.setCurrentRow(0);
        return typeWhileReading(form.editor(QStringLiteral("artist")), text);
    }

    QVariant stored(int row, const QString &name) const
    {
        TableModel *model = m_workspace->model();
        return model->index(row, column(name)).data(TableModel::StoredRole);
    }

    // The artist of album `id`, wherever its row is.
    QVariant artistOf(qint64 id) const
    {
        return stored(m_workspace->model()->rowForKey(id), QStringLiteral("artist"));
    }

    QString notice(const RecordForm &form) const
    {
        auto *label = form.findChild<QLabel *>(QStringLiteral("formNotice"));
        return label && !label->isHidden() ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_workspace.reset(); }

    void inputTypedWhileReadingIsSavedIntoTheRowItWasFor()
    {
        TableModel *model = open();
        QVERIFY(model);
        PoolGate gate(workPool());
        RecordForm form;
        form.setModel(model); // its artist field starts reading the artists
        form.resize(400, 500);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        FieldEditor *artist = form.editor(QStringLiteral("artist"));
        QVERIFY(artist && artist->lookup());

        // An album of the table: a name of a band among the rows on their way.
        form.setCurrentRow(0);
        QVERIFY(typeWhileReading(artist, QStringLiteral("Band 3")));
        // A new album, saved when the form leaves it: its key changes meanwhile.
        const int added = model->addRow();
        QVERIFY(model->setData(model->index(added, column(QStringLiteral("title"))),
                               QStringLiteral("Four")));
        form.setCurrentRow(added);
        QVERIFY(typeWhileReading(artist, QStringLiteral("band 5")));
        // A name no band has.
        form.setCurrentRow(1);
        QVERIFY(typeWhileReading(artist, QStringLiteral("Nobody")));
        form.setCurrentRow(2);

        QVERIFY2(notice(form).contains(QStringLiteral(
                     "“Band 3” will be saved in “artist” once the rows of “artist” have been "
                     "read.")),
                 qPrintable(notice(form)));
        QCOMPARE(notice(form).count(QStringLiteral("will be saved")), 3);
        QCOMPARE(stored(0, QStringLiteral("artist")), QVariant(qlonglong(1))); // not yet
        AutoSaver *saver = m_workspace->autoSaver();
        QTRY_VERIFY(model->keyAt(added) > 0); // the new album's INSERT is saved
        QTRY_VERIFY(saver->isIdle());
        const qint64 four = model->keyAt(added);
        // The rows move: Two, Three, One, Four.
        model->sort(column(QStringLiteral("title")), Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowForKey(1), 2);

        gate.open();
        QTRY_VERIFY(!artist->lookup()->isReading());
        QCOMPARE(artistOf(1), QVariant(qlonglong(3)));
        QCOMPARE(artistOf(four), QVariant(qlonglong(5)));
        QCOMPARE(artistOf(2), QVariant(qlonglong(2)));
        QCOMPARE(artistOf(3), QVariant(qlonglong(3)));
        QCOMPARE(notice(form),
                 QStringLiteral("“Nobody” was not saved in “artist”: No row of “artist” is named "
                                "“Nobody”: choose one from the list, or type its id."));
        QCOMPARE(form.currentRow(), model->rowForKey(3)); // the row shown is album 3's
        QCOMPARE(artist->value(), QVariant(qlonglong(3)));
        QVERIFY(artist->problem().isEmpty());

        saver->saveNow();
        QTRY_VERIFY(saver->isIdle());
        Probe probe(m_path);
        QCOMPARE(probe.value(QStringLiteral("SELECT group_concat(title || ':' || artist, ' ') "
                                            "FROM (SELECT * FROM album ORDER BY id)")),
                 QVariant(QStringLiteral("One:3 Two:2 Three:3 Four:5")));
    }

    // A filter resets the rows under the form (a new order keeps them, and the form's row with
    // them): what was typed is set aside the same way, and saved into its row.
    void inputSetAsideWhenTheRowsAreFilteredIsSaved()
    {
        TableModel *model = open();
        QVERIFY(model);
        PoolGate gate(workPool());
        RecordForm form;
        QVERIFY(typeIntoTheFirstRow(form, model, QStringLiteral("Band 7")));
        FieldEditor *artist = form.editor(QStringLiteral("artist"));
        model->sort(column(QStringLiteral("title")), Qt::DescendingOrder); // Two, Three, One
        QTRY_VERIFY(!model->isLoading());
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        model->setFilter(QStringLiteral("title <> ?"), {QStringLiteral("Two")}); // Three, One
        QTRY_VERIFY(!reset.isEmpty() && !model->isLoading());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(form.currentRow(), -1);
        QVERIFY(notice(form).contains(QStringLiteral("“Band 7” will be saved")));
        gate.open();
        QTRY_VERIFY(!artist->lookup()->isReading());
        QCOMPARE(model->rowForKey(1), 1);
        QCOMPARE(artistOf(1), QVariant(qlonglong(7)));
        QCOMPARE(artistOf(3), QVariant(qlonglong(3)));
        QCOMPARE(notice(form), QString());
    }

    // Typing into the same field of the same row again replaces what was set aside for it: the
    // last input is what is saved, not the first one after it.
    void typingAgainReplacesWhatWasSetAside()
    {
        TableModel *model = open();
        QVERIFY(model);
        PoolGate gate(workPool());
        RecordForm form;
        QVERIFY(typeIntoTheFirstRow(form, model, QStringLiteral("Band 3")));
        FieldEditor *artist = form.editor(QStringLiteral("artist"));
        form.setCurrentRow(1);
        form.setCurrentRow(0);
        QCOMPARE(artist->value(), QVariant(qlonglong(1)));
        QVERIFY(typeWhileReading(artist, QStringLiteral("Band 4")));
        form.setCurrentRow(1);
        QCOMPARE(notice(form),
                 QStringLiteral("“Band 4” will be saved in “artist” once the rows of “artist” "
                                "have been read."));
        gate.open();
        QTRY_VERIFY(!artist->lookup()->isReading());
        QCOMPARE(artistOf(1), QVariant(qlonglong(4)));
        QCOMPARE(notice(form), QString());
    }

    // The cell was changed another way before the rows came (the grid, undo, another
    // program): what was set aside does not overwrite it, and the form says so.
    void aCellChangedMeanwhileIsNotOverwritten()
    {
        TableModel *model = open();
        QVERIFY(model);
        PoolGate gate(workPool());
        RecordForm form;
        QVERIFY(typeIntoTheFirstRow(form, model, QStringLiteral("Band 3")));
        FieldEditor *artist = form.editor(QStringLiteral("artist"));
        form.setCurrentRow(1);
        QVERIFY(model->setData(model->index(0, column(QStringLiteral("artist"))), 6));
        gate.open();
        QTRY_VERIFY(!artist->lookup()->isReading());
        QCOMPARE(artistOf(1), QVariant(qlonglong(6)));
        QCOMPARE(notice(form), QStringLiteral("“Band 3” was not saved in “artist”: the value was "
                                              "changed meanwhile."));
    }

    // The row has left the model's window of rows (a big table, a jump far away) when the
    // rows come: what was set aside is saved into it all the same.
    void inputSetAsideIsSavedIntoARowOutsideTheWindow()
    {
        TableModel *model = open(2000, 512);
        QVERIFY(model);
        QCOMPARE(model->totalRows(), 2003);
        PoolGate gate(workPool());
        RecordForm form;
        QVERIFY(typeIntoTheFirstRow(form, model, QStringLiteral("Band 3")));
        FieldEditor *artist = form.editor(QStringLiteral("artist"));
        model->moveWindow(1400);
        QCOMPARE(model->rowForKey(1), -1);
        form.setCurrentRow(10); // as the grid does when its current row has left the window
        gate.open();
        QTRY_VERIFY(!artist->lookup()->isReading());
        QCOMPARE(notice(form), QString());
        AutoSaver *saver = m_workspace->autoSaver();
        saver->saveNow();
        QTRY_VERIFY(saver->isIdle());
        QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT artist FROM album WHERE id = 1")),
                 QVariant(qlonglong(3)));
    }

    // A name typed while the row's own values were still on their way ("Reading…"): the field
    // never showed the value it replaces, so none is held against it when it is saved.
    void inputTypedBeforeTheRowWasShownIsSaved()
    {
        TableModel *model = open(2000, 512);
        QVERIFY(model);
        PoolGate gate(workPool());
        RecordForm form;
        form.setModel(model);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        FieldEditor *artist = form.editor(QStringLiteral("artist"));
        QVERIFY(!model->isRowInMemory(400));
        form.setCurrentRow(400);
        QVERIFY(artist->isPending());
        QVERIFY(typeWhileReading(artist, QStringLiteral("Band 3")));
        QTRY_VERIFY(model->isRowInMemory(400)); // its values come, under the typed name
        QCOMPARE(artist->lookup()->currentText(), QStringLiteral("Band 3"));
        form.setCurrentRow(0);
        gate.open();
        QTRY_VERIFY(!artist->lookup()->isReading());
        QCOMPARE(notice(form), QString());
        QCOMPARE(artistOf(401), QVariant(qlonglong(3)));
    }

    // A new row left with input set aside, deleted and brought back by undo before the rows
    // come: it is the same row under another key, and the input is saved into it.
    void inputSetAsideFollowsANewRowBroughtBackByUndo()
    {
        TableModel *model = open();
        QVERIFY(model);
        m_workspace->autoSaver()->setDebounceMs(60000); // the new row stays unsaved
        m_workspace->undo()->setActiveTable(QStringLiteral("album"));
        PoolGate gate(workPool());
        RecordForm form;
        form.setModel(model);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const int added = model->addRow();
        QVERIFY(model->setData(model->index(added, column(QStringLiteral("title"))),
                               QStringLiteral("Four")));
        form.setCurrentRow(added);
        QVERIFY(typeWhileReading(form.editor(QStringLiteral("artist")), QStringLiteral("Band 5")));
        form.setCurrentRow(0);
        const qint64 before = model->keyAt(added);
        QVERIFY(before < 0);
        model->removeRowList({added});
        QCOMPARE(model->totalRows(), 3);
        m_workspace->undo()->group()->activeStack()->undo();
        QCOMPARE(model->totalRows(), 4);
        QVERIFY(model->keyAt(added) < 0 && model->keyAt(added) != before);
        QCOMPARE(stored(added, QStringLiteral("title")), QVariant(QStringLiteral("Four")));

        gate.open();
        QTRY_VERIFY(!form.editor(QStringLiteral("artist"))->lookup()->isReading());
        QCOMPARE(notice(form), QString());
        QCOMPARE(stored(added, QStringLiteral("artist")), QVariant(qlonglong(5)));
        AutoSaver *saver = m_workspace->autoSaver();
        saver->saveNow();
        QTRY_VERIFY(saver->isIdle());
        QCOMPARE(Probe(m_path).value(QStringLiteral("SELECT artist FROM album WHERE title = "
                                                    "'Four'")),
                 QVariant(qlonglong(5)));
    }

    // The form moves to another table before the rows come: what was set aside cannot be saved
    // any more, and the form says so instead of dropping it unseen.
    void inputSetAsideIsReportedWhenTheTableChanges()
    {
        TableModel *model = open();
        QVERIFY(model);
        PoolGate gate(workPool());
        RecordForm form;
        QVERIFY(typeIntoTheFirstRow(form, model, QStringLiteral("Band 3")));
        form.setCurrentRow(1);
        QVERIFY(model->setTable(QStringLiteral("artist")));
        form.setCurrentRow(0); // as the window does after opening a table
        QCOMPARE(notice(form),
                 QStringLiteral("“Band 3” was not saved in “artist”: the table changed before its "
                                "rows were read."));
    }
};

QTEST_MAIN(TestFormLookup)
#include "tst_formlookup.moc"

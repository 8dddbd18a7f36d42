// A form field while its row's value is on its way (FieldEditor::showPending()): every kind of
// editor says "Reading…" instead of showing NULL, an unchecked box or an empty choice, and input
// typed meanwhile is not replaced when the value comes. A foreign-key field's choices are read in
// the background, and what it shows or what is typed stays when they come.
#include "fieldeditor.h"
#include "foreignkeycombo.h"
#include "pooltask.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

using namespace rowbook;

class TestFieldEditor : public QObject
{
    Q_OBJECT

private:
    static ColumnInfo column(const QString &name, const QString &type, ColumnKind kind)
    {
        ColumnInfo info;
        info.name = name;
        info.declaredType = type;
        info.kind = kind;
        return info;
    }

    static const QString reading() { return QStringLiteral("Reading…"); }

    QTemporaryDir m_dir;

    // A database file named `connection` with `artist` (id, name) holding `names` as rows 1, 2,
    // ...; an invalid database when it cannot be made. A file, not ":memory:": the choices are
    // read on a connection of their own.
    QSqlDatabase artists(const QString &connection, const QStringList &names)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_dir.filePath(connection + QStringLiteral(".sqlite")));
        // Copied to the connection the choices are read on: it waits while a test holds the
        // file, however slow the machine.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000"));
        if (!db.open())
            return {};
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE TABLE artist(id INTEGER PRIMARY KEY, name TEXT)")))
            return {};
        for (const QString &name : names) {
            if (!query.prepare(QStringLiteral("INSERT INTO artist(name) VALUES (?)")))
                return {};
            query.addBindValue(name);
            if (!query.exec())
                return {};
        }
        return db;
    }

    // "Band 1" to "Band 30".
    static QStringList bands()
    {
        QStringList names;
        for (int id = 1; id <= 30; ++id)
            names << QStringLiteral("Band %1").arg(id);
        return names;
    }

    // album.artist, the column artistKey() is of.
    static ColumnInfo artistColumn()
    {
        return column(QStringLiteral("artist"), QStringLiteral("INTEGER"), ColumnKind::Integer);
    }

    // Edits `field` with a choice of `db`'s artists.
    static ForeignKeyCombo *addLookup(FieldEditor *field, const QSqlDatabase &db)
    {
        auto *lookup = new ForeignKeyCombo(db, artistKey());
        field->setLookup(lookup);
        return lookup;
    }
    static bool choicesRead(const ForeignKeyCombo *lookup)
    {
        return QTest::qWaitFor([lookup] { return !lookup->isReading(); });
    }

    // album.artist refers to artist.id, shown by name.
    static ForeignKey artistKey()
    {
        ForeignKey key;
        key.table = QStringLiteral("album");
        key.column = QStringLiteral("artist");
        key.parentTable = QStringLiteral("artist");
        key.parentColumn = QStringLiteral("id");
        key.labelColumn = QStringLiteral("name");
        return key;
    }

private Q_SLOTS:
    // A value no parent row has is shown as it is, whole however long (QLineEdit cuts text at
    // 32,767 characters unless told otherwise).
    void aLongValueIsShownWhole()
    {
        const QString name = QStringLiteral("long");
        {
            const QSqlDatabase db = artists(name, bands());
            QVERIFY(db.isOpen());
            FieldEditor field(artistColumn());
            ForeignKeyCombo *lookup = addLookup(&field, db);
            QVERIFY(choicesRead(lookup));
            const QString value = QString(40000, QLatin1Char('k')) + QStringLiteral("end");
            field.setValue(value);
            QCOMPARE(lookup->lineEdit()->text().size(), value.size());
            QVERIFY(lookup->lineEdit()->text().endsWith(QLatin1String("kend")));
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A text column's value of several lines is edited in several lines, not on one line with
    // its line breaks shown as spaces; the next row's one-line value in one line again. The
    // editor keeps its name, its place in the Tab order and the field's read-only state, and
    // gives the text back as it was (no-break spaces too). It is not swapped under the user's
    // cursor, nor for a value that a multi-line editor would change (a carriage return).
    void aValueOfSeveralLinesIsEditedInSeveralLines()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *field = new FieldEditor(
            column(QStringLiteral("notes"), QStringLiteral("VARCHAR(200)"), ColumnKind::Text));
        auto *elsewhere = new QLineEdit;
        layout->addWidget(field);
        layout->addWidget(elsewhere);
        QVERIFY(qobject_cast<QLineEdit *>(field->editor()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        elsewhere->setFocus(); // the user is in the grid, say
        QTRY_VERIFY(elsewhere->hasFocus());
        const QString twoLines = QStringLiteral("first\u00a0line\nsecond line");
        field->setValue(twoLines);
        auto *lines = qobject_cast<QPlainTextEdit *>(field->editor());
        QVERIFY(lines);
        QVERIFY(lines->isVisible());
        QCOMPARE(lines->objectName(), QStringLiteral("editor:notes"));
        QCOMPARE(field->value().toString(), twoLines);
        QWidget *next = lines->nextInFocusChain();
        while (next && lines->isAncestorOf(next)) // its viewport and scroll bars
            next = next->nextInFocusChain();
        QVERIFY(next);
        QCOMPARE(next->objectName(), QStringLiteral("null:notes"));
        QVERIFY(!field->isDirty());

        lines->setFocus();
        QTRY_VERIFY(lines->hasFocus());
        QTest::keyClick(lines, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(lines, Qt::Key_Return);
        QTest::keyClicks(lines, QStringLiteral("third"));
        QVERIFY(field->isDirty());
        QVariant stored;
        QVERIFY(field->takeInput(&stored));
        QCOMPARE(stored.toString(), twoLines + QStringLiteral("\nthird"));
        // The user makes it one line, and it is saved and shown again while they are still in
        // the field: not swapped under their cursor.
        lines->selectAll();
        QTest::keyClicks(lines, QStringLiteral("one line"));
        QVERIFY(field->takeInput(&stored));
        field->markClean();
        field->setValue(stored);
        QCOMPARE(field->editor(), lines);
        QCOMPARE(field->value().toString(), QStringLiteral("one line"));
        // Another row's value of several lines (a jump while in the field): swapped, and the
        // cursor goes along.
        field->setValue(QStringLiteral("x\ny"));
        QCOMPARE(field->editor(), lines);
        field->setValue(QStringLiteral("single"));
        auto *jumped = qobject_cast<QLineEdit *>(field->editor());
        QVERIFY(jumped);
        QTRY_VERIFY(jumped->hasFocus());
        field->setValue(QStringLiteral("x\ny"));
        lines = qobject_cast<QPlainTextEdit *>(field->editor());
        QVERIFY(lines);
        QTRY_VERIFY(lines->hasFocus());

        elsewhere->setFocus();
        QTRY_VERIFY(elsewhere->hasFocus());
        field->setValue(QStringLiteral("one line"));
        auto *line = qobject_cast<QLineEdit *>(field->editor());
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("one line"));
        field->setValue(QVariant()); // NULL: no change of editor
        QCOMPARE(field->editor(), line);
        const QString windowsLines = QStringLiteral("a\r\nb");
        field->setValue(windowsLines);
        QCOMPARE(field->editor(), line);
        QCOMPARE(field->value().toString(), windowsLines);

        field->setReadOnly(true);
        field->setValue(QStringLiteral("a\nb"));
        lines = qobject_cast<QPlainTextEdit *>(field->editor());
        QVERIFY(lines);
        QVERIFY(lines->isReadOnly());
    }

    // Shift+Enter in a one-line text field breaks the line at the caret: the field becomes a
    // multi-line one, marked changed, and typing goes on on the new line.
    void shiftEnterBreaksTheLine()
    {
        FieldEditor field(
            column(QStringLiteral("notes"), QStringLiteral("TEXT"), ColumnKind::Text));
        field.show();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        field.setValue(QStringLiteral("first second"));
        auto *line = qobject_cast<QLineEdit *>(field.editor());
        QVERIFY(line);
        line->setFocus();
        QTRY_VERIFY(line->hasFocus());
        line->setCursorPosition(5);
        QTest::keyClick(line, Qt::Key_Return, Qt::ShiftModifier);
        auto *lines = qobject_cast<QPlainTextEdit *>(field.editor());
        QVERIFY(lines);
        QTRY_VERIFY(lines->hasFocus());
        QTest::keyClicks(lines, QStringLiteral("x"));
        QVERIFY(field.isDirty());
        QVariant stored;
        QVERIFY(field.takeInput(&stored));
        QCOMPARE(stored.toString(), QStringLiteral("first\nx second"));

        // Not in a date: Shift+Enter finishes the edit as Enter does.
        FieldEditor date(column(QStringLiteral("born"), QStringLiteral("DATE"), ColumnKind::Date));
        date.show();
        QVERIFY(QTest::qWaitForWindowActive(&date));
        date.setValue(QStringLiteral("2024-01-02"));
        auto *edit = qobject_cast<QLineEdit *>(date.editor());
        QVERIFY(edit);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(date.editor(), edit);
    }

    // A field showing NULL after another row's text has nothing to undo: Ctrl+Z does not bring
    // the other row's text back into it (to be saved there). The NULL toggle looks pressed only
    // while the value is NULL, not while a value is being read.
    void aNullFieldHasNoOtherRowsTextToUndo()
    {
        FieldEditor field(column(QStringLiteral("name"), QStringLiteral("TEXT"), ColumnKind::Text));
        field.show();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        field.setValue(QStringLiteral("Alice"));
        auto *edit = qobject_cast<QLineEdit *>(field.editor());
        QVERIFY(edit);
        field.setValue(QVariant()); // the next row's NULL
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(edit->text(), QString());
        QVERIFY(!field.isDirty());

        auto *toggle = field.findChild<QToolButton *>(QStringLiteral("null:name"));
        QVERIFY(toggle);
        const QColor raised = QApplication::palette().color(QPalette::Button);
        QVERIFY(toggle->palette().color(QPalette::Button) != raised); // NULL: pressed look
        field.showPending();
        QCOMPARE(toggle->palette().color(QPalette::Button), raised);
    }

    // A BLOB column's field names bytes as bytes, and shows text or a number stored in it as
    // the grid does.
    void aBinaryFieldShowsTextAsText()
    {
        FieldEditor field(column(QStringLiteral("n"), QStringLiteral("BLOB"), ColumnKind::Blob));
        auto *label = qobject_cast<QLabel *>(field.editor());
        QVERIFY(label);
        field.setValue(QByteArray(3, 'x'));
        QCOMPARE(label->text(), QStringLiteral("(binary, 3 bytes)"));
        field.setValue(QStringLiteral("abc"));
        QCOMPARE(label->text(), QStringLiteral("abc"));
        field.setValue(9);
        QCOMPARE(label->text(), QStringLiteral("9"));
    }

    // Enter saves what was typed; the value coming back from the model (as the form hands it
    // back) leaves the caret where it was, so typing goes on at the end, not at the start.
    void theCaretStaysWhenTheSavedValueComesBack()
    {
        FieldEditor field(
            column(QStringLiteral("title"), QStringLiteral("TEXT"), ColumnKind::Text));
        connect(&field, &FieldEditor::committed, &field, [&field] {
            QVariant stored;
            if (field.takeInput(&stored)) {
                field.markClean();
                field.setValue(stored);
            }
        });
        field.show();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        field.setValue(QStringLiteral("tail"));
        auto *edit = qobject_cast<QLineEdit *>(field.editor());
        QVERIFY(edit);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, QStringLiteral("1"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("2"));
        QCOMPARE(edit->text(), QStringLiteral("tail12"));
        // Another row's value is shown from its start.
        field.markClean();
        edit->clearFocus();
        field.setValue(QStringLiteral("another row"));
        QCOMPARE(edit->cursorPosition(), 0);
    }

    // NULL is told apart from the text "NULL": in italics (as in the grid), and typing ends it.
    void nullIsInItalicsAndTheTextNullIsNot()
    {
        FieldEditor field(column(QStringLiteral("name"), QStringLiteral("TEXT"), ColumnKind::Text));
        auto *edit = qobject_cast<QLineEdit *>(field.editor());
        QVERIFY(edit);
        field.setValue(QVariant());
        QVERIFY(field.isNull());
        QCOMPARE(edit->placeholderText(), QStringLiteral("NULL"));
        QVERIFY(edit->font().italic());
        field.setValue(QStringLiteral("NULL"));
        QVERIFY(!field.isNull());
        QCOMPARE(edit->text(), QStringLiteral("NULL"));
        QVERIFY(!edit->font().italic());
        field.setValue(QVariant());
        QVERIFY(edit->font().italic());
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY(!field.isNull());
        QVERIFY(!edit->font().italic());
    }

    void aLineEditSaysReading()
    {
        FieldEditor field(column(QStringLiteral("name"), QStringLiteral("TEXT"), ColumnKind::Text));
        auto *edit = qobject_cast<QLineEdit *>(field.editor());
        QVERIFY(edit);
        field.setValue(QStringLiteral("Ada"));
        field.showPending();
        QVERIFY(field.isPending());
        QCOMPARE(edit->text(), QString());
        QCOMPARE(edit->placeholderText(), reading());
        field.setValue(QStringLiteral("Grace"));
        QVERIFY(!field.isPending());
        QCOMPARE(edit->text(), QStringLiteral("Grace"));
        QVERIFY(edit->placeholderText().isEmpty());
        field.showPending();
        field.setValue(QVariant());
        QCOMPARE(edit->placeholderText(), QStringLiteral("NULL"));
    }

    // What the user types while the value is on its way is their edit: the value coming later
    // does not replace it.
    void inputTypedWhilePendingStays()
    {
        FieldEditor field(
            column(QStringLiteral("notes"), QStringLiteral("TEXT"), ColumnKind::LongText));
        auto *edit = qobject_cast<QPlainTextEdit *>(field.editor());
        QVERIFY(edit);
        field.show();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        field.showPending();
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("typed"));
        QVERIFY(field.isDirty());
        field.setValue(QStringLiteral("read"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("typed"));
    }

    void aCheckBoxSaysReading()
    {
        FieldEditor field(
            column(QStringLiteral("done"), QStringLiteral("BOOLEAN"), ColumnKind::Boolean));
        auto *box = qobject_cast<QCheckBox *>(field.editor());
        QVERIFY(box);
        field.setValue(true);
        QVERIFY(box->isChecked());
        field.showPending();
        QCOMPARE(box->text(), reading());
        QVERIFY(!box->isChecked());
        field.setValue(false);
        QCOMPARE(box->text(), QString());
        QVERIFY(!field.isDirty());
    }

    void aForeignKeyChoiceSaysReading()
    {
        const QString name = QStringLiteral("fieldeditor");
        {
            const QSqlDatabase db = artists(name, {QStringLiteral("AC/DC")});
            QVERIFY(db.isOpen());
            FieldEditor field(artistColumn());
            ForeignKeyCombo *lookup = addLookup(&field, db);
            QVERIFY(choicesRead(lookup));
            const QString searchHint = lookup->lineEdit()->placeholderText();
            QVERIFY(searchHint.contains(QStringLiteral("artist")));
            field.setValue(1);
            QCOMPARE(lookup->currentText(), QStringLiteral("AC/DC"));
            field.showPending();
            QCOMPARE(lookup->currentText(), QString());
            QCOMPARE(lookup->lineEdit()->placeholderText(), reading());
            field.setValue(1);
            QCOMPARE(lookup->currentText(), QStringLiteral("AC/DC"));
            QCOMPARE(lookup->lineEdit()->placeholderText(), searchHint);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Typing goes on where it was when the list of matching names closes (no name contains the
    // text): the next key does not replace what was typed.
    void typingGoesOnAfterTheChoicesClose()
    {
        const QString name = QStringLiteral("typing");
        {
            const QSqlDatabase db = artists(name, bands());
            QVERIFY(db.isOpen());
            FieldEditor field(artistColumn());
            ForeignKeyCombo *lookup = addLookup(&field, db);
            QVERIFY(choicesRead(lookup));
            field.setValue(5);
            field.show();
            QVERIFY(QTest::qWaitForWindowActive(&field));
            lookup->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(lookup->hasFocus());
            QVERIFY(lookup->lineEdit()->hasSelectedText()); // coming to the field selects
            QTest::keyClicks(lookup->lineEdit(), QStringLiteral("Band 2"));
            QTRY_VERIFY(lookup->completer()->popup()->isVisible());
            QTest::keyClicks(lookup->lineEdit(), QStringLiteral("x")); // no name matches now
            QTRY_VERIFY(!lookup->completer()->popup()->isVisible());
            QTest::keyClicks(lookup->lineEdit(), QStringLiteral("y"));
            QCOMPARE(lookup->lineEdit()->text(), QStringLiteral("Band 2xy"));
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The choices are not read on the GUI thread: the field opens at once, says so, and shows
    // the key's name meanwhile; when they come, the shown key stays and the field is not
    // changed by the user.
    void aForeignKeyChoiceReadsItsRowsInTheBackground()
    {
        const QString name = QStringLiteral("background");
        {
            const QSqlDatabase db = artists(name, bands());
            QVERIFY(db.isOpen());
            const ForeignKey key = artistKey();
            FieldEditor field(artistColumn());
            auto *lookup = new ForeignKeyCombo(db, key);
            field.setLookup(lookup);
            QVERIFY(lookup->isReading());
            QCOMPARE(lookup->count(), 0);
            QCOMPARE(lookup->lineEdit()->placeholderText(),
                     QStringLiteral("Reading the rows of “artist”…"));
            field.setValue(2);
            // The key, until its name comes with the rows: nothing is read on the GUI thread.
            QCOMPARE(lookup->currentText(), QStringLiteral("2"));
            QSignalSpy read(lookup, &ForeignKeyCombo::choicesRead);
            QTRY_COMPARE(read.count(), 1);
            QVERIFY(!lookup->isReading());
            QCOMPARE(lookup->count(), 30);
            QCOMPARE(lookup->currentText(), QStringLiteral("Band 2"));
            QCOMPARE(field.value(), QVariant(qlonglong(2)));
            QVERIFY(!field.isDirty());
            QCOMPARE(lookup->lineEdit()->placeholderText(),
                     QStringLiteral("Type to search “artist”."));

            // While another connection holds the file the choices wait; meanwhile the user
            // comes to one field, whose name is selected, and types into another. When they
            // come, the selection stays (typing still replaces the name), the typed text stays
            // and is the user's change.
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            name + QStringLiteral("-holder"));
            holder.setDatabaseName(db.databaseName());
            QVERIFY(holder.open());
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QWidget window;
            auto *layout = new QVBoxLayout(&window);
            ForeignKey bare = key; // keys only: showing one reads nothing
            bare.labelColumn.clear();
            auto *chosen = new FieldEditor(artistColumn());
            auto *came = new ForeignKeyCombo(db, bare);
            chosen->setLookup(came);
            chosen->setValue(2);
            auto *typing = new FieldEditor(artistColumn());
            auto *early = new ForeignKeyCombo(db, key);
            typing->setLookup(early);
            typing->setValue(QVariant());
            layout->addWidget(chosen);
            layout->addWidget(typing);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            came->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(came->hasFocus());
            QCOMPARE(came->lineEdit()->selectedText(), QStringLiteral("2"));
            QTest::keyClicks(early->lineEdit(), QStringLiteral("Band 1"));
            QVERIFY(came->isReading());
            QVERIFY(early->isReading());
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("COMMIT")));
            holder.close();
            QTRY_VERIFY(!came->isReading() && !early->isReading());
            QCOMPARE(came->count(), 30);
            QCOMPARE(came->lineEdit()->selectedText(), QStringLiteral("2"));
            QVERIFY(!chosen->isDirty());
            QCOMPARE(early->count(), 30);
            QCOMPARE(early->lineEdit()->text(), QStringLiteral("Band 1"));
            QVERIFY(typing->isDirty());
            QVariant stored;
            QVERIFY(typing->takeInput(&stored));
            QCOMPARE(stored.typeId(), int(QMetaType::LongLong));
            QCOMPARE(stored.toLongLong(), 1);
        }
        QSqlDatabase::removeDatabase(name + QStringLiteral("-holder"));
        QSqlDatabase::removeDatabase(name);
    }

    // A key beyond the rows listed (here: a row added after they were read) shows as the key
    // until its row's name is read in the background, and not on the GUI thread. A name that
    // comes while the user types over the key does not replace what they type; one that comes
    // while the key is selected (the user came to the field) is selected in turn.
    void aKeyBeyondTheListShowsItsNameWhenItComes()
    {
        const QString name = QStringLiteral("beyond");
        {
            const QSqlDatabase db = artists(name, bands());
            QVERIFY(db.isOpen());
            QWidget window;
            auto *layout = new QVBoxLayout(&window);
            auto *shown = new FieldEditor(artistColumn());
            ForeignKeyCombo *lookup = addLookup(shown, db);
            auto *typed = new FieldEditor(artistColumn());
            ForeignKeyCombo *other = addLookup(typed, db);
            layout->addWidget(shown);
            layout->addWidget(typed);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(choicesRead(lookup));
            QVERIFY(choicesRead(other));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO artist (id, name) VALUES (31, 'Late'), (32, 'Later')")));

            shown->setValue(31);
            QCOMPARE(lookup->currentText(), QStringLiteral("31"));
            QTRY_COMPARE(lookup->currentText(), QStringLiteral("Late"));
            QCOMPARE(shown->value(), QVariant(qlonglong(31)));
            QVERIFY(!shown->isDirty());

            // The names wait while another connection holds the file.
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            name + QStringLiteral("-holder"));
            holder.setDatabaseName(db.databaseName());
            QVERIFY(holder.open());
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN EXCLUSIVE")));
            shown->setValue(32);
            typed->setValue(32);
            QCOMPARE(lookup->currentText(), QStringLiteral("32"));
            other->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(other->hasFocus());
            other->lineEdit()->selectAll();
            QTest::keyClicks(other->lineEdit(), QStringLiteral("Band 4"));
            lookup->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(lookup->hasFocus());
            QCOMPARE(lookup->lineEdit()->selectedText(), QStringLiteral("32"));
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("COMMIT")));
            holder.close();
            QTRY_COMPARE(lookup->currentText(), QStringLiteral("Later"));
            QCOMPARE(lookup->lineEdit()->selectedText(), QStringLiteral("Later"));
            QVERIFY(!shown->isDirty());
            // The other field's name has been read and handed over too.
            QTRY_COMPARE(workPool()->activeThreadCount(), 0);
            QCoreApplication::processEvents();
            QCOMPARE(other->currentText(), QStringLiteral("Band 4"));
            QCOMPARE(other->itemText(other->findData(32)), QStringLiteral("Later")); // listed
            QVERIFY(typed->isDirty());
            QVariant stored;
            QVERIFY(typed->takeInput(&stored));
            QCOMPARE(stored, QVariant(qlonglong(4)));
        }
        QSqlDatabase::removeDatabase(name + QStringLiteral("-holder"));
        QSqlDatabase::removeDatabase(name);
    }

    // A key shown while the rows are read, that is not among the first rows listed: its name
    // is read once they have come. Names of keys the field showed only for a moment are not
    // read (each read is a connection of its own), but they are when the key is shown again.
    void namesOfKeysBeyondTheListAreReadForTheKeyShown()
    {
        const QString name = QStringLiteral("limit");
        {
            QStringList names;
            for (int id = 1; id <= ForeignKeys::choiceLimit; ++id)
                names << QStringLiteral("Band %1").arg(id, 4, 10, QLatin1Char('0'));
            names << QStringLiteral("Zed") << QStringLiteral("Zoe") << QStringLiteral("Zora");
            const QSqlDatabase db = artists(name, names);
            QVERIFY(db.isOpen());
            FieldEditor field(artistColumn());
            const qlonglong zed = ForeignKeys::choiceLimit + 1;
            ForeignKeyCombo *lookup = nullptr;
            {
                testsupport::PoolGate gate(workPool());
                lookup = addLookup(&field, db);
                field.setValue(zed);
                QCOMPARE(lookup->currentText(), QString::number(zed));
            }
            QTRY_COMPARE(lookup->currentText(), QStringLiteral("Zed"));
            QCOMPARE(lookup->count(), ForeignKeys::choiceLimit + 1);

            testsupport::PoolGate gate(workPool());
            field.setValue(zed + 1); // shown for a moment: its name is not read
            field.setValue(1);
            QCOMPARE(lookup->currentText(), QStringLiteral("Band 0001"));
            field.setValue(zed + 2);
            field.setValue(zed);
            gate.open();
            QTRY_COMPARE(workPool()->activeThreadCount(), 0);
            QCoreApplication::processEvents();
            QCOMPARE(lookup->itemText(lookup->findData(zed + 1)), QString::number(zed + 1));
            QCOMPARE(lookup->itemText(lookup->findData(zed + 2)), QStringLiteral("Zora"));
            QCOMPARE(lookup->currentText(), QStringLiteral("Zed"));
            field.setValue(zed + 1); // shown again: read now
            QTRY_COMPARE(lookup->currentText(), QStringLiteral("Zoe"));
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A key typed into a number column is stored as a number; a name no row has is refused with
    // the reason, and the field keeps it.
    void aTypedKeyIsANumberAndAnUnknownNameIsRefused()
    {
        const QString name = QStringLiteral("typedkey");
        {
            const QSqlDatabase db = artists(name, {QStringLiteral("AC/DC")});
            QVERIFY(db.isOpen());
            FieldEditor field(artistColumn());
            ForeignKeyCombo *lookup = addLookup(&field, db);
            QVERIFY(choicesRead(lookup));
            field.setValue(1);
            lookup->lineEdit()->setText(QStringLiteral(" 42"));
            QVariant stored;
            QVERIFY(field.takeInput(&stored));
            QCOMPARE(stored.typeId(), int(QMetaType::LongLong));
            QCOMPARE(stored.toLongLong(), 42);
            QVERIFY(field.problem().isEmpty());
            lookup->lineEdit()->setText(QStringLiteral("Nobody"));
            QVERIFY(!field.takeInput(&stored));
            QCOMPARE(field.problem(),
                     QStringLiteral(
                         "No row of “artist” is named “Nobody”: choose one from the list, or type "
                         "its id."));
            QCOMPARE(lookup->currentText(), QStringLiteral("Nobody"));
            // In a text column, any text is a key.
            FieldEditor text(column(artistKey().column, QStringLiteral("TEXT"), ColumnKind::Text));
            ForeignKeyCombo *textual = addLookup(&text, db);
            QVERIFY(choicesRead(textual));
            textual->lineEdit()->setText(QStringLiteral("Nobody"));
            QVERIFY(text.takeInput(&stored));
            QCOMPARE(stored, QVariant(QStringLiteral("Nobody")));
        }
        QSqlDatabase::removeDatabase(name);
    }
    // A name typed while the rows are being read is not judged against a list without them:
    // it is refused for now, and judged again when they come.
    void aNameTypedWhileReadingIsJudgedWhenTheRowsCome()
    {
        const QString name = QStringLiteral("judged");
        {
            const QSqlDatabase db = artists(name, bands());
            QVERIFY(db.isOpen());
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            name + QStringLiteral("-holder"));
            holder.setDatabaseName(db.databaseName());
            QVERIFY(holder.open());
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN EXCLUSIVE")));
            FieldEditor field(artistColumn());
            ForeignKeyCombo *lookup = addLookup(&field, db);
            field.setValue(QVariant());
            QSignalSpy committed(&field, &FieldEditor::committed);
            QTest::keyClicks(lookup->lineEdit(), QStringLiteral("band 3"));
            QVERIFY(field.isDirty());
            QVariant stored;
            QVERIFY(lookup->isReading());
            QVERIFY(!field.takeInput(&stored));
            QVERIFY2(field.problem().contains(QStringLiteral("still being read")),
                     qPrintable(field.problem()));
            const int before = committed.count();
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("COMMIT")));
            holder.close();
            QVERIFY(choicesRead(lookup));
            QCOMPARE(committed.count(), before + 1); // handed to the form again
            QVERIFY(field.takeInput(&stored));
            QCOMPARE(stored.toLongLong(), 3);
            QVERIFY(field.problem().isEmpty());
        }
        QSqlDatabase::removeDatabase(name + QStringLiteral("-holder"));
        QSqlDatabase::removeDatabase(name);
    }

    // Two parent rows with the same name: the one shown is the one kept.
    void twoRowsOfTheSameNameKeepTheOneShown()
    {
        const QString name = QStringLiteral("twins");
        {
            const QSqlDatabase db
                = artists(name, {QStringLiteral("Twins"), QStringLiteral("Twins")});
            QVERIFY(db.isOpen());
            FieldEditor field(artistColumn());
            ForeignKeyCombo *lookup = addLookup(&field, db);
            QVERIFY(choicesRead(lookup));
            field.setValue(2);
            QCOMPARE(lookup->currentText(), QStringLiteral("Twins"));
            QCOMPARE(lookup->key(), QVariant(qlonglong(2)));
            QVERIFY(!lookup->isChanged());
            QVariant stored;
            QVERIFY(field.takeInput(&stored));
            QCOMPARE(stored.toLongLong(), 2);
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_MAIN(TestFieldEditor)
#include "tst_fieldeditor.moc"

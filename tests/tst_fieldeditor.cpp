// A form field while its row's value is on its way (FieldEditor::showPending()): every kind of
// editor says "Reading…" instead of showing NULL, an unchecked box or an empty choice, and input
// typed meanwhile is not replaced when the value comes.
#include "fieldeditor.h"
#include "foreignkeycombo.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    // An in-memory database named `connection` with `artist` (id, name) holding `names` as
    // rows 1, 2, ...; an invalid database when it cannot be made.
    static QSqlDatabase artists(const QString &connection, const QStringList &names)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
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
            const ForeignKey key = artistKey();
            FieldEditor field(column(key.column, QStringLiteral("INTEGER"), ColumnKind::Integer));
            auto *lookup = new ForeignKeyCombo(db, key);
            field.setLookup(lookup);
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
            QStringList bands;
            for (int id = 1; id <= 30; ++id)
                bands << QStringLiteral("Band %1").arg(id);
            const QSqlDatabase db = artists(name, bands);
            QVERIFY(db.isOpen());
            const ForeignKey key = artistKey();
            FieldEditor field(column(key.column, QStringLiteral("INTEGER"), ColumnKind::Integer));
            auto *lookup = new ForeignKeyCombo(db, key);
            field.setLookup(lookup);
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
};

QTEST_MAIN(TestFieldEditor)
#include "tst_fieldeditor.moc"

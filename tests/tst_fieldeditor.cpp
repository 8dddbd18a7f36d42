// A form field while its row's value is on its way (FieldEditor::showPending()): every kind of
// editor says "Reading…" instead of showing NULL, an unchecked box or an empty choice, and takes
// no input until the value comes (what was typed would be replaced by it).
#include "fieldeditor.h"
#include "foreignkeycombo.h"

#include <QCheckBox>
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

private Q_SLOTS:
    void aLineEditTakesNoInputWhilePending()
    {
        FieldEditor field(column(QStringLiteral("name"), QStringLiteral("TEXT"), ColumnKind::Text));
        auto *edit = qobject_cast<QLineEdit *>(field.editor());
        QVERIFY(edit);
        field.setValue(QStringLiteral("Ada"));
        QVERIFY(!edit->isReadOnly());
        field.showPending();
        QVERIFY(field.isPending());
        QCOMPARE(edit->text(), QString());
        QCOMPARE(edit->placeholderText(), reading());
        QVERIFY(edit->isReadOnly());
        field.setValue(QStringLiteral("Grace"));
        QVERIFY(!field.isPending());
        QCOMPARE(edit->text(), QStringLiteral("Grace"));
        QVERIFY(!edit->isReadOnly());
    }

    // The form's own read-only state outlasts the pending one, and the other way round.
    void readOnlyAndPendingAreKeptApart()
    {
        FieldEditor field(
            column(QStringLiteral("notes"), QStringLiteral("TEXT"), ColumnKind::LongText));
        auto *edit = qobject_cast<QPlainTextEdit *>(field.editor());
        QVERIFY(edit);
        field.setReadOnly(true);
        field.showPending();
        QCOMPARE(edit->placeholderText(), reading());
        field.setValue(QStringLiteral("kept"));
        QVERIFY(edit->isReadOnly()); // still read-only: the form said so
        field.setReadOnly(false);
        QVERIFY(!edit->isReadOnly());
        field.showPending();
        field.setReadOnly(false); // say, the table became writable meanwhile
        QVERIFY(edit->isReadOnly());
        field.setValue(QVariant());
        QVERIFY(!edit->isReadOnly());
        QCOMPARE(edit->placeholderText(), QStringLiteral("NULL"));
    }

    void aCheckBoxSaysReading()
    {
        FieldEditor field(
            column(QStringLiteral("done"), QStringLiteral("BOOLEAN"), ColumnKind::Boolean));
        auto *box = qobject_cast<QCheckBox *>(field.editor());
        QVERIFY(box);
        field.setValue(true);
        QVERIFY(box->isChecked());
        QVERIFY(box->isEnabled());
        field.showPending();
        QCOMPARE(box->text(), reading());
        QVERIFY(!box->isChecked());
        QVERIFY(!box->isEnabled());
        field.setValue(false);
        QCOMPARE(box->text(), QString());
        QVERIFY(box->isEnabled());
        QVERIFY(!field.isDirty());
    }

    void aForeignKeyChoiceSaysReading()
    {
        const QString name = QStringLiteral("fieldeditor");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE artist(id INTEGER PRIMARY KEY, "
                                              "name TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO artist VALUES (1, 'AC/DC')")));
            ForeignKey key;
            key.table = QStringLiteral("album");
            key.column = QStringLiteral("artist");
            key.parentTable = QStringLiteral("artist");
            key.parentColumn = QStringLiteral("id");
            key.labelColumn = QStringLiteral("name");

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
            QVERIFY(!lookup->isEnabled());
            field.setValue(1);
            QCOMPARE(lookup->currentText(), QStringLiteral("AC/DC"));
            QCOMPARE(lookup->lineEdit()->placeholderText(), searchHint);
            QVERIFY(lookup->isEnabled());
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_MAIN(TestFieldEditor)
#include "tst_fieldeditor.moc"

// SqlEditor is the SQL console's text field: its keys ask for runs and cancels, it marks the
// statement and errors, matches brackets and completes names. Driven by keys, as a user would.
#include "sqleditor.h"

#include "sqlhighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTextBlock>
#include <QtTest>

using rowbook::SqlCatalog;
using rowbook::SqlEditor;

namespace {

SqlCatalog chinookLike()
{
    SqlCatalog catalog;
    catalog.objects.append(
        {QStringLiteral("Album"),
         false,
         {QStringLiteral("AlbumId"), QStringLiteral("Title"), QStringLiteral("ArtistId")}});
    catalog.objects.append(
        {QStringLiteral("Artist"), false, {QStringLiteral("ArtistId"), QStringLiteral("Name")}});
    return catalog;
}

void moveTo(SqlEditor &editor, int position)
{
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(position);
    editor.setTextCursor(cursor);
}

// The text of each extra selection, e.g. the marked statement, brackets and error.
QStringList extraTexts(const SqlEditor &editor)
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &selection : editor.extraSelections())
        texts.append(selection.cursor.selectedText());
    return texts;
}

QStringList popupItems(const SqlEditor &editor)
{
    QStringList items;
    const QAbstractItemModel *model = editor.completer()->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        items.append(model->index(row, 0).data().toString());
    return items;
}

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<SqlEditor> m_editor;

private Q_SLOTS:
    void init()
    {
        m_editor = std::make_unique<SqlEditor>();
        m_editor->resize(600, 300);
        m_editor->show();
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        m_editor->setFocus();
        // The completion popup closes when its editor loses the focus.
        QTRY_VERIFY(m_editor->hasFocus());
    }
    void cleanup() { m_editor.reset(); }

    void ctrlReturnRunsTheStatementUnderTheCursor()
    {
        SqlEditor &editor = *m_editor;
        QSignalSpy statement(&editor, &SqlEditor::runStatementRequested);
        QSignalSpy script(&editor, &SqlEditor::runScriptRequested);
        QTest::keyClicks(&editor, QStringLiteral("SELECT 1;"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("SELECT 'a;b'"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("  FROM t;"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT 1;\nSELECT 'a;b'\n  FROM t;"));

        QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(statement.size(), 1);
        QCOMPARE(statement.at(0).at(0).toString(), QStringLiteral("SELECT 'a;b'\n  FROM t"));
        QCOMPARE(editor.lastRunOffset(), 10);
        // Ctrl+Return does not insert a line.
        QCOMPARE(editor.document()->blockCount(), 3);

        moveTo(editor, 3);
        QCOMPARE(editor.currentStatement(), QStringLiteral("SELECT 1"));
        QTest::keyClick(&editor, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(statement.size(), 2);
        QCOMPARE(statement.at(1).at(0).toString(), QStringLiteral("SELECT 1"));

        QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(script.size(), 1);
        QCOMPARE(script.at(0).at(0).toString(), editor.toPlainText());
        QCOMPARE(statement.size(), 2);
    }

    void aSelectionRunsAsItIs()
    {
        SqlEditor &editor = *m_editor;
        QSignalSpy statement(&editor, &SqlEditor::runStatementRequested);
        editor.setPlainText(QStringLiteral("SELECT 1,\n2, 3"));
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(7);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        QCOMPARE(editor.selectionOrStatement(), QStringLiteral("1,\n2, 3"));
        QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(statement.size(), 1);
        QCOMPARE(statement.at(0).at(0).toString(), QStringLiteral("1,\n2, 3"));
        QCOMPARE(editor.lastRunOffset(), 7);
    }

    void emptyTextRunsNothing()
    {
        QSignalSpy statement(m_editor.get(), &SqlEditor::runStatementRequested);
        m_editor->setPlainText(QStringLiteral("  -- just a note\n"));
        QTest::keyClick(m_editor.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(statement.size(), 0);
    }

    void escapeAndCtrlRAskTheConsole()
    {
        QSignalSpy cancel(m_editor.get(), &SqlEditor::cancelRequested);
        QSignalSpy history(m_editor.get(), &SqlEditor::historyRequested);
        QTest::keyClick(m_editor.get(), Qt::Key_Escape);
        QCOMPARE(cancel.size(), 1);
        QTest::keyClick(m_editor.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(history.size(), 1);
        QCOMPARE(m_editor->toPlainText(), QString());
    }

    void currentStatementIsMarked()
    {
        SqlEditor &editor = *m_editor;
        editor.setPlainText(QStringLiteral("SELECT 1;\nSELECT 2 FROM t;"));
        moveTo(editor, 12);
        QVERIFY(extraTexts(editor).contains(QStringLiteral("SELECT 2 FROM t")));
        moveTo(editor, 2);
        QVERIFY(extraTexts(editor).contains(QStringLiteral("SELECT 1")));
        QVERIFY(!extraTexts(editor).contains(QStringLiteral("SELECT 2 FROM t")));
    }

    void matchingBracketsAreHighlighted()
    {
        SqlEditor &editor = *m_editor;
        editor.setPlainText(QStringLiteral("SELECT max(a, (b + ')')) FROM t"));
        auto bracketPositions = [&] {
            QList<int> positions;
            for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
                if (selection.cursor.selectedText().size() == 1)
                    positions.append(selection.cursor.selectionStart());
            }
            return positions;
        };
        moveTo(editor, 10); // before the outer "("
        QCOMPARE(bracketPositions(), (QList<int>{10, 23}));
        moveTo(editor, 23); // after the inner ")", before the outer one: the one after wins
        QCOMPARE(bracketPositions(), (QList<int>{23, 10}));
        moveTo(editor, 14); // before the inner "(": the ")" in the string does not count
        QCOMPARE(bracketPositions(), (QList<int>{14, 22}));
        moveTo(editor, 3);
        QVERIFY(bracketPositions().isEmpty());
    }

    void errorIsMarkedAtItsPosition()
    {
        SqlEditor &editor = *m_editor;
        editor.setPlainText(QStringLiteral("SELECT 1;\nSELECT Titel FROM Album;"));
        editor.markError(2, 8, QStringLiteral("no such column: Titel"));
        QCOMPARE(editor.textCursor().position(), 17);
        QCOMPARE(editor.errorMessage(), QStringLiteral("no such column: Titel"));
        bool underlined = false;
        for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
                QCOMPARE(selection.cursor.selectedText(), QStringLiteral("Titel"));
                underlined = true;
            }
        }
        QVERIFY(underlined);

        // Typing clears the mark.
        QTest::keyClick(&editor, Qt::Key_Delete);
        QVERIFY(editor.errorMessage().isEmpty());
        for (const QTextEdit::ExtraSelection &selection : editor.extraSelections())
            QVERIFY(selection.format.underlineStyle() != QTextCharFormat::WaveUnderline);
    }

    void errorInTheLastRunMapsToTheDocument()
    {
        SqlEditor &editor = *m_editor;
        editor.setPlainText(QStringLiteral("SELECT 1;\n  SELECT a,\n    b FROM t;"));
        moveTo(editor, 14);
        QSignalSpy statement(&editor, &SqlEditor::runStatementRequested);
        QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(statement.size(), 1);
        const QString run = statement.at(0).at(0).toString();
        QCOMPARE(run, QStringLiteral("SELECT a,\n    b FROM t"));
        // SQLite reports "b" at 2:5 of the run's text, and "a" at 1:8.
        editor.markErrorInLastRun(2, 5, QStringLiteral("no such column: b"));
        QCOMPARE(editor.textCursor().position(), int(editor.toPlainText().indexOf("b FROM")));
        editor.markErrorInLastRun(1, 8, QStringLiteral("no such column: a"));
        QCOMPARE(editor.textCursor().position(), int(editor.toPlainText().indexOf("a,")));
    }

    void completionOffersTheColumnsOfAnAlias()
    {
        SqlEditor &editor = *m_editor;
        editor.setCatalog(chinookLike());
        editor.setPlainText(QStringLiteral("SELECT  FROM Album a"));
        moveTo(editor, 7);
        QTest::keyClicks(&editor, QStringLiteral("a."));
        QAbstractItemView *popup = editor.completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popupItems(editor),
                 (QStringList{QStringLiteral("AlbumId"), QStringLiteral("Title"),
                              QStringLiteral("ArtistId")}));
        // Typing narrows the list; Return takes the highlighted one.
        QTest::keyClicks(popup, QStringLiteral("t"));
        QCOMPARE(popupItems(editor), QStringList{QStringLiteral("Title")});
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT a.Title FROM Album a"));
    }

    void completionOpensAfterTwoLettersAndOnCtrlSpace()
    {
        SqlEditor &editor = *m_editor;
        editor.setCatalog(chinookLike());
        QAbstractItemView *popup = editor.completer()->popup();
        QTest::keyClicks(&editor, QStringLiteral("S"));
        QVERIFY(!popup->isVisible());
        QTest::keyClicks(&editor, QStringLiteral("E"));
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popupItems(editor).contains(QStringLiteral("SELECT")));
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());

        editor.setPlainText(QStringLiteral("SELECT * FROM "));
        moveTo(editor, int(editor.toPlainText().size()));
        QSignalSpy cancel(&editor, &SqlEditor::cancelRequested);
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popupItems(editor).contains(QStringLiteral("Album")));
        QVERIFY(popupItems(editor).contains(QStringLiteral("Artist")));
        // Escape closes the popup and is not a cancel of a run.
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(cancel.size(), 0);
    }

    void noCompletionInsideAString()
    {
        SqlEditor &editor = *m_editor;
        editor.setCatalog(chinookLike());
        QTest::keyClicks(&editor, QStringLiteral("SELECT 'Alb"));
        QVERIFY(!editor.completer()->popup()->isVisible());
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(!editor.completer()->popup()->isVisible());
    }

    void lineNumbersMakeRoom()
    {
        SqlEditor &editor = *m_editor;
        const int narrow = editor.lineNumberAreaWidth();
        QVERIFY(narrow > 0);
        editor.setPlainText(QString(QStringLiteral("SELECT 1;\n")).repeated(1200));
        QVERIFY(editor.lineNumberAreaWidth() > narrow);
        QVERIFY(editor.viewport()->geometry().left() >= editor.lineNumberAreaWidth());
    }

    // A demo for screenshots: ROWBOOK_SQLEDITOR_DEMO_MS=20000 keeps it on screen that long;
    // ROWBOOK_SQLEDITOR_DEMO_DARK=1 shows it with a dark palette.
    void demo()
    {
        const int ms = qEnvironmentVariableIntValue("ROWBOOK_SQLEDITOR_DEMO_MS");
        if (ms <= 0)
            QSKIP("Set ROWBOOK_SQLEDITOR_DEMO_MS to look at the editor.");
        SqlEditor &editor = *m_editor;
        editor.resize(760, 420);
        if (qEnvironmentVariableIsSet("ROWBOOK_SQLEDITOR_DEMO_DARK")) {
            QPalette dark = editor.palette();
            dark.setColor(QPalette::Base, QColor(35, 38, 41));
            dark.setColor(QPalette::Window, QColor(49, 54, 59));
            dark.setColor(QPalette::Text, QColor(232, 232, 232));
            dark.setColor(QPalette::WindowText, QColor(232, 232, 232));
            dark.setColor(QPalette::Link, QColor(110, 170, 255));
            dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
            editor.setPalette(dark);
        }
        editor.setCatalog(chinookLike());
        editor.setPlainText(
            QStringLiteral("-- Albums per artist\n"
                           "SELECT ar.Name, count(*) AS \"Albums\"\n"
                           "FROM Album al JOIN Artist ar ON ar.ArtistId = al.ArtistId\n"
                           "WHERE al.Title NOT LIKE 'Greatest%' /* compilations\n"
                           "   are counted elsewhere */\n"
                           "GROUP BY ar.Name HAVING count(*) > 2\n"
                           "ORDER BY 2 DESC;\n\n"
                           "SELECT Titel FROM Album WHERE AlbumId = :id;\n\n"
                           "SELECT al.\n  FROM Album al;"));
        editor.markError(9, 8, QStringLiteral("no such column: Titel"));
        moveTo(editor, int(editor.toPlainText().indexOf("count(*) >") + 5));
        QTest::qWait(ms / 2);
        moveTo(editor, int(editor.toPlainText().lastIndexOf("al.") + 3));
        editor.showCompletion();
        QTest::qWait(ms / 2);
    }
};

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"

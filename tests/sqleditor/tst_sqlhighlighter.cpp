// SqlHighlighter colours the console's SQL; a string or comment over several lines must colour
// the lines between its ends, and nothing after them.
#include "sqlhighlighter.h"

#include "sqllexer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using rowbook::SqlColours;
using rowbook::SqlHighlighter;
using rowbook::SqlLexer;

namespace {

// The format the highlighter gave the character at `column` of line `line` (0-based).
QTextCharFormat formatAt(const QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= column && column < range.start + range.length)
            return range.format;
    }
    return {};
}

QColor colourAt(const QTextDocument &document, int line, const QString &word, int nth = 0)
{
    const QString text = document.findBlockByNumber(line).text();
    int column = -1;
    for (int i = 0; i <= nth; ++i)
        column = int(text.indexOf(word, column + 1));
    Q_ASSERT(column >= 0);
    return formatAt(document, line, column).foreground().color();
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Link, QColor(0, 0, 200));
    palette.setColor(QPalette::PlaceholderText, QColor(120, 120, 120));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(30, 30, 30));
    palette.setColor(QPalette::Text, QColor(230, 230, 230));
    palette.setColor(QPalette::Link, QColor(120, 170, 255));
    palette.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    return palette;
}

// As in an editor: the document has a layout (without one QTextDocument reports no changes to
// the highlighter), and the event loop has run once (QSyntaxHighlighter starts from there).
void settle(QTextDocument &document)
{
    document.documentLayout();
    QCoreApplication::processEvents();
}

} // namespace

class TestSqlHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockCommentOverThreeLines()
    {
        QTextDocument document;
        const SqlColours colours = SqlColours::fromPalette(lightPalette());
        SqlHighlighter highlighter(&document, colours);
        settle(document);
        document.setPlainText(QStringLiteral("SELECT 1 /* opened\n"
                                             "SELECT 'not code' FROM t\n"
                                             "closed */ SELECT 2 FROM t"));
        // Line 1: code, then the comment.
        QCOMPARE(colourAt(document, 0, "SELECT"), colours.keyword);
        QCOMPARE(colourAt(document, 0, "opened"), colours.comment);
        QVERIFY(formatAt(document, 0, 12).fontItalic());
        QCOMPARE(document.findBlockByNumber(0).userState(), int(SqlLexer::InBlockComment));
        // Line 2 is all comment: its keyword and string are not coloured as such.
        const QString middle = document.findBlockByNumber(1).text();
        for (int column = 0; column < middle.size(); ++column)
            QCOMPARE(formatAt(document, 1, column).foreground().color(), colours.comment);
        QCOMPARE(document.findBlockByNumber(1).userState(), int(SqlLexer::InBlockComment));
        // Line 3: the comment ends, code follows.
        QCOMPARE(colourAt(document, 2, "closed"), colours.comment);
        QCOMPARE(colourAt(document, 2, "SELECT"), colours.keyword);
        QCOMPARE(colourAt(document, 2, "2"), colours.number);
        QCOMPARE(document.findBlockByNumber(2).userState(), int(SqlLexer::Normal));
    }

    void stringOverTwoLines()
    {
        QTextDocument document;
        const SqlColours colours = SqlColours::fromPalette(lightPalette());
        SqlHighlighter highlighter(&document, colours);
        settle(document);
        document.setPlainText(QStringLiteral("SELECT 'first -- not a comment\n"
                                             "second' AS \"Name\", 42 FROM t -- note"));
        QCOMPARE(colourAt(document, 0, "first"), colours.string);
        QCOMPARE(colourAt(document, 0, "not a comment"), colours.string);
        QCOMPARE(document.findBlockByNumber(0).userState(), int(SqlLexer::InString));
        QCOMPARE(colourAt(document, 1, "second'"), colours.string);
        QCOMPARE(colourAt(document, 1, "AS"), colours.keyword);
        QCOMPARE(colourAt(document, 1, "\"Name\""), colours.quotedIdentifier);
        QCOMPARE(colourAt(document, 1, "42"), colours.number);
        QCOMPARE(colourAt(document, 1, "FROM"), colours.keyword);
        QCOMPARE(colourAt(document, 1, "note"), colours.comment);
    }

    void editingAnEndRecoloursTheLinesAfter()
    {
        QTextDocument document;
        const SqlColours colours = SqlColours::fromPalette(lightPalette());
        SqlHighlighter highlighter(&document, colours);
        settle(document);
        document.setPlainText(QStringLiteral("/* a */\nSELECT 1\nSELECT 2"));
        QCOMPARE(colourAt(document, 2, "SELECT"), colours.keyword);

        // Removing "*/" opens the comment to the end of the text.
        QTextCursor cursor(document.findBlockByNumber(0));
        cursor.setPosition(5);
        cursor.setPosition(7, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        QCOMPARE(colourAt(document, 1, "SELECT"), colours.comment);
        QCOMPARE(colourAt(document, 2, "SELECT"), colours.comment);

        // And closing it again gives the code its colours back.
        cursor.insertText(QStringLiteral("*/"));
        QCOMPARE(colourAt(document, 1, "SELECT"), colours.keyword);
        QCOMPARE(colourAt(document, 2, "2"), colours.number);
    }

    void coloursFollowThePalette()
    {
        const SqlColours light = SqlColours::fromPalette(lightPalette());
        const SqlColours dark = SqlColours::fromPalette(darkPalette());
        QCOMPARE(light.keyword, lightPalette().color(QPalette::Link));
        QCOMPARE(dark.keyword, darkPalette().color(QPalette::Link));
        QCOMPARE(dark.comment, darkPalette().color(QPalette::PlaceholderText));
        // On a dark base the hues are light, on a light base dark: each stands off its base.
        for (const QColor &colour : {dark.string, dark.number, dark.quotedIdentifier})
            QVERIFY(colour.lightness() > darkPalette().color(QPalette::Base).lightness() + 100);
        for (const QColor &colour : {light.string, light.number, light.quotedIdentifier})
            QVERIFY(colour.lightness() < lightPalette().color(QPalette::Base).lightness() - 100);

        QTextDocument document;
        SqlHighlighter highlighter(&document, light);
        settle(document);
        document.setPlainText(QStringLiteral("SELECT 'x'"));
        QCOMPARE(colourAt(document, 0, "'x'"), light.string);
        highlighter.setColours(dark);
        QCOMPARE(colourAt(document, 0, "'x'"), dark.string);
    }
};

QTEST_MAIN(TestSqlHighlighter)
#include "tst_sqlhighlighter.moc"

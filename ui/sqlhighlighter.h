#pragma once

#include <QColor>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace rowbook {

// The colours of SQL text, derived from a palette so they read on light and dark themes alike:
// keywords in the palette's link colour, comments in its placeholder colour, and strings,
// names and numbers in fixed hues whose lightness follows the base (background) colour.
struct SqlColours
{
    QColor keyword;
    QColor string;
    QColor quotedIdentifier;
    QColor number;
    QColor parameter;
    QColor comment;

    static SqlColours fromPalette(const QPalette &palette);
};

// Highlights SQL in a QTextDocument with SqlLexer's tokens. Strings, quoted names and
// /* comments */ that run over several lines keep their format on the lines that follow: each
// block's state (QTextBlock::userState) is the SqlLexer::State its line ends in.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document, const SqlColours &colours);

    // New colours, e.g. after the palette changed; re-highlights the document.
    void setColours(const SqlColours &colours);
    const SqlColours &colours() const { return m_colours; }

protected:
    void highlightBlock(const QString &text) override;

private:
    SqlColours m_colours;
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_quoted;
    QTextCharFormat m_number;
    QTextCharFormat m_parameter;
    QTextCharFormat m_comment;
};

} // namespace rowbook

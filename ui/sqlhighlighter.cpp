#include "sqlhighlighter.h"

#include "sqllexer.h"

namespace rowbook {

namespace {

// A hue at a lightness that reads on `base`: darker on light backgrounds, lighter on dark ones.
QColor readableHue(int hue, int saturation, const QColor &base)
{
    const bool dark = base.lightness() < 128;
    return QColor::fromHsl(hue, saturation, dark ? 175 : 85);
}

} // namespace

SqlColours SqlColours::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    SqlColours colours;
    colours.keyword = palette.color(QPalette::Link);
    colours.string = readableHue(120, 140, base);           // green
    colours.quotedIdentifier = readableHue(285, 110, base); // violet
    colours.number = readableHue(25, 200, base);            // orange
    colours.parameter = readableHue(190, 160, base);        // teal
    colours.comment = palette.color(QPalette::PlaceholderText);
    return colours;
}

SqlHighlighter::SqlHighlighter(QTextDocument *document, const SqlColours &colours)
    : QSyntaxHighlighter(document)
{
    setColours(colours);
}

void SqlHighlighter::setColours(const SqlColours &colours)
{
    m_colours = colours;
    m_keyword = QTextCharFormat();
    m_keyword.setForeground(colours.keyword);
    m_keyword.setFontWeight(QFont::Bold);
    m_string = QTextCharFormat();
    m_string.setForeground(colours.string);
    m_quoted = QTextCharFormat();
    m_quoted.setForeground(colours.quotedIdentifier);
    m_number = QTextCharFormat();
    m_number.setForeground(colours.number);
    m_parameter = QTextCharFormat();
    m_parameter.setForeground(colours.parameter);
    m_comment = QTextCharFormat();
    m_comment.setForeground(colours.comment);
    m_comment.setFontItalic(true);
    rehighlight();
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const auto state = previous < 0 ? SqlLexer::Normal : SqlLexer::State(previous);
    SqlLexer::State endState = SqlLexer::Normal;
    const QVector<SqlToken> tokens = SqlLexer::tokenize(text, state, &endState);
    for (const SqlToken &token : tokens) {
        switch (token.kind) {
        case SqlToken::Keyword:
            setFormat(token.start, token.length, m_keyword);
            break;
        case SqlToken::String:
            setFormat(token.start, token.length, m_string);
            break;
        case SqlToken::QuotedIdentifier:
            setFormat(token.start, token.length, m_quoted);
            break;
        case SqlToken::Number:
            setFormat(token.start, token.length, m_number);
            break;
        case SqlToken::Parameter:
            setFormat(token.start, token.length, m_parameter);
            break;
        case SqlToken::Comment:
            setFormat(token.start, token.length, m_comment);
            break;
        default:
            break;
        }
    }
    setCurrentBlockState(endState);
}

} // namespace rowbook

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace rowbook {

// One piece of SQL text: a half-open range [start, start + length) of the text it was read from.
struct SqlToken
{
    enum Kind {
        Whitespace,
        Keyword,          // SELECT, from, ... (any case; see SqlLexer::isKeyword)
        Identifier,       // a bare name
        QuotedIdentifier, // "name", `name` or [name]
        String,           // 'text' with '' for a quote, and blob literals X'00ff'
        Number,           // 42, 3.14, .5, 1e-3, 0x1F
        Parameter,        // ?, ?1, :name, @name, $name
        Comment,          // -- to the end of the line, or /* ... */
        Operator,         // || <= <> -> ->> = + ( ) , ; . and the other single characters
    };

    Kind kind = Whitespace;
    int start = 0;
    int length = 0;
    // The construct is cut off by the end of the text: a string, quoted identifier or block
    // comment without its closing quote or */. (A -- comment is never open: the line end closes
    // it.)
    bool open = false;

    int end() const { return start + length; }
    QStringView text(const QString &source) const { return QStringView(source).mid(start, length); }
    bool isSignificant() const { return kind != Whitespace && kind != Comment; }
};

// One statement of a script. [start, end) is its text without the terminating semicolon, from
// its first to its last token that is neither whitespace nor a comment; `terminator` is the
// offset of its semicolon, -1 for a last statement without one.
struct SqlStatement
{
    int start = -1;
    int end = -1;
    int terminator = -1;

    bool isValid() const { return start >= 0; }
    int length() const { return end - start; }
    QString text(const QString &source) const { return source.mid(start, end - start); }
};

// Reading SQL (SQLite's dialect, which covers what people type for PostgreSQL too) without a
// parser: tokens for the highlighter and completion, statement boundaries for the console.
// Widget-free and stateless; every function is cheap enough to call on each keystroke for
// scripts of a few thousand lines.
class SqlLexer
{
public:
    // Where a line starts when the line before it ended inside a multi-line construct. The
    // highlighter keeps one of these per text block (QSyntaxHighlighter's block state).
    enum State {
        Normal = 0,
        InBlockComment,
        InString,
        InDoubleQuoted,
        InBacktick,
        InBracket,
    };

    // The tokens of `text`, covering it without gaps. When `state` is not Normal, the text is
    // taken as the continuation of that construct (the first token finishes it, or runs to the
    // end as `open`). `endState`, when given, receives the state the text ends in.
    static QVector<SqlToken>
    tokenize(const QString &text, State state = Normal, State *endState = nullptr);

    // The statements of a script, split at semicolons outside strings, quoted names and
    // comments. The body of CREATE TRIGGER ... BEGIN ... END (with its own semicolons, and CASE
    // ... END inside it) stays one statement. Runs of only whitespace and comments are no
    // statement.
    static QVector<SqlStatement> statements(const QString &text);

    // The statement under the cursor (an offset 0..text.size()): the one whose text, or the
    // whitespace before it, holds the cursor, or whose semicolon the cursor is right after.
    // In whitespace or comments after the last semicolon, the statement before them. Invalid
    // (isValid() false) when the text holds no statement.
    static SqlStatement statementAt(const QString &text, int cursor);

    // 1-based line and column (in UTF-16 code units, as QTextCursor counts) of `offset`.
    struct LineColumn
    {
        int line = 1;
        int column = 1;
    };
    static LineColumn lineColumn(const QString &text, int offset);
    // The offset of a 1-based line and column, clamped to the line and the text.
    static int offsetOf(const QString &text, int line, int column);

    static bool isKeyword(QStringView word);
    // SQLite's keywords in upper case, sorted.
    static const QStringList &keywords();
};

} // namespace rowbook

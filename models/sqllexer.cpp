#include "sqllexer.h"

#include "sqlkeywords.h"

#include <algorithm>

namespace rowbook {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == QLatin1Char('$');
}

// Scans a quoted construct from `i` (just after the opening quote) to just after `close`.
// A doubled closing quote stands for itself unless `doubles` is false. Returns the end and
// whether it was closed.
int scanQuoted(const QString &text, int i, QChar close, bool doubles, bool *closed)
{
    const int n = int(text.size());
    while (i < n) {
        if (text.at(i) == close) {
            if (doubles && i + 1 < n && text.at(i + 1) == close) {
                i += 2;
                continue;
            }
            *closed = true;
            return i + 1;
        }
        ++i;
    }
    *closed = false;
    return n;
}

int scanBlockComment(const QString &text, int i, bool *closed)
{
    const int close = int(text.indexOf(QLatin1String("*/"), i));
    *closed = close >= 0;
    return close >= 0 ? close + 2 : int(text.size());
}

int scanNumber(const QString &text, int i)
{
    const int n = int(text.size());
    if (text.at(i) == QLatin1Char('0') && i + 1 < n
        && text.at(i + 1).toLower() == QLatin1Char('x')) {
        i += 2;
        while (i < n
               && (text.at(i).isDigit() || QStringLiteral("abcdefABCDEF").contains(text.at(i))))
            ++i;
        return i;
    }
    while (i < n && text.at(i).isDigit())
        ++i;
    if (i < n && text.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < n && text.at(i).isDigit())
            ++i;
    }
    if (i < n && text.at(i).toLower() == QLatin1Char('e')) {
        int j = i + 1;
        if (j < n && (text.at(j) == QLatin1Char('+') || text.at(j) == QLatin1Char('-')))
            ++j;
        if (j < n && text.at(j).isDigit()) {
            i = j;
            while (i < n && text.at(i).isDigit())
                ++i;
        }
    }
    return i;
}

int operatorLength(const QString &text, int i)
{
    static const char *const longOperators[]
        = {"->>", "||", "<<", ">>", "<=", ">=", "==", "!=", "<>", "->"};
    for (const char *op : longOperators) {
        if (QStringView(text).mid(i).startsWith(QLatin1String(op)))
            return int(qstrlen(op));
    }
    return 1;
}

// What a closing quote character is for each open state.
QChar closingQuote(SqlLexer::State state)
{
    switch (state) {
    case SqlLexer::InString:
        return QLatin1Char('\'');
    case SqlLexer::InDoubleQuoted:
        return QLatin1Char('"');
    case SqlLexer::InBacktick:
        return QLatin1Char('`');
    default:
        return QLatin1Char(']');
    }
}

SqlToken::Kind kindOfState(SqlLexer::State state)
{
    switch (state) {
    case SqlLexer::InBlockComment:
        return SqlToken::Comment;
    case SqlLexer::InString:
        return SqlToken::String;
    default:
        return SqlToken::QuotedIdentifier;
    }
}

// One token starting at `i` in Normal state. `openState` receives the state an open token
// leaves the text in.
SqlToken nextToken(const QString &text, int i, SqlLexer::State *openState)
{
    const int n = int(text.size());
    const QChar c = text.at(i);
    const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
    SqlToken token;
    token.start = i;
    int end = i + 1;
    bool closed = true;
    auto quoted = [&](SqlToken::Kind kind, QChar close, bool doubles, SqlLexer::State state) {
        token.kind = kind;
        end = scanQuoted(text, i + 1, close, doubles, &closed);
        if (!closed)
            *openState = state;
    };

    if (c.isSpace()) {
        token.kind = SqlToken::Whitespace;
        while (end < n && text.at(end).isSpace())
            ++end;
    } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
        token.kind = SqlToken::Comment;
        const int newline = int(text.indexOf(QLatin1Char('\n'), i));
        end = newline >= 0 ? newline : n;
    } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
        token.kind = SqlToken::Comment;
        end = scanBlockComment(text, i + 2, &closed);
        if (!closed)
            *openState = SqlLexer::InBlockComment;
    } else if (c == QLatin1Char('\'')) {
        quoted(SqlToken::String, QLatin1Char('\''), true, SqlLexer::InString);
    } else if ((c == QLatin1Char('x') || c == QLatin1Char('X')) && next == QLatin1Char('\'')) {
        token.kind = SqlToken::String;
        end = scanQuoted(text, i + 2, QLatin1Char('\''), true, &closed);
        if (!closed)
            *openState = SqlLexer::InString;
    } else if (c == QLatin1Char('"')) {
        quoted(SqlToken::QuotedIdentifier, QLatin1Char('"'), true, SqlLexer::InDoubleQuoted);
    } else if (c == QLatin1Char('`')) {
        quoted(SqlToken::QuotedIdentifier, QLatin1Char('`'), true, SqlLexer::InBacktick);
    } else if (c == QLatin1Char('[')) {
        quoted(SqlToken::QuotedIdentifier, QLatin1Char(']'), false, SqlLexer::InBracket);
    } else if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
        token.kind = SqlToken::Number;
        end = scanNumber(text, i);
    } else if (isIdentifierStart(c)) {
        while (end < n && isIdentifierPart(text.at(end)))
            ++end;
        token.kind = SqlLexer::isKeyword(QStringView(text).mid(i, end - i)) ? SqlToken::Keyword
                                                                            : SqlToken::Identifier;
    } else if (c == QLatin1Char('?') || c == QLatin1Char(':') || c == QLatin1Char('@')
               || c == QLatin1Char('$')) {
        while (end < n && isIdentifierPart(text.at(end)))
            ++end;
        // A lone ':' or '@' is an operator-like character; '?' alone is a parameter.
        token.kind
            = (end > i + 1 || c == QLatin1Char('?')) ? SqlToken::Parameter : SqlToken::Operator;
    } else {
        token.kind = SqlToken::Operator;
        end = i + operatorLength(text, i);
    }
    token.length = end - i;
    token.open = !closed;
    return token;
}

bool isWord(const SqlToken &token, const QString &text, const char *word)
{
    return token.kind == SqlToken::Keyword
           && token.text(text).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

} // namespace

QVector<SqlToken> SqlLexer::tokenize(const QString &text, State state, State *endState)
{
    QVector<SqlToken> tokens;
    const int n = int(text.size());
    int i = 0;
    State current = Normal;
    if (state != Normal) {
        bool closed = false;
        const int end = state == InBlockComment
                            ? scanBlockComment(text, 0, &closed)
                            : scanQuoted(text, 0, closingQuote(state), state != InBracket, &closed);
        SqlToken token;
        token.kind = kindOfState(state);
        token.length = end;
        token.open = !closed;
        if (end > 0)
            tokens.append(token);
        if (!closed)
            current = state;
        i = end;
    }
    while (i < n) {
        const SqlToken token = nextToken(text, i, &current);
        tokens.append(token);
        i = token.end();
    }
    if (endState)
        *endState = current;
    return tokens;
}

QVector<SqlStatement> SqlLexer::statements(const QString &text)
{
    QVector<SqlStatement> result;
    const QVector<SqlToken> tokens = tokenize(text);
    SqlStatement current;
    QStringList head; // the first keywords, to recognise CREATE [TEMP] TRIGGER
    bool trigger = false;
    int depth = 0; // BEGIN/CASE ... END nesting inside a trigger body

    auto finish = [&](int terminator) {
        current.terminator = terminator;
        if (current.isValid())
            result.append(current);
        current = SqlStatement();
        head.clear();
        trigger = false;
        depth = 0;
    };

    for (const SqlToken &token : tokens) {
        if (!token.isSignificant())
            continue;
        if (token.kind == SqlToken::Operator && token.text(text) == QLatin1String(";")
            && depth == 0) {
            finish(token.start);
            continue;
        }
        if (!current.isValid())
            current.start = token.start;
        current.end = token.end();
        if (head.size() < 3) {
            head.append(token.text(text).toString().toUpper());
            trigger = head.value(0) == QLatin1String("CREATE")
                      && (head.value(1) == QLatin1String("TRIGGER")
                          || (head.value(2) == QLatin1String("TRIGGER")
                              && (head.value(1) == QLatin1String("TEMP")
                                  || head.value(1) == QLatin1String("TEMPORARY"))));
        }
        if (!trigger)
            continue;
        if (isWord(token, text, "BEGIN") && depth == 0)
            depth = 1;
        else if (isWord(token, text, "CASE") && depth > 0)
            ++depth;
        else if (isWord(token, text, "END") && depth > 0)
            --depth;
    }
    finish(-1);
    return result;
}

SqlStatement SqlLexer::statementAt(const QString &text, int cursor)
{
    const QVector<SqlStatement> all = statements(text);
    int zoneStart = 0;
    for (const SqlStatement &statement : all) {
        const int zoneEnd = statement.terminator >= 0 ? statement.terminator + 1 : int(text.size());
        if (cursor >= zoneStart && cursor <= zoneEnd)
            return statement;
        zoneStart = zoneEnd;
    }
    // After the last semicolon, or in comments between statements: the statement before.
    SqlStatement before;
    for (const SqlStatement &statement : all) {
        if (statement.start <= cursor)
            before = statement;
    }
    return before;
}

SqlLexer::LineColumn SqlLexer::lineColumn(const QString &text, int offset)
{
    offset = std::clamp(offset, 0, int(text.size()));
    const QStringView before = QStringView(text).left(offset);
    LineColumn position;
    position.line = int(before.count(QLatin1Char('\n'))) + 1;
    position.column = offset - int(before.lastIndexOf(QLatin1Char('\n')));
    return position;
}

int SqlLexer::offsetOf(const QString &text, int line, int column)
{
    int lineStart = 0;
    for (int l = 1; l < line; ++l) {
        const int newline = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (newline < 0)
            return int(text.size());
        lineStart = newline + 1;
    }
    int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
    if (lineEnd < 0)
        lineEnd = int(text.size());
    return std::clamp(lineStart + column - 1, lineStart, lineEnd);
}

bool SqlLexer::isKeyword(QStringView word)
{
    return SqlKeywords::contains(word);
}

const QStringList &SqlLexer::keywords()
{
    return SqlKeywords::all();
}

} // namespace rowbook

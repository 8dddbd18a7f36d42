#include "pgscript.h"

#include <cctype>

namespace rowbook {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Letters of an identifier: ASCII letters, '_' and every byte of a multi-byte UTF-8 character.
bool isIdentStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_'
           || (static_cast<unsigned char>(c) & 0x80);
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '$';
}

// The end of the nested /* … */ comment that starts at `pos`.
qsizetype skipBlockComment(const QByteArray &text, qsizetype pos)
{
    const qsizetype n = text.size();
    int depth = 0;
    while (pos < n) {
        if (text.at(pos) == '/' && pos + 1 < n && text.at(pos + 1) == '*') {
            ++depth;
            pos += 2;
        } else if (text.at(pos) == '*' && pos + 1 < n && text.at(pos + 1) == '/') {
            pos += 2;
            if (--depth == 0)
                return pos;
        } else {
            ++pos;
        }
    }
    return n;
}

// The first byte at or after `pos` that is not blank, a comment or a stray ';'.
qsizetype skipBlank(const QByteArray &text, qsizetype pos, bool semicolons)
{
    const qsizetype n = text.size();
    while (pos < n) {
        const char c = text.at(pos);
        if (isSpace(c) || (semicolons && c == ';')) {
            ++pos;
        } else if (c == '-' && pos + 1 < n && text.at(pos + 1) == '-') {
            const qsizetype eol = text.indexOf('\n', pos);
            pos = eol < 0 ? n : eol + 1;
        } else if (c == '/' && pos + 1 < n && text.at(pos + 1) == '*') {
            pos = skipBlockComment(text, pos);
        } else {
            break;
        }
    }
    return pos;
}

// The end of the quoted text that starts at `pos` with `quote`; backslashes escape when asked.
qsizetype skipQuoted(const QByteArray &text, qsizetype pos, char quote, bool backslashes)
{
    const qsizetype n = text.size();
    ++pos;
    while (pos < n) {
        const char c = text.at(pos);
        if (backslashes && c == '\\') {
            pos += 2;
        } else if (c == quote) {
            if (pos + 1 < n && text.at(pos + 1) == quote)
                pos += 2; // a doubled quote stands for itself
            else
                return pos + 1;
        } else {
            ++pos;
        }
    }
    return n;
}

// The word (letters only, upper-cased) at `pos`, and where it ends.
QByteArray wordAt(const QByteArray &text, qsizetype pos, qsizetype *end = nullptr)
{
    qsizetype at = pos;
    while (at < text.size() && std::isalpha(static_cast<unsigned char>(text.at(at))))
        ++at;
    if (end)
        *end = at;
    return text.mid(pos, at - pos).toUpper();
}

void classify(const QByteArray &text, PgScript::Statement *statement)
{
    qsizetype pos = statement->begin;
    while (pos < statement->end && (text.at(pos) == '(' || isSpace(text.at(pos))))
        ++pos;
    qsizetype end = pos;
    const QByteArray word = wordAt(text, pos, &end);
    using Statement = PgScript::Statement;
    if (word == "BEGIN" || word == "START")
        statement->kind = Statement::Begin;
    else if (word == "COMMIT" || word == "END")
        statement->kind = Statement::Commit;
    else if (word == "ROLLBACK" || word == "ABORT")
        statement->kind = Statement::Rollback;
    else if (word == "SAVEPOINT" || word == "RELEASE")
        statement->kind = Statement::Savepoint;
    if (word == "SELECT" || word == "VALUES" || word == "TABLE" || word == "WITH" || word == "SHOW")
        statement->reads = true;
    if (word == "EXPLAIN") {
        // EXPLAIN ANALYZE runs the statement: it reads only when that statement does.
        const QByteArray rest = text.mid(end, statement->end - end).toUpper();
        statement->reads = !rest.contains("ANALYZE") && !rest.contains("ANALYSE");
    }
}

} // namespace

QList<PgScript::Statement> PgScript::split(const QByteArray &utf8, bool standardConformingStrings)
{
    QList<Statement> statements;
    const qsizetype n = utf8.size();
    qsizetype pos = 0;
    while ((pos = skipBlank(utf8, pos, true)) < n) {
        Statement statement;
        statement.begin = pos;
        statement.end = n;
        int parentheses = 0;
        // A CREATE [OR REPLACE] FUNCTION/PROCEDURE with an SQL-standard body (BEGIN ATOMIC …
        // END) keeps the ';' inside it, counted as psql does: BEGIN and CASE open, END closes.
        int words = 0;
        bool creating = false;
        bool routine = false;
        int depth = 0;
        while (pos < n) {
            const char c = utf8.at(pos);
            if (c == ';' && parentheses <= 0 && depth <= 0) {
                statement.end = pos + 1;
                break;
            }
            if (c == '(') {
                ++parentheses;
                ++pos;
            } else if (c == ')') {
                --parentheses;
                ++pos;
            } else if ((c == '-' && pos + 1 < n && utf8.at(pos + 1) == '-')
                       || (c == '/' && pos + 1 < n && utf8.at(pos + 1) == '*')) {
                pos = skipBlank(utf8, pos, false);
            } else if (c == '\'') {
                pos = skipQuoted(utf8, pos, '\'', !standardConformingStrings);
            } else if ((c == 'E' || c == 'e') && pos + 1 < n && utf8.at(pos + 1) == '\''
                       && (pos == 0 || !isIdentChar(utf8.at(pos - 1)))) {
                pos = skipQuoted(utf8, pos + 1, '\'', true);
            } else if (c == '"') {
                pos = skipQuoted(utf8, pos, '"', false);
            } else if (c == '$' && (pos == 0 || !isIdentChar(utf8.at(pos - 1)))) {
                // $tag$ … $tag$ (the tag may be empty); $1 is a parameter.
                qsizetype close = pos + 1;
                if (close < n && isIdentStart(utf8.at(close))) {
                    while (close < n && isIdentChar(utf8.at(close)) && utf8.at(close) != '$')
                        ++close;
                }
                if (close < n && utf8.at(close) == '$') {
                    const QByteArray tag = utf8.mid(pos, close - pos + 1);
                    const qsizetype bodyEnd = utf8.indexOf(tag, close + 1);
                    pos = bodyEnd < 0 ? n : bodyEnd + tag.size();
                } else {
                    ++pos;
                }
            } else if (isIdentStart(c)) {
                const qsizetype start = pos;
                while (pos < n && isIdentChar(utf8.at(pos)))
                    ++pos;
                const QByteArray word = utf8.mid(start, pos - start).toUpper();
                if (words == 0)
                    creating = word == "CREATE";
                else if (creating && words <= 3 && (word == "FUNCTION" || word == "PROCEDURE"))
                    routine = true;
                ++words;
                if (routine && (word == "BEGIN" || (depth > 0 && word == "CASE")))
                    ++depth;
                else if (routine && depth > 0 && word == "END")
                    --depth;
            } else {
                ++pos;
            }
        }
        classify(utf8, &statement);
        statements << statement;
        pos = statement.end;
    }
    return statements;
}

qsizetype PgScript::byteOffset(const QByteArray &utf8, qsizetype begin, qsizetype characters)
{
    qsizetype pos = begin;
    while (pos < utf8.size() && characters > 0) {
        ++pos;
        while (pos < utf8.size() && (static_cast<unsigned char>(utf8.at(pos)) & 0xC0) == 0x80)
            ++pos;
        --characters;
    }
    return pos;
}

} // namespace rowbook

#include "sqltext.h"

#include <QRegularExpression>

namespace rowbook {

bool SqlText::mentions(const QString &sql, const QString &identifier)
{
    const QRegularExpression word(
        QStringLiteral("(?<![\\w$])%1(?![\\w$])").arg(QRegularExpression::escape(identifier)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.match(sql).hasMatch();
}

int SqlText::countMentions(const QString &sql, const QString &identifier)
{
    const QRegularExpression word(
        QStringLiteral("(?<![\\w$])%1(?![\\w$])").arg(QRegularExpression::escape(identifier)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = word.globalMatch(sql); it.hasNext(); it.next())
        ++count;
    return count;
}

bool SqlText::expressionMentions(const QString &expression, const QString &identifier)
{
    // '[' is stepped over, not read as SQLite's [quoted name]: on PostgreSQL it opens an array
    // (ARRAY['a', 'b']) or a subscript, and a ']' inside a value must not end it. A bracketed
    // name is still found by mentions(), as brackets are not part of a word.
    QString names = expression;
    for (int i = 0; i < names.size();) {
        const QChar c = names[i];
        const int end = c == QLatin1Char('[') ? i : skipQuotedOrComment(names, i);
        if (end == i) {
            ++i;
            continue;
        }
        if (c != QLatin1Char('"') && c != QLatin1Char('`'))
            names.replace(i, end - i, QString(end - i, QLatin1Char(' ')));
        i = end;
    }
    return mentions(names, identifier);
}

int SqlText::skipQuotedOrComment(const QString &sql, int i)
{
    const QChar c = sql[i];
    const QChar next = i + 1 < sql.size() ? sql[i + 1] : QChar();
    if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
        const int end = sql.indexOf(QLatin1Char('\n'), i);
        return end < 0 ? sql.size() : end + 1;
    }
    if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
        const int end = sql.indexOf(QLatin1String("*/"), i + 2);
        return end < 0 ? sql.size() : end + 2;
    }
    if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')
        || c == QLatin1Char('[')) {
        const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
        for (int j = i + 1; j < sql.size(); ++j) {
            if (sql[j] != close)
                continue;
            if (close != QLatin1Char(']') && j + 1 < sql.size() && sql[j + 1] == close) {
                ++j;
                continue;
            }
            return j + 1;
        }
        return sql.size();
    }
    return i;
}

SqlText::CreateTable SqlText::splitCreateTable(const QString &sql)
{
    CreateTable text;
    int depth = 0;
    int start = -1;
    for (int i = 0; i < sql.size();) {
        if (const int skipped = skipQuotedOrComment(sql, i); skipped != i) {
            i = skipped;
            continue;
        }
        const QChar c = sql[i];
        if (c == QLatin1Char('(')) {
            if (depth++ == 0) {
                text.head = sql.left(i);
                start = i + 1;
            }
        } else if (c == QLatin1Char(')') && depth > 0) {
            if (--depth == 0) {
                text.parts << sql.mid(start, i - start);
                text.tail = sql.mid(i + 1);
                text.ok = true;
                return text;
            }
        } else if (c == QLatin1Char(',') && depth == 1) {
            text.parts << sql.mid(start, i - start);
            start = i + 1;
        }
        ++i;
    }
    return text;
}

bool SqlText::mentionsWithoutRowid(const QString &text)
{
    static const QRegularExpression withoutRowid(QStringLiteral("\\bWITHOUT\\s+ROWID\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    return withoutRowid.match(text).hasMatch();
}

bool SqlText::isWithoutRowid(const QString &createSql, bool *parsed)
{
    const CreateTable text = splitCreateTable(createSql);
    if (parsed)
        *parsed = text.ok;
    if (!text.ok)
        return false;
    // The options as words, outside comments: "WITHOUT", "ROWID", "STRICT" and commas.
    QString words;
    for (int i = 0; i < text.tail.size();) {
        if (const int skipped = skipQuotedOrComment(text.tail, i); skipped != i) {
            words += QLatin1Char(' ');
            i = skipped;
            continue;
        }
        words += text.tail[i++];
    }
    return mentionsWithoutRowid(words);
}

// The first word of a column definition or table constraint; quoted names are unquoted.
QString SqlText::firstWord(const QString &part, bool *quoted)
{
    int i = 0;
    while (i < part.size()) {
        if (part[i].isSpace()) {
            ++i;
        } else if (part.mid(i, 2) == QLatin1String("--") || part.mid(i, 2) == QLatin1String("/*")) {
            i = skipQuotedOrComment(part, i);
        } else {
            break;
        }
    }
    if (i >= part.size())
        return {};
    const QChar c = part[i];
    *quoted = c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')
              || c == QLatin1Char('\'');
    if (*quoted) {
        const int end = skipQuotedOrComment(part, i);
        const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
        QString name = part.mid(i + 1, end - i - 2);
        if (close != QLatin1Char(']'))
            name.replace(QString(2, close), QString(close));
        return name;
    }
    int end = i;
    while (end < part.size()
           && (part[end].isLetterOrNumber() || part[end] == QLatin1Char('_')
               || part[end] == QLatin1Char('$')))
        ++end;
    return part.mid(i, end - i);
}

bool SqlText::isTableConstraint(const QString &part)
{
    bool quoted = false;
    const QString word = firstWord(part, &quoted).toUpper();
    return !quoted
           && QStringList{QStringLiteral("CONSTRAINT"), QStringLiteral("PRIMARY"),
                          QStringLiteral("UNIQUE"), QStringLiteral("CHECK"),
                          QStringLiteral("FOREIGN")}
                  .contains(word);
}

// The table Rowbook may change, or a problem saying why not.
} // namespace rowbook

#include "sqlcompletion.h"

#include "catalog.h"
#include "sqlkeywords.h"
#include "sqllexer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rowbook {

namespace {

// A name as it is written in SQL: quoted when it is not a plain word or collides with a keyword.
QString sqlName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(name).hasMatch() && !SqlLexer::isKeyword(name))
        return name;
    return Catalog::quote(name);
}

// The name a token stands for: quoted identifiers without their quotes.
QString nameOf(const SqlToken &token, const QString &text)
{
    const QString raw = token.text(text).toString();
    if (token.kind != SqlToken::QuotedIdentifier || raw.size() < 2)
        return raw;
    const QChar open = raw.front();
    QString inner = raw.mid(1, raw.size() - (token.open ? 1 : 2));
    if (open == QLatin1Char('"'))
        inner.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    else if (open == QLatin1Char('`'))
        inner.replace(QStringLiteral("``"), QStringLiteral("`"));
    return inner;
}

bool isName(const SqlToken &token)
{
    return token.kind == SqlToken::Identifier || token.kind == SqlToken::QuotedIdentifier;
}

bool isLineComment(const SqlToken &token, const QString &text)
{
    return token.kind == SqlToken::Comment && token.text(text).startsWith(QLatin1String("--"));
}

// The tables and views the statement names, and what its aliases stand for (lower-cased keys).
struct Scope
{
    QVector<const SqlCatalog::Object *> objects;
    QHash<QString, const SqlCatalog::Object *> aliases;
};

Scope scopeOf(const SqlCatalog &catalog, const QVector<SqlToken> &tokens, const QString &text)
{
    Scope scope;
    for (int i = 0; i < tokens.size(); ++i) {
        if (!isName(tokens.at(i)))
            continue;
        // A qualified column (x.name) is not a table.
        if (i > 0 && tokens.at(i - 1).text(text) == QLatin1String("."))
            continue;
        const SqlCatalog::Object *object = catalog.find(nameOf(tokens.at(i), text));
        if (!object)
            continue;
        if (!scope.objects.contains(object))
            scope.objects.append(object);
        scope.aliases.insert(nameOf(tokens.at(i), text).toLower(), object);
        int next = i + 1;
        if (next < tokens.size() && tokens.at(next).kind == SqlToken::Keyword
            && tokens.at(next).text(text).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0)
            ++next;
        if (next < tokens.size() && isName(tokens.at(next))
            && !(next + 1 < tokens.size() && tokens.at(next + 1).text(text) == QLatin1String(".")))
            scope.aliases.insert(nameOf(tokens.at(next), text).toLower(), object);
    }
    return scope;
}

// The token the cursor is in or right after, or null.
const SqlToken *tokenAt(const QVector<SqlToken> &tokens, int cursor)
{
    for (const SqlToken &token : tokens) {
        if (token.start < cursor && cursor <= token.end())
            return &token;
    }
    return nullptr;
}

// Inside a string, a comment or a quoted name there is nothing to complete.
bool insideLiteral(const SqlToken *at, const QString &text, int cursor)
{
    if (!at)
        return false;
    const bool literal = at->kind == SqlToken::String || at->kind == SqlToken::Comment
                         || at->kind == SqlToken::QuotedIdentifier;
    return literal && (cursor < at->end() || at->open || isLineComment(*at, text));
}

// The significant tokens of the statement the cursor is in, for its tables and aliases.
QVector<SqlToken> statementTokens(const QVector<SqlToken> &tokens, const QString &text, int cursor)
{
    const SqlStatement statement = SqlLexer::statementAt(text, cursor);
    QVector<SqlToken> own;
    for (const SqlToken &token : tokens) {
        if (token.isSignificant() && statement.isValid() && token.start >= statement.start
            && token.end() <= std::max(statement.end, cursor))
            own.append(token);
    }
    return own;
}

// The table or view named (or aliased) by the name that ends right before the dot at `dot`.
const SqlCatalog::Object *qualifiedObject(const SqlCatalog &catalog,
                                          const Scope &scope,
                                          const QVector<SqlToken> &tokens,
                                          const QString &text,
                                          int dot)
{
    const SqlToken *qualifier = nullptr;
    for (const SqlToken &token : tokens) {
        if (token.end() == dot && isName(token))
            qualifier = &token;
    }
    if (!qualifier)
        return nullptr;
    const SqlCatalog::Object *object = scope.aliases.value(nameOf(*qualifier, text).toLower());
    return object ? object : catalog.find(nameOf(*qualifier, text));
}

} // namespace

const SqlCatalog::Object *SqlCatalog::find(const QString &name) const
{
    for (const Object &object : objects) {
        if (object.name.compare(name, Qt::CaseInsensitive) == 0)
            return &object;
    }
    return nullptr;
}

SqlCatalog SqlCatalog::read(const QSqlDatabase &db)
{
    SqlCatalog catalog;
    const QVector<Catalog::Entry> entries = Catalog::objects(db);
    for (const Catalog::Entry &entry : entries) {
        Object object;
        object.name = entry.name;
        object.isView = entry.isView;
        const TableInfo info = Catalog::table(db, entry.name);
        for (const ColumnInfo &column : info.columns)
            object.columns.append(column.name);
        catalog.objects.append(object);
    }
    return catalog;
}

QStringList SqlCompletion::Result::texts() const
{
    QStringList list;
    for (const Candidate &candidate : candidates)
        list.append(candidate.text);
    return list;
}

SqlCompletion::Result
SqlCompletion::complete(const SqlCatalog &catalog, const QString &text, int cursor)
{
    Result result;
    cursor = std::clamp(cursor, 0, int(text.size()));
    const QVector<SqlToken> tokens = SqlLexer::tokenize(text);

    const SqlToken *at = tokenAt(tokens, cursor);
    if (insideLiteral(at, text, cursor))
        return result;

    result.start = cursor;
    if (at && (at->kind == SqlToken::Identifier || at->kind == SqlToken::Keyword))
        result.start = at->start;
    result.prefix = text.mid(result.start, cursor - result.start);
    const Scope scope = scopeOf(catalog, statementTokens(tokens, text, cursor), text);

    QSet<QString> seen;
    auto offer = [&](const QString &candidate, Kind kind) {
        if (!candidate.startsWith(result.prefix, Qt::CaseInsensitive)
            && !(candidate.startsWith(QLatin1Char('"'))
                 && candidate.mid(1).startsWith(result.prefix, Qt::CaseInsensitive)))
            return;
        // The whole word typed already: nothing left to complete.
        if (seen.contains(candidate.toLower())
            || candidate.compare(result.prefix, Qt::CaseInsensitive) == 0)
            return;
        seen.insert(candidate.toLower());
        result.candidates.append({candidate, kind});
    };

    // After `qualifier.`: only that table's columns.
    const int dot = result.start - 1;
    if (dot >= 0 && text.at(dot) == QLatin1Char('.')) {
        const SqlCatalog::Object *object = qualifiedObject(catalog, scope, tokens, text, dot);
        if (object) {
            for (const QString &column : object->columns)
                offer(sqlName(column), Kind::Column);
        }
        if (result.candidates.isEmpty())
            result.start = -1;
        return result;
    }

    for (const SqlCatalog::Object *object : scope.objects) {
        for (const QString &column : object->columns)
            offer(sqlName(column), Kind::Column);
    }
    for (const SqlCatalog::Object &object : catalog.objects)
        offer(sqlName(object.name), object.isView ? Kind::View : Kind::Table);
    const bool lower = !result.prefix.isEmpty() && result.prefix == result.prefix.toLower();
    for (const QString &function : SqlKeywords::functions())
        offer(lower || result.prefix.isEmpty() ? function : function.toUpper(), Kind::Function);
    for (const QString &keyword : SqlLexer::keywords())
        offer(lower ? keyword.toLower() : keyword, Kind::Keyword);
    if (result.candidates.isEmpty())
        result.start = -1;
    return result;
}

} // namespace rowbook

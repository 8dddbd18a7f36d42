#include "viewtranslation.h"

#include "sqlkeywords.h"
#include "sqltext.h"

namespace rowbook {
namespace {

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))
           + QLatin1Char('"');
}

// Functions both engines have, taking any argument type the same way.
bool sharedFunction(const QString &lower)
{
    static const QSet<QString> functions{
        QStringLiteral("count"),  QStringLiteral("sum"),        QStringLiteral("avg"),
        QStringLiteral("min"),    QStringLiteral("max"),        QStringLiteral("coalesce"),
        QStringLiteral("nullif"), QStringLiteral("ifnull"),     QStringLiteral("row_number"),
        QStringLiteral("rank"),   QStringLiteral("dense_rank"), QStringLiteral("lower"),
        QStringLiteral("upper")};
    return functions.contains(lower);
}

// Keywords that stay keywords even where a table or column has the same name.
bool structural(const QString &upper)
{
    static const QSet<QString> words{
        QStringLiteral("SELECT"),    QStringLiteral("FROM"),    QStringLiteral("WHERE"),
        QStringLiteral("GROUP"),     QStringLiteral("BY"),      QStringLiteral("ORDER"),
        QStringLiteral("HAVING"),    QStringLiteral("JOIN"),    QStringLiteral("ON"),
        QStringLiteral("AS"),        QStringLiteral("AND"),     QStringLiteral("OR"),
        QStringLiteral("NOT"),       QStringLiteral("IN"),      QStringLiteral("IS"),
        QStringLiteral("NULL"),      QStringLiteral("LIKE"),    QStringLiteral("BETWEEN"),
        QStringLiteral("CASE"),      QStringLiteral("WHEN"),    QStringLiteral("THEN"),
        QStringLiteral("ELSE"),      QStringLiteral("END"),     QStringLiteral("DISTINCT"),
        QStringLiteral("ALL"),       QStringLiteral("UNION"),   QStringLiteral("EXCEPT"),
        QStringLiteral("INTERSECT"), QStringLiteral("LIMIT"),   QStringLiteral("OFFSET"),
        QStringLiteral("LEFT"),      QStringLiteral("INNER"),   QStringLiteral("OUTER"),
        QStringLiteral("CROSS"),     QStringLiteral("NATURAL"), QStringLiteral("USING"),
        QStringLiteral("ASC"),       QStringLiteral("DESC"),    QStringLiteral("EXISTS"),
        QStringLiteral("CAST"),      QStringLiteral("OVER"),    QStringLiteral("PARTITION"),
        QStringLiteral("WITH"),      QStringLiteral("VALUES")};
    return words.contains(upper);
}

// SQLite words PostgreSQL reads differently or not at all.
bool sqliteOnly(const QString &upper)
{
    static const QSet<QString> words{
        QStringLiteral("GLOB"),      QStringLiteral("REGEXP"),  QStringLiteral("MATCH"),
        QStringLiteral("COLLATE"),   QStringLiteral("ROWID"),   QStringLiteral("OID"),
        QStringLiteral("_ROWID_"),   QStringLiteral("INDEXED"), QStringLiteral("BLOB"),
        QStringLiteral("RECURSIVE"), QStringLiteral("FILTER"),  QStringLiteral("WINDOW"),
        QStringLiteral("RAISE")};
    return words.contains(upper);
}

int skipSpaces(const QString &sql, int i)
{
    while (i < sql.size() && sql.at(i).isSpace())
        ++i;
    return i;
}

// The number of top-level commas between the parenthesis at `open` and its partner.
int topLevelCommas(const QString &sql, int open)
{
    int depth = 0;
    int commas = 0;
    for (int i = open; i < sql.size();) {
        if (const int skipped = SqlText::skipQuotedOrComment(sql, i); skipped != i) {
            i = skipped;
            continue;
        }
        const QChar c = sql.at(i);
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && --depth == 0)
            break;
        else if (c == QLatin1Char(',') && depth == 1)
            ++commas;
        ++i;
    }
    return commas;
}

} // namespace

ViewTranslation::ViewTranslation(const QStringList &names, const QSet<QString> &retyped)
    : m_retyped(retyped)
{
    for (const QString &name : names)
        m_names.insert(name.toLower(), name);
}

QString ViewTranslation::body(const QString &createViewSql)
{
    int depth = 0;
    for (int i = 0; i < createViewSql.size();) {
        if (const int skipped = SqlText::skipQuotedOrComment(createViewSql, i); skipped != i) {
            i = skipped;
            continue;
        }
        const QChar c = createViewSql.at(i);
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (depth == 0 && (c == QLatin1Char('A') || c == QLatin1Char('a'))
                   && createViewSql.mid(i, 2).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0
                   && (i == 0 || !createViewSql.at(i - 1).isLetterOrNumber())
                   && (i + 2 >= createViewSql.size() || createViewSql.at(i + 2).isSpace()
                       || createViewSql.at(i + 2) == QLatin1Char('('))) {
            return createViewSql.mid(i + 2).trimmed();
        }
        ++i;
    }
    return {};
}

QString ViewTranslation::select(const QString &createViewSql, QString *why) const
{
    const QString sql = body(createViewSql);
    if (sql.isEmpty()) {
        *why = tr("a CREATE VIEW statement Rowbook cannot read");
        return {};
    }
    QString out;
    const int n = int(sql.size());
    bool afterLimit = false;
    int depth = 0;
    const auto name = [&](const QString &word, bool quotedInSource) -> QString {
        const auto known = m_names.constFind(word.toLower());
        if (known != m_names.constEnd())
            return quotedName(known.value());
        return quotedInSource ? quotedName(word) : word;
    };
    for (int i = 0; i < n;) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c.isSpace()) {
            if (!out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            ++i;
        } else if ((c == QLatin1Char('-') && next == QLatin1Char('-'))
                   || (c == QLatin1Char('/') && next == QLatin1Char('*'))) {
            i = SqlText::skipQuotedOrComment(sql, i);
            out += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'')) {
            const int end = SqlText::skipQuotedOrComment(sql, i);
            out += sql.mid(i, end - i); // standard_conforming_strings: the same literal
            i = end;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('[') || c == QLatin1Char('`')) {
            const int end = SqlText::skipQuotedOrComment(sql, i);
            QString word = sql.mid(i + 1, end - i - 2);
            if (c != QLatin1Char('['))
                word.replace(QString(2, c), QString(c));
            if (m_retyped.contains(word.toLower())) {
                *why = tr("column “%1”, which becomes a boolean").arg(word);
                return {};
            }
            out += name(word, true);
            i = end;
        } else if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            if (c == QLatin1Char('0') && (next == QLatin1Char('x') || next == QLatin1Char('X'))) {
                *why = tr("a hexadecimal number");
                return {};
            }
            int j = i;
            while (j < n
                   && (sql.at(j).isDigit() || sql.at(j) == QLatin1Char('.')
                       || sql.at(j).toLower() == QLatin1Char('e')
                       || ((sql.at(j) == QLatin1Char('+') || sql.at(j) == QLatin1Char('-'))
                           && sql.at(j - 1).toLower() == QLatin1Char('e'))))
                ++j;
            out += sql.mid(i, j - i);
            i = j;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
                ++j;
            const QString word = sql.mid(i, j - i);
            const QString upper = word.toUpper();
            const QString lower = word.toLower();
            const int after = skipSpaces(sql, j);
            const bool call = after < n && sql.at(after) == QLatin1Char('(');
            const bool keyword
                = SqlKeywords::contains(word) && (structural(upper) || !m_names.contains(lower));
            if (sqliteOnly(upper) && !m_names.contains(lower)) {
                *why = tr("%1, which PostgreSQL reads differently").arg(upper);
                return {};
            }
            if (m_retyped.contains(lower) && !keyword) {
                *why = tr("column “%1”, which becomes a boolean").arg(word);
                return {};
            }
            if (call && !keyword) {
                if (!sharedFunction(lower)) {
                    *why = tr("the function %1()").arg(lower);
                    return {};
                }
                if ((lower == QLatin1String("min") || lower == QLatin1String("max"))
                    && topLevelCommas(sql, after) > 0) {
                    *why = tr("%1() of several values").arg(lower);
                    return {};
                }
                out += lower == QLatin1String("ifnull") ? QStringLiteral("coalesce") : lower;
            } else if (keyword) {
                if (upper == QLatin1String("IS")) {
                    // SQLite's IS compares any two values; PostgreSQL's only NULL, TRUE, FALSE.
                    QString following;
                    for (int k = after; k < n && sql.at(k).isLetter(); ++k)
                        following += sql.at(k).toUpper();
                    if (following == QLatin1String("NOT")) {
                        following.clear();
                        for (int k = skipSpaces(sql, after + 3); k < n && sql.at(k).isLetter(); ++k)
                            following += sql.at(k).toUpper();
                    }
                    if (following != QLatin1String("NULL") && following != QLatin1String("TRUE")
                        && following != QLatin1String("FALSE")
                        && following != QLatin1String("DISTINCT")) {
                        *why = tr("IS between two values");
                        return {};
                    }
                }
                if (upper == QLatin1String("LIMIT"))
                    afterLimit = true;
                out += upper == QLatin1String("LIKE") ? QStringLiteral("ILIKE") : upper;
            } else {
                out += name(word, false);
            }
            i = j;
        } else if (c == QLatin1Char('=') && next == QLatin1Char('=')) {
            out += QLatin1Char('=');
            i += 2;
        } else if (c == QLatin1Char('!') && next == QLatin1Char('=')) {
            out += QLatin1String("<>");
            i += 2;
        } else if (c == QLatin1Char('|') && next == QLatin1Char('|')) {
            out += QLatin1String("||");
            i += 2;
        } else if (QStringLiteral("<>=+-*/%(),.").contains(c)) {
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')'))
                --depth;
            else if (c == QLatin1Char(',') && afterLimit && depth == 0) {
                *why = tr("LIMIT with a comma");
                return {};
            }
            out += c;
            ++i;
        } else if (c == QLatin1Char(';') && sql.mid(i + 1).trimmed().isEmpty()) {
            ++i;
        } else {
            *why = tr("“%1”").arg(c);
            return {};
        }
    }
    return out.simplified();
}

} // namespace rowbook

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

// One past the number that starts at `i`: digits, a decimal point, an exponent and its sign.
int numberEnd(const QString &sql, int i)
{
    const int n = int(sql.size());
    int j = i;
    while (j < n
           && (sql.at(j).isDigit() || sql.at(j) == QLatin1Char('.')
               || sql.at(j).toLower() == QLatin1Char('e')
               || ((sql.at(j) == QLatin1Char('+') || sql.at(j) == QLatin1Char('-'))
                   && sql.at(j - 1).toLower() == QLatin1Char('e'))))
        ++j;
    return j;
}

// One past the word (letters, digits and '_') that starts at `i`.
int wordEnd(const QString &sql, int i)
{
    const int n = int(sql.size());
    int j = i;
    while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
        ++j;
    return j;
}

// Whether the word at `after` an IS (past a NOT) is NULL, TRUE, FALSE or DISTINCT: what
// PostgreSQL's IS can compare with.
bool postgresIsOperand(const QString &sql, int after)
{
    const int n = int(sql.size());
    QString following;
    for (int k = after; k < n && sql.at(k).isLetter(); ++k)
        following += sql.at(k).toUpper();
    if (following == QLatin1String("NOT")) {
        following.clear();
        for (int k = skipSpaces(sql, after + 3); k < n && sql.at(k).isLetter(); ++k)
            following += sql.at(k).toUpper();
    }
    return following == QLatin1String("NULL") || following == QLatin1String("TRUE")
           || following == QLatin1String("FALSE") || following == QLatin1String("DISTINCT");
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

// Where select() is in the view's SQL, and the translation written so far.
struct ViewTranslation::Reading
{
    explicit Reading(const QString &text)
        : sql(text)
    {}

    const QString &sql;
    int i = 0; // the next character to read
    QString out;
    int depth = 0;           // of parentheses: a comma in them is an argument's, not LIMIT's
    bool afterLimit = false; // a top-level comma from here on is SQLite's LIMIT offset, count
};

// A name the script creates as it spells it, quoted as the dump quotes it; any other name as it
// was written, quoted only if it was.
QString ViewTranslation::translatedName(const QString &word, bool quotedInSource) const
{
    const auto known = m_names.constFind(word.toLower());
    if (known != m_names.constEnd())
        return quotedName(known.value());
    return quotedInSource ? quotedName(word) : word;
}

// A name in "", [] or `` quotes.
bool ViewTranslation::readQuotedName(Reading &reading, QString *why) const
{
    const QString &sql = reading.sql;
    const int i = reading.i;
    const QChar c = sql.at(i);
    const int end = SqlText::skipQuotedOrComment(sql, i);
    QString word = sql.mid(i + 1, end - i - 2);
    if (c != QLatin1Char('['))
        word.replace(QString(2, c), QString(c));
    if (m_retyped.contains(word.toLower())) {
        *why = tr("column “%1”, which becomes a boolean").arg(word);
        return false;
    }
    reading.out += translatedName(word, true);
    reading.i = end;
    return true;
}

// A number, copied as it is; SQLite's hexadecimal ones PostgreSQL does not read.
bool ViewTranslation::readNumber(Reading &reading, QString *why) const
{
    const QString &sql = reading.sql;
    const int i = reading.i;
    const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
    if (sql.at(i) == QLatin1Char('0') && (next == QLatin1Char('x') || next == QLatin1Char('X'))) {
        *why = tr("a hexadecimal number");
        return false;
    }
    const int end = numberEnd(sql, i);
    reading.out += sql.mid(i, end - i);
    reading.i = end;
    return true;
}

// A bare word: a keyword, a function's name or a table's or column's name.
bool ViewTranslation::readWord(Reading &reading, QString *why) const
{
    const QString &sql = reading.sql;
    const int end = wordEnd(sql, reading.i);
    const QString word = sql.mid(reading.i, end - reading.i);
    const QString upper = word.toUpper();
    const QString lower = word.toLower();
    const int after = skipSpaces(sql, end);
    const bool call = after < sql.size() && sql.at(after) == QLatin1Char('(');
    const bool keyword
        = SqlKeywords::contains(word) && (structural(upper) || !m_names.contains(lower));
    if (sqliteOnly(upper) && !m_names.contains(lower)) {
        *why = tr("%1, which PostgreSQL reads differently").arg(upper);
        return false;
    }
    if (m_retyped.contains(lower) && !keyword) {
        *why = tr("column “%1”, which becomes a boolean").arg(word);
        return false;
    }
    if (call && !keyword) {
        if (!translateCall(reading, lower, after, why))
            return false;
    } else if (keyword) {
        if (!translateKeyword(reading, upper, after, why))
            return false;
    } else {
        reading.out += translatedName(word, false);
    }
    reading.i = end;
    return true;
}

// The name of the function `lower` whose '(' is at `after`, if PostgreSQL has it for any
// arguments.
bool ViewTranslation::translateCall(Reading &reading,
                                    const QString &lower,
                                    int after,
                                    QString *why) const
{
    if (!sharedFunction(lower)) {
        *why = tr("the function %1()").arg(lower);
        return false;
    }
    if ((lower == QLatin1String("min") || lower == QLatin1String("max"))
        && topLevelCommas(reading.sql, after) > 0) {
        *why = tr("%1() of several values").arg(lower);
        return false;
    }
    reading.out += lower == QLatin1String("ifnull") ? QStringLiteral("coalesce") : lower;
    return true;
}

// The keyword `upper`, followed by the text at `after`.
bool ViewTranslation::translateKeyword(Reading &reading,
                                       const QString &upper,
                                       int after,
                                       QString *why) const
{
    // SQLite's IS compares any two values; PostgreSQL's only NULL, TRUE, FALSE.
    if (upper == QLatin1String("IS") && !postgresIsOperand(reading.sql, after)) {
        *why = tr("IS between two values");
        return false;
    }
    if (upper == QLatin1String("LIMIT"))
        reading.afterLimit = true;
    reading.out += upper == QLatin1String("LIKE") ? QStringLiteral("ILIKE") : upper;
    return true;
}

// One of the operators and punctuation both engines read alike, keeping count of parentheses.
bool ViewTranslation::readPunctuation(Reading &reading, QString *why) const
{
    const QChar c = reading.sql.at(reading.i);
    if (c == QLatin1Char('('))
        ++reading.depth;
    else if (c == QLatin1Char(')'))
        --reading.depth;
    else if (c == QLatin1Char(',') && reading.afterLimit && reading.depth == 0) {
        *why = tr("LIMIT with a comma");
        return false;
    }
    reading.out += c;
    ++reading.i;
    return true;
}

QString ViewTranslation::select(const QString &createViewSql, QString *why) const
{
    const QString sql = body(createViewSql);
    if (sql.isEmpty()) {
        *why = tr("a CREATE VIEW statement Rowbook cannot read");
        return {};
    }
    Reading reading(sql);
    QString &out = reading.out;
    int &i = reading.i;
    const int n = int(sql.size());
    while (i < n) {
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
            if (!readQuotedName(reading, why))
                return {};
        } else if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            if (!readNumber(reading, why))
                return {};
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            if (!readWord(reading, why))
                return {};
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
            if (!readPunctuation(reading, why))
                return {};
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

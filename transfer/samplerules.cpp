// How Table → Fill with Sample Data chooses a column's generator: from its declared type, its
// name and its simple CHECK constraints (SampleData::plan()).
#include "samplerules.h"

#include "typemapping.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace rowbook::SampleRules {
namespace {

// The context these messages are looked up and filed (lupdate) under: SampleData's.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)
};

// How a column's name can be spelled in a CHECK expression.
QString columnPattern(const QString &name)
{
    const QString e = QRegularExpression::escape(name);
    return QStringLiteral("(?:\"%1\"|\\[%1\\]|`%1`|\\b%1\\b)").arg(e);
}

QVariantList listValues(const QString &items)
{
    QVariantList values;
    static const QRegularExpression item(
        QStringLiteral("\\s*(?:'((?:[^']|'')*)'|(-?[0-9]+(?:\\.[0-9]+)?))\\s*(?:,|$)"));
    auto it = item.globalMatch(items);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(1) >= 0)
            values << m.captured(1).replace(QLatin1String("''"), QLatin1String("'"));
        else if (m.captured(2).contains(QLatin1Char('.')))
            values << m.captured(2).toDouble();
        else
            values << m.captured(2).toLongLong();
    }
    return values;
}

// The generators a column's declared type decides, alone or with its name: bytes, booleans,
// dates and times. False when the type leaves the choice to the name.
bool guessFromType(const QString &name,
                   const QString &type,
                   TypeMapping::Affinity affinity,
                   SampleData::Column *column)
{
    using G = SampleData::Generator;
    if (affinity == TypeMapping::Affinity::Blob && !type.isEmpty()) {
        column->generator = G::Blob;
    } else if (type.contains(QLatin1String("BOOL"))
               || (affinity == TypeMapping::Affinity::Integer
                   && (name.startsWith(QLatin1String("is")) || name.startsWith(QLatin1String("has"))
                       || has(name, {"done", "active", "enabled", "flag"})))) {
        column->generator = G::Boolean;
    } else if (type.contains(QLatin1String("DATETIME"))
               || type.contains(QLatin1String("TIMESTAMP"))) {
        column->generator = G::DateTime;
    } else if (type.contains(QLatin1String("DATE")) || has(name, {"date", "birth", "day"})) {
        column->generator = G::Date;
    } else {
        return false;
    }
    return true;
}

// The generators a column's name decides: contacts, people, companies, places and text.
// `personal`: the table holds people, so a bare "name" is a person's. False for no such name.
bool guessFromName(const QString &name, bool personal, SampleData::Column *column)
{
    using G = SampleData::Generator;
    if (has(name, {"email", "mail"})) {
        column->generator = G::Email;
    } else if (has(name, {"phone", "fax", "mobile", "tel"})) {
        column->generator = G::Phone;
    } else if (name.contains(QLatin1String("first")) || name == QLatin1String("givenname")) {
        column->generator = G::FirstName;
    } else if (has(name, {"last", "surname", "family"})) {
        column->generator = G::LastName;
    } else if (has(name, {"company", "employer", "organi", "vendor", "supplier", "brand"})) {
        column->generator = G::Company;
    } else if (has(name, {"city", "town"})) {
        column->generator = G::City;
    } else if (has(name, {"fullname", "author", "contact", "owner"})
               || (name == QLatin1String("name") && personal)) {
        column->generator = G::PersonName;
    } else if (has(name, {"name", "title", "label", "product", "subject"})) {
        column->generator = G::Title;
    } else if (has(name, {"desc", "note", "comment", "text", "body", "summary", "remark", "bio"})) {
        column->generator = G::Sentence;
    } else {
        return false;
    }
    return true;
}

// The generators left when neither type nor name decided: integers (in the range a year, an age
// or a quantity takes), amounts, and words for everything else.
void guessNumber(const QString &name, TypeMapping::Affinity affinity, SampleData::Column *column)
{
    using G = SampleData::Generator;
    if (affinity == TypeMapping::Affinity::Integer) {
        column->generator = G::Integer;
        if (name.contains(QLatin1String("year"))) {
            column->min = 1990;
            column->max = 2025;
        } else if (name.contains(QLatin1String("age"))) {
            column->min = 18;
            column->max = 90;
        } else if (has(name, {"quantity", "qty", "count", "stock"})) {
            column->min = 0;
            column->max = 500;
        }
    } else if (affinity == TypeMapping::Affinity::Real || affinity == TypeMapping::Affinity::Numeric
               || has(name, {"price", "amount", "total", "cost", "salary", "balance", "fee"})) {
        column->generator = G::Amount;
    } else {
        column->generator = G::Word;
    }
}

// The bounds a column's CHECKs set, before they meet the generator's own range.
struct Bounds
{
    bool hasLow = false;
    bool hasHigh = false;
    qint64 min = 0;
    qint64 max = 0;
    double realMin = 0;
    double realMax = 0;
};

// Narrows `column` to `bounds`: both bounds replace the generator's range (-40..-10 can be); a
// single one narrows it (a year stays a recent year), and when nothing is left, a range of
// 1,000 on the bound's side. Then NUMERIC(p,s): fewer than p - s whole digits, on the column's
// scale (a strict > 0 of NUMERIC(10,0) is at least 1).
void settleRange(const SampleSchema::Column &facts,
                 const Bounds &bounds,
                 SampleData::Column *column)
{
    if (bounds.hasLow && bounds.hasHigh) {
        column->min = bounds.min;
        column->max = bounds.max;
        column->realMin = bounds.realMin;
        column->realMax = bounds.realMax;
    } else if (bounds.hasLow) {
        column->min = std::max(column->min, bounds.min);
        column->realMin = std::max(column->realMin, bounds.realMin);
        column->max = column->min > column->max ? column->min + 999 : column->max;
        column->realMax
            = column->realMin > column->realMax ? column->realMin + 999 : column->realMax;
    } else if (bounds.hasHigh) {
        column->max = std::min(column->max, bounds.max);
        column->realMax = std::min(column->realMax, bounds.realMax);
        column->min = column->min > column->max ? column->max - 999 : column->min;
        column->realMin
            = column->realMin > column->realMax ? column->realMax - 999 : column->realMin;
    }
    int precision = 0;
    int scale = 0;
    if (column->generator != SampleData::Generator::Amount
        || !TypeMapping::numericPrecision(facts.declared, &precision, &scale) || precision < scale)
        return;
    const double unit = std::pow(10.0, -scale);
    const double limit = std::pow(10.0, precision - scale) - unit;
    column->realMax = std::floor(std::min(column->realMax, limit) / unit + 1e-9) * unit;
    column->realMin = std::ceil(std::max(column->realMin, -limit) / unit - 1e-9) * unit;
    if (!bounds.hasLow && column->realMin > column->realMax) // NUMERIC(3,3): below 1
        column->realMin = std::min(0.0, column->realMax);
}

} // namespace

bool has(const QString &name, std::initializer_list<const char *> parts)
{
    for (const char *part : parts) {
        if (name.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

// Narrows `column` by NUMERIC(p,s) and the simple CHECK forms: IN (…), BETWEEN, comparisons with
// a number, length(col) <= n. Anything else is left to the database, which names it if a value
// breaks it.
void applyChecks(const SampleSchema::Column &facts, SampleData::Column *column)
{
    const QString c = columnPattern(facts.name);
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    const QString number = QStringLiteral("(-?[0-9]+(?:\\.[0-9]+)?)");
    using G = SampleData::Generator;
    if (column->generator == G::Skip || column->generator == G::ForeignKey)
        return; // left to the database, or keys of the parent
    Bounds bounds;
    for (const QString &check : facts.checks) {
        const QRegularExpressionMatch in
            = QRegularExpression(c + QStringLiteral("\\s+IN\\s*\\(([^)]*)\\)"), ci).match(check);
        if (in.hasMatch()) {
            column->generator = G::List;
            column->list = listValues(in.captured(1));
            column->why = Text::tr("CHECK … IN (…)");
            continue;
        }
        bool bounded = false;
        const auto lower = [&](double v, bool strict) {
            const auto low = qint64(strict ? std::floor(v) + 1 : std::ceil(v));
            const double realLow = strict ? v + 0.01 : v;
            bounds.min = bounds.hasLow ? std::max(bounds.min, low) : low;
            bounds.realMin = bounds.hasLow ? std::max(bounds.realMin, realLow) : realLow;
            bounds.hasLow = bounded = true;
        };
        const auto upper = [&](double v, bool strict) {
            const auto high = qint64(strict ? std::ceil(v) - 1 : std::floor(v));
            const double realHigh = strict ? v - 0.01 : v;
            bounds.max = bounds.hasHigh ? std::min(bounds.max, high) : high;
            bounds.realMax = bounds.hasHigh ? std::min(bounds.realMax, realHigh) : realHigh;
            bounds.hasHigh = bounded = true;
        };
        const QRegularExpressionMatch between
            = QRegularExpression(c + QStringLiteral("\\s+BETWEEN\\s+") + number
                                     + QStringLiteral("\\s+AND\\s+") + number,
                                 ci)
                  .match(check);
        if (between.hasMatch()) {
            lower(between.captured(1).toDouble(), false);
            upper(between.captured(2).toDouble(), false);
        }
        auto it = QRegularExpression(c + QStringLiteral("\\s*(>=|>|<=|<)\\s*") + number, ci)
                      .globalMatch(check);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString op = m.captured(1);
            if (op.startsWith(QLatin1Char('>')))
                lower(m.captured(2).toDouble(), op == QLatin1String(">"));
            else
                upper(m.captured(2).toDouble(), op == QLatin1String("<"));
        }
        it = QRegularExpression(number + QStringLiteral("\\s*(>=|>|<=|<)\\s*") + c, ci)
                 .globalMatch(check);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString op = m.captured(2);
            if (op.startsWith(QLatin1Char('<')))
                lower(m.captured(1).toDouble(), op == QLatin1String("<"));
            else
                upper(m.captured(1).toDouble(), op == QLatin1String(">"));
        }
        const QRegularExpressionMatch length
            = QRegularExpression(QStringLiteral("length\\s*\\(\\s*") + c
                                     + QStringLiteral("\\s*\\)\\s*(<=|<)\\s*([0-9]+)"),
                                 ci)
                  .match(check);
        if (length.hasMatch()) {
            const int n = length.captured(2).toInt() - (length.captured(1) == QLatin1String("<"));
            column->maxLength = column->maxLength > 0 ? std::min(column->maxLength, n) : n;
        }
        if (bounded)
            column->why += Text::tr(", within its CHECK");
    }
    settleRange(facts, bounds, column);
}

// The generator of a column that is neither the row key nor a foreign key: from its declared
// type first, then from its name (compared in lower case, letters only).
void guessGenerator(const SampleSchema::Column &facts, bool personal, SampleData::Column *column)
{
    static const QRegularExpression notLetters(QStringLiteral("[^a-z]"));
    const QString name = facts.name.toLower().remove(notLetters);
    const QString type = facts.declared.toUpper();
    const TypeMapping::Affinity affinity = TypeMapping::affinity(facts.declared);
    if (!guessFromType(name, type, affinity, column) && !guessFromName(name, personal, column))
        guessNumber(name, affinity, column);
}

// False with `error` when the column's CHECK leaves nothing to draw: no list value Rowbook can
// read, or an empty range.
bool allowsValues(const SampleSchema::Column &facts,
                  const SampleData::Column &column,
                  QString *error)
{
    using G = SampleData::Generator;
    if (column.generator == G::List && column.list.isEmpty()) {
        *error = Text::tr("The CHECK of column “%1” allows no value Rowbook can read.")
                     .arg(facts.name);
        return false;
    }
    if ((column.generator == G::Integer && column.min > column.max)
        || (column.generator == G::Amount && column.realMin > column.realMax)) {
        *error = Text::tr("The CHECK of column “%1” allows no value.").arg(facts.name);
        return false;
    }
    return true;
}

} // namespace rowbook::SampleRules

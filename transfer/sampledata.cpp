#include "sampledata.h"

#include "samplerules.h"
#include "typemapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)
};

// A word list of resources/sample/, one entry a line.
const QStringList &words(const char *name)
{
    static QHash<QByteArray, QStringList> lists;
    auto found = lists.find(name);
    if (found != lists.end())
        return *found;
    QStringList list;
    QFile file(QStringLiteral(":/sample/%1.txt").arg(QLatin1String(name)));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                list << QString::fromUtf8(line.trimmed());
        }
    }
    if (list.isEmpty())
        list << QStringLiteral("sample");
    return *lists.insert(name, list);
}

// Turns a word into one that starts with a capital, for titles and sentences.
QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

} // namespace

QString SampleData::generatorName(Generator generator)
{
    switch (generator) {
    case Generator::Skip:
        return Text::tr("left to the database");
    case Generator::PersonName:
        return Text::tr("person names");
    case Generator::FirstName:
        return Text::tr("first names");
    case Generator::LastName:
        return Text::tr("last names");
    case Generator::Email:
        return Text::tr("e-mail addresses");
    case Generator::Phone:
        return Text::tr("phone numbers");
    case Generator::City:
        return Text::tr("cities");
    case Generator::Company:
        return Text::tr("company names");
    case Generator::Word:
        return Text::tr("words");
    case Generator::Title:
        return Text::tr("titles");
    case Generator::Sentence:
        return Text::tr("sentences");
    case Generator::Date:
        return Text::tr("dates");
    case Generator::DateTime:
        return Text::tr("dates and times");
    case Generator::Amount:
        return Text::tr("amounts");
    case Generator::Integer:
        return Text::tr("integers");
    case Generator::Boolean:
        return Text::tr("booleans");
    case Generator::Sequence:
        return Text::tr("a sequence");
    case Generator::List:
        return Text::tr("values from a list");
    case Generator::ForeignKey:
        return Text::tr("keys of the parent table");
    case Generator::Blob:
        return Text::tr("random bytes");
    }
    return {};
}

bool SampleData::plan(
    const SampleSchema &schema,
    const std::function<QVariantList(const QString &, const QString &)> &parentKeys,
    const std::function<QVariantList(const QString &)> &existing,
    const std::function<qint64(const QString &)> &maxInteger,
    QString *error)
{
    m_columns.clear();
    m_seen.clear();
    m_next.clear();
    m_row = 0;
    const QString table = schema.table.toLower();
    const bool personal
        = SampleRules::has(table, {"user", "customer", "person", "people", "employee", "author",
                                   "artist", "contact", "member", "student", "staff"});
    for (const SampleSchema::Column &facts : schema.columns) {
        Column column;
        column.name = facts.name;
        column.unique = facts.unique;
        column.maxLength = TypeMapping::characterLength(facts.declared);
        column.min = 1;
        column.max = 1000;
        column.realMin = 1;
        column.realMax = 1000;
        using G = Generator;
        if (facts.computed) {
            column.generator = G::Skip;
            column.why = Text::tr("computed by the server");
        } else if (facts.keyAlias) {
            column.generator = G::Skip;
            column.why = facts.serverType.isEmpty() ? Text::tr("INTEGER PRIMARY KEY")
                                                    : Text::tr("numbered by the server");
        } else if (!facts.parentTable.isEmpty()) {
            column.generator = G::ForeignKey;
            column.list = parentKeys(facts.parentTable, facts.parentColumn);
            column.why = Text::tr("foreign key to “%1”").arg(facts.parentTable);
            if (column.list.isEmpty() && facts.notNull) {
                *error
                    = Text::tr("Column “%1” refers to table “%2”, which has no rows yet; fill “%2” "
                               "first.")
                          .arg(facts.name, facts.parentTable);
                return false;
            }
        } else if (!facts.generatable) {
            if (facts.notNull && !facts.hasDefault) {
                *error = Text::tr("Rowbook cannot make up values of type %1 for column “%2”, which "
                                  "is NOT NULL without a default; give it a default or allow "
                                  "NULL, then fill the table.")
                             .arg(facts.serverType, facts.name);
                return false;
            }
            column.generator = G::Skip;
            column.why = facts.hasDefault ? Text::tr("type %1: its default").arg(facts.serverType)
                                          : Text::tr("type %1: left empty").arg(facts.serverType);
        } else {
            SampleRules::guessGenerator(facts, personal, &column);
        }
        const QString type = facts.serverType.isEmpty() ? facts.declared : facts.serverType;
        if (column.why.isEmpty())
            column.why = type.isEmpty() ? Text::tr("from its name")
                                        : Text::tr("from its name and type %1").arg(type);
        SampleRules::applyChecks(facts, &column);
        if (column.unique && column.generator == G::Integer)
            column.generator = G::Sequence;
        if (column.generator == G::Sequence)
            column.min = std::max<qint64>(column.min, maxInteger(facts.name) + 1);
        if (!SampleRules::allowsValues(facts, column, error))
            return false;
        QSet<QString> seen;
        if (column.unique && column.generator != G::Skip) {
            for (const QVariant &value : existing(facts.name))
                seen.insert(value.toString());
        }
        m_seen << seen;
        m_next << column.min;
        m_columns << column;
    }
    return true;
}

QVector<SampleData::Generator> SampleData::choosable(Generator planned)
{
    using G = Generator;
    if (planned == G::Skip)
        return {G::Skip};
    QVector<G> all{G::PersonName, G::FirstName, G::LastName, G::Email,    G::Phone, G::City,
                   G::Company,    G::Word,      G::Title,    G::Sentence, G::Date,  G::DateTime,
                   G::Amount,     G::Integer,   G::Boolean,  G::Sequence, G::List,  G::Blob};
    if (planned == G::ForeignKey)
        all.prepend(G::ForeignKey);
    return all;
}

bool SampleData::choose(const Column &choice, QString *error)
{
    using G = Generator;
    for (int i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        if (column.name.compare(choice.name, Qt::CaseInsensitive) != 0)
            continue;
        if (!choosable(column.generator).contains(choice.generator)) {
            *error = Text::tr("Column “%1” cannot take the generator %2.")
                         .arg(column.name, generatorName(choice.generator));
            return false;
        }
        if ((choice.generator == G::Integer || choice.generator == G::Sequence)
            && choice.min > choice.max) {
            *error = Text::tr("The range of column “%1” is empty: %2 is more than %3.")
                         .arg(column.name)
                         .arg(choice.min)
                         .arg(choice.max);
            return false;
        }
        if (choice.generator == G::Amount && choice.realMin > choice.realMax) {
            *error = Text::tr("The range of column “%1” is empty: %2 is more than %3.")
                         .arg(column.name)
                         .arg(choice.realMin)
                         .arg(choice.realMax);
            return false;
        }
        if (choice.generator == G::List && choice.list.isEmpty()) {
            *error = Text::tr("The list of values for column “%1” is empty.").arg(column.name);
            return false;
        }
        if (choice.generator == column.generator && choice.min == column.min
            && choice.max == column.max && choice.realMin == column.realMin
            && choice.realMax == column.realMax
            && (choice.generator != G::List || choice.list == column.list))
            return true; // the planned choice, as shown
        column.generator = choice.generator;
        column.min = choice.min;
        column.max = choice.max;
        column.realMin = choice.realMin;
        column.realMax = choice.realMax;
        if (choice.generator == G::List)
            column.list = choice.list;
        column.why = Text::tr("chosen by you");
        m_next[i] = column.min;
        return true;
    }
    *error = Text::tr("Table has no column “%1”.").arg(choice.name);
    return false;
}

qint64 SampleData::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const auto span = quint64(high - low) + 1;
    return low + qint64(m_random() % span);
}

QString SampleData::pick(const QStringList &list)
{
    return list.at(int(between(0, list.size() - 1)));
}

// The names of people, places and companies, and the addresses and numbers to reach them at.
QString SampleData::contactValue(Generator generator)
{
    using G = Generator;
    switch (generator) {
    case G::PersonName:
        return pick(words("first-names")) + QLatin1Char(' ') + pick(words("last-names"));
    case G::FirstName:
        return pick(words("first-names"));
    case G::LastName:
        return pick(words("last-names"));
    case G::Email: {
        static const QStringList domains{QStringLiteral("example.com"),
                                         QStringLiteral("example.org"),
                                         QStringLiteral("example.net")};
        return QStringLiteral("%1.%2@%3")
            .arg(pick(words("first-names")).toLower(), pick(words("last-names")).toLower(),
                 pick(domains));
    }
    case G::Phone:
        return QStringLiteral("+1-555-%1-%2")
            .arg(between(100, 999))
            .arg(between(0, 9999), 4, 10, QLatin1Char('0'));
    case G::City:
        return pick(words("cities"));
    case G::Company: {
        static const QStringList kinds{QStringLiteral("Ltd"), QStringLiteral("Inc"),
                                       QStringLiteral("GmbH"), QStringLiteral("Group"),
                                       QStringLiteral("& Co")};
        return pick(words("companies")) + QLatin1Char(' ') + pick(kinds);
    }
    default:
        break; // not a contact generator; value() does not ask for one
    }
    return {};
}

// Text from the word list: a word, a title or a sentence.
QString SampleData::textValue(Generator generator)
{
    using G = Generator;
    switch (generator) {
    case G::Word:
        return pick(words("words"));
    case G::Title: {
        QStringList parts;
        const int n = int(between(2, 3));
        for (int i = 0; i < n; ++i)
            parts << capitalised(pick(words("words")));
        return parts.join(QLatin1Char(' '));
    }
    case G::Sentence: {
        QStringList parts;
        const int n = int(between(5, 12));
        for (int i = 0; i < n; ++i)
            parts << pick(words("words"));
        return capitalised(parts.join(QLatin1Char(' '))) + QLatin1Char('.');
    }
    default:
        break; // not a text generator; value() does not ask for one
    }
    return {};
}

QVariant SampleData::value(Column &column, int index)
{
    using G = Generator;
    switch (column.generator) {
    case G::Skip:
        return {};
    case G::PersonName:
    case G::FirstName:
    case G::LastName:
    case G::Email:
    case G::Phone:
    case G::City:
    case G::Company:
        return contactValue(column.generator);
    case G::Word:
    case G::Title:
    case G::Sentence:
        return textValue(column.generator);
    case G::Date:
        return QDate(2015, 1, 1).addDays(between(0, 4016)).toString(Qt::ISODate);
    case G::DateTime:
        return QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC)
            .addSecs(between(0, 4016LL * 86400))
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case G::Amount: {
        const double unit = double(m_random() >> 11) * 0x1.0p-53;
        const double cents
            = std::round((column.realMin + unit * (column.realMax - column.realMin)) * 100);
        return std::clamp(cents / 100, column.realMin, column.realMax);
    }
    case G::Integer:
        return between(column.min, column.max);
    case G::Boolean:
        return between(0, 1);
    case G::Sequence:
        return m_next[index]++;
    case G::List:
    case G::ForeignKey:
        if (column.list.isEmpty())
            return {};
        return column.list.at(int(between(0, column.list.size() - 1)));
    case G::Blob: {
        QByteArray bytes(16, '\0');
        for (char &byte : bytes)
            byte = char(m_random() & 0xff);
        return bytes;
    }
    }
    return {};
}

QVariantList SampleData::nextRow()
{
    QVariantList row;
    ++m_row;
    for (int i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        if (column.generator == Generator::Skip)
            continue;
        QVariant v = value(column, i);
        const bool text = v.metaType().id() == QMetaType::QString;
        if (text && column.maxLength > 0 && v.toString().size() > column.maxLength) {
            // Cut a sentence or title at a word, not inside one.
            QString s = v.toString().left(column.maxLength);
            const qsizetype space = s.lastIndexOf(QLatin1Char(' '));
            if (space > 0
                && (column.generator == Generator::Sentence
                    || column.generator == Generator::Title))
                s = s.left(space);
            v = s;
        }
        if (column.unique && !v.isNull()) {
            // Draw again a few times, then make it unique with a number.
            for (int attempt = 0; attempt < 20 && m_seen[i].contains(v.toString()); ++attempt) {
                v = value(column, i);
                if (text && column.maxLength > 0)
                    v = v.toString().left(column.maxLength);
            }
            if (m_seen[i].contains(v.toString()) && text) {
                QString s = v.toString();
                const QString suffix = QString::number(m_row);
                const qsizetype at
                    = column.generator == Generator::Email ? s.indexOf(QLatin1Char('@')) : s.size();
                s.insert(at,
                         (column.generator == Generator::Email ? QString() : QStringLiteral(" "))
                             + suffix);
                if (column.maxLength > 0 && s.size() > column.maxLength)
                    s = s.left(column.maxLength - suffix.size()) + suffix;
                v = s;
            }
            m_seen[i].insert(v.toString());
        }
        row << v;
    }
    return row;
}

} // namespace rowbook

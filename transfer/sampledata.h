#pragma once

#include "sampleschema.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <random>

namespace rowbook {

// Believable values for the columns of a table: a generator per column, chosen from its name,
// declared type and constraints, and values drawn from a seeded generator, so the same seed on
// the same schema gives the same rows. Headless; `rowbook populate` uses it through PopulateJob.
class SampleData
{
public:
    enum class Generator {
        Skip, // left to the database: INTEGER PRIMARY KEY, identity, a type without generator
        PersonName,
        FirstName,
        LastName,
        Email,
        Phone,
        City,
        Company,
        Word,
        Title, // two or three capitalised words
        Sentence,
        Date,
        DateTime,
        Amount,
        Integer, // within [min, max]
        Boolean,
        Sequence, // min, min + 1, …
        List,     // one of `list`
        ForeignKey,
        Blob,
    };

    struct Column
    {
        QString name;
        Generator generator = Generator::Word;
        qint64 min = 0;
        qint64 max = 0;
        double realMin = 0;
        double realMax = 0;
        int maxLength = 0; // 0: no limit
        bool unique = false;
        QVariantList list; // List: the allowed values; ForeignKey: the parent's keys
        QString why;       // how the generator was chosen, for people
    };

    // Chooses the generators; `parentKeys(table, column)` and `existing(column)` read the
    // database (the parent's keys; the values a UNIQUE column holds already). False with
    // `error` when a column cannot be filled (a NOT NULL foreign key to an empty parent).
    bool plan(const SampleSchema &schema,
              const std::function<QVariantList(const QString &, const QString &)> &parentKeys,
              const std::function<QVariantList(const QString &)> &existing,
              const std::function<qint64(const QString &)> &maxInteger,
              QString *error);

    // After plan(): the user's choice for the column of `choice.name` (generator, range, list)
    // instead of the planned one. False with `error` when it cannot be: an unknown column, an
    // INTEGER PRIMARY KEY, a foreign key on a column without one, an empty range or list.
    bool choose(const Column &choice, QString *error);
    // The generators a person can choose for a column planned as `planned`.
    static QVector<Generator> choosable(Generator planned);

    const QVector<Column> &columns() const { return m_columns; }
    static QString generatorName(Generator generator);

    void seed(quint64 seed) { m_random.seed(seed); }
    // The next row, one value per column that is not skipped, in column order.
    QVariantList nextRow();

private:
    QVariant value(Column &column, int index);
    // value() for the contact generators (names, e-mail, phone, city, company) and the text ones.
    QString contactValue(Generator generator);
    QString textValue(Generator generator);
    QString pick(const QStringList &list);
    qint64 between(qint64 low, qint64 high);

    QVector<Column> m_columns;
    QVector<QSet<QString>> m_seen; // per column, for UNIQUE
    QVector<qint64> m_next;        // per column, for Sequence
    std::mt19937_64 m_random;
    qint64 m_row = 0;
};

} // namespace rowbook

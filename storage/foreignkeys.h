#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace rowbook {

// A one-column foreign key: `column` of `table` holds values of `parentColumn` of `parentTable`.
// `labelColumn` is the parent's most descriptive column, shown instead of the bare key: the first
// text column whose name looks like a name or title, else the first text column (may be empty).
struct ForeignKey
{
    QString table;
    QString column;
    QString parentTable;
    QString parentColumn;
    QString labelColumn;

    bool isValid() const { return !parentTable.isEmpty(); }
};

// A foreign key of any width, composite ones included: `columns` of `table` hold values of
// `parentColumns` of `parentTable`, pair by pair in declaration order. When the key names no
// parent columns they are the parent's primary key (or its row key); they stay empty when the
// parent table does not exist.
struct ForeignKeyConstraint
{
    QString table;
    QStringList columns;
    QString parentTable;
    QStringList parentColumns;
    QString onDelete; // NO ACTION, RESTRICT, CASCADE, SET NULL or SET DEFAULT
    QString onUpdate; // the same

    // Whether deleting a parent row deletes or changes the rows that refer to it.
    bool changesChildren() const { return changes(onDelete); }
    // Whether changing the parent's referred values changes the rows that refer to it.
    bool followsKeyChanges() const { return changes(onUpdate); }

private:
    static bool changes(const QString &action)
    {
        return action == QLatin1String("CASCADE") || action.startsWith(QLatin1String("SET"));
    }
};

struct KeyChoice
{
    QVariant key;
    QString label;
};

// Looking up foreign keys and the parent rows they point at, with bounded queries so the GUI's
// reader connection never scans a whole parent table for an editor.
class ForeignKeys
{
public:
    static constexpr int choiceLimit = 1000;

    // The one-column foreign keys of `table`: the ones an editor can offer parent rows for.
    // `failed`, when given, says whether the catalog could not be read (then none are given).
    static QVector<ForeignKey>
    of(const QSqlDatabase &db, const QString &table, bool *failed = nullptr);
    // Every foreign key of `table`, composite ones included, in declaration order.
    static QVector<ForeignKeyConstraint>
    constraints(const QSqlDatabase &db, const QString &table, bool *failed = nullptr);
    // The foreign keys of other tables (and of `parentTable` itself) that refer to `parentTable`;
    // on a server, those of tables in other schemas too (their table named schema.table).
    static QVector<ForeignKeyConstraint>
    referringTo(const QSqlDatabase &db, const QString &parentTable, bool *failed = nullptr);
    // How many times constraints() has read a catalog in this process (tests count the reads).
    static int constraintReads();
    static ForeignKey find(const QSqlDatabase &db, const QString &table, const QString &column);
    // The key of `column` among `keys` (as of() gives them); invalid when it has none.
    static ForeignKey find(const QVector<ForeignKey> &keys, const QString &column);
    // Parent rows ordered by label (those whose label contains `search`, when given); `error`,
    // when given, gets why the rows could not be read (empty when they were).
    static QVector<KeyChoice> choices(const QSqlDatabase &db,
                                      const ForeignKey &key,
                                      const QString &search = {},
                                      int limit = choiceLimit,
                                      QString *error = nullptr);
    static QString label(const QSqlDatabase &db, const ForeignKey &key, const QVariant &value);
    // The row key of the parent row `value` refers to, as the parent's key loader reads it (the
    // rowid, an integer primary key, or a mapped key's columns as text: TableInfo::keySelect);
    // empty when there is none.
    static QVariantList
    parentKey(const QSqlDatabase &db, const ForeignKey &key, const QVariant &value);
};

} // namespace rowbook

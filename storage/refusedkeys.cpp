#include "refusedkeys.h"

#include "catalog.h"
#include "driverkind.h"
#include "oneshot.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rowbook {
namespace {

// Whether the parent row that `key` makes the updated row refer to is there: true when the
// update set one of its columns to NULL (such a reference holds); false when the update left
// some of its columns as they were (the row's other values are not at hand here) or the parent
// could not be read (`failed` is then set).
bool parentIsThere(const QSqlDatabase &db,
                   const ForeignKeyConstraint &key,
                   const RowChange &change,
                   bool *failed)
{
    QVariantList values;
    for (const QString &column : key.columns) {
        const auto it
            = std::find_if(change.values.begin(), change.values.end(), [&column](const auto &pair) {
                  return pair.first.compare(column, Qt::CaseInsensitive) == 0;
              });
        if (it == change.values.end())
            return false;
        if (it->second.isNull())
            return true;
        values << it->second;
    }
    if (key.parentColumns.size() != key.columns.size())
        return false;
    QStringList conditions;
    for (const QString &column : key.parentColumns)
        conditions << Catalog::quote(column) + QStringLiteral(" = ?");
    // One statement, not a server-side PREPARE whose DEALLOCATE would fail in an aborted
    // transaction: the values are the row's, each of its column's kind.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!oneshot::exec(
            query,
            QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1")
                .arg(Catalog::quote(key.parentTable), conditions.join(QLatin1String(" AND "))),
            values)) {
        *failed = true;
        return false;
    }
    return query.next();
}

// Whether `change` writes one of `columns`.
bool writesAny(const RowChange &change, const QStringList &columns)
{
    return std::any_of(change.values.begin(), change.values.end(), [&columns](const auto &pair) {
        return columns.contains(pair.first, Qt::CaseInsensitive);
    });
}

using Keys = QVector<ForeignKeyConstraint>;

// The keys `read(db, table, failed)` gives, read once a batch into `cache`; nullptr when they
// could not be read (`failed` is then set).
const Keys *cached(QHash<QString, Keys> &cache,
                   const QSqlDatabase &db,
                   const QString &table,
                   Keys (*read)(const QSqlDatabase &, const QString &, bool *),
                   bool *failed)
{
    auto found = cache.constFind(table);
    if (found == cache.constEnd()) {
        const Keys keys = read(db, table, failed);
        if (*failed)
            return nullptr;
        found = cache.insert(table, keys);
    }
    return &found.value();
}

// Whether the update's own references lead to rows that are there: then the foreign key that
// refused it is one of other rows referring to it. False when one may be the one at fault, or
// the keys could not be read (`failed` is then set).
bool ownReferencesHold(const QSqlDatabase &db,
                       const RowChange &change,
                       RefusedKeys::Known *known,
                       bool *failed)
{
    const Keys *own = cached(known->own, db, change.table, &ForeignKeys::constraints, failed);
    if (!own)
        return false;
    for (const ForeignKeyConstraint &key : *own) {
        if (writesAny(change, key.columns) && !parentIsThere(db, key, change, failed))
            return false;
    }
    return !*failed;
}

// A referring table's name for SQL: on a server, one in another schema comes as "schema.table".
QString quotedTable(const QSqlDatabase &db, const QString &name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot < 0 || !isPostgres(db))
        return Catalog::quote(name);
    return Catalog::quote(name.left(dot)) + QLatin1Char('.') + Catalog::quote(name.mid(dot + 1));
}

// The tables with rows that refer to the row `keyIs` picks, by a foreign key that refuses the
// change: one that does not delete or change them with the row (a deletion), or one on a column
// the update writes that does not follow it (ON UPDATE). Read before the change, the row as it
// was; each lookup can use an index on the referring columns.
QStringList referringTables(const QSqlDatabase &db,
                            const RowChange &change,
                            const QString &keyIs,
                            RefusedKeys::Known *known,
                            bool *failed)
{
    const Keys *referring
        = cached(known->referring, db, change.table, &ForeignKeys::referringTo, failed);
    if (!referring)
        return {};
    QStringList tables;
    for (const ForeignKeyConstraint &key : *referring) {
        const bool refuses = change.kind == RowChange::Delete
                                 ? !key.changesChildren()
                                 : writesAny(change, key.parentColumns) && !key.followsKeyChanges();
        if (!refuses || tables.contains(key.table) || key.columns.isEmpty()
            || key.parentColumns.size() != key.columns.size())
            continue;
        QStringList columns;
        for (const QString &column : key.columns)
            columns << Catalog::quote(column);
        QStringList parentColumns;
        for (const QString &column : key.parentColumns)
            parentColumns << Catalog::quote(column);
        const auto tuple = [](const QStringList &names) {
            const QString list = names.join(QLatin1String(", "));
            return names.size() > 1 ? QLatin1Char('(') + list + QLatin1Char(')') : list;
        };
        // The inner query's unqualified columns are the parent's, also for a table that refers
        // to itself.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!oneshot::exec(query,
                           QStringLiteral("SELECT 1 FROM %1 WHERE %2 IN (SELECT %3 FROM %4 WHERE "
                                          "%5) LIMIT 1")
                               .arg(quotedTable(db, key.table), tuple(columns),
                                    parentColumns.join(QLatin1String(", ")),
                                    Catalog::quote(change.table), keyIs),
                           change.key.values())) {
            *failed = true;
            return {};
        }
        if (query.next())
            tables << key.table;
    }
    return tables;
}

const QString lookupSavepoint = QStringLiteral("SAVEPOINT rowbook_lookup");
const QString releaseLookup = QStringLiteral("RELEASE rowbook_lookup");
const QString rollbackToLookup = QStringLiteral("ROLLBACK TO rowbook_lookup");

} // namespace

void RefusedKeys::markReferenced(const QSqlDatabase &db,
                                 const RowChange &change,
                                 const QString &keyIs,
                                 Known *known,
                                 StorageError *error)
{
    const bool deletion = change.kind == RowChange::Delete;
    if (!error->isForeignKey() || (!deletion && change.kind != RowChange::Update))
        return;
    if (deletion)
        error->referenced = StorageError::DeletionRefused; // the only way a deletion is refused
    // In a savepoint of its own: a lookup that fails (a server's statement timeout) must not
    // abort the batch's transaction, only leave the message as it was.
    if (execute(db, lookupSavepoint).isError())
        return;
    bool failed = false;
    const bool referenced = deletion || ownReferencesHold(db, change, known, &failed);
    bool unnamed = failed;
    const QStringList tables = referenced && !failed
                                   ? referringTables(db, change, keyIs, known, &unnamed)
                                   : QStringList();
    if (unnamed)
        execute(db, rollbackToLookup); // should this fail, so does the batch's next statement
    if (execute(db, releaseLookup).isError())
        return;
    if (referenced && !failed) {
        error->referenced
            = deletion ? StorageError::DeletionRefused : StorageError::KeyChangeRefused;
        error->referringTables = tables;
    }
}

} // namespace rowbook

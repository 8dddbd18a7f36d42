#include "refusedkeys.h"

#include "catalog.h"
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

const QString lookupSavepoint = QStringLiteral("SAVEPOINT rowbook_lookup");
const QString releaseLookup = QStringLiteral("RELEASE rowbook_lookup");
const QString rollbackToLookup = QStringLiteral("ROLLBACK TO rowbook_lookup");

} // namespace

void RefusedKeys::markReferenced(const QSqlDatabase &db,
                                 const RowChange &change,
                                 Known *known,
                                 StorageError *error)
{
    if (!error->isForeignKey())
        return;
    if (change.kind == RowChange::Delete) {
        error->referenced = StorageError::DeletionRefused;
        return;
    }
    if (change.kind != RowChange::Update)
        return;
    // In a savepoint of its own: a lookup that fails (a server's statement timeout) must not
    // abort the batch's transaction, only leave the message as it was.
    if (execute(db, lookupSavepoint).isError())
        return;
    bool failed = false;
    auto own = known->constFind(change.table);
    if (own == known->constEnd()) {
        const QVector<ForeignKeyConstraint> read
            = ForeignKeys::constraints(db, change.table, &failed);
        if (!failed)
            own = known->insert(change.table, read);
    }
    bool ownReferencesHold = !failed;
    for (const ForeignKeyConstraint &key : failed ? QVector<ForeignKeyConstraint>() : *own) {
        const bool changed
            = std::any_of(change.values.begin(), change.values.end(), [&key](const auto &pair) {
                  return key.columns.contains(pair.first, Qt::CaseInsensitive);
              });
        if (changed && !parentIsThere(db, key, change, &failed)) {
            ownReferencesHold = false; // the row's own reference may be the one at fault
            break;
        }
    }
    if (failed)
        execute(db, rollbackToLookup); // should this fail, so does the batch's next statement
    failed = execute(db, releaseLookup).isError() || failed;
    if (ownReferencesHold && !failed)
        error->referenced = StorageError::KeyChangeRefused;
}

} // namespace rowbook

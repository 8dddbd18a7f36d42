// SaveWorker's compare-and-set UPDATE: a column is written only while the file still holds the
// value the user started from, so an edit never overwrites what another program wrote unseen.
#include "saveworker.h"

#include "backend.h"
#include "catalog.h"

#include <QStringList>

namespace rowbook {
StorageError
SaveWorker::applyChecked(const RowChange &change, const QString &keyIs, ChangeResult &result)
{
    const QString table = Catalog::quote(change.table);
    QStringList set;
    QStringList checks;
    for (const auto &[column, value] : change.values) {
        Q_UNUSED(value)
        const QString quoted = Catalog::quote(column);
        set << quoted + QStringLiteral(" = ?");
        if (change.expected.contains(column))
            checks << SqlDialect::of(m_db).holdsValue(quoted, kindOf(change.table, column));
    }
    result.key = change.key;
    QSqlQuery &update = statement(
        QStringLiteral("UPDATE %1 SET %2 WHERE %3%4")
            .arg(table, set.join(QLatin1String(", ")), keyIs,
                 checks.isEmpty() ? QString()
                                  : QStringLiteral(" AND ") + checks.join(QLatin1String(" AND "))));
    int position = 0;
    for (const auto &[column, value] : change.values)
        update.bindValue(position++, value);
    for (const QVariant &key : change.key.values())
        update.bindValue(position++, key);
    for (const auto &[column, value] : change.values) {
        if (change.expected.contains(column)) {
            update.bindValue(position++, change.expected.value(column));
            update.bindValue(position++, change.expected.value(column));
        }
    }
    if (!update.exec())
        return failure(update);
    const bool written = update.numRowsAffected() > 0;
    update.finish();
    if (written)
        return {};
    return settleUnwritten(change, keyIs, result);
}

// Nothing was written: the row is gone, or a checked column holds another value now. Inside
// the BEGIN IMMEDIATE transaction nobody else can write, and on PostgreSQL the row is locked as
// it is read, so what is read here stays true.
StorageError
SaveWorker::settleUnwritten(const RowChange &change, const QString &keyIs, ChangeResult &result)
{
    const SqlDialect &dialect = SqlDialect::of(m_db);
    const QString table = Catalog::quote(change.table);
    QStringList probes;
    for (const auto &[column, value] : change.values) {
        Q_UNUSED(value)
        if (change.expected.contains(column)) {
            const QString quoted = Catalog::quote(column);
            const ColumnKind kind = kindOf(change.table, column);
            probes << quoted << dialect.holdsValue(quoted, kind)
                   << dialect.holdsValue(quoted, kind);
        }
    }
    QSqlQuery &probe = statement(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3%4")
            .arg(probes.isEmpty() ? QStringLiteral("1") : probes.join(QLatin1String(", ")), table,
                 keyIs, dialect.lockRowsClause()));
    int position = 0;
    for (const auto &[column, value] : change.values) {
        if (change.expected.contains(column)) {
            for (int i = 0; i < 2; ++i)
                probe.bindValue(position++, change.expected.value(column));
            for (int i = 0; i < 2; ++i)
                probe.bindValue(position++, value);
        }
    }
    for (const QVariant &key : change.key.values())
        probe.bindValue(position++, key);
    if (!probe.exec())
        return failure(probe);
    if (!probe.next()) {
        probe.finish();
        return StorageError::make(StorageError::Gone,
                                  QStringLiteral("no row with key %1").arg(change.key.toText()));
    }
    RowChange rest = change;
    rest.values.clear();
    int field = 0;
    for (const auto &[column, value] : change.values) {
        if (!change.expected.contains(column)) {
            rest.values.push_back({column, value});
            continue;
        }
        const QVariant theirs = probe.value(field);
        const bool unchanged = probe.value(field + 1).toBool();
        const bool alreadyMine = probe.value(field + 2).toBool();
        field += 3;
        if (unchanged)
            rest.values.push_back({column, value});
        else if (!alreadyMine) // the same value written elsewhere is no conflict
            result.theirs.insert(column, theirs);
    }
    probe.finish();
    if (!rest.values.isEmpty() && rest.values.size() < change.values.size()) {
        if (StorageError error = applyChecked(rest, keyIs, result); error.isError())
            return error;
    }
    if (result.theirs.isEmpty())
        return {};
    return StorageError::make(
        StorageError::Conflict,
        QStringLiteral("changed elsewhere: %1")
            .arg(QStringList(result.theirs.keys()).join(QLatin1String(", "))));
}

} // namespace rowbook

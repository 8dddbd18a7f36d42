// SaveWorker's compare-and-set UPDATE: a column is written only while the file still holds the
// value the user started from, so an edit never overwrites what another program wrote unseen.
#include "saveworker.h"

#include "catalog.h"

#include <QStringList>

namespace rowbook {
namespace {

// True when the column holds the bound value: with the column's affinity (a value Rowbook wrote
// as text into an INTEGER column reads back as a number) or without it (text "08" in a NUMERIC
// column stays text).
QString holds(const QString &column)
{
    return QStringLiteral("(%1 IS ? OR +%1 IS ?)").arg(column);
}

} // namespace

StorageError
SaveWorker::applyChecked(const RowChange &change, const QString &rowid, ChangeResult &result)
{
    const QString table = Catalog::quote(change.table);
    QStringList set;
    QStringList checks;
    for (const auto &[column, value] : change.values) {
        Q_UNUSED(value)
        const QString quoted = Catalog::quote(column);
        set << quoted + QStringLiteral(" = ?");
        if (change.expected.contains(column))
            checks << holds(quoted);
    }
    result.key = change.key;
    QSqlQuery &update = statement(
        QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?%4")
            .arg(table, set.join(QLatin1String(", ")), rowid,
                 checks.isEmpty() ? QString()
                                  : QStringLiteral(" AND ") + checks.join(QLatin1String(" AND "))));
    int position = 0;
    for (const auto &[column, value] : change.values)
        update.bindValue(position++, value);
    update.bindValue(position++, change.key.id());
    for (const auto &[column, value] : change.values) {
        if (change.expected.contains(column)) {
            update.bindValue(position++, change.expected.value(column));
            update.bindValue(position++, change.expected.value(column));
        }
    }
    if (!update.exec())
        return StorageError::fromSql(update.lastError());
    const bool written = update.numRowsAffected() > 0;
    update.finish();
    if (written)
        return {};
    return settleUnwritten(change, rowid, result);
}

// Nothing was written: the row is gone, or a checked column holds another value now. Inside
// the BEGIN IMMEDIATE transaction nobody else can write, so what is read here stays true.
StorageError
SaveWorker::settleUnwritten(const RowChange &change, const QString &rowid, ChangeResult &result)
{
    const QString table = Catalog::quote(change.table);
    QStringList probes;
    for (const auto &[column, value] : change.values) {
        Q_UNUSED(value)
        if (change.expected.contains(column)) {
            const QString quoted = Catalog::quote(column);
            probes << quoted << holds(quoted) << holds(quoted);
        }
    }
    QSqlQuery &probe = statement(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
            .arg(probes.isEmpty() ? QStringLiteral("1") : probes.join(QLatin1String(", ")), table,
                 rowid));
    int position = 0;
    for (const auto &[column, value] : change.values) {
        if (change.expected.contains(column)) {
            for (int i = 0; i < 2; ++i)
                probe.bindValue(position++, change.expected.value(column));
            for (int i = 0; i < 2; ++i)
                probe.bindValue(position++, value);
        }
    }
    probe.bindValue(position, change.key.id());
    if (!probe.exec())
        return StorageError::fromSql(probe.lastError());
    if (!probe.next()) {
        probe.finish();
        return StorageError::make(StorageError::Gone,
                                  QStringLiteral("no row with rowid %1").arg(change.key.id()));
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
        if (StorageError error = applyChecked(rest, rowid, result); error.isError())
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

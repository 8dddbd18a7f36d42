#include "foreignkeys.h"

#include "catalog.h"
#include "driverkind.h"
#include "oneshot.h"
#include "pgstructure.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rowbook {
namespace {

QString labelColumn(const TableInfo &parent)
{
    static const QRegularExpression descriptive(QStringLiteral("name|title"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString firstText;
    for (const ColumnInfo &column : parent.columns) {
        if (column.kind != ColumnKind::Text && column.kind != ColumnKind::LongText)
            continue;
        if (descriptive.match(column.name).hasMatch())
            return column.name;
        if (firstText.isEmpty())
            firstText = column.name;
    }
    return firstText;
}

// The constraints a catalog query gives one row per column pair: id, column, parent table,
// parent column (none: the parent's primary key), ON DELETE and ON UPDATE actions and, when
// `table` is empty, the referring table.
QVector<ForeignKeyConstraint> readConstraints(QSqlQuery &query, const QString &table)
{
    QVector<ForeignKeyConstraint> keys;
    qint64 id = -1;
    bool implicit = false; // REFERENCES parent without columns: its primary key
    while (query.next()) {
        if (keys.isEmpty() || query.value(0).toLongLong() != id) {
            id = query.value(0).toLongLong();
            keys.push_back({table.isEmpty() ? query.value(6).toString() : table,
                            {},
                            query.value(2).toString(),
                            {},
                            query.value(4).toString(),
                            query.value(5).toString()});
            implicit = query.value(3).isNull() || query.value(3).toString().isEmpty();
        }
        keys.last().columns.append(query.value(1).toString());
        if (!implicit)
            keys.last().parentColumns.append(query.value(3).toString());
    }
    return keys;
}

} // namespace

QVector<ForeignKey> ForeignKeys::of(const QSqlDatabase &db, const QString &table, bool *failed)
{
    QVector<ForeignKey> keys;
    for (const ForeignKeyConstraint &constraint : constraints(db, table, failed)) {
        if (constraint.columns.size() != 1 || constraint.parentColumns.size() != 1)
            continue;
        const TableInfo parent = Catalog::table(db, constraint.parentTable);
        if (!parent.isValid())
            continue;
        keys.push_back({table, constraint.columns.first(), constraint.parentTable,
                        constraint.parentColumns.first(), labelColumn(parent)});
    }
    return keys;
}

namespace {
QAtomicInt constraintReadCount;
}

int ForeignKeys::constraintReads()
{
    return constraintReadCount.loadRelaxed();
}

QVector<ForeignKeyConstraint>
ForeignKeys::constraints(const QSqlDatabase &db, const QString &table, bool *failed)
{
    constraintReadCount.fetchAndAddRelaxed(1);
    if (failed)
        *failed = true; // until the catalog is read through
    QVector<ForeignKeyConstraint> keys;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!oneshot::exec(query,
                       isPostgres(db)
                           ? pgcatalog::foreignKeyQuery()
                           : QStringLiteral("SELECT id, \"from\", \"table\", \"to\", "
                                            "upper(on_delete), upper(on_update) FROM "
                                            "pragma_foreign_key_list(?) ORDER BY id, seq"),
                       {table}))
        return keys;
    keys = readConstraints(query, table);
    if (query.lastError().isValid())
        return {};
    if (failed)
        *failed = false;
    for (ForeignKeyConstraint &key : keys) {
        if (!key.parentColumns.isEmpty())
            continue;
        const TableInfo parent = Catalog::table(db, key.parentTable);
        if (!parent.isValid())
            continue;
        QVector<ColumnInfo> primaryKey;
        for (const ColumnInfo &column : parent.columns) {
            if (column.primaryKeyOrder > 0)
                primaryKey.append(column);
        }
        std::sort(primaryKey.begin(), primaryKey.end(),
                  [](const ColumnInfo &a, const ColumnInfo &b) {
                      return a.primaryKeyOrder < b.primaryKeyOrder;
                  });
        for (const ColumnInfo &column : std::as_const(primaryKey))
            key.parentColumns.append(column.name);
        if (key.parentColumns.isEmpty() && key.columns.size() == 1)
            key.parentColumns.append(parent.keyName);
    }
    return keys;
}

QVector<ForeignKeyConstraint>
ForeignKeys::referringTo(const QSqlDatabase &db, const QString &parentTable, bool *failed)
{
    if (isPostgres(db)) {
        // One query over every schema: a table elsewhere may refer to this one too.
        if (failed)
            *failed = true;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!oneshot::exec(query, pgcatalog::referrerQuery(), {parentTable}))
            return {};
        QVector<ForeignKeyConstraint> referring = readConstraints(query, {});
        if (query.lastError().isValid())
            return {};
        if (failed)
            *failed = false;
        return referring;
    }
    StorageError listed;
    const QVector<Catalog::Entry> tables = Catalog::objects(db, &listed);
    if (failed)
        *failed = listed.isError();
    QVector<ForeignKeyConstraint> referring;
    for (const Catalog::Entry &entry : tables) {
        if (entry.isView)
            continue;
        bool unread = false;
        for (const ForeignKeyConstraint &key : constraints(db, entry.name, &unread)) {
            if (key.parentTable.compare(parentTable, Qt::CaseInsensitive) == 0)
                referring.append(key);
        }
        if (unread && failed)
            *failed = true;
    }
    return referring;
}

ForeignKey ForeignKeys::find(const QSqlDatabase &db, const QString &table, const QString &column)
{
    return find(of(db, table), column);
}

ForeignKey ForeignKeys::find(const QVector<ForeignKey> &keys, const QString &column)
{
    for (const ForeignKey &key : keys) {
        if (key.column.compare(column, Qt::CaseInsensitive) == 0)
            return key;
    }
    return {};
}

QVector<KeyChoice> ForeignKeys::choices(
    const QSqlDatabase &db, const ForeignKey &key, const QString &search, int limit, QString *error)
{
    QVector<KeyChoice> result;
    const QString label
        = Catalog::quote(key.labelColumn.isEmpty() ? key.parentColumn : key.labelColumn);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Labels in case-insensitive order, matched case-insensitively: SQLite's NOCASE and lower()
    // fold ASCII letters; PostgreSQL's lower() of the text form folds them too.
    const bool server = isPostgres(db);
    const QString text = server ? QStringLiteral("lower(CAST(%1 AS text))").arg(label)
                                : QStringLiteral("lower(%1)").arg(label);
    const QString order = !server                     ? QStringLiteral("2 COLLATE NOCASE, 1")
                          : key.labelColumn.isEmpty() ? QStringLiteral("1")
                                                      : text + QStringLiteral(", 1");
    query.prepare(QStringLiteral("SELECT %1, %2 FROM %3 %4 ORDER BY %5 LIMIT ?")
                      .arg(Catalog::quote(key.parentColumn), label, Catalog::quote(key.parentTable),
                           search.isEmpty() ? QString()
                           : server ? QStringLiteral("WHERE strpos(%1, lower(?)) > 0").arg(text)
                                    : QStringLiteral("WHERE instr(%1, lower(?)) > 0").arg(text),
                           order));
    if (!search.isEmpty())
        query.addBindValue(search);
    query.addBindValue(limit);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.push_back({query.value(0), query.value(1).toString()});
    return result;
}

QString ForeignKeys::label(const QSqlDatabase &db, const ForeignKey &key, const QVariant &value)
{
    if (key.labelColumn.isEmpty() || value.isNull())
        return value.toString();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? LIMIT 1")
                      .arg(Catalog::quote(key.labelColumn), Catalog::quote(key.parentTable),
                           Catalog::quote(key.parentColumn)));
    query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toString() : value.toString();
}

QVariantList
ForeignKeys::parentKey(const QSqlDatabase &db, const ForeignKey &key, const QVariant &value)
{
    const TableInfo parent = Catalog::table(db, key.parentTable);
    if (!parent.hasRowKey || value.isNull())
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? LIMIT 1")
                      .arg(parent.keysMapped ? parent.keySelect : parent.keyName,
                           Catalog::quote(key.parentTable), Catalog::quote(key.parentColumn)));
    query.addBindValue(value);
    QVariantList values;
    if (query.exec() && query.next()) {
        for (int i = 0; i < (parent.keysMapped ? parent.keyWidth : 1); ++i)
            values << query.value(i);
    }
    return values;
}

} // namespace rowbook

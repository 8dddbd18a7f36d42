// The rows a column change would break, found before anything runs (ColumnChange::alter).
#include "columnchangeparts.h"

#include "catalog.h"
#include "columnchange.h"
#include "driverkind.h"
#include "tablerebuild.h"

#include <QSqlQuery>

namespace rowbook {
namespace {

// "TrackId 3, 7, 9, …": how people find the rows a problem is about.
QString rowList(const QSqlDatabase &db,
                const TableInfo &info,
                const QString &where,
                const QVariantList &binds,
                qint64 count)
{
    // The integer key; SQLite's rowid; else the first column of the primary key (a key of
    // text, a uuid or several columns: TableInfo::keyName is already quoted there).
    const bool server = isPostgres(db);
    QString key = info.keyColumn >= 0              ? info.columns[info.keyColumn].name
                  : !server && info.hasHiddenKey() ? info.keyName
                                                   : QString();
    for (int i = 0; key.isEmpty() && i < info.columns.size(); ++i) {
        if (info.columns[i].primaryKeyOrder == 1)
            key = info.columns[i].name;
    }
    if (key.isEmpty()) // a server table without a primary key: the rows cannot be named
        return ColumnChange::tr("no key to name them by");
    const QStringList keys
        = TableRebuild::strings(db,
                                QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY 1 LIMIT 5")
                                    .arg(Catalog::quote(key), Catalog::quote(info.name), where),
                                binds);
    return QStringLiteral("%1 %2%3").arg(key, keys.join(QLatin1String(", ")),
                                         count > keys.size() ? QStringLiteral(", …") : QString());
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return TableRebuild::strings(db, sql, binds).value(0).toLongLong();
}

// The rows of `info` where `where` holds: how many, and the first few named by key.
struct MatchingRows
{
    qint64 count = 0;
    QString names;
};

MatchingRows matchingRows(const QSqlDatabase &db,
                          const TableInfo &info,
                          const QString &where,
                          const QVariantList &binds = {})
{
    MatchingRows rows;
    rows.count = count(
        db,
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(Catalog::quote(info.name), where),
        binds);
    if (rows.count > 0)
        rows.names = rowList(db, info, where, binds, rows.count);
    return rows;
}

// A server's varchar(n) or char(n) refuses longer values (trailing spaces aside); so does an
// array of them, element by element. (From a column that is not an array, the server itself says
// what does not convert.) "char" would keep a first byte: refused here.
void checkLength(const QSqlDatabase &db,
                 const TableInfo &info,
                 int index,
                 const ColumnDefinition &before,
                 const ColumnDefinition &wanted,
                 SchemaChange &change)
{
    const QString column = Catalog::quote(info.columns[index].name);
    const QString name = info.columns[index].name;
    const columnchange::ServerTextLimit limit = columnchange::serverTextLimit(wanted.type);
    const bool elements = limit.array && columnchange::serverTextLimit(before.type).array;
    if (isPostgres(db) && limit.length > 0 && (elements || !limit.array)
        && wanted.typeDiffers(before)) {
        const QString number = QString::number(limit.length);
        auto tooLong = [&limit, &number](const QString &value) {
            return limit.bytes ? QStringLiteral("octet_length(%1) > %2").arg(value, number)
                               : QStringLiteral("char_length(rtrim(%1)) > %2").arg(value, number);
        };
        const QString longer
            = elements ? QStringLiteral("EXISTS (SELECT 1 FROM unnest(CAST(%1 AS text[])) AS "
                                        "element(v) WHERE %2)")
                             .arg(column, tooLong(QStringLiteral("v")))
                       : tooLong(QStringLiteral("CAST(%1 AS text)").arg(column));
        const MatchingRows rows = matchingRows(db, info, longer);
        if (rows.count > 0) {
            const int n = int(rows.count);
            const QString type = wanted.type.trimmed();
            const QString text
                = limit.bytes
                      ? ColumnChange::tr("“%1” holds a value of more than one byte in %Ln row(s) "
                                         "(%2), so its type cannot be %3; nothing was changed.",
                                         nullptr, n)
                            .arg(name, rows.names, type)
                  : limit.length == 1
                      ? ColumnChange::tr("“%1” holds a value of more than one character in "
                                         "%Ln row(s) (%2), so its type cannot be %3; nothing was "
                                         "changed.",
                                         nullptr, n)
                            .arg(name, rows.names, type)
                  : elements ? ColumnChange::tr("“%1” holds a value longer than %2 characters in "
                                                "%Ln row(s) (%3), so its type cannot be %4; "
                                                "nothing was changed.",
                                                nullptr, n)
                                   .arg(name, number, rows.names, type)
                             : ColumnChange::tr("“%1” is longer than %2 characters in %Ln row(s) "
                                                "(%3), so its type cannot be %4; nothing was "
                                                "changed.",
                                                nullptr, n)
                                   .arg(name, number, rows.names, type);
            change.problems.push_back({SchemaProblem::Type, index, text});
        }
    }
}

} // namespace

void columnchange::checkRows(const QSqlDatabase &db,
                             const TableInfo &info,
                             int index,
                             const ColumnDefinition &before,
                             const ColumnDefinition &wanted,
                             SchemaChange &change)
{
    const QString column = Catalog::quote(info.columns[index].name);
    const QString table = Catalog::quote(info.name);
    const QString name = info.columns[index].name;
    checkLength(db, info, index, before, wanted, change);
    if (wanted.notNull && !before.notNull) {
        const MatchingRows rows = matchingRows(db, info, QStringLiteral("%1 IS NULL").arg(column));
        if (rows.count > 0)
            change.problems.push_back(
                {SchemaProblem::Constraint, index,
                 ColumnChange::tr("“%1” is empty in %Ln row(s) (%2), so it cannot be made "
                                  "required; nothing was changed.",
                                  nullptr, int(rows.count))
                     .arg(name, rows.names)});
    }
    if (wanted.unique && !before.unique) {
        const QString groups = QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL GROUP BY %1 "
                                              "HAVING count(*) > 1")
                                   .arg(column, table);
        const qint64 n
            = count(db, QStringLiteral("SELECT count(*) FROM (%1) AS repeated").arg(groups));
        if (n > 0) {
            QSqlQuery first(db);
            first.exec(groups + QStringLiteral(" LIMIT 1"));
            first.next();
            const QVariant value = first.value(0);
            const MatchingRows rows
                = matchingRows(db, info, QStringLiteral("%1 = ?").arg(column), {value});
            change.problems.push_back(
                {SchemaProblem::Constraint, index,
                 ColumnChange::tr("%Ln value(s) of “%1” repeat, for example “%2” in %3, so the "
                                  "column cannot be made unique; nothing was changed.",
                                  nullptr, int(n))
                     .arg(name, value.toString(), rows.names)});
        }
    }
    const bool newReference = !wanted.referencesTable.isEmpty() && wanted.referenceDiffers(before);
    if (newReference) {
        const MatchingRows rows
            = matchingRows(db, info,
                           QStringLiteral("%1 IS NOT NULL AND %1 NOT IN (SELECT %2 FROM %3)")
                               .arg(column, Catalog::quote(wanted.referencesColumn),
                                    Catalog::quote(wanted.referencesTable)));
        if (rows.count > 0)
            change.problems.push_back(
                {SchemaProblem::Constraint, index,
                 ColumnChange::tr("%Ln row(s) of “%1” refer to no row of “%2” (%3), so the foreign "
                                  "key cannot be added; nothing was changed.",
                                  nullptr, int(rows.count))
                     .arg(info.name, wanted.referencesTable, rows.names)});
    }
}

bool columnchange::isParentKey(const QSqlDatabase &db,
                               const TableInfo &parent,
                               const QString &column)
{
    int keys = 0;
    bool isKey = false;
    for (const ColumnInfo &info : parent.columns) {
        keys += info.primaryKeyOrder > 0 ? 1 : 0;
        isKey = isKey || (info.primaryKeyOrder > 0 && info.name == column);
    }
    if (isKey && keys == 1)
        return true;
    for (const IndexInfo &index : SchemaOps::indexes(db, parent.name)) {
        if (index.unique && index.columns == QStringList{column})
            return true;
    }
    return false;
}

} // namespace rowbook

#include "catalog.h"

#include "driverkind.h"
#include "pgbackend.h"
#include "schema.h"
#include "sqltext.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVersionNumber>

#include <algorithm>

namespace rowbook {

int TableInfo::columnIndex(const QString &name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString Catalog::rowidName(const QVector<ColumnInfo> &columns)
{
    static const QLatin1String names[]
        = {QLatin1String("rowid"), QLatin1String("_rowid_"), QLatin1String("oid")};
    for (const QLatin1String name : names) {
        const bool hidden
            = std::any_of(columns.begin(), columns.end(), [name](const ColumnInfo &c) {
                  return c.name.compare(name, Qt::CaseInsensitive) == 0;
              });
        if (!hidden)
            return name;
    }
    return {};
}

void Catalog::mapPrimaryKey(TableInfo &info, const QString &select)
{
    QStringList names;
    for (const ColumnInfo &column : std::as_const(info.columns)) {
        if (column.primaryKeyOrder > 0) {
            if (names.size() < column.primaryKeyOrder)
                names.resize(column.primaryKeyOrder);
            names[column.primaryKeyOrder - 1] = quote(column.name);
        }
    }
    info.hasRowKey = !info.isView && !names.isEmpty();
    info.keysMapped = info.hasRowKey;
    info.keyWidth = std::max(1, int(names.size()));
    info.keyColumn = -1;
    info.keyName = names.join(QLatin1String(", "));
    QStringList selects;
    for (int i = 0; i < names.size(); ++i)
        selects << QStringLiteral("%1 AS \"rowbook key %2\"")
                       .arg(select.arg(names[i]), QString::number(i + 1));
    info.keySelect = selects.join(QLatin1String(", "));
}

QString Catalog::quote(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool Catalog::isInternal(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive)
           || name.startsWith(Schema::metadataPrefix(), Qt::CaseInsensitive);
}

QVector<Catalog::Entry> Catalog::objects(const QSqlDatabase &db, StorageError *error)
{
    if (isPostgres(db))
        return pgcatalog::objects(db, error);
    QVector<Entry> entries;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                           "ORDER BY name COLLATE NOCASE"))
        && error)
        *error = StorageError::fromSql(query.lastError());
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!isInternal(name))
            entries.push_back({name, query.value(1).toString() == QLatin1String("view")});
    }
    return entries;
}

ColumnKind Catalog::kindForDeclaredType(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.isEmpty())
        return ColumnKind::Any;
    if (type.contains(QLatin1String("BOOL")))
        return ColumnKind::Boolean;
    if (type.contains(QLatin1String("DATETIME")) || type.contains(QLatin1String("TIMESTAMP")))
        return ColumnKind::DateTime;
    if (type.startsWith(QLatin1String("DATE")))
        return ColumnKind::Date;
    // SQLite's affinity rules, in their order.
    if (type.contains(QLatin1String("INT")))
        return ColumnKind::Integer;
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT"))) {
        const bool isLong = type.contains(QLatin1String("LONG"))
                            || type.contains(QLatin1String("CLOB"))
                            || type.contains(QLatin1String("MEDIUMTEXT"));
        return isLong ? ColumnKind::LongText : ColumnKind::Text;
    }
    if (type.contains(QLatin1String("BLOB")))
        return ColumnKind::Blob;
    return ColumnKind::Real; // REAL, FLOAT, DOUBLE, NUMERIC, DECIMAL
}

TableInfo Catalog::table(const QSqlDatabase &db, const QString &name)
{
    if (isPostgres(db))
        return pgcatalog::table(db, name);
    TableInfo info;
    QSqlQuery query(db);
    // SQLite compares identifiers without regard to (ASCII) case.
    query.prepare(QStringLiteral(
        "SELECT m.name, m.type, m.sql, EXISTS (SELECT 1 FROM sqlite_master t WHERE t.type = "
        "'trigger' AND t.tbl_name = m.name COLLATE NOCASE) OR EXISTS (SELECT 1 FROM "
        "pragma_foreign_key_list(m.name) f WHERE f.\"table\" = m.name COLLATE NOCASE AND "
        "(f.on_delete NOT IN ('NO ACTION', 'RESTRICT') OR f.on_update NOT IN ('NO ACTION', "
        "'RESTRICT'))) FROM sqlite_master m WHERE m.name = ? COLLATE NOCASE AND m.type IN "
        "('table', 'view')"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return info;
    info.name = query.value(0).toString();
    info.isView = query.value(1).toString() == QLatin1String("view");
    info.withoutRowid = !info.isView && SqlText::isWithoutRowid(query.value(2).toString());
    info.hasRowKey = !info.isView;
    info.writesOtherCells = query.value(3).toBool();
    query.finish();

    QSqlQuery columns(db);
    columns.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                                   "FROM pragma_table_info(?)"));
    columns.addBindValue(info.name);
    columns.exec();
    int primaryKeyColumns = 0;
    while (columns.next()) {
        ColumnInfo column;
        column.name = columns.value(0).toString();
        column.declaredType = columns.value(1).toString();
        column.kind = kindForDeclaredType(column.declaredType);
        column.notNull = columns.value(2).toInt() != 0;
        column.defaultSql = columns.value(3).toString();
        column.primaryKeyOrder = columns.value(4).toInt();
        if (column.primaryKeyOrder > 0)
            ++primaryKeyColumns;
        info.columns.push_back(column);
    }
    if (info.withoutRowid) {
        // No rowid: rows are known by their primary key's values, read as stored (typed: in a
        // column without affinity the integer 1 and the text '1' are two keys). A new row's key
        // comes back from INSERT ... RETURNING, which SQLite has since 3.35: read-only before.
        QSqlQuery version(db);
        if (version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()
            && QVersionNumber::fromString(version.value(0).toString()) >= QVersionNumber(3, 35)) {
            mapPrimaryKey(info, QStringLiteral("%1"));
            return info;
        }
        info.hasRowKey = false;
    }
    info.keyName = rowidName(info.columns);
    if (info.keyName.isEmpty())
        info.hasRowKey = false; // rows can only be addressed by position: read-only
    if (info.hasRowKey && primaryKeyColumns == 1) {
        for (int i = 0; i < info.columns.size(); ++i) {
            const ColumnInfo &column = info.columns[i];
            if (column.primaryKeyOrder == 1
                && column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                info.keyColumn = i;
        }
    }
    mapLowKeys(db, info);
    return info;
}

bool Catalog::setKeysMapped(TableInfo &info, bool mapped)
{
    // The rowid is the key as a whole: the INTEGER PRIMARY KEY, or no primary key at all (a
    // key of other columns would be taken for the row key's columns).
    const bool rowid
        = info.hasRowKey && !info.withoutRowid && !info.isView
          && (info.keyColumn >= 0 || !info.hasPrimaryKey())
          && QStringList{QStringLiteral("rowid"), QStringLiteral("_rowid_"), QStringLiteral("oid")}
                 .contains(info.keyName, Qt::CaseInsensitive);
    if (!rowid)
        return info.keysMapped == mapped;
    info.keysMapped = mapped;
    info.keySelect
        = mapped ? QStringLiteral("%1 AS \"rowbook key 1\"").arg(info.keyName) : QString();
    return true;
}

void Catalog::mapLowKeys(const QSqlDatabase &db, TableInfo &info)
{
    if (info.keysMapped || !setKeysMapped(info, false))
        return;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT min(%1) FROM %2").arg(info.keyName, quote(info.name)))
        && query.next() && !query.isNull(0) && query.value(0).toLongLong() <= 0)
        setKeysMapped(info, true);
}

qint64 Catalog::rowCount(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quote(name))) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace rowbook

#include "tablesnapshot.h"

#include "catalog.h"
#include "plurals.h"
#include "schemaops.h"
#include "tablerebuild.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rowbook {

namespace {

QString problemOf(const QSqlQuery &query)
{
    return query.lastError().text();
}

RowChange statement(const QString &sql, const QVariantList &binds = {})
{
    return TableRebuild::statement(sql, binds);
}

// Appends an INSERT of every row of `info`, each value with its storage class: Qt reads an empty
// BLOB or TEXT as a null QByteArray or QString, which would be bound as NULL.
bool appendRows(const QSqlDatabase &db,
                const TableInfo &info,
                int reserve,
                QVector<RowChange> &statements,
                QString *problem)
{
    const QString quoted = Catalog::quote(info.name);
    const QStringList columns = TableRebuild::copiedColumns(db, info);
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString insert
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
              .arg(quoted, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    QStringList selected;
    for (const QString &column : columns)
        selected << column << QStringLiteral("typeof(%1)").arg(column);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QLatin1String(", ")), quoted))) {
        *problem = problemOf(query);
        return false;
    }
    statements.reserve(reserve);
    while (query.next()) {
        QVariantList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(2 * i);
            const QString storage = query.value(2 * i + 1).toString();
            if (storage == QLatin1String("blob") && value.toByteArray().isEmpty())
                values << QVariant(QByteArray("", 0));
            else if (storage == QLatin1String("text") && value.toString().isEmpty())
                values << QVariant(QStringLiteral(""));
            else
                values << value;
        }
        statements << statement(insert, values);
    }
    return true;
}

// DROP TABLE forgot the AUTOINCREMENT counter; the inserts set it to the largest rowid. These
// statements put it back.
QVector<RowChange> sequenceStatements(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    query.addBindValue(table);
    if (!query.exec() || !query.next()) // sqlite_sequence exists only with AUTOINCREMENT tables
        return {};
    return {statement(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = ?"), {table}),
            statement(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"),
                      {table, query.value(0)})};
}

} // namespace

QVector<RowChange> TableSnapshot::restoreStatements(const QSqlDatabase &db,
                                                    const QString &table,
                                                    QString *problem,
                                                    qint64 maxRows)
{
    QVector<RowChange> statements;
    const TableInfo info = Catalog::table(db, table);
    QString createSql;
    QStringList dependents; // the table's own indexes and triggers, in creation order
    for (const TableRebuild::SchemaObject &object : TableRebuild::schemaObjects(db)) {
        if (object.table.compare(info.name, Qt::CaseInsensitive) != 0 || object.sql.isEmpty())
            continue;
        if (object.type == QLatin1String("table"))
            createSql = object.sql;
        else if (object.type == QLatin1String("index") || object.type == QLatin1String("trigger"))
            dependents << object.sql;
    }
    if (!info.isValid() || info.isView || createSql.isEmpty()) {
        *problem = tr("“%1” is not a table.").arg(table);
        return {};
    }
    const QString quoted = Catalog::quote(info.name);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted)) || !query.next()) {
        *problem = problemOf(query);
        return {};
    }
    const qint64 rows = query.value(0).toLongLong();
    if (rows > maxRows) {
        *problem = tr("“%1” has %2 rows, more than the %3 that undo keeps in memory.")
                       .arg(info.name, formatCount(rows), formatCount(maxRows));
        return {};
    }

    statements << statement(QStringLiteral("DROP TABLE %1").arg(quoted));
    statements << statement(createSql);
    query.finish();
    if (!appendRows(db, info, int(rows) + int(dependents.size()) + 8, statements, problem))
        return {};
    for (const QString &sql : std::as_const(dependents))
        statements << statement(sql);

    statements << sequenceStatements(db, info.name);
    SchemaChange checks;
    TableRebuild::appendForeignKeyChecks(db, info.name, checks);
    statements << checks.statements;
    return statements;
}

} // namespace rowbook

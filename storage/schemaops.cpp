#include "schemaops.h"

#include "catalog.h"
#include "schema.h"
#include "tablerebuild.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

#include <utility>

namespace rowbook {
namespace {

RowChange
statement(const QString &sql, const QVariantList &binds = {}, bool mustReturnNoRows = false)
{
    return TableRebuild::statement(sql, binds, mustReturnNoRows);
}

QStringList strings(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return TableRebuild::strings(db, sql, binds);
}

bool nameTaken(const QSqlDatabase &db, const QString &name, const QString &except = {})
{
    return TableRebuild::nameTaken(db, name, except);
}

void checkNewName(const QSqlDatabase &db,
                  const QString &name,
                  SchemaProblem::Field field,
                  SchemaChange &change,
                  const QString &except = {})
{
    QString problem = SchemaOps::nameProblem(name);
    if (problem.isEmpty() && nameTaken(db, name, except))
        problem
            = SchemaOps::tr("The name “%1” is already used by a table, view or index.").arg(name);
    if (!problem.isEmpty())
        change.problems.push_back({field, -1, problem});
}

QString columnDefinition(const QSqlDatabase &db,
                         const ColumnSpec &column,
                         int index,
                         bool inlinePrimaryKey,
                         SchemaChange &change)
{
    QString sql = Catalog::quote(column.name) + QLatin1Char(' ') + SchemaOps::typeName(column.type);
    if (inlinePrimaryKey)
        sql += QLatin1String(" PRIMARY KEY");
    if (column.notNull)
        sql += QLatin1String(" NOT NULL");
    if (column.unique && !column.primaryKey)
        sql += QLatin1String(" UNIQUE");
    if (!column.defaultValue.isEmpty()) {
        QString literal;
        QString problem;
        if (SchemaOps::defaultLiteral(db, column.type, column.defaultValue, &literal, &problem))
            sql += QLatin1String(" DEFAULT ") + literal;
        else
            change.problems.push_back({SchemaProblem::Default, index, problem});
    }
    return sql;
}

} // namespace

QString SchemaChange::problemText() const
{
    QStringList lines;
    for (const SchemaProblem &problem : problems)
        lines << problem.message;
    return lines.join(QLatin1Char('\n'));
}

SaveBatch SchemaChange::batch(quint64 id) const
{
    SaveBatch batch;
    batch.id = id;
    batch.changes = statements;
    batch.foreignKeysOff = rebuildsTable;
    if (snapshotBefore)
        batch.snapshotTable = table;
    return batch;
}

TableInfo SchemaOps::editableTable(const QSqlDatabase &db,
                                   const QString &name,
                                   SchemaChange &change,
                                   bool viewAllowed)
{
    const TableInfo info = Catalog::isInternal(name) ? TableInfo() : Catalog::table(db, name);
    if (!info.isValid())
        change.problems.push_back({SchemaProblem::TableName, -1,
                                   SchemaOps::tr("There is no table named “%1”.").arg(name)});
    else if (info.isView && !viewAllowed)
        change.problems.push_back(
            {SchemaProblem::TableName, -1,
             SchemaOps::tr("“%1” is a view: its columns come from its query.").arg(name)});
    return info;
}

QStringList SchemaOps::typeNames()
{
    return {QStringLiteral("INTEGER"), QStringLiteral("REAL"),    QStringLiteral("TEXT"),
            QStringLiteral("DATE"),    QStringLiteral("BOOLEAN"), QStringLiteral("BLOB")};
}

QString SchemaOps::typeName(SchemaType type)
{
    return typeNames().value(int(type));
}

bool SchemaOps::typeFromName(const QString &name, SchemaType *type)
{
    const int index = typeNames().indexOf(name.trimmed().toUpper());
    if (index < 0)
        return false;
    *type = SchemaType(index);
    return true;
}

QString SchemaOps::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return SchemaOps::tr("Enter a name.");
    if (name != name.trimmed())
        return SchemaOps::tr("A name cannot start or end with a space.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return SchemaOps::tr("A name cannot contain line breaks or tabs.");
    }
    if (name.size() > 128)
        return SchemaOps::tr("A name can have at most 128 characters.");
    if (name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
        return SchemaOps::tr("Names starting with “sqlite_” are reserved by SQLite.");
    if (name.startsWith(Schema::metadataPrefix(), Qt::CaseInsensitive))
        return SchemaOps::tr("Names starting with “%1” are reserved by Rowbook.")
            .arg(Schema::metadataPrefix());
    for (const char *reserved : {"rowid", "oid", "_rowid_"}) {
        if (name.compare(QLatin1String(reserved), Qt::CaseInsensitive) == 0)
            return SchemaOps::tr(
                       "“%1” is the name SQLite gives to row numbers; choose another name.")
                .arg(name);
    }
    return {};
}

bool SchemaOps::defaultLiteral(const QSqlDatabase &db,
                               SchemaType type,
                               const QString &input,
                               QString *literal,
                               QString *problem)
{
    const QString text = input.trimmed();
    QVariant value;
    bool ok = true;
    switch (type) {
    case SchemaType::Integer:
        value = text.toLongLong(&ok);
        *problem = SchemaOps::tr("The default “%1” is not a whole number.").arg(input);
        break;
    case SchemaType::Real: {
        double number = text.toDouble(&ok);
        if (!ok)
            number = QLocale().toDouble(text, &ok);
        value = number;
        *problem = SchemaOps::tr("The default “%1” is not a number.").arg(input);
        break;
    }
    case SchemaType::Text:
        value = input;
        break;
    case SchemaType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        ok = date.isValid();
        value = date.toString(Qt::ISODate);
        *problem
            = SchemaOps::tr("The default “%1” is not a date; write it as YYYY-MM-DD.").arg(input);
        break;
    }
    case SchemaType::Boolean: {
        const QString lower = text.toLower();
        ok = QStringList{QStringLiteral("1"), QStringLiteral("true"),  QStringLiteral("yes"),
                         QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no")}
                 .contains(lower);
        value = QStringList{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes")}
                        .contains(lower)
                    ? 1
                    : 0;
        *problem
            = SchemaOps::tr("The default “%1” is not yes or no (use true/false, yes/no or 1/0).")
                  .arg(input);
        break;
    }
    case SchemaType::Blob:
        ok = false;
        *problem = SchemaOps::tr("Binary columns cannot have a default value.");
        break;
    }
    if (!ok)
        return false;
    problem->clear();
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    *literal = db.driver()->formatValue(field);
    return true;
}

SchemaChange SchemaOps::createTable(const QSqlDatabase &db,
                                    const QString &name,
                                    const QVector<ColumnSpec> &columns)
{
    SchemaChange change;
    change.kind = SchemaChange::CreateTable;
    change.table = name;
    change.description = SchemaOps::tr("Create table “%1”.").arg(name);
    checkNewName(db, name, SchemaProblem::TableName, change);
    if (columns.isEmpty())
        change.problems.push_back(
            {SchemaProblem::General, -1, SchemaOps::tr("Add at least one column.")});
    QStringList keys;
    for (const ColumnSpec &column : columns) {
        if (column.primaryKey)
            keys << Catalog::quote(column.name);
    }
    QStringList definitions;
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnSpec &column = columns[i];
        QString problem = nameProblem(column.name);
        for (int j = 0; j < i && problem.isEmpty(); ++j) {
            if (columns[j].name.compare(column.name, Qt::CaseInsensitive) == 0)
                problem = SchemaOps::tr("There is already a column named “%1”.").arg(column.name);
        }
        if (!problem.isEmpty())
            change.problems.push_back({SchemaProblem::ColumnName, i, problem});
        if (column.primaryKey && column.type == SchemaType::Blob)
            change.problems.push_back(
                {SchemaProblem::Constraint, i,
                 SchemaOps::tr("A binary column cannot be the primary key.")});
        definitions << columnDefinition(db, column, i, column.primaryKey && keys.size() == 1,
                                        change);
    }
    if (keys.size() > 1)
        definitions << QStringLiteral("PRIMARY KEY (%1)").arg(keys.join(QLatin1String(", ")));
    if (change.problems.isEmpty()) {
        change.statements << statement(
            QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                .arg(Catalog::quote(name), definitions.join(QLatin1String(",\n    "))));
    }
    return change;
}

SchemaChange
SchemaOps::addColumn(const QSqlDatabase &db, const QString &table, const ColumnSpec &column)
{
    SchemaChange change;
    change.kind = SchemaChange::AddColumn;
    change.table = table;
    change.description = SchemaOps::tr("Add column “%1” to “%2”.").arg(column.name, table);
    const TableInfo info = editableTable(db, table, change);
    if (!change.problems.isEmpty())
        return change;
    QString problem = nameProblem(column.name);
    if (problem.isEmpty() && info.columnIndex(column.name) >= 0)
        problem = SchemaOps::tr("There is already a column named “%1”.").arg(column.name);
    if (!problem.isEmpty())
        change.problems.push_back({SchemaProblem::ColumnName, 0, problem});
    if (column.primaryKey)
        change.problems.push_back(
            {SchemaProblem::Constraint, 0,
             SchemaOps::tr("The primary key can only be chosen when the table is "
                           "created.")});
    if (column.notNull && column.defaultValue.isEmpty())
        change.problems.push_back(
            {SchemaProblem::Default, 0,
             SchemaOps::tr("A required column needs a default value for the rows "
                           "already in the table.")});
    if (column.unique && !column.defaultValue.isEmpty() && Catalog::rowCount(db, table) > 1)
        change.problems.push_back(
            {SchemaProblem::Constraint, 0,
             SchemaOps::tr("Every existing row would get the same default, so the "
                           "column cannot be unique.")});
    ColumnSpec plain = column;
    plain.unique = false; // ALTER TABLE ADD COLUMN refuses UNIQUE: a unique index does the same
    const QString definition = columnDefinition(db, plain, 0, false, change);
    if (!change.problems.isEmpty())
        return change;
    change.statements << statement(
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(Catalog::quote(table), definition));
    if (column.unique) {
        const QString index = suggestedIndexName(db, table, {column.name});
        change.statements << statement(
            QStringLiteral("CREATE UNIQUE INDEX %1 ON %2 (%3)")
                .arg(Catalog::quote(index), Catalog::quote(table), Catalog::quote(column.name)));
        change.sideEffects
            << SchemaOps::tr("A unique index “%1” keeps the values distinct.").arg(index);
    }
    return change;
}

SchemaChange SchemaOps::renameColumn(const QSqlDatabase &db,
                                     const QString &table,
                                     const QString &column,
                                     const QString &newName)
{
    SchemaChange change;
    change.kind = SchemaChange::RenameColumn;
    change.table = table;
    change.description
        = SchemaOps::tr("Rename column “%1” of “%2” to “%3”.").arg(column, table, newName);
    const TableInfo info = editableTable(db, table, change);
    if (!change.problems.isEmpty())
        return change;
    const int index = info.columnIndex(column);
    QString problem = index < 0 ? SchemaOps::tr("There is no column named “%1”.").arg(column)
                                : nameProblem(newName);
    if (problem.isEmpty() && newName == info.columns[index].name)
        problem = SchemaOps::tr("The new name is the same as the old one.");
    const int existing = info.columnIndex(newName);
    if (problem.isEmpty() && existing >= 0 && existing != index)
        problem = SchemaOps::tr("There is already a column named “%1”.").arg(newName);
    if (!problem.isEmpty()) {
        change.problems.push_back({SchemaProblem::ColumnName, index, problem});
        return change;
    }
    change.statements << statement(QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                                       .arg(Catalog::quote(table),
                                            Catalog::quote(info.columns[index].name),
                                            Catalog::quote(newName)));
    return change;
}

SchemaChange
SchemaOps::renameTable(const QSqlDatabase &db, const QString &table, const QString &newName)
{
    SchemaChange change;
    change.kind = SchemaChange::RenameTable;
    change.table = newName;
    change.previousTable = table;
    change.description = SchemaOps::tr("Rename table “%1” to “%2”.").arg(table, newName);
    const TableInfo info = editableTable(db, table, change);
    if (!change.problems.isEmpty())
        return change;
    if (newName == info.name) {
        change.problems.push_back({SchemaProblem::TableName, -1,
                                   SchemaOps::tr("The new name is the same as the old one.")});
        return change;
    }
    checkNewName(db, newName, SchemaProblem::TableName, change, info.name);
    if (change.problems.isEmpty())
        change.statements << statement(
            QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                .arg(Catalog::quote(info.name), Catalog::quote(newName)));
    return change;
}

SchemaChange SchemaOps::createIndex(const QSqlDatabase &db,
                                    const QString &table,
                                    const QString &name,
                                    const QStringList &columns,
                                    bool unique)
{
    SchemaChange change;
    change.kind = SchemaChange::CreateIndex;
    change.table = table;
    change.description = SchemaOps::tr("Create index “%1” on “%2”.").arg(name, table);
    const TableInfo info = editableTable(db, table, change);
    if (!change.problems.isEmpty())
        return change;
    checkNewName(db, name, SchemaProblem::IndexName, change);
    if (columns.isEmpty())
        change.problems.push_back(
            {SchemaProblem::General, -1, SchemaOps::tr("Choose at least one column.")});
    QStringList quoted;
    for (const QString &column : columns) {
        const int index = info.columnIndex(column);
        if (index < 0)
            change.problems.push_back(
                {SchemaProblem::ColumnName, -1,
                 SchemaOps::tr("There is no column named “%1”.").arg(column)});
        else
            quoted << Catalog::quote(info.columns[index].name);
    }
    if (change.problems.isEmpty())
        change.statements << statement(QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                                           .arg(unique ? QStringLiteral("UNIQUE ") : QString(),
                                                Catalog::quote(name), Catalog::quote(info.name),
                                                quoted.join(QLatin1String(", "))));
    return change;
}

QVector<IndexInfo> SchemaOps::indexes(const QSqlDatabase &db, const QString &table)
{
    QVector<IndexInfo> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, \"unique\", origin FROM pragma_index_list(?) "
                                 "ORDER BY name COLLATE NOCASE"));
    query.addBindValue(table);
    if (!query.exec())
        return result;
    while (query.next()) {
        IndexInfo index;
        index.name = query.value(0).toString();
        index.unique = query.value(1).toInt() != 0;
        index.automatic = query.value(2).toString() != QLatin1String("c");
        index.columns
            = strings(db, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"),
                      {index.name});
        result.push_back(index);
    }
    return result;
}

QString SchemaOps::suggestedIndexName(const QSqlDatabase &db,
                                      const QString &table,
                                      const QStringList &columns)
{
    QString base = QStringLiteral("idx_%1_%2").arg(table, columns.join(QLatin1Char('_')));
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("_"));
    QString name = base;
    for (int i = 2; nameTaken(db, name); ++i)
        name = QStringLiteral("%1_%2").arg(base).arg(i);
    return name;
}

} // namespace rowbook

#include "columnchange.h"

#include "columnchangeparts.h"

#include "catalog.h"
#include "driverkind.h"
#include "sqltext.h"
#include "tablerebuild.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace rowbook {

SchemaType columnchange::typeOfKind(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
        return SchemaType::Integer;
    case ColumnKind::Real:
        return SchemaType::Real;
    case ColumnKind::Date:
        return SchemaType::Date;
    case ColumnKind::Boolean:
        return SchemaType::Boolean;
    case ColumnKind::Blob:
        return SchemaType::Blob;
    default:
        return SchemaType::Text;
    }
}

namespace {

struct ConstraintPart
{
    bool unique = false;
    bool foreignKey = false;
    QStringList columns;
};

QString unquoted(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2
        && ((name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            || (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
            || (name.startsWith(QLatin1Char('`')) && name.endsWith(QLatin1Char('`')))))
        return name.mid(1, name.size() - 2);
    return name;
}

// A table constraint UNIQUE (…) or FOREIGN KEY (…), possibly named; other parts are neither.
ConstraintPart constraintPart(const QString &part)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:CONSTRAINT\\s+(?:\"(?:[^\"]|\"\")*\"|\\[[^\\]]*\\]|`[^`]*`|\\w+)"
                       "\\s+)?(UNIQUE|FOREIGN\\s+KEY)\\s*\\(([^)]*)\\)"),
        QRegularExpression::CaseInsensitiveOption);
    ConstraintPart result;
    const QRegularExpressionMatch match = pattern.match(part);
    if (!match.hasMatch())
        return result;
    result.unique = match.captured(1).toUpper() == QLatin1String("UNIQUE");
    result.foreignKey = !result.unique;
    for (const QString &column : match.captured(2).split(QLatin1Char(',')))
        result.columns << unquoted(column);
    return result;
}

bool isOnly(const ConstraintPart &part, const QString &column)
{
    return part.columns.size() == 1
           && part.columns.first().compare(column, Qt::CaseInsensitive) == 0;
}

SchemaType typeForDefault(const QString &declared)
{
    SchemaType type = SchemaType::Text;
    if (SchemaOps::typeFromName(declared, &type))
        return type;
    return columnchange::typeOfKind(Catalog::kindForDeclaredType(declared));
}

// The new definition of the column, keeping its PRIMARY KEY; the foreign key goes inline
// unless an unchanged table constraint keeps carrying it.
QString columnPart(const QSqlDatabase &db,
                   const QString &name,
                   const QString &oldPart,
                   const ColumnDefinition &wanted,
                   bool inlineReference,
                   bool referenceChanged,
                   bool primaryKey,
                   QString *problem)
{
    QString sql = Catalog::quote(name);
    if (!wanted.type.trimmed().isEmpty())
        sql += QLatin1Char(' ') + wanted.type.trimmed();
    static const QRegularExpression autoincrement(QStringLiteral("\\bAUTOINCREMENT\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (primaryKey && oldPart.contains(QLatin1String("PRIMARY"), Qt::CaseInsensitive))
        sql += autoincrement.match(oldPart).hasMatch()
                   ? QStringLiteral(" PRIMARY KEY AUTOINCREMENT")
                   : QStringLiteral(" PRIMARY KEY");
    if (wanted.notNull)
        sql += QLatin1String(" NOT NULL");
    if (!wanted.defaultValue.isEmpty()) {
        QString literal = wanted.defaultValue;
        if (!wanted.defaultIsSql
            && !SchemaOps::defaultLiteral(db, typeForDefault(wanted.type), wanted.defaultValue,
                                          &literal, problem))
            return {};
        sql += QLatin1String(" DEFAULT ") + literal;
    }
    if (wanted.unique && !primaryKey)
        sql += QLatin1String(" UNIQUE");
    static const QRegularExpression references(
        QStringLiteral("\\bREFERENCES\\b.*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch kept = references.match(oldPart);
    if (inlineReference && !referenceChanged && kept.hasMatch())
        sql += QLatin1Char(' ') + kept.captured(0).trimmed(); // keeps ON DELETE … as written
    else if (inlineReference && !wanted.referencesTable.isEmpty())
        sql += QStringLiteral(" REFERENCES %1 (%2)")
                   .arg(Catalog::quote(wanted.referencesTable),
                        Catalog::quote(wanted.referencesColumn));
    return sql;
}

QString problemWithType(const QString &type)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*"
                       "(\\s*\\(\\s*[-+]?\\d+\\s*(,\\s*[-+]?\\d+\\s*)?\\))?)?$"));
    if (pattern.match(type.trimmed()).hasMatch())
        return {};
    return ColumnChange::tr("“%1” is not a column type; choose one from the list.").arg(type);
}

// The table's parts with the column's definition replaced and its one-column UNIQUE and
// (changed) FOREIGN KEY table constraints folded into it.
QStringList newParts(const QSqlDatabase &db,
                     const QStringList &oldParts,
                     const ColumnInfo &target,
                     const ColumnDefinition &wanted,
                     bool referenceChanged,
                     int index,
                     SchemaChange &change)
{
    QString problem;
    QStringList parts;
    bool tableReference = false; // the unchanged foreign key stays a table constraint
    for (const QString &part : oldParts) {
        bool quoted = false;
        const ConstraintPart constraint = constraintPart(part);
        if (constraint.unique && isOnly(constraint, target.name))
            continue; // UNIQUE goes inline
        if (constraint.foreignKey && isOnly(constraint, target.name)) {
            if (referenceChanged)
                continue;
            tableReference = true;
        }
        if (!SqlText::isTableConstraint(part)
            && SqlText::firstWord(part, &quoted).compare(target.name, Qt::CaseInsensitive) == 0) {
            static const QRegularExpression unsupported(
                QStringLiteral("\\b(COLLATE|CHECK|GENERATED|AS)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QString rest = part.trimmed().mid(part.trimmed().indexOf(QLatin1Char(' ')) + 1);
            if (part.trimmed().contains(QLatin1Char(' ')) && unsupported.match(rest).hasMatch()) {
                change.problems.push_back(
                    {SchemaProblem::Constraint, index,
                     ColumnChange::tr(
                         "“%1” has a COLLATE, CHECK or generated clause that Rowbook cannot carry "
                         "over, so it cannot change the column.")
                         .arg(target.name)});
                return {};
            }
            parts << part; // replaced below, once every part has been seen
        } else {
            parts << part;
        }
    }
    for (QString &part : parts) {
        bool quoted = false;
        if (SqlText::isTableConstraint(part)
            || SqlText::firstWord(part, &quoted).compare(target.name, Qt::CaseInsensitive) != 0)
            continue;
        part = columnPart(db, target.name, part, wanted, !tableReference, referenceChanged,
                          target.primaryKeyOrder > 0, &problem);
    }
    if (!problem.isEmpty()) {
        change.problems.push_back({SchemaProblem::Default, index, problem});
        return {};
    }
    return parts;
}

} // namespace

ColumnDefinition
ColumnChange::current(const QSqlDatabase &db, const QString &table, const QString &column)
{
    ColumnDefinition definition;
    const TableInfo info = Catalog::table(db, table);
    const int index = info.columnIndex(column);
    if (index < 0)
        return definition;
    const ColumnInfo &col = info.columns[index];
    definition.type = col.declaredType;
    definition.notNull = col.notNull;
    definition.defaultValue = col.defaultSql;
    definition.defaultIsSql = !col.defaultSql.isEmpty();
    for (const IndexInfo &existing : SchemaOps::indexes(db, info.name)) {
        if (existing.unique && existing.automatic && existing.columns == QStringList{col.name}
            && col.primaryKeyOrder == 0)
            definition.unique = true;
    }
    if (isPostgres(db)) {
        const QStringList reference = columnchange::serverReference(db, info.name, col.name);
        definition.referencesTable = reference.value(1);
        definition.referencesColumn = reference.value(2);
        return definition;
    }
    QSqlQuery keys(db);
    keys.prepare(
        QStringLiteral("SELECT id, \"table\", \"to\", \"from\" FROM pragma_foreign_key_list(?) "
                       "WHERE id IN (SELECT id FROM pragma_foreign_key_list(?) "
                       "GROUP BY id HAVING count(*) = 1)"));
    keys.addBindValue(info.name);
    keys.addBindValue(info.name);
    keys.exec();
    while (keys.next()) {
        if (keys.value(3).toString().compare(col.name, Qt::CaseInsensitive) != 0)
            continue;
        definition.referencesTable = keys.value(1).toString();
        definition.referencesColumn = keys.value(2).toString();
        if (definition.referencesColumn.isEmpty()) // REFERENCES parent: its primary key
            for (const ColumnInfo &parent : Catalog::table(db, definition.referencesTable).columns)
                if (parent.primaryKeyOrder == 1)
                    definition.referencesColumn = parent.name;
    }
    return definition;
}

SchemaChange ColumnChange::alter(const QSqlDatabase &db,
                                 const QString &table,
                                 const QString &column,
                                 const ColumnDefinition &wanted)
{
    SchemaChange change;
    change.kind = SchemaChange::AlterColumn;
    change.table = table;
    change.description = tr("Change column “%1” of “%2”.").arg(column, table);
    const TableInfo info = Catalog::isInternal(table) ? TableInfo() : Catalog::table(db, table);
    const int index = info.columnIndex(column);
    if (!info.isValid() || info.isView || index < 0) {
        change.problems.push_back(
            {SchemaProblem::ColumnName, index,
             tr("There is no column “%1” in a table “%2”.").arg(column, table)});
        return change;
    }
    const ColumnInfo &target = info.columns[index];
    const ColumnDefinition before = current(db, table, column);
    if (before == wanted) {
        change.problems.push_back({SchemaProblem::General, index, tr("Nothing was changed.")});
        return change;
    }
    const bool server = isPostgres(db);
    QString tableSql;
    for (const TableRebuild::SchemaObject &object :
         server ? QVector<TableRebuild::SchemaObject>() : TableRebuild::schemaObjects(db))
        if (object.type == QLatin1String("table") && object.name == info.name)
            tableSql = object.sql;
    const SqlText::CreateTable text = SqlText::splitCreateTable(tableSql);
    // The server reads the type itself (format_type's names do not all fit the pattern).
    QString problem = server ? QString() : problemWithType(wanted.type);
    if (problem.isEmpty() && server && wanted.type.trimmed().isEmpty())
        problem = tr("A column on a PostgreSQL server needs a type; choose one from the list.");
    if (problem.isEmpty() && server && wanted.typeDiffers(before)
        && !columnchange::serverKnowsType(db, wanted.type.trimmed()))
        problem = tr("The server knows no type “%1”; choose one from the list.")
                      .arg(wanted.type.trimmed());
    if (problem.isEmpty() && !text.ok && !server)
        problem = tr("Rowbook cannot read how “%1” was created, so it cannot change the column.")
                      .arg(info.name);
    if (problem.isEmpty() && target.primaryKeyOrder > 0 && wanted.typeDiffers(before))
        problem = tr("“%1” is part of the primary key, so its type cannot be changed.").arg(column);
    if (!problem.isEmpty()) {
        change.problems.push_back({SchemaProblem::Type, index, problem});
        return change;
    }
    const bool referenceChanged = wanted.referenceDiffers(before);
    if (!wanted.referencesTable.isEmpty() && referenceChanged) {
        const TableInfo parent = Catalog::table(db, wanted.referencesTable);
        if (!parent.isValid() || parent.isView || parent.columnIndex(wanted.referencesColumn) < 0)
            problem = tr("There is no column “%1” in a table “%2” to refer to.")
                          .arg(wanted.referencesColumn, wanted.referencesTable);
        else if (!columnchange::isParentKey(db, parent, wanted.referencesColumn))
            problem = tr("“%1” of “%2” is neither the primary key nor unique, so rows cannot refer "
                         "to it.")
                          .arg(wanted.referencesColumn, wanted.referencesTable);
        if (!problem.isEmpty()) {
            change.problems.push_back({SchemaProblem::Constraint, index, problem});
            return change;
        }
    }
    columnchange::checkRows(db, info, index, before, wanted, change);
    if (!change.problems.isEmpty())
        return change;
    if (server) {
        columnchange::alterOnServer(db, info, index, before, wanted, change);
        return change;
    }

    const QStringList parts
        = newParts(db, text.parts, target, wanted, referenceChanged, index, change);
    if (!change.problems.isEmpty())
        return change;
    TableRebuild::append(db, info, parts, text.tail, TableRebuild::copiedColumns(db, info), {},
                         change);
    return change;
}

QString ColumnChange::filePath(const QSqlDatabase &db)
{
    return TableRebuild::strings(db, QStringLiteral("SELECT file FROM pragma_database_list "
                                                    "WHERE name = 'main'"))
        .value(0);
}

Backup::Result ColumnChange::backUp(const QSqlDatabase &db)
{
    return Backup::create(filePath(db), Backup::Reason::PreColumnChange);
}

} // namespace rowbook

#include "columnchange.h"

#include "catalog.h"
#include "driverkind.h"
#include "pgbackend.h"
#include "sqltext.h"
#include "tablerebuild.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace rowbook {
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

// The SchemaType whose defaults a column of `kind` takes.
SchemaType typeOfKind(ColumnKind kind)
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

SchemaType typeForDefault(const QString &declared)
{
    SchemaType type = SchemaType::Text;
    if (SchemaOps::typeFromName(declared, &type))
        return type;
    return typeOfKind(Catalog::kindForDeclaredType(declared));
}

// "TrackId 3, 7, 9, …": how people find the rows a problem is about.
QString rowList(const QSqlDatabase &db,
                const TableInfo &info,
                const QString &where,
                const QVariantList &binds,
                qint64 count)
{
    // The integer key; SQLite's rowid; on a server the first column of the primary key (a key
    // of text, a uuid or several columns: TableInfo::keyName is already quoted there).
    const bool server = isPostgres(db);
    QString key = info.keyColumn >= 0 ? info.columns[info.keyColumn].name
                  : server            ? QString()
                                      : info.keyName;
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

// Rows that would break what `wanted` adds to `before`, as problems naming them.
void checkRows(const QSqlDatabase &db,
               const TableInfo &info,
               int index,
               const ColumnDefinition &before,
               const ColumnDefinition &wanted,
               SchemaChange &change)
{
    const QString column = Catalog::quote(info.columns[index].name);
    const QString table = Catalog::quote(info.name);
    const QString name = info.columns[index].name;
    // A server's varchar(n) or char(n) refuses longer values (trailing spaces aside).
    static const QRegularExpression limited(
        QStringLiteral("^(?:character varying|varchar|character|char)\\s*\\(\\s*(\\d+)\\s*\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch limit = limited.match(wanted.type.trimmed());
    if (isPostgres(db) && limit.hasMatch()
        && wanted.type.trimmed().compare(before.type.trimmed(), Qt::CaseInsensitive) != 0) {
        const MatchingRows rows
            = matchingRows(db, info,
                           QStringLiteral("char_length(rtrim(CAST(%1 AS text))) > %2")
                               .arg(column, limit.captured(1)));
        if (rows.count > 0)
            change.problems.push_back(
                {SchemaProblem::Type, index,
                 ColumnChange::tr("“%1” is longer than %2 characters in %Ln row(s) (%3), so its "
                                  "type cannot be %4; nothing was changed.",
                                  nullptr, int(rows.count))
                     .arg(name, limit.captured(1), rows.names, wanted.type.trimmed())});
    }
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
    const bool newReference = !wanted.referencesTable.isEmpty()
                              && (wanted.referencesTable != before.referencesTable
                                  || wanted.referencesColumn != before.referencesColumn);
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

// Whether `column` of `parent` identifies its rows, as a foreign key needs.
bool isParentKey(const QSqlDatabase &db, const TableInfo &parent, const QString &column)
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

} // namespace

namespace {

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

// The one-column foreign key of `column` on a PostgreSQL server: its constraint's name, the
// table and the column it refers to; empty when there is none. Only a key to a table of the
// current schema, the tables Edit Column offers: one to another schema is left as it is.
QStringList serverReference(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT k.conname, p.relname, pa.attname FROM pg_constraint k JOIN pg_class t ON t.oid "
        "= k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_class p ON p.oid = "
        "k.confrelid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1] JOIN "
        "pg_attribute pa ON pa.attrelid = p.oid AND pa.attnum = k.confkey[1] WHERE k.contype = "
        "'f' AND n.nspname = current_schema() AND p.relnamespace = n.oid AND t.relname = ? AND "
        "a.attname = ? AND cardinality(k.conkey) = 1 ORDER BY k.conname LIMIT 1"));
    query.addBindValue(table);
    query.addBindValue(column);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

// What a column's values are cast to on their way to `type` on a server: `type` without its
// length or precision. A cast to varchar(n), char(n) or bit(n) cuts or pads a value without a
// word; the conversion of the cast's result to the column's type then refuses what does not fit,
// as an INSERT would. (char and bit without a length mean a length of 1: text and bit varying.)
QString serverCastType(const QString &type)
{
    static const QRegularExpression characters(
        QStringLiteral("^(character varying|varchar|character|char|bpchar)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bits(QStringLiteral("^bit\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression modifier(
        QStringLiteral("\\s*\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\)"));
    if (characters.match(type).hasMatch())
        return QStringLiteral("text");
    if (bits.match(type).hasMatch())
        return QStringLiteral("bit varying");
    QString bare = type;
    return bare.remove(modifier);
}

// The change on a PostgreSQL server: ALTER TABLE … ALTER COLUMN and constraints added or
// dropped by name, in one transaction; the server converts the values and refuses the whole
// change, naming the value, when one does not convert or fit. Constraints that go are dropped
// before the type changes (a foreign key or UNIQUE index would have to follow the new type),
// those that come are added after. SQLite's way (the rebuild) is in alter() below.
void alterOnServer(const QSqlDatabase &db,
                   const TableInfo &info,
                   int index,
                   const ColumnDefinition &before,
                   const ColumnDefinition &wanted,
                   SchemaChange &change)
{
    const QString table = Catalog::quote(info.name);
    const QString name = info.columns[index].name;
    const QString quotedName = Catalog::quote(name);
    const QString alter = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(table, quotedName);
    const QString type = wanted.type.trimmed();
    const bool typeChanged = type.compare(before.type.trimmed(), Qt::CaseInsensitive) != 0;
    const bool defaultChanged
        = wanted.defaultValue != before.defaultValue || wanted.defaultIsSql != before.defaultIsSql;
    const bool referenceChanged = wanted.referencesTable != before.referencesTable
                                  || wanted.referencesColumn != before.referencesColumn;
    QString defaultSql = wanted.defaultValue;
    if (!wanted.defaultValue.isEmpty() && !wanted.defaultIsSql) {
        QString problem;
        if (!SchemaOps::defaultLiteral(db, typeOfKind(pgcatalog::kindForType(type)),
                                       wanted.defaultValue, &defaultSql, &problem)) {
            change.problems.push_back({SchemaProblem::Default, index, problem});
            return;
        }
    }
    auto add = [&change](const QString &sql) {
        change.statements << TableRebuild::statement(sql);
    };
    if (before.unique && !wanted.unique) {
        // The index behind a UNIQUE constraint has the constraint's name.
        for (const IndexInfo &existing : SchemaOps::indexes(db, info.name)) {
            if (existing.unique && existing.automatic && existing.columns == QStringList{name})
                add(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                        .arg(table, Catalog::quote(existing.name)));
        }
    }
    if (referenceChanged) {
        const QStringList old = serverReference(db, info.name, name);
        if (!old.isEmpty())
            add(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                    .arg(table, Catalog::quote(old.first())));
    }
    // The old default would have to convert to the new type as well: it goes first.
    if (!before.defaultValue.isEmpty() && (typeChanged || defaultChanged))
        add(alter + QLatin1String("DROP DEFAULT"));
    // Between types of one family (varchar(80) to varchar(10), numeric(10,2) to
    // numeric(12,2)) the server's own conversion refuses what does not fit, and a wider type
    // is taken without rewriting the table: no USING then.
    if (typeChanged && serverCastType(type) == serverCastType(before.type.trimmed()))
        add(alter + QStringLiteral("TYPE %1").arg(type));
    else if (typeChanged)
        add(alter
            + QStringLiteral("TYPE %1 USING CAST(%2 AS %3)")
                  .arg(type, quotedName, serverCastType(type)));
    if (!wanted.defaultValue.isEmpty() && (typeChanged || defaultChanged))
        add(alter + QLatin1String("SET DEFAULT ") + defaultSql);
    if (wanted.notNull != before.notNull)
        add(alter
            + (wanted.notNull ? QLatin1String("SET NOT NULL") : QLatin1String("DROP NOT NULL")));
    if (wanted.unique && !before.unique)
        add(QStringLiteral("ALTER TABLE %1 ADD UNIQUE (%2)").arg(table, quotedName));
    if (referenceChanged && !wanted.referencesTable.isEmpty())
        add(QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3 (%4)")
                .arg(table, quotedName, Catalog::quote(wanted.referencesTable),
                     Catalog::quote(wanted.referencesColumn)));
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
        const QStringList reference = serverReference(db, info.name, col.name);
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
    if (problem.isEmpty() && !text.ok && !server)
        problem = tr("Rowbook cannot read how “%1” was created, so it cannot change the column.")
                      .arg(info.name);
    if (problem.isEmpty() && target.primaryKeyOrder > 0
        && wanted.type.trimmed().compare(before.type.trimmed(), Qt::CaseInsensitive) != 0)
        problem = tr("“%1” is part of the primary key, so its type cannot be changed.").arg(column);
    if (!problem.isEmpty()) {
        change.problems.push_back({SchemaProblem::Type, index, problem});
        return change;
    }
    const bool referenceChanged = wanted.referencesTable != before.referencesTable
                                  || wanted.referencesColumn != before.referencesColumn;
    if (!wanted.referencesTable.isEmpty() && referenceChanged) {
        const TableInfo parent = Catalog::table(db, wanted.referencesTable);
        if (!parent.isValid() || parent.isView || parent.columnIndex(wanted.referencesColumn) < 0)
            problem = tr("There is no column “%1” in a table “%2” to refer to.")
                          .arg(wanted.referencesColumn, wanted.referencesTable);
        else if (!isParentKey(db, parent, wanted.referencesColumn))
            problem = tr("“%1” of “%2” is neither the primary key nor unique, so rows cannot refer "
                         "to it.")
                          .arg(wanted.referencesColumn, wanted.referencesTable);
        if (!problem.isEmpty()) {
            change.problems.push_back({SchemaProblem::Constraint, index, problem});
            return change;
        }
    }
    checkRows(db, info, index, before, wanted, change);
    if (!change.problems.isEmpty())
        return change;
    if (server) {
        alterOnServer(db, info, index, before, wanted, change);
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

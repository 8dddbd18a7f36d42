// A column change on a PostgreSQL server: ALTER TABLE statements (ColumnChange::alter).
#include "columnchangeparts.h"

#include "catalog.h"
#include "pgbackend.h"
#include "tablerebuild.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rowbook {
namespace {

// The names PostgreSQL gives its character types, longest first (a regular expression).
constexpr char characterTypes[]
    = "(?:national\\s+)?(?:character|char)\\s+varying|nchar\\s+varying|varchar|"
      "(?:national\\s+)?(?:character|char)|nchar|bpchar";

// Array brackets at the end of a type: text[], varchar(3)[][], int[4], or SQL's text ARRAY and
// text ARRAY[4].
const QRegularExpression &arraySuffix()
{
    static const QRegularExpression brackets(
        QStringLiteral("(?:(?:\\s*\\[\\s*\\d*\\s*\\])+|\\s+ARRAY(?:\\s*\\[\\s*\\d*\\s*\\])?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return brackets;
}

// What a column's values are cast to on their way to `type` on a server: `type` without its
// length or precision. A cast to varchar(n), char(n) or bit(n) cuts or pads a value without a
// word; the conversion of the cast's result to the column's type then refuses what does not fit,
// as an INSERT would. (char, nchar and bit without a length mean a length of 1: text and bit
// varying.) An array's elements are cast the same way, to an array.
QString serverCastType(const QString &type)
{
    static const QRegularExpression characters(
        QStringLiteral("^(?:%1)\\b").arg(QLatin1String(characterTypes)),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bits(QStringLiteral("^bit\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression modifier(
        QStringLiteral("\\s*\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\)"));
    if (const QRegularExpressionMatch array = arraySuffix().match(type); array.hasMatch())
        return serverCastType(type.left(array.capturedStart()).trimmed()) + QStringLiteral("[]");
    if (characters.match(type).hasMatch())
        return QStringLiteral("text");
    if (bits.match(type).hasMatch())
        return QStringLiteral("bit varying");
    QString bare = type;
    return bare.remove(modifier);
}

} // namespace

columnchange::ServerTextLimit columnchange::serverTextLimit(const QString &type)
{
    static const QRegularExpression limited(
        QStringLiteral("^(?:%1)\\s*\\(\\s*(\\d+)\\s*\\)$").arg(QLatin1String(characterTypes)),
        QRegularExpression::CaseInsensitiveOption);
    ServerTextLimit limit;
    QString element = type.trimmed();
    if (const QRegularExpressionMatch array = arraySuffix().match(element); array.hasMatch()) {
        limit.array = true;
        element = element.left(array.capturedStart()).trimmed();
    }
    static const QRegularExpression oneByte(QStringLiteral("^(?:pg_catalog\\s*\\.\\s*)?\"char\"$"),
                                            QRegularExpression::CaseInsensitiveOption);
    // Without a length, char, character and nchar hold one character (bpchar and the varying
    // types any number).
    static const QRegularExpression single(
        QStringLiteral("^(?:(?:national\\s+)?(?:character|char)|nchar)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = limited.match(element); match.hasMatch()) {
        limit.length = match.captured(1).toInt();
    } else if (single.match(element).hasMatch()) {
        limit.length = 1;
    } else if (oneByte.match(element).hasMatch()) {
        limit.length = 1;
        limit.bytes = true;
    }
    return limit;
}

bool columnchange::serverKnowsType(const QSqlDatabase &db, const QString &type)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT to_regtype(?) IS NOT NULL"));
    query.addBindValue(type);
    if (query.exec() && query.next())
        return query.value(0).toBool();
    // A name that does not parse is a syntax error (42601) before PostgreSQL 16; another
    // failure (the server gone) is for the change itself to meet.
    return query.lastError().nativeErrorCode() != QLatin1String("42601");
}

QStringList
columnchange::serverReference(const QSqlDatabase &db, const QString &table, const QString &column)
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

// The server converts the values and refuses the whole change, naming the value, when one does
// not convert or fit. Constraints that go are dropped before the type changes (a foreign key or
// UNIQUE index would have to follow the new type), those that come are added after. SQLite's way
// (the rebuild) is in ColumnChange::alter().
void columnchange::alterOnServer(const QSqlDatabase &db,
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
    const bool typeChanged = wanted.typeDiffers(before);
    const bool defaultChanged
        = wanted.defaultValue != before.defaultValue || wanted.defaultIsSql != before.defaultIsSql;
    const bool referenceChanged = wanted.referenceDiffers(before);
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
        const QStringList old = columnchange::serverReference(db, info.name, name);
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

} // namespace rowbook

#include "copyplan.h"

#include "copyplanhelpers.h"

#include "catalog.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <climits>

namespace rowbook {
namespace copyplan {

// Both engines quote identifiers the SQL-standard way. (QSqlDriver::escapeIdentifier would
// split names with a dot in them into schema.name, which a copied table must not be.)
QString quoted(const QString &name)
{
    QString inner = name;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString quotedList(const QStringList &names)
{
    QStringList parts;
    for (const QString &name : names)
        parts << quoted(name);
    return parts.join(QLatin1String(", "));
}

QString stringLiteral(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

QString queryError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// The tables asked for, spelled as the source spells them; an unknown name is an error.
bool resolveTables(const QStringList &available,
                   const QStringList &asked,
                   QStringList *tables,
                   QString *error)
{
    if (asked.isEmpty()) {
        *tables = available;
        return true;
    }
    for (const QString &name : asked) {
        QString found;
        for (const QString &candidate : available) {
            if (candidate == name
                || (found.isEmpty() && candidate.compare(name, Qt::CaseInsensitive) == 0))
                found = candidate;
        }
        if (found.isEmpty()) {
            *error = CopyPlanText::tr("There is no table “%1” in the source database.").arg(name);
            return false;
        }
        if (!tables->contains(found))
            *tables << found;
    }
    return true;
}

} // namespace copyplan

using namespace copyplan;

int CopyPlan::batchRows(const Table &table) const
{
    if (target == Engine::Sqlite)
        return 1;
    return qBound(1, 30000 / int(qMax(1, int(table.carries.size()))), 500);
}

qint64 CopyPlan::totalRows() const
{
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.rows;
    return total;
}

QStringList CopyPlan::existingOnTarget(const QSqlDatabase &target) const
{
    QStringList existing;
    QSqlQuery query(target);
    for (const Table &table : tables) {
        if (this->target == Engine::Sqlite) {
            query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', "
                                         "'view') AND lower(name) = lower(?)"));
            query.addBindValue(table.name);
        } else {
            query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
            query.addBindValue(quoted(table.name));
        }
        if (query.exec() && query.next()
            && (this->target == Engine::Sqlite || query.value(0).toBool()))
            existing << table.name;
    }
    return existing;
}

QStringList CopyPlan::sourcePreamble(Engine source)
{
    if (source == Engine::Sqlite)
        return {};
    return {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
            QStringLiteral("SET LOCAL DateStyle = 'ISO, YMD'")};
}

QStringList CopyPlan::targetPreamble() const
{
    // SQLite checks foreign keys at COMMIT, so tables can be filled in any order.
    if (target == Engine::Sqlite)
        return {QStringLiteral("PRAGMA defer_foreign_keys = ON")};
    return {};
}

QStringList CopyPlan::finalProblems(const QSqlDatabase &target) const
{
    QStringList problems;
    if (this->target != Engine::Sqlite)
        return problems;
    QSqlQuery query(target);
    for (const Table &table : tables) {
        query.exec(QStringLiteral("SELECT \"parent\", count(*) FROM pragma_foreign_key_check(%1) "
                                  "GROUP BY \"parent\"")
                       .arg(stringLiteral(table.name)));
        while (query.next()) {
            const int rows = int(qMin(query.value(1).toLongLong(), qint64(INT_MAX)));
            problems << CopyPlanText::tr(
                            "%n row(s) of table “%1” refer to rows of “%2” that do not exist.",
                            nullptr, rows)
                            .arg(table.name, query.value(0).toString());
        }
    }
    return problems;
}

QVariant CopyPlan::carry(const QVariant &value, ValueCarry how)
{
    if (value.isNull())
        return QVariant();
    switch (how) {
    case ValueCarry::AsIs:
        if (value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isNull()) {
            // A zero-length BLOB/bytea comes back from the drivers as a null QByteArray, which
            // QSQLITE would bind as NULL (sqlite3_bind_blob with a null pointer): give it a
            // buffer, so it stays a zero-length value.
            QByteArray empty;
            empty.reserve(1);
            return QVariant(empty);
        }
        return value;
    case ValueCarry::Integer:
        return QVariant(value.toLongLong());
    case ValueCarry::Text:
        return QVariant(value.toString());
    case ValueCarry::BoolFromInt:
        return QVariant(value.toLongLong() != 0);
    case ValueCarry::IntFromBool:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case ValueCarry::NumericText: {
        QString text = value.toString();
        if (text.contains(QLatin1Char('.'))
            && !text.contains(QLatin1Char('e'), Qt::CaseInsensitive)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
        return QVariant(text);
    }
    }
    return value;
}

} // namespace rowbook

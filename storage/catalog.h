#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace rowbook {

// How a column is edited, derived from its declared type (SQLite type affinity rules plus the
// common names people use: DATE, DATETIME, BOOLEAN, LONGTEXT).
enum class ColumnKind { Integer, Real, Text, LongText, Date, DateTime, Boolean, Blob, Any };

struct ColumnInfo
{
    QString name;
    QString declaredType;
    ColumnKind kind = ColumnKind::Any;
    bool notNull = false;
    QString defaultSql;      // the DEFAULT expression as written, empty when none
    int primaryKeyOrder = 0; // 1-based position in the primary key, 0 when not part of it
};

struct TableInfo
{
    QString name;
    bool isView = false;
    bool hasRowid = true; // false for views and WITHOUT ROWID tables
    // How SQL names the rowid of this table: rowid, or _rowid_ or oid when a column is called
    // rowid (a column hides SQLite's name for the rowid). Empty when all three are columns, and
    // then hasRowid is false.
    QString rowidName = QStringLiteral("rowid");
    int rowidAliasColumn = -1; // index of the INTEGER PRIMARY KEY column, if any
    QVector<ColumnInfo> columns;

    bool isValid() const { return !columns.isEmpty(); }
    bool isEditable() const { return !isView && hasRowid; }
    int columnIndex(const QString &name) const;
};

// Reading the schema of a database: which tables and views there are, and their columns.
class Catalog
{
public:
    struct Entry
    {
        QString name;
        bool isView = false;
    };

    // User tables and views, sorted by name; SQLite's and Rowbook's own tables are left out.
    static QVector<Entry> objects(const QSqlDatabase &db);
    static TableInfo table(const QSqlDatabase &db, const QString &name);
    static qint64 rowCount(const QSqlDatabase &db, const QString &name);
    static ColumnKind kindForDeclaredType(const QString &declaredType);
    static QString quote(const QString &identifier); // "identifier" with quotes doubled
    // The first of rowid, _rowid_ and oid that no column hides, or an empty string.
    static QString rowidName(const QVector<ColumnInfo> &columns);
    static bool isInternal(const QString &name);
};

} // namespace rowbook

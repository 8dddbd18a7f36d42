#pragma once

#include "storageerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <algorithm>

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
    // SQLite: the table was made WITHOUT ROWID (its rows are known by their primary key).
    bool withoutRowid = false;
    // Whether rows can be addressed by a RowKey; false for views, server tables without a
    // primary key, SQLite tables whose columns hide every name of the rowid, and WITHOUT ROWID
    // tables before SQLite 3.35 (read-only: SqlDialect::readOnlyReason() says why).
    bool hasRowKey = true;
    // How SQL names the row key of this table. On SQLite the rowid: rowid, or _rowid_ or oid
    // when a column is called rowid (a column hides SQLite's name for the rowid). Empty when all
    // three are columns, and then hasRowKey is false. On PostgreSQL, and in SQLite's WITHOUT ROWID
    // tables, the quoted names of the primary key's columns, in its order, separated by ", "
    // (empty without a primary key).
    QString keyName = QStringLiteral("rowid");
    // PostgreSQL tables whose primary key is not one integer column, and SQLite's WITHOUT ROWID
    // tables: the window addresses their rows by KeyMap handles (keymap.h), which stand for the
    // `keyWidth` values of the key's columns. Those columns can be typed into on a new row only.
    bool keysMapped = false;
    int keyWidth = 1;
    // How the key and page queries select the key, when not as keyName (a mapped key's columns,
    // as text on a server).
    QString keySelect;
    // The column that holds the row key itself (SQLite's INTEGER PRIMARY KEY of a table with a
    // rowid, PostgreSQL's integer primary key), or -1: it is shown but not edited.
    int keyColumn = -1;
    // Whether the database numbers keyColumn in a row added without it: always SQLite's rowid
    // alias; on PostgreSQL an identity column or one with a default (serial's nextval). A server
    // key without either is typed into a new row, like a mapped key, and is fixed once saved.
    bool keyNumbered = true;
    // Writing a row may change cells other than those written: the table has triggers, generated
    // columns (PostgreSQL: SQLite's are not shown) or foreign keys to itself that act on delete or
    // update. The window then reads the table again after its own saves.
    bool writesOtherCells = false;
    QVector<ColumnInfo> columns;

    bool isValid() const { return !columns.isEmpty(); }
    bool isEditable() const { return !isView && hasRowKey; }
    // Whether `column` is (part of) the row key: shown, but not edited on a saved row.
    bool isKeyPart(int column) const
    {
        return column == keyColumn
               || (keysMapped && column >= 0 && column < columns.size()
                   && columns[column].primaryKeyOrder > 0);
    }
    // Whether `column` is the key the database numbers: never typed, in new rows either.
    bool isNumberedKey(int column) const { return column == keyColumn && keyNumbered; }
    // The row key is SQLite's rowid, which no column shows (a table put back as it was, or a row
    // brought back, must name it); mapped or not (Catalog::mapLowKeys).
    bool hasHiddenKey() const
    {
        return hasRowKey && keyColumn < 0 && (!keysMapped || !hasPrimaryKey());
    }
    // Whether any column is (part of) a declared primary key.
    bool hasPrimaryKey() const
    {
        return std::any_of(columns.cbegin(), columns.cend(),
                           [](const ColumnInfo &c) { return c.primaryKeyOrder > 0; });
    }
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
    // `error` (when given) gets the reason the list could not be read (the file locked by
    // another program: Busy; the server gone), else stays as it was.
    static QVector<Entry> objects(const QSqlDatabase &db, StorageError *error = nullptr);
    static TableInfo table(const QSqlDatabase &db, const QString &name);
    static qint64 rowCount(const QSqlDatabase &db, const QString &name);
    static ColumnKind kindForDeclaredType(const QString &declaredType);
    static QString quote(const QString &identifier); // "identifier" with quotes doubled
    // The first of rowid, _rowid_ and oid that no column hides, or an empty string.
    static QString rowidName(const QVector<ColumnInfo> &columns);
    // Makes `info`'s rows known by the values of its primary key's columns (keysMapped): sets
    // keyWidth, keyName (the quoted columns in the key's order) and keySelect, which selects
    // each column through `select` ("%1" is the quoted column) named apart from the columns, so
    // that ORDER BY a column's name never means the key's select.
    static void mapPrimaryKey(TableInfo &info, const QString &select);
    // New rows have keys below 0 in the window (TableModel::isNewKey), so a rowid table whose
    // keys go below 1 has them mapped (keysMapped) like a primary key of other values: keyName
    // stays the rowid, and keyColumn the INTEGER PRIMARY KEY that is it. Tables whose rowid is
    // not the primary key are left as they are (TableModel::lowKeyNote()).
    static void mapLowKeys(const QSqlDatabase &db, TableInfo &info);
    // Maps a SQLite rowid table's keys or not, whatever its lowest rowid: for a window that
    // holds keys of the table in the form it read them in before. False when `info` is not
    // such a table and is not already as asked.
    static bool setKeysMapped(TableInfo &info, bool mapped);
    static bool isInternal(const QString &name);
};

} // namespace rowbook

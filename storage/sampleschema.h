#pragma once

#include "rowchange.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace rowbook {

// What sample data for one table must respect, read from SQLite's catalog: per column its
// declared type, NOT NULL, UNIQUE (a one-column unique index or key), the CHECK expressions that
// mention it, and the parent of a one-column foreign key. Also the statements the populate job in
// transfer/ runs, so no SQL is spelled outside storage/.
struct SampleSchema
{
    struct Column
    {
        QString name;
        QString declared;
        bool notNull = false;
        bool unique = false;
        bool keyAlias = false; // INTEGER PRIMARY KEY: left to the database
        bool hasDefault = false;
        QStringList checks;      // CHECK expressions that mention this column (and no other)
        QStringList otherChecks; // CHECK expressions that mention it and other columns too
        QString parentTable;     // a one-column foreign key, empty when none
        QString parentColumn;
    };

    QString table; // as the database spells it
    QVector<Column> columns;
    QString error;
    bool unknownTable = false;

    static SampleSchema read(const QSqlDatabase &db, const QString &table);

    // The distinct values of `column` in `table` (parent keys, or what a UNIQUE column holds).
    static QVariantList values(const QSqlDatabase &db, const QString &table, const QString &column);
    // The largest integer of `column`, 0 for an empty table.
    static qint64 maxInteger(const QSqlDatabase &db, const QString &table, const QString &column);
    // The largest rowid of `table`; -1 when it has none to read (WITHOUT ROWID).
    static qint64 maxRowKey(const QSqlDatabase &db, const QString &table);
    // Deletes the rows of `table` whose rowid is within [first, last]: undoing a fill, whose rows
    // got the rowids after the largest one before it (the fill held the write lock throughout).
    static RowChange deleteKeyRange(const QString &table, qint64 first, qint64 last);
    // INSERT INTO table (columns) VALUES (?, …); DEFAULT VALUES when there are none.
    QString insertSql(const QStringList &columnNames) const;
};

} // namespace rowbook

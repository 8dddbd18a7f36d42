#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace rowbook {

// Salvages every readable row of a damaged SQLite file into a new file, reading the damaged one
// page by page (PageReader) and never writing to it:
//  1. sqlite_schema is read from the tree on page 1 (or, when that is gone, from any page that
//     holds schema-shaped rows): each table's CREATE statement and root page;
//  2. each table's b-tree is walked from its root as far as it is intact; a child pointer that
//     leads to a destroyed page leaves a gap (the rowid range it covered);
//  3. every page of the file is scanned for table leaf pages that no walk reached and that are
//     not free: such an orphan goes to the one table whose gap holds its rowids and whose column
//     count fits (an exact count first), else to the only damaged (then the only) table with
//     exactly that column count, else to a `lost_and_found` table (pgno, nfield, id, c0, c1,
//     ...) as sqlite3's .recover does. Rows that a table refuses (a duplicate rowid, too many
//     values) go to lost_and_found too;
//  4. tables are created with their original statements, rows inserted with their rowids, then
//     indexes, views and triggers are created (a failing one is reported, not fatal).
// The new file is written under a temporary name and renamed when complete.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    struct Result
    {
        QVector<TableCount> tables; // in schema order; lost_and_found last, when it was needed
        qint64 lostAndFound = 0;    // rows that could not be given to a table
        int unreadableCells = 0;    // cells whose bounds, record or overflow chain were bad
        QStringList warnings;       // objects that could not be recreated, one sentence each
        QString error;              // set when no new file was written
        bool ok() const { return error.isEmpty(); }
        qint64 totalRows() const;
    };

    // Called now and then with work done and total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // `outputPath` must not exist. On error or cancel, nothing is left at `outputPath`.
    static Result
    run(const QString &damagedPath, const QString &outputPath, const Progress &progress = {});
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::Recovery::Result)

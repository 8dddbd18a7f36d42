#pragma once

class QTableView;

namespace rowbook {

// The grid's column widths when a table, or its changed columns, are first shown: each column as
// wide as its header and the values of the rows in view (the header samples at most its
// resizeContentsPrecision() rows, so a million-row table costs no more than a page), between
// about 8 and 45 average characters, so that one long value does not push the others out of
// sight.
class GridColumns
{
public:
    static int minimumWidth(const QTableView *view);
    static int maximumWidth(const QTableView *view);
    static void fitToContents(QTableView *view);
    // One column, within the same bounds.
    static void fitColumn(QTableView *view, int column);
    // The width the row key's column needs for its longest key (0 for other columns): the
    // sampled rows are the first ones, with short keys, and a table of millions of rows would
    // cut its later keys off ("145…"). In key order the first and last rows hold the extremes;
    // the row count is a floor for them.
    static int keyColumnFloor(const QTableView *view, int column);
};

} // namespace rowbook

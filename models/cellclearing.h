#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QModelIndexList>
#include <QStringList>
#include <QVariant>

namespace rowbook {

class TableModel;

// Del on cells, as in a spreadsheet: each cell becomes NULL, or its column's default when the
// column is NOT NULL (in a binary column, the default's bytes). All cells change in one undo
// step. A NOT NULL column whose default is not a plain literal (or that has none) keeps its
// values, and so does a cell that does not take the value (DEFAULT 'none' in an INTEGER column);
// the result names their columns.
class CellClearing
{
    Q_DECLARE_TR_FUNCTIONS(CellClearing)

public:
    struct Result
    {
        int cleared = 0;
        QStringList skippedColumns; // NOT NULL columns without a usable default
        QStringList refusedColumns; // columns whose cells did not take the cleared value
    };

    // What clearing a cell of `column` stores; false when the column must keep its value.
    static bool clearedValue(const ColumnInfo &column, QVariant *value);
    static Result clear(TableModel *model, const QModelIndexList &cells);
};

} // namespace rowbook

#pragma once

#include <QCoreApplication>
#include <QModelIndexList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

class QAbstractItemModel;

namespace rowbook {

class TableModel;

// Copy and paste between the grid and spreadsheets. Pure functions: no clipboard access and no
// writing, so the caller (the main window, the undo command) decides what happens.
class ClipboardFormat
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardFormat)

public:
    enum class Format { Tsv, Csv };
    using Block = QVector<QStringList>; // rows of cells; rows may have different lengths

    struct CellError
    {
        int row = 0;    // model row (may be past the end: a row to be appended)
        int column = 0; // model column
        QString message;
    };

    struct Cell
    {
        int row = 0;
        int column = 0;
        QVariant value; // what is stored: already converted for the column (NULL is QVariant())
    };

    // What a paste would do, worked out before anything is written.
    struct PastePlan
    {
        QVector<Cell> cells;       // values to set, row by row; only when errors is empty
        QVector<CellError> errors; // per cell, in row order
        QString problem;           // the whole paste is refused (read-only table, nothing to paste)
        int rowsToAppend = 0;      // rows past the last one that the paste would add
        int clippedColumns = 0;    // block columns past the table's last column (dropped)
        int ignoredCells = 0;      // key cells of appended rows: the database numbers those

        bool isValid() const { return problem.isEmpty() && errors.isEmpty(); }
    };

    // The selection's rows x columns (its bounding rows and columns; cells of that grid that are
    // not selected are empty), as text: values as shown, NULL as empty, full multi-line text,
    // check boxes as true/false. Lines end in "\n" (TSV) or "\r\n" (CSV, RFC 4180).
    static QString copy(const QAbstractItemModel &model,
                        const QModelIndexList &selection,
                        Format format,
                        bool withHeader);
    static QString format(const Block &rows, Format format);
    // The text of one cell as copied.
    static QString cellText(const QModelIndex &index);

    // Spreadsheet text to rows of cells: tab (or comma) separated, quoted cells with embedded
    // separators, line breaks and doubled quotes, CRLF/LF/CR line ends, one trailing line end
    // ignored (Excel adds one). Empty text gives an empty block.
    // Spreadsheets put tab-separated text on the clipboard: use Csv only for text/csv data.
    static Block parse(const QString &text, Format format = Format::Tsv);

    // Checks every cell of `block` pasted with its top-left at (row, column) — row may be
    // rowCount() to paste below the last row — against its column's kind
    // (TableModel::toStorage) and NOT NULL. Empty cells become NULL except in text columns; in
    // appended rows they are left out, so column defaults apply.
    static PastePlan plan(const TableModel &model, int row, int column, const Block &block);

private:
    static bool pasteIntoKey(const TableModel &model,
                             int target,
                             int col,
                             const QString &text,
                             bool appended,
                             PastePlan &plan);
};

} // namespace rowbook

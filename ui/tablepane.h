#pragma once

#include "filterheader.h"
#include "gridview.h"

#include <QPointer>
#include <QStackedWidget>

class QLabel;

namespace rowbook {

class FilterHeader;
class GridLayout;
class TableModel;

// The table on screen: the table view with its filter header, or a message in its place, and
// the "Rows 1–40 of 3,000" label for the status bar. Puts the user's place (current row, column,
// scroll position) back when the table is read again.
class TablePane : public QStackedWidget
{
    Q_OBJECT
public:
    // Where the user is: the current row by its key, the column by its name.
    struct Place
    {
        qint64 key = 0;
        QString column;
        int scroll = 0;
        int top = -1; // a big table's first row on screen: a position in the whole table
    };
    enum class Scroll { Keep, Leave };

    explicit TablePane(QWidget *parent = nullptr);

    GridView *view() const { return m_view; }
    // Hidden, moved, frozen columns and their widths, remembered per table.
    GridLayout *columnLayout() const { return m_layout; }
    FilterHeader *filterHeader() const { return m_filterHeader; }
    QLabel *rowsLabel() const { return m_rowsLabel; }
    // "Read-only: <reason>", hidden while the table can be edited.
    QLabel *readOnlyLabel() const { return m_readOnlyLabel; }
    void setReadOnlyReason(const QString &reason);

    // Shows `model` (with the cell colours of the current palette) and follows its rows in the
    // label.
    void setModel(TableModel *model);
    void showMessage(const QString &text);
    // Shows the table the model just switched to: unfiltered, unsorted, the columns sized to
    // their content (or as the user left them: GridLayout) and the first cell current.
    void showNewTable();
    // After the model re-read the columns of the same table: unsorted, unfiltered.
    void resetColumns();

    Place place() const;
    // Shows the table of a tab that comes back to the screen, as the user left it: its filter
    // row, its sort column and order, and `place`. The model already filters and sorts.
    void showKept(const FilterHeader::State &filters,
                  int sortColumn,
                  Qt::SortOrder order,
                  const Place &place);
    // Makes the row and column of `place` current again once the model has read its rows.
    void restore(const Place &place, Scroll scroll);
    void updateRowsLabel();
    // Ends editing in a cell: the editor loses focus and commits what was typed.
    void commitEditor();

Q_SIGNALS:
    // The whole table (unfiltered) has `count` rows.
    void rowsCounted(const QString &table, qint64 count);

protected:
    // A theme change gives the model the new palette's cell colours.
    void changeEvent(QEvent *event) override;
    // The grid's viewport resized (a dock opened below it, the window shrank): the rows label
    // counts the rows now on screen, and a current row that was on screen stays there.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    GridView *m_view;
    FilterHeader *m_filterHeader;
    GridLayout *m_layout;
    QLabel *m_message;
    QLabel *m_rowsLabel;
    QLabel *m_readOnlyLabel;
    QPointer<TableModel> m_model; // the workspace owns it
};

} // namespace rowbook

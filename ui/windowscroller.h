#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QScrollBar;
class QTableView;

namespace rowbook {

class TableModel;

// The vertical scroll bar of a grid whose TableModel shows a window of a big table (a QHeaderView
// keeps 8 bytes for every row it is told of, so the view only ever sees about 100,000 rows). The
// view's own scroll bar spans the window; this one lies over it and spans the whole table, so
// dragging its thumb, the wheel and Page Down go on across the window's edges: the window moves
// when the view comes near one of them, and the view scrolls by as many rows as it moved, so the
// same rows stay on screen. Hidden while the model holds the whole table in one window.
class WindowScroller : public QObject
{
    Q_OBJECT
public:
    explicit WindowScroller(QTableView *view);

    void setModel(TableModel *model);
    // Before the view moves its current cell a step (arrows, Page Down): from near an edge of
    // the window, the window first moves to centre on the cell.
    void beforeStep();
    // Ctrl+Home and Ctrl+End: the window goes to the table's first or last rows; the row of the
    // window that is the table's first or last.
    int jumpToEnd(bool last);
    // Lays the bar over the view's own; the view calls it when its geometry changes.
    void place();
    QScrollBar *scrollBar() const { return m_bar; }

private:
    void onViewScrolled();
    void onBarMoved(int value);
    void onWindowMoved(int shift);
    // The window's row at the top of the viewport, and how many rows fit in it.
    int topRow() const;
    int pageRows() const;
    void scrollViewTo(int row);
    // Moves the window when the rows on screen are within a quarter of it from an edge.
    void recentre();
    void sync();
    // Rows another program's commit moved: the top row on screen stays at the top, or the
    // first one below it that is still there.
    void holdRowsOnScreen();
    void restoreRowsOnScreen();

    QTableView *m_view;
    QScrollBar *m_bar;
    QPointer<TableModel> m_model;
    bool m_syncing = false;
    bool m_recentring = false;
    QList<QPersistentModelIndex> m_onScreen; // holdRowsOnScreen()'s, top first
    int m_topOffset = 0;                     // how far the view was scrolled into the top row
};

} // namespace rowbook

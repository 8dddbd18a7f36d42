#pragma once

#include <QPointer>
#include <QTableView>

namespace rowbook {

class FilterHeader;
class FrozenView;
class WindowScroller;

// The table grid. It can keep its first N visual columns in place while the others scroll
// sideways, the way Qt's "Frozen Column" example does: a second view over the left edge shares
// the model and the selection model, shows only those columns (with their filter fields) and
// scrolls up and down with the grid. Editing a frozen cell opens the editor in that view, so it
// is never covered. Over a TableModel that shows a window of a big table, a WindowScroller's scroll
// bar spans the whole table.
class GridView : public QTableView
{
    Q_OBJECT
public:
    explicit GridView(QWidget *parent = nullptr);
    ~GridView() override;

    // The header must be a FilterHeader; call once, before setModel().
    void setFilterHeader(FilterHeader *header);
    void setModel(QAbstractItemModel *model) override;

    // Keeps the first `count` visual columns in place (0: none).
    void setFrozenCount(int count);
    int frozenCount() const { return m_frozenCount; }
    bool isFrozen(int logicalColumn) const;
    // The view that draws the frozen columns; hidden while none are.
    QTableView *frozenView() const;
    // The width of the first `count` columns on screen (hidden ones count 0).
    int leadingWidth(int count) const;

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    // Does nothing: a letter typed on a cell that cannot be edited is not a search. Qt's search
    // would read the column row after row on the GUI thread, a whole window of a big table when
    // nothing matches (the search box, Ctrl+F, searches on the database).
    void keyboardSearch(const QString &search) override;
    // Tab or Shift+Tab closed an editor in the frozen view: edit the next (previous) cell of the
    // whole grid, which may be a scrolling column.
    void editNext(bool forward);
    // After an edit() that opened nothing: emits editRefused() when the user asked for an editor
    // (a double click, F2 or a key typed) on a cell that cannot be edited.
    void explainRefusedEdit(const QModelIndex &index, EditTrigger trigger);
    // Writes what an open cell editor holds (before the window moves its row away, or on Save
    // Now), in the grid or in the frozen view; the editor stays open.
    void commitOpenEditor();

Q_SIGNALS:
    void frozenCountChanged(int count);
    // The user tried to edit a cell that cannot be (a double click, F2 or typing): `why` is the
    // cell's tooltip (a saved row's key, the database's row number, a read-only file's reason);
    // nothing is emitted for a cell without one.
    void editRefused(const QString &why);

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;

private:
    void syncFrozen();
    // The frozen view has the grid's model only while columns are frozen: a view of the model
    // keeps 8 bytes a row in its row header (80 MB at 10 million rows), even when hidden.
    void attachFrozen(bool attach);
    void placeFrozen();
    void syncRowHeights();
    int frozenWidth() const;

    QMetaObject::Connection m_resetConnection;
    QVector<QMetaObject::Connection> m_tableConnections; // to the TableModel shown
    QPointer<FilterHeader> m_filterHeader;
    FrozenView *m_frozen;
    WindowScroller *m_scroller;
    int m_frozenCount = 0;
    bool m_syncing = false;
    bool m_followingGrid = false; // the frozen view's scroll bar follows the grid's
};

} // namespace rowbook

#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace rowbook {

class FilterHeader;
class TableModel;

// Shown over the grid when a filter or search leaves no rows: says which columns' filters (or
// which search) matched nothing and offers Clear Filters. A table with no rows at all says so,
// and offers Add Row where rows can be added. It also keeps the row-number column as wide as
// usual while the grid is empty, so the columns do not jump.
class EmptyFilterOverlay : public QWidget
{
    Q_OBJECT
public:
    EmptyFilterOverlay(QTableView *view, FilterHeader *header);

    void setModel(TableModel *model);
    // Edit → Add Row, offered (while it is enabled) over an empty table.
    void setAddRowAction(QAction *addRow);
    QLabel *messageLabel() const { return m_label; }

Q_SIGNALS:
    // Clear Filters was pressed: the filters are cleared already; the search box should follow.
    void clearRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void place();

    QTableView *m_view;
    FilterHeader *m_header;
    QPointer<TableModel> m_model;
    QLabel *m_label;
    QPushButton *m_clear;
    QPushButton *m_addRow;
    QPointer<QAction> m_addRowAction;
};

} // namespace rowbook

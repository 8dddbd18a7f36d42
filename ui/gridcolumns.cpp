#include "gridcolumns.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace rowbook {

int GridColumns::minimumWidth(const QTableView *view)
{
    return 8 * view->fontMetrics().averageCharWidth();
}

int GridColumns::maximumWidth(const QTableView *view)
{
    return 45 * view->fontMetrics().averageCharWidth();
}

void GridColumns::fitToContents(QTableView *view)
{
    if (!view->model())
        return;
    view->resizeColumnsToContents();
    const int least = minimumWidth(view);
    const int most = maximumWidth(view);
    for (int column = 0; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, std::clamp(view->columnWidth(column), least, most));
}

void GridColumns::fitColumn(QTableView *view, int column)
{
    if (!view->model() || column < 0 || column >= view->model()->columnCount())
        return;
    view->resizeColumnToContents(column);
    view->setColumnWidth(
        column, std::clamp(view->columnWidth(column), minimumWidth(view), maximumWidth(view)));
}

} // namespace rowbook

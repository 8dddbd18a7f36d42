#include "gridcolumns.h"

#include "tablemodel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace rowbook {

int GridColumns::keyColumnFloor(const QTableView *view, int column)
{
    const auto *model = qobject_cast<const TableModel *>(view->model());
    if (!model || column != model->tableInfo().keyColumn || model->totalRows() == 0)
        return 0;
    int widest = 0;
    const int last = model->totalRows() - 1;
    for (const qint64 key :
         {model->keyAtPosition(0), model->keyAtPosition(last), qint64(model->totalRows())})
        widest = std::max(widest, view->fontMetrics().horizontalAdvance(QString::number(key)));
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return widest + 2 * margin + 4; // and the grid line
}

namespace {

int fitted(const QTableView *view, int column)
{
    return std::max(std::clamp(view->columnWidth(column), GridColumns::minimumWidth(view),
                               GridColumns::maximumWidth(view)),
                    GridColumns::keyColumnFloor(view, column));
}

} // namespace

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
    for (int column = 0; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, fitted(view, column));
}

void GridColumns::fitColumn(QTableView *view, int column)
{
    if (!view->model() || column < 0 || column >= view->model()->columnCount())
        return;
    view->resizeColumnToContents(column);
    view->setColumnWidth(column, fitted(view, column));
}

} // namespace rowbook

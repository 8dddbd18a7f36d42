#include "foreignkeyjump.h"

#include "foreignkeys.h"
#include "mainwindow.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QMouseEvent>
#include <QTableView>

namespace rowbook {

ForeignKeyJump::ForeignKeyJump(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->tableView()->viewport()->installEventFilter(this);
}

bool ForeignKeyJump::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::ControlModifier) {
            const QModelIndex index = m_window->tableView()->indexAt(mouse->position().toPoint());
            if (index.isValid() && jumpFrom(index))
                return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool ForeignKeyJump::jumpFrom(const QModelIndex &index)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return false;
    TableModel *model = workspace->model();
    const ForeignKey key = ForeignKeys::find(model->foreignKeys(),
                                             model->tableInfo().columns.value(index.column()).name);
    if (!key.isValid())
        return false;
    const QVariant value = index.data(Qt::EditRole);
    const QVariantList parentKey = ForeignKeys::parentKey(model->database(), key, value);
    if (parentKey.isEmpty()) {
        m_window->document()->showMessage(
            value.isNull() ? tr("The cell is empty: it refers to no row.")
                           : tr("No row of “%1” has %2 %3.")
                                 .arg(key.parentTable, key.parentColumn, value.toString()),
            8000);
        return true;
    }
    if (!m_window->showTable(key.parentTable))
        return false;
    const int column = std::max(0, model->tableInfo().columnIndex(key.parentColumn));
    auto select = [this, model, parentKey, column] {
        // The parent's row key (a handle of its KeyMap for a mapped key) once it is shown.
        const int row = model->showPosition(model->positionOfKey(model->keyFor(parentKey)));
        if (row < 0)
            return;
        QTableView *view = m_window->tableView();
        view->selectionModel()->setCurrentIndex(model->index(row, column),
                                                QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
        view->scrollTo(model->index(row, column), QAbstractItemView::PositionAtCenter);
    };
    if (model->isLoading())
        connect(model, &TableModel::loadingChanged, this, select, Qt::SingleShotConnection);
    else
        select();
    return true;
}

} // namespace rowbook

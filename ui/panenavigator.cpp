#include "panenavigator.h"

#include "fieldeditor.h"
#include "filterheader.h"
#include "plurals.h"
#include "recordform.h"
#include "tablelist.h"
#include "tablemodel.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

namespace rowbook {

PaneNavigator::PaneNavigator(QWidget *window,
                             TableList *tables,
                             QTableView *view,
                             FilterHeader *filters,
                             RecordForm *form,
                             QAction *toggleForm,
                             QLineEdit *search)
    : QObject(window)
    , m_window(window)
    , m_tables(tables)
    , m_view(view)
    , m_filters(filters)
    , m_form(form)
    , m_toggleForm(toggleForm)
    , m_search(search)
{
    m_search->installEventFilter(this);
    // F4 (the Edit Form action) shows the form and puts the focus in it.
    connect(m_toggleForm, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            focusPane(Form);
        else if (currentPane() != List)
            focusPane(Grid); // the focus was in the form that is gone
    });
}

void PaneNavigator::addTo(QMenu *menu)
{
    QMenu *go = menu->addMenu(tr("&Go To"));
    auto add = [this, go](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = go->addAction(text, this, slot);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    add(tr("&Next Pane"), {QKeySequence(Qt::Key_F6)}, [this] { cycle(1); });
    add(tr("&Previous Pane"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)}, [this] { cycle(-1); });
    add(tr("&Table List"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] { focusPane(List); });
    add(tr("&Grid"), {QKeySequence(Qt::CTRL | Qt::Key_2)}, [this] { focusPane(Grid); });
    add(tr("&Form"), {QKeySequence(Qt::CTRL | Qt::Key_3)}, [this] { focusPane(Form); });
    add(tr("F&ilter Row"), {QKeySequence(Qt::CTRL | Qt::Key_4)}, [this] { focusPane(Filter); });
    go->addSeparator();
    add(tr("&Row…"), {QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] { askRow(); });
    add(tr("Ne&xt Table"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, [this] { switchTable(1); });
    add(tr("Pre&vious Table"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
        [this] { switchTable(-1); });
}

PaneNavigator::Pane PaneNavigator::currentPane() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return None;
    if (m_filters->isAncestorOf(focus))
        return Filter;
    if (focus == m_view || m_view->isAncestorOf(focus))
        return Grid;
    if (focus == m_tables || m_tables->isAncestorOf(focus))
        return List;
    if (m_form->isAncestorOf(focus))
        return Form;
    return None;
}

void PaneNavigator::focusPane(Pane pane)
{
    const int column = std::max(0, m_view->currentIndex().column());
    switch (pane) {
    case List:
        m_tables->setFocus(Qt::ShortcutFocusReason);
        break;
    case Grid:
        m_view->setFocus(Qt::ShortcutFocusReason);
        break;
    case Form: {
        if (!m_toggleForm->isChecked())
            m_toggleForm->setChecked(true); // shows the form
        const QString name = m_view->model()
                                 ? m_view->model()->headerData(column, Qt::Horizontal).toString()
                                 : QString();
        FieldEditor *editor = m_form->editor(name);
        if (editor && editor->isVisible() && editor->isEnabled())
            editor->setFocus(Qt::ShortcutFocusReason);
        else
            m_form->setFocus(Qt::ShortcutFocusReason);
        break;
    }
    case Filter:
        if (QLineEdit *edit = m_filters->filterEdit(column))
            edit->setFocus(Qt::ShortcutFocusReason);
        break;
    case None:
        break;
    }
}

void PaneNavigator::cycle(int step)
{
    QList<Pane> panes{List, Grid};
    if (m_toggleForm->isChecked())
        panes << Form;
    if (m_filters->filterEdit(0))
        panes << Filter;
    const int at = int(panes.indexOf(currentPane()));
    const int next = at < 0 ? (step > 0 ? 0 : int(panes.size()) - 1)
                            : (at + step + int(panes.size())) % int(panes.size());
    focusPane(panes[next]);
}

void PaneNavigator::switchTable(int step)
{
    const int count = m_tables->topLevelItemCount();
    if (count < 2)
        return;
    QTreeWidgetItem *current = m_tables->currentItem();
    const int at = current ? m_tables->indexOfTopLevelItem(current) : -1;
    m_tables->setCurrentItem(m_tables->topLevelItem(((at + step) % count + count) % count));
}

void PaneNavigator::askRow()
{
    // Numbers of the whole table: the grid's model may show a window of it (TableModel).
    const auto *table = qobject_cast<const TableModel *>(m_view->model());
    const int rows = table ? table->totalRows() : m_view->model() ? m_view->model()->rowCount() : 0;
    if (rows == 0)
        return;
    const int current = std::max(0, m_view->currentIndex().row());
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("goToRowDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Go to Row"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, rows);
    dialog->setIntValue((table ? table->position(current) : current) + 1);
    dialog->setLabelText(tr("Row number (1 to %1):").arg(formatCount(rows)));
    connect(dialog, &QInputDialog::intValueSelected, this, &PaneNavigator::goToRow);
    dialog->open(); // window-modal, does not block
}

void PaneNavigator::goToRow(int number)
{
    QAbstractItemModel *model = m_view->model();
    auto *table = qobject_cast<TableModel *>(model);
    if (!model || number < 1 || number > (table ? table->totalRows() : model->rowCount()))
        return;
    const int row = table ? table->showPosition(number - 1) : number - 1;
    const QModelIndex index = model->index(row, std::max(0, m_view->currentIndex().column()));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

bool PaneNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            focusPane(Grid); // not into the filter row inside the grid
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

QList<std::pair<QString, QString>> PaneNavigator::otherKeys()
{
    return {
        {tr("F2 or typing"), tr("Edit the current cell.")},
        {tr("Enter"), tr("Save the cell being edited.")},
        {tr("Esc"), tr("Leave the cell editor without changing the value.")},
        {tr("Tab (in the search box)"), tr("Go from the search box to the grid.")},
        {tr("Ctrl+click"), tr("On a foreign-key value: jump to the row it refers to.")},
        {tr("Ctrl+Return (in the cell editor)"), tr("Store the cell editor's text in the cell.")},
    };
}

} // namespace rowbook

#include "gridlayout.h"

#include "gridcolumns.h"
#include "gridview.h"
#include "menupath.h"
#include "tablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

#include <utility>

namespace rowbook {

GridLayout::GridLayout(GridView *view)
    : QObject(view)
    , m_view(view)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300); // a dragged edge resizes many times: save once it rests
    connect(&m_saveTimer, &QTimer::timeout, this, &GridLayout::flush);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(true);
    connect(header, &QHeaderView::sectionMoved, this, &GridLayout::changed);
    connect(header, &QHeaderView::sectionResized, this, &GridLayout::changed);
    connect(view, &GridView::frozenCountChanged, this, &GridLayout::changed);
    for (QHeaderView *each : {header, view->frozenView()->horizontalHeader()}) {
        each->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(each, &QWidget::customContextMenuRequested, this,
                [this, each](const QPoint &pos) { showHeaderMenu(each, pos); });
    }
}

GridLayout::~GridLayout()
{
    flush();
}

void GridLayout::setModel(TableModel *model)
{
    flush();
    if (m_model)
        disconnect(m_model, &TableModel::loadingChanged, this, nullptr);
    m_model = model;
    m_table.clear();
    if (model)
        connect(model, &TableModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                widenKeyColumn();
        });
}

void GridLayout::widenKeyColumn()
{
    // A big table is fitted on its first page, before the rows with the longest keys arrive.
    const int key
        = m_model && m_table == m_model->tableName() ? m_model->tableInfo().keyColumn : -1;
    if (key < 0 || m_applying)
        return;
    const int floor = GridColumns::keyColumnFloor(m_view, key);
    if (m_view->columnWidth(key) >= floor
        || ColumnLayout::load(m_path, m_table)
               .widths.contains(m_model->tableInfo().columns.value(key).name))
        return; // wide enough, or as wide as the user made it
    // Not remembered as the user's width: the next, longer keys widen it again.
    const bool applying = std::exchange(m_applying, true);
    m_view->setColumnWidth(key, floor);
    m_applying = applying;
}

QStringList GridLayout::columnNames() const
{
    QStringList names;
    if (m_model) {
        for (const ColumnInfo &column : m_model->tableInfo().columns)
            names << column.name;
    }
    return names;
}

void GridLayout::restore()
{
    flush();
    if (!m_model)
        return;
    m_path = m_model->database().databaseName();
    m_table = m_model->tableName();
    const bool applying = std::exchange(m_applying, true);
    GridColumns::fitToContents(m_view);
    apply(ColumnLayout::load(m_path, m_table));
    m_applying = applying;
}

ColumnLayout GridLayout::current() const
{
    ColumnLayout layout;
    const QStringList names = columnNames();
    const QHeaderView *header = m_view->horizontalHeader();
    if (header->count() != names.size())
        return layout;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString &name = names.at(logical);
        layout.order << name;
        if (header->isSectionHidden(logical))
            layout.hidden << name;
        else
            layout.widths.insert(name, header->sectionSize(logical));
    }
    layout.frozen = m_view->frozenCount();
    return layout;
}

void GridLayout::apply(const ColumnLayout &layout)
{
    const QStringList names = columnNames();
    QHeaderView *header = m_view->horizontalHeader();
    if (header->count() != names.size())
        return;
    const bool applying = std::exchange(m_applying, true);
    const QVector<int> order = layout.visualOrder(names);
    for (int target = 0; target < order.size(); ++target) {
        const int from = header->visualIndex(order.at(target));
        if (from != target)
            header->moveSection(from, target);
    }
    int shown = 0;
    for (int column = 0; column < names.size(); ++column) {
        const auto width = layout.widths.constFind(names.at(column));
        if (width != layout.widths.cend())
            m_view->setColumnWidth(column, width.value());
        const bool hide = layout.hidden.contains(names.at(column));
        header->setSectionHidden(column, hide);
        shown += hide ? 0 : 1;
    }
    if (shown == 0 && !names.isEmpty()) // never a grid without columns
        header->showSection(order.constFirst());
    m_view->setFrozenCount(layout.frozenCount(names));
    m_applying = applying;
}

void GridLayout::changed()
{
    if (m_applying || !m_model || m_table.isEmpty() || m_table != m_model->tableName())
        return; // a layout being put on screen, or the header of a table being switched away from
    const ColumnLayout layout = current();
    if (layout.isEmpty())
        return;
    m_pending = layout;
    m_pendingPath = m_path;
    m_pendingTable = m_table;
    m_saveTimer.start();
}

void GridLayout::flush()
{
    m_saveTimer.stop();
    if (m_pendingTable.isEmpty())
        return;
    m_pending.save(m_pendingPath, m_pendingTable);
    m_pendingTable.clear();
}

int GridLayout::currentColumn() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().column() : -1;
}

void GridLayout::hideColumn(int column)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (column < 0 || column >= header->count() || header->isSectionHidden(column)
        || header->count() - header->hiddenSectionCount() <= 1)
        return;
    header->hideSection(column);
    changed();
}

void GridLayout::setColumnShown(int column, bool shown)
{
    if (!shown) {
        hideColumn(column);
        return;
    }
    if (column < 0 || column >= m_view->horizontalHeader()->count())
        return;
    m_view->horizontalHeader()->showSection(column);
    changed();
}

void GridLayout::showAll()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->showSection(column);
    changed();
}

void GridLayout::freezeUpTo(int column)
{
    const QHeaderView *header = m_view->horizontalHeader();
    const int visual = column < 0 ? -1 : header->visualIndex(column);
    if (visual < 0)
        return;
    // Frozen columns wider than the grid would cover the columns that scroll for good.
    if (m_view->leadingWidth(visual + 1) > m_view->viewport()->width() * widestFrozenShare) {
        Q_EMIT refused(
            tr("Columns up to “%1” are too wide to freeze: they would cover most of the grid "
               "and leave the other columns no room to scroll. Narrow or hide some of them, or "
               "widen the window.")
                .arg(m_view->model()->headerData(column, Qt::Horizontal).toString()));
        return;
    }
    m_view->setFrozenCount(visual + 1);
}

void GridLayout::unfreeze()
{
    m_view->setFrozenCount(0);
}

void GridLayout::fitColumn(int column)
{
    GridColumns::fitColumn(m_view, column);
}

void GridLayout::fitAll()
{
    GridColumns::fitToContents(m_view);
}

void GridLayout::showHeaderMenu(QHeaderView *header, const QPoint &pos)
{
    const int column = header->logicalIndexAt(pos);
    if (column < 0)
        return;
    QMenu *menu = headerMenu(column, header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(header->mapToGlobal(pos));
}

QMenu *GridLayout::headerMenu(int column, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    const QHeaderView *header = m_view->horizontalHeader();
    QAction *hide
        = menu->addAction(tr("&Hide Column"), this, [this, column] { hideColumn(column); });
    hide->setEnabled(header->count() - header->hiddenSectionCount() > 1);
    QMenu *show = menu->addMenu(tr("&Show Columns"));
    show->setObjectName(QStringLiteral("showColumnsMenu"));
    fillShowMenu(show);
    menu->addSeparator();
    menu->addAction(tr("&Freeze Up To This Column"), this, [this, column] { freezeUpTo(column); });
    QAction *thaw = menu->addAction(tr("&Unfreeze"), this, &GridLayout::unfreeze);
    thaw->setEnabled(m_view->frozenCount() > 0);
    menu->addSeparator();
    menu->addAction(tr("Fit &Width to Contents"), this, [this, column] { fitColumn(column); });
    menu->addAction(tr("Fit &All Columns"), this, &GridLayout::fitAll);
    return menu;
}

// Every column in the grid's order, checked while shown; the last shown one cannot be hidden.
void GridLayout::fillShowMenu(QMenu *menu)
{
    menu->clear();
    const QStringList names = columnNames();
    const QHeaderView *header = m_view->horizontalHeader();
    if (header->count() != names.size())
        return;
    const bool lastShown = header->count() - header->hiddenSectionCount() <= 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(literalMenuText(names.at(column)));
        action->setObjectName(QStringLiteral("column:") + names.at(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(!(lastShown && action->isChecked()));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu->addSeparator();
    QAction *all = menu->addAction(tr("Show &All"), this, &GridLayout::showAll);
    all->setObjectName(QStringLiteral("showAllColumns"));
    all->setEnabled(header->hiddenSectionCount() > 0);
}

void GridLayout::addTo(QMenu *view)
{
    QMenu *columns = view->addMenu(tr("Colum&ns"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    auto add = [this, columns](const QString &text, const QKeySequence &keys, auto slot) {
        columns->addAction(text, this, slot)->setShortcut(keys);
    };
    add(tr("&Hide Column"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H),
        [this] { hideColumn(currentColumn()); });
    QMenu *show = columns->addMenu(tr("&Show Columns"));
    connect(show, &QMenu::aboutToShow, this, [this, show] { fillShowMenu(show); });
    add(tr("Show &All Columns"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_H),
        [this] { showAll(); });
    columns->addSeparator();
    add(tr("&Freeze Up To This Column"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F),
        [this] { freezeUpTo(currentColumn()); });
    add(tr("&Unfreeze Columns"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_F),
        [this] { unfreeze(); });
    columns->addSeparator();
    add(tr("Fit &Width to Contents"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W),
        [this] { fitColumn(currentColumn()); });
    add(tr("Fit All &Columns"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_W),
        [this] { fitAll(); });
}

QList<std::pair<QString, QString>> GridLayout::otherKeys()
{
    return {
        {tr("Right-click a column header"), tr("Hide, show, freeze or fit columns.")},
        {tr("Drag a column header"), tr("Move the column; the order is kept for the table.")},
    };
}

} // namespace rowbook

#include "emptyfilteroverlay.h"

#include "filterheader.h"
#include "quoting.h"
#include "tablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rowbook {

EmptyFilterOverlay::EmptyFilterOverlay(QTableView *view, FilterHeader *header)
    : QWidget(view->viewport())
    , m_view(view)
    , m_header(header)
    , m_label(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear Filters"), this))
    , m_addRow(new QPushButton(tr("Add Row"), this))
{
    setObjectName(QStringLiteral("emptyFilterOverlay"));
    m_label->setObjectName(QStringLiteral("emptyFilterMessage"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_addRow->setObjectName(QStringLiteral("emptyAddRow"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addWidget(m_addRow, 0, Qt::AlignHCenter);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        if (m_addRowAction)
            m_addRowAction->trigger();
    });
    view->viewport()->installEventFilter(this);
    // Room for four digits: an empty grid keeps its row-number column.
    view->verticalHeader()->setMinimumWidth(
        view->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 12);
    connect(header, &FilterHeader::tableModelChanged, this, &EmptyFilterOverlay::setModel);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_header->resetFilters();
        Q_EMIT clearRequested();
    });
    hide();
}

void EmptyFilterOverlay::setModel(TableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyFilterOverlay::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyFilterOverlay::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyFilterOverlay::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyFilterOverlay::refresh);
        connect(model, &TableModel::loadingChanged, this, &EmptyFilterOverlay::refresh);
        connect(model, &TableModel::loadFailed, this, &EmptyFilterOverlay::refresh);
    }
    refresh();
}

void EmptyFilterOverlay::setAddRowAction(QAction *addRow)
{
    m_addRowAction = addRow;
    connect(addRow, &QAction::changed, this, &EmptyFilterOverlay::refresh);
    refresh();
}

void EmptyFilterOverlay::refresh()
{
    // Not when the rows could not be read (a lock, a lost server): the pane says why.
    const bool empty = m_model && m_model->tableInfo().isValid() && !m_model->isLoading()
                       && m_model->lastError().isEmpty() && m_model->rowCount() == 0;
    if (!empty) {
        hide();
        return;
    }
    const bool filtered = m_model->isFiltered();
    m_clear->setVisible(filtered);
    const bool addable = m_addRowAction && m_addRowAction->isEnabled();
    m_addRow->setVisible(!filtered && addable);
    const QString columns = quotedNames(m_header->filteredColumns());
    const QString search = m_header->searchText().trimmed();
    if (!filtered)
        m_label->setText((addable ? tr("“%1” has no rows yet.") : tr("“%1” has no rows."))
                             .arg(m_model->tableName()));
    else if (columns.isEmpty())
        m_label->setText(tr("No rows match the search “%1”.").arg(search));
    else if (search.isEmpty())
        m_label->setText(tr("No rows match the filter on %1.").arg(columns));
    else
        m_label->setText(
            tr("No rows match the filter on %1 and the search “%2”.").arg(columns, search));
    place();
    show();
    raise();
}

void EmptyFilterOverlay::place()
{
    const QRect area = parentWidget()->rect();
    const int width = std::min(area.width() - 16, std::max(360, sizeHint().width()));
    const QSize size(width,
                     heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    setGeometry(
        QRect(QPoint(area.center().x() - size.width() / 2, std::min(48, area.height() / 4)), size));
}

bool EmptyFilterOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && isVisible())
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace rowbook

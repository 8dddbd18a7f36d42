#include "emptyfilteroverlay.h"

#include "filterheader.h"
#include "quoting.h"
#include "tablemodel.h"

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
{
    setObjectName(QStringLiteral("emptyFilterOverlay"));
    m_label->setObjectName(QStringLiteral("emptyFilterMessage"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto *clear = new QPushButton(tr("Clear Filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(clear, 0, Qt::AlignHCenter);
    view->viewport()->installEventFilter(this);
    // Room for four digits: an empty grid keeps its row-number column.
    view->verticalHeader()->setMinimumWidth(
        view->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 12);
    connect(header, &FilterHeader::tableModelChanged, this, &EmptyFilterOverlay::setModel);
    connect(clear, &QPushButton::clicked, this, [this] {
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
    }
    refresh();
}

void EmptyFilterOverlay::refresh()
{
    const bool empty
        = m_model && m_model->isFiltered() && !m_model->isLoading() && m_model->rowCount() == 0;
    if (!empty) {
        hide();
        return;
    }
    const QString columns = quotedNames(m_header->filteredColumns());
    const QString search = m_header->searchText().trimmed();
    if (columns.isEmpty())
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

#include "columntypebar.h"

#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace rowbook {

ColumnTypeBar::ColumnTypeBar(QTableView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView *header = view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &ColumnTypeBar::placeCombos);
    connect(header, &QHeaderView::geometriesChanged, this, &ColumnTypeBar::placeCombos);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &ColumnTypeBar::placeCombos);
}

QString ColumnTypeBar::typeLabel(ColumnType type, bool server)
{
    if (server)
        return postgresTypeName(type);
    return type == ColumnType::Any ? tr("No type (any value)") : sqlTypeName(type);
}

void ColumnTypeBar::setColumns(const QVector<ColumnType> &detected,
                               const QVector<ColumnType> &chosen)
{
    qDeleteAll(m_combos);
    m_combos.clear();
    QHeaderView *header = m_view->horizontalHeader();
    for (qsizetype i = 0; i < detected.size(); ++i) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("typeCombo%1").arg(i));
        combo->setToolTip(tr("The type of this column in the new table."));
        QVector<ColumnType> offered{ColumnType::Integer, ColumnType::Real, ColumnType::Text,
                                    ColumnType::Date, ColumnType::Boolean};
        if (!offered.contains(detected.at(i)))
            offered << detected.at(i); // NUMERIC, BLOB or no type, as JSON can detect
        for (const ColumnType type : std::as_const(offered)) {
            const QString label = typeLabel(type, m_server);
            combo->addItem(type == detected.at(i) ? tr("%1 (detected)").arg(label) : label,
                           int(type));
        }
        combo->setCurrentIndex(combo->findData(int(chosen.value(i, detected.at(i)))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i, combo] {
            Q_EMIT typeChanged(int(i), ColumnType(combo->currentData().toInt()));
        });
        if (header->sectionSize(int(i)) < combo->sizeHint().width())
            header->resizeSection(int(i), combo->sizeHint().width());
        m_combos << combo;
        combo->show();
    }
    updateGeometry();
    placeCombos();
}

QVector<ColumnType> ColumnTypeBar::types() const
{
    QVector<ColumnType> result;
    for (const QComboBox *combo : m_combos)
        result << ColumnType(combo->currentData().toInt());
    return result;
}

QSize ColumnTypeBar::sizeHint() const
{
    return {QWidget::sizeHint().width(), QComboBox().sizeHint().height()};
}

void ColumnTypeBar::placeCombos()
{
    // The view's sections start after its frame and vertical header; a section scrolled partly
    // out of sight gets a narrower drop-down.
    QWidget *viewport = m_view->viewport();
    const int offset
        = viewport->mapTo(window(), QPoint(0, 0)).x() - mapTo(window(), QPoint(0, 0)).x();
    const int right = offset + viewport->width();
    QHeaderView *header = m_view->horizontalHeader();
    for (qsizetype i = 0; i < m_combos.size(); ++i) {
        const int left = offset + header->sectionViewportPosition(int(i));
        const int x = std::max(left, offset);
        const int width = std::min(left + header->sectionSize(int(i)), right) - x;
        m_combos.at(i)->setGeometry(x, 0, std::max(width, 0), height());
        m_combos.at(i)->setVisible(width > 8);
    }
}

void ColumnTypeBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCombos();
}

} // namespace rowbook

#include "filterheader.h"

#include "filtersyntax.h"
#include "tablemodel.h"
#include "themecontroller.h"

#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>

#include <algorithm>

namespace rowbook {

FilterHeader::FilterHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSortIndicatorShown(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &FilterHeader::apply);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::positionEditors);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::positionEditors);
    connect(this, &QHeaderView::sectionCountChanged, this, &FilterHeader::positionEditors);
}

void FilterHeader::setTableModel(TableModel *model)
{
    disconnect(m_resetConnection); // the previous model may live on in another tab
    m_model = model;
    m_resetConnection = connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_edits.size() != m_model->columnCount())
            rebuild();
        // The header lays its sections out again after the reset, without sectionResized(): a
        // dropped column left the boxes after it at the old widths.
        QTimer::singleShot(0, this, &FilterHeader::positionEditors);
    });
    rebuild();
    Q_EMIT tableModelChanged(model);
}

void FilterHeader::rebuild()
{
    qDeleteAll(m_edits);
    m_edits.clear();
    const int columns = m_model ? m_model->columnCount() : 0;
    for (int c = 0; c < columns; ++c) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("filter:%1").arg(c));
        edit->setPlaceholderText(tr("Filter"));
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tr("Text: contains. =x, <>x, <x, >x, <=x, >=x: compare. =NULL, <>NULL: "
                            "empty or not. a~b: between a and b. /regex/: regular expression."));
        connect(edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
        m_edits << edit;
    }
    updateGeometry();
    placeEditors();
}

int FilterHeader::filterRowHeight() const
{
    return m_edits.isEmpty() ? 0 : m_edits.first()->sizeHint().height() + 4;
}

void FilterHeader::setOverlay(QHeaderView *overlay, const QList<int> &columns)
{
    if (overlay == m_overlay && (overlay ? columns : QList<int>()) == m_overlayColumns)
        return;
    if (overlay != m_overlay && overlay) {
        connect(overlay, &QHeaderView::sectionResized, this, &FilterHeader::positionEditors,
                Qt::UniqueConnection);
        connect(overlay, &QHeaderView::geometriesChanged, this, &FilterHeader::positionEditors,
                Qt::UniqueConnection);
    }
    m_overlay = overlay;
    m_overlayColumns = overlay ? columns : QList<int>();
    placeEditors();
}

void FilterHeader::releaseOverlay()
{
    m_overlay = nullptr;
    m_overlayColumns.clear();
    for (QLineEdit *edit : std::as_const(m_edits)) {
        if (edit->parentWidget() != this)
            edit->setParent(this);
    }
}

// Each filter field lives in the header that shows its column: this one, or the frozen
// columns' header over it.
void FilterHeader::placeEditors()
{
    for (int c = 0; c < m_edits.size(); ++c) {
        QWidget *owner = m_overlay && m_overlayColumns.contains(c) ? m_overlay : this;
        if (m_edits[c]->parentWidget() != owner)
            m_edits[c]->setParent(owner);
    }
    positionEditors();
}

void FilterHeader::clearFilters()
{
    m_appliedSql.clear(); // a new table starts unfiltered
    m_appliedValues.clear();
    clearEdits();
    m_debounce.stop();
}

// Not with the edits' signals blocked: QLineEdit hides its clear button on textChanged, so a
// blocked clear left the ⊗ beside an empty box. The debounce the clearing starts is stopped by
// the callers instead.
void FilterHeader::clearEdits()
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->clear();
}

FilterHeader::State FilterHeader::state() const
{
    State state;
    for (const QLineEdit *edit : m_edits)
        state.filters << edit->text();
    state.search = m_globalSearch;
    return state;
}

void FilterHeader::showState(const State &state)
{
    for (int c = 0; c < m_edits.size() && c < state.filters.size(); ++c) {
        const QSignalBlocker blocker(m_edits[c]);
        m_edits[c]->setText(state.filters[c]);
    }
    m_globalSearch = state.search;
    m_debounce.stop();
    // What the model applies is what the next change is compared with.
    m_appliedSql = m_model ? m_model->filterCondition() : QString();
    m_appliedValues = m_model ? m_model->filterValues() : QVariantList();
}

void FilterHeader::applyPending()
{
    if (!m_debounce.isActive())
        return;
    m_debounce.stop();
    apply();
}

void FilterHeader::resetFilters()
{
    clearEdits();
    m_globalSearch.clear();
    m_debounce.stop();
    apply();
}

QStringList FilterHeader::filteredColumns() const
{
    QStringList names;
    if (!m_model)
        return names;
    const TableInfo &info = m_model->tableInfo();
    for (int c = 0; c < m_edits.size() && c < info.columns.size(); ++c) {
        if (!m_edits[c]->text().trimmed().isEmpty())
            names << info.columns[c].name;
    }
    return names;
}

void FilterHeader::setGlobalSearch(const QString &text)
{
    m_globalSearch = text;
    m_debounce.start();
}

QLineEdit *FilterHeader::filterEdit(int column) const
{
    return m_edits.value(column);
}

// QHeaderView::sizeHint() is cached and, while the view relayouts (for instance while a save
// waits for the lock), can briefly report a height of 0; the filter fields were then placed over
// the column names and stayed there. The label row never gets less than one line of text.
int FilterHeader::labelHeight() const
{
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.text = QStringLiteral("Ag");
    const QSize oneLine = style()->sizeFromContents(QStyle::CT_HeaderSection, &option,
                                                    QSize(0, fontMetrics().height()), this);
    return std::max(QHeaderView::sizeHint().height(), oneLine.height());
}

QSize FilterHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(labelHeight());
    if (!m_edits.isEmpty())
        size.setHeight(size.height() + m_edits.first()->sizeHint().height() + 4);
    return size;
}

void FilterHeader::updateGeometries()
{
    setViewportMargins(0, 0, 0, filterRowHeight());
    QHeaderView::updateGeometries();
    positionEditors();
}

int FilterHeader::coveredWidth() const
{
    // Visible as the window goes: the same while the window itself is hidden or closing.
    return m_overlay && m_overlay->isVisibleTo(window()) ? m_overlay->width() : 0;
}

QRect FilterHeader::inSight(QRect rect, int logical) const
{
    const int covered = coveredWidth();
    if (covered > rect.left() && covered < rect.right() && !m_overlayColumns.contains(logical))
        rect.setLeft(covered);
    return rect;
}

void FilterHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    // A section dragged to another place is painted into an image of its own: whole.
    const bool here = painter->device() == viewport();
    QHeaderView::paintSection(painter, here ? inSight(rect, logicalIndex) : rect, logicalIndex);
}

void FilterHeader::positionEditors()
{
    const int height = m_edits.isEmpty() ? 0 : m_edits.first()->sizeHint().height();
    const int top = labelHeight() + 2;
    for (int c = 0; c < m_edits.size(); ++c) {
        const auto *header = static_cast<const QHeaderView *>(m_edits[c]->parentWidget());
        QLineEdit *edit = m_edits[c];
        QRect section(header->sectionViewportPosition(c), top, header->sectionSize(c), height);
        if (header == this)
            section = inSight(section, c);
        const int width = section.width() - 2;
        edit->setGeometry(section.left() + 1, top, width, height);
        edit->setVisible(!header->isSectionHidden(c));
        // In a narrow column the clear button (about as wide as the box is high) would leave
        // the text no room: it comes back once four characters fit beside it.
        const bool roomForClear = width >= height + 4 * edit->fontMetrics().averageCharWidth() + 8;
        if (edit->isClearButtonEnabled() != roomForClear)
            edit->setClearButtonEnabled(roomForClear);
    }
    viewport()->update(); // a name partly under the frozen columns moves with their edge
}

void FilterHeader::apply()
{
    if (!m_model)
        return;
    const TableInfo &info = m_model->tableInfo();
    QVector<SqlCondition> conditions;
    QStringList hints;
    QStringList textColumns;
    for (int c = 0; c < m_edits.size() && c < info.columns.size(); ++c) {
        const ColumnInfo &column = info.columns[c];
        if (column.kind != ColumnKind::Blob)
            textColumns << column.name;
        const SqlCondition condition
            = parseColumnFilter(m_edits[c]->text(), column.name, column.kind, m_model->dialect());
        if (condition.isValid())
            Themed::clear(m_edits[c]);
        else
            Themed::setTint(m_edits[c], Theme::Tone::Error, QPalette::Base);
        if (!condition.isValid())
            hints << QStringLiteral("%1: %2").arg(column.name, condition.hint);
        else if (!condition.isEmpty())
            conditions << condition;
    }
    if (!m_globalSearch.trimmed().isEmpty())
        conditions << globalSearch(m_globalSearch, textColumns, m_model->dialect());
    Q_EMIT hintChanged(hints.join(QLatin1String("; ")));
    const SqlCondition all = combine(conditions);
    if (all.sql == m_appliedSql && all.values == m_appliedValues)
        return;
    m_appliedSql = all.sql;
    m_appliedValues = all.values;
    m_model->setFilter(all.sql, all.values);
}

} // namespace rowbook

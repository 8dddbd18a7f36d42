#include "queryplanview.h"

#include "queryrunner.h"

#include <QHash>
#include <QHeaderView>

namespace rowbook {

QueryPlanView::QueryPlanView(QueryRunner *runner, QWidget *parent)
    : QTreeWidget(parent)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("queryPlan"));
    setColumnCount(1);
    setHeaderLabels({tr("Query plan")});
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    connect(m_runner, &QueryRunner::rowsReady, this, &QueryPlanView::onRows);
    connect(m_runner, &QueryRunner::finished, this, &QueryPlanView::onFinished);
}

quint64 QueryPlanView::explain(const QString &statement, int line, int column)
{
    QueryRequest request;
    request.sql = QueryPlan::sqlFor(statement);
    request.firstLine = line;
    // The prefix is not in the person's text: positions on its line move back by its length.
    request.firstColumn = column - QueryPlan::prefixLength();
    m_rows.clear();
    m_id = m_runner->run(request);
    return m_id;
}

void QueryPlanView::onRows(quint64 id, const QList<QVariantList> &rows)
{
    if (id == m_id)
        m_rows += rows;
}

void QueryPlanView::onFinished(quint64 id, const QueryOutcome &outcome)
{
    if (id != m_id)
        return;
    m_id = 0;
    if (outcome.ok())
        showSteps(QueryPlan::steps(m_rows));
    m_rows.clear();
}

void QueryPlanView::showSteps(const QVector<QueryPlan::Step> &steps)
{
    clear();
    QHash<int, QTreeWidgetItem *> items;
    for (const QueryPlan::Step &step : steps) {
        QTreeWidgetItem *parent = items.value(step.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, step.detail);
        item->setToolTip(0, step.detail);
        items.insert(step.id, item);
    }
    expandAll();
}

} // namespace rowbook

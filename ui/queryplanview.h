#pragma once

#include "queryengine.h"
#include "queryplan.h"

#include <QTreeWidget>

namespace rowbook {

class QueryRunner;

// The SQL console's EXPLAIN QUERY PLAN: asks the console's runner (its worker connection, never
// the GUI thread) for a statement's plan and shows the steps as a tree, each step under the step
// it belongs to (SCAN and SEARCH steps of a join side by side, a subquery's steps under it).
class QueryPlanView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit QueryPlanView(QueryRunner *runner, QWidget *parent = nullptr);

    // Queues the plan of `statement`, which starts at line:column of the person's text; returns
    // the run's id (its end arrives in the runner's finished()).
    quint64 explain(const QString &statement, int line, int column);
    // Replaces the tree with these steps.
    void showSteps(const QVector<QueryPlan::Step> &steps);

private:
    void onRows(quint64 id, const QList<QVariantList> &rows);
    void onFinished(quint64 id, const rowbook::QueryOutcome &outcome);

    QueryRunner *m_runner;
    quint64 m_id = 0;
    QList<QVariantList> m_rows;
};

} // namespace rowbook

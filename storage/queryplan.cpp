#include "queryplan.h"

namespace rowbook {

namespace {

QString prefix()
{
    return QStringLiteral("EXPLAIN QUERY PLAN ");
}

} // namespace

QString QueryPlan::sqlFor(const QString &statement)
{
    return prefix() + statement;
}

int QueryPlan::prefixLength()
{
    return int(prefix().size());
}

QVector<QueryPlan::Step> QueryPlan::steps(const QList<QVariantList> &rows)
{
    QVector<Step> steps;
    for (const QVariantList &row : rows) {
        if (row.size() < 4)
            continue;
        bool idOk = false;
        bool parentOk = false;
        Step step;
        step.id = row.at(0).toInt(&idOk);
        step.parent = row.at(1).toInt(&parentOk);
        step.detail = row.at(3).toString();
        if (idOk && parentOk)
            steps.append(step);
    }
    return steps;
}

} // namespace rowbook

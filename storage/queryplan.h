#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <QVector>

namespace rowbook {

// How the engine means to run a statement, as a tree: SQLite's EXPLAIN QUERY PLAN gives one row
// per step (id, parent, notused, detail), a step's parent being another step's id or 0 for the
// top. The SQL console runs sqlFor() on its own worker connection and renders steps() as a tree.
class QueryPlan
{
public:
    struct Step
    {
        int id = 0;
        int parent = 0; // 0: a top-level step
        QString detail; // "SCAN Album", "SEARCH Artist USING INTEGER PRIMARY KEY (rowid=?)"
    };

    // The statement that asks for `statement`'s plan.
    static QString sqlFor(const QString &statement);
    // How many characters sqlFor() puts before the statement (for error positions).
    static int prefixLength();
    // The steps of the rows the plan statement returned, in their order. Rows that do not have
    // the plan's shape are left out.
    static QVector<Step> steps(const QList<QVariantList> &rows);
};

} // namespace rowbook

#pragma once

#include "cellcolours.h"
#include "queryengine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace rowbook {

class QueryRunner;

// The result grid of an SQL console with the tables' bounded-memory rule: it never holds every
// row of a result. A run hands over its first rows (QueryRequest::maxRows) and counts the rest on
// the worker; the model then knows the row count and reads other pages on demand through
// QueryRunner::fetch(), keeping at most maxPages pages (least recently used leave first). The
// result of a run that wrote is not read again (that would run a write twice): it shows the rows
// the run handed over, and truncated() says so.
class QueryResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int pageRows = 256;
    static constexpr int maxPages = 32;
    // Rows a run hands over before it only counts.
    static constexpr int firstRows = 4 * pageRows;

    explicit QueryResultModel(QueryRunner *runner, QObject *parent = nullptr);

    // Shows the result of run `id` from now on (earlier runs' rows are ignored).
    void follow(quint64 runId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The colour NULL is shown in (italic, as in the table grid).
    void setCellColours(const CellColours &colours);

    qint64 totalRows() const { return m_total; } // all rows of the result, once counted
    bool truncated() const { return m_rowCount < m_total; }
    int cachedPages() const { return int(m_pages.size()); }
    // Whether row `row` is held now (data() answers it without reading it again). The cells
    // answer TableModel::NullRole too, so ClipboardFormat copies NULL as an empty cell.
    bool isInMemory(int row) const;

Q_SIGNALS:
    void pageLoaded(int page);

private:
    void onColumns(quint64 id, const QStringList &names);
    void onRows(quint64 id, const QList<QVariantList> &rows);
    void onFinished(quint64 id, const rowbook::QueryOutcome &outcome);
    void onPage(quint64 id, qint64 offset, const QList<QVariantList> &rows);
    void requestPage(int page) const;
    void touch(int page) const;
    void evict();

    QueryRunner *m_runner;
    CellColours m_colours;
    quint64 m_runId = 0;
    QStringList m_columns;
    int m_rowCount = 0;
    qint64 m_total = 0;
    bool m_pageable = false;
    QString m_sql;
    mutable QHash<int, QList<QVariantList>> m_pages; // page -> its rows
    mutable QList<int> m_recent;                     // pages, most recently used last
    mutable QHash<quint64, int> m_requests;          // fetch id -> page
};

} // namespace rowbook

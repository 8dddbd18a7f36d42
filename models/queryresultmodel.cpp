#include "queryresultmodel.h"

#include "columnvalues.h"
#include "queryrunner.h"
#include "tablemodel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace rowbook {

QueryResultModel::QueryResultModel(QueryRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    connect(runner, &QueryRunner::columnsReady, this, &QueryResultModel::onColumns);
    connect(runner, &QueryRunner::rowsReady, this, &QueryResultModel::onRows);
    connect(runner, &QueryRunner::finished, this, &QueryResultModel::onFinished);
    connect(runner, &QueryRunner::pageReady, this, &QueryResultModel::onPage);
}

void QueryResultModel::follow(quint64 runId)
{
    m_runId = runId;
}

void QueryResultModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rowCount = 0;
    m_total = 0;
    m_pageable = false;
    m_sql.clear();
    m_pages.clear();
    m_recent.clear();
    m_requests.clear();
    endResetModel();
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::TextAlignmentRole
            && role != Qt::ToolTipRole && role != TableModel::NullRole && role != Qt::ForegroundRole
            && role != Qt::FontRole))
        return {};
    const int page = index.row() / pageRows;
    const auto found = m_pages.constFind(page);
    const bool null = found != m_pages.constEnd()
                      && found->value(index.row() % pageRows).value(index.column()).isNull();
    if (role == TableModel::NullRole)
        return null;
    if (role == Qt::ForegroundRole) // NULL as in the table grid: not the text 'NULL'
        return null ? QVariant(QBrush(m_colours.nullText)) : QVariant();
    if (role == Qt::FontRole) {
        if (!null)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (found == m_pages.constEnd()) {
        requestPage(page);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    touch(page);
    const QVariant value = found->value(index.row() % pageRows).value(index.column());
    const int type = value.typeId();
    const bool number = type == QMetaType::LongLong || type == QMetaType::Double;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (value.isNull())
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("NULL")) : QVariant();
    if (type == QMetaType::QByteArray) // the bytes themselves to edit (the Cell Editor shows them)
        return role == Qt::EditRole ? value : ColumnValues::binaryText(value.toByteArray().size());
    if (type == QMetaType::Double && role == Qt::DisplayRole)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (role != Qt::EditRole && type == QMetaType::QString)
        return ColumnValues::shortened(value.toString()); // the Cell Editor shows it whole
    return value;
}

void QueryResultModel::setCellColours(const CellColours &colours)
{
    m_colours = colours;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole});
}

bool QueryResultModel::isInMemory(int row) const
{
    return row >= 0 && row < m_rowCount && m_pages.contains(row / pageRows);
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_columns.value(section);
}

void QueryResultModel::onColumns(quint64 id, const QStringList &names)
{
    if (id != m_runId)
        return;
    clear();
    beginResetModel();
    m_columns = names;
    endResetModel();
}

void QueryResultModel::onRows(quint64 id, const QList<QVariantList> &rows)
{
    if (id != m_runId || rows.isEmpty())
        return;
    beginInsertRows({}, m_rowCount, m_rowCount + int(rows.size()) - 1);
    for (const QVariantList &row : rows) {
        const int page = m_rowCount / pageRows;
        if (!m_pages.contains(page))
            m_recent << page;
        m_pages[page] << row;
        ++m_rowCount;
    }
    m_total = m_rowCount;
    endInsertRows();
}

void QueryResultModel::onFinished(quint64 id, const QueryOutcome &outcome)
{
    if (id != m_runId || !outcome.ok())
        return;
    m_sql = outcome.resultSql;
    m_total = outcome.resultRows;
    m_pageable = outcome.readOnly && !m_sql.isEmpty();
    if (m_pageable && m_total > m_rowCount) {
        const int total = int(std::min<qint64>(m_total, INT_MAX));
        beginInsertRows({}, m_rowCount, total - 1);
        m_rowCount = total;
        endInsertRows();
    }
}

void QueryResultModel::requestPage(int page) const
{
    if (!m_pageable)
        return;
    for (const int pending : std::as_const(m_requests)) {
        if (pending == page)
            return;
    }
    const quint64 id = m_runner->fetch(m_sql, qint64(page) * pageRows, pageRows);
    m_requests.insert(id, page);
}

void QueryResultModel::touch(int page) const
{
    if (!m_recent.isEmpty() && m_recent.last() == page)
        return;
    m_recent.removeOne(page);
    m_recent << page;
}

void QueryResultModel::evict()
{
    while (m_pages.size() > maxPages && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());
}

void QueryResultModel::onPage(quint64 id, qint64 offset, const QList<QVariantList> &rows)
{
    const auto request = m_requests.constFind(id);
    if (request == m_requests.constEnd())
        return;
    const int page = request.value();
    m_requests.erase(request);
    Q_UNUSED(offset)
    if (rows.isEmpty())
        return;
    m_pages.insert(page, rows);
    touch(page);
    evict();
    const int first = page * pageRows;
    const int last = std::min(m_rowCount, first + int(rows.size())) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    Q_EMIT pageLoaded(page);
}

} // namespace rowbook

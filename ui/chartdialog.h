#pragma once

#include "chartquery.h"
#include "chartrender.h"
#include "database.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace rowbook {

class ChartWidget;

// View → Chart…: a chart of the current table and the grid's current filter, in a window that
// stays open next to the grid. The kind (histogram, most frequent values, line, scatter) and the
// columns are picked at the top; the numbers come from a ChartRunner (aggregate queries on its
// own thread and connection), so the window never waits: the chart says "Computing…" meanwhile
// and Cancel stops it. Export PNG… and Export SVG… write what is on screen.
class ChartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartDialog(QWidget *parent = nullptr);
    ~ChartDialog() override;

    // The table, and the grid's filter (a condition without WHERE and its values); computes the
    // chart at once.
    void setSource(const DatabaseInfo &info,
                   const TableInfo &table,
                   const QString &where,
                   const QVariantList &whereValues);
    // Another database is open in the window (or the same file again, restored from a backup):
    // the next setSource() computes afresh, on a new connection.
    void forgetSource();
    // Whether the chart is of these rows of the file at `path` already.
    bool shows(const QString &path,
               const QString &table,
               const QString &where,
               const QVariantList &whereValues) const
    {
        return path == m_info.path && table == m_source.table.name && where == m_source.where
               && whereValues == m_source.whereValues;
    }
    ChartWidget *chart() const { return m_chart; }
    bool isComputing() const { return m_request != 0; }
    // Closing the window stops a running aggregate: its read transaction would hold back the
    // checkpoints (and, on a file not in WAL mode, the writer) for nothing.
    void done(int result) override;

    // Picks what to draw (as the combo boxes do) and computes it.
    void showChart(ChartRequest::Kind kind, const QString &column, const QString &yColumn = {});

Q_SIGNALS:
    // The chart shows an outcome: numbers, an empty state, an error or "Cancelled".
    void computed();

private:
    void compute();
    void cancel();
    void onFinished(quint64 id, const ChartData &data);
    void updatePickers();
    void exportAs(bool svg);
    ChartRequest request() const;
    ChartContent contentFor(const ChartRequest &request, const ChartData &data) const;
    QString emptyMessage(const ChartRequest &request) const;

    DatabaseInfo m_info;
    ChartRequest m_source; // table and filter
    std::unique_ptr<ChartRunner> m_runner;
    quint64 m_request = 0; // the running request, 0 when none
    ChartRequest m_running;
    QComboBox *m_kind;
    QComboBox *m_column;
    QLabel *m_yLabel;
    QComboBox *m_yColumn;
    QPushButton *m_cancel;
    QPushButton *m_png;
    QPushButton *m_svg;
    ChartWidget *m_chart;
};

} // namespace rowbook

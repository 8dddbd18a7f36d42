#pragma once

#include "chartquery.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace rowbook {

// What a chart shows: the numbers (or a message instead of them: "Computing…", an error, "No
// numeric values"), its titles and a note under the title (e.g. that the points are a sample).
struct ChartContent
{
    ChartData data;
    QString title;
    QString note;
    QString xTitle;
    QString yTitle;
    QString message; // shown instead of the chart when not empty
};

// Lays out and paints a chart into any QPainter — the widget, a QImage for PNG, a QSvgGenerator
// for SVG — so what is exported is what is on screen. Histograms and line and scatter charts
// have numeric axes with round ticks; the bar chart lists its values down the left, elided.
class ChartRender
{
    Q_DECLARE_TR_FUNCTIONS(ChartRender)
public:
    ChartRender(const ChartContent &content, const Theme::ChartColours &colours, const QFont &font);

    void paint(QPainter &painter, const QRectF &area) const;
    // The value under `position` for a tooltip, or empty.
    QString toolTipAt(const QPointF &position, const QRectF &area) const;

    // Round tick values covering [low, high] with at most about `maxTicks` ticks: steps of 1, 2
    // or 5 times a power of ten, and at least `minStep` (1 for counts of rows); the first tick
    // <= low and the last >= high.
    static QVector<double> niceTicks(double low, double high, int maxTicks, double minStep = 0);
    // A tick value with as many decimals as `step` needs.
    static QString tickText(double value, double step);

private:
    struct Axis
    {
        QVector<double> ticks;
        double low = 0;
        double high = 1;
        double map(double value, double from, double to) const;
    };
    struct Layout
    {
        QRectF plot;
        QRectF titleBox;
        Axis x;
        Axis y;
        double labelWidth = 0; // bar chart: the value labels' column
    };

    Layout layout(const QRectF &area) const;
    void paintFrame(QPainter &painter, const Layout &layout, const QRectF &area) const;
    void paintNumericAxes(QPainter &painter, const Layout &layout) const;
    void paintHistogram(QPainter &painter, const Layout &layout) const;
    void paintBars(QPainter &painter, const Layout &layout) const;
    void paintPoints(QPainter &painter, const Layout &layout) const;
    QString barLabel(int index) const; // the value, "NULL", or "Other values" past the last
    int barCount() const;
    QRectF barRect(const Layout &layout, int index) const;
    QRectF bucketRect(const Layout &layout, int bucket) const;

    const ChartContent &m_content;
    Theme::ChartColours m_colours;
    QFont m_font;
};

} // namespace rowbook

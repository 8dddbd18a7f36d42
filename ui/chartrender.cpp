#include "chartrender.h"

#include "columnvalues.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace rowbook {
namespace {

constexpr double pointRadius = 2.5;
constexpr double hitDistance = 6.0;
constexpr double pixelsPerXTick = 90.0;
constexpr double pixelsPerYTick = 45.0;

double maxOf(const QVector<qint64> &counts, qint64 extra = 0)
{
    qint64 most = extra;
    for (qint64 count : counts)
        most = std::max(most, count);
    return double(std::max<qint64>(most, 1));
}

// Ticks and the range they span, for values between `low` and `high`.
std::pair<double, double> spanOf(const QVector<double> &ticks)
{
    return {ticks.constFirst(), ticks.constLast()};
}

} // namespace

double ChartRender::Axis::map(double value, double from, double to) const
{
    if (!(high > low))
        return from + (value - low) * (to - from);
    if (const double span = high - low; std::isfinite(span))
        return from + (value - low) / span * (to - from);
    // In halves: high − low of -1e308..1e308 overflows a double, its halves' difference does not.
    return from + (value * 0.5 - low * 0.5) / (high * 0.5 - low * 0.5) * (to - from);
}

ChartRender::ChartRender(const ChartContent &content,
                         const Theme::ChartColours &colours,
                         const QFont &font)
    : m_content(content)
    , m_colours(colours)
    , m_font(font)
{}

QVector<double> ChartRender::niceTicks(double low, double high, int maxTicks, double minStep)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return {0.0, 1.0};
    if (high < low)
        std::swap(low, high);
    if (high == low) {
        const double pad = low == 0 ? 1.0 : std::abs(low) * 0.1;
        constexpr double largest = std::numeric_limits<double>::max();
        low = std::max(low - pad, -largest); // a constant 1.7e308 must not pad to infinity
        high = std::min(high + pad, largest);
    }
    const double rough = (high * 0.5 - low * 0.5) / std::max(1, maxTicks) * 2;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double residual = rough / magnitude;
    const double step = std::max(minStep, (residual > 5   ? 10
                                           : residual > 2 ? 5
                                           : residual > 1 ? 2
                                                          : 1)
                                              * magnitude);
    if (!std::isfinite(step) || step <= 0)
        return {low, high};
    const double first = std::floor(low / step + 1e-9) * step;
    QVector<double> ticks;
    for (int i = 0; i < 1000; ++i) {
        const double tick = std::fma(double(i), step, first); // i·step alone may overflow
        ticks << (std::abs(tick) < step * 1e-9 ? 0.0 : tick);
        if (tick >= high - step * 1e-9)
            break;
    }
    return ticks;
}

QString ChartRender::tickText(double value, double step)
{
    // From 1e15 up (or steps below a millionth) fixed notation grows too wide for an axis: an
    // exponent, with as many digits as tell ticks `step` apart.
    if (std::abs(value) >= 1e15 || (step > 0 && step < 1e-6)) {
        const double magnitude = std::max(std::abs(value), step);
        const int digits
            = step > 0 ? int(std::floor(std::log10(magnitude)) - std::floor(std::log10(step))) + 1
                       : 6;
        return QLocale().toString(value, 'g', std::clamp(digits, 1, 17));
    }
    const int decimals = step > 0 ? std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, 6) : 0;
    return QLocale().toString(value, 'f', decimals);
}

int ChartRender::barCount() const
{
    return int(m_content.data.counts.size()) + (m_content.data.others > 0 ? 1 : 0);
}

QString ChartRender::barLabel(int index) const
{
    const ChartData &data = m_content.data;
    if (index >= data.values.size())
        return tr("Other values");
    const QVariant value = data.values.at(index);
    if (value.isNull())
        return tr("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return ColumnValues::binaryText(value.toByteArray().size());
    return value.toString().simplified();
}

ChartRender::Layout ChartRender::layout(const QRectF &area) const
{
    const QFontMetricsF metrics(m_font);
    const double line = metrics.height();
    const double margin = line * 0.75;
    Layout result;
    const double titleHeight = line * (m_content.note.isEmpty() ? 1.4 : 2.5);
    result.titleBox = QRectF(area.left() + margin, area.top() + margin / 2,
                             area.width() - 2 * margin, titleHeight);
    const double top = result.titleBox.bottom() + line * 0.5;
    const double bottom = area.bottom() - margin - line * 2.4; // x ticks and the x title
    const ChartData &data = m_content.data;
    const bool bars = data.kind == ChartRequest::Kind::Bar;

    double leftText = 0; // the y tick labels, or the bar chart's value labels
    if (bars) {
        for (int i = 0; i < barCount(); ++i)
            leftText = std::max(leftText, metrics.horizontalAdvance(barLabel(i)));
        leftText = std::min(leftText, area.width() * 0.35);
        result.labelWidth = leftText;
    } else {
        const int count = std::max(2, int((bottom - top) / pixelsPerYTick));
        if (data.kind == ChartRequest::Kind::Histogram) {
            result.y.ticks = niceTicks(0, maxOf(data.counts), count, 1); // whole rows
        } else {
            double low = data.points.isEmpty() ? 0 : data.points.constFirst().y();
            double high = low;
            for (const QPointF &point : data.points) {
                low = std::min(low, point.y());
                high = std::max(high, point.y());
            }
            result.y.ticks = niceTicks(low, high, count);
        }
        std::tie(result.y.low, result.y.high) = spanOf(result.y.ticks);
        const double step = result.y.ticks.size() > 1 ? result.y.ticks[1] - result.y.ticks[0] : 1;
        for (double tick : std::as_const(result.y.ticks))
            leftText = std::max(leftText, metrics.horizontalAdvance(tickText(tick, step)));
    }
    const double left = area.left() + margin + line * 1.4 + leftText + line * 0.5;
    const double right = area.right() - margin - line; // room for the last x tick's label
    result.plot = QRectF(QPointF(left, top), QPointF(std::max(left + 1, right), bottom));

    const int xCount = std::max(2, int(result.plot.width() / pixelsPerXTick));
    if (bars) {
        result.x.ticks = niceTicks(0, maxOf(data.counts, data.others), xCount, 1); // whole rows
        std::tie(result.x.low, result.x.high) = spanOf(result.x.ticks);
    } else if (data.kind == ChartRequest::Kind::Histogram) {
        result.x.low = data.low;
        result.x.high = data.edge(std::max<qsizetype>(1, data.counts.size()));
        for (double tick : niceTicks(result.x.low, result.x.high, xCount)) {
            if (tick >= result.x.low - 1e-9 && tick <= result.x.high + 1e-9)
                result.x.ticks << tick;
        }
    } else {
        const double low = data.points.isEmpty() ? 0 : data.points.constFirst().x();
        const double high = data.points.isEmpty() ? 1 : data.points.constLast().x();
        result.x.ticks = niceTicks(low, high, xCount);
        std::tie(result.x.low, result.x.high) = spanOf(result.x.ticks);
    }
    // The last tick's label is centred on it: keep it inside the area.
    if (!result.x.ticks.isEmpty()) {
        const QVector<double> &ticks = result.x.ticks;
        const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;
        const double half = metrics.horizontalAdvance(tickText(ticks.constLast(), step)) / 2;
        const double last
            = result.x.map(ticks.constLast(), result.plot.left(), result.plot.right());
        const double overflow = last + half - (area.right() - margin / 2);
        if (overflow > 0)
            result.plot.setRight(std::max(result.plot.left() + 1, result.plot.right() - overflow));
    }
    return result;
}

void ChartRender::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(m_font);
    painter.fillRect(area, m_colours.background);
    const Layout geometry = layout(area);
    paintFrame(painter, geometry, area);
    if (m_content.message.isEmpty()) {
        switch (m_content.data.kind) {
        case ChartRequest::Kind::Histogram:
            paintNumericAxes(painter, geometry);
            paintHistogram(painter, geometry);
            break;
        case ChartRequest::Kind::Bar:
            paintBars(painter, geometry);
            break;
        case ChartRequest::Kind::Line:
        case ChartRequest::Kind::Scatter:
            paintNumericAxes(painter, geometry);
            paintPoints(painter, geometry);
            break;
        }
    }
    painter.restore();
}

// The title and note, the axis titles, or the message that stands in for the chart.
void ChartRender::paintFrame(QPainter &painter, const Layout &geometry, const QRectF &area) const
{
    const QFontMetricsF metrics(m_font);
    const double line = metrics.height();
    QFont bold = m_font;
    bold.setBold(true);
    painter.setPen(m_colours.text);
    painter.setFont(bold);
    const QRectF titleLine(geometry.titleBox.topLeft(), QSizeF(geometry.titleBox.width(), line));
    painter.drawText(
        titleLine, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(bold).elidedText(m_content.title, Qt::ElideRight, titleLine.width()));
    painter.setFont(m_font);
    if (!m_content.note.isEmpty()) {
        painter.setPen(m_colours.others);
        painter.drawText(titleLine.translated(0, line * 1.1), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_content.note, Qt::ElideRight, titleLine.width()));
        painter.setPen(m_colours.text);
    }
    if (!m_content.message.isEmpty()) {
        const QRectF box
            = area.adjusted(line, geometry.titleBox.bottom() - area.top(), -line, -line);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_content.message);
        return;
    }
    const QRectF xTitle(geometry.plot.left(), area.bottom() - line * 1.75, geometry.plot.width(),
                        line);
    painter.drawText(xTitle, Qt::AlignCenter,
                     metrics.elidedText(m_content.xTitle, Qt::ElideRight, xTitle.width()));
    painter.save();
    painter.translate(area.left() + line * 0.75, geometry.plot.center().y());
    painter.rotate(-90);
    const QRectF yTitle(-geometry.plot.height() / 2, 0, geometry.plot.height(), line);
    painter.drawText(yTitle, Qt::AlignCenter,
                     metrics.elidedText(m_content.yTitle, Qt::ElideRight, yTitle.width()));
    painter.restore();
}

void ChartRender::paintNumericAxes(QPainter &painter, const Layout &geometry) const
{
    const QFontMetricsF metrics(m_font);
    const QRectF &plot = geometry.plot;
    const auto stepOf = [](const QVector<double> &ticks) {
        return ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
    };
    const double yStep = stepOf(geometry.y.ticks);
    for (double tick : geometry.y.ticks) {
        const double y = geometry.y.map(tick, plot.bottom(), plot.top());
        painter.setPen(QPen(m_colours.grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(m_colours.text);
        const double gap = metrics.height() * 0.4;
        painter.drawText(
            QRectF(plot.left() - gap - 1000, y - metrics.height() / 2, 1000, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickText(tick, yStep));
    }
    const double xStep = stepOf(niceTicks(geometry.x.low, geometry.x.high,
                                          std::max(2, int(plot.width() / pixelsPerXTick))));
    double lastRight = -1e9;
    for (double tick : geometry.x.ticks) {
        const double x = geometry.x.map(tick, plot.left(), plot.right());
        painter.setPen(QPen(m_colours.axis, 1));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const QString text = tickText(tick, xStep);
        const double width = metrics.horizontalAdvance(text);
        if (x - width / 2 < lastRight + metrics.height() * 0.5)
            continue; // would overlap the label before it
        lastRight = x + width / 2;
        painter.setPen(m_colours.text);
        painter.drawText(QRectF(x - width / 2 - 2, plot.bottom() + 5, width + 4, metrics.height()),
                         Qt::AlignCenter, text);
    }
    painter.setPen(QPen(m_colours.axis, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
}

QRectF ChartRender::bucketRect(const Layout &geometry, int bucket) const
{
    const ChartData &data = m_content.data;
    const QRectF &plot = geometry.plot;
    const double left = geometry.x.map(data.edge(bucket), plot.left(), plot.right());
    const double right = geometry.x.map(data.edge(bucket + 1), plot.left(), plot.right());
    const double top = geometry.y.map(double(data.counts.value(bucket)), plot.bottom(), plot.top());
    return QRectF(QPointF(left + 0.5, top),
                  QPointF(std::max(left + 1.5, right - 0.5), plot.bottom()));
}

void ChartRender::paintHistogram(QPainter &painter, const Layout &geometry) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colours.series);
    for (int bucket = 0; bucket < m_content.data.counts.size(); ++bucket) {
        if (m_content.data.counts.at(bucket) > 0)
            painter.drawRect(bucketRect(geometry, bucket));
    }
}

QRectF ChartRender::barRect(const Layout &geometry, int index) const
{
    const ChartData &data = m_content.data;
    const QRectF &plot = geometry.plot;
    const double band = plot.height() / std::max(1, barCount());
    const qint64 count = index < data.counts.size() ? data.counts.at(index) : data.others;
    const double right = geometry.x.map(double(count), plot.left(), plot.right());
    return QRectF(plot.left(), plot.top() + index * band + band * 0.15,
                  std::max(1.0, right - plot.left()), band * 0.7);
}

void ChartRender::paintBars(QPainter &painter, const Layout &geometry) const
{
    const QFontMetricsF metrics(m_font);
    const QRectF &plot = geometry.plot;
    const double step = geometry.x.ticks.size() > 1 ? geometry.x.ticks[1] - geometry.x.ticks[0] : 1;
    for (double tick : geometry.x.ticks) {
        const double x = geometry.x.map(tick, plot.left(), plot.right());
        painter.setPen(QPen(m_colours.grid, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString text = tickText(tick, step);
        const double width = metrics.horizontalAdvance(text);
        painter.setPen(m_colours.text);
        painter.drawText(QRectF(x - width / 2 - 2, plot.bottom() + 5, width + 4, metrics.height()),
                         Qt::AlignCenter, text);
    }
    const double band = plot.height() / std::max(1, barCount());
    for (int i = 0; i < barCount(); ++i) {
        const QRectF bar = barRect(geometry, i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(i < m_content.data.counts.size() ? m_colours.series : m_colours.others);
        painter.drawRect(bar);
        const QRectF label(plot.left() - geometry.labelWidth - metrics.height() * 0.5,
                           plot.top() + i * band, geometry.labelWidth, band);
        painter.setPen(m_colours.text);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(barLabel(i), Qt::ElideRight, geometry.labelWidth));
    }
    painter.setPen(QPen(m_colours.axis, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
}

void ChartRender::paintPoints(QPainter &painter, const Layout &geometry) const
{
    const QRectF &plot = geometry.plot;
    const auto place = [&](const QPointF &point) {
        return QPointF(geometry.x.map(point.x(), plot.left(), plot.right()),
                       geometry.y.map(point.y(), plot.bottom(), plot.top()));
    };
    painter.setClipRect(plot.adjusted(-pointRadius, -pointRadius, pointRadius, pointRadius));
    if (m_content.data.kind == ChartRequest::Kind::Line) {
        QPainterPath path;
        for (int i = 0; i < m_content.data.points.size(); ++i) {
            const QPointF at = place(m_content.data.points.at(i));
            if (i == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        painter.setPen(QPen(m_colours.series, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colours.series);
    for (const QPointF &point : m_content.data.points)
        painter.drawEllipse(place(point), pointRadius, pointRadius);
}

QString ChartRender::toolTipAt(const QPointF &position, const QRectF &area) const
{
    if (!m_content.message.isEmpty())
        return {};
    const Layout geometry = layout(area);
    const ChartData &data = m_content.data;
    const QLocale locale;
    switch (data.kind) {
    case ChartRequest::Kind::Histogram:
        for (int bucket = 0; bucket < data.counts.size(); ++bucket) {
            QRectF column = bucketRect(geometry, bucket);
            column.setTop(geometry.plot.top());
            if (!column.contains(position))
                continue;
            const int rows = int(data.counts.at(bucket));
            return tr("%1 to %2: %Ln value(s)", nullptr, rows)
                .arg(locale.toString(data.edge(bucket), 'g', 8),
                     locale.toString(data.edge(bucket + 1), 'g', 8));
        }
        return {};
    case ChartRequest::Kind::Bar:
        for (int i = 0; i < barCount(); ++i) {
            QRectF row = barRect(geometry, i);
            row.setLeft(area.left());
            row.setRight(geometry.plot.right());
            if (!row.contains(position))
                continue;
            const int rows = int(i < data.counts.size() ? data.counts.at(i) : data.others);
            return tr("%1: %Ln row(s)", nullptr, rows).arg(barLabel(i));
        }
        return {};
    case ChartRequest::Kind::Line:
    case ChartRequest::Kind::Scatter:
        break;
    }
    const QRectF &plot = geometry.plot;
    double best = hitDistance * hitDistance;
    QString text;
    for (const QPointF &point : data.points) {
        const QPointF at(geometry.x.map(point.x(), plot.left(), plot.right()),
                         geometry.y.map(point.y(), plot.bottom(), plot.top()));
        const QPointF d = at - position;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= best) {
            best = distance;
            text = tr("%1: %2, %3: %4")
                       .arg(m_content.xTitle, locale.toString(point.x(), 'g', 10), m_content.yTitle,
                            locale.toString(point.y(), 'g', 10));
        }
    }
    return text;
}

} // namespace rowbook

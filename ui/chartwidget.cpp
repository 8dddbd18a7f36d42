#include "chartwidget.h"

#include <QHelpEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>

namespace rowbook {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartWidget"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void ChartWidget::setContent(const ChartContent &content)
{
    m_content = content;
    QToolTip::hideText();
    update();
}

ChartRender ChartWidget::render() const
{
    return ChartRender(m_content, Theme::chartColours(palette()), font());
}

QSize ChartWidget::exportSize() const
{
    return size().isEmpty() ? sizeHint() : size();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render().paint(painter, rect());
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString ChartWidget::toolTipAt(const QPoint &position) const
{
    return render().toolTipAt(position, rect());
}

QImage ChartWidget::toImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    render().paint(painter, QRectF(QPointF(0, 0), size));
    return image;
}

bool ChartWidget::writePng(const QString &path) const
{
    return toImage(exportSize()).save(path, "PNG");
}

bool ChartWidget::writeSvg(const QString &path) const
{
    const QSize size = exportSize();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setTitle(m_content.title);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    render().paint(painter, QRectF(QPointF(0, 0), size));
    return painter.end();
}

} // namespace rowbook

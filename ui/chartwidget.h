#pragma once

#include "chartrender.h"

#include <QImage>
#include <QWidget>

namespace rowbook {

// A chart on screen: paints its ChartContent with ChartRender in colours from the widget's
// palette (so it follows View → Theme), shows the value under the mouse as a tooltip, and exports
// exactly what it paints as PNG or SVG.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setContent(const ChartContent &content);
    const ChartContent &content() const { return m_content; }

    // The chart at `size` (logical pixels; device pixel ratio 1).
    QImage toImage(const QSize &size) const;
    // Write the chart at the widget's size; false when the file cannot be written.
    bool writePng(const QString &path) const;
    bool writeSvg(const QString &path) const;
    // The value under `position` (widget coordinates), as the tooltip shows it.
    QString toolTipAt(const QPoint &position) const;

    QSize sizeHint() const override { return {720, 460}; }
    QSize minimumSizeHint() const override { return {360, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    ChartRender render() const;
    QSize exportSize() const;

    ChartContent m_content;
};

} // namespace rowbook

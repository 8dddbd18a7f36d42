#pragma once

#include <QColor>
#include <QPalette>
#include <QProxyStyle>

namespace rowbook {

// Fusion, as the Light and Dark themes use it, with check boxes framed in a colour that stays
// readable: Fusion outlines them in a shade of the window colour, so on the dark palette an
// unchecked box in the grid or the form was not visible at all. The frame is
// Theme::indicatorFrame(), drawn over Fusion's own box.
class CheckFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    CheckFrameStyle();
    void drawPrimitive(PrimitiveElement element,
                       const QStyleOption *option,
                       QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    // The frame's colour, worked out once per palette (a grid paints hundreds of boxes).
    QColor frameFor(const QPalette &palette) const;
    mutable qint64 m_paletteKey = -1;
    mutable QPalette::ColorGroup m_group = QPalette::NColorGroups;
    mutable QColor m_frame;
};

} // namespace rowbook

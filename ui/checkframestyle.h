#pragma once

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
};

} // namespace rowbook

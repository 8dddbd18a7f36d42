#include "checkframestyle.h"

#include "theme.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace rowbook {

CheckFrameStyle::CheckFrameStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

void CheckFrameStyle::drawPrimitive(PrimitiveElement element,
                                    const QStyleOption *option,
                                    QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Fusion draws the check box of item views through this element as well.
    if (element != PE_IndicatorCheckBox)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5); // Fusion's own geometry: the frame on whole pixels
    painter->setPen(frameFor(option->palette));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

QColor CheckFrameStyle::frameFor(const QPalette &palette) const
{
    // cacheKey() is shared by copies of a palette and changes with any of its colours, but not
    // with the colour group (active, inactive, disabled) its colours are read from.
    if (palette.cacheKey() != m_paletteKey || palette.currentColorGroup() != m_group) {
        m_frame = Theme::indicatorFrame(palette);
        m_paletteKey = palette.cacheKey();
        m_group = palette.currentColorGroup();
    }
    return m_frame;
}

} // namespace rowbook

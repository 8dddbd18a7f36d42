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
    painter->setPen(Theme::indicatorFrame(option->palette));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace rowbook

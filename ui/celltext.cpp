#include "celltext.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPaintDevice>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QTextLayout>

namespace rowbook {

bool CellText::canPaint(const QStyleOptionViewItem &option, const QStyle *style)
{
    const auto *proxy = qobject_cast<const QProxyStyle *>(style);
    const QStyle *base = proxy ? proxy->baseStyle() : style;
    if (!base || base->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return false; // other styles may draw cells themselves (Windows' hover, macOS)
    constexpr auto drawnByStyle
        = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    if (option.features & drawnByStyle || option.state & QStyle::State_Editing
        || !option.showDecorationSelected) // a list's or tree's text rectangle fits the text
        return false;
    // Not cached: long values (memory), line breaks, and U+009C, which QFontMetrics::elidedText
    // takes for a separator of text variants where the style shows it as a character.
    return option.text.size() <= longestText && !option.text.contains(QLatin1Char('\n'))
           && !option.text.contains(QChar::LineSeparator) && !option.text.contains(QChar(0x9c));
}

bool CellText::paint(QPainter *painter, const QStyleOptionViewItem &option, const QStyle *style)
{
    // The order and colours of QCommonStyle::drawControl(CE_ItemViewItem).
    const QWidget *widget = option.widget;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
    const int dpi = painter->device() ? painter->device()->logicalDpiY() : 0;
    const Laid *laid = option.text.isEmpty() ? nullptr : &laidOut(option, textRect, dpi);
    if (laid && laid->wraps)
        return false;
    painter->save();
    painter->setClipRect(option.rect, painter->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    if (laid) {
        QPalette::ColorGroup group
            = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(option.palette.color(group, option.state & QStyle::State_Selected
                                                        ? QPalette::HighlightedText
                                                        : QPalette::Text));
        painter->setFont(option.font);
        painter->drawStaticText(QPointF(textRect.x(), textRect.y() + laid->top), laid->text);
    }
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &option, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group
            = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = option.palette.color(
            group, option.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
    return true;
}

const CellText::Laid &
CellText::laidOut(const QStyleOptionViewItem &option, const QRect &textRect, int dpi)
{
    const Key key{option.text,
                  option.font,
                  textRect.width(),
                  textRect.height(),
                  int(option.displayAlignment),
                  int(option.textElideMode),
                  int(option.direction),
                  bool(option.features & QStyleOptionViewItem::WrapText),
                  dpi};
    if (auto found = m_recent.constFind(key); found != m_recent.constEnd())
        return *found;
    if (m_recent.size() >= m_generationSize) {
        m_older = std::move(m_recent);
        m_recent = {};
    }
    if (auto older = m_older.find(key); older != m_older.end()) {
        Laid laid = std::move(*older);
        m_older.erase(older);
        return *m_recent.emplace(key, std::move(laid));
    }

    // What QCommonStylePrivate::viewItemDrawText does for one line: lay the text out in the
    // rectangle's width, elide it when it does not fit, align the line vertically.
    ++m_layouts;
    QTextOption textOption;
    textOption.setWrapMode(key.wrap ? QTextOption::WordWrap : QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    QTextLayout layout(option.text, option.font);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    const QRect aligned = QStyle::alignedRect(Qt::LayoutDirectionAuto, option.displayAlignment,
                                              layout.boundingRect().size().toSize(), textRect);
    Laid laid;
    QString text = option.text;
    if (key.wrap
        && (line.textLength() < option.text.size() || line.naturalTextWidth() > textRect.width())) {
        laid.wraps = true; // the style's to draw, over as many lines as the row shows
        return *m_recent.emplace(key, std::move(laid));
    }
    if (line.naturalTextWidth() > textRect.width()) {
        text = QFontMetrics(option.font).elidedText(text, option.textElideMode, textRect.width());
    }
    laid.text.setText(text);
    laid.text.setTextFormat(Qt::PlainText); // a value is never markup
    laid.text.setTextOption(textOption);
    laid.text.setTextWidth(textRect.width()); // laid out by its first draw, at the screen's scale
    laid.top = aligned.top() - textRect.top();
    return *m_recent.emplace(key, std::move(laid));
}

} // namespace rowbook

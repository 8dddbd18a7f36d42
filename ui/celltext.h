#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>
#include <QStyleOptionViewItem>

#include <algorithm>

class QPainter;
class QStyle;

namespace rowbook {

// Paints a grid cell as QCommonStyle's CE_ItemViewItem does (Fusion draws cells through it), with
// the text's shaping and elision done once per text, font and cell size instead of twice per
// paint: shaping was half of every grid repaint, and a repaint is what the user waits for while
// scrolling, editing or saving. Cells with a check box, an icon, a line break, text that would
// wrap, or a style that draws cells itself are left to the style.
class CellText
{
public:
    // False when the style must draw this cell (see above); paint() may still decline it.
    static bool canPaint(const QStyleOptionViewItem &option, const QStyle *style);
    // Background, text and focus frame, pixel for pixel as the style would; `option` has been
    // through initStyleOption(). False, with nothing painted, when the text would wrap: the style
    // must paint it.
    bool paint(QPainter *painter, const QStyleOptionViewItem &option, const QStyle *style);

    // Texts laid out since construction (each one a cache miss).
    int layouts() const { return m_layouts; }
    int size() const { return int(m_recent.size() + m_older.size()); }

    // Laid-out texts kept: two generations of this many, the older dropped when the newer fills.
    // At least the cells on screen, so that a repaint of the same cells lays nothing out again;
    // not many more, as each costs about half a kilobyte.
    void setGenerationSize(int cells) { m_generationSize = std::max(cells, 64); }
    int generationSize() const { return m_generationSize; }
    // Longer values are left to the style: the cache would keep them alive after the model
    // dropped them.
    static constexpr int longestText = 512;

private:
    struct Key
    {
        QString text;
        QFont font;
        int width = 0;
        int height = 0;
        int alignment = 0;
        int elide = 0;
        int direction = 0;
        bool wrap = false;
        int dpi = 0; // of the screen painted on: a window moved to another screen lays out anew
        bool operator==(const Key &other) const
        {
            return width == other.width && height == other.height && alignment == other.alignment
                   && elide == other.elide && direction == other.direction && wrap == other.wrap
                   && text == other.text && font == other.font;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.height, key.alignment,
                              key.elide, key.direction, key.wrap, key.dpi);
        }
    };
    struct Laid
    {
        QStaticText text;
        int top = 0;        // where the text starts below the text rectangle's top
        bool wraps = false; // word wrap is on and the text is wider than the cell
    };

    const Laid &laidOut(const QStyleOptionViewItem &option, const QRect &textRect, int dpi);

    QHash<Key, Laid> m_recent;
    QHash<Key, Laid> m_older;
    int m_layouts = 0;
    int m_generationSize = 1024;
};

} // namespace rowbook

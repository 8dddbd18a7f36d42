#pragma once

#include <QColor>

namespace rowbook {

// The colours the table model hands to views for the cells it marks. The ui derives them from
// the palette of the current theme (Theme::cellColours) and sets them whenever the theme changes;
// the defaults are those of the light theme, so a model without a window still reads well.
struct CellColours
{
    QColor nullText{0x6e, 0x6e, 0x6e};          // NULL, shown in italics
    QColor pendingBackground{0xfd, 0xf3, 0xc8}; // edits not yet saved, and new rows
    QColor refusedBackground{0xf8, 0xd7, 0xd4}; // rows the database refused, conflicting cells

    bool operator==(const CellColours &other) const
    {
        return nullText == other.nullText && pendingBackground == other.pendingBackground
               && refusedBackground == other.refusedBackground;
    }
    bool operator!=(const CellColours &other) const { return !(*this == other); }
};

} // namespace rowbook

#pragma once

#include <QSize>

class QWidget;

namespace rowbook {

// The size a window opens at: the size it asks for, within 90 % of the available area of the
// screen it opens on, so that its frame and a panel fit too. On a 1366x768 laptop, or at
// 1920x1080 with 200 % scaling (960x540 to lay out), a 1100x720 window does not fit otherwise.
// A dialog opens on its parent's screen. Where the screen reports no area, the wanted size.
QSize sizeWithinScreen(const QWidget *window, QSize wanted);

// resize(sizeWithinScreen(window, wanted)).
void resizeWithinScreen(QWidget *window, QSize wanted);

} // namespace rowbook

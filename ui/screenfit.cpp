#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace rowbook {

QSize sizeWithinScreen(const QWidget *window, QSize wanted)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen *screen = anchor->screen();
    const QSize room = screen ? screen->availableGeometry().size() * 0.9 : QSize();
    return room.isEmpty() ? wanted : wanted.boundedTo(room);
}

void resizeWithinScreen(QWidget *window, QSize wanted)
{
    window->resize(sizeWithinScreen(window, wanted));
}

} // namespace rowbook

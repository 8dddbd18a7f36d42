#pragma once

// What the window tests on a server share: opening a server database as the user does, through
// the window, and waiting until the server answered.
#include "documentcontroller.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QStatusBar>
#include <QTest>

namespace pgwindowsupport {

using rowbook::MainWindow;

// A server is asked on the thread pool before it opens (DocumentController::open): the
// window answers meanwhile and says so, and the database is shown once it answered.
inline bool
openServer(MainWindow &window, const QString &uri, const QString &table = {}, bool newTab = false)
{
    const int tabs = window.document()->tabCount();
    const bool started
        = newTab ? window.document()->openInNewTab(uri, table) : window.openDatabase(uri, table);
    if (!started || !window.document()->isOpening()
        || !window.statusBar()->currentMessage().startsWith(QLatin1String("Connecting to ")))
        return false;
    if (!QTest::qWaitFor([&] { return !window.document()->isOpening(); }, 15000))
        return false;
    return window.workspace() && window.workspace()->info().server
           && window.document()->tabCount() == (newTab || tabs == 0 ? tabs + 1 : tabs);
}

} // namespace pgwindowsupport

#pragma once

#include <QStringList>

namespace rowbook {

// `rowbook diagram [--database DB] --output FILE.svg|FILE.png`: draws the schema diagram (tables,
// views, foreign keys; the window's automatic layout) into a file, without a window. Needs a
// QGuiApplication for fonts: app/main.cpp makes one, on the offscreen platform when no other is
// asked for (cliNeedsGui()).
int runDiagramVerb(const QStringList &arguments);

} // namespace rowbook

#pragma once

#include <QStringList>

namespace rowbook {

// True when the arguments name a headless command-line verb (import, export, ...).
bool isCliVerb(const QStringList &arguments);

// Runs a command-line verb; must be called with a QCoreApplication alive. Returns the exit code.
int runCli(const QStringList &arguments);

} // namespace rowbook

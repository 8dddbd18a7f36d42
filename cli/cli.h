#pragma once

#include <QStringList>

namespace rowbook {

// The names of the headless command-line verbs (import, export, backup...), in help order. They
// come from the one verb table in cli.cpp (`verbTable()`): a new verb is one line there.
QStringList cliVerbs();

// True when the arguments name a headless command-line verb (import, export, ...).
bool isCliVerb(const QStringList &arguments);

// True when the verb draws (diagram): it needs a QGuiApplication for fonts, not a display.
bool cliNeedsGui(const QStringList &arguments);

// Runs a command-line verb; must be called with a QCoreApplication alive. Returns the exit code.
int runCli(const QStringList &arguments);

} // namespace rowbook

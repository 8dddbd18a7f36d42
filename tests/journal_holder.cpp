// Holds a Rowbook workspace open on a database, with one unsaved edit in its recovery journal,
// until its standard input closes or it is killed: the "other Rowbook process" of
// tst_journalowners.
//   journal_holder DATABASE TABLE ROWID COLUMN VALUE
// Prints "journal <path>" once the edit is on disk.

#include "autosaver.h"
#include "editstore.h"
#include "recoveryjournal.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cstdio>

#include <unistd.h>

using namespace rowbook;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fputs("usage: journal_holder DATABASE TABLE ROWID COLUMN VALUE\n", stderr);
        return 2;
    }
    Workspace workspace;
    if (!workspace.open(args.at(1)))
        return 3;
    if (workspace.recovery().found || !workspace.journal()->isStarted())
        return 4; // a fresh file: nothing to recover, a journal of its own
    workspace.autoSaver()->setDebounceMs(3600 * 1000); // the edit stays pending
    workspace.edits()->setValue(args.at(2), args.at(3).toLongLong(), args.at(4), args.at(5));
    workspace.journal()->flush();
    std::printf("journal %s\n", qPrintable(workspace.journal()->path()));
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::exit(0);
    });
    return app.exec();
}

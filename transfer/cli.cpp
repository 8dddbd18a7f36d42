#include "cli.h"

#include <cstdio>

namespace rowbook {

bool isCliVerb(const QStringList &arguments)
{
    return arguments.size() > 1
           && (arguments.at(1) == QLatin1String("import") || arguments.at(1) == QLatin1String("export"));
}

int runCli(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    std::fputs("rowbook: import and export are not available yet.\n", stderr);
    return 2;
}

} // namespace rowbook

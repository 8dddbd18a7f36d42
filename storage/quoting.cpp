#include "quoting.h"

#include <QCoreApplication>

namespace rowbook {

QString quotedNames(const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names)
        quoted << QCoreApplication::translate("rowbook::Quotes", "“%1”").arg(name);
    return quoted.join(QStringLiteral(", "));
}

} // namespace rowbook

#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace rowbook {

// A menu command named in running text ("File → Import…"), kept on one line when the text
// wraps: its spaces are non-breaking, so no line ends at "File →" or "New".
inline QString menuPath(const QStringList &steps)
{
    QString path = steps.join(QStringLiteral(" → "));
    path.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    return path;
}

} // namespace rowbook

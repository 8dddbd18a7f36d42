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

// A name or path shown as itself in a menu item or tab (a file "R&D.db", a column "Q&A"): an
// ampersand would otherwise vanish and underline the next letter as a shortcut.
inline QString literalMenuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace rowbook

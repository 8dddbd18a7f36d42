#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

// How every verb of the command line talks: messages are translated in the "Cli" context,
// written in the locale's encoding and flushed at once, and errors read "rowbook VERB: …".
namespace rowbook::cli {

inline QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
}

inline void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Prints "rowbook VERB: MESSAGE" on stderr and returns `code`, the verb's exit code.
inline int fail(const QString &verb, int code, const QString &message)
{
    print(stderr, QStringLiteral("rowbook %1: %2\n").arg(verb, message));
    return code;
}

} // namespace rowbook::cli

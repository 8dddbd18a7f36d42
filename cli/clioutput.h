#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

// How every verb of the command line talks: messages are translated in the "Cli" context,
// written in the locale's encoding and flushed at once, and errors read "rowbook VERB: …".
namespace rowbook::cli {

// The context every message of the command line is looked up in: Cli::tr("…").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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

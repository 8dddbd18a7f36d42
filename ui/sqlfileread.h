#pragma once

#include <QString>

#include <functional>

class QThread;

namespace rowbook {

// Reads an SQL script file (UTF-8) on a short-lived thread of its own, so File → Run SQL File…
// never waits on the disk on the GUI thread.
class SqlFileRead
{
public:
    // (text, problem): the file's text, or a non-empty problem when it cannot be read.
    using Done = std::function<void(const QString &text, const QString &problem)>;

    // Starts reading `path`; `done` is called on the GUI thread (the application's thread).
    // The thread deletes itself when finished; the caller may keep a QPointer to join it.
    static QThread *start(const QString &path, Done done);
};

} // namespace rowbook

#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace rowbook {

// A PostgreSQL database named by a libpq URI:
//   postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/dir&port=N&sslmode=...]
// (also postgres://). Parsed here so the rest of Rowbook can tell a server database from a file
// and open it with Qt's QPSQL driver. The password is kept for the connection only: nothing
// Rowbook shows or logs carries it (use redacted()).
struct PgConnection
{
    QString user;
    QString password;
    QString host; // a host name, an IP address, or a folder holding the server's Unix socket
    int port = -1;
    QString database;
    QString sslMode;
    // Further libpq parameters from the query (connect_timeout, application_name, ...), as
    // "key=value" pairs in the order given.
    QStringList options;

    // True when `text` starts with postgresql:// or postgres:// (the case of the scheme ignored).
    static bool isUri(const QString &text);
    // Parses a URI; on failure returns false and a sentence saying what is wrong in `error`.
    static bool parse(const QString &uri, PgConnection *connection, QString *error);
    // The URI with any password (in the user part or as ?password=) replaced by "***", for
    // titles, logs and messages. A text that is not a URI is returned unchanged.
    static QString redacted(const QString &uri);

    // The database as a URI without the password, in a normal form.
    QString toDisplayUri() const;
    // Adds a QPSQL connection named `name` on the calling thread, configured but not opened.
    QSqlDatabase addDatabase(const QString &name) const;
};

} // namespace rowbook

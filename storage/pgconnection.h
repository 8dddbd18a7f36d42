#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;
struct pg_conn; // libpq's PGconn

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
    // How a database is named to people: a URI redacted, a file path with the platform's
    // separators.
    static QString shown(const QString &pathOrUri);
    // A short name for titles and tabs: the file name, or "DATABASE on HOST" (just DATABASE on
    // this machine's socket).
    static QString shortName(const QString &pathOrUri);
    // The database a URI names; empty when `uri` is not one.
    static QString databaseName(const QString &uri);

    // The URI first given in this process for the same database (the same toDisplayUri()), with
    // the password and options it carried, when `uri` has no password of its own; else `uri`.
    // The window opens a server again by its URI without password (a new tab, reopening, the
    // recent list): a password typed once is kept for the session, in memory only, here.
    static QString withSessionSecrets(const QString &uri);
    // Keeps `uri` for withSessionSecrets() (after it opened a connection).
    static void rememberForSession(const QString &uri);

    // The database as a URI without the password, in a normal form.
    QString toDisplayUri() const;
    // Why Qt's QPSQL driver cannot be used (its plugin, libqt6sql6-psql on Debian, is not
    // installed) and what to install; empty when it can.
    static QString missingDriver();
    // libpq's connection under `db`, a QPSQL connection (open or not), for what Qt's driver does
    // not do; null when Qt's driver gives none.
    static pg_conn *handle(const QSqlDatabase &db);
    // The server process of `db`'s session (libpq knows it: no round trip); 0 when `db` is not an
    // open QPSQL connection.
    static int backendPid(const QSqlDatabase &db);
    // Whether the server of `db`'s open session is a standby that only accepts reads, as the
    // server reported it when the session began (in_hot_standby, PostgreSQL 14 and later: no
    // round trip); nullopt when it did not say (an older server, or `db` is not open).
    static std::optional<bool> inHotStandby(const QSqlDatabase &db);
    // Whether the server said `db`'s open session began read-only (default_transaction_read_only,
    // reported by PostgreSQL 14 and later): false when it did not say so, as when a pooler
    // dropped the startup parameter that asked for it.
    static bool beganReadOnly(const QSqlDatabase &db);
    // Connect options that make sessions begin read-only (default_transaction_read_only in the
    // startup packet: the server refuses writes from the first statement, and no SET costs a
    // round trip): `connectOptions` without them plus them; or without them and nullopt when
    // libpq has an `options` from elsewhere that this would replace for readers only (the
    // user's in `connectOptions`, PGOPTIONS, or a service file's entry).
    static std::pair<QString, std::optional<QString>>
    readOnlyOptions(const QString &connectOptions);
    // Adds a QPSQL connection named `name` on the calling thread, configured but not opened.
    // Without a connect_timeout of its own, one of 10 s: libpq's default is to wait forever.
    QSqlDatabase addDatabase(const QString &name) const;
};

} // namespace rowbook

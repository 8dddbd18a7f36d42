#include "pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QUrl>

#include <algorithm>

#include <libpq-fe.h>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
};

// The scheme's length, or 0 when the text is no PostgreSQL URI.
int schemeLength(const QString &text)
{
    for (const QLatin1String scheme :
         {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return int(scheme.size());
    }
    return 0;
}

QString decode(const QString &part, bool *ok)
{
    // Percent-decoding of a bare part; a '%' not followed by two hex digits is malformed.
    const auto isHex = [](QChar c) {
        return c.isDigit() || QStringLiteral("abcdefABCDEF").contains(c);
    };
    for (qsizetype i = part.indexOf(QLatin1Char('%')); i >= 0;
         i = part.indexOf(QLatin1Char('%'), i + 1)) {
        if (i + 2 >= part.size() || !isHex(part.at(i + 1)) || !isHex(part.at(i + 2))) {
            *ok = false;
            return {};
        }
    }
    *ok = true;
    return QUrl::fromPercentEncoding(part.toUtf8());
}

bool parsePort(const QString &text, int *port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *port = value;
    return true;
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// Values in libpq's key=value syntax: quoted when they hold spaces, quotes or backslashes.
QString conninfoValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Where the user[:password] part of `text` ends (its '@'), looking from `from` (just after the
// scheme); -1 when there is none. A password holding a '/' or '?' that is not %-encoded seems to
// end that part early ("ann:se/cret@h/d"): then it runs to the last '@' of the URI, unless a
// parameter's '=' comes first (an '@' in a value), the host is an IPv6 address or a list, or,
// with `portEndsIt`, what follows the ':' is a port.
qsizetype userInfoEnd(const QString &text, qsizetype from, bool portEndsIt)
{
    qsizetype authorityEnd = text.size();
    for (const QChar end : {QLatin1Char('/'), QLatin1Char('?')}) {
        if (const qsizetype i = text.indexOf(end, from); i >= 0 && i < authorityEnd)
            authorityEnd = i;
    }
    if (authorityEnd > from) {
        if (const qsizetype at = text.lastIndexOf(QLatin1Char('@'), authorityEnd - 1); at >= from)
            return at;
    }
    const QString authority = text.mid(from, authorityEnd - from);
    const qsizetype colon = authority.indexOf(QLatin1Char(':'));
    const qsizetype last = text.lastIndexOf(QLatin1Char('@'));
    if (colon < 0 || last < authorityEnd || authority.startsWith(QLatin1Char('['))
        || authority.contains(QLatin1Char(','))
        || text.mid(authorityEnd, last - authorityEnd).contains(QLatin1Char('=')))
        return -1;
    int port = 0;
    if (portEndsIt && parsePort(authority.mid(colon + 1), &port))
        return -1;
    return last;
}

// host[:port]; an IPv6 address is written in brackets.
bool parseHostAndPort(const QString &rest, PgConnection *connection, QString *error)
{
    bool ok = true;
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = Text::tr("The IPv6 address in the URI has no closing “]”.");
            return false;
        }
        connection->host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty()) {
            *error = Text::tr("Unexpected “%1” after the host in the URI.").arg(after);
            return false;
        }
    } else {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        connection->host = decode(colon >= 0 ? rest.left(colon) : rest, &ok);
        if (colon >= 0)
            portText = rest.mid(colon + 1);
        if (!ok) {
            *error = Text::tr("The host in the URI is not properly %-encoded.");
            return false;
        }
    }
    if (!portText.isEmpty() && !parsePort(portText, &connection->port)) {
        *error = Text::tr("The port “%1” is not a number from 1 to 65535.").arg(portText);
        return false;
    }
    return true;
}

// One key=value of the URI's query part.
bool parseParameter(const QString &pair, PgConnection *connection, QString *error)
{
    bool ok = true;
    const qsizetype equals = pair.indexOf(QLatin1Char('='));
    const QString key = equals >= 0 ? pair.left(equals) : pair;
    const QString value = decode(equals >= 0 ? pair.mid(equals + 1) : QString(), &ok);
    if (equals <= 0 || !ok) {
        // Not the pair itself: it may be the end of a password that held a '?'.
        *error = equals > 0 ? Text::tr("The URI parameter “%1” is not properly %-encoded.").arg(key)
                            : Text::tr("A URI parameter is not of the form key=value.");
        return false;
    }
    if (key == QLatin1String("host")) {
        connection->host = value;
    } else if (key == QLatin1String("port")) {
        if (!parsePort(value, &connection->port)) {
            *error = Text::tr("The port “%1” is not a number from 1 to 65535.").arg(value);
            return false;
        }
    } else if (key == QLatin1String("user")) {
        connection->user = value;
    } else if (key == QLatin1String("password")) {
        connection->password = value;
    } else if (key == QLatin1String("dbname")) {
        connection->database = value;
    } else if (key == QLatin1String("sslmode")) {
        if (!sslModes().contains(value)) {
            *error = Text::tr("Unknown sslmode “%1” (expected %2).")
                         .arg(value, sslModes().join(QLatin1String(", ")));
            return false;
        }
        connection->sslMode = value;
    } else {
        bool plain = !key.isEmpty();
        for (const QChar c : key)
            plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('_'));
        if (!plain) {
            *error = Text::tr("The URI parameter “%1” is not a libpq parameter name.").arg(key);
            return false;
        }
        connection->options << key + QLatin1Char('=') + conninfoValue(value);
    }
    return true;
}

} // namespace

bool PgConnection::isUri(const QString &text)
{
    return schemeLength(text) > 0;
}

bool PgConnection::parse(const QString &uri, PgConnection *connection, QString *error)
{
    *connection = PgConnection();
    const int scheme = schemeLength(uri);
    if (scheme == 0) {
        *error = Text::tr("“%1” is not a PostgreSQL URI (postgresql://...).").arg(redacted(uri));
        return false;
    }
    QString rest = uri.mid(scheme);
    // user[:password]@ before the host: the last '@' there, since a password may hold one.
    const qsizetype at = userInfoEnd(rest, 0, true);
    QString userInfo;
    const bool hasUserInfo = at >= 0;
    if (hasUserInfo) {
        userInfo = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    bool ok = true;
    if (hasUserInfo) {
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        connection->user = decode(colon >= 0 ? userInfo.left(colon) : userInfo, &ok);
        if (ok && colon >= 0)
            connection->password = decode(userInfo.mid(colon + 1), &ok);
        if (!ok) {
            *error = Text::tr("The user name or password in the URI is not properly %-encoded.");
            return false;
        }
    }
    if (!parseHostAndPort(rest, connection, error))
        return false;
    connection->database = decode(path, &ok);
    if (!ok || connection->database.contains(QLatin1Char('/'))) {
        // A '@' here may be the end of a password with a '/' in it: not repeated.
        *error = path.contains(QLatin1Char('@'))
                     ? Text::tr("The database name in the URI is not valid (a password that "
                                "holds “/”, “?” or “@” must be %-encoded).")
                     : Text::tr("The database name “%1” in the URI is not valid.").arg(path);
        return false;
    }
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        if (!parseParameter(pair, connection, error))
            return false;
    }
    return true;
}

QString PgConnection::redacted(const QString &uri)
{
    const int scheme = schemeLength(uri);
    if (scheme == 0)
        return uri;
    QString text = uri;
    // ?password=... or &password=... (first: masking the user part may hide the '?')
    const qsizetype query = text.indexOf(QLatin1Char('?'), scheme);
    if (query >= 0) {
        QStringList pairs = text.mid(query + 1).split(QLatin1Char('&'));
        for (QString &pair : pairs) {
            if (pair.startsWith(QLatin1String("password=")))
                pair = QStringLiteral("password=***");
            else if (pair.startsWith(QLatin1String("sslpassword=")))
                pair = QStringLiteral("sslpassword=***");
        }
        text = text.left(query + 1) + pairs.join(QLatin1Char('&'));
    }
    // user:password@ (which may mask more than the password of a URI libpq would not read).
    if (const qsizetype at = userInfoEnd(text, scheme, false); at >= 0) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'), scheme);
        if (colon >= 0 && colon < at)
            text.replace(colon + 1, at - colon - 1, QStringLiteral("***"));
    }
    return text;
}

QString PgConnection::toDisplayUri() const
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket && host.contains(QLatin1Char(':')))
        uri += QLatin1Char('[') + host + QLatin1Char(']');
    else if (!socket)
        uri += host;
    if (!socket && port > 0)
        uri += QLatin1Char(':') + QString::number(port);
    uri += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + QString::fromUtf8(QUrl::toPercentEncoding(host, "/"));
    if (socket && port > 0)
        query << QStringLiteral("port=") + QString::number(port);
    if (!sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + sslMode;
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

namespace {

QMutex sessionMutex;
QHash<QString, QString> &sessionUris() // display URI -> the URI as given
{
    static QHash<QString, QString> uris;
    return uris;
}

// The key a database is remembered by: its display URI, with libpq's default port left out (the
// Connect dialog always names a port, a URI often does not).
QString displayOf(const QString &uri, PgConnection *connection)
{
    QString problem;
    if (!PgConnection::parse(uri, connection, &problem))
        return {};
    PgConnection key = *connection;
    if (key.port == 5432)
        key.port = -1;
    return key.toDisplayUri();
}

} // namespace

QString PgConnection::withSessionSecrets(const QString &uri)
{
    PgConnection connection;
    const QString display = displayOf(uri, &connection);
    if (display.isEmpty() || !connection.password.isEmpty())
        return uri;
    const QMutexLocker lock(&sessionMutex);
    return sessionUris().value(display, uri);
}

void PgConnection::rememberForSession(const QString &uri)
{
    PgConnection connection;
    const QString display = displayOf(uri, &connection);
    if (display.isEmpty())
        return;
    const QMutexLocker lock(&sessionMutex);
    sessionUris().insert(display, uri);
}

QString PgConnection::shown(const QString &pathOrUri)
{
    return isUri(pathOrUri) ? redacted(pathOrUri) : QDir::toNativeSeparators(pathOrUri);
}

QString PgConnection::shortName(const QString &pathOrUri)
{
    PgConnection connection;
    QString problem;
    if (!isUri(pathOrUri) || !parse(pathOrUri, &connection, &problem))
        return QFileInfo(pathOrUri).fileName();
    if (connection.host.isEmpty() || connection.host.startsWith(QLatin1Char('/')))
        return connection.database;
    return Text::tr("%1 on %2").arg(connection.database, connection.host);
}

QString PgConnection::databaseName(const QString &uri)
{
    PgConnection connection;
    QString problem;
    return isUri(uri) && parse(uri, &connection, &problem) ? connection.database : QString();
}

QString PgConnection::missingDriver()
{
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return {};
        // Qt's own message would be "Driver not loaded": say what is missing and how to get it.
#ifdef Q_OS_LINUX
    return Text::tr("Qt's PostgreSQL driver (QPSQL) is not installed, so server databases cannot "
                    "be opened. On Debian and Ubuntu, install the package libqt6sql6-psql.");
#else
    return Text::tr("Qt's PostgreSQL driver (QPSQL) is missing from this installation, so server "
                    "databases cannot be opened. Install Rowbook again: its installer ships it.");
#endif
}

QSqlDatabase PgConnection::addDatabase(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    // QPSQL hands these to libpq as host=, port=, ...; a folder as host means its Unix socket.
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!database.isEmpty())
        db.setDatabaseName(database);
    QStringList connectOptions;
    if (!sslMode.isEmpty())
        connectOptions << QStringLiteral("sslmode=") + sslMode;
    connectOptions += options;
    const bool timeout = std::any_of(options.begin(), options.end(), [](const QString &option) {
        return option.startsWith(QLatin1String("connect_timeout="));
    });
    if (!timeout)
        connectOptions << QStringLiteral("connect_timeout=10");
    if (!connectOptions.isEmpty())
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    return db;
}

PGconn *PgConnection::handle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    // Qt 6 names the type as the compiler sees it (pg_conn*), Qt 5 as declared (PGconn*).
    const QByteArray type = handle.isValid() ? QByteArray(handle.typeName()) : QByteArray();
    if (type != "pg_conn*" && type != "PGconn*")
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

namespace {

// A boolean setting the server reported for `db`'s open session (libpq keeps them: no round
// trip); nullopt when it reported none of that name or `db` is not open.
std::optional<bool> reportedSetting(const QSqlDatabase &db, const char *name)
{
    PGconn *conn = db.isOpen() ? PgConnection::handle(db) : nullptr;
    const char *status = conn ? PQparameterStatus(conn, name) : nullptr;
    if (!status)
        return std::nullopt;
    return qstrcmp(status, "on") == 0;
}

} // namespace

std::optional<bool> PgConnection::inHotStandby(const QSqlDatabase &db)
{
    return reportedSetting(db, "in_hot_standby");
}

bool PgConnection::beganReadOnly(const QSqlDatabase &db)
{
    return reportedSetting(db, "default_transaction_read_only").value_or(false);
}

std::pair<QString, std::optional<QString>>
PgConnection::readOnlyOptions(const QString &connectOptions)
{
    static const QString readOnly = QStringLiteral("options='-c default_transaction_read_only=on'");
    QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    options.removeAll(readOnly); // reconnecting: added the first time
    const QString without = options.join(QLatin1Char(';'));
    if (!qEnvironmentVariableIsEmpty("PGOPTIONS"))
        return {without, std::nullopt};
    for (const QString &option : std::as_const(options)) {
        const QString trimmed = option.trimmed();
        if (trimmed.startsWith(QLatin1String("options="))
            || trimmed.startsWith(QLatin1String("service=")))
            return {without, std::nullopt};
    }
    options << readOnly;
    return {without, options.join(QLatin1Char(';'))};
}

int PgConnection::backendPid(const QSqlDatabase &db)
{
    PGconn *conn = db.isOpen() ? handle(db) : nullptr;
    return conn ? PQbackendPID(conn) : 0;
}

} // namespace rowbook

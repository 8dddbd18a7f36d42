#include "storageerror.h"

#include "plurals.h"
#include "quoting.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace {

// Here rather than in plurals.cpp: a static library only links the objects a program uses, and
// every program that uses rowbook_storage uses StorageError.
void installPlurals()
{
    rowbook::installEnglishPlurals();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installPlurals)

namespace rowbook {

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
};

} // namespace

StorageError::Kind StorageError::classify(int nativeCode)
{
    switch (nativeCode & 0xff) {
    case 0:
    case 100: // SQLITE_ROW
    case 101: // SQLITE_DONE
        return None;
    case 5:
    case 6:
        return Busy;
    case 19:
    case 20:
        return Constraint;
    case 3:
    case 8:
    case 14:
        return ReadOnly;
    case 11:
    case 26:
        return Corrupt;
    case 13:
        return Full;
    case 10:
        return Io;
    default:
        return Other;
    }
}

namespace {

// QPSQL without a SQLSTATE: libpq could not reach the server, or lost it mid-session. A server
// that answered (a wrong password, a missing database) says FATAL, and is no lost server.
bool isLostServer(const QSqlError &error)
{
    const QString text = error.databaseText();
    // Mid-session: libpq's words for a connection that went away (a server shutting down says
    // FATAL: terminating connection).
    static const QLatin1String lost[] = {
        QLatin1String("server closed the connection unexpectedly"),
        QLatin1String("no connection to the server"),
        QLatin1String("could not receive data from server"),
        QLatin1String("could not send data to server"),
        QLatin1String("SSL connection has been closed unexpectedly"),
        QLatin1String("terminating connection"),
    };
    const auto contains = [&text](QLatin1String words) {
        return text.contains(words);
    };
    if (std::any_of(std::begin(lost), std::end(lost), contains))
        return true;
    // Connecting: a server that answers but lets nobody in for now (restarting, recovering,
    // full, a database closed to connections) is as good as unreachable until it does.
    static const QLatin1String notNow[] = {
        QLatin1String("the database system is starting up"),
        QLatin1String("the database system is shutting down"),
        QLatin1String("the database system is in recovery mode"),
        QLatin1String("the database system is not yet accepting connections"),
        QLatin1String("is not currently accepting connections"),
        QLatin1String("too many clients already"),
    };
    if (std::any_of(std::begin(notNow), std::end(notNow), contains))
        return true;
    if (error.type() != QSqlError::ConnectionError || text.contains(QLatin1String("FATAL:")))
        return false; // the server answered (a wrong password, a missing database)
    // Connecting: libpq 14+ starts every failure with "connection to server ... failed", also
    // a missing password or a certificate problem; only these say the server was not reached.
    static const QLatin1String unreached[] = {
        QLatin1String("Connection refused"),     QLatin1String("No such file or directory"),
        QLatin1String("timeout expired"),        QLatin1String("could not translate host name"),
        QLatin1String("Network is unreachable"), QLatin1String("No route to host"),
        QLatin1String("Connection timed out"),
    };
    return std::any_of(std::begin(unreached), std::end(unreached), contains);
}

} // namespace

StorageError::Kind StorageError::classifySqlState(const QByteArray &sqlState)
{
    if (sqlState == "55P03" || sqlState == "40001" || sqlState == "40P01")
        return Busy;
    if (sqlState.startsWith("23"))
        return Constraint;
    if (sqlState == "25006" || sqlState == "42501")
        return ReadOnly;
    if (sqlState == "53100")
        return Full;
    if (sqlState.startsWith("08") || sqlState.startsWith("57P"))
        return Unreachable;
    return Other;
}

StorageError StorageError::fromSql(const QSqlError &error)
{
    StorageError e;
    if (error.type() == QSqlError::NoError)
        return e;
    e.detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite's codes are numbers below 10,000; a SQLSTATE has five characters.
    const QString code = error.nativeErrorCode();
    if (code.size() == 5) {
        e.sqlState = code.toLatin1();
        e.kind = classifySqlState(e.sqlState);
        return e;
    }
    if (code.isEmpty() && isLostServer(error)) {
        e.kind = Unreachable;
        return e;
    }
    bool ok = false;
    e.nativeCode = error.nativeErrorCode().toInt(&ok);
    e.kind = ok ? classify(e.nativeCode) : Other;
    if (e.kind == None)
        e.kind = Other;
    return e;
}

StorageError StorageError::make(Kind kind, const QString &detail, int nativeCode)
{
    StorageError e;
    e.kind = kind;
    e.detail = detail;
    e.nativeCode = nativeCode;
    return e;
}

QStringList StorageError::columns() const
{
    // PostgreSQL: 'null value in column "c" of relation "t" violates not-null constraint', and
    // for UNIQUE the detail line 'Key (a, b)=(1, 2) already exists.'
    static const QRegularExpression pgNotNull(QStringLiteral("null value in column \"(.+?)\""));
    if (const auto m = pgNotNull.match(detail); m.hasMatch())
        return {m.captured(1)};
    static const QRegularExpression pgKey(QStringLiteral("Key \\((.+?)\\)=\\("));
    if (const auto m = pgKey.match(detail); m.hasMatch()) {
        QStringList names = m.captured(1).split(QLatin1Char(','));
        for (QString &name : names) {
            name = name.trimmed();
            if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
                name = name.mid(1, name.size() - 2)
                           .replace(QLatin1String("\"\""), QLatin1String("\""));
        }
        return names;
    }
    // "NOT NULL constraint failed: t.c", "UNIQUE constraint failed: t.a, t.b" (SQLite's wording).
    static const QRegularExpression re(
        QStringLiteral("(?:NOT NULL|UNIQUE) constraint failed: (.+)$"));
    const auto m = re.match(detail.trimmed());
    if (!m.hasMatch())
        return {};
    QStringList names;
    for (const QString &qualified : m.captured(1).split(QLatin1Char(','))) {
        const QString name = qualified.trimmed();
        names << name.mid(name.indexOf(QLatin1Char('.')) + 1);
    }
    return names;
}

QString StorageError::column() const
{
    return columns().value(0);
}

QString StorageError::rule() const
{
    static const QRegularExpression re(QStringLiteral("CHECK constraint failed: (.+)$"));
    if (const auto m = re.match(detail.trimmed()); m.hasMatch())
        return m.captured(1).trimmed();
    static const QRegularExpression pg(QStringLiteral("violates check constraint \"(.+?)\""));
    const auto m = pg.match(detail);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool StorageError::isForeignKey() const
{
    return kind == Constraint
           && (sqlState == "23503"
               || detail.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));
}

QString StorageError::userMessage() const
{
    switch (kind) {
    case None:
        return {};
    case Busy:
        return Text::tr("Another program is holding the database lock.");
    case Constraint:
        if ((detail.contains(QLatin1String("NOT NULL")) || sqlState == "23502")
            && !column().isEmpty())
            return Text::tr("A value is required in column “%1”.").arg(column());
        if ((detail.contains(QLatin1String("UNIQUE")) || sqlState == "23505")
            && columns().size() > 1) {
            return Text::tr("The combination of values in columns %1 is already used by another "
                            "row.")
                .arg(quotedNames(columns()));
        }
        if ((detail.contains(QLatin1String("UNIQUE")) || sqlState == "23505")
            && !column().isEmpty())
            return Text::tr("The value in column “%1” is already used by another row.")
                .arg(column());
        if (referenced == DeletionRefused && !referringTables.isEmpty())
            return Text::tr("Rows of %1 refer to this row, so it cannot be deleted; undo the "
                            "deletion (Ctrl+Z), or change those rows first.")
                .arg(quotedNames(referringTables));
        if (referenced == DeletionRefused)
            return Text::tr("Rows of other tables refer to this row, so it cannot be deleted; "
                            "undo the deletion (Ctrl+Z), or change those rows first.");
        if (referenced == KeyChangeRefused && !referringTables.isEmpty())
            return Text::tr("Rows of %1 refer to this row by the value you changed, so it cannot "
                            "be changed; undo the edit (Ctrl+Z), or change those rows first.")
                .arg(quotedNames(referringTables));
        if (referenced == KeyChangeRefused)
            return Text::tr("Rows of other tables refer to this row by the value you changed, so "
                            "it cannot be changed; undo the edit (Ctrl+Z), or change those rows "
                            "first.");
        if (isForeignKey()) {
            // PostgreSQL: 'Key (c)=(9) is not present in table "t".'
            static const QRegularExpression parent(
                QStringLiteral("is not present in table \"(.+?)\"\\."));
            const QString table = parent.match(detail).captured(1);
            if (columns().size() > 1 && !table.isEmpty())
                return Text::tr("The values in columns %1 refer to a row of “%2” that does not "
                                "exist.")
                    .arg(quotedNames(columns()), table);
            if (!column().isEmpty() && !table.isEmpty())
                return Text::tr("The value in column “%1” refers to a row of “%2” that does not "
                                "exist.")
                    .arg(column(), table);
            return Text::tr("The row refers to a row in another table that does not exist.");
        }
        if (!rule().isEmpty())
            return Text::tr("A value breaks the rule “%1” of the table.").arg(rule());
        return Text::tr("A value breaks a rule of the table (%1).").arg(detail.trimmed());
    case ReadOnly:
        return Text::tr("The database cannot be written (it is read-only).");
    case Corrupt:
        return Text::tr("The database file is damaged or is not a database.");
    case Damaged:
        return Text::tr("The database file is damaged, so Rowbook will not write to it; restore a "
                        "backup, or copy the rows that can still be read into a new file with "
                        "“rowbook recover FILE --output NEW”.");
    case Full:
        return Text::tr(
            "The disk is full. Free some space; your edits are kept and will be saved again.");
    case Io:
        return Text::tr("The disk reported an error while saving: %1").arg(detail);
    case Gone:
        return Text::tr("The row no longer exists: another program deleted it, or the database "
                        "did along with a row it refers to.");
    case Conflict:
        return Text::tr("Another program changed this row since you started editing it.");
    case Unreachable:
        return Text::tr("The database server cannot be reached: %1").arg(detail.trimmed());
    case Other:
        break;
    }
    return detail;
}

} // namespace rowbook

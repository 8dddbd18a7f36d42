#include "filecheck.h"

#include "database.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace rowbook {
namespace {

QString uriFor(const QString &path)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    const bool wal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    uri.setQuery(wal ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
    return QString::fromUtf8(uri.toEncoded());
}

// Runs the check pragma and collects every line that is not "ok", and any error that stopped it.
QStringList checkLines(sqlite3 *db, bool full)
{
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    const char *sql = full ? "PRAGMA integrity_check" : "PRAGMA quick_check";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return {QString::fromUtf8(sqlite3_errmsg(db))};
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const QString line = QString::fromUtf8(text ? text : "");
        for (const QString &part : line.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (part != QLatin1String("ok") && !part.startsWith(QLatin1String("*** in database")))
                problems << part;
        }
    }
    if (rc != SQLITE_DONE)
        problems << QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return problems;
}

} // namespace

FileCheck::Result FileCheck::run(const QString &path, bool full)
{
    Result result;
    if (!QFileInfo(path).isFile()) {
        result.status = Status::Missing;
        return result;
    }
    if (const QString cut = Database::truncationProblem(path); !cut.isEmpty())
        result.problems << cut;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uriFor(path).toUtf8().constData(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK)
        result.problems << QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    else
        result.problems << checkLines(db, full);
    sqlite3_close_v2(db);
    result.status = result.problems.isEmpty() ? Status::Ok : Status::Damaged;
    return result;
}

} // namespace rowbook

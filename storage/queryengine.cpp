#include "queryengine.h"

#include "pgconnection.h"
#include "pgqueryengine.h"
#include "sqlitequeryengine.h"

#include <QByteArrayView>

#include <algorithm>

namespace rowbook {

std::unique_ptr<QueryEngine> QueryEngine::create(const DatabaseInfo &info, RetryPolicy policy)
{
    if (info.server)
        return std::make_unique<PgQueryEngine>(info.connection, policy);
    if (PgConnection::isUri(info.path))
        return std::make_unique<PgQueryEngine>(PgConnection::withSessionSecrets(info.path), policy);
    return std::make_unique<SqliteQueryEngine>(info, policy);
}

void positionOf(const QByteArray &utf8, qsizetype offset, int *line, int *column)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    const QByteArrayView before(utf8.constData(), offset);
    *line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    *column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
}

} // namespace rowbook

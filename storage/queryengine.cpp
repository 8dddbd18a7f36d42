#include "queryengine.h"

#include "pgconnection.h"
#include "pgqueryengine.h"
#include "sqlitequeryengine.h"

namespace rowbook {

std::unique_ptr<QueryEngine> QueryEngine::create(const DatabaseInfo &info, RetryPolicy policy)
{
    if (PgConnection::isUri(info.path))
        return std::make_unique<PgQueryEngine>(info.path, policy);
    return std::make_unique<SqliteQueryEngine>(info, policy);
}

} // namespace rowbook

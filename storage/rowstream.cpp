#include "rowstream.h"

#include "driverkind.h"

#include <QSqlError>

#include <atomic>

namespace rowbook {

RowStream::RowStream(const QSqlDatabase &db)
    : m_db(db)
    , m_query(db)
{
    m_query.setForwardOnly(true);
}

RowStream::~RowStream()
{
    if (m_cursor.isEmpty())
        return;
    m_query.finish();
    // Fails harmlessly when the transaction has already failed: the cursor ends with it.
    QSqlQuery(m_db).exec(QStringLiteral("CLOSE %1").arg(m_cursor));
}

bool RowStream::exec(const QString &select)
{
    if (!isPostgres(m_db))
        return m_query.exec(select);
    static std::atomic<int> streams{0};
    const QString name = QStringLiteral("rowbook_stream_%1").arg(++streams);
    if (!m_query.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(name, select))) {
        // Outside a transaction there is no cursor: then one query, drained when stopped early.
        return m_query.lastError().nativeErrorCode() == QLatin1String("25P01")
               && m_query.exec(select);
    }
    m_cursor = name;
    return fetch();
}

bool RowStream::fetch()
{
    m_rowsInChunk = 0;
    return m_query.exec(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(chunkRows).arg(m_cursor));
}

bool RowStream::next()
{
    if (m_query.next()) {
        ++m_rowsInChunk;
        return true;
    }
    // A chunk shorter than asked for was the last one.
    if (m_cursor.isEmpty() || m_rowsInChunk < chunkRows || m_query.lastError().isValid())
        return false;
    return fetch() && next();
}

} // namespace rowbook

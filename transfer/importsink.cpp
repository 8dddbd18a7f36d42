#include "importsink.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <utility>

namespace rowbook {

SqliteImportSink::SqliteImportSink(const QSqlDatabase &db,
                                   const QString &insertSql,
                                   const QVector<ColumnConversion> &conversions)
    : m_insert(db, insertSql)
    , m_binder(conversions)
{}

void SqliteImportSink::bindCsv(int column, QByteArrayView field, bool quoted)
{
    m_binder.bindCsv(&m_insert, column, field, quoted);
}

void SqliteImportSink::bindJson(int column, const QJsonValue &value, QByteArrayView raw)
{
    m_binder.bindJson(&m_insert, column, value, raw);
}

void SqliteImportSink::bindNull(int column)
{
    m_insert.bindNull(column);
}

StorageError SqliteImportSink::endRow(int line)
{
    const StorageError error = m_insert.execute();
    if (error.isError())
        m_failedLine = line;
    return error;
}

namespace {

// Rows per INSERT on a server: one round trip each, within its limit on parameters.
int batchRowsFor(int columns)
{
    return qBound(1, 30000 / qMax(1, columns), 500);
}

bool isBytea(const QString &type)
{
    return type == QLatin1String("bytea");
}

} // namespace

PostgresImportSink::PostgresImportSink(const QSqlDatabase &db,
                                       const QString &head,
                                       const QStringList &types,
                                       Retry retry)
    : m_db(db)
    , m_types(types)
    , m_retry(std::move(retry))
    , m_insert(db,
               head,
               int(types.size()),
               batchRowsFor(int(types.size())),
               QStringLiteral("rowbook_import"))
    , m_row(types.size())
{}

void PostgresImportSink::bindCsv(int column, QByteArrayView field, bool quoted)
{
    m_row[column] = postgresCsvValue(field, quoted, isBytea(m_types.at(column)));
}

void PostgresImportSink::bindJson(int column, const QJsonValue &value, QByteArrayView raw)
{
    m_row[column] = postgresJsonValue(value, raw, isBytea(m_types.at(column)),
                                      m_types.at(column) == QLatin1String("boolean"));
}

void PostgresImportSink::bindNull(int column)
{
    m_row[column] = QVariant();
}

StorageError PostgresImportSink::endRow(int line)
{
    for (const QVariant &value : std::as_const(m_row))
        m_insert.addValue(value);
    m_insert.endRow();
    m_lines.push_back(line);
    return m_insert.isFull() ? flush() : StorageError();
}

StorageError PostgresImportSink::finish()
{
    return flush();
}

StorageError PostgresImportSink::flush()
{
    std::optional<BatchInsert::Failure> failure;
    const StorageError error = m_retry([&] {
        failure = m_insert.flush();
        return failure ? StorageError::fromSql(failure->error) : StorageError();
    });
    if (!error.isError()) {
        m_lines.clear();
        return error;
    }
    if (failure && failure->row >= 0) {
        m_failedLine = m_lines.at(size_t(failure->row));
        if (error.sqlState.startsWith("22")) // a value that is not of its column's type
            m_failedColumn = columnThatDoesNotConvert(failure->row);
        // longer than its varchar(n) or bit varying(n), or not the length of its bit(n)
        if (m_failedColumn < 0 && (error.sqlState == "22001" || error.sqlState == "22026"))
            m_failedColumn = columnTooLong(failure->row);
    }
    return error;
}

// The first value of a buffered row that its column's type refuses, by a cast of each inside a
// savepoint; -1 when every one converts (the row broke a rule of the table instead).
int PostgresImportSink::columnThatDoesNotConvert(int row) const
{
    const int columns = int(m_types.size());
    const QVector<QVariant> &values = m_insert.bufferedValues();
    for (int column = 0; column < columns; ++column) {
        const QVariant &value = values.at(qsizetype(row) * columns + column);
        if (value.isNull())
            continue;
        QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT rowbook_probe"));
        QSqlQuery cast(m_db);
        bool converts
            = cast.prepare(QStringLiteral("SELECT CAST(? AS %1)").arg(m_types.at(column)));
        if (converts) {
            cast.bindValue(0, value);
            converts = cast.exec();
        }
        QSqlQuery(m_db).exec(converts ? QStringLiteral("RELEASE SAVEPOINT rowbook_probe")
                                      : QStringLiteral("ROLLBACK TO SAVEPOINT rowbook_probe"));
        if (!converts)
            return column;
    }
    return -1;
}

// The first value of a buffered row whose length its column refuses; -1 when there is none. An
// explicit cast (columnThatDoesNotConvert) cuts such a value short, or pads it, without a word;
// the INSERT's assignment refuses it:
// - character varying(n), character(n): longer than n characters, unless what is past the
//   limit is spaces (SQLSTATE 22001). Lengths in characters, as PostgreSQL counts them.
// - bit varying(n): more than n bits (22001); bit(n): not exactly n bits (22026). A value
//   written in hexadecimal (x1F) has four bits a digit; b0101 is written in binary.
int PostgresImportSink::columnTooLong(int row) const
{
    static const QRegularExpression limited(
        QStringLiteral("^(?:character varying|character|varchar|char)\\((\\d+)\\)$"));
    static const QRegularExpression bits(QStringLiteral("^bit( varying)?\\((\\d+)\\)$"));
    const int columns = int(m_types.size());
    const QVector<QVariant> &values = m_insert.bufferedValues();
    for (int column = 0; column < columns; ++column) {
        const QVariant &value = values.at(qsizetype(row) * columns + column);
        if (value.isNull())
            continue;
        QString text = value.toString();
        if (const QRegularExpressionMatch match = bits.match(m_types.at(column));
            match.hasMatch()) {
            qsizetype length = text.size();
            if (text.startsWith(QLatin1Char('x'), Qt::CaseInsensitive))
                length = (length - 1) * 4;
            else if (text.startsWith(QLatin1Char('b'), Qt::CaseInsensitive))
                length -= 1;
            const qsizetype wanted = match.captured(2).toLongLong();
            if (match.hasCaptured(1) ? length > wanted : length != wanted)
                return column;
            continue;
        }
        const QRegularExpressionMatch match = limited.match(m_types.at(column));
        if (!match.hasMatch())
            continue;
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        if (text.toUcs4().size() > match.captured(1).toLongLong())
            return column;
    }
    return -1;
}

} // namespace rowbook

#include "importjob.h"

#include "catalog.h"
#include "foreignkeys.h"
#include "importsink.h"
#include "transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace rowbook {
namespace {

constexpr int sqliteMismatch = 20; // a value that is not an integer into the row numbers' column

} // namespace

// How an import's failures are told: in words, at the file's line and column where there is one,
// always with the assurance that nothing was imported.

TransferError ImportJob::fromStorage(const StorageError &error, int line) const
{
    switch (error.kind) {
    case StorageError::None:
        return {};
    case StorageError::Busy:
        return TransferError::make(TransferError::Busy,
                                   tr("The database is busy: another program held its lock for "
                                      "more than %1 seconds. Nothing was imported.")
                                       .arg(m_options.retry.budgetMs / 1000.0));
    case StorageError::Constraint:
        return TransferError::make(
            TransferError::Input, tr("%1 Nothing was imported.").arg(error.userMessage()), line, 1);
    default:
        return TransferError::make(TransferError::Unwritable,
                                   tr("%1 Nothing was imported.").arg(error.userMessage()));
    }
}

// An error of the sink's rows: on the line of the row at fault, and for a value the column's
// type refuses (a server's SQLSTATE class 22), in the file's column, which the message names.
TransferError ImportJob::fromSink(const StorageError &error,
                                  const ImportSink &sink,
                                  const Scan &scan,
                                  const RowContext &at) const
{
    if (error.kind == StorageError::Constraint && sink.failedLine() > 0) {
        QString message = error.userMessage();
        const int column = sink.failedColumn() >= 0 ? sink.failedColumn()
                                                    : constraintColumn(error, at, &message);
        return TransferError::make(TransferError::Input,
                                   tr("%1 Nothing was imported.").arg(message), sink.failedLine(),
                                   column >= 0 && !scan.json ? column + 1 : 1);
    }
    if (!error.sqlState.startsWith("22") || sink.failedLine() <= 0)
        return fromStorage(error, sink.failedLine());
    const int column = sink.failedColumn();
    const QString name
        = column >= 0 ? scan.sourceNames.value(column, scan.names.value(column)) : QString();
    // The server's first line, without its severity ("ERROR:  ") and the statement it quotes.
    QString what = error.detail.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (const qsizetype colon = what.indexOf(QLatin1String(":  ")); colon > 0 && colon < 12)
        what = what.mid(colon + 3);
    return TransferError::make(TransferError::Input,
                               (name.isEmpty()
                                    ? tr("%1. Nothing was imported.").arg(what)
                                    : tr("Column “%1”: %2. Nothing was imported.").arg(name, what)),
                               sink.failedLine(), column >= 0 && !scan.json ? column + 1 : 1);
}

// COMMIT, retried while another program holds the lock. With --replace the foreign keys were
// checked only now: a reference that fails says which way round, and where.
TransferError
ImportJob::commit(ImmediateTransaction &transaction, const Scan &scan, const RowContext &at)
{
    const StorageError committed = retry([&] { return transaction.commit(); });
    if (!m_options.replace || !committed.isForeignKey())
        return fromStorage(committed);
    // SQLite keeps the transaction open after a COMMIT that a deferred foreign key refused, so
    // the rows can be asked which reference fails; a server has ended it, and says which in its
    // detail.
    if (!m_database.server) {
        if (TransferError told = brokenReference(scan, at); told.isError())
            return told;
    }
    QString sentence = tr("With the file's rows in place of its own, rows of “%1” or of tables "
                          "that refer to it would refer to rows that do not exist.")
                           .arg(at.targets.table);
    if (const QString detail = serverDetail(committed.detail);
        m_database.server && !detail.isEmpty())
        sentence += QLatin1Char(' ') + detail;
    return TransferError::make(TransferError::Input, tr("%1 Nothing was imported.").arg(sentence));
}

namespace {

// The values of a row of `key.table` whose reference has no parent row; empty when every one
// has (or the rows cannot be read). Not necessarily the first in the file: in storage order.
QStringList orphan(const QSqlDatabase &db, const ForeignKeyConstraint &key)
{
    if (key.columns.isEmpty() || key.parentColumns.size() != key.columns.size())
        return {};
    QStringList columns;
    QStringList present;
    QStringList match;
    for (qsizetype i = 0; i < key.columns.size(); ++i) {
        const QString column = QStringLiteral("c.") + Catalog::quote(key.columns.at(i));
        columns << column;
        present << column + QStringLiteral(" IS NOT NULL");
        match << QStringLiteral("p.%1 = %2").arg(Catalog::quote(key.parentColumns.at(i)), column);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 c WHERE %3 AND NOT EXISTS (SELECT 1 FROM "
                                   "%4 p WHERE %5) LIMIT 1")
                        .arg(columns.join(QStringLiteral(", ")), Catalog::quote(key.table),
                             present.join(QStringLiteral(" AND ")), Catalog::quote(key.parentTable),
                             match.join(QStringLiteral(" AND "))))
        || !query.next())
        return {};
    QStringList values;
    for (qsizetype i = 0; i < key.columns.size(); ++i)
        values << query.value(int(i)).toString();
    return values;
}

// Whether a field of the file is the value stored from it: "007" is 7 in an INTEGER column.
bool sameValue(const QString &field, const QString &stored)
{
    const QString text = field.trimmed();
    if (text == stored.trimmed())
        return true;
    bool isNumber = false;
    bool storedNumber = false;
    const double number = text.toDouble(&isNumber);
    return isNumber && number == stored.trimmed().toDouble(&storedNumber) && storedNumber;
}

} // namespace

// A server's words for the key at fault: the line after its first (PostgreSQL's DETAIL, in the
// server's language, without its label), else the first line without its severity.
QString ImportJob::serverDetail(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[^\\s:]+\\s*:\\s*"));
    static const QRegularExpression sqlState(QStringLiteral("^\\(\\w{5}\\)$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!line.isEmpty() && !sqlState.match(line).hasMatch())
            return QString(line).remove(label);
    }
    return lines.value(0).trimmed().remove(label);
}

// Which reference the replaced rows break, in words: a file's row that refers to a parent row
// that does not exist (at its line and column), or rows of another table that refer to a row the
// file does not hold. An error only when one is found.
TransferError ImportJob::brokenReference(const Scan &scan, const RowContext &at) const
{
    const QString &table = at.targets.table;
    const auto joined = [](const QStringList &list) {
        return list.join(QStringLiteral(", "));
    };
    for (const ForeignKeyConstraint &key : ForeignKeys::constraints(at.db, table)) {
        const QStringList values = orphan(at.db, key);
        if (values.isEmpty())
            continue;
        const QString sentence
            = key.columns.size() == 1
                  ? tr("Column “%1” refers to a row of “%2” whose “%3” is “%4”, and there is none.")
                  : tr("Columns “%1” refer to a row of “%2” whose “%3” are “%4”, and there is "
                       "none.");
        QVector<int> columns;
        for (const QString &column : key.columns)
            columns << int(at.targets.names.indexOf(column));
        return locate(scan, columns, values,
                      tr("%1 Nothing was imported.")
                          .arg(sentence.arg(joined(key.columns), key.parentTable,
                                            joined(key.parentColumns), joined(values))));
    }
    for (const ForeignKeyConstraint &key : ForeignKeys::referringTo(at.db, table)) {
        if (key.table.compare(table, Qt::CaseInsensitive) == 0)
            continue; // its own rows: above
        const QStringList values = orphan(at.db, key);
        if (values.isEmpty())
            continue;
        const QString sentence = key.columns.size() == 1
                                     ? tr("Rows of “%1” refer to the row of “%2” whose “%3” is "
                                          "“%4”, and the file holds no such row.")
                                     : tr("Rows of “%1” refer to the row of “%2” whose “%3” are "
                                          "“%4”, and the file holds no such row.");
        return TransferError::make(
            TransferError::Input,
            tr("%1 Nothing was imported.")
                .arg(sentence.arg(key.table, key.parentTable, joined(key.parentColumns),
                                  joined(values))));
    }
    return {};
}

// `message` at the first field of the first of the file's rows whose `columns` (0-based) hold
// `values`; without a place when none does (or the file is JSON, or a column is not the file's).
TransferError ImportJob::locate(const Scan &scan,
                                const QVector<int> &columns,
                                const QStringList &values,
                                const QString &message) const
{
    const TransferError unplaced = TransferError::make(TransferError::Input, message);
    QFile file(m_options.filePath);
    if (scan.json || columns.isEmpty() || columns.contains(-1) || !file.open(QIODevice::ReadOnly))
        return unplaced;
    CsvReader reader(&file, csvOptions());
    if (m_options.header && !reader.readRecord())
        return unplaced;
    while (reader.readRecord()) {
        bool holds = true;
        for (qsizetype i = 0; i < columns.size() && holds; ++i)
            holds = columns.at(i) < reader.fieldCount()
                    && sameValue(reader.text(columns.at(i)), values.value(i));
        if (holds) {
            TransferError placed = reader.errorAtField(columns.first(), message);
            placed.kind = TransferError::Input;
            return placed;
        }
    }
    return unplaced;
}

// The file's column (0-based) a refused row's error is about, or -1: the column the database
// names (NOT NULL, UNIQUE), the row numbers' column for a value that is not a whole number, the
// column whose value no parent row has. `message` gets the sentence that says so, where the
// database's own names no column.
int ImportJob::constraintColumn(const StorageError &error,
                                const RowContext &at,
                                QString *message) const
{
    const QStringList &names = at.targets.names;
    const auto indexOf = [&names](const QString &name) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return int(i);
        }
        return -1;
    };
    if (!error.column().isEmpty())
        return indexOf(error.column());
    // The fields of the row just read are the refused row's on SQLite only, which writes row by
    // row; a server's sink writes buffered rows, and the one at fault is an earlier one.
    if (!at.field || m_database.server)
        return -1;
    if (error.nativeCode == sqliteMismatch && !at.targets.integerKey.isEmpty()) {
        const int column = indexOf(at.targets.integerKey);
        if (column >= 0)
            *message = tr("Column “%1” holds the row numbers, and “%2” is not a whole number.")
                           .arg(at.targets.integerKey, at.field(column));
        return column;
    }
    if (!error.isForeignKey())
        return -1;
    for (const ForeignKey &key : ForeignKeys::of(at.db, at.targets.table)) {
        const int column = indexOf(key.column);
        const QString value = column >= 0 ? at.field(column) : QString();
        if (value.isEmpty() || !ForeignKeys::parentKey(at.db, key, value).isEmpty())
            continue;
        *message = tr("Column “%1” refers to a row of “%2” whose “%3” is “%4”, and there is none.")
                       .arg(key.column, key.parentTable, key.parentColumn, value);
        return column;
    }
    return -1;
}

TransferError ImportJob::cancelled()
{
    return TransferError::make(TransferError::Cancelled,
                               tr("The import was cancelled; nothing was imported."));
}

} // namespace rowbook

#include "importjob.h"

#include "foreignkeys.h"
#include "importsink.h"
#include "transaction.h"

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
// checked only now: a reference that fails says which way round.
TransferError ImportJob::commit(ImmediateTransaction &transaction, const QString &table)
{
    const StorageError committed = retry([&] { return transaction.commit(); });
    if (!m_options.replace || !committed.isForeignKey())
        return fromStorage(committed);
    return TransferError::make(TransferError::Input,
                               tr("With the file's rows in place of its own, rows of “%1” or of "
                                  "tables that refer to it would refer to rows that do not exist. "
                                  "Nothing was imported.")
                                   .arg(table));
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

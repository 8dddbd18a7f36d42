#include "populatejob.h"

#include "batchinsert.h"
#include "driverkind.h"
#include "sampleschema.h"
#include "sqlitestatement.h"
#include "sqltext.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PopulateJob)
};

// Which column a failed constraint is about, for the message.
QString constraintMessage(const SampleSchema &schema, const StorageError &error)
{
    const QString rule = schema.namedChecks.value(error.rule(), error.rule());
    if (!rule.isEmpty()) {
        for (const SampleSchema::Column &column : schema.columns) {
            if (column.checks.contains(rule) || column.otherChecks.contains(rule)
                || SqlText::expressionMentions(rule, column.name))
                return Text::tr(
                           "Rowbook cannot generate values for column “%1” within its CHECK (%2); "
                           "nothing was written.")
                    .arg(column.name, rule);
        }
        return Text::tr("The generated rows break CHECK (%1); nothing was written.").arg(rule);
    }
    if (!error.column().isEmpty())
        return Text::tr("The generated values of column “%1” break a constraint (%2); nothing was "
                        "written.")
            .arg(error.column(), error.detail);
    return Text::tr("The generated rows break a constraint (%1); nothing was written.")
        .arg(error.detail);
}

// Why a fill's rows have no key range to undo them by (fill() found none).
QString noUndoReason(const SampleSchema &schema, bool locked)
{
    if (schema.keyColumn.isEmpty())
        return Text::tr("“%1” has no integer key to tell the new rows by, so the fill cannot be "
                        "undone.")
            .arg(schema.table);
    if (!locked)
        return Text::tr("Your role may not lock “%1”, so another session could have added rows "
                        "at the same time; the fill cannot be undone.")
            .arg(schema.table);
    return Text::tr("The new rows’ keys are not a range of their own in “%1”, so the fill "
                    "cannot be undone.")
        .arg(schema.table);
}

// A write that failed: Busy (retried within the budget) or not writable.
TransferError writeError(const StorageError &error)
{
    return TransferError::make(TransferError::kindOf(error), error.userMessage());
}

// Binds one generated row to `insert`, by the type of each value. Text and bytes go through
// `buffers`, one per column, which keep them alive until the statement has run.
void bindRow(SqliteStatement &insert, const QVariantList &values, QVector<QByteArray> *buffers)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        switch (v.metaType().id()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            insert.bindInteger(i, v.toLongLong());
            break;
        case QMetaType::Double:
            insert.bindReal(i, v.toDouble());
            break;
        case QMetaType::QByteArray:
            (*buffers)[i] = v.toByteArray();
            insert.bindBlob(i, (*buffers)[i]);
            break;
        default:
            if (v.isNull()) {
                insert.bindNull(i);
            } else {
                (*buffers)[i] = v.toString().toUtf8();
                insert.bindText(i, (*buffers)[i]);
            }
        }
    }
}

} // namespace

PopulateJob::PopulateJob(const DatabaseInfo &database, const Options &options)
    : m_database(database)
    , m_options(options)
{}

PopulateJob::Result PopulateJob::run(const Progress &progress)
{
    Result result;
    if (!m_database.isOpen()) {
        result.error
            = TransferError::make(TransferError::Unwritable, m_database.error.userMessage());
        return result;
    }
    const QString connection = Database::uniqueConnectionName(QStringLiteral("populate"));
    {
        QSqlDatabase db = Database::connect(m_database, connection, Database::Role::Writer);
        QElapsedTimer clock;
        clock.start();
        for (int attempt = 1;; ++attempt) {
            result = Result();
            {
                ImmediateTransaction transaction(db);
                const StorageError error = transaction.begin();
                if (error.isError())
                    result.error = writeError(error);
                else
                    fill(db, transaction, progress, &result);
            } // rolled back unless committed: nothing of a failed attempt is kept
            // Busy on a server can come half-way (a locked table or parent row): start again.
            if (result.error.kind != TransferError::Busy
                || clock.elapsed() >= m_options.retry.budgetMs)
                break;
            if (progress && !progress(0, m_options.rows)) { // cancelled while waiting
                result.error = TransferError::make(TransferError::Cancelled,
                                                   Text::tr("Cancelled; nothing was written."));
                break;
            }
            QThread::msleep(static_cast<unsigned long>(m_options.retry.delayForAttempt(attempt)));
        }
        if (result.error.isError()) {
            result.rows = 0;
            result.firstKey = result.lastKey = 0;
            result.keyColumn.clear();
        }
    }
    Database::disconnect(connection);
    return result;
}

// Inside the begun write transaction: reads the table, plans its generators, inserts the rows
// and commits; a preview or a failure leaves the rollback to the transaction.
void PopulateJob::fill(const QSqlDatabase &db,
                       ImmediateTransaction &transaction,
                       const Progress &progress,
                       Result *result) const
{
    // Read inside the write transaction: parents' keys and existing values stay put.
    const SampleSchema schema = SampleSchema::read(db, m_options.table);
    if (!schema.error.isEmpty()) {
        result->error = TransferError::make(
            schema.unknownTable ? TransferError::Usage : TransferError::Input, schema.error);
        return;
    }
    // Before planning: the values a UNIQUE column holds and the largest key stay put. A preview
    // writes nothing that stays, so it keeps out no one.
    bool locked = false;
    if (!m_options.preview) {
        if (const StorageError error = schema.lockForFill(db, &locked); error.isError()) {
            result->error = writeError(error);
            return;
        }
    }
    SampleData data;
    QString problem;
    if (!planData(db, schema, &data, &problem)) {
        result->error = TransferError::make(TransferError::Input, problem);
        return;
    }
    result->columns = data.columns();
    // Unlocked (a role that may not lock), no key range is reported: none read, since a role
    // without SELECT would fail here, ending a server's transaction.
    const qint64 keyBefore = locked ? schema.maxRowKey(db) : -1;
    QStringList names;
    for (const SampleData::Column &column : data.columns()) {
        result->choices << QStringLiteral("%1: %2 (%3)")
                               .arg(column.name, SampleData::generatorName(column.generator),
                                    column.why);
        if (column.generator != SampleData::Generator::Skip)
            names << column.name;
    }
    data.seed(m_options.seed);
    StorageError error = isPostgres(db) ? insertBatches(db, schema, names, &data, progress, result)
                                        : insertRows(db, schema, names, &data, progress, result);
    if (result->error.isError())
        return;
    if (error.isError()) {
        result->rows = 0;
        result->error = TransferError::make(
            TransferError::kindOf(error, error.kind == StorageError::Constraint
                                             ? TransferError::Input
                                             : TransferError::Unwritable),
            error.kind == StorageError::Constraint ? constraintMessage(schema, error)
                                                   : error.userMessage());
        return;
    }
    if (m_options.preview)
        return; // the transaction rolls back
    const qint64 keyAfter = locked ? schema.maxRowKey(db) : -1;
    if (locked && keyBefore >= 0 && keyAfter > keyBefore && result->rows > 0
        && schema.rowsInKeyRange(db, keyBefore + 1, keyAfter) == result->rows) {
        // Nobody else wrote to the table since keyBefore was read (lockForFill), and every row
        // of the fill is after it; a server's sequence may have left gaps between them.
        result->keyColumn = schema.keyColumn;
        result->firstKey = keyBefore + 1;
        result->lastKey = keyAfter;
    } else if (result->rows > 0) {
        result->noUndo = noUndoReason(schema, locked);
    }
    error = transaction.commit();
    if (error.isError()) {
        result->rows = 0;
        result->noUndo.clear();
        result->error = writeError(error);
    }
}

// Plans the generators of `schema`'s table from the database, then applies the user's choices.
// False with `problem` when the plan or a choice cannot be.
bool PopulateJob::planData(const QSqlDatabase &db,
                           const SampleSchema &schema,
                           SampleData *data,
                           QString *problem) const
{
    QString readError; // the first read that failed: it also ends a server's transaction
    const bool planned = data->plan(
        schema,
        [&](const QString &table, const QString &column) {
            return SampleSchema::values(db, table, column, &readError);
        },
        [&](const QString &column) {
            return SampleSchema::values(db, schema.table, column, &readError);
        },
        [&](const QString &column) {
            return SampleSchema::maxInteger(db, schema.table, column, &readError);
        },
        problem);
    if (!readError.isEmpty()) {
        *problem = readError;
        return false;
    }
    if (planned) {
        for (const SampleData::Column &choice : m_options.choices) {
            if (!data->choose(choice, problem))
                break;
        }
    }
    return planned && problem->isEmpty();
}

// Inserts Options::rows generated rows (keeping them for a preview) one statement each, counting
// them in `result`; a cancel through `progress` sets its error. Returns the statement's error:
// that of its preparing, or of the first insert that failed.
StorageError PopulateJob::insertRows(const QSqlDatabase &db,
                                     const SampleSchema &schema,
                                     const QStringList &names,
                                     SampleData *data,
                                     const Progress &progress,
                                     Result *result) const
{
    SqliteStatement insert(db, schema.insertSql(names));
    StorageError error = insert.error();
    QVector<QByteArray> buffers(names.size());
    for (qint64 row = 0; !error.isError() && row < m_options.rows; ++row) {
        const QVariantList values = nextRow(data, result);
        bindRow(insert, values, &buffers);
        error = insert.execute();
        if (!error.isError())
            ++result->rows;
        if (!keepGoing(progress, row + 1, result))
            break;
    }
    return error;
}

// The same on a server: multi-row INSERTs of up to batchRows rows, one round trip each. A boolean
// column gets true/false for the generator's 1/0.
StorageError PopulateJob::insertBatches(const QSqlDatabase &db,
                                        const SampleSchema &schema,
                                        const QStringList &names,
                                        SampleData *data,
                                        const Progress &progress,
                                        Result *result) const
{
    if (names.isEmpty()) { // every column is left to the server
        const QString sql = schema.insertSql(names);
        StorageError error;
        for (qint64 row = 0; !error.isError() && row < m_options.rows; ++row) {
            nextRow(data, result);
            error = execute(db, sql);
            if (!error.isError())
                ++result->rows;
            if (!keepGoing(progress, row + 1, result))
                break;
        }
        return error;
    }
    QVector<bool> boolean;
    for (const QString &name : names) {
        const auto column
            = std::find_if(schema.columns.cbegin(), schema.columns.cend(),
                           [&](const SampleSchema::Column &c) { return c.name == name; });
        boolean << (column != schema.columns.cend()
                    && column->serverType == QLatin1String("boolean"));
    }
    // PostgreSQL takes at most 65,535 bound values in one statement.
    const int batchRows = int(std::clamp<qsizetype>(30000 / names.size(), 1, 500));
    BatchInsert batch(db, schema.insertHead(names), int(names.size()), batchRows, QString());
    for (qint64 row = 0; row < m_options.rows; ++row) {
        const QVariantList values = nextRow(data, result);
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            const bool asBoolean
                = boolean.at(i) && !value.isNull() && value.metaType().id() == QMetaType::LongLong;
            batch.addValue(asBoolean ? QVariant(value.toLongLong() != 0) : value);
        }
        batch.endRow();
        if (batch.isFull() || row + 1 == m_options.rows) {
            if (const std::optional<BatchInsert::Failure> failure = batch.flush())
                return StorageError::fromSql(failure->error);
            result->rows = batch.writtenRows();
        }
        if (!keepGoing(progress, row + 1, result))
            break;
    }
    return {};
}

// The next generated row, kept for a preview.
QVariantList PopulateJob::nextRow(SampleData *data, Result *result) const
{
    QVariantList values = data->nextRow();
    if (m_options.preview)
        result->preview << values;
    return values;
}

// Reports progress every few thousand rows; false (with the error set) when the user cancelled.
bool PopulateJob::keepGoing(const Progress &progress, qint64 generated, Result *result) const
{
    if (generated % 4096 != 0 || !progress || progress(generated, m_options.rows))
        return true;
    result->error = TransferError::make(TransferError::Cancelled,
                                        Text::tr("Cancelled; nothing was written."));
    return false;
}

} // namespace rowbook

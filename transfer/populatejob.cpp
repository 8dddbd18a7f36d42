#include "populatejob.h"

#include "sampleschema.h"
#include "sqlitestatement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

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
    const QString rule = error.rule();
    if (!rule.isEmpty()) {
        for (const SampleSchema::Column &column : schema.columns) {
            if (column.checks.contains(rule) || column.otherChecks.contains(rule)
                || rule.contains(column.name))
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
            ImmediateTransaction transaction(db);
            StorageError error = transaction.begin();
            if (error.isBusy() && clock.elapsed() < m_options.retry.budgetMs) {
                QThread::msleep(
                    static_cast<unsigned long>(m_options.retry.delayForAttempt(attempt)));
                continue;
            }
            if (error.isError()) {
                result.error = TransferError::make(error.isBusy() ? TransferError::Busy
                                                                  : TransferError::Unwritable,
                                                   error.userMessage());
                break;
            }
            fill(db, transaction, progress, &result);
            break;
        }
        if (result.error.isError()) {
            result.rows = 0;
            result.firstKey = result.lastKey = 0;
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
    SampleData data;
    QString problem;
    if (!planData(db, schema, &data, &problem)) {
        result->error = TransferError::make(TransferError::Input, problem);
        return;
    }
    result->columns = data.columns();
    const qint64 keyBefore = SampleSchema::maxRowKey(db, schema.table);
    QStringList names;
    for (const SampleData::Column &column : data.columns()) {
        result->choices << QStringLiteral("%1: %2 (%3)")
                               .arg(column.name, SampleData::generatorName(column.generator),
                                    column.why);
        if (column.generator != SampleData::Generator::Skip)
            names << column.name;
    }
    data.seed(m_options.seed);
    SqliteStatement insert(db, schema.insertSql(names));
    StorageError error = insertRows(insert, names.size(), &data, progress, result);
    if (result->error.isError())
        return;
    if (error.isError()) {
        result->rows = 0;
        result->error = TransferError::make(
            error.kind == StorageError::Constraint ? TransferError::Input
                                                   : TransferError::Unwritable,
            error.kind == StorageError::Constraint ? constraintMessage(schema, error)
                                                   : error.userMessage());
        return;
    }
    if (m_options.preview)
        return; // the transaction rolls back
    const qint64 keyAfter = SampleSchema::maxRowKey(db, schema.table);
    if (keyBefore >= 0 && keyAfter - keyBefore == result->rows) {
        result->firstKey = keyBefore + 1;
        result->lastKey = keyAfter;
    }
    error = transaction.commit();
    if (error.isError()) {
        result->rows = 0;
        result->error = TransferError::make(
            error.isBusy() ? TransferError::Busy : TransferError::Unwritable, error.userMessage());
    }
}

// Plans the generators of `schema`'s table from the database, then applies the user's choices.
// False with `problem` when the plan or a choice cannot be.
bool PopulateJob::planData(const QSqlDatabase &db,
                           const SampleSchema &schema,
                           SampleData *data,
                           QString *problem) const
{
    const bool planned = data->plan(
        schema,
        [&](const QString &table, const QString &column) {
            return SampleSchema::values(db, table, column);
        },
        [&](const QString &column) { return SampleSchema::values(db, schema.table, column); },
        [&](const QString &column) { return SampleSchema::maxInteger(db, schema.table, column); },
        problem);
    if (planned) {
        for (const SampleData::Column &choice : m_options.choices) {
            if (!data->choose(choice, problem))
                break;
        }
    }
    return planned && problem->isEmpty();
}

// Inserts Options::rows generated rows (keeping them for a preview), counting them in
// `result`; a cancel through `progress` sets its error. Returns the statement's error: that of
// its preparing, or of the first insert that failed.
StorageError PopulateJob::insertRows(SqliteStatement &insert,
                                     qsizetype columns,
                                     SampleData *data,
                                     const Progress &progress,
                                     Result *result) const
{
    StorageError error = insert.error();
    QVector<QByteArray> buffers(columns);
    for (qint64 row = 0; !error.isError() && row < m_options.rows; ++row) {
        const QVariantList values = data->nextRow();
        if (m_options.preview)
            result->preview << values;
        bindRow(insert, values, &buffers);
        error = insert.execute();
        if (!error.isError())
            ++result->rows;
        if (result->rows % 4096 == 0 && progress && !progress(result->rows, m_options.rows)) {
            result->error = TransferError::make(TransferError::Cancelled,
                                                Text::tr("Cancelled; nothing was written."));
            break;
        }
    }
    return error;
}

} // namespace rowbook

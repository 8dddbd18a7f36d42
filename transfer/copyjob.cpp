#include "copyjob.h"

#include "batchinsert.h"
#include "copyplan.h"
#include "database.h"
#include "pgconnection.h"
#include "rowstream.h"
#include "transaction.h"
#include "transferlogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CopyJob)
};

// The driver's text on one line, its lines as sentences: libpq's "... failed: Connection
// refused" and "Is the server running on that host ...?" do not run together.
QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QStringList sentences;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString sentence = line.simplified();
        if (sentence.isEmpty())
            continue;
        if (sentences.isEmpty()) {
            sentences << sentence;
            continue;
        }
        // A new sentence (a capital) after one without its full stop; else the same sentence
        // wrapped onto the next line (older libpq: "... and accepting\n\tTCP/IP connections").
        QString &last = sentences.last();
        if (!sentence.front().isUpper()) {
            last += QLatin1Char(' ') + sentence;
            continue;
        }
        if (!QStringLiteral(".!?:;").contains(last.back()))
            last += QLatin1Char('.');
        sentences << sentence;
    }
    return sentences.join(QLatin1Char(' '));
}

// One end of the copy: its own connection, removed when the copy is over.
class Endpoint
{
public:
    Endpoint() = default;
    Endpoint(const Endpoint &) = delete;
    Endpoint &operator=(const Endpoint &) = delete;
    ~Endpoint()
    {
        if (m_name.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    // Opens a SQLite file (read-only for the source) or a PostgreSQL URI. `code` is the exit
    // kind a failure to open means for this end.
    TransferError open(const QString &database, bool source)
    {
        const TransferError::Kind failure
            = source ? TransferError::Input : TransferError::Unwritable;
        m_name = Database::uniqueConnectionName(source ? QStringLiteral("copy-from")
                                                       : QStringLiteral("copy-to"));
        if (PgConnection::isUri(database)) {
            m_engine = CopyPlan::Engine::Postgres;
            PgConnection connection;
            QString problem;
            if (!PgConnection::parse(database, &connection, &problem))
                return TransferError::make(TransferError::Usage, problem);
            m_db = connection.addDatabase(m_name);
            if (!m_db.open())
                return TransferError::make(
                    failure, Text::tr("Cannot connect to %1: %2")
                                 .arg(CopyJob::displayName(database), errorText(m_db.lastError())));
            return {};
        }
        m_engine = CopyPlan::Engine::Sqlite;
        if (source && !QFileInfo(database).isFile())
            return TransferError::make(TransferError::Usage,
                                       Text::tr("There is no database file %1.").arg(database));
        m_createdFile = !source && !QFileInfo::exists(database);
        const DatabaseInfo info = Database::prepare(database, source ? Database::Open::ReadOnly
                                                                     : Database::Open::Create);
        if (!info.isOpen())
            return TransferError::make(TransferError::kindOf(info.error, failure),
                                       Text::tr("The database %1 cannot be opened: %2")
                                           .arg(database, info.error.userMessage()));
        if (!source && info.readOnly)
            return TransferError::make(TransferError::Unwritable,
                                       Text::tr("The database %1 cannot be written: %2")
                                           .arg(database, info.readOnlyReason));
        m_path = info.path;
        m_db = Database::connect(info, m_name,
                                 source ? Database::Role::Reader : Database::Role::Writer);
        if (!m_db.isOpen())
            return TransferError::make(failure, Text::tr("The database %1 cannot be opened: %2")
                                                    .arg(database, errorText(m_db.lastError())));
        return {};
    }

    // A SQLite file this copy created goes again when the copy fails.
    void removeCreatedFile()
    {
        if (!m_createdFile)
            return;
        m_db.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(m_path + suffix);
    }

    QSqlDatabase &db() { return m_db; }
    CopyPlan::Engine engine() const { return m_engine; }

private:
    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
    CopyPlan::Engine m_engine = CopyPlan::Engine::Sqlite;
    bool m_createdFile = false;
};

// The target's one transaction: BEGIN IMMEDIATE on SQLite (through ImmediateTransaction, which
// also refuses a damaged file), BEGIN on PostgreSQL, where the DDL is transactional too. Rolls
// back in the destructor unless committed.
class TargetTransaction
{
public:
    TargetTransaction(const QSqlDatabase &db, CopyPlan::Engine engine)
        : m_db(db)
        , m_engine(engine)
    {}
    TargetTransaction(const TargetTransaction &) = delete;
    TargetTransaction &operator=(const TargetTransaction &) = delete;
    ~TargetTransaction()
    {
        if (m_postgresActive)
            m_db.rollback();
    }

    TransferError begin()
    {
        if (m_engine == CopyPlan::Engine::Sqlite) {
            m_sqlite = std::make_unique<ImmediateTransaction>(m_db);
            const StorageError error = m_sqlite->begin();
            if (error.isError())
                return TransferError::make(
                    TransferError::kindOf(error),
                    Text::tr("The target cannot be written: %1").arg(error.userMessage()));
            return {};
        }
        if (!m_db.transaction())
            return TransferError::make(
                TransferError::Unwritable,
                Text::tr("The target cannot be written: %1").arg(errorText(m_db.lastError())));
        m_postgresActive = true;
        return {};
    }

    TransferError commit()
    {
        if (m_sqlite) {
            const StorageError error = m_sqlite->commit();
            if (error.isError())
                return TransferError::make(
                    TransferError::kindOf(error),
                    Text::tr("The copy could not be committed: %1").arg(error.userMessage()));
            return {};
        }
        if (!m_db.commit())
            return TransferError::make(
                TransferError::Unwritable,
                Text::tr("The copy could not be committed: %1").arg(errorText(m_db.lastError())));
        m_postgresActive = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    CopyPlan::Engine m_engine;
    std::unique_ptr<ImmediateTransaction> m_sqlite;
    bool m_postgresActive = false;
};

TransferError execAll(QSqlDatabase &db, const QStringList &statements, const QString &table)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            qCDebug(lcTransfer, "copy: failed: %s", qUtf8Printable(sql));
            return TransferError::make(
                TransferError::Input,
                table.isEmpty()
                    ? errorText(query.lastError())
                    : Text::tr("Table “%1”: %2").arg(table, errorText(query.lastError())));
        }
    }
    return {};
}

// Writes the rows of one table into the target: CopyPlan::batchRows() rows per INSERT, each
// batch inside a savepoint on PostgreSQL so that a failing batch can be undone and replayed row
// by row to name the row at fault (BatchInsert).
class RowWriter
{
public:
    RowWriter(const QSqlDatabase &db, const CopyPlan &plan, const CopyPlan::Table &table)
        : m_table(table)
        , m_insert(db,
                   table.insertHead,
                   int(table.carries.size()),
                   plan.batchRows(table),
                   plan.target == CopyPlan::Engine::Postgres ? QStringLiteral("rowbook_copy")
                                                             : QString())
    {}

    // Takes one row as read from the source; writes when a batch is full.
    TransferError add(const QSqlQuery &source)
    {
        for (int i = 0; i < m_table.carries.size(); ++i)
            m_insert.addValue(CopyPlan::carry(source.value(i), m_table.carries.at(i)));
        m_insert.endRow();
        return m_insert.isFull() ? flush() : TransferError();
    }

    // Writes what is buffered.
    TransferError flush()
    {
        const qint64 first = m_insert.writtenRows();
        const int rows = m_insert.bufferedRows();
        const std::optional<BatchInsert::Failure> failure = m_insert.flush();
        if (!failure)
            return {};
        const QString reason = errorText(failure->error);
        if (failure->row >= 0)
            return TransferError::make(TransferError::Input, Text::tr("Table “%1”, row %2: %3")
                                                                 .arg(m_table.name)
                                                                 .arg(first + failure->row + 1)
                                                                 .arg(reason));
        return TransferError::make(TransferError::Input, Text::tr("Table “%1”, rows %2–%3: %4")
                                                             .arg(m_table.name)
                                                             .arg(first + 1)
                                                             .arg(first + rows)
                                                             .arg(reason));
    }

private:
    const CopyPlan::Table &m_table;
    BatchInsert m_insert;
};

// Both sides of a copy are SQLite files, or both are PostgreSQL databases (`servers`).
TransferError sameSides(bool servers)
{
    return TransferError::make(
        TransferError::Usage,
        servers ? Text::tr("Both sides are PostgreSQL databases; copy copies between a SQLite "
                           "file and a PostgreSQL database.")
                : Text::tr("Both sides are SQLite files; copy copies between a SQLite file and "
                           "a PostgreSQL database (postgresql://...). For a copy of a SQLite "
                           "file, use “rowbook backup --output FILE”."));
}

TransferError cancelled()
{
    return TransferError::make(TransferError::Cancelled,
                               Text::tr("The copy was cancelled; nothing was copied."));
}

// Copies the rows of `table`; `done` counts the rows of every table copied so far.
TransferError copyRows(QSqlDatabase &source,
                       QSqlDatabase &target,
                       const CopyPlan &plan,
                       const CopyPlan::Table &table,
                       const CopyJob::Progress &progress,
                       qint64 &done)
{
    const qint64 total = plan.totalRows();
    if (progress && !progress(done, total, table.name))
        return cancelled();
    RowStream rows(source);
    const QSqlQuery &select = rows.query();
    if (!rows.exec(table.selectSql))
        return TransferError::make(TransferError::Input,
                                   Text::tr("Table “%1” cannot be read: %2")
                                       .arg(table.name, errorText(select.lastError())));
    RowWriter writer(target, plan, table);
    while (rows.next()) {
        if (TransferError error = writer.add(select); error.isError())
            return error;
        if (++done % 1000 == 0 && progress && !progress(done, total, table.name))
            return cancelled();
    }
    if (TransferError error = writer.flush(); error.isError())
        return error;
    if (select.lastError().isValid())
        return TransferError::make(TransferError::Input,
                                   Text::tr("Table “%1” cannot be read: %2")
                                       .arg(table.name, errorText(select.lastError())));
    return {};
}

// Inside the target's transaction: the tables, their rows, then their indexes, triggers and
// sequences, and the checks of the finished copy.
TransferError writeAll(QSqlDatabase &source,
                       QSqlDatabase &target,
                       const CopyPlan &plan,
                       const CopyJob::Progress &progress,
                       qint64 &done)
{
    TransferError error = execAll(target, plan.targetPreamble(), QString());
    for (const CopyPlan::Table &table : plan.tables) {
        if (error.isError())
            return error;
        error = execAll(target, {table.createSql}, table.name);
    }
    for (const CopyPlan::Table &table : plan.tables) {
        if (error.isError())
            return error;
        error = copyRows(source, target, plan, table, progress, done);
    }
    for (const CopyPlan::Table &table : plan.tables) {
        if (error.isError())
            return error;
        error = execAll(target, table.afterDataSql + table.sequenceSql, table.name);
    }
    if (error.isError())
        return error;
    if (const QStringList problems = plan.finalProblems(target); !problems.isEmpty())
        return TransferError::make(TransferError::Input, problems.join(QLatin1Char(' ')));
    return {};
}

} // namespace

CopyJob::CopyJob(const Options &options)
    : m_options(options)
{}

QString CopyJob::displayName(const QString &database)
{
    return PgConnection::redacted(database);
}

CopyJob::Result CopyJob::run(const Progress &progress)
{
    Result result;
    const bool fromServer = PgConnection::isUri(m_options.from);
    if (fromServer == PgConnection::isUri(m_options.to)) {
        result.error = sameSides(fromServer);
        return result;
    }

    Endpoint source;
    if ((result.error = source.open(m_options.from, true)).isError())
        return result;
    Endpoint target;
    if ((result.error = target.open(m_options.to, false)).isError()) {
        target.removeCreatedFile();
        return result;
    }

    // One consistent snapshot of the source for the plan and every row.
    source.db().transaction();
    for (const QString &sql : CopyPlan::sourcePreamble(source.engine()))
        QSqlQuery(source.db()).exec(sql);
    const CopyPlan plan = fromServer ? CopyPlan::fromPostgres(source.db(), m_options.tables)
                                     : CopyPlan::fromSqlite(source.db(), m_options.tables);
    result.notes = plan.notes;
    const auto failed = [&](const TransferError &error) {
        result.error = error;
        result.tables = 0;
        result.rows = 0;
        return result;
    };
    if (!plan.error.isEmpty()) {
        target.removeCreatedFile();
        return failed(TransferError::make(
            plan.unknownTable ? TransferError::Usage : TransferError::Input, plan.error));
    }
    if (const QStringList existing = plan.existingOnTarget(target.db()); !existing.isEmpty()) {
        target.removeCreatedFile();
        return failed(TransferError::make(
            TransferError::Input,
            Text::tr(
                "Nothing was copied: %1 already has %Ln table(s) of the same name (“%2”). Copy "
                "into an empty database or choose the tables with --table.",
                nullptr, int(existing.size()))
                .arg(displayName(m_options.to), existing.join(QStringLiteral("”, “")))));
    }

    const qint64 total = plan.totalRows();
    qint64 done = 0;
    {
        TargetTransaction transaction(target.db(), target.engine());
        TransferError error = transaction.begin();
        if (!error.isError())
            error = writeAll(source.db(), target.db(), plan, progress, done);
        if (!error.isError())
            error = transaction.commit();
        if (error.isError()) {
            qCDebug(lcTransfer, "copy failed: %s", qUtf8Printable(error.message));
            if (error.kind != TransferError::Cancelled) {
                if (!error.message.endsWith(QLatin1Char('.')))
                    error.message += QLatin1Char('.');
                error.message += QLatin1Char(' ') + Text::tr("Nothing was copied.");
            }
            // the transaction rolls back as it goes out of scope, before the file is removed
        } else {
            result.tables = int(plan.tables.size());
            result.rows = done;
        }
        source.db().rollback();
        if (error.isError()) {
            result.error = error;
        } else if (progress) {
            progress(done, total, QString());
        }
    }
    if (result.error.isError())
        target.removeCreatedFile();
    return result;
}

} // namespace rowbook

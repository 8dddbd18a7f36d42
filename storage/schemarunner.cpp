#include "schemarunner.h"

#include "saver.h"

#include <QRegularExpression>

#include <utility>

namespace rowbook {

SchemaRunner::SchemaRunner(Saver *saver, QObject *parent)
    : QObject(parent)
    , m_saver(saver)
{
    connect(m_saver, &Saver::finished, this, &SchemaRunner::onFinished);
    connect(m_saver, &Saver::waiting, this, [this](quint64 batchId, int attempt) {
        if (batchId == m_batchId)
            Q_EMIT waiting(attempt);
    });
}

bool SchemaRunner::run(const SchemaChange &change)
{
    if (isRunning() || !change.isValid())
        return false;
    m_running = change;
    m_batchId = batchIdBase | ++m_counter;
    m_saver->submit(change.batch(m_batchId));
    return true;
}

void SchemaRunner::onFinished(const SaveOutcome &outcome)
{
    if (outcome.batchId != m_batchId || m_batchId == 0)
        return;
    m_batchId = 0;
    SchemaChange change = std::exchange(m_running, SchemaChange());
    const bool ok = outcome.status == SaveOutcome::Committed;
    if (ok && change.snapshotBefore) {
        change.undoStatements = outcome.snapshot;
        change.snapshotProblem = outcome.snapshotProblem;
        if (change.undoStatements.isEmpty())
            change.description
                += QLatin1Char(' ')
                   + tr("It is not in the undo history: %1").arg(outcome.snapshotProblem);
    }
    Q_EMIT finished(change, ok, ok ? QString() : userMessage(change, outcome.error), outcome.error);
}

QString SchemaRunner::userMessage(const SchemaChange &change, const StorageError &error)
{
    // SQLite's extended result codes for the constraints (QSQLITE reports them), and the
    // server's SQLSTATEs: the message text is in the server's language.
    constexpr int sqliteForeignKey = 787, sqliteUnique = 2067, sqlitePrimaryKey = 1555,
                  sqliteNotNull = 1299;
    const QString kept = tr("Nothing was changed.");
    const QString detail = error.detail;
    QString sentence;
    if (error.isBusy()) {
        sentence = tr("Another program kept the database locked.");
    } else if (detail.startsWith(QLatin1String("check failed"))
               || error.sqlState == "23503") { // a server checks a key it is given at once
        sentence = tr("The change would leave rows referring to rows that do not exist.");
    } else if (detail.contains(QLatin1String("foreign key mismatch"))) {
        sentence = tr("A foreign key of another table refers to what you changed.");
    } else if (error.nativeCode == sqliteForeignKey) {
        sentence = tr("Rows in other tables still refer to rows of “%1”.").arg(change.table);
    } else if (error.nativeCode == sqliteUnique || error.nativeCode == sqlitePrimaryKey
               || error.sqlState == "23505") {
        sentence = tr("The column has repeated values, so it cannot be made unique.");
    } else if (error.nativeCode == sqliteNotNull || error.sqlState == "23502") {
        sentence = tr("Some rows have no value where one is now required.");
    } else if (detail.contains(QLatin1String("error in view"))
               || detail.contains(QLatin1String("error in trigger"))
               || detail.contains(QLatin1String("no such column"))) {
        sentence = tr("A view or trigger uses what you changed; change or drop it first.");
    } else if (error.kind != StorageError::Other) {
        sentence = error.userMessage();
    } else {
        // The server's sentence without its severity ("ERROR:", "FEHLER:" in the server's
        // language), and its DETAIL (in libpq's language), which names what stands in the way
        // (the view using a column, the key using a constraint). HINT, CONTEXT and the rest
        // are left out.
        static const QRegularExpression label(QStringLiteral("^(\\p{Lu}{2,}) ?:\\s+"));
        static const QStringList details{QStringLiteral("DETAIL"), QStringLiteral("DÉTAIL")};
        QStringList said;
        for (const QString &line : detail.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch match = label.match(line);
            const QString rest = line.mid(match.capturedLength()).trimmed();
            if (said.isEmpty()) {
                if (!rest.isEmpty())
                    said << rest; // SQLite's message has no label: one line as it is
            } else if (match.hasMatch() && details.contains(match.captured(1)))
                said << rest;
        }
        said.removeAll(QString());
        for (QString &part : said) {
            if (!part.endsWith(QLatin1Char('.')))
                part += QLatin1Char('.');
        }
        sentence = said.isEmpty()
                       ? tr("The database refused the change.")
                       : tr("The database refused the change: %1").arg(said.join(QLatin1Char(' ')));
    }
    return sentence + QLatin1Char(' ') + kept;
}

} // namespace rowbook

#include "importdialog.h"

#include "importplan.h"
#include "jobrunner.h"
#include "plurals.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>
#include <climits>

// Running the import the dialog describes: progress in two passes, Cancel, and what came of it.

namespace rowbook {

void ImportDialog::startImport()
{
    if (isImporting() || !m_importButton->isEnabled())
        return;
    showError({});
    m_started = options();
    m_phase = ImportJob::Phase::Scanning;
    m_scannedRows = 0;
    m_jobs->start(std::make_unique<ImportJob>(m_info, m_started), [this](ImportJob *job) {
        connect(job, &ImportJob::phaseChanged, this, &ImportDialog::onPhaseChanged);
        connect(job, &ImportJob::progress, this, &ImportDialog::onProgress);
        connect(job, &ImportJob::finished, this, &ImportDialog::onFinished);
        connect(job, &ImportJob::waiting, this, &ImportDialog::onWaiting);
    });
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_statusLabel->setText(ImportDialog::tr("Reading the file…"));
    updateWidgets();
    m_cancelButton->setFocus();
}

void ImportDialog::cancelImport()
{
    if (!isImporting())
        return;
    m_jobs->cancel();
    m_statusLabel->setText(ImportDialog::tr("Cancelling…"));
    updateWidgets();
}

void ImportDialog::reject()
{
    if (!isImporting())
        return QDialog::reject();
    cancelImport();
    m_jobs->cancelAndClose();
}

void ImportDialog::onWaiting(qint64 elapsedMs)
{
    if (isImporting() && !m_jobs->isCancelling())
        m_statusLabel->setText(
            ImportDialog::tr("Waiting for the database: another program is writing to it "
                             "(%1 s). The import goes on as soon as it is free.")
                .arg(elapsedMs / 1000));
}

void ImportDialog::onPhaseChanged(ImportJob::Phase phase)
{
    m_phase = phase;
    m_jobs->restartClock();
    if (phase == ImportJob::Phase::Inserting) {
        // The first pass counted the rows: the bar counts them again as they go in.
        m_progressBar->setRange(0, int(std::min<qint64>(m_scannedRows, 1000000000)));
        m_progressBar->setValue(0);
        m_statusLabel->setText(ImportDialog::tr("Importing…"));
    }
}

void ImportDialog::onProgress(qint64 rows, qint64 bytesRead, qint64 bytesTotal)
{
    if (!isImporting() || m_jobs->isCancelling())
        return;
    const QLocale locale;
    const QString rate = locale.toString(m_jobs->rate(rows));
    if (m_phase == ImportJob::Phase::Scanning) {
        m_scannedRows = rows;
        m_progressBar->setValue(bytesTotal > 0 ? int(bytesRead * 1000 / bytesTotal) : 0);
        m_statusLabel->setText(ImportDialog::tr("Checking the file: %Ln row(s) read (%1 rows/s).",
                                                nullptr, int(std::min<qint64>(rows, INT_MAX)))
                                   .arg(rate));
        return;
    }
    m_progressBar->setValue(int(std::min<qint64>(rows, m_progressBar->maximum())));
    m_statusLabel->setText(ImportDialog::tr("Importing: %1 of %Ln row(s) (%2 rows/s).", nullptr,
                                            int(std::min<qint64>(m_scannedRows, INT_MAX)))
                               .arg(formatCount(rows), rate));
}

void ImportDialog::onFinished(const ImportJob::Result &result)
{
    const bool close = m_jobs->finish();
    m_done = !result.error.isError();
    if (m_done)
        m_replaceFor.clear(); // replaced: another run replaces only when asked again
    if (m_done && result.createdTable)
        readTables(); // the new table is there now
    updateTarget();
    if (m_done) {
        m_progressBar->setValue(m_progressBar->maximum());
        QStringList columns;
        for (qsizetype i = 0; i < result.columns.size() && i < result.types.size(); ++i)
            columns << result.columns.at(i) + QLatin1Char(' ')
                           + (m_info.server ? postgresTypeName(result.types.at(i))
                                            : sqlTypeName(result.types.at(i)));
        const int rows = int(std::min<qint64>(result.rows, INT_MAX));
        m_statusLabel->setText(
            result.createdTable
                ? ImportDialog::tr("Imported %Ln row(s) into the new table “%1” (%2).", nullptr,
                                   rows)
                      .arg(m_started.table, columns.join(QStringLiteral(", ")))
                : ImportDialog::tr("Imported %Ln row(s) into “%1”.", nullptr, rows)
                      .arg(m_started.table));
        if (!result.note.isEmpty())
            m_statusLabel->setText(m_statusLabel->text() + QLatin1Char(' ') + result.note);
        Q_EMIT imported(m_started.table, result.rows);
    } else {
        m_progressBar->hide();
        const QString nothing = ImportDialog::tr("Nothing was imported.");
        // The error below says so already, in most cases: not twice.
        m_statusLabel->setText(result.error.kind == TransferError::Cancelled ? result.error.message
                               : result.error.message.contains(nothing)      ? QString()
                                                                             : nothing);
        if (result.error.kind != TransferError::Cancelled)
            showError(ImportPlan::describe(result.error, QFileInfo(m_started.filePath).fileName()));
    }
    if (close)
        QDialog::reject();
}

} // namespace rowbook

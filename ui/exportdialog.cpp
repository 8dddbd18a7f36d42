#include "exportdialog.h"

#include "catalog.h"
#include "jobrunner.h"
#include "plurals.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <limits>

namespace rowbook {
namespace {

QString suffixFor(ExportJob::Format format)
{
    return format == ExportJob::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

qint64 rowCount(const DatabaseInfo &info, const QString &table)
{
    qint64 rows = -1;
    const QString connection = Database::uniqueConnectionName(QStringLiteral("exportdialog"));
    {
        const QSqlDatabase db = Database::connect(info, connection, Database::Role::Reader);
        if (db.isOpen())
            rows = Catalog::rowCount(db, table);
    }
    Database::disconnect(connection);
    return rows;
}

} // namespace

ExportDialog::ExportDialog(const DatabaseInfo &info, const QString &table, QWidget *parent)
    : FileJobDialog(QStringLiteral("export"), parent)
    , m_info(info)
    , m_table(table)
    , m_totalRows(rowCount(info, table))
    , m_summaryLabel(new QLabel(this))
    , m_formatCombo(new QComboBox(this))
{
    setWindowTitle(tr("Export Table"));
    setObjectName(QStringLiteral("exportDialog"));
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_summaryLabel->setText(m_totalRows < 0
                                ? tr("Table “%1”.").arg(table)
                                : tr("Table “%1”, rows: %2.").arg(table, formatCount(m_totalRows)));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formatCombo->addItem(tr("CSV (comma-separated, UTF-8, header row)"),
                           int(ExportJob::Format::Csv));
    m_formatCombo->addItem(tr("JSON (an array of objects)"), int(ExportJob::Format::Json));

    addRow(nullptr, m_summaryLabel);
    addRow(new QLabel(tr("F&ormat:"), this), m_formatCombo);
    finishLayout(620);

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    setOutputPath(defaultPath(table, ExportJob::Format::Csv));
}

ExportJob::Format ExportDialog::format() const
{
    return ExportJob::Format(m_formatCombo->currentData().toInt());
}

QString ExportDialog::defaultPath(const QString &table, ExportJob::Format format)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = QString(table).replace(unsafe, QStringLiteral("_")).trimmed();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("table"));
    return documentsFile(name + QLatin1Char('.') + suffixFor(format));
}

void ExportDialog::setOutputPath(const QString &path)
{
    FileJobDialog::setOutputPath(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("json")) {
        const QSignalBlocker blocker(m_formatCombo);
        m_formatCombo->setCurrentIndex(
            m_formatCombo->findData(int(ExportJob::formatForPath(path))));
    }
}

void ExportDialog::browse()
{
    chooseFile(tr("Export Table"),
               format() == ExportJob::Format::Json
                   ? QStringList{tr("JSON files (*.json)"), tr("All files (*)")}
                   : QStringList{tr("CSV files (*.csv)"), tr("All files (*)")},
               suffixFor(format()));
}

void ExportDialog::onFormatChanged()
{
    // Keep the file name in step with the format: table.csv <-> table.json.
    const QString path = outputPath();
    const QFileInfo file(path);
    const QString suffix = file.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("json")) {
        const QString renamed = path.left(path.size() - suffix.size()) + suffixFor(format());
        fileEdit()->setText(QDir::toNativeSeparators(renamed));
    }
}

void ExportDialog::start()
{
    if (isRunning() || !exportButton()->isEnabled())
        return;
    showError({});
    m_started.table = m_table;
    m_started.format = format();
    m_started.outputPath = outputPath();
    jobs()->start(std::make_unique<ExportJob>(m_info, m_started), [this](ExportJob *job) {
        connect(job, &ExportJob::progress, this, &ExportDialog::onProgress);
        connect(job, &ExportJob::finished, this, &ExportDialog::onFinished);
    });
    const bool known = m_totalRows >= 0 && m_totalRows <= std::numeric_limits<int>::max();
    jobStarted(known ? int(m_totalRows) : 0, tr("Exporting…")); // 0..0: busy indicator
}

void ExportDialog::onProgress(qint64 rows)
{
    if (!wantsProgress())
        return;
    const QLocale locale;
    const qint64 rate = jobs()->rate(rows);
    if (progressBar()->maximum() > 0)
        progressBar()->setValue(int(std::min<qint64>(rows, progressBar()->maximum())));
    statusLabel()->setText(m_totalRows < 0 ? tr("Exporting: %Ln row(s) (%1 rows/s).", nullptr,
                                                int(std::min<qint64>(rows, INT_MAX)))
                                                 .arg(locale.toString(rate))
                                           : tr("Exporting: %1 of %Ln row(s) (%2 rows/s).", nullptr,
                                                int(std::min<qint64>(m_totalRows, INT_MAX)))
                                                 .arg(formatCount(rows), locale.toString(rate)));
}

void ExportDialog::onFinished(const ExportJob::Result &result)
{
    const QString text
        = tr("Exported %Ln row(s) to %1.", nullptr, int(std::min<qint64>(result.rows, INT_MAX)))
              .arg(QDir::toNativeSeparators(m_started.outputPath));
    jobFinished(result.error, m_started.outputPath, text,
                [this, &result] { Q_EMIT exported(m_started.outputPath, result.rows); });
}

} // namespace rowbook

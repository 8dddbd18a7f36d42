#include "exportdialog.h"

#include "catalog.h"
#include "jobrunner.h"
#include "plurals.h"
#include "themecontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <climits>
#include <limits>
#include <utility>

namespace rowbook {
namespace {

template<class Widget>
Widget *named(Widget *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

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
    : QDialog(parent)
    , m_info(info)
    , m_table(table)
    , m_totalRows(rowCount(info, table))
    , m_summaryLabel(new QLabel(this))
    , m_formatCombo(named(new QComboBox(this), "formatCombo"))
    , m_fileEdit(named(new QLineEdit(this), "fileEdit"))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_fileNote(named(new QLabel(this), "fileNote"))
    , m_errorLabel(named(new QLabel(this), "errorLabel"))
    , m_progressBar(named(new QProgressBar(this), "progressBar"))
    , m_statusLabel(named(new QLabel(this), "statusLabel"))
    , m_exportButton(named(new QPushButton(tr("&Export"), this), "exportButton"))
    , m_cancelButton(named(new QPushButton(tr("Cancel Export"), this), "cancelButton"))
    , m_closeButton(named(new QPushButton(tr("Close"), this), "closeButton"))
    , m_jobs(new JobRunner(QStringLiteral("export"), this))
{
    setWindowTitle(tr("Export Table"));
    setObjectName(QStringLiteral("exportDialog"));
    m_summaryLabel->setText(m_totalRows < 0
                                ? tr("Table “%1”.").arg(table)
                                : tr("Table “%1”, rows: %2.").arg(table, formatCount(m_totalRows)));
    m_formatCombo->addItem(tr("CSV (comma-separated, UTF-8, header row)"),
                           int(ExportJob::Format::Csv));
    m_formatCombo->addItem(tr("JSON (an array of objects)"), int(ExportJob::Format::Json));
    for (QLabel *label : {m_summaryLabel, m_fileNote, m_errorLabel, m_statusLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    Themed::setTextTone(m_errorLabel, Theme::Tone::Error);
    m_errorLabel->hide();
    m_progressBar->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    m_exportButton->setDefault(true);

    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_formatCombo);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_summaryLabel, 0, 0, 1, 3);
    grid->addWidget(formatLabel, 1, 0);
    grid->addWidget(m_formatCombo, 1, 1, 1, 2);
    grid->addWidget(fileLabel, 2, 0);
    grid->addWidget(m_fileEdit, 2, 1);
    grid->addWidget(m_browseButton, 2, 2);
    grid->addWidget(m_fileNote, 3, 1, 1, 2);
    grid->addWidget(m_errorLabel, 4, 0, 1, 3);
    grid->addWidget(m_progressBar, 5, 0, 1, 3);
    grid->addWidget(m_statusLabel, 6, 0, 1, 3);
    grid->setRowStretch(7, 1);
    grid->addWidget(buttons, 8, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    resize(620, sizeHint().height());

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ExportDialog::onPathChanged);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    setOutputPath(defaultPath(table, ExportJob::Format::Csv));
}

ExportDialog::~ExportDialog()
{
    m_jobs->stop();
}

bool ExportDialog::isExporting() const
{
    return m_jobs->isRunning();
}

QString ExportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
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
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return QDir(dir).filePath(name + QLatin1Char('.') + suffixFor(format));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("json")) {
        const QSignalBlocker blocker(m_formatCombo);
        m_formatCombo->setCurrentIndex(
            m_formatCombo->findData(int(ExportJob::formatForPath(path))));
    }
}

void ExportDialog::browse()
{
    auto *chooser = new QFileDialog(this, tr("Export Table"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    chooser->setNameFilters(format() == ExportJob::Format::Json
                                ? QStringList{tr("JSON files (*.json)"), tr("All files (*)")}
                                : QStringList{tr("CSV files (*.csv)"), tr("All files (*)")});
    chooser->setDefaultSuffix(suffixFor(format()));
    chooser->selectFile(outputPath());
    connect(chooser, &QFileDialog::fileSelected, this, &ExportDialog::setOutputPath);
    chooser->open();
}

void ExportDialog::onFormatChanged()
{
    // Keep the file name in step with the format: table.csv <-> table.json.
    const QString path = outputPath();
    const QFileInfo file(path);
    const QString suffix = file.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("json")) {
        const QString renamed = path.left(path.size() - suffix.size()) + suffixFor(format());
        m_fileEdit->setText(QDir::toNativeSeparators(renamed));
    }
}

void ExportDialog::onPathChanged()
{
    const QFileInfo file(outputPath());
    if (outputPath().isEmpty())
        m_fileNote->setText(tr("Choose the file to write."));
    else if (file.isDir())
        m_fileNote->setText(tr("This is a folder; add a file name."));
    else if (file.exists())
        m_fileNote->setText(tr("The file exists; it is replaced when the export succeeds."));
    else if (!file.absoluteDir().exists())
        m_fileNote->setText(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath())));
    else
        m_fileNote->clear();
    m_fileNote->setVisible(!m_fileNote->text().isEmpty());
    updateButtons();
}

void ExportDialog::updateButtons()
{
    const QFileInfo file(outputPath());
    const bool running = isExporting();
    m_exportButton->setEnabled(!running && !outputPath().isEmpty() && !file.isDir()
                               && file.absoluteDir().exists());
    m_cancelButton->setEnabled(running && !m_jobs->isCancelling());
    m_closeButton->setEnabled(!running);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_formatCombo, m_fileEdit, m_browseButton})
        widget->setEnabled(!running);
}

void ExportDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void ExportDialog::startExport()
{
    if (isExporting() || !m_exportButton->isEnabled())
        return;
    showError({});
    m_started.table = m_table;
    m_started.format = format();
    m_started.outputPath = outputPath();
    m_jobs->start(std::make_unique<ExportJob>(m_info, m_started), [this](ExportJob *job) {
        connect(job, &ExportJob::progress, this, &ExportDialog::onProgress);
        connect(job, &ExportJob::finished, this, &ExportDialog::onFinished);
    });
    const bool known = m_totalRows >= 0 && m_totalRows <= std::numeric_limits<int>::max();
    m_progressBar->setRange(0, known ? int(m_totalRows) : 0); // 0..0: busy indicator
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_statusLabel->setText(tr("Exporting…"));
    updateButtons();
    m_cancelButton->setFocus();
}

void ExportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_jobs->cancel();
    updateButtons();
    m_statusLabel->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (isExporting()) {
        m_jobs->cancelAndClose();
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(qint64 rows)
{
    if (!isExporting() || m_jobs->isCancelling())
        return;
    const QLocale locale;
    const qint64 rate = m_jobs->rate(rows);
    if (m_progressBar->maximum() > 0)
        m_progressBar->setValue(int(std::min<qint64>(rows, m_progressBar->maximum())));
    m_statusLabel->setText(m_totalRows < 0 ? tr("Exporting: %Ln row(s) (%1 rows/s).", nullptr,
                                                int(std::min<qint64>(rows, INT_MAX)))
                                                 .arg(locale.toString(rate))
                                           : tr("Exporting: %1 of %Ln row(s) (%2 rows/s).", nullptr,
                                                int(std::min<qint64>(m_totalRows, INT_MAX)))
                                                 .arg(formatCount(rows), locale.toString(rate)));
}

void ExportDialog::onFinished(const ExportJob::Result &result)
{
    const bool close = m_jobs->finish();
    const QString path = QDir::toNativeSeparators(m_started.outputPath);
    if (!result.error.isError()) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(1);
        m_statusLabel->setText(
            tr("Exported %Ln row(s) to %1.", nullptr, int(std::min<qint64>(result.rows, INT_MAX)))
                .arg(path));
        Q_EMIT exported(m_started.outputPath, result.rows);
    } else {
        m_progressBar->hide();
        if (result.error.kind == TransferError::Cancelled) {
            m_statusLabel->setText(
                tr("The export was cancelled; nothing was written to %1.").arg(path));
        } else {
            m_statusLabel->clear();
            showError(result.error.message);
        }
    }
    onPathChanged();
    if (close)
        QDialog::reject();
}

} // namespace rowbook

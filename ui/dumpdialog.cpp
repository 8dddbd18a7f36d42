#include "dumpdialog.h"

#include "jobrunner.h"
#include "themecontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

#include <algorithm>
#include <climits>

namespace rowbook {
namespace {

template<class Widget>
Widget *named(Widget *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

int clamp(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

} // namespace

DumpDialog::DumpDialog(const DatabaseInfo &info, const QStringList &tables, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_dialectCombo(named(new QComboBox(this), "dialectCombo"))
    , m_contentCombo(named(new QComboBox(this), "contentCombo"))
    , m_tableList(named(new QListWidget(this), "tableList"))
    , m_fileEdit(named(new QLineEdit(this), "fileEdit"))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_fileNote(named(new QLabel(this), "fileNote"))
    , m_errorLabel(named(new QLabel(this), "errorLabel"))
    , m_progressBar(named(new QProgressBar(this), "progressBar"))
    , m_statusLabel(named(new QLabel(this), "statusLabel"))
    , m_exportButton(named(new QPushButton(tr("&Export"), this), "exportButton"))
    , m_cancelButton(named(new QPushButton(tr("Cancel Export"), this), "cancelButton"))
    , m_closeButton(named(new QPushButton(tr("Close"), this), "closeButton"))
    , m_jobs(new JobRunner(QStringLiteral("dump"), this))
{
    setWindowTitle(tr("Export Database as SQL"));
    setObjectName(QStringLiteral("dumpDialog"));
    m_dialectCombo->addItem(tr("SQLite (load with: sqlite3 new.db < file.sql)"),
                            int(DumpPlan::Dialect::Sqlite));
    m_dialectCombo->addItem(tr("PostgreSQL (load with: psql -f file.sql; types as in "
                               "rowbook copy)"),
                            int(DumpPlan::Dialect::Postgres));
    m_contentCombo->addItem(tr("Schema and data"), int(DumpPlan::Content::Everything));
    m_contentCombo->addItem(tr("Schema only"), int(DumpPlan::Content::SchemaOnly));
    m_contentCombo->addItem(tr("Data only"), int(DumpPlan::Content::DataOnly));
    for (const QString &table : tables) {
        auto *item = new QListWidgetItem(table, m_tableList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_tableList->setMaximumHeight(160);
    for (QLabel *label : {m_fileNote, m_errorLabel, m_statusLabel}) {
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

    auto *dialectLabel = new QLabel(tr("&Dialect:"), this);
    dialectLabel->setBuddy(m_dialectCombo);
    auto *contentLabel = new QLabel(tr("&Content:"), this);
    contentLabel->setBuddy(m_contentCombo);
    auto *tablesLabel = new QLabel(tr("&Tables:"), this);
    tablesLabel->setBuddy(m_tableList);
    tablesLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    auto *grid = new QGridLayout(this);
    grid->addWidget(dialectLabel, 0, 0);
    grid->addWidget(m_dialectCombo, 0, 1, 1, 2);
    grid->addWidget(contentLabel, 1, 0);
    grid->addWidget(m_contentCombo, 1, 1, 1, 2);
    grid->addWidget(tablesLabel, 2, 0);
    grid->addWidget(m_tableList, 2, 1, 1, 2);
    grid->addWidget(fileLabel, 3, 0);
    grid->addWidget(m_fileEdit, 3, 1);
    grid->addWidget(m_browseButton, 3, 2);
    grid->addWidget(m_fileNote, 4, 1, 1, 2);
    grid->addWidget(m_errorLabel, 5, 0, 1, 3);
    grid->addWidget(m_progressBar, 6, 0, 1, 3);
    grid->addWidget(m_statusLabel, 7, 0, 1, 3);
    grid->setRowStretch(8, 1);
    grid->addWidget(buttons, 9, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    resize(640, sizeHint().height());

    connect(m_fileEdit, &QLineEdit::textChanged, this, &DumpDialog::onPathChanged);
    connect(m_tableList, &QListWidget::itemChanged, this, &DumpDialog::updateButtons);
    connect(m_browseButton, &QPushButton::clicked, this, &DumpDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &DumpDialog::startDump);
    connect(m_cancelButton, &QPushButton::clicked, this, &DumpDialog::cancelDump);
    connect(buttons, &QDialogButtonBox::rejected, this, &DumpDialog::reject);

    setOutputPath(defaultPath(info.path));
}

DumpDialog::~DumpDialog()
{
    m_jobs->stop();
}

bool DumpDialog::isDumping() const
{
    return m_jobs->isRunning();
}

DumpJob::Options DumpDialog::options() const
{
    DumpJob::Options options;
    options.dialect = DumpPlan::Dialect(m_dialectCombo->currentData().toInt());
    options.content = DumpPlan::Content(m_contentCombo->currentData().toInt());
    options.outputPath = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    QStringList checked;
    for (int i = 0; i < m_tableList->count(); ++i) {
        if (m_tableList->item(i)->checkState() == Qt::Checked)
            checked << m_tableList->item(i)->text();
    }
    // Every table checked means the whole database, views included.
    if (checked.size() < m_tableList->count())
        options.tables = checked;
    return options;
}

QString DumpDialog::defaultPath(const QString &databasePath)
{
    QString name = QFileInfo(databasePath).completeBaseName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("database"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return QDir(dir).filePath(name + QStringLiteral(".sql"));
}

void DumpDialog::setOutputPath(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

void DumpDialog::browse()
{
    auto *chooser = new QFileDialog(this, tr("Export Database as SQL"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    chooser->setNameFilters({tr("SQL scripts (*.sql)"), tr("All files (*)")});
    chooser->setDefaultSuffix(QStringLiteral("sql"));
    chooser->selectFile(options().outputPath);
    connect(chooser, &QFileDialog::fileSelected, this, &DumpDialog::setOutputPath);
    chooser->open();
}

void DumpDialog::onPathChanged()
{
    const QString path = options().outputPath;
    const QFileInfo file(path);
    if (path.isEmpty())
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

void DumpDialog::updateButtons()
{
    const DumpJob::Options now = options();
    const QFileInfo file(now.outputPath);
    const bool running = isDumping();
    bool someTable = m_tableList->count() == 0;
    for (int i = 0; i < m_tableList->count(); ++i)
        someTable = someTable || m_tableList->item(i)->checkState() == Qt::Checked;
    m_exportButton->setEnabled(!running && someTable && !now.outputPath.isEmpty() && !file.isDir()
                               && file.absoluteDir().exists());
    m_cancelButton->setEnabled(running && !m_jobs->isCancelling());
    m_closeButton->setEnabled(!running);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_dialectCombo, m_contentCombo, m_tableList, m_fileEdit, m_browseButton})
        widget->setEnabled(!running);
}

void DumpDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void DumpDialog::startDump()
{
    if (isDumping() || !m_exportButton->isEnabled())
        return;
    showError({});
    m_started = options();
    m_jobs->start(std::make_unique<DumpJob>(m_info, m_started), [this](DumpJob *job) {
        connect(job, &DumpJob::progress, this, &DumpDialog::onProgress);
        connect(job, &DumpJob::finished, this, &DumpDialog::onFinished);
    });
    m_progressBar->setRange(0, 0); // busy until the job knows the number of rows
    m_progressBar->show();
    m_statusLabel->setText(tr("Reading the schema…"));
    updateButtons();
    m_cancelButton->setFocus();
}

void DumpDialog::cancelDump()
{
    if (!isDumping())
        return;
    m_jobs->cancel();
    updateButtons();
    m_statusLabel->setText(tr("Cancelling…"));
}

void DumpDialog::reject()
{
    if (isDumping()) {
        m_jobs->cancelAndClose();
        cancelDump();
        return;
    }
    QDialog::reject();
}

void DumpDialog::onProgress(qint64 rows, qint64 total)
{
    if (!isDumping() || m_jobs->isCancelling())
        return;
    // The bar counts in thousandths, so any number of rows fits an int.
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(total > 0 ? int(std::min<qint64>(rows * 1000 / total, 1000)) : 1000);
    const QLocale locale;
    m_statusLabel->setText(tr("Writing: %1 of %Ln row(s) (%2 rows/s).", nullptr, clamp(total))
                               .arg(locale.toString(rows), locale.toString(m_jobs->rate(rows))));
}

void DumpDialog::onFinished(const DumpJob::Result &result)
{
    const bool close = m_jobs->finish();
    const QString path = QDir::toNativeSeparators(m_started.outputPath);
    if (!result.error.isError()) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(1);
        QString text = tr("Wrote %Ln row(s) of %1 to %2.", nullptr, clamp(result.rows))
                           .arg(tr("%n table(s)", nullptr, result.tables), path);
        for (const QString &note : result.notes)
            text += QLatin1Char('\n') + note;
        m_statusLabel->setText(text);
        Q_EMIT dumped(m_started.outputPath, result.rows);
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

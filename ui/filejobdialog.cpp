#include "filejobdialog.h"

#include "jobrunner.h"
#include "screenfit.h"
#include "themecontroller.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

namespace rowbook {
namespace {

template<class Widget>
Widget *named(Widget *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

FileJobDialog::FileJobDialog(const QString &threadName, QWidget *parent)
    : QDialog(parent)
    , m_fileEdit(named(new QLineEdit(this), "fileEdit"))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_fileNote(named(new QLabel(this), "fileNote"))
    , m_errorLabel(named(new QLabel(this), "errorLabel"))
    , m_progressBar(named(new QProgressBar(this), "progressBar"))
    , m_statusLabel(named(new QLabel(this), "statusLabel"))
    , m_exportButton(named(new QPushButton(tr("&Export"), this), "exportButton"))
    , m_cancelButton(named(new QPushButton(tr("Cancel Export"), this), "cancelButton"))
    , m_closeButton(named(new QPushButton(tr("Close"), this), "closeButton"))
    , m_jobs(new JobRunner(threadName, this))
    , m_grid(new QGridLayout(this))
    , m_options({m_fileEdit, m_browseButton})
{
    for (QLabel *label : {m_fileNote, m_errorLabel, m_statusLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    Themed::setTextTone(m_errorLabel, Theme::Tone::Error);
    m_errorLabel->hide();
    m_progressBar->hide();
    m_grid->setColumnStretch(1, 1);
}

FileJobDialog::~FileJobDialog()
{
    m_jobs->stop();
}

void FileJobDialog::addRow(QLabel *label, QWidget *field)
{
    const int row = m_rows++;
    if (label) {
        label->setBuddy(field);
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(field, row, 1, 1, 2);
        m_options << field;
    } else {
        m_grid->addWidget(field, row, 0, 1, 3);
    }
}

void FileJobDialog::finishLayout(int width)
{
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    m_exportButton->setDefault(true);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    const int row = m_rows;
    m_grid->addWidget(fileLabel, row, 0);
    m_grid->addWidget(m_fileEdit, row, 1);
    m_grid->addWidget(m_browseButton, row, 2);
    m_grid->addWidget(m_fileNote, row + 1, 1, 1, 2);
    m_grid->addWidget(m_errorLabel, row + 2, 0, 1, 3);
    m_grid->addWidget(m_progressBar, row + 3, 0, 1, 3);
    m_grid->addWidget(m_statusLabel, row + 4, 0, 1, 3);
    m_grid->setRowStretch(row + 5, 1);
    m_grid->addWidget(buttons, row + 6, 0, 1, 3);
    resizeWithinScreen(this, QSize(width, sizeHint().height()));

    // The base's widgets are created before the subclass's: say the order that the eye reads.
    QList<QWidget *> order = m_options.mid(2);
    order << m_fileEdit << m_browseButton << m_exportButton << m_cancelButton << m_closeButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    connect(m_fileEdit, &QLineEdit::textChanged, this, &FileJobDialog::onPathChanged);
    connect(m_browseButton, &QPushButton::clicked, this, &FileJobDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &FileJobDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &FileJobDialog::cancelJob);
    connect(buttons, &QDialogButtonBox::rejected, this, &FileJobDialog::reject);
}

QString FileJobDialog::documentsFile(const QString &fileName)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return QDir(dir).filePath(fileName);
}

QString FileJobDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

bool FileJobDialog::isRunning() const
{
    return m_jobs->isRunning();
}

void FileJobDialog::setOutputPath(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

void FileJobDialog::chooseFile(const QString &title,
                               const QStringList &nameFilters,
                               const QString &suffix)
{
    auto *chooser = new QFileDialog(this, title);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    chooser->setNameFilters(nameFilters);
    chooser->setDefaultSuffix(suffix);
    chooser->selectFile(outputPath());
    connect(chooser, &QFileDialog::fileSelected, this, &FileJobDialog::setOutputPath);
    chooser->open();
}

void FileJobDialog::onPathChanged()
{
    const QString path = outputPath();
    const QFileInfo file(path);
    if (path.isEmpty())
        m_fileNote->setText(tr("Choose the file to write."));
    else if (file.isDir())
        m_fileNote->setText(tr("This is a folder; add a file name."));
    else if (file.exists()) // unless it is the file the status says was just written
        m_fileNote->setText(path == m_written
                                ? QString()
                                : tr("The file exists; it is replaced when the export succeeds."));
    else if (!file.absoluteDir().exists())
        m_fileNote->setText(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath())));
    else
        m_fileNote->clear();
    m_fileNote->setVisible(!m_fileNote->text().isEmpty());
    updateButtons();
}

void FileJobDialog::updateButtons()
{
    const QString path = outputPath();
    const QFileInfo file(path);
    const bool running = isRunning();
    m_exportButton->setEnabled(!running && canStart() && !path.isEmpty() && !file.isDir()
                               && file.absoluteDir().exists());
    m_cancelButton->setEnabled(running && !m_jobs->isCancelling());
    m_closeButton->setEnabled(!running);
    for (QWidget *widget : std::as_const(m_options))
        widget->setEnabled(!running);
}

void FileJobDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void FileJobDialog::jobStarted(int maximum, const QString &status)
{
    m_progressBar->setRange(0, maximum);
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_statusLabel->setText(status);
    updateButtons();
    m_cancelButton->setFocus();
}

bool FileJobDialog::wantsProgress() const
{
    return isRunning() && !m_jobs->isCancelling();
}

void FileJobDialog::cancelJob()
{
    if (!isRunning())
        return;
    m_jobs->cancel();
    updateButtons();
    m_statusLabel->setText(tr("Cancelling…"));
}

void FileJobDialog::reject()
{
    if (isRunning()) {
        m_jobs->cancelAndClose();
        cancelJob();
        return;
    }
    QDialog::reject();
}

void FileJobDialog::jobFinished(const TransferError &error,
                                const QString &path,
                                const QString &doneText,
                                const std::function<void()> &announce)
{
    const bool close = m_jobs->finish();
    m_written = error.isError() ? QString() : path;
    if (!error.isError()) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(1);
        m_statusLabel->setText(doneText);
        announce();
    } else {
        m_progressBar->hide();
        if (error.kind == TransferError::Cancelled) {
            m_statusLabel->setText(tr("The export was cancelled; nothing was written to %1.")
                                       .arg(QDir::toNativeSeparators(path)));
        } else {
            m_statusLabel->clear();
            showError(error.message);
        }
    }
    onPathChanged();
    if (close)
        QDialog::reject();
}

} // namespace rowbook

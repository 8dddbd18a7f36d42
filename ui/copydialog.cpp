#include "copydialog.h"

#include "connectdialog.h"
#include "copytask.h"
#include "pgconnection.h"
#include "plurals.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rowbook {

CopyDialog::CopyDialog(const QString &source, bool sourceIsServer, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_toFile(sourceIsServer)
    , m_target(new QLineEdit)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_cancel(new QPushButton(tr("Cancel Copy")))
    , m_open(new QPushButton(tr("&Open Copy")))
    , m_task(new CopyTask(this))
{
    setObjectName(QStringLiteral("copyDialog"));
    setWindowTitle(tr("Copy Database To"));
    m_target->setObjectName(QStringLiteral("copyTarget"));
    m_copy->setObjectName(QStringLiteral("startCopy"));
    m_cancel->setObjectName(QStringLiteral("cancelCopy"));
    m_open->setObjectName(QStringLiteral("openCopy"));
    m_status->setObjectName(QStringLiteral("copyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setPlaceholderText(m_toFile ? tr("A new SQLite file")
                                          : tr("postgresql://user@host/database"));
    auto *choose = new QPushButton(m_toFile ? tr("&Browse…") : tr("C&hoose Server…"));
    connect(choose, &QPushButton::clicked, this, &CopyDialog::choose);

    auto *intro = new QLabel(
        (m_toFile ? tr("Every table of %1 is copied into a new SQLite file: its schema, then its "
                       "rows, in one transaction.")
                  : tr("Every table of %1 is copied into a PostgreSQL database: its schema, then "
                       "its rows, in one transaction. The tables must not exist there yet."))
            .arg(PgConnection::shown(source)));
    intro->setWordWrap(true);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(m_toFile ? tr("File:") : tr("Server database:"), targetRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(560, sizeHint().height()));

    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_copy, &QPushButton::clicked, this, &CopyDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_task, &CopyTask::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] {
        Q_EMIT openRequested(m_copied);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &CopyDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &CopyDialog::updateButtons);
    connect(m_task, &CopyTask::progress, this, &CopyDialog::onProgress);
    connect(m_task, &CopyTask::finished, this, &CopyDialog::onFinished);
    m_progress->hide();
    m_open->hide();
    updateButtons();
}

CopyDialog::~CopyDialog() = default; // CopyTask cancels and waits for a copy still running

QString CopyDialog::status() const
{
    return m_status->text();
}

bool CopyDialog::isRunning() const
{
    return m_task->isRunning();
}

void CopyDialog::choose()
{
    if (m_toFile) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Copy Database To"), QDir::homePath(), tr("SQLite databases (*.sqlite *.db)"));
        if (!path.isEmpty())
            m_target->setText(QDir::toNativeSeparators(path));
        return;
    }
    ConnectDialog dialog(this);
    if (PgConnection::isUri(m_target->text()))
        dialog.setUri(m_target->text());
    if (dialog.exec() == QDialog::Accepted)
        m_target->setText(dialog.uri());
}

void CopyDialog::start()
{
    const QString target = m_toFile ? QDir::fromNativeSeparators(m_target->text().trimmed())
                                    : m_target->text().trimmed();
    if (target.isEmpty() || isRunning())
        return;
    if (m_toFile && QFileInfo::exists(target)) {
        m_status->setText(tr("%1 exists already: choose a new file, so nothing in it is "
                             "overwritten.")
                              .arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (!m_toFile && !PgConnection::isUri(target)) {
        m_status->setText(tr("Name a server database as postgresql://user@host/database, or use "
                             "Choose Server…"));
        return;
    }
    m_copied.clear();
    m_task->start({m_source, target, {}});
    m_progress->setRange(0, 0);
    m_progress->show();
    m_open->hide();
    m_status->setText(tr("Reading the tables…"));
    updateButtons();
}

void CopyDialog::onProgress(qint64 done, qint64 total, const QString &table)
{
    if (m_closeWhenStopped)
        return;
    // QProgressBar counts in int: the share in thousandths.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_status->setText(
        tr("Copying “%1”… %2 of %3 rows").arg(table, formatCount(done), formatCount(total)));
}

void CopyDialog::onFinished(const CopyJob::Result &result)
{
    m_progress->hide();
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    const QString target = m_target->text().trimmed();
    if (result.error.isError()) {
        m_status->setText(result.error.kind == TransferError::Cancelled
                              ? tr("Canceled: %1 is as it was.").arg(PgConnection::shown(target))
                              : tr("Nothing was copied: %1").arg(result.error.message));
    } else {
        m_copied = m_toFile ? QDir::fromNativeSeparators(target) : target;
        QString text = tr("Copied %Ln table(s) with %1 rows to %2.", nullptr, result.tables)
                           .arg(formatCount(result.rows), PgConnection::shown(target));
        if (!result.notes.isEmpty())
            text += QLatin1Char('\n') + result.notes.join(QLatin1Char('\n'));
        m_status->setText(text);
        m_open->show();
    }
    updateButtons();
}

void CopyDialog::reject()
{
    if (isRunning()) {
        m_closeWhenStopped = true;
        m_status->setText(tr("Canceling…"));
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

void CopyDialog::updateButtons()
{
    const bool running = isRunning();
    m_copy->setEnabled(!running && !m_target->text().trimmed().isEmpty());
    m_cancel->setVisible(running);
    m_target->setEnabled(!running);
}

} // namespace rowbook

#include "backupstatus.h"

#include "backupjob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <utility>

namespace rowbook {

BackupStatus::BackupStatus(QWidget *parent)
    : QWidget(parent)
    , m_job(new BackupJob(this))
    , m_label(new QLabel(tr("Backing up…"), this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("backupStatus"));
    m_bar->setRange(0, 100);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(16);
    m_cancel->setObjectName(QStringLiteral("cancelBackup"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the backup; no backup file is kept."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &BackupStatus::cancel);
    connect(m_job, &BackupJob::progress, this, &BackupStatus::onProgress);
    connect(m_job, &BackupJob::finished, this, &BackupStatus::onFinished);
    hide();
}

bool BackupStatus::start(const QString &databasePath, Backup::Reason reason, Done done)
{
    if (!m_job->start(databasePath, reason))
        return false;
    m_done = std::move(done);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_label->setText(tr("Backing up…"));
    show();
    return true;
}

bool BackupStatus::isRunning() const
{
    return m_job->isRunning();
}

void BackupStatus::cancel()
{
    m_cancel->setEnabled(false);
    m_label->setText(tr("Canceling the backup…"));
    m_job->cancel();
}

void BackupStatus::onProgress(qint64 done, qint64 total)
{
    m_bar->setValue(total > 0 ? int(done * 100 / total) : 0);
}

void BackupStatus::onFinished(const Backup::Result &result)
{
    hide();
    if (const Done done = std::exchange(m_done, Done()))
        done(result);
}

} // namespace rowbook

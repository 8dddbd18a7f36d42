#include "restoredialog.h"

#include "backup.h"
#include "backupjob.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace rowbook {
namespace {

enum Column { When, Reason, Size, ColumnCount };
constexpr int pathRole = Qt::UserRole + 1;

QString reasonText(Backup::Reason reason)
{
    switch (reason) {
    case Backup::Reason::Manual:
        return RestoreDialog::tr("Made on request");
    case Backup::Reason::Daily:
        return RestoreDialog::tr("Daily");
    case Backup::Reason::PreMigration:
        return RestoreDialog::tr("Before an upgrade");
    case Backup::Reason::PreRestore:
        return RestoreDialog::tr("Before a restore");
    case Backup::Reason::PreDropTable:
        return RestoreDialog::tr("Before dropping a table");
    case Backup::Reason::PreDropColumn:
        return RestoreDialog::tr("Before dropping a column");
    case Backup::Reason::PreColumnChange:
        return RestoreDialog::tr("Before changing a column");
    }
    return {};
}

} // namespace

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_busy(new QProgressBar(this))
    , m_job(new BackupJob(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *intro
        = new QLabel(tr("Backups of %1, newest first. Restoring replaces the file's content; "
                        "the current content is backed up first.")
                         .arg(QFileInfo(databasePath).fileName()),
                     this);
    intro->setWordWrap(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Date"), tr("Reason"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *restoreButton = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    restoreButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    m_busy->setObjectName(QStringLiteral("restoreProgress"));
    m_busy->setRange(0, 0); // one transaction: no steps to count
    m_busy->hide();
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    connect(m_job, &BackupJob::finished, this, &RestoreDialog::onRestored);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::showDetails);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::restore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

QString RestoreDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(When, pathRole).toString() : QString();
}

void RestoreDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    const QVector<Backup::Entry> entries = Backup::list(m_databasePath);
    for (const Backup::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(When, locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(Reason, reasonText(entry.reason));
        item->setText(Size, locale.formattedDataSize(entry.size));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(When, pathRole, entry.path);
        item->setToolTip(When, entry.path);
    }
    if (entries.isEmpty())
        m_details->setText(tr("There are no backups of this file yet."));
    else
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

// Row counts are read for the selected backup only: counting is linear in the table size.
void RestoreDialog::showDetails()
{
    const QString path = selectedBackup();
    m_buttons->findChild<QPushButton *>(QStringLiteral("restoreButton"))
        ->setEnabled(!path.isEmpty());
    if (path.isEmpty())
        return;
    QStringList lines;
    for (const auto &[table, rows] : Backup::tableRowCounts(path))
        lines << (rows < 0 ? tr("%1: cannot be read").arg(table)
                           : tr("%1: %Ln row(s)", nullptr, int(rows)).arg(table));
    m_details->setText(lines.isEmpty() ? tr("The backup holds no tables.")
                                       : lines.join(QLatin1Char('\n')));
}

void RestoreDialog::restore()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return;
    const QTreeWidgetItem *item = m_list->currentItem();
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    tr("Replace the content of %1 with the backup from %2 (%3)?")
                        .arg(QFileInfo(m_databasePath).fileName(), item->text(When),
                             item->text(Reason).toLower()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRestore"));
    box.setInformativeText(
        tr("Everything in the file now, including changes made since that "
           "backup, is first saved as a backup of its own, so you can go back."));
    QPushButton *confirm = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(confirm))
        return;
    if (!m_job->startRestore(m_databasePath, backup)) {
        m_details->setText(tr("A backup is still being made; try again in a moment."));
        return;
    }
    m_restoring = backup;
    setBusy(true);
    m_details->setText(tr("Restoring… The current content is backed up first."));
}

bool RestoreDialog::isRestoring() const
{
    return m_job->isRunning();
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_list->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void RestoreDialog::reject()
{
    if (!isRestoring())
        QDialog::reject();
}

void RestoreDialog::onRestored(const Backup::Result &result)
{
    setBusy(false);
    const QString backup = std::exchange(m_restoring, QString());
    if (!result.ok()) {
        reload(); // a backup of the current file may have been added
        m_details->setText(tr("Nothing was restored (%1): %2")
                               .arg(result.error.detail, result.error.userMessage()));
        return;
    }
    m_preRestoreBackup = result.path;
    Q_EMIT restored(m_databasePath, backup);
    accept();
}

} // namespace rowbook

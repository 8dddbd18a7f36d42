#include "damagedfilebar.h"

#include "plurals.h"
#include "recoverytask.h"
#include "themecontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rowbook {

DamagedFileBar::DamagedFileBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_recover(new QPushButton(tr("Recover into a New File…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_open(new QPushButton(tr("Open New File"), this))
    , m_close(new QToolButton(this))
    , m_task(new RecoveryTask(this))
{
    setObjectName(QStringLiteral("damagedFileBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    Themed::setTint(this, Theme::Tone::Warning, QPalette::Window);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_cancel->setObjectName(QStringLiteral("cancelRecoveryButton"));
    m_open->setObjectName(QStringLiteral("openRecoveredButton"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message."));
    m_progress->setMaximumWidth(200);
    m_progress->setRange(0, 1000);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    for (QWidget *widget : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel),
                            static_cast<QWidget *>(m_recover), static_cast<QWidget *>(m_open),
                            static_cast<QWidget *>(m_close)})
        layout->addWidget(widget);

    connect(m_recover, &QPushButton::clicked, this, &DamagedFileBar::recover);
    connect(m_cancel, &QPushButton::clicked, m_task, &RecoveryTask::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_output); });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_task, &RecoveryTask::progress, this, &DamagedFileBar::onProgress);
    connect(m_task, &RecoveryTask::finished, this,
            [this](const Recovery::Result &result, const QString &output) {
                onFinished(result.error, result.totalRows(), result.lostAndFound, output);
            });
    m_chooseOutput = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Recover into a New File"), suggested,
                                            tr("SQLite databases (*.sqlite *.db)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    setBusy(false);
    m_open->hide();
    hide();
}

DamagedFileBar::~DamagedFileBar() = default;

DamagedFileBar *DamagedFileBar::install(QMainWindow *window)
{
    auto *container = new QWidget(window);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new DamagedFileBar(container);
    layout->addWidget(bar);
    layout->addWidget(window->takeCentralWidget(), 1);
    window->setCentralWidget(container);
    return bar;
}

void DamagedFileBar::setOutputChooser(std::function<QString(const QString &)> chooser)
{
    m_chooseOutput = std::move(chooser);
}

void DamagedFileBar::showFor(const QString &path)
{
    if (m_task->isRunning())
        return;
    m_path = path;
    m_text->setText(tr("%1 is damaged, so it is open read-only. Rowbook can copy every row that "
                       "can still be read into a new file and leave this one as it is.")
                        .arg(QFileInfo(path).fileName()));
    m_open->hide();
    setBusy(false);
    show();
}

void DamagedFileBar::fileOpened(const QString &path)
{
    if (!m_task->isRunning() && QFileInfo(path) != QFileInfo(m_path))
        hide();
}

void DamagedFileBar::recover()
{
    const QFileInfo damaged(m_path);
    QString suggested
        = damaged.dir().filePath(damaged.completeBaseName() + QStringLiteral("-recovered.sqlite"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = damaged.dir().filePath(
            QStringLiteral("%1-recovered-%2.sqlite").arg(damaged.completeBaseName()).arg(n));
    const QString output = m_chooseOutput(suggested);
    if (output.isEmpty())
        return;
    if (QFileInfo::exists(output)) {
        m_text->setText(tr("%1 already exists; choose a name for a new file.")
                            .arg(QDir::toNativeSeparators(output)));
        return;
    }
    m_open->hide();
    m_progress->setValue(0);
    m_text->setText(tr("Recovering the rows of %1 into %2…")
                        .arg(damaged.fileName(), QFileInfo(output).fileName()));
    setBusy(m_task->start(m_path, output));
}

void DamagedFileBar::onProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void DamagedFileBar::onFinished(const QString &error,
                                qint64 rows,
                                qint64 lost,
                                const QString &output)
{
    setBusy(false);
    m_output = output;
    if (!error.isEmpty()) {
        m_text->setText(error);
        return;
    }
    const QString name = QDir::toNativeSeparators(output);
    m_text->setText(lost > 0 ? tr("Recovered %Ln row(s) into %1; %2 of them could not be matched "
                                  "to a table and are in the table lost_and_found.",
                                  nullptr, int(rows))
                                   .arg(name, formatCount(lost))
                             : tr("Recovered %Ln row(s) into %1.", nullptr, int(rows)).arg(name));
    m_open->show();
}

void DamagedFileBar::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_recover->setVisible(!busy);
    m_close->setEnabled(!busy);
}

} // namespace rowbook

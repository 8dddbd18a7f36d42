#include "historysearch.h"

#include "queryhistory.h"
#include "screenfit.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rowbook {

namespace {

enum Role { TextRole = Qt::UserRole + 1, NameRole };

// The first line of a query, with runs of white space as one space.
QString firstLine(const QString &text)
{
    return text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
}

} // namespace

HistorySearch::HistorySearch(QueryHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_rename(new QAction(tr("&Rename…"), m_list))
    , m_delete(new QAction(tr("&Delete"), m_list))
{
    setWindowTitle(tr("Search Query History"));
    m_filter->setPlaceholderText(tr("Text in the query"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    auto *useAction = new QAction(tr("&Use Query"), m_list);
    connect(useAction, &QAction::triggered, this, &HistorySearch::choose);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_rename->setToolTip(tr("Give the highlighted saved query another name"));
    connect(m_rename, &QAction::triggered, this, &HistorySearch::renameCurrent);
    m_delete->setShortcut(QKeySequence(QKeySequence::Delete));
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setToolTip(tr("Delete the highlighted saved query"));
    connect(m_delete, &QAction::triggered, this, &HistorySearch::deleteCurrent);
    m_list->addActions({useAction, m_rename, m_delete});
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QListWidget::currentItemChanged, this, &HistorySearch::updateActions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *use = buttons->addButton(tr("Use Query"), QDialogButtonBox::AcceptRole);
    use->setDefault(true);
    QPushButton *again = buttons->addButton(tr("&Run Again"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("runAgain"));
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copy"));
    connect(again, &QPushButton::clicked, this, [this] {
        const QString text = currentText();
        if (text.isEmpty())
            return;
        m_chosen = text;
        m_chosenName = currentName();
        Q_EMIT runRequested(text);
        accept();
    });
    connect(copy, &QPushButton::clicked, this, &HistorySearch::copyCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &HistorySearch::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &HistorySearch::refresh);
    connect(m_list, &QListWidget::itemActivated, this, &HistorySearch::choose);
    connect(m_history, &QueryHistory::changed, this, &HistorySearch::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(560, 380));
    refresh();
}

int HistorySearch::matchCount() const
{
    return m_list->count();
}

void HistorySearch::refresh()
{
    const QString needle = m_filter->text();
    m_list->clear();
    const QLocale locale;
    for (const SavedQuery &saved : m_history->savedQueries()) {
        if (!saved.name.contains(needle, Qt::CaseInsensitive)
            && !saved.text.contains(needle, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(
            tr("Saved \"%1\": %2").arg(saved.name, firstLine(saved.text)), m_list);
        item->setData(TextRole, saved.text);
        item->setData(NameRole, saved.name);
        item->setToolTip(saved.text);
    }
    const QVector<HistoryEntry> runs = m_history->search(needle, maximumRuns);
    for (const HistoryEntry &run : runs) {
        const QString when = locale.toString(run.when, QLocale::ShortFormat);
        QString outcome;
        if (!run.ok)
            outcome = tr("failed: %1").arg(run.error);
        else if (run.rows >= 0)
            outcome = tr("%n row(s) in %1 ms", nullptr, int(qMin<qint64>(run.rows, INT_MAX)))
                          .arg(run.durationMs);
        else
            outcome = tr("%1 ms").arg(run.durationMs);
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3").arg(firstLine(run.text), when, outcome),
                                         m_list);
        item->setData(TextRole, run.text);
        item->setToolTip(run.text);
        if (!run.ok)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (!m_history->isLoaded())
        m_status->setText(tr("Reading the history…"));
    else if (m_list->count() == 0)
        m_status->setText(needle.isEmpty() ? tr("No queries were run on this database yet.")
                                           : tr("No query contains \"%1\".").arg(needle));
    else
        m_status->setText(tr("%n query(s)", nullptr, m_list->count()));
    updateActions();
}

QString HistorySearch::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

void HistorySearch::updateActions()
{
    const bool saved = !currentName().isEmpty();
    m_rename->setEnabled(saved);
    m_delete->setEnabled(saved);
}

void HistorySearch::renameCurrent()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    const SavedQueryPrompts::Outcome outcome = m_prompts.rename(this, m_history, name);
    if (!outcome.message.isEmpty())
        m_status->setText(outcome.message);
}

void HistorySearch::deleteCurrent()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    const SavedQueryPrompts::Outcome outcome = m_prompts.remove(this, m_history, name);
    if (!outcome.message.isEmpty())
        m_status->setText(outcome.message);
}

QString HistorySearch::currentText() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(TextRole).toString() : QString();
}

QString HistorySearch::copyCurrent()
{
    const QString text = currentText();
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
        m_status->setText(tr("Copied the query."));
    }
    return text;
}

void HistorySearch::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_chosen = item->data(TextRole).toString();
    m_chosenName = item->data(NameRole).toString();
    Q_EMIT chosen(m_chosen);
    accept();
}

bool HistorySearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(qMin(row + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(qMax(row - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace rowbook

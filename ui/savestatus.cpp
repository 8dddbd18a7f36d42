#include "savestatus.h"

#include "autosaver.h"
#include "editstore.h"
#include "themecontroller.h"

#include <QEvent>
#include <QLocale>
#include <QStatusBar>

namespace rowbook {

SaveStatus::SaveStatus(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("saveStatus"));
    setTextFormat(Qt::RichText);
}

void SaveStatus::setSource(AutoSaver *autoSaver, EditStore *store)
{
    if (m_autoSaver) // the previous tab's workspace lives on
        disconnect(m_autoSaver, nullptr, this, nullptr);
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_autoSaver = autoSaver;
    m_store = store;
    if (m_autoSaver)
        connect(m_autoSaver, &AutoSaver::stateChanged, this, &SaveStatus::refresh);
    if (m_store)
        connect(m_store, &EditStore::changed, this, &SaveStatus::refresh);
    refresh();
}

void SaveStatus::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh(); // the dot's colour comes from the theme
}

void SaveStatus::refresh()
{
    if (!m_autoSaver) {
        setText({});
        return;
    }
    Theme::Tone tone = Theme::Tone::Muted;
    QString text;
    switch (m_autoSaver->state()) {
    case AutoSaver::State::Saved:
        tone = Theme::Tone::Success;
        text = tr("Saved");
        break;
    case AutoSaver::State::Saving:
        tone = Theme::Tone::Info;
        text = tr("Saving…");
        break;
    case AutoSaver::State::Waiting:
        tone = Theme::Tone::Warning;
        text = (m_autoSaver->isServer()
                    ? tr("Waiting for another session to release a row you edited… attempt %1")
                    : tr("Waiting for another program to release the database… attempt %1"))
                   .arg(m_autoSaver->attempt());
        break;
    case AutoSaver::State::NotSaved:
        tone = Theme::Tone::Error;
        text = tr("Not saved (%Ln edit(s) pending)", nullptr, m_store->pendingCount());
        if (m_store->hasHeldRow() && !m_store->hasWork() && m_store->refusedCount() == 0) {
            tone = Theme::Tone::Muted; // not a problem: the row is still being filled in
            text = tr("The new row is saved when you leave it.");
        } else if (m_autoSaver->problem().isEmpty() && m_store->refusedCount() == 0
                   && m_store->conflictCount() == 0) {
            tone = Theme::Tone::Muted; // not a problem either: saved after a short pause
            text = tr("%Ln edit(s) to save", nullptr, m_store->pendingCount());
        }
        break;
    }
    if (m_autoSaver->serverUnreachable()) {
        tone = Theme::Tone::Warning;
        const int kept = m_store ? m_store->pendingCount() : 0;
        text = kept > 0 ? tr("Server unreachable — retrying (%Ln edit(s) kept)", nullptr, kept)
                        : tr("Server unreachable — retrying");
    }
    if (const int conflicts = m_store ? m_store->conflictCount() : 0; conflicts > 0)
        text = tr("%1 · %Ln conflict(s) with other programs", nullptr, conflicts).arg(text);
    setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                .arg(Theme::text(tone, palette()).name(), text.toHtmlEscaped()));
    setToolTip(m_autoSaver->problem());
    clearSolvedProblem();
}

// The window shows a save problem in the status bar's message area; once everything is saved
// that message is no longer true, so it goes (other messages stay).
void SaveStatus::clearSolvedProblem()
{
    const QString problem = m_autoSaver->problem();
    if (!problem.isEmpty()) {
        m_shownProblem = problem;
        return;
    }
    if (m_shownProblem.isEmpty() || m_autoSaver->state() != AutoSaver::State::Saved)
        return;
    auto *bar = qobject_cast<QStatusBar *>(parentWidget());
    if (bar && bar->currentMessage().contains(m_shownProblem))
        bar->clearMessage();
    m_shownProblem.clear();
}

} // namespace rowbook

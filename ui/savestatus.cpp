#include "savestatus.h"

#include "autosaver.h"
#include "editstore.h"

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
    m_autoSaver = autoSaver;
    m_store = store;
    if (m_autoSaver)
        connect(m_autoSaver, &AutoSaver::stateChanged, this, &SaveStatus::refresh);
    if (m_store)
        connect(m_store, &EditStore::changed, this, &SaveStatus::refresh);
    refresh();
}

void SaveStatus::refresh()
{
    if (!m_autoSaver) {
        setText({});
        return;
    }
    QString color;
    QString text;
    switch (m_autoSaver->state()) {
    case AutoSaver::State::Saved:
        color = QStringLiteral("#2e7d32");
        text = tr("Saved");
        break;
    case AutoSaver::State::Saving:
        color = QStringLiteral("#1565c0");
        text = tr("Saving…");
        break;
    case AutoSaver::State::Waiting:
        color = QStringLiteral("#b26a00");
        text = tr("Waiting for another program to release the database… attempt %1")
                   .arg(m_autoSaver->attempt());
        break;
    case AutoSaver::State::NotSaved:
        color = QStringLiteral("#b3261e");
        text = tr("Not saved (%Ln edit(s) pending)", nullptr, m_store->pendingCount());
        if (m_store->hasHeldRow() && !m_store->hasWork() && m_store->refusedCount() == 0) {
            color = QStringLiteral("#5f5f5f"); // not a problem: the row is still being filled in
            text = tr("The new row is saved when you leave it.");
        }
        break;
    }
    if (const int conflicts = m_store ? m_store->conflictCount() : 0; conflicts > 0)
        text = tr("%1 · %Ln conflict(s) with other programs", nullptr, conflicts).arg(text);
    setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(color, text.toHtmlEscaped()));
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

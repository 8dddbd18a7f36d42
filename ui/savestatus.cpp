#include "savestatus.h"

#include "autosaver.h"
#include "editstore.h"

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
        text = m_store->pendingCount() == 1
                   ? tr("Not saved (1 edit pending)")
                   : tr("Not saved (%1 edits pending)").arg(m_store->pendingCount());
        break;
    }
    if (const int conflicts = m_store ? m_store->conflictCount() : 0; conflicts > 0)
        text = tr("%1 · %n conflict(s) with other programs", nullptr, conflicts).arg(text);
    setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(color, text.toHtmlEscaped()));
    setToolTip(m_autoSaver->problem());
}

} // namespace rowbook

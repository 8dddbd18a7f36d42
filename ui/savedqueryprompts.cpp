#include "savedqueryprompts.h"

#include "queryhistory.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace rowbook {

namespace {

// The text kept under `name`, or nullopt when no saved query has that name.
std::optional<QString> savedText(const QueryHistory *history, const QString &name)
{
    for (const SavedQuery &saved : history->savedQueries()) {
        if (saved.name == name)
            return saved.text;
    }
    return std::nullopt;
}

} // namespace

SavedQueryPrompts::SavedQueryPrompts()
    : askName([](QWidget *parent,
                 const QString &title,
                 const QString &label,
                 const QString &suggested) -> std::optional<QString> {
        bool ok = false;
        const QString name
            = QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggested, &ok);
        return ok ? std::optional<QString>(name) : std::nullopt;
    })
    , confirm([](QWidget *parent, const QString &title, const QString &question) {
        return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
               == QMessageBox::Yes;
    })
{}

std::optional<QString> SavedQueryPrompts::askFor(QWidget *parent,
                                                 QueryHistory *history,
                                                 const QString &title,
                                                 const QString &label,
                                                 const QString &suggested,
                                                 const QString &text,
                                                 Outcome &outcome) const
{
    if (!history->isLoaded()) {
        // Until then a name could already be taken without anyone knowing.
        outcome.message = tr("The saved queries are still being read; try again in a moment.");
        return std::nullopt;
    }
    const std::optional<QString> typed = askName(parent, title, label, suggested);
    if (!typed)
        return std::nullopt;
    const QString name = typed->trimmed();
    if (name.isEmpty()) {
        outcome.message = tr("A saved query needs a name; nothing was changed.");
        return std::nullopt;
    }
    const std::optional<QString> existing = savedText(history, name);
    if (existing && *existing != text
        && !confirm(parent, tr("Replace Saved Query"),
                    tr("A saved query named \"%1\" already exists. Replace it?").arg(name))) {
        outcome.message = tr("The saved query \"%1\" was kept as it was.").arg(name);
        return std::nullopt;
    }
    return name;
}

SavedQueryPrompts::Outcome SavedQueryPrompts::save(QWidget *parent,
                                                   QueryHistory *history,
                                                   const QString &text,
                                                   const QString &suggested) const
{
    Outcome outcome;
    if (text.trimmed().isEmpty()) {
        outcome.message = tr("There is no SQL to save.");
        return outcome;
    }
    const std::optional<QString> name
        = askFor(parent, history, tr("Save Query"), tr("Save the query under the name:"), suggested,
                 text, outcome);
    if (!name)
        return outcome;
    history->saveQuery(*name, text);
    outcome.saved = true;
    outcome.name = *name;
    outcome.message = tr("Saved the query as \"%1\"; Ctrl+R finds it.").arg(*name);
    return outcome;
}

SavedQueryPrompts::Outcome
SavedQueryPrompts::rename(QWidget *parent, QueryHistory *history, const QString &name) const
{
    Outcome outcome;
    const std::optional<QString> text = savedText(history, name);
    if (!text) {
        outcome.message = tr("There is no saved query named \"%1\".").arg(name);
        return outcome;
    }
    const std::optional<QString> renamed
        = askFor(parent, history, tr("Rename Saved Query"), tr("New name for \"%1\":").arg(name),
                 name, *text, outcome);
    if (!renamed || *renamed == name)
        return outcome;
    history->saveQuery(*renamed, *text);
    history->removeSavedQuery(name);
    outcome.saved = true;
    outcome.name = *renamed;
    outcome.message = tr("Renamed the saved query \"%1\" to \"%2\".").arg(name, *renamed);
    return outcome;
}

SavedQueryPrompts::Outcome
SavedQueryPrompts::remove(QWidget *parent, QueryHistory *history, const QString &name) const
{
    Outcome outcome;
    if (!confirm(parent, tr("Delete Saved Query"),
                 tr("Delete the saved query \"%1\"? The runs in the history stay.").arg(name)))
        return outcome;
    if (history->removeSavedQuery(name))
        outcome.message = tr("Deleted the saved query \"%1\".").arg(name);
    else
        outcome.message = tr("There is no saved query named \"%1\".").arg(name);
    return outcome;
}

} // namespace rowbook

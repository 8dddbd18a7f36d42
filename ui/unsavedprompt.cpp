#include "unsavedprompt.h"

#include "autosaver.h"
#include "editstore.h"
#include "recoveryjournal.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace rowbook::UnsavedPrompt {

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedPrompt)
};

} // namespace

Choice ask(QWidget *parent, Workspace *workspace, bool quitting)
{
    const EditStore *edits = workspace->edits();
    const int pending = edits->pendingCount();
    const bool refusedOnly = !edits->hasWork();
    QMessageBox box(QMessageBox::Warning, Text::tr("Edits Not Saved"),
                    refusedOnly ? Text::tr("%Ln edit(s) cannot be saved.", nullptr, pending)
                                : Text::tr("%Ln edit(s) could not be saved yet.", nullptr, pending),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsavedPrompt"));
    QString why = workspace->autoSaver()->problem();
    if (why.isEmpty())
        why = Text::tr(
            "The database refused them: another program deleted the row, or a value breaks "
            "a rule of the table (the rows are marked in red).");
    box.setInformativeText(
        why + QLatin1Char(' ')
        + Text::tr("Keep them in the recovery journal, to be offered again the next "
                   "time you open this file, or discard them."));
    QPushButton *wait
        = refusedOnly ? nullptr : box.addButton(Text::tr("Keep Trying"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(quitting ? Text::tr("Quit and Keep Them for Later")
                                               : Text::tr("Switch and Keep Them for Later"),
                                      QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(quitting ? Text::tr("Quit and Discard Them")
                                                  : Text::tr("Switch and Discard Them"),
                                         QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("keepUnsaved"));
    discard->setObjectName(QStringLiteral("discardUnsaved"));
    box.setDefaultButton(wait ? wait : keep);
    box.exec();
    const QAbstractButton *clicked = box.clickedButton();
    if (clicked == keep || clicked == discard) {
        workspace->autoSaver()->stopWaiting();
        if (clicked == keep)
            workspace->journal()->keepForLater();
        else
            workspace->journal()->discardAndStop();
        return clicked == keep ? Choice::KeepForLater : Choice::Discard;
    }
    if (wait && clicked == wait)
        return Choice::KeepTrying;
    Q_UNUSED(cancel)
    return Choice::Cancel;
}

} // namespace rowbook::UnsavedPrompt

#include "unsavedprompt.h"

#include "autosaver.h"
#include "editstore.h"
#include "recoveryjournal.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace rowbook::UnsavedPrompt {

Choice ask(QWidget *parent, Workspace *workspace, bool quitting)
{
    auto tr = [](const char *text, int n = -1) {
        return QCoreApplication::translate("UnsavedPrompt", text, nullptr, n);
    };
    const EditStore *edits = workspace->edits();
    const int pending = edits->pendingCount();
    const bool refusedOnly = !edits->hasWork();
    QMessageBox box(QMessageBox::Warning, tr("Edits Not Saved"),
                    refusedOnly ? tr("%Ln edit(s) cannot be saved.", pending)
                                : tr("%Ln edit(s) could not be saved yet.", pending),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsavedPrompt"));
    QString why = workspace->autoSaver()->problem();
    if (why.isEmpty())
        why = tr("The database refused them: another program deleted the row, or a value breaks "
                 "a rule of the table (the rows are marked in red).");
    box.setInformativeText(why + QLatin1Char(' ')
                           + tr("Keep them in the recovery journal, to be offered again the next "
                                "time you open this file, or discard them."));
    QPushButton *wait
        = refusedOnly ? nullptr : box.addButton(tr("Keep Trying"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(quitting ? tr("Quit and Keep Them for Later")
                                               : tr("Switch and Keep Them for Later"),
                                      QMessageBox::AcceptRole);
    QPushButton *discard
        = box.addButton(quitting ? tr("Quit and Discard Them") : tr("Switch and Discard Them"),
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

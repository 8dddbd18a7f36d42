#include "recoveryprompt.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompt)
};

} // namespace

namespace rowbook {

void offerRecovery(QWidget *parent, Workspace *workspace)
{
    const RecoveryPlan &plan = workspace->recovery();
    if (!plan.found)
        return;
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    box.setWindowTitle(Text::tr("Unsaved Edits Found"));
    box.setIcon(QMessageBox::Warning);
    if (workspace->isReadOnly()) {
        box.setText(Text::tr("Rowbook found edits that were not saved last time, but this file "
                             "is open read-only, so they are kept for later."));
        box.setInformativeText(Text::tr("The edits stay in %1.").arg(plan.journalPath));
        box.exec();
        return;
    }
    if (!plan.isUsable()) {
        box.setText(plan.problem);
        box.setInformativeText(Text::tr("The journal is kept beside the database under a new "
                                        "name and nothing is applied."));
        box.exec();
        workspace->resolveRecovery(false);
        return;
    }
    const QString when = plan.written.isValid()
                             ? QLocale().toString(plan.written.toLocalTime(), QLocale::ShortFormat)
                             : Text::tr("an unknown time");
    const QString notApplied
        = Text::tr("Not applied:") + QLatin1Char('\n') + plan.skipped.join(QLatin1Char('\n'));
    if (plan.editCount() == 0 && plan.skipped.isEmpty()) {
        // Every edit was saved after all (the batch on its way committed) or came to nothing
        // (a row added and deleted): nothing to ask about.
        workspace->resolveRecovery(false);
        return;
    }
    if (plan.editCount() == 0) {
        // Nothing is left to apply (the rows are gone): no Apply button for none.
        const int lost = int(plan.skipped.size());
        box.setText(plan.keptByUser
                        ? Text::tr("The %Ln edit(s) you kept when you last left this file (at "
                                   "%1) cannot be applied any more.",
                                   nullptr, lost)
                              .arg(when)
                        : Text::tr("The %Ln edit(s) Rowbook could not save before it stopped (at "
                                   "%1) cannot be applied any more.",
                                   nullptr, lost)
                              .arg(when));
        box.setInformativeText(Text::tr("The details say what they held."));
        box.setDetailedText(notApplied);
        box.addButton(Text::tr("Discard Them"), QMessageBox::DestructiveRole)
            ->setObjectName(QStringLiteral("discardRecovery"));
        box.exec();
        workspace->resolveRecovery(false);
        return;
    }
    box.setText(plan.keptByUser
                    ? Text::tr("You kept %Ln edit(s) that could not be saved when you last left "
                               "this file (at %1).",
                               nullptr, plan.editCount())
                          .arg(when)
                    : Text::tr("Rowbook stopped before saving %Ln edit(s) made at %1.", nullptr,
                               plan.editCount())
                          .arg(when));
    QString details = plan.describe().join(QLatin1Char('\n'));
    if (!plan.skipped.isEmpty()) {
        box.setInformativeText(Text::tr("%Ln other edit(s) cannot be applied any more; see the "
                                        "details.",
                                        nullptr, int(plan.skipped.size())));
        details += QStringLiteral("\n\n") + notApplied;
    } else {
        box.setInformativeText(Text::tr("Apply them now? They are saved like new edits."));
    }
    box.setDetailedText(details);
    QPushButton *apply = box.addButton(Text::tr("Apply Edits"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(Text::tr("Discard Them"), QMessageBox::DestructiveRole);
    apply->setObjectName(QStringLiteral("applyRecovery"));
    discard->setObjectName(QStringLiteral("discardRecovery"));
    box.setDefaultButton(apply);
    box.exec();
    workspace->resolveRecovery(box.clickedButton() != discard);
}

} // namespace rowbook

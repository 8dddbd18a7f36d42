#include "windowquestions.h"

#include "openquestion.h"
#include "recoveryprompt.h"
#include "unsavedprompt.h"

namespace rowbook {

std::optional<Database::Open> WindowQuestions::openMode(const QString &path)
{
    return askOpenMode(m_parent, path);
}

void WindowQuestions::offerRecovery(Workspace *workspace)
{
    rowbook::offerRecovery(m_parent, workspace);
}

DocumentController::Unsaved WindowQuestions::askUnsaved(Workspace *workspace, bool quitting)
{
    return UnsavedPrompt::ask(m_parent, workspace, quitting);
}

} // namespace rowbook

#pragma once

#include "documentcontroller.h"

class QWidget;

namespace rowbook {

// The document's questions asked with dialogs over `parent`: creating a missing file, edits an
// earlier session left, edits that cannot be saved when leaving a file.
class WindowQuestions : public DocumentController::Questions
{
public:
    explicit WindowQuestions(QWidget *parent)
        : m_parent(parent)
    {}

    std::optional<Database::Open> openMode(const QString &path) override;
    void offerRecovery(Workspace *workspace) override;
    DocumentController::Unsaved askUnsaved(Workspace *workspace, bool quitting) override;

private:
    QWidget *m_parent;
};

} // namespace rowbook

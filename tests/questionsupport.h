#pragma once

#include "database.h"
#include "documentcontroller.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace questionsupport {

// Answers a DocumentController's questions as a test tells it to, and records what was asked.
class Answers : public rowbook::DocumentController::Questions
{
public:
    std::optional<rowbook::Database::Open> openMode(const QString &path) override
    {
        openAsked << path;
        return mode;
    }
    void offerRecovery(rowbook::Workspace *) override { ++recoveryOffers; }
    rowbook::DocumentController::Unsaved askUnsaved(rowbook::Workspace *workspace,
                                                    bool quitting) override
    {
        unsavedAsked << quitting;
        unsavedAbout << workspace;
        return unsaved;
    }

    std::optional<rowbook::Database::Open> mode = rowbook::Database::Open::Existing;
    rowbook::DocumentController::Unsaved unsaved = rowbook::DocumentController::Unsaved::Cancel;
    QStringList openAsked;
    int recoveryOffers = 0;
    QList<bool> unsavedAsked;                 // `quitting` of each question
    QList<rowbook::Workspace *> unsavedAbout; // the workspace of each question
};

} // namespace questionsupport

#pragma once

#include "documentcontroller.h"

class QWidget;

namespace rowbook {

class Workspace;

// Leaving a file (quitting or switching) while some edits are not saved.
namespace UnsavedPrompt {

using Choice = DocumentController::Unsaved;

// Says which edits cannot be saved and why, and asks. KeepForLater marks the recovery journal as
// kept by the user (the next launch says so instead of "Rowbook stopped"); Discard removes it.
// Both stop the current save from waiting for the lock.
Choice ask(QWidget *parent, Workspace *workspace, bool quitting);

} // namespace UnsavedPrompt
} // namespace rowbook

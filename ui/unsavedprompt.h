#pragma once

class QWidget;

namespace rowbook {

class Workspace;

// Leaving a file (quitting or switching) while some edits are not saved.
namespace UnsavedPrompt {

enum class Choice { KeepTrying, KeepForLater, Discard, Cancel };

// True when every pending edit was tried and could not be saved: the database refused it (row
// deleted by another program, a constraint), or the lock or a failure outlasted the retries.
// False when a save is still running or has not been tried yet.
bool triedEverything(const Workspace *workspace);

// Says which edits cannot be saved and why, and asks. KeepForLater marks the recovery journal as
// kept by the user (the next launch says so instead of "Rowbook stopped"); Discard removes it.
// Both stop the current save from waiting for the lock.
Choice ask(QWidget *parent, Workspace *workspace, bool quitting);

} // namespace UnsavedPrompt
} // namespace rowbook

#pragma once

class QWidget;

namespace rowbook {

class Workspace;

// Asks what to do with edits an earlier session could not save, and does it.
void offerRecovery(QWidget *parent, Workspace *workspace);

} // namespace rowbook

#pragma once

#include "schemaops.h"

#include <QUndoCommand>

#include <functional>

namespace rowbook {

// The undo-history entry of a schema change that can be taken back (one whose
// SchemaChange::undoStatements were taken before it ran): undo runs those statements, which put
// the table back as it was, and redo runs the change again. Both go through `run` (the window's
// SchemaRunner, after pending edits are saved) marked fromHistory, so that finishing them keeps
// the history. Pushing the entry runs nothing: the change has already been made.
class SchemaUndoCommand : public QUndoCommand
{
public:
    using Runner = std::function<void(const SchemaChange &)>;

    SchemaUndoCommand(const SchemaChange &done, Runner run);

    void undo() override;
    void redo() override;

private:
    SchemaChange m_forward;
    SchemaChange m_backward;
    Runner m_run;
    bool m_pushed = false;
};

} // namespace rowbook

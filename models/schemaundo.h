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

// The undo-history entry of a fill with sample data (Table → Fill with Sample Data…): undo runs
// `deleteRows` (the fill's rows by their row key range, one save-worker transaction) through
// `run`. Redoing would mean keeping every generated row or running the fill again, so the entry
// offers no redo: once undone it leaves the history. Pushing it runs nothing.
class FillUndoCommand : public QUndoCommand
{
public:
    using Runner = std::function<void(const SchemaChange &)>;

    FillUndoCommand(const QString &text, const SchemaChange &deleteRows, Runner run);

    void undo() override;
    void redo() override {}

private:
    SchemaChange m_delete;
    Runner m_run;
};

} // namespace rowbook

#include "schemaundo.h"

#include <QCoreApplication>

namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SchemaUndoCommand)
};

} // namespace

namespace rowbook {

SchemaUndoCommand::SchemaUndoCommand(const SchemaChange &done, Runner run)
    : QUndoCommand(done.undoText.isEmpty() ? done.description : done.undoText)
    , m_forward(done)
    , m_backward(done)
    , m_run(std::move(run))
{
    m_forward.undoStatements.clear();
    m_forward.snapshotBefore = false; // the entry keeps the snapshot it was made with
    m_forward.fromHistory = true;
    m_forward.sideEffects.clear();
    m_forward.description = Text::tr("Redone: %1.").arg(text());
    m_backward.statements = done.undoStatements;
    m_backward.undoStatements.clear();
    m_backward.snapshotBefore = false;
    m_backward.rebuildsTable = true; // DROP TABLE and CREATE again, with foreign_keys off
    m_backward.fromHistory = true;
    m_backward.sideEffects.clear();
    m_backward.description = Text::tr("Undone: %1.").arg(text());
}

void SchemaUndoCommand::undo()
{
    m_run(m_backward);
}

void SchemaUndoCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    m_run(m_forward);
}

FillUndoCommand::FillUndoCommand(const QString &text, const SchemaChange &deleteRows, Runner run)
    : QUndoCommand(text)
    , m_delete(deleteRows)
    , m_run(std::move(run))
{
    m_delete.fromHistory = true;
    m_delete.description
        = QCoreApplication::translate("SchemaUndoCommand", "Undone: %1.").arg(text);
}

void FillUndoCommand::undo()
{
    m_run(m_delete);
    setObsolete(true); // QUndoStack deletes it: there is no redo
}

} // namespace rowbook

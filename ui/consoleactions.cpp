#include "consoleactions.h"

#include "changewatcher.h"
#include "documentcontroller.h"
#include "pgconnection.h"
#include "queryhistory.h"
#include "sqlconsole.h"
#include "sqleditor.h"
#include "workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>

namespace rowbook {

ConsoleActions::ConsoleActions(QMainWindow *window, DocumentController *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
{}

void ConsoleActions::addTo(QMenu *view)
{
    m_open = view->addAction(tr("SQL &Console"), this, [this] { openConsole(); });
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_open->setToolTip(tr("Write and run SQL on this database"));
    update();
}

void ConsoleActions::addFileActions(QMenu *file)
{
    m_runFile = file->addAction(tr("Run SQL Fi&le…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Run SQL File"), QString(),
                                                          tr("SQL files (*.sql);;All files (*)"));
        if (!path.isEmpty())
            runFile(path);
    });
    m_runFile->setToolTip(tr("Run a script of SQL statements on this database as one "
                             "transaction: all of it or, after an error, nothing"));
    update();
}

SqlConsole *ConsoleActions::runFile(const QString &path)
{
    SqlConsole *console = openConsole();
    if (console)
        console->runFile(path);
    return console;
}

void ConsoleActions::update()
{
    const bool open = m_document->workspace() != nullptr;
    if (m_open)
        m_open->setEnabled(open);
    if (m_runFile)
        m_runFile->setEnabled(open && !m_document->workspace()->isReadOnly());
}

SqlConsole *ConsoleActions::openConsole()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace)
        return nullptr;
    const DatabaseInfo &info = workspace->info();
    QueryHistory *&history = m_histories[QueryHistory::filePathFor(info.path)];
    if (!history)
        history = new QueryHistory(info.path, this);
    auto *console = new SqlConsole(info, history);
    auto *dock = new QDockWidget(
        tr("SQL Console %1 — %2").arg(++m_opened).arg(PgConnection::shortName(info.path)),
        m_window);
    dock->setObjectName(QStringLiteral("sqlConsole%1").arg(m_opened));
    dock->setAttribute(Qt::WA_DeleteOnClose);
    dock->setWidget(console);
    m_docks.removeAll(nullptr);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (!m_docks.isEmpty())
        m_window->tabifyDockWidget(m_docks.last(), dock);
    m_docks << dock;
    dock->show();
    dock->raise();
    console->editor()->setFocus();
    // The console's commits come from another connection: the watcher notices them and the
    // window reads the tables again; ask it now rather than at its next poll.
    connect(console, &SqlConsole::wrote, this, [this, path = info.path] {
        Workspace *current = m_document->workspace();
        if (current && current->info().path == path && current->watcher())
            current->watcher()->poll();
    });
    return console;
}

} // namespace rowbook

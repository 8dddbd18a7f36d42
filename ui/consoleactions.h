#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace rowbook {

class DocumentController;
class QueryHistory;
class SqlConsole;

// View → SQL Console (Ctrl+Shift+E): opens a console for the open database in a dock at the
// bottom of the window, tabbed with the consoles already open. After a console's run commits,
// the table views read the file again (the change watcher is asked at once instead of at its
// next poll).
class ConsoleActions : public QObject
{
    Q_OBJECT
public:
    ConsoleActions(QMainWindow *window, DocumentController *document);

    void addTo(QMenu *view);
    // File → Run SQL File…: picks a script and runs it in a new console of the open database.
    void addFileActions(QMenu *file);
    QAction *runFileAction() const { return m_runFile; }
    // Runs the script `path` in a new console; the console, or nullptr when no database is open.
    SqlConsole *runFile(const QString &path);
    QAction *openAction() const { return m_open; }
    void update(); // enabled while a database is open
    SqlConsole *openConsole();

private:
    QMainWindow *m_window;
    DocumentController *m_document;
    QAction *m_open = nullptr;
    QAction *m_runFile = nullptr;
    QList<QPointer<QDockWidget>> m_docks;
    QHash<QString, QueryHistory *> m_histories; // one per database file, for all its consoles
    int m_opened = 0;
};

} // namespace rowbook

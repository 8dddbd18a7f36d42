#pragma once

#include <QObject>

class QMainWindow;

namespace rowbook {

class DocumentController;
class RecordForm;
class TableList;
class TablePane;
class ViewActions;

// The current tab's tables on screen: the list of tables on the left, the chosen table in the
// pane (or a message when the file has none), and the user's place kept when the table or the
// schema is read again.
class TableBrowser : public QObject
{
    Q_OBJECT
public:
    // The window's parts the tables are shown in.
    struct Parts
    {
        TableList *list = nullptr;
        TablePane *pane = nullptr;
        RecordForm *form = nullptr;
        ViewActions *viewActions = nullptr;
    };

    TableBrowser(QMainWindow *window, DocumentController *document, const Parts &parts);

    // Shows table `name` of the current tab, unfiltered and unsorted; false when there is none.
    bool showTable(const QString &name);
    // Re-reads the table list and the shown table's columns, keeping the current row, column
    // and scroll position; shows `table` (empty: the first one).
    void reloadSchema(const QString &table);
    // After a file opened: lists its tables and shows `table`, or the one shown last time, or
    // the first one.
    void showOpened(const QString &table);
    // Re-reads the table list; without tables, says how to make one and returns false.
    bool listTables();
    // View → Refresh: the table list and the shown table's rows read again, the place kept.
    void refresh();

Q_SIGNALS:
    // Another table is shown, or none: the window updates its actions.
    void changed();
    void tableShown();

private:
    void refreshTables();
    bool listTables(const QString &noneMessage);
    // Another connection changed the table list (the SQL console, another program).
    void onTablesChanged();

    QMainWindow *m_window;
    DocumentController *m_document;
    Parts m_parts;
    bool m_saysNoTables = false; // the message that the database has no tables is shown
};

} // namespace rowbook

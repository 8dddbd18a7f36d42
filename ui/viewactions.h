#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QMenu;
class QToolBar;

namespace rowbook {

class ChartDialog;
class DocumentController;
class EmptyFilterOverlay;
class RecordForm;
class SchemaDiagramWindow;
class TableList;
class TableModel;
class TablePane;
class ThemeController;

// The View and Help menus: the edit form, the undo history and the docks, refresh, find (the
// search box in the toolbar), moving between panes, the theme; about and the keyboard shortcuts.
class ViewActions : public QObject
{
    Q_OBJECT
public:
    // The parts of the window the View menu shows, hides and moves between.
    struct Panes
    {
        TableList *tables;
        TablePane *pane;
        RecordForm *form;
        QDockWidget *history;
        QList<QDockWidget *> docks;
    };

    ViewActions(QMainWindow *window, DocumentController *document);

    void addTo(QMenu *view, QMenu *help, QToolBar *toolBar, const Panes &panes);
    QAction *formToggle() const { return m_toggleForm; }
    QLineEdit *searchBox() const { return m_search; }
    // Over the grid when it shows no rows (after addTo()).
    EmptyFilterOverlay *emptyOverlay() const { return m_noRows; }
    // Empties the search box without filtering again (a new table starts unfiltered).
    void clearSearch();
    ThemeController *theme() const { return m_theme; }
    // View → Schema Diagram: opens (or re-reads and raises) the diagram window of the open file.
    void showDiagram();
    // View → Chart…: opens (or raises) the chart window on the current table and its filter.
    void showChart();

Q_SIGNALS:
    void refreshRequested();

private:
    void showAbout();
    void addThemeMenu(QMenu *view);
    void addLanguageMenu(QMenu *view);
    void followModel(TableModel *model);
    void followDocument();
    // Computes the chart again when the grid shows other rows than the chart.
    void rechart(TableModel *model);

    QMainWindow *m_window;
    DocumentController *m_document;
    QAction *m_toggleForm = nullptr;
    QLineEdit *m_search;
    EmptyFilterOverlay *m_noRows = nullptr;
    ThemeController *m_theme;
    QPointer<SchemaDiagramWindow> m_diagram;
    QPointer<ChartDialog> m_chart;
    QPointer<TableModel> m_chartModel;
    QMetaObject::Connection m_chartFollow;
};

} // namespace rowbook

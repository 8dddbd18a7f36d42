#pragma once

#include <QObject>
#include <QPointer>

#include <utility>

class QAction;
class QLineEdit;
class QMenu;
class QTableView;

namespace rowbook {

class FilterHeader;
class RecordForm;
class TableList;

// Moving between the window's panes without the mouse: F6 / Shift+F6 cycle table list → grid →
// form → filter row, Ctrl+1/2/3 focus list, grid and form, F4 shows the form and focuses it,
// Ctrl+G goes to a row number, Ctrl+PageDown / Ctrl+PageUp switch tables (so do Ctrl+Tab and
// Ctrl+Shift+Tab while the window has one tab: MainWindow), and Tab leaves the search box for the
// grid.
class PaneNavigator : public QObject
{
    Q_OBJECT
public:
    enum Pane { List, Grid, Form, Filter, None };

    PaneNavigator(QWidget *window,
                  TableList *tables,
                  QTableView *view,
                  FilterHeader *filters,
                  RecordForm *form,
                  QAction *toggleForm,
                  QLineEdit *search);

    void addTo(QMenu *menu);
    void focusPane(Pane pane);
    Pane currentPane() const;
    // Selects row `number` (1-based) of the grid and focuses it.
    void goToRow(int number);
    // Selects the next (`step` 1) or previous (-1) table of the list.
    void switchTable(int step);
    // Keys that act without a menu action, as (key, what it does), for the shortcuts list.
    static QList<std::pair<QString, QString>> otherKeys();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cycle(int step);
    void askRow();

    QWidget *m_window;
    TableList *m_tables;
    QTableView *m_view;
    FilterHeader *m_filters;
    RecordForm *m_form;
    QAction *m_toggleForm;
    QLineEdit *m_search;
};

} // namespace rowbook

#pragma once

#include <QObject>

class QAction;
class QStatusBar;
class QTableView;

namespace rowbook {

// Edit → Next Conflict: moves the grid's current cell to the next cell another program changed
// under a pending edit (or the next row it deleted), wrapping around.
class ConflictNavigator : public QObject
{
    Q_OBJECT
public:
    ConflictNavigator(QTableView *view, QStatusBar *statusBar, QObject *parent);
    QAction *action() const { return m_action; }
    void next();

private:
    QTableView *m_view;
    QStatusBar *m_statusBar;
    QAction *m_action;
};

} // namespace rowbook

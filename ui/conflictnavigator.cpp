#include "conflictnavigator.h"

#include "tablemodel.h"

#include <QAction>
#include <QStatusBar>
#include <QTableView>

namespace rowbook {

ConflictNavigator::ConflictNavigator(QTableView *view, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_statusBar(statusBar)
    , m_action(new QAction(tr("Ne&xt Conflict"), this))
{
    m_action->setObjectName(QStringLiteral("nextConflict"));
    m_action->setShortcut(QKeySequence(Qt::Key_F8));
    m_action->setToolTip(tr("Go to the next cell that another program changed while you were "
                            "editing it."));
    connect(m_action, &QAction::triggered, this, &ConflictNavigator::next);
}

void ConflictNavigator::next()
{
    auto *model = qobject_cast<TableModel *>(m_view->model());
    const QModelIndex target = model ? model->nextConflict(m_view->currentIndex()) : QModelIndex();
    if (!target.isValid()) {
        m_statusBar->showMessage(tr("This table has no conflicts with other programs."), 4000);
        return;
    }
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target);
}

} // namespace rowbook

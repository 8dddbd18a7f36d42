#include "documenttabs.h"

#include "database.h"
#include "documentcontroller.h"
#include "menupath.h"
#include "panenavigator.h"
#include "pgconnection.h"
#include "pooltask.h"
#include "recordform.h"
#include "settings.h"
#include "tableactions.h"
#include "tablemodel.h"
#include "viewactions.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QSet>
#include <QTabBar>
#include <QTimer>

namespace rowbook {

namespace {

const auto tabPathsKey = QStringLiteral("window/tabPaths");
const auto tabTablesKey = QStringLiteral("window/tabTables");
const auto currentTabKey = QStringLiteral("window/currentTab");
// A restore held while the controller is busy with something besides opening looks again this
// often.
constexpr int retryMs = 100;

} // namespace

DocumentTabs::DocumentTabs(QMainWindow *window, DocumentController *document, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_parts(parts)
{
    createBar();
    connect(document, &DocumentController::tabsChanged, this, &DocumentTabs::sync);
    connect(document, &DocumentController::tabLeaving, this, &DocumentTabs::keepView);
    connect(document, &DocumentController::opened, this, [this] { onRestoredFileOpened(true); });
    connect(document, &DocumentController::problem, this, [this] { onRestoredFileOpened(false); });
    connect(document, &DocumentController::notOpened, this,
            [this] { onRestoredFileOpened(false); });
    connect(document, &DocumentController::openingEnded, this, &DocumentTabs::onOpeningEnded,
            Qt::QueuedConnection); // once the open that ended has run its course
}

void DocumentTabs::createBar()
{
    m_bar = new QTabBar;
    m_bar->setObjectName(QStringLiteral("documentTabs"));
    m_bar->setAccessibleName(tr("Open tables"));
    m_bar->setDocumentMode(true);
    m_bar->setTabsClosable(true);
    m_bar->setExpanding(false);
    m_bar->setElideMode(Qt::ElideMiddle);
    m_bar->setAutoHide(true);           // one tab: no bar
    m_bar->setFocusPolicy(Qt::NoFocus); // Ctrl+Tab and Ctrl+W, not Tab, reach it
    connect(m_bar, &QTabBar::currentChanged, this, &DocumentTabs::onTabClicked);
    connect(m_bar, &QTabBar::tabCloseRequested, this,
            [this](int index) { m_document->closeTab(index); });
}

void DocumentTabs::addFileActions(QMenu *file)
{
    m_newTab = file->addAction(tr("Ne&w Tab"), this, [this] {
        if (m_document->workspace())
            openInNewTab(m_document->workspace()->model()->tableName());
    });
    m_newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_newTab->setToolTip(tr("Opens the table on screen again in a tab of its own; choose another "
                            "table or file in it."));
    m_closeTab = file->addAction(tr("Close T&ab"), this, [this] {
        if (!tableChangeRuns())
            m_document->closeTab(m_document->currentTab());
    });
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
}

void DocumentTabs::addViewActions(QMenu *view)
{
    QAction *next = view->addAction(tr("Next Ta&b"), this, [this] { step(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    next->setToolTip(tr("With one tab, the next table."));
    QAction *previous = view->addAction(tr("Previous Tab"), this, [this] { step(-1); });
    // Named as pressed, "Ctrl+Shift+Tab" (not "Backtab"); the Backtab that X11 sends for it
    // is matched to it by Qt's shortcut map.
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
}

void DocumentTabs::update()
{
    if (!m_newTab)
        return; // before addFileActions()
    m_newTab->setEnabled(m_document->workspace() != nullptr && !m_document->isOpening());
    m_closeTab->setEnabled(m_document->tabCount() > 1);
}

void DocumentTabs::sync()
{
    const QSignalBlocker blocker(m_bar);
    const int count = m_document->tabCount();
    while (m_bar->count() > count)
        m_bar->removeTab(m_bar->count() - 1);
    while (m_bar->count() < count)
        m_bar->addTab(QString());
    QSet<QString> paths;
    for (int i = 0; i < count; ++i)
        paths.insert(m_document->tab(i)->info().path);
    QHash<const Workspace *, View> kept;
    for (int i = 0; i < count; ++i) {
        const Workspace *tab = m_document->tab(i);
        const QString path = tab->info().path;
        const QString file = PgConnection::shortName(path);
        const QString table = tab->model()->tableName();
        QString text = table.isEmpty() ? file : table;
        if (paths.size() > 1 && !table.isEmpty()) // tabs of several files say which is which
            text = tr("%1 · %2").arg(table, file);
        m_bar->setTabText(i, literalMenuText(text));
        m_bar->setTabToolTip(i, table.isEmpty()
                                    ? PgConnection::shown(path)
                                    : tr("%1 in %2").arg(table, PgConnection::shown(path)));
        if (m_views.contains(tab))
            kept.insert(tab, m_views.value(tab));
    }
    m_views = kept; // closed tabs are forgotten
    m_bar->setCurrentIndex(m_document->currentTab());
    Q_EMIT changed();
}

void DocumentTabs::keepView()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace || !workspace->model()->tableInfo().isValid())
        return;
    TablePane *pane = m_parts.pane;
    pane->commitEditor();
    if (m_parts.form->isAncestorOf(QApplication::focusWidget()))
        pane->view()->setFocus(); // the form's field loses the focus: what was typed is saved
    pane->filterHeader()->applyPending(); // typed just before: it belongs to this tab
    View view;
    view.filters = pane->filterHeader()->state();
    view.sortColumn = pane->view()->horizontalHeader()->sortIndicatorSection();
    view.sortOrder = pane->view()->horizontalHeader()->sortIndicatorOrder();
    view.place = pane->place();
    m_views.insert(workspace, view);
}

void DocumentTabs::showKept(Workspace *workspace)
{
    const View view = m_views.value(workspace);
    {
        const QSignalBlocker blocker(m_parts.viewActions->searchBox());
        m_parts.viewActions->searchBox()->setText(view.filters.search);
    }
    if (!workspace->model()->tableInfo().isValid())
        return;
    m_parts.pane->showKept(view.filters, view.sortColumn, view.sortOrder, view.place);
    m_parts.form->setCurrentRow(m_parts.pane->view()->currentIndex().row());
}

bool DocumentTabs::tableChangeRuns()
{
    if (!m_parts.tableActions->isBusy())
        return false;
    // The change and its undo entry belong to the tab on screen: it stays until they are done.
    m_document->showMessage(tr("The tabs stay as they are until the table change is saved."), 5000);
    return true;
}

void DocumentTabs::onTabClicked(int index)
{
    if (index < 0 || index == m_document->currentTab())
        return;
    if (!tableChangeRuns())
        m_document->activateTab(index);
    sync(); // the bar shows the current tab, also when it stayed
}

void DocumentTabs::openInNewTab(const QString &table)
{
    if (!m_document->workspace() || tableChangeRuns())
        return;
    m_document->openInNewTab(m_document->workspace()->info().path, table);
}

void DocumentTabs::step(int step)
{
    const int count = m_document->tabCount();
    if (count < 2) { // one tab: Ctrl+Tab moves between tables, as it did before tabs
        if (auto *navigator = m_window->findChild<PaneNavigator *>())
            navigator->switchTable(step);
        return;
    }
    onTabClicked((m_document->currentTab() + step + count) % count);
}

void DocumentTabs::save() const
{
    QStringList paths;
    QStringList tables;
    for (int i = 0; i < m_document->tabCount(); ++i) {
        paths << m_document->tab(i)->info().path;
        tables << m_document->tab(i)->model()->tableName();
    }
    Settings settings;
    settings.setValue(tabPathsKey, paths);
    settings.setValue(tabTablesKey, tables);
    settings.setValue(currentTabKey, m_document->currentTab());
}

bool DocumentTabs::restore()
{
    Settings settings;
    Restoring restoring;
    restoring.paths = settings.value(tabPathsKey).toStringList();
    restoring.tables = settings.value(tabTablesKey).toStringList();
    restoring.current = settings.value(currentTabKey, 0).toInt();
    if (restoring.paths.isEmpty())
        return false;
    m_restoring = restoring;
    continueRestoring();
    return m_document->tabCount() > 0 || m_document->isOpening() || m_restoring.has_value();
}

// One tab after the other: a file that is backed up before its upgrade opens later (opened()),
// and the next tab waits for it.
void DocumentTabs::continueRestoring()
{
    if (!m_restoring)
        return;
    Restoring &restoring = *m_restoring;
    while (restoring.next < restoring.paths.size()) {
        const int i = restoring.next++;
        const QString path = restoring.paths[i];
        if (PgConnection::isUri(path)) {
            restoring.asking = i;
            restoring.askedServer = true;
            reachServer(i, path);
            return; // continues once the server answered, or did not
        }
        if (!QFileInfo::exists(path))
            continue; // a file that is gone (or was never made) stays closed
        if (holdWhileBusy()) {
            --restoring.next;
            return;
        }
        // With no tab yet, openInNewTab() opens the first one.
        if (!m_document->openInNewTab(path, restoring.tables.value(i)))
            continue;
        if (m_document->isOpening()) {
            restoring.waiting = i;
            return; // continues once it opened or could not be opened
        }
        if (i == restoring.current)
            restoring.shown = m_document->currentTab();
    }
    const int shown = restoring.shown;
    const bool late = restoring.askedServer; // restore() has returned true meanwhile
    m_restoring.reset();
    if (shown >= 0 && !m_document->isOpening()) // a tab would stop the user's own wait
        onTabClicked(shown);
    else if (late && m_document->tabCount() == 0 && !m_document->isOpening())
        Q_EMIT nothingRestored(); // every tab's database was gone
}

// A server tab: the server is asked on the thread pool first (it may take connect_timeout to
// answer, or not answer), so a server that is away never freezes the window at startup.
void DocumentTabs::reachServer(int entry, const QString &uri)
{
    runOnPool(
        this,
        [uri] {
            const DatabaseInfo info = Database::prepare(uri, Database::Open::Existing);
            return info.isOpen() ? QString() : info.error.userMessage();
        },
        [this, entry, uri](const QString &problem) { onServerReached(entry, uri, problem); });
}

void DocumentTabs::onServerReached(int entry, const QString &uri, const QString &problem)
{
    if (!m_restoring || m_restoring->asking != entry)
        return; // restoring ended meanwhile
    if (problem.isEmpty() && holdWhileBusy())
        return;
    const int i = std::exchange(m_restoring->asking, -1);
    if (!problem.isEmpty()) {
        m_document->showMessage(
            tr("%1 was not opened again: %2").arg(PgConnection::shown(uri), problem), 15000);
    } else if (m_document->openInNewTab(uri, m_restoring->tables.value(i),
                                        DocumentController::Server::Answered)) {
        if (m_document->isOpening()) {
            m_restoring->waiting = i;
            return;
        }
        if (i == m_restoring->current)
            m_restoring->shown = m_document->currentTab();
    }
    continueRestoring();
}

// The user's own open comes first (a server asked, a file backed up), and what follows it: a
// switch that waits for the edits of the tab it replaces, a question. Restoring goes on at
// openingEnded(), or, while the controller is busy with something else or a dialog is up, after
// a moment.
bool DocumentTabs::holdWhileBusy()
{
    if (m_document->isFree() && !QApplication::activeModalWidget())
        return false;
    m_restoring->held = true;
    if (!m_document->isOpening())
        QTimer::singleShot(retryMs, this, &DocumentTabs::onOpeningEnded);
    return true;
}

void DocumentTabs::onOpeningEnded()
{
    if (!m_restoring || !m_restoring->held || holdWhileBusy())
        return;
    m_restoring->held = false;
    // A server that answered while the user's open was under way is asked again: it may have
    // gone since, and its tab then opens on the GUI thread.
    if (m_restoring->asking >= 0)
        reachServer(m_restoring->asking, m_restoring->paths.value(m_restoring->asking));
    else
        continueRestoring();
}

void DocumentTabs::onRestoredFileOpened(bool opened)
{
    // While a server is asked, what opens is something the user opened meanwhile.
    if (!m_restoring || m_restoring->waiting < 0 || m_restoring->asking >= 0)
        return;
    if (opened && m_restoring->waiting == m_restoring->current)
        m_restoring->shown = m_document->currentTab();
    m_restoring->waiting = -1;
    QTimer::singleShot(0, this, &DocumentTabs::continueRestoring);
}

} // namespace rowbook

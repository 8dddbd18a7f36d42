#include "mainwindow.h"

#include "autosaver.h"
#include "celldock.h"
#include "conflictnavigator.h"
#include "consoleactions.h"
#include "damagedfilebar.h"
#include "documentcontroller.h"
#include "editactions.h"
#include "editstore.h"
#include "fileactions.h"
#include "filterheader.h"
#include "foreignkeyjump.h"
#include "panenavigator.h"
#include "recordform.h"
#include "rowcounter.h"
#include "savestatus.h"
#include "settings.h"
#include "structuredock.h"
#include "tableactions.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "tablepane.h"
#include "undohistory.h"
#include "viewactions.h"
#include "windowquestions.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

namespace rowbook {

namespace {

const auto tabPathsKey = QStringLiteral("window/tabPaths");
const auto tabTablesKey = QStringLiteral("window/tabTables");
const auto currentTabKey = QStringLiteral("window/currentTab");

QString noTablesText()
{
    return MainWindow::tr("This database has no tables yet. Create one with Table → New Table… or "
                          "import a CSV or JSON file with File → Import…");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_questions(std::make_unique<WindowQuestions>(this))
    , m_document(std::make_unique<DocumentController>(m_questions.get()))
    , m_tables(new TableList)
    , m_pane(new TablePane)
    , m_view(m_pane->view())
    , m_filterHeader(m_pane->filterHeader())
    , m_form(new RecordForm)
    , m_splitter(new QSplitter)
    , m_saveStatus(new SaveStatus)
    , m_historyDock(new QDockWidget(tr("Undo History"), this))
    , m_historyView(new QUndoView)
    , m_cellDock(new CellDock(this))
    , m_structureDock(new StructureDock(this))
    , m_editActions(new EditActions(this, m_view, statusBar()))
    , m_fileActions(new FileActions(this, m_document.get()))
    , m_tableActions(new TableActions(this, m_document.get()))
    , m_viewActions(new ViewActions(this, m_document.get()))
    , m_consoleActions(new ConsoleActions(this, m_document.get()))
{
    m_historyDock->setObjectName(QStringLiteral("undoHistory"));
    m_historyView->setEmptyLabel(tr("<original>"));
    m_historyDock->setWidget(m_historyView);
    for (QDockWidget *dock : {m_historyDock, static_cast<QDockWidget *>(m_cellDock),
                              static_cast<QDockWidget *>(m_structureDock)}) {
        addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->hide();
    }
    setWindowTitle(tr("Rowbook"));

    m_tables->setMinimumWidth(160);
    // The form's minimum is its widest field (RecordForm wraps rows below their labels).
    createTabBar();
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_tabBar);
    centreLayout->addWidget(m_pane);
    m_splitter->addWidget(m_tables);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_form);
    // Every pane stretches: QSplitter then resizes them in proportion to their sizes, so that a
    // narrower window takes from the side panes too instead of squeezing the grid alone.
    for (int pane = 0; pane < m_splitter->count(); ++pane)
        m_splitter->setStretchFactor(pane, 1);
    m_splitter->setSizes({200, 760, 340});
    setCentralWidget(m_splitter);
    m_damagedBar = DamagedFileBar::install(this);
    connect(m_damagedBar, &DamagedFileBar::openRequested, this,
            [this](const QString &path) { m_document->switchTo(path); });

    statusBar()->addPermanentWidget(m_pane->readOnlyLabel());
    statusBar()->addPermanentWidget(m_pane->rowsLabel());
    statusBar()->addPermanentWidget(m_saveStatus);

    createActions();
    connectDocument();
    connect(m_tables, &TableList::tableSelected, this, &MainWindow::showTable);
    connect(m_tables, &TableList::newTabRequested, this, &MainWindow::openInNewTab);
    connect(m_pane, &TablePane::rowsCounted, m_tables, &TableList::setRowCount);
    new ForeignKeyJump(this);

    Settings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_toggleForm->setChecked(settings.value(QStringLiteral("window/form"), true).toBool());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->addTo(file);
    m_consoleActions->addFileActions(file);
    file->addSeparator();
    m_newTab = file->addAction(tr("Ne&w Tab"), this, [this] {
        if (workspace())
            openInNewTab(workspace()->model()->tableName());
    });
    m_newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_newTab->setToolTip(tr("Opens the table on screen again in a tab of its own; choose another "
                            "table or file in it."));
    m_closeTab = file->addAction(tr("Close T&ab"), this, [this] {
        if (!tableChangeRuns())
            m_document->closeTab(m_document->currentTab());
    });
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    m_saveNow = file->addAction(tr("&Save Now"), m_document.get(), &DocumentController::saveNow);
    m_saveNow->setShortcut(QKeySequence::Save);
    m_saveNow->setToolTip(tr("Edits are saved automatically; this saves them right away."));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editActions->addTo(edit, toolbar);
    edit->addAction((new ConflictNavigator(m_view, statusBar(), this))->action());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *table = menuBar()->addMenu(tr("&Table"));
    m_tableActions->addTo(table);
    m_tableActions->setBackups(m_fileActions->backups());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_viewActions->addTo(view, help, toolbar,
                         {m_tables, m_pane, m_form, m_historyDock, {m_cellDock, m_structureDock}});
    m_toggleForm = m_viewActions->formToggle();
    m_consoleActions->addTo(view);
    view->addSeparator();
    QAction *nextTab = view->addAction(tr("Next Ta&b"), this, [this] { stepTab(1); });
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    nextTab->setToolTip(tr("With one tab, the next table."));
    QAction *previousTab = view->addAction(tr("Previous Tab"), this, [this] { stepTab(-1); });
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
    connect(m_viewActions, &ViewActions::refreshRequested, this, &MainWindow::refresh);
}

void MainWindow::updateActions()
{
    m_editActions->update();
    m_fileActions->update();
    m_tableActions->update();
    m_consoleActions->update();
    m_saveNow->setEnabled(workspace() != nullptr && !workspace()->isReadOnly());
    m_newTab->setEnabled(workspace() != nullptr && !m_document->isOpening());
    m_closeTab->setEnabled(m_document->tabCount() > 1);
    m_pane->setReadOnlyReason(m_document->readOnlyReason());
}

void MainWindow::connectDocument()
{
    DocumentController *document = m_document.get();
    connect(document, &DocumentController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(document, &DocumentController::problem, m_pane, &TablePane::showMessage);
    connect(document, &DocumentController::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(document, &DocumentController::workspaceClosing, this, [this] {
        m_view->setModel(nullptr);
        m_form->setModel(nullptr);
        m_editActions->setWorkspace(nullptr); // the workspace goes before the next one comes
        m_tableActions->setWorkspace(nullptr);
        m_historyView->setGroup(nullptr);
        m_saveStatus->setSource(nullptr, nullptr);
    });
    connect(document, &DocumentController::opened, this, &MainWindow::onOpened);
    connect(document, &DocumentController::aboutToRelease, m_pane, &TablePane::commitEditor);
    connect(document, &DocumentController::saveFinished, this,
            [this] { m_form->setCurrentRow(m_view->currentIndex().row()); });
    connect(document, &DocumentController::closeReady, this, &QWidget::close);
    connect(document, &DocumentController::damaged, this, [this](const QString &path) {
        updateActions();
        m_damagedBar->showFor(path);
    });
    connect(document, &DocumentController::tablesChanged, this, &MainWindow::refreshTables);
    connect(document, &DocumentController::tableRequested, this, &MainWindow::showTable);
    connect(document, &DocumentController::schemaReloadRequested, this, &MainWindow::reloadSchema);
    connect(document, &DocumentController::tabsChanged, this, &MainWindow::syncTabs);
    connect(document, &DocumentController::tabActivated, this, &MainWindow::onTabActivated);
    connect(document, &DocumentController::tabLeaving, this, &MainWindow::keepTabView);
    connect(document, &DocumentController::opened, this, [this] { onRestoredFileOpened(true); });
    connect(document, &DocumentController::problem, this, [this] { onRestoredFileOpened(false); });
}

void MainWindow::onWorkspaceChanged(Workspace *workspace)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_workspaceConnections))
        disconnect(connection); // the previous tab's workspace may live on
    m_workspaceConnections.clear();
    TableModel *model = workspace->model();
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    m_pane->setModel(model);
    if (oldSelection && oldSelection != m_view->selectionModel())
        oldSelection->deleteLater(); // QAbstractItemView leaves it to us
    m_form->setModel(model);
    m_cellDock->setView(m_view);
    m_structureDock->setModel(model);
    m_saveStatus->setSource(workspace->autoSaver(), workspace->edits());
    m_historyView->setGroup(workspace->undo()->group());
    m_editActions->setWorkspace(workspace);
    m_tableActions->setWorkspace(workspace);
    m_workspaceConnections << connect(m_view->selectionModel(),
                                      &QItemSelectionModel::currentChanged, this,
                                      &MainWindow::onCurrentRowChanged);
    m_workspaceConnections << connect(model, &QAbstractItemModel::layoutChanged, this,
                                      &MainWindow::onCurrentRowChanged); // rows moved
    m_workspaceConnections << connect(workspace->counter(), &RowCounter::counted, m_tables,
                                      &TableList::setRowCount);
}

void MainWindow::onOpened(const QString &table)
{
    m_damagedBar->fileOpened(workspace()->info().path);
    updateTitle();
    if (!listTables(noTablesText()))
        return;
    if (!showTable(m_document->startTable(table))) {
        if (!table.isEmpty())
            statusBar()->showMessage(tr("There is no table named “%1”.").arg(table), 8000);
        showTable(workspace()->objects().first().name);
    }
}

void MainWindow::refreshTables()
{
    if (!workspace())
        return;
    m_tables->setObjects(m_document->listTables());
    if (workspace()->model()->tableInfo().isValid())
        m_tables->select(workspace()->model()->tableName());
}

bool MainWindow::listTables(const QString &noneMessage)
{
    refreshTables();
    if (m_tables->topLevelItemCount() > 0)
        return true;
    m_pane->showMessage(noneMessage);
    updateActions();
    return false;
}

void MainWindow::reloadSchema(const QString &table)
{
    TableModel *model = workspace()->model();
    const QString shown = model->tableName();
    const TablePane::Place place = m_pane->place();
    if (!listTables(tr("This database has no tables yet.")))
        return;
    const QString target = table.isEmpty() ? workspace()->objects().first().name : table;
    if (target != shown) {
        showTable(target);
        return;
    }
    model->setTable(target); // re-reads the columns (showTable() returns early for the same name)
    m_pane->resetColumns();
    m_tables->select(target);
    m_pane->restore(place, TablePane::Scroll::Keep);
    updateActions();
}

bool MainWindow::showTable(const QString &name)
{
    if (!workspace() || name.isEmpty())
        return false;
    if (workspace()->model()->tableName() == name)
        return true;
    if (!m_document->setTable(name))
        return false;
    m_tables->select(name);
    m_viewActions->clearSearch();
    m_pane->showNewTable();
    if (workspace()->model()->rowCount() == 0)
        m_form->setCurrentRow(-1);
    m_pane->updateRowsLabel();
    updateActions();
    syncTabs();
    return true;
}

void MainWindow::onCurrentRowChanged()
{
    m_form->setCurrentRow(m_view->currentIndex().row());
    updateActions();
}

void MainWindow::refresh()
{
    if (!workspace())
        return;
    const TablePane::Place place = m_pane->place();
    refreshTables();
    workspace()->model()->refresh();
    m_pane->restore(place, TablePane::Scroll::Leave);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->requestClose()) {
        event->ignore(); // closeReady() closes the window once the edits are saved
        return;
    }
    saveTabs();
    Settings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/form"), m_toggleForm->isChecked());
    event->accept();
}

void MainWindow::updateTitle()
{
    const DatabaseInfo &info = workspace()->info();
    setWindowFilePath(info.path);
    const QString fileName = QFileInfo(info.path).fileName();
    setWindowTitle(info.readOnly ? tr("%1 — Rowbook [read-only]").arg(fileName)
                                 : tr("%1 — Rowbook").arg(fileName));
}

void MainWindow::createTabBar()
{
    m_tabBar = new QTabBar;
    m_tabBar->setObjectName(QStringLiteral("documentTabs"));
    m_tabBar->setAccessibleName(tr("Open tables"));
    m_tabBar->setDocumentMode(true);
    m_tabBar->setTabsClosable(true);
    m_tabBar->setExpanding(false);
    m_tabBar->setElideMode(Qt::ElideMiddle);
    m_tabBar->setAutoHide(true);           // one tab: no bar
    m_tabBar->setFocusPolicy(Qt::NoFocus); // Ctrl+Tab and Ctrl+W, not Tab, reach it
    connect(m_tabBar, &QTabBar::currentChanged, this, &MainWindow::onTabClicked);
    connect(m_tabBar, &QTabBar::tabCloseRequested, this,
            [this](int index) { m_document->closeTab(index); });
}

void MainWindow::syncTabs()
{
    const QSignalBlocker blocker(m_tabBar);
    const int count = m_document->tabCount();
    while (m_tabBar->count() > count)
        m_tabBar->removeTab(m_tabBar->count() - 1);
    while (m_tabBar->count() < count)
        m_tabBar->addTab(QString());
    QSet<QString> paths;
    for (int i = 0; i < count; ++i)
        paths.insert(m_document->tab(i)->info().path);
    QHash<const Workspace *, TabView> kept;
    for (int i = 0; i < count; ++i) {
        const Workspace *tab = m_document->tab(i);
        const QString path = tab->info().path;
        const QString file = QFileInfo(path).fileName();
        const QString table = tab->model()->tableName();
        QString text = table.isEmpty() ? file : table;
        if (paths.size() > 1 && !table.isEmpty()) // tabs of several files say which is which
            text = tr("%1 · %2").arg(table, file);
        m_tabBar->setTabText(i, text.replace(QLatin1Char('&'), QStringLiteral("&&")));
        m_tabBar->setTabToolTip(i, table.isEmpty()
                                       ? QDir::toNativeSeparators(path)
                                       : tr("%1 in %2").arg(table, QDir::toNativeSeparators(path)));
        if (m_tabViews.contains(tab))
            kept.insert(tab, m_tabViews.value(tab));
    }
    m_tabViews = kept; // closed tabs are forgotten
    m_tabBar->setCurrentIndex(m_document->currentTab());
    updateActions();
}

void MainWindow::keepTabView()
{
    if (!workspace() || !workspace()->model()->tableInfo().isValid())
        return;
    m_pane->commitEditor();
    if (m_form->isAncestorOf(QApplication::focusWidget()))
        m_view->setFocus(); // the form's field loses the focus: what was typed in it is saved
    m_filterHeader->applyPending(); // typed just before: it belongs to this tab
    TabView view;
    view.filters = m_filterHeader->state();
    view.sortColumn = m_view->horizontalHeader()->sortIndicatorSection();
    view.sortOrder = m_view->horizontalHeader()->sortIndicatorOrder();
    view.place = m_pane->place();
    m_tabViews.insert(workspace(), view);
}

bool MainWindow::tableChangeRuns()
{
    if (!m_tableActions->isBusy())
        return false;
    // The change and its undo entry belong to the tab on screen: it stays until they are done.
    statusBar()->showMessage(tr("The tabs stay as they are until the table change is saved."),
                             5000);
    return true;
}

void MainWindow::onTabClicked(int index)
{
    if (index < 0 || index == m_document->currentTab())
        return;
    if (!tableChangeRuns())
        m_document->activateTab(index);
    syncTabs(); // the bar shows the current tab, also when it stayed
}

void MainWindow::onTabActivated(Workspace *workspace)
{
    updateTitle();
    m_damagedBar->fileOpened(workspace->info().path);
    const TabView view = m_tabViews.value(workspace);
    {
        const QSignalBlocker blocker(m_viewActions->searchBox());
        m_viewActions->searchBox()->setText(view.filters.search);
    }
    if (listTables(noTablesText()) && workspace->model()->tableInfo().isValid()) {
        m_pane->showKept(view.filters, view.sortColumn, view.sortOrder, view.place);
        m_form->setCurrentRow(m_view->currentIndex().row());
    }
    updateActions();
    syncTabs();
}

void MainWindow::openInNewTab(const QString &table)
{
    if (!workspace())
        return;
    if (tableChangeRuns())
        return;
    m_document->openInNewTab(workspace()->info().path, table);
}

void MainWindow::stepTab(int step)
{
    const int count = m_document->tabCount();
    if (count < 2) { // one tab: Ctrl+Tab moves between tables, as it did before tabs
        if (auto *navigator = findChild<PaneNavigator *>())
            navigator->switchTable(step);
        return;
    }
    onTabClicked((m_document->currentTab() + step + count) % count);
}

void MainWindow::saveTabs()
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

bool MainWindow::restoreTabs()
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
    return m_document->tabCount() > 0 || m_document->isOpening();
}

// One tab after the other: a file that is backed up before its upgrade opens later (opened()),
// and the next tab waits for it.
void MainWindow::continueRestoring()
{
    if (!m_restoring)
        return;
    Restoring &restoring = *m_restoring;
    while (restoring.next < restoring.paths.size()) {
        const int i = restoring.next++;
        const QString path = restoring.paths[i];
        if (!QFileInfo::exists(path))
            continue; // a file that is gone (or was never made) stays closed
        const bool first = m_document->tabCount() == 0;
        if (!(first ? m_document->open(path, restoring.tables.value(i))
                    : m_document->openInNewTab(path, restoring.tables.value(i))))
            continue;
        if (m_document->isOpening()) {
            restoring.waiting = i;
            return; // continues once it opened or could not be opened
        }
        if (i == restoring.current)
            restoring.shown = m_document->currentTab();
    }
    const int shown = restoring.shown;
    m_restoring.reset();
    if (shown >= 0)
        onTabClicked(shown);
}

void MainWindow::onRestoredFileOpened(bool opened)
{
    if (!m_restoring || m_restoring->waiting < 0)
        return;
    if (opened && m_restoring->waiting == m_restoring->current)
        m_restoring->shown = m_document->currentTab();
    m_restoring->waiting = -1;
    QTimer::singleShot(0, this, &MainWindow::continueRestoring);
}

} // namespace rowbook

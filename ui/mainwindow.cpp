#include "mainwindow.h"

#include "celldock.h"
#include "conflictnavigator.h"
#include "consoleactions.h"
#include "damagedfilebar.h"
#include "database.h"
#include "documentcontroller.h"
#include "documenttabs.h"
#include "editactions.h"
#include "emptyfilteroverlay.h"
#include "fileactions.h"
#include "foreignkeyjump.h"
#include "gridview.h"
#include "indexofferbar.h"
#include "pgconnection.h"
#include "recordform.h"
#include "savestatus.h"
#include "screenfit.h"
#include "settings.h"
#include "structuredock.h"
#include "tableactions.h"
#include "tablebrowser.h"
#include "tablelist.h"
#include "tablepane.h"
#include "viewactions.h"
#include "windowquestions.h"
#include "workspace.h"
#include "workspaceviews.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace rowbook {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_questions(std::make_unique<WindowQuestions>(this))
    , m_document(std::make_unique<DocumentController>(m_questions.get()))
    , m_tables(new TableList)
    , m_pane(new TablePane)
    , m_view(m_pane->view())
    , m_form(new RecordForm)
    , m_splitter(new QSplitter)
    , m_saveStatus(new SaveStatus)
    , m_historyDock(new QDockWidget(tr("Undo History"), this))
    , m_historyView(new QUndoView)
    , m_cellDock(new CellDock(this))
    , m_structureDock(new StructureDock(this))
    , m_editActions(new EditActions(this, m_view, m_document.get()))
    , m_fileActions(new FileActions(this, m_document.get()))
    , m_tableActions(new TableActions(this, m_document.get()))
    , m_viewActions(new ViewActions(this, m_document.get()))
    , m_consoleActions(new ConsoleActions(this, m_document.get()))
    , m_tabs(
          new DocumentTabs(this, m_document.get(), {m_pane, m_form, m_viewActions, m_tableActions}))
    , m_browser(new TableBrowser(this, m_document.get(), {m_tables, m_pane, m_form, m_viewActions}))
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
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_indexOffer = new IndexOfferBar(m_view);
    m_views = new WorkspaceViews(this, {m_pane, m_form, m_tables, m_cellDock, m_structureDock,
                                        m_saveStatus, m_historyView, m_editActions, m_tableActions,
                                        m_indexOffer});
    centreLayout->addWidget(m_tabs->bar());
    centreLayout->addWidget(m_indexOffer);
    centreLayout->addWidget(m_pane);
    connect(m_indexOffer, &IndexOfferBar::createRequested, this,
            [this](const QString &table, const QString &column, QString *index) {
                *index = m_tableActions->createIndex(table, column);
            });
    connect(m_tableActions, &TableActions::indexFinished, m_indexOffer, &IndexOfferBar::onCreated);
    connect(m_tableActions, &TableActions::indexesChanged, m_structureDock,
            &StructureDock::refresh);
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
    connect(m_tables, &TableList::newTabRequested, m_tabs, &DocumentTabs::openInNewTab);
    connect(m_tabs, &DocumentTabs::changed, this, &MainWindow::updateActions);
    connect(m_tabs, &DocumentTabs::nothingRestored, this,
            [this] { openDatabase(Database::defaultPath()); });
    connect(m_browser, &TableBrowser::changed, this, &MainWindow::updateActions);
    connect(m_browser, &TableBrowser::tableShown, m_tabs, &DocumentTabs::sync);
    new ForeignKeyJump(this);

    Settings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_toggleForm->setChecked(settings.value(QStringLiteral("window/form"), true).toBool());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // 1280x800 where there is room; within the screen on a small one.
        resizeWithinScreen(this, QSize(1280, 800));
    }
    updateActions();
}

MainWindow::~MainWindow() = default;

bool MainWindow::showTable(const QString &name)
{
    return m_browser->showTable(name);
}

void MainWindow::reloadSchema(const QString &table)
{
    m_browser->reloadSchema(table);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->addTo(file);
    m_consoleActions->addFileActions(file);
    file->addSeparator();
    m_tabs->addFileActions(file);
    file->addSeparator();
    m_saveNow = file->addAction(tr("&Save Now"), this, [this] {
        m_pane->view()->commitOpenEditor(); // what is being typed is saved too
        m_form->commitTyping();
        m_document->saveNow();
    });
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
    m_viewActions->emptyOverlay()->setAddRowAction(m_editActions->addRowAction());
    m_consoleActions->addTo(view);
    view->addSeparator();
    m_tabs->addViewActions(view);
}

void MainWindow::updateActions()
{
    m_editActions->update();
    m_fileActions->update();
    m_tableActions->update();
    m_consoleActions->update();
    m_saveNow->setEnabled(workspace() != nullptr && !workspace()->isReadOnly());
    m_tabs->update();
    m_pane->setReadOnlyReason(m_document->readOnlyReason());
}

void MainWindow::connectDocument()
{
    DocumentController *document = m_document.get();
    connect(document, &DocumentController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(document, &DocumentController::statusMessageWithdrawn, this,
            [this](const QString &text) {
                if (statusBar()->currentMessage() == text)
                    statusBar()->clearMessage();
            });
    connect(document, &DocumentController::problem, m_pane, &TablePane::showMessage);
    connect(document, &DocumentController::waiting, m_pane, &TablePane::showMessage);
    connect(m_pane->view(), &GridView::editRefused, this,
            [this](const QString &why) { statusBar()->showMessage(why, 8000); });
    connect(document, &DocumentController::workspaceChanged, m_views, &WorkspaceViews::attach);
    connect(document, &DocumentController::workspaceClosing, m_views, &WorkspaceViews::detach);
    connect(m_views, &WorkspaceViews::changed, this, &MainWindow::updateActions);
    connect(document, &DocumentController::opened, this, &MainWindow::onOpened);
    connect(document, &DocumentController::aboutToRelease, m_pane, &TablePane::commitEditor);
    connect(document, &DocumentController::saveFinished, m_views, &WorkspaceViews::showCurrentRow);
    connect(document, &DocumentController::closeReady, this, &QWidget::close);
    connect(document, &DocumentController::damaged, this, [this](const QString &path) {
        updateActions();
        m_damagedBar->showFor(path);
    });
    connect(document, &DocumentController::tabActivated, this, &MainWindow::onTabActivated);
}

void MainWindow::onOpened(const QString &table)
{
    m_damagedBar->fileOpened(workspace()->info().path);
    updateTitle();
    m_browser->showOpened(table);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->requestClose()) {
        event->ignore(); // closeReady() closes the window once the edits are saved
        return;
    }
    m_tabs->save();
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
    const QString fileName = PgConnection::shortName(info.path);
    setWindowTitle(info.readOnly ? tr("%1 — Rowbook [read-only]").arg(fileName)
                                 : tr("%1 — Rowbook").arg(fileName));
}

void MainWindow::onTabActivated(Workspace *workspace)
{
    updateTitle();
    m_damagedBar->fileOpened(workspace->info().path);
    if (m_browser->listTables())
        m_tabs->showKept(workspace);
    else
        m_viewActions->clearSearch();
    updateActions();
    m_tabs->sync();
}

} // namespace rowbook

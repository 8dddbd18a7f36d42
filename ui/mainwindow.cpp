#include "mainwindow.h"

#include "autosaver.h"
#include "celldelegate.h"
#include "celldock.h"
#include "conflictnavigator.h"
#include "damagedfilebar.h"
#include "editactions.h"
#include "editstore.h"
#include "emptyfilteroverlay.h"
#include "fileactions.h"
#include "filterheader.h"
#include "foreignkeyjump.h"
#include "gridcolumns.h"
#include "logging.h"
#include "openquestion.h"
#include "panenavigator.h"
#include "recordform.h"
#include "recoveryprompt.h"
#include "rowcounter.h"
#include "savestatus.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "structuredock.h"
#include "tableactions.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "undohistory.h"
#include "unsavedprompt.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

namespace rowbook {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tables(new TableList)
    , m_center(new QStackedWidget)
    , m_message(new QLabel)
    , m_view(new QTableView)
    , m_filterHeader(new FilterHeader)
    , m_search(new QLineEdit)
    , m_form(new RecordForm)
    , m_splitter(new QSplitter)
    , m_saveStatus(new SaveStatus)
    , m_rowsLabel(new QLabel)
    , m_readOnlyLabel(new QLabel)
    , m_historyDock(new QDockWidget(tr("Undo History"), this))
    , m_historyView(new QUndoView)
    , m_cellDock(new CellDock(this))
    , m_structureDock(new StructureDock(this))
    , m_editActions(new EditActions(this, m_view, statusBar()))
    , m_fileActions(new FileActions(this))
    , m_tableActions(new TableActions(this))
{
    setAcceptDrops(true);
    m_historyDock->setObjectName(QStringLiteral("undoHistory"));
    m_historyView->setEmptyLabel(tr("<original>"));
    m_historyDock->setWidget(m_historyView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_cellDock), static_cast<QDockWidget *>(m_structureDock)}) {
        addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->hide();
    }
    setWindowTitle(tr("Rowbook"));
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setHorizontalHeader(m_filterHeader);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_center->addWidget(m_view);
    m_center->addWidget(m_message);

    m_tables->setMinimumWidth(160);
    m_form->setMinimumWidth(260);
    m_splitter->addWidget(m_tables);
    m_splitter->addWidget(m_center);
    m_splitter->addWidget(m_form);
    // Every pane stretches: QSplitter then resizes them in proportion to their sizes, so that a
    // narrower window takes from the side panes too instead of squeezing the grid alone.
    for (int pane = 0; pane < m_splitter->count(); ++pane)
        m_splitter->setStretchFactor(pane, 1);
    m_splitter->setSizes({200, 760, 340});
    setCentralWidget(m_splitter);
    m_damagedBar = DamagedFileBar::install(this);
    connect(m_damagedBar, &DamagedFileBar::openRequested, this,
            [this](const QString &path) { switchDatabase(path); });

    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_readOnlyLabel->hide();
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_rowsLabel);
    statusBar()->addPermanentWidget(m_saveStatus);

    createActions();
    connect(m_tables, &TableList::tableSelected, this, &MainWindow::showTable);
    new ForeignKeyJump(this);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MainWindow::updateRowsLabel);

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
    file->addSeparator();
    m_saveNow = file->addAction(tr("&Save Now"), this, [this] {
        if (m_workspace)
            m_workspace->autoSaver()->saveNow();
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
    m_toggleForm = view->addAction(QIcon(QStringLiteral(":/icons/form.svg")), tr("Edit &Form"));
    m_toggleForm->setCheckable(true);
    m_toggleForm->setShortcut(QKeySequence(Qt::Key_F4));
    connect(m_toggleForm, &QAction::toggled, m_form, &QWidget::setVisible);
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    view->addAction(history);
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    view->addAction(m_cellDock->toggleViewAction());
    view->addAction(m_structureDock->toggleViewAction());

    QMenu *table = menuBar()->addMenu(tr("&Table"));
    m_tableActions->addTo(table);
    m_tableActions->setBackups(m_fileActions->backups());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Rowbook"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(this).exec(); });

    toolbar->addSeparator();
    toolbar->addAction(m_toggleForm);
    toolbar->addSeparator();
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search all columns (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_filterHeader, &FilterHeader::setGlobalSearch);
    auto *noRows = new EmptyFilterOverlay(m_view, m_filterHeader);
    connect(noRows, &EmptyFilterOverlay::clearRequested, m_search, &QLineEdit::clear);
    QAction *find = view->addAction(tr("&Find"), m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    (new PaneNavigator(this, m_tables, m_view, m_filterHeader, m_form, m_toggleForm, m_search))
        ->addTo(view);
    ShortcutsDialog::showShortcutsInToolTips(toolbar);
    connect(m_filterHeader, &FilterHeader::hintChanged, this, [this](const QString &hint) {
        const QString notApplied = tr("Filter not applied — %1");
        if (!hint.isEmpty())
            statusBar()->showMessage(notApplied.arg(hint));
        else if (statusBar()->currentMessage().startsWith(notApplied.arg(QString())))
            statusBar()->clearMessage(); // only its own message: others stay until they expire
    });
}

void MainWindow::updateActions()
{
    TableModel *model = m_workspace ? m_workspace->model() : nullptr;
    m_editActions->update();
    m_fileActions->update();
    m_tableActions->update();
    m_saveNow->setEnabled(m_workspace != nullptr && !m_workspace->isReadOnly());
    const QString reason = !model                      ? QString()
                           : m_workspace->isReadOnly() ? m_workspace->readOnlyReason()
                           : model->tableInfo().isView ? tr("Views are read-only.")
                           : !model->tableInfo().isEditable()
                               ? tr("Tables without rowid are read-only for now.")
                               : QString();
    m_readOnlyLabel->setText(reason.isEmpty() ? QString() : tr("Read-only: %1").arg(reason));
    m_readOnlyLabel->setVisible(!reason.isEmpty());
}

bool MainWindow::openDatabase(const QString &path, const QString &table)
{
    const std::optional<Database::Open> mode = askOpenMode(this, path);
    if (!mode) {
        if (!m_workspace) {
            m_message->setText(
                tr("No database is open: %1 was not created.").arg(QDir::toNativeSeparators(path)));
            m_center->setCurrentWidget(m_message);
        }
        return false;
    }
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path, {}, *mode)) {
        m_message->setText(
            tr("Rowbook could not open %1.\n\n%2")
                .arg(QDir::toNativeSeparators(path), workspace->info().error.userMessage()));
        m_center->setCurrentWidget(m_message);
        statusBar()->showMessage(workspace->info().error.detail);
        return false;
    }
    // The views move to the new model before the old workspace (and its model) goes away.
    std::swap(m_workspace, workspace);
    TableModel *model = m_workspace->model();
    m_view->setModel(model);
    m_filterHeader->setTableModel(model);
    m_form->setModel(model);
    m_cellDock->setView(m_view);
    m_structureDock->setModel(model);
    m_saveStatus->setSource(m_workspace->autoSaver(), m_workspace->edits());
    m_historyView->setGroup(m_workspace->undo()->group());
    m_editActions->setWorkspace(m_workspace.get());
    m_tableActions->setWorkspace(m_workspace.get());
    workspace.reset();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRowsLabel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRowsLabel);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateRowsLabel);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateRowsLabel);
    connect(model, &QAbstractItemModel::layoutChanged, this,
            &MainWindow::onCurrentRowChanged); // rows moved
    connect(model, &TableModel::loadingChanged, this, &MainWindow::updateRowsLabel);
    connect(model, &TableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_workspace->autoSaver(), &AutoSaver::outcome, this, &MainWindow::onSaveFinished);
    connect(m_workspace->counter(), &RowCounter::counted, m_tables, &TableList::setRowCount);
    connect(m_workspace.get(), &Workspace::changedElsewhere, this, &MainWindow::refreshTables);
    connect(m_workspace.get(), &Workspace::checked, this, [this](bool ok, const QString &problem) {
        if (!ok) {
            statusBar()->showMessage(tr("The file is damaged: %1").arg(problem));
            updateActions();
            m_damagedBar->showFor(m_workspace->info().path);
        }
    });

    offerRecovery(this, m_workspace.get());
    const DatabaseInfo &info = m_workspace->info();
    m_damagedBar->fileOpened(info.path);
    FileActions::remember(info.path);
    setWindowFilePath(info.path);
    setWindowTitle(
        tr("%1 — Rowbook%2")
            .arg(QFileInfo(info.path).fileName(), info.readOnly ? tr(" [read-only]") : QString()));
    if (info.readOnly)
        statusBar()->showMessage(tr("Opened read-only: %1").arg(info.readOnlyReason));
    refreshTables();
    if (m_tables->topLevelItemCount() == 0) {
        m_message->setText(tr("This database has no tables yet. Create one with Table → New Table… "
                              "or import a CSV or JSON file with File → Import…"));
        m_center->setCurrentWidget(m_message);
        updateActions();
        return true;
    }
    QString start = table;
    if (start.isEmpty())
        start = Settings().value(Settings::lastTableKey(info.path)).toString();
    if (!showTable(start)) {
        if (!table.isEmpty())
            statusBar()->showMessage(tr("There is no table named “%1”.").arg(table), 8000);
        showTable(m_workspace->objects().first().name);
    }
    return true;
}

void MainWindow::refreshTables()
{
    if (!m_workspace)
        return;
    const auto objects = m_workspace->objects();
    m_tables->setObjects(objects);
    QStringList names;
    for (const Catalog::Entry &entry : objects)
        names << entry.name;
    m_workspace->counter()->count(names); // the counts arrive one by one, off the GUI thread
    if (m_workspace->model()->tableInfo().isValid())
        m_tables->select(m_workspace->model()->tableName());
}

void MainWindow::switchDatabase(const QString &path, const QString &table)
{
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->info().path) {
        showTable(table);
        return;
    }
    m_after = After::Switch;
    m_switchPath = path;
    m_switchTable = table;
    if (!releaseWorkspace())
        return; // continues in onSaveFinished()
    m_after = After::Nothing;
    openDatabase(path, table);
}

void MainWindow::reopenDatabase()
{
    if (!m_workspace)
        return;
    const QString path = m_workspace->info().path;
    const QString table = m_workspace->model()->tableName();
    m_view->setModel(nullptr);
    m_form->setModel(nullptr);
    m_workspace.reset(); // every connection to the old content is closed first
    openDatabase(path, table);
}

void MainWindow::reloadSchema(const QString &table)
{
    TableModel *model = m_workspace->model();
    const QString shown = model->tableName();
    const QModelIndex current = m_view->currentIndex();
    const qint64 key = current.isValid() ? model->keyAt(current.row()) : 0;
    const QString column
        = current.isValid() ? model->tableInfo().columns.value(current.column()).name : QString();
    const int scroll = m_view->verticalScrollBar()->value();
    refreshTables();
    if (m_tables->topLevelItemCount() == 0) {
        m_message->setText(tr("This database has no tables yet."));
        m_center->setCurrentWidget(m_message);
        updateActions();
        return;
    }
    const QString target = table.isEmpty() ? m_workspace->objects().first().name : table;
    if (target != shown) {
        showTable(target);
        return;
    }
    model->setTable(target); // re-reads the columns (showTable() returns early for the same name)
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // setTable() unsorted it
    m_filterHeader->clearFilters();                                       // and unfiltered it
    m_filterHeader->setTableModel(model);
    GridColumns::fitToContents(m_view); // the changed columns came back at the default width
    m_tables->select(target);
    auto restore = [this, model, key, column, scroll] {
        const int row = model->rowForKey(key);
        const int col = std::max(0, model->tableInfo().columnIndex(column));
        m_view->verticalScrollBar()->setValue(scroll);
        if (row >= 0)
            m_view->setCurrentIndex(model->index(row, col));
    };
    if (model->isLoading())
        connect(model, &TableModel::loadingChanged, this, restore, Qt::SingleShotConnection);
    else
        restore();
    updateActions();
}

bool MainWindow::showTable(const QString &name)
{
    if (!m_workspace || name.isEmpty())
        return false;
    TableModel *model = m_workspace->model();
    if (model->tableName() == name)
        return true;
    if (!model->setTable(name)) {
        if (!model->lastError().isEmpty() && model->tableInfo().isValid())
            statusBar()->showMessage(model->lastError());
        return false;
    }
    m_center->setCurrentWidget(m_view);
    m_tables->select(name);
    qCDebug(lcUi, "showing table %s of %s", qUtf8Printable(name),
            qUtf8Printable(m_workspace->info().path));
    m_workspace->undo()->setActiveTable(name);
    m_filterHeader->clearFilters();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_filterHeader->setGlobalSearch(QString());
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    GridColumns::fitToContents(m_view);
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0, 0));
    else
        m_form->setCurrentRow(-1);
    Settings().setValue(Settings::lastTableKey(m_workspace->info().path), name);
    updateRowsLabel();
    updateActions();
    return true;
}

void MainWindow::onCurrentRowChanged()
{
    m_form->setCurrentRow(m_view->currentIndex().row());
    updateActions();
}

void MainWindow::updateRowsLabel()
{
    TableModel *model = m_workspace ? m_workspace->model() : nullptr;
    const QString loading = model && model->isLoading() ? tr(" — reading rows…") : QString();
    if (!model || model->rowCount() == 0) {
        m_rowsLabel->setText(model && model->tableInfo().isValid() ? tr("No rows") + loading
                                                                   : QString());
        return;
    }
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    const QLocale locale;
    QString text
        = tr("Rows %1–%2 of %3")
              .arg(locale.toString(first + 1), locale.toString(last + 1),
                   model->isLoading() && !model->isFiltered() ? tr("…")
                                                              : locale.toString(model->rowCount()));
    if (model->isFiltered() && model->unfilteredRowCount() >= 0)
        text += tr(" (filtered from %1)").arg(locale.toString(model->unfilteredRowCount()));
    m_rowsLabel->setText(text + loading);
    if (!model->tableInfo().isView && !model->isFiltered() && !model->isLoading())
        m_tables->setRowCount(model->tableName(), model->rowCount());
}

void MainWindow::refresh()
{
    if (!m_workspace)
        return;
    TableModel *model = m_workspace->model();
    const QModelIndex current = m_view->currentIndex();
    const qint64 key = current.isValid() ? model->keyAt(current.row()) : 0;
    const int column = std::max(0, current.column());
    refreshTables();
    model->refresh();
    auto restore = [this, model, key, column] {
        const int row = model->rowForKey(key);
        if (row >= 0)
            m_view->setCurrentIndex(model->index(row, column));
    };
    if (model->isLoading())
        connect(model, &TableModel::loadingChanged, this, restore, Qt::SingleShotConnection);
    else
        restore();
}

void MainWindow::onSaveFinished()
{
    m_form->setCurrentRow(m_view->currentIndex().row());
    const QString problem = m_workspace->autoSaver()->problem();
    if (!problem.isEmpty())
        statusBar()->showMessage(problem, 10000);
    if (m_after == After::Close)
        close();
    else if (m_after == After::Switch)
        switchDatabase(m_switchPath, m_switchTable);
}

bool MainWindow::releaseWorkspace()
{
    if (!m_workspace)
        return true;
    AutoSaver *saver = m_workspace->autoSaver();
    if (QWidget *focus = QApplication::focusWidget(); focus && m_view->isAncestorOf(focus))
        m_view->setFocus(); // the cell editor loses focus and commits what was typed
    m_workspace->journal()->flush();
    if (saver->isIdle() && m_workspace->edits()->pendingCount() == 0)
        return true;
    if (!UnsavedPrompt::triedEverything(m_workspace.get())) {
        statusBar()->showMessage(tr("Saving your edits first…"));
        saver->saveNow();
        return false;
    }
    switch (UnsavedPrompt::ask(this, m_workspace.get(), m_after == After::Close)) {
    case UnsavedPrompt::Choice::KeepForLater:
    case UnsavedPrompt::Choice::Discard:
        return true;
    case UnsavedPrompt::Choice::KeepTrying:
        saver->saveNow();
        return false;
    case UnsavedPrompt::Choice::Cancel:
        break;
    }
    m_after = After::Nothing;
    return false;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Rowbook"),
        tr("<h3>Rowbook %1</h3><p>Browse and edit local SQLite data.</p>"
           "<p>Qt %2, SQLite %3</p><p>Licensed under the MIT licence.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 m_workspace ? Database::scalar(m_workspace->reader(),
                                                QStringLiteral("SELECT sqlite_version()"))
                                   .toString()
                             : QString()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_after = After::Close;
    if (!releaseWorkspace()) {
        event->ignore(); // continues in onSaveFinished()
        return;
    }
    m_after = After::Nothing;
    Settings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/form"), m_toggleForm->isChecked());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && FileActions::canDrop(event->mimeData()->urls()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    event->acceptProposedAction();
    const QList<QUrl> urls = event->mimeData()->urls();
    // After the drop returns: opening a file may ask questions, which must not run inside it.
    QMetaObject::invokeMethod(
        this, [this, urls] { m_fileActions->drop(urls); }, Qt::QueuedConnection);
}

} // namespace rowbook

#include "mainwindow.h"

#include "autosaver.h"
#include "celldelegate.h"
#include "editstore.h"
#include "filterheader.h"
#include "recordform.h"
#include "recoveryprompt.h"
#include "savestatus.h"
#include "settings.h"
#include "tablelist.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

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
{
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
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 760, 340});
    setCentralWidget(m_splitter);

    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_readOnlyLabel->hide();
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_rowsLabel);
    statusBar()->addPermanentWidget(m_saveStatus);

    createActions();
    connect(m_tables, &TableList::tableSelected, this, &MainWindow::showTable);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::updateRowsLabel);

    Settings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_toggleForm->setChecked(settings.value(QStringLiteral("window/form"), true).toBool());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_addRow = edit->addAction(QIcon(QStringLiteral(":/icons/add-row.svg")), tr("&Add Row"), this, &MainWindow::addRow);
    m_addRow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicateRow = edit->addAction(QIcon(QStringLiteral(":/icons/duplicate-row.svg")), tr("D&uplicate Row"), this, &MainWindow::duplicateRow);
    m_duplicateRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteRows = edit->addAction(QIcon(QStringLiteral(":/icons/delete-row.svg")), tr("&Delete Rows"), this, &MainWindow::deleteRows);
    m_deleteRows->setShortcut(QKeySequence::Delete);
    m_deleteRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteRows);
    m_setNull = edit->addAction(tr("Set to &NULL"), this, &MainWindow::setSelectionNull);
    m_setNull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_view->addAction(m_setNull);
    m_view->addAction(m_duplicateRow);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_toggleForm = view->addAction(QIcon(QStringLiteral(":/icons/form.svg")), tr("Edit &Form"));
    m_toggleForm->setCheckable(true);
    m_toggleForm->setShortcut(QKeySequence(Qt::Key_F4));
    connect(m_toggleForm, &QAction::toggled, m_form, &QWidget::setVisible);
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Rowbook"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addRow);
    toolbar->addAction(m_duplicateRow);
    toolbar->addAction(m_deleteRows);
    toolbar->addSeparator();
    toolbar->addAction(m_toggleForm);
    toolbar->addSeparator();
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search all columns (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_filterHeader, &FilterHeader::setGlobalSearch);
    QAction *find = view->addAction(tr("&Find"), m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    connect(m_filterHeader, &FilterHeader::hintChanged, this, [this](const QString &hint) {
        if (hint.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(tr("Filter not applied — %1").arg(hint));
    });
}

void MainWindow::updateActions()
{
    TableModel *model = m_workspace ? m_workspace->model() : nullptr;
    const bool editable = model && model->tableInfo().isValid() && !model->isReadOnly();
    const bool hasRow = model && m_view->currentIndex().isValid();
    m_addRow->setEnabled(editable);
    m_duplicateRow->setEnabled(editable && hasRow);
    m_deleteRows->setEnabled(editable && hasRow);
    m_setNull->setEnabled(editable && hasRow);
    m_saveNow->setEnabled(m_workspace != nullptr && !m_workspace->isReadOnly());
    const QString reason = !model ? QString()
                           : m_workspace->isReadOnly() ? m_workspace->readOnlyReason()
                           : model->tableInfo().isView ? tr("Views are read-only.")
                           : !model->tableInfo().isEditable() ? tr("Tables without rowid are read-only for now.")
                                                               : QString();
    for (QAction *action : {m_addRow, m_duplicateRow, m_deleteRows})
        action->setStatusTip(reason);
    m_readOnlyLabel->setText(reason.isEmpty() ? QString() : tr("Read-only: %1").arg(reason));
    m_readOnlyLabel->setVisible(!reason.isEmpty());
}

bool MainWindow::openDatabase(const QString &path, const QString &table)
{
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path)) {
        m_message->setText(tr("Rowbook could not open %1.\n\n%2")
                               .arg(QDir::toNativeSeparators(path), workspace->info().error.userMessage()));
        m_center->setCurrentWidget(m_message);
        statusBar()->showMessage(workspace->info().error.detail);
        return false;
    }
    m_workspace = std::move(workspace);
    TableModel *model = m_workspace->model();
    m_view->setModel(model);
    m_filterHeader->setTableModel(model);
    m_form->setModel(model);
    m_saveStatus->setSource(m_workspace->autoSaver(), m_workspace->edits());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentRowChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRowsLabel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRowsLabel);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateRowsLabel);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateRowsLabel);
    connect(model, &TableModel::loadingChanged, this, &MainWindow::updateRowsLabel);
    connect(model, &TableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_workspace->autoSaver(), &AutoSaver::outcome, this, &MainWindow::onSaveFinished);
    connect(m_workspace.get(), &Workspace::checked, this, [this](bool ok, const QString &problem) {
        if (!ok) {
            statusBar()->showMessage(tr("The file is damaged: %1").arg(problem));
            updateActions();
        }
    });

    offerRecovery(this, m_workspace.get());
    const DatabaseInfo &info = m_workspace->info();
    setWindowFilePath(info.path);
    setWindowTitle(tr("%1 — Rowbook%2").arg(QFileInfo(info.path).fileName(),
                                            info.readOnly ? tr(" [read-only]") : QString()));
    const auto objects = m_workspace->objects();
    m_tables->setObjects(objects);
    for (const Catalog::Entry &entry : objects)
        m_tables->setRowCount(entry.name, m_workspace->rowCount(entry.name));
    if (objects.isEmpty()) {
        m_message->setText(tr("This database has no tables yet."));
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
        showTable(objects.first().name);
    }
    return true;
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
    m_filterHeader->clearFilters();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_filterHeader->setGlobalSearch(QString());
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 60, 320));
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
        m_rowsLabel->setText(model && model->tableInfo().isValid() ? tr("No rows") + loading : QString());
        return;
    }
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    const QLocale locale;
    QString text = tr("Rows %1–%2 of %3")
                       .arg(locale.toString(first + 1), locale.toString(last + 1),
                            model->isLoading() && !model->isFiltered() ? tr("…")
                                                                       : locale.toString(model->rowCount()));
    if (model->isFiltered() && model->unfilteredRowCount() >= 0)
        text += tr(" (filtered from %1)").arg(locale.toString(model->unfilteredRowCount()));
    m_rowsLabel->setText(text + loading);
    if (!model->tableInfo().isView && !model->isFiltered() && !model->isLoading())
        m_tables->setRowCount(model->tableName(), model->rowCount());
}

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    return rows;
}

void MainWindow::addRow()
{
    TableModel *model = m_workspace->model();
    const int row = model->addRow();
    if (row < 0)
        return;
    const int column = model->tableInfo().rowidAliasColumn == 0 && model->columnCount() > 1 ? 1 : 0;
    const QModelIndex index = model->index(row, column);
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void MainWindow::duplicateRow()
{
    TableModel *model = m_workspace->model();
    const int row = model->duplicateRow(m_view->currentIndex().row());
    if (row >= 0) {
        m_view->scrollTo(model->index(row, 0));
        m_view->setCurrentIndex(model->index(row, m_view->currentIndex().column()));
    }
}

void MainWindow::deleteRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (rows.size() > 1
        && QMessageBox::question(this, tr("Delete Rows"),
                                 tr("Delete %1 rows from “%2”?")
                                     .arg(rows.size())
                                     .arg(m_workspace->model()->tableName()),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    m_workspace->model()->removeRowList(rows);
}

void MainWindow::setSelectionNull()
{
    TableModel *model = m_workspace->model();
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        model->setData(index, QVariant(), Qt::EditRole);
}

void MainWindow::refresh()
{
    if (!m_workspace)
        return;
    const QModelIndex current = m_view->currentIndex();
    m_workspace->model()->refresh();
    for (const Catalog::Entry &entry : m_workspace->objects())
        m_tables->setRowCount(entry.name, m_workspace->rowCount(entry.name));
    if (current.isValid() && current.row() < m_workspace->model()->rowCount())
        m_view->setCurrentIndex(current);
}

void MainWindow::onSaveFinished()
{
    m_form->setCurrentRow(m_view->currentIndex().row());
    const QString problem = m_workspace->autoSaver()->problem();
    if (!problem.isEmpty())
        statusBar()->showMessage(problem, 10000);
    if (m_closing && m_workspace->autoSaver()->isIdle())
        close();
    else if (m_closing && m_workspace->autoSaver()->state() == AutoSaver::State::NotSaved)
        close(); // asks what to do with the edits that could not be saved
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rowbook"),
                       tr("<h3>Rowbook %1</h3><p>Browse and edit local SQLite data.</p>"
                          "<p>Qt %2, SQLite %3</p><p>Licensed under the MIT licence.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                m_workspace ? Database::scalar(m_workspace->reader(), QStringLiteral("SELECT sqlite_version()")).toString()
                                            : QString()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_workspace) {
        AutoSaver *saver = m_workspace->autoSaver();
        if (QWidget *focus = QApplication::focusWidget(); focus && m_view->isAncestorOf(focus))
            m_view->setFocus(); // the cell editor loses focus and commits what was typed
        if (!saver->isIdle()) {
            const bool stuck = m_closing && !m_workspace->edits()->isSaving();
            if (!stuck && saver->state() != AutoSaver::State::Waiting) {
                m_closing = true;
                statusBar()->showMessage(tr("Saving your edits before closing…"));
                saver->saveNow();
                event->ignore();
                return;
            }
            const int pending = m_workspace->edits()->pendingCount();
            QMessageBox box(QMessageBox::Warning, tr("Edits Not Saved"),
                            pending == 1 ? tr("1 edit could not be saved yet.")
                                         : tr("%1 edits could not be saved yet.").arg(pending), QMessageBox::NoButton, this);
            box.setInformativeText(saver->problem().isEmpty()
                                       ? tr("Another program is holding the database. If you quit now, "
                                            "these edits are lost.")
                                       : saver->problem() + QLatin1Char('\n') + tr("If you quit now, these edits are lost."));
            QPushButton *wait = box.addButton(tr("Keep Waiting"), QMessageBox::AcceptRole);
            QPushButton *quit = box.addButton(tr("Quit Without Saving"), QMessageBox::DestructiveRole);
            box.setDefaultButton(wait);
            box.exec();
            if (box.clickedButton() != static_cast<QAbstractButton *>(quit)) {
                m_closing = true;
                saver->saveNow();
                event->ignore();
                return;
            }
            saver->stopWaiting();
        }
    }
    Settings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/form"), m_toggleForm->isChecked());
    event->accept();
}

} // namespace rowbook

#include "viewactions.h"

#include "backend.h"
#include "chartdialog.h"
#include "database.h"
#include "documentcontroller.h"
#include "emptyfilteroverlay.h"
#include "filterheader.h"
#include "gridlayout.h"
#include "language.h"
#include "panenavigator.h"
#include "recordform.h"
#include "schemadiagramview.h"
#include "shortcutsdialog.h"
#include "tablemodel.h"
#include "tablepane.h"
#include "themecontroller.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QIcon>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>

namespace rowbook {

ViewActions::ViewActions(QMainWindow *window, DocumentController *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_search(new QLineEdit)
    , m_theme(new ThemeController(this))
{
    // An open chart moves to the file opened in its place (or reopened after a restore), and to
    // the tab shown instead: to the table the window shows there (queued: after the window has
    // chosen it), or it closes when the file has no table.
    connect(m_document, &DocumentController::opened, this, &ViewActions::followDocument,
            Qt::QueuedConnection);
    connect(m_document, &DocumentController::tabActivated, this, &ViewActions::followDocument,
            Qt::QueuedConnection);
}

void ViewActions::followDocument()
{
    if (!m_chart)
        return;
    m_chart->forgetSource(); // a hidden chart too: no connection to the file before
    Workspace *workspace = m_document->workspace();
    if (!m_chart->isVisible() || !workspace || !workspace->model())
        return;
    TableModel *model = workspace->model();
    followModel(model);
    if (model->isLoading())
        return; // rechart() when it has loaded
    if (model->tableInfo().isValid())
        rechart(model);
    else
        m_chart->close(); // nothing to chart: a file without tables
}

void ViewActions::addTo(QMenu *view, QMenu *help, QToolBar *toolBar, const Panes &panes)
{
    m_toggleForm = view->addAction(QIcon(QStringLiteral(":/icons/form.svg")), tr("Edit &Form"));
    m_toggleForm->setCheckable(true);
    m_toggleForm->setShortcut(QKeySequence(Qt::Key_F4));
    connect(m_toggleForm, &QAction::toggled, panes.form, &QWidget::setVisible);
    QAction *history = panes.history->toggleViewAction();
    history->setText(tr("Undo &History"));
    view->addAction(history);
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &ViewActions::refreshRequested);
    refreshAction->setShortcut(QKeySequence::Refresh);
    for (QDockWidget *dock : panes.docks)
        view->addAction(dock->toggleViewAction());
    QAction *diagram = view->addAction(tr("Schema &Diagram"), this, &ViewActions::showDiagram);
    diagram->setObjectName(QStringLiteral("schemaDiagramAction"));
    diagram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    panes.pane->columnLayout()->addTo(view);
    connect(panes.pane->columnLayout(), &GridLayout::refused, this,
            [this](const QString &message) { m_document->showMessage(message, 10000); });
    QAction *chart = view->addAction(tr("Ch&art…"), this, &ViewActions::showChart);
    chart->setObjectName(QStringLiteral("chartAction"));
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    addThemeMenu(view);
    addLanguageMenu(view);

    QAction *about = help->addAction(tr("&About Rowbook"), this, &ViewActions::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(m_window).exec(); });

    toolBar->addSeparator();
    toolBar->addAction(m_toggleForm);
    toolBar->addSeparator();
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search all columns (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    toolBar->addWidget(m_search);
    FilterHeader *filterHeader = panes.pane->filterHeader();
    connect(m_search, &QLineEdit::textChanged, filterHeader, &FilterHeader::setGlobalSearch);
    m_noRows = new EmptyFilterOverlay(panes.pane->view(), filterHeader);
    connect(m_noRows, &EmptyFilterOverlay::clearRequested, m_search, &QLineEdit::clear);
    QAction *find = view->addAction(tr("F&ind"), m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    (new PaneNavigator(m_window, panes.tables, panes.pane->view(), filterHeader, panes.form,
                       m_toggleForm, m_search))
        ->addTo(view);
    ShortcutsDialog::showShortcutsInToolTips(toolBar);
    connect(filterHeader, &FilterHeader::hintChanged, this, [this](const QString &hint) {
        const QString notApplied = tr("Filter not applied — %1");
        QStatusBar *bar = m_window->statusBar();
        if (!hint.isEmpty())
            bar->showMessage(notApplied.arg(hint));
        else if (bar->currentMessage().startsWith(notApplied.arg(QString())))
            bar->clearMessage(); // only its own message: others stay until they expire
    });
}

void ViewActions::addThemeMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const std::pair<Theme::Choice, QString> choices[] = {
        {Theme::Choice::System, tr("&System")},
        {Theme::Choice::Light, tr("&Light")},
        {Theme::Choice::Dark, tr("&Dark")},
    };
    for (const auto &[choice, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("theme-") + Theme::settingValue(choice));
        action->setCheckable(true);
        action->setChecked(m_theme->choice() == choice);
        group->addAction(action);
        connect(action, &QAction::triggered, m_theme,
                [this, choice = choice] { m_theme->setChoice(choice); });
    }
}

// View → Language: System (the desktop's language, the default), English or a shipped translation.
// Stored as language= in [appearance]; the texts are loaded at start-up, so it applies on restart.
void ViewActions::addLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    QList<std::pair<QString, QString>> choices{{QStringLiteral("system"), tr("&System Language")},
                                               {QStringLiteral("en"), QStringLiteral("&English")}};
    for (const QString &language : Language::translated())
        choices.append({language, QLatin1Char('&') + Language::nativeName(language)});
    const QString current = Language::setting();
    for (const auto &[value, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language-") + value);
        action->setCheckable(true);
        action->setChecked(value == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, value = value] {
            Language::setSetting(value);
            m_document->showMessage(tr("The new language applies the next time Rowbook starts."));
        });
    }
    menu->addSeparator();
    QAction *note = menu->addAction(tr("Applies When Rowbook Starts Again"));
    note->setEnabled(false);
}

void ViewActions::showAbout()
{
    Workspace *workspace = m_document->workspace();
    QMessageBox::about(
        m_window, tr("About Rowbook"),
        tr("<h3>Rowbook %1</h3><p>Browse and edit local SQLite data.</p>"
           "<p>Qt %2, SQLite %3</p><p>Licensed under the MIT licence.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 workspace ? Database::scalar(workspace->reader(),
                                              SqlDialect::of(workspace->reader()).versionQuery())
                                 .toString()
                           : QString()));
}

void ViewActions::showDiagram()
{
    Workspace *workspace = m_document->workspace();
    if (!workspace)
        return;
    if (!m_diagram) {
        m_diagram = new SchemaDiagramWindow(m_window);
        connect(m_diagram, &SchemaDiagramWindow::tableActivated, this,
                [this](const QString &table) {
                    m_document->showTable(table);
                    m_window->activateWindow();
                    m_window->raise();
                });
    }
    m_diagram->load(workspace->info());
    m_diagram->show();
    m_diagram->raise();
    m_diagram->activateWindow();
}

void ViewActions::showChart()
{
    Workspace *workspace = m_document->workspace();
    TableModel *model = workspace ? workspace->model() : nullptr;
    if (!model || !model->tableInfo().isValid()) {
        m_document->showMessage(tr("Open a table to chart it."), 5000);
        return;
    }
    if (!m_chart)
        m_chart = new ChartDialog(m_window);
    followModel(model);
    m_chart->setSource(workspace->info(), model->tableInfo(), model->filterCondition(),
                       model->filterValues());
    m_chart->show();
    m_chart->raise();
    m_chart->activateWindow();
}

// While the chart is open it follows the grid: another filter or table computes it again.
void ViewActions::followModel(TableModel *model)
{
    if (m_chartModel == model)
        return;
    disconnect(m_chartFollow);
    m_chartModel = model;
    m_chartFollow = connect(model, &TableModel::loadingChanged, this, [this, model](bool loading) {
        if (!loading)
            rechart(model);
    });
}

void ViewActions::rechart(TableModel *model)
{
    Workspace *workspace = m_document->workspace();
    if (!m_chart || !m_chart->isVisible() || !workspace || workspace->model() != model)
        return;
    if (!model->tableInfo().isValid())
        return;
    if (m_chart->shows(workspace->info().path, model->tableName(), model->filterCondition(),
                       model->filterValues()))
        return;
    m_chart->setSource(workspace->info(), model->tableInfo(), model->filterCondition(),
                       model->filterValues());
}

void ViewActions::clearSearch()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
}

} // namespace rowbook

#include "resultactions.h"

#include "clipboardformat.h"
#include "jobrunner.h"
#include "queryresultmodel.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>

#include <algorithm>
#include <climits>

namespace rowbook {

ResultActions::ResultActions(const DatabaseInfo &database, QTableView *view, QWidget *parent)
    : QObject(parent)
    , m_database(database)
    , m_view(view)
    , m_button(new QToolButton(parent))
    , m_cancel(new QPushButton(tr("Cancel Export"), parent))
    , m_jobs(new JobRunner(QStringLiteral("Rowbook result export"), this))
{
    auto *menu = new QMenu(m_button);
    QAction *csv = menu->addAction(tr("Export as &CSV…"), this,
                                   [this] { chooseFile(QueryOutput::Format::Csv); });
    QAction *json = menu->addAction(tr("Export as &JSON…"), this,
                                    [this] { chooseFile(QueryOutput::Format::Json); });
    // Ctrl+C in the grid (the shortcut below); not on this action, which would be active in
    // the whole window and clash with the table grid's own Copy.
    menu->addAction(tr("Copy as &TSV"), this, [this] { copySelection(); });
    for (QAction *action : {csv, json})
        action->setToolTip(tr("Run the statement again and write all of its rows to a file"));
    m_button->setText(tr("Res&ults"));
    m_button->setMenu(menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolTip(tr("Export or copy the result"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, m_jobs, &JobRunner::cancel);
    auto *copyKey = new QShortcut(QKeySequence::Copy, m_view);
    copyKey->setContext(Qt::WidgetShortcut);
    connect(copyKey, &QShortcut::activated, this, [this] { copySelection(); });
}

ResultActions::~ResultActions()
{
    m_jobs->stop();
}

void ResultActions::setResultSql(const QString &sql)
{
    m_sql = sql;
}

bool ResultActions::isExporting() const
{
    return m_jobs->isRunning();
}

void ResultActions::chooseFile(QueryOutput::Format format)
{
    if (!canExport()) {
        Q_EMIT message(tr("There is no result to export: run a query that returns rows and does "
                          "not change data first."),
                       true);
        return;
    }
    const bool json = format == QueryOutput::Format::Json;
    const QString path = QFileDialog::getSaveFileName(
        m_view, json ? tr("Export Result as JSON") : tr("Export Result as CSV"),
        QDir::home().filePath(json ? QStringLiteral("result.json") : QStringLiteral("result.csv")),
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

bool ResultActions::exportTo(const QString &path, QueryOutput::Format format)
{
    if (!canExport() || isExporting()) {
        Q_EMIT message(isExporting() ? tr("An export is running already.")
                                     : tr("There is no result to export: run a query that "
                                          "returns rows and does not change data first."),
                       true);
        return false;
    }
    QueryExportJob::Options options;
    options.sql = m_sql;
    options.format = format;
    options.outputPath = path;
    m_path = path;
    m_cancel->setVisible(true);
    Q_EMIT message(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), false);
    m_jobs->start(std::make_unique<QueryExportJob>(m_database, options), [this](
                                                                             QueryExportJob *job) {
        connect(job, &QueryExportJob::progress, this, [this](qint64 rows) {
            if (!m_jobs->isCancelling())
                Q_EMIT message(tr("Exporting to %1: %2 rows written…")
                                   .arg(QDir::toNativeSeparators(m_path), QLocale().toString(rows)),
                               false);
        });
        connect(job, &QueryExportJob::finished, this, &ResultActions::onFinished);
    });
    return true;
}

void ResultActions::onFinished(const QueryExportJob::Result &result)
{
    m_jobs->finish();
    m_cancel->setVisible(false);
    if (result.ok())
        Q_EMIT message(
            tr("Exported %n row(s) to %1.", nullptr, int(std::min<qint64>(result.rows, INT_MAX)))
                .arg(QDir::toNativeSeparators(m_path)),
            false);
    else
        Q_EMIT message(result.message, result.status != QueryOutcome::Cancelled);
}

QString ResultActions::copySelection()
{
    const auto *model = qobject_cast<const QueryResultModel *>(m_view->model());
    const QModelIndexList selection = m_view->selectionModel()
                                          ? m_view->selectionModel()->selectedIndexes()
                                          : QModelIndexList();
    if (!model || selection.isEmpty()) {
        Q_EMIT message(tr("Select the cells to copy first."), true);
        return {};
    }
    const bool held = std::all_of(selection.cbegin(), selection.cend(),
                                  [&](const QModelIndex &i) { return model->isInMemory(i.row()); });
    if (!held) {
        Q_EMIT message(tr("Only the rows read so far can be copied; scroll to them, or export "
                          "the whole result to a file."),
                       true);
        return {};
    }
    const QString text
        = ClipboardFormat::copy(*model, selection, ClipboardFormat::Format::Tsv, false);
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT message(tr("Copied %n cell(s).", nullptr, int(selection.size())), false);
    return text;
}

} // namespace rowbook

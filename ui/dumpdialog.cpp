#include "dumpdialog.h"

#include "jobrunner.h"
#include "pgconnection.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>
#include <climits>

namespace rowbook {
namespace {

template<class Widget>
Widget *named(Widget *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

int clamp(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

} // namespace

DumpDialog::DumpDialog(const DatabaseInfo &info, const QStringList &tables, QWidget *parent)
    : FileJobDialog(QStringLiteral("dump"), parent)
    , m_info(info)
    , m_dialectCombo(named(new QComboBox(this), "dialectCombo"))
    , m_contentCombo(named(new QComboBox(this), "contentCombo"))
    , m_tableList(named(new QListWidget(this), "tableList"))
{
    setWindowTitle(tr("Export Database as SQL"));
    setObjectName(QStringLiteral("dumpDialog"));
    m_dialectCombo->addItem(tr("SQLite (load with: sqlite3 new.db < file.sql)"),
                            int(DumpPlan::Dialect::Sqlite));
    // A server database is dumped for SQLite only; its own script is pg_dump's job.
    if (!info.server)
        m_dialectCombo->addItem(tr("PostgreSQL (load with: psql -f file.sql; types as in "
                                   "rowbook copy)"),
                                int(DumpPlan::Dialect::Postgres));
    m_contentCombo->addItem(tr("Schema and data"), int(DumpPlan::Content::Everything));
    m_contentCombo->addItem(tr("Schema only"), int(DumpPlan::Content::SchemaOnly));
    m_contentCombo->addItem(tr("Data only"), int(DumpPlan::Content::DataOnly));
    for (const QString &table : tables) {
        auto *item = new QListWidgetItem(table, m_tableList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_tableList->setMaximumHeight(160);

    addRow(new QLabel(tr("&Dialect:"), this), m_dialectCombo);
    addRow(new QLabel(tr("&Content:"), this), m_contentCombo);
    auto *tablesLabel = new QLabel(tr("&Tables:"), this);
    tablesLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    addRow(tablesLabel, m_tableList);
    finishLayout(640);

    connect(m_tableList, &QListWidget::itemChanged, this, &DumpDialog::updateButtons);
    // defaultPath() drops a file's suffix: a database's name gets one to drop ("sales.2024").
    setOutputPath(defaultPath(
        info.server ? PgConnection::databaseName(info.path) + QStringLiteral(".sql") : info.path));
}

DumpJob::Options DumpDialog::options() const
{
    DumpJob::Options options;
    options.dialect = DumpPlan::Dialect(m_dialectCombo->currentData().toInt());
    options.content = DumpPlan::Content(m_contentCombo->currentData().toInt());
    options.outputPath = outputPath();
    QStringList checked;
    for (int i = 0; i < m_tableList->count(); ++i) {
        if (m_tableList->item(i)->checkState() == Qt::Checked)
            checked << m_tableList->item(i)->text();
    }
    // Every table checked means the whole database, views included.
    if (checked.size() < m_tableList->count())
        options.tables = checked;
    return options;
}

QString DumpDialog::defaultPath(const QString &databasePath)
{
    QString name = QFileInfo(databasePath).completeBaseName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("database"));
    return documentsFile(name + QStringLiteral(".sql"));
}

void DumpDialog::browse()
{
    chooseFile(tr("Export Database as SQL"), {tr("SQL scripts (*.sql)"), tr("All files (*)")},
               QStringLiteral("sql"));
}

bool DumpDialog::canStart() const
{
    bool someTable = m_tableList->count() == 0;
    for (int i = 0; i < m_tableList->count(); ++i)
        someTable = someTable || m_tableList->item(i)->checkState() == Qt::Checked;
    return someTable;
}

void DumpDialog::start()
{
    if (isRunning() || !exportButton()->isEnabled())
        return;
    showError({});
    m_started = options();
    jobs()->start(std::make_unique<DumpJob>(m_info, m_started), [this](DumpJob *job) {
        connect(job, &DumpJob::progress, this, &DumpDialog::onProgress);
        connect(job, &DumpJob::finished, this, &DumpDialog::onFinished);
    });
    jobStarted(0, tr("Reading the schema…")); // busy until the job knows the number of rows
}

void DumpDialog::onProgress(qint64 rows, qint64 total)
{
    if (!wantsProgress())
        return;
    // The bar counts in thousandths, so any number of rows fits an int.
    progressBar()->setRange(0, 1000);
    progressBar()->setValue(total > 0 ? int(std::min<qint64>(rows * 1000 / total, 1000)) : 1000);
    const QLocale locale;
    statusLabel()->setText(tr("Writing: %1 of %Ln row(s) (%2 rows/s).", nullptr, clamp(total))
                               .arg(locale.toString(rows), locale.toString(jobs()->rate(rows))));
}

void DumpDialog::onFinished(const DumpJob::Result &result)
{
    QString text = tr("Wrote %Ln row(s) of %1 to %2.", nullptr, clamp(result.rows))
                       .arg(tr("%n table(s)", nullptr, result.tables),
                            QDir::toNativeSeparators(m_started.outputPath));
    for (const QString &note : result.notes)
        text += QLatin1Char('\n') + note;
    jobFinished(result.error, m_started.outputPath, text,
                [this, &result] { Q_EMIT dumped(m_started.outputPath, result.rows); });
}

} // namespace rowbook

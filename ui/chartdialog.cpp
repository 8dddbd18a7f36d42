#include "chartdialog.h"

#include "chartwidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <limits>

namespace rowbook {
namespace {

bool isNumeric(const ColumnInfo &column)
{
    return column.kind == ColumnKind::Integer || column.kind == ColumnKind::Real;
}

} // namespace

ChartDialog::ChartDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox)
    , m_column(new QComboBox)
    , m_yLabel(new QLabel(tr("&Y:")))
    , m_yColumn(new QComboBox)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_png(new QPushButton(tr("Export &PNG…")))
    , m_svg(new QPushButton(tr("Export &SVG…")))
    , m_chart(new ChartWidget)
{
    setObjectName(QStringLiteral("chartDialog"));
    setWindowTitle(tr("Chart"));
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_column->setObjectName(QStringLiteral("chartColumn"));
    m_yColumn->setObjectName(QStringLiteral("chartYColumn"));
    m_cancel->setObjectName(QStringLiteral("chartCancel"));
    m_kind->addItem(tr("Histogram"), int(ChartRequest::Kind::Histogram));
    m_kind->addItem(tr("Most frequent values"), int(ChartRequest::Kind::Bar));
    m_kind->addItem(tr("Line"), int(ChartRequest::Kind::Line));
    m_kind->addItem(tr("Scatter"), int(ChartRequest::Kind::Scatter));

    auto *kindLabel = new QLabel(tr("&Chart:"));
    kindLabel->setBuddy(m_kind);
    auto *columnLabel = new QLabel(tr("C&olumn:"));
    columnLabel->setBuddy(m_column);
    m_yLabel->setBuddy(m_yColumn);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(kindLabel);
    pickers->addWidget(m_kind);
    pickers->addSpacing(12);
    pickers->addWidget(columnLabel);
    pickers->addWidget(m_column, 1);
    pickers->addWidget(m_yLabel);
    pickers->addWidget(m_yColumn, 1);
    pickers->addStretch();
    pickers->addWidget(m_cancel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_png, QDialogButtonBox::ActionRole);
    buttons->addButton(m_svg, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);

    const auto changed = [this] {
        compute();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updatePickers();
        compute();
    });
    connect(m_column, &QComboBox::currentIndexChanged, this, changed);
    connect(m_yColumn, &QComboBox::currentIndexChanged, this, changed);
    connect(m_cancel, &QPushButton::clicked, this, &ChartDialog::cancel);
    connect(m_png, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_svg, &QPushButton::clicked, this, [this] { exportAs(true); });
    m_cancel->setEnabled(false);
    updatePickers();
}

ChartDialog::~ChartDialog() = default;

void ChartDialog::forgetSource()
{
    m_runner.reset(); // joins its thread; a running query stops at once
    m_request = 0;
    m_info = DatabaseInfo();
    m_source = ChartRequest();
    // Until the other file's table is there: no numbers of the file before, nothing to cancel
    // or export.
    ChartContent content;
    content.message = tr("Computing…");
    m_chart->setContent(content);
    m_cancel->setEnabled(false);
    m_png->setEnabled(false);
    m_svg->setEnabled(false);
}

void ChartDialog::setSource(const DatabaseInfo &info,
                            const TableInfo &table,
                            const QString &where,
                            const QVariantList &whereValues)
{
    if (!m_runner || info.path != m_info.path) {
        m_runner.reset(); // joins its thread; a running query stops at once
        m_runner = std::make_unique<ChartRunner>(info);
        connect(m_runner.get(), &ChartRunner::finished, this, &ChartDialog::onFinished);
        m_request = 0;
    }
    // Another file's table of the same name may have other columns.
    const bool sameTable = table.name == m_source.table.name && info.path == m_info.path;
    m_info = info;
    m_source.table = table;
    m_source.where = where;
    m_source.whereValues = whereValues;
    if (!sameTable) {
        const QSignalBlocker blockColumn(m_column);
        const QSignalBlocker blockY(m_yColumn);
        m_column->clear();
        m_yColumn->clear();
        QStringList numeric;
        for (const ColumnInfo &column : table.columns) {
            m_column->addItem(column.name);
            m_yColumn->addItem(column.name);
            if (isNumeric(column))
                numeric << column.name;
        }
        // Start with numeric columns that hold measures rather than ids (keys and references
        // are usually named ...Id): a histogram of ids says little.
        QStringList measures = numeric;
        measures.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("id"), Qt::CaseInsensitive);
        });
        if (!measures.isEmpty())
            numeric = measures;
        if (!numeric.isEmpty())
            m_column->setCurrentText(numeric.constFirst());
        m_yColumn->setCurrentText(numeric.value(1, numeric.value(0)));
    }
    setWindowTitle(tr("Chart of %1").arg(table.name));
    compute();
}

void ChartDialog::showChart(ChartRequest::Kind kind, const QString &column, const QString &yColumn)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockColumn(m_column);
    const QSignalBlocker blockY(m_yColumn);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_column->setCurrentText(column);
    if (!yColumn.isEmpty())
        m_yColumn->setCurrentText(yColumn);
    updatePickers();
    compute();
}

void ChartDialog::updatePickers()
{
    const auto kind = ChartRequest::Kind(m_kind->currentData().toInt());
    const bool twoColumns = kind == ChartRequest::Kind::Line || kind == ChartRequest::Kind::Scatter;
    m_yLabel->setVisible(twoColumns);
    m_yColumn->setVisible(twoColumns);
}

ChartRequest ChartDialog::request() const
{
    ChartRequest request = m_source;
    request.kind = ChartRequest::Kind(m_kind->currentData().toInt());
    request.column = m_column->currentText();
    request.yColumn = m_yColumn->currentText();
    return request;
}

void ChartDialog::compute()
{
    if (!m_runner || m_column->currentText().isEmpty())
        return;
    m_running = request();
    m_request = m_runner->run(m_running);
    ChartContent content = contentFor(m_running, {});
    content.message = tr("Computing…");
    m_chart->setContent(content);
    m_cancel->setEnabled(true);
    m_png->setEnabled(false);
    m_svg->setEnabled(false);
}

void ChartDialog::done(int result)
{
    cancel();
    QDialog::done(result);
}

void ChartDialog::cancel()
{
    if (m_runner && m_request != 0)
        m_runner->cancel(); // finished() follows, marked cancelled
}

void ChartDialog::onFinished(quint64 id, const ChartData &data)
{
    if (id != m_request)
        return; // an older request that a newer one replaced
    m_request = 0;
    m_cancel->setEnabled(false);
    ChartContent content = contentFor(m_running, data);
    if (data.cancelled)
        content.message = tr("Cancelled. Pick a chart or a column to compute it again.");
    else if (!data.error.isEmpty())
        content.message = tr("The chart could not be computed: %1").arg(data.error);
    else if (data.isEmpty())
        content.message = emptyMessage(m_running);
    m_chart->setContent(content);
    m_png->setEnabled(true);
    m_svg->setEnabled(true);
    Q_EMIT computed();
}

QString ChartDialog::emptyMessage(const ChartRequest &request) const
{
    const bool filtered = !request.where.isEmpty();
    switch (request.kind) {
    case ChartRequest::Kind::Histogram:
        return (filtered ? tr("No numeric values in %1 among the rows that match the filter.")
                         : tr("No numeric values in %1."))
            .arg(request.column);
    case ChartRequest::Kind::Bar:
        return filtered ? tr("No rows match the filter.") : tr("The table has no rows.");
    case ChartRequest::Kind::Line:
    case ChartRequest::Kind::Scatter:
        break;
    }
    return tr("No rows with numeric values in both %1 and %2.")
        .arg(request.column, request.yColumn);
}

ChartContent ChartDialog::contentFor(const ChartRequest &request, const ChartData &data) const
{
    ChartContent content;
    content.data = data;
    content.data.kind = request.kind;
    const QLocale locale;
    const QString table = request.table.name;
    const int total = int(qMin<qint64>(data.total, std::numeric_limits<int>::max()));
    switch (request.kind) {
    case ChartRequest::Kind::Histogram:
        content.title = tr("Histogram of %1 in %2").arg(request.column, table);
        content.note = tr("%Ln numeric value(s).", nullptr, total);
        content.xTitle = request.column;
        content.yTitle = tr("Rows");
        break;
    case ChartRequest::Kind::Bar:
        content.title = tr("Most frequent values of %1 in %2").arg(request.column, table);
        content.note = tr("%Ln row(s), %1 different values.", nullptr, total)
                           .arg(locale.toString(data.distinct));
        content.xTitle = tr("Rows");
        content.yTitle = request.column;
        break;
    case ChartRequest::Kind::Line:
    case ChartRequest::Kind::Scatter:
        content.title = tr("%1 against %2 in %3").arg(request.yColumn, request.column, table);
        content.note
            = data.sampled
                  ? tr("A sample: %1 of %Ln row(s), one in every %2 by row order.", nullptr, total)
                        .arg(locale.toString(data.points.size()), locale.toString(data.step))
                  : tr("%Ln row(s).", nullptr, total);
        content.xTitle = request.column;
        content.yTitle = request.yColumn;
        break;
    }
    if (!request.where.isEmpty())
        content.note += QLatin1Char(' ') + tr("Only rows that match the grid's filter.");
    if (data.total == 0 && data.isEmpty())
        content.note.clear();
    return content;
}

void ChartDialog::exportAs(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString name = m_source.table.name + QLatin1Char('-') + m_column->currentText()
                         + QLatin1Char('.') + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"),
        QDir::home().filePath(name), svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!(svg ? m_chart->writeSvg(path) : m_chart->writePng(path)))
        QMessageBox::warning(
            this, tr("Export Chart"),
            tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace rowbook

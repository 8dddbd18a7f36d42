#include "populatedialog.h"

#include "plurals.h"
#include "populatetask.h"
#include "screenfit.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rowbook {
namespace {

using G = SampleData::Generator;

template<class Widget>
Widget *named(Widget *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

bool hasRange(G generator)
{
    return generator == G::Integer || generator == G::Sequence || generator == G::Amount
           || generator == G::List;
}

// The range or list field's text for `column`.
QString rangeText(const SampleData::Column &column)
{
    switch (column.generator) {
    case G::Integer:
    case G::Sequence:
        return QStringLiteral("%1..%2").arg(column.min).arg(column.max);
    case G::Amount:
        return QStringLiteral("%1..%2").arg(column.realMin).arg(column.realMax);
    case G::List: {
        QStringList values;
        for (const QVariant &value : column.list)
            values << value.toString();
        return values.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

// A value of a list as typed: a whole number, a number or text.
QVariant listValue(const QString &text)
{
    bool ok = false;
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return integer;
    const double real = text.toDouble(&ok);
    if (ok)
        return real;
    return text;
}

} // namespace

PopulateDialog::PopulateDialog(const DatabaseInfo &info, const QString &table, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_table(table)
    , m_planTable(named(new QTableWidget(this), "planTable"))
    , m_previewTable(named(new QTableWidget(this), "previewTable"))
    , m_rowsSpin(named(new QSpinBox(this), "rowsSpin"))
    , m_seedEdit(named(new QLineEdit(this), "seedEdit"))
    , m_errorLabel(named(new QLabel(this), "errorLabel"))
    , m_progressBar(named(new QProgressBar(this), "progressBar"))
    , m_statusLabel(named(new QLabel(this), "statusLabel"))
    , m_previewButton(named(new QPushButton(tr("&Preview"), this), "previewButton"))
    , m_fillButton(named(new QPushButton(tr("&Fill"), this), "fillButton"))
    , m_cancelButton(named(new QPushButton(tr("Cancel Fill"), this), "cancelButton"))
    , m_closeButton(named(new QPushButton(tr("Close"), this), "closeButton"))
    , m_task(new PopulateTask(this))
{
    setWindowTitle(tr("Fill “%1” with Sample Data").arg(table));
    setObjectName(QStringLiteral("populateDialog"));

    m_planTable->setColumnCount(4);
    m_planTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("Generator"), tr("Range or values"), tr("Chosen from")});
    m_planTable->verticalHeader()->hide();
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QTableWidget *table : {m_planTable, m_previewTable})
        table->setTabKeyNavigation(false); // Tab goes on to the next control, arrows move here
    m_previewTable->verticalHeader()->hide();

    m_rowsSpin->setRange(1, 10000000);
    m_rowsSpin->setValue(1000);
    m_rowsSpin->setGroupSeparatorShown(true);
    m_seedEdit->setText(QString::number(quint64(QDateTime::currentMSecsSinceEpoch())));
    m_seedEdit->setToolTip(tr("The same seed on the same table gives the same rows."));

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setForegroundRole(QPalette::BrightText);
    m_errorLabel->hide();
    m_statusLabel->setWordWrap(true);
    m_progressBar->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Rows to add:"), m_rowsSpin);
    form->addRow(tr("&Seed:"), m_seedEdit);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_fillButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    m_fillButton->setDefault(true);
    m_cancelButton->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Each column gets values from a generator; change one "
                                    "where the choice does not fit."),
                                 this));
    layout->addWidget(m_planTable, 2);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("The first %n rows a fill writes:", nullptr, previewRows), this));
    layout->addWidget(m_previewTable, 3);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(820, 620));

    connect(m_previewButton, &QPushButton::clicked, this, &PopulateDialog::preview);
    connect(m_fillButton, &QPushButton::clicked, this, &PopulateDialog::fill);
    connect(m_cancelButton, &QPushButton::clicked, this, &PopulateDialog::cancelFill);
    connect(m_closeButton, &QPushButton::clicked, this, &PopulateDialog::reject);
    connect(m_seedEdit, &QLineEdit::editingFinished, this, &PopulateDialog::preview);
    connect(m_task, &PopulateTask::progress, this, [this](qint64 done, qint64 total) {
        if (!m_filling)
            return;
        m_progressBar->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        m_progressBar->setValue(int(std::min<qint64>(done, INT_MAX)));
        m_statusLabel->setText(tr("Generating and inserting rows… %1 of %2")
                                   .arg(formatCount(done), formatCount(total)));
    });
    connect(m_task, &PopulateTask::finished, this, &PopulateDialog::onFinished);
    m_statusLabel->setText(tr("Reading the table…"));
    preview();
    updateButtons();
}

PopulateDialog::~PopulateDialog() = default; // m_task cancels and waits for its thread

bool PopulateDialog::isBusy() const
{
    return m_task->isRunning();
}

bool PopulateDialog::options(PopulateJob::Options *options, QString *problem) const
{
    options->table = m_table;
    options->rows = m_rowsSpin->value();
    bool ok = false;
    options->seed = m_seedEdit->text().trimmed().toULongLong(&ok);
    if (!ok) {
        *problem = tr("The seed must be a whole number of at least 0, not “%1”.")
                       .arg(m_seedEdit->text());
        return false;
    }
    options->choices.clear();
    static const QRegularExpression integers(QStringLiteral(R"(^\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*$)"));
    static const QRegularExpression numbers(
        QStringLiteral(R"(^\s*(-?\d+(?:\.\d*)?)\s*\.\.\s*(-?\d+(?:\.\d*)?)\s*$)"));
    for (int row = 0; row < m_planTable->rowCount() && row < m_planned.size(); ++row) {
        SampleData::Column choice = m_planned.at(row);
        const auto *combo
            = qobject_cast<QComboBox *>(m_planTable->cellWidget(row, ColumnGenerator));
        const auto *range = qobject_cast<QLineEdit *>(m_planTable->cellWidget(row, ColumnRange));
        if (!combo || !range)
            continue;
        choice.generator = G(combo->currentData().toInt());
        const QString text = range->text();
        if (choice.generator == G::Integer || choice.generator == G::Sequence) {
            const QRegularExpressionMatch match = integers.match(text);
            if (!match.hasMatch()) {
                *problem = tr("Write the range of column “%1” as two whole numbers, such as "
                              "1..100, not “%2”.")
                               .arg(choice.name, text);
                return false;
            }
            choice.min = match.captured(1).toLongLong();
            choice.max = match.captured(2).toLongLong();
        } else if (choice.generator == G::Amount) {
            const QRegularExpressionMatch match = numbers.match(text);
            if (!match.hasMatch()) {
                *problem = tr("Write the range of column “%1” as two numbers, such as 0.5..99.9, "
                              "not “%2”.")
                               .arg(choice.name, text);
                return false;
            }
            choice.realMin = match.captured(1).toDouble();
            choice.realMax = match.captured(2).toDouble();
        } else if (choice.generator == G::List) {
            choice.list.clear();
            for (const QString &value : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!value.trimmed().isEmpty())
                    choice.list << listValue(value.trimmed());
            }
            if (choice.list.isEmpty()) {
                *problem
                    = tr("Write the values of column “%1” separated by commas.").arg(choice.name);
                return false;
            }
        }
        options->choices << choice;
    }
    return true;
}

void PopulateDialog::preview()
{
    if (m_filling)
        return;
    if (m_task->isRunning()) {
        m_previewAgain = true;
        return;
    }
    PopulateJob::Options options;
    QString problem;
    if (!this->options(&options, &problem)) {
        showError(problem);
        updateButtons();
        return;
    }
    options.rows = previewRows;
    options.preview = true;
    m_errorLabel->hide();
    m_task->start(m_info, options);
    updateButtons();
}

void PopulateDialog::fill()
{
    if (m_task->isRunning())
        return;
    PopulateJob::Options options;
    QString problem;
    if (!this->options(&options, &problem)) {
        showError(problem);
        return;
    }
    m_errorLabel->hide();
    m_filling = true;
    m_progressBar->setRange(0, int(options.rows));
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_statusLabel->setText(tr("Generating and inserting rows…"));
    m_task->start(m_info, options);
    updateButtons();
}

void PopulateDialog::cancelFill()
{
    if (!m_filling)
        return;
    m_task->cancel();
    m_statusLabel->setText(tr("Cancelling; nothing will be written…"));
}

void PopulateDialog::reject()
{
    if (m_task->isRunning()) {
        m_closeWhenStopped = true;
        cancelFill();
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

void PopulateDialog::onFinished(const PopulateJob::Result &result)
{
    const bool wasFilling = m_filling;
    m_filling = false;
    m_progressBar->hide();
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    if (m_planned.isEmpty() && !result.columns.isEmpty())
        showPlan(result.columns);
    if (result.error.isError()) {
        m_statusLabel->clear();
        if (result.error.kind == TransferError::Cancelled)
            m_statusLabel->setText(tr("Cancelled; nothing was written."));
        else
            showError(result.error.message);
    } else if (wasFilling) {
        m_statusLabel->setText(
            tr("Added %Ln row(s).", nullptr, int(std::min<qint64>(result.rows, INT_MAX))));
        Q_EMIT filled(m_table, result.rows, result.firstKey, result.lastKey, result.keyColumn,
                      result.noUndo);
        accept();
        return;
    } else {
        showPreview(result);
        m_statusLabel->clear();
    }
    if (m_previewAgain && !wasFilling) {
        m_previewAgain = false;
        preview();
    }
    updateButtons();
}

void PopulateDialog::showPlan(const QVector<SampleData::Column> &columns)
{
    m_planned = columns;
    m_planTable->setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        const SampleData::Column &column = columns.at(row);
        m_planTable->setItem(row, ColumnName, new QTableWidgetItem(column.name));
        m_planTable->setItem(row, ColumnWhy, new QTableWidgetItem(column.why));
        auto *combo = new QComboBox(m_planTable);
        combo->setObjectName(QStringLiteral("generator_%1").arg(column.name));
        for (const G generator : SampleData::choosable(column.generator))
            combo->addItem(SampleData::generatorName(generator), int(generator));
        combo->setCurrentIndex(combo->findData(int(column.generator)));
        combo->setEnabled(combo->count() > 1);
        auto *range = new QLineEdit(rangeText(column), m_planTable);
        range->setObjectName(QStringLiteral("range_%1").arg(column.name));
        range->setEnabled(hasRange(column.generator));
        m_planTable->setCellWidget(row, ColumnGenerator, combo);
        m_planTable->setCellWidget(row, ColumnRange, range);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, combo, range] {
            const G generator = G(combo->currentData().toInt());
            SampleData::Column shown = m_planned.at(row);
            if (generator != shown.generator) {
                shown.generator = generator;
                if (generator == G::Integer || generator == G::Sequence) {
                    shown.min = 1;
                    shown.max = 1000;
                } else if (generator == G::Amount) {
                    shown.realMin = 1;
                    shown.realMax = 1000;
                } else if (generator == G::List) {
                    shown.list.clear();
                }
            }
            range->setText(rangeText(shown));
            range->setEnabled(hasRange(generator));
            onChoiceChanged();
        });
        connect(range, &QLineEdit::editingFinished, this, &PopulateDialog::onChoiceChanged);
    }
    m_planTable->resizeColumnsToContents();
}

void PopulateDialog::showPreview(const PopulateJob::Result &result)
{
    QStringList headers;
    for (const SampleData::Column &column : result.columns) {
        if (column.generator != G::Skip)
            headers << column.name;
    }
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    m_previewTable->setRowCount(int(result.preview.size()));
    for (int row = 0; row < result.preview.size(); ++row) {
        const QVariantList &values = result.preview.at(row);
        for (int column = 0; column < values.size(); ++column) {
            const QVariant &value = values.at(column);
            const QString text = value.isNull() ? QStringLiteral("NULL")
                                 : value.metaType().id() == QMetaType::QByteArray
                                     ? QString::fromLatin1(value.toByteArray().toHex())
                                     : value.toString();
            m_previewTable->setItem(row, column, new QTableWidgetItem(text));
        }
    }
    m_previewTable->resizeColumnsToContents();
}

void PopulateDialog::onChoiceChanged()
{
    preview();
}

void PopulateDialog::updateButtons()
{
    const bool running = m_task->isRunning();
    m_fillButton->setEnabled(!running && !m_planned.isEmpty());
    m_previewButton->setEnabled(!m_filling);
    m_planTable->setEnabled(!m_filling);
    m_rowsSpin->setEnabled(!m_filling);
    m_seedEdit->setEnabled(!m_filling);
    m_cancelButton->setVisible(m_filling);
    m_closeButton->setEnabled(!m_filling);
}

void PopulateDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace rowbook

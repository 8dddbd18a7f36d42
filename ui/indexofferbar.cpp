#include "indexofferbar.h"

#include "catalog.h"
#include "plurals.h"
#include "schemaops.h"
#include "tablemodel.h"
#include "themecontroller.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>

namespace rowbook {

IndexOfferBar::IndexOfferBar(QTableView *view, QWidget *parent)
    : QFrame(parent)
    , m_view(view)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_create(new QPushButton(tr("Create Index"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("indexOfferBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    Themed::setTint(this, Theme::Tone::Info, QPalette::Window);
    m_text->setWordWrap(true);
    m_create->setObjectName(QStringLiteral("createIndexButton"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message."));
    m_progress->setRange(0, 0); // SQLite reports no progress while it builds an index
    m_progress->setMaximumWidth(160);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_create);
    layout->addWidget(m_close);
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(8000);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_create, &QPushButton::clicked, this, &IndexOfferBar::create);
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &IndexOfferBar::onSortRequested);
    setBusy(false);
    hide();
}

void IndexOfferBar::setWorkspace(Workspace *workspace)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_workspace = workspace;
    m_model = workspace ? workspace->model() : nullptr;
    m_sortSection = -1;
    if (!isBusy())
        hide(); // an index being made shows how it ends, in whichever tab
    if (m_model)
        connect(m_model, &TableModel::loadingChanged, this, &IndexOfferBar::onLoadingChanged);
}

QString IndexOfferBar::text() const
{
    return m_text->text();
}

void IndexOfferBar::onSortRequested(int section)
{
    // QTableView sorted the model before this slot runs (it connected first): a model that is
    // not loading sorted at once (a small table, a view), and there is nothing to time.
    m_sortSection = m_model && m_model->isLoading() ? section : -1;
    if (m_sortSection >= 0)
        m_sortTimer.start();
    if (!isBusy())
        hide();
}

void IndexOfferBar::onLoadingChanged(bool loading)
{
    if (loading || m_sortSection < 0 || !m_model)
        return;
    const int section = std::exchange(m_sortSection, -1);
    const qint64 ms = m_sortTimer.elapsed();
    // A sort that failed (a lock held too long) is no measure of the column.
    if (ms < m_slowSortMs || isBusy() || !m_model->lastError().isEmpty()
        || m_view->horizontalHeader()->sortIndicatorSection() != section)
        return;
    const QString column = m_model->tableInfo().columns.value(section).name;
    if (worthOffering(column))
        offer(column, ms);
}

bool IndexOfferBar::worthOffering(const QString &column) const
{
    if (!m_workspace || m_workspace->isReadOnly() || column.isEmpty())
        return false;
    const TableInfo &table = m_model->tableInfo();
    if (!table.isEditable() || table.columnIndex(column) == table.keyColumn)
        return false;
    for (const IndexInfo &index : SchemaOps::indexes(m_workspace->reader(), table.name)) {
        if (index.columns.value(0).compare(column, Qt::CaseInsensitive) == 0)
            return false; // the engine sorts by it already
    }
    return true;
}

void IndexOfferBar::offer(const QString &column, qint64 ms)
{
    m_table = m_model->tableName();
    m_column = column;
    m_hideTimer.stop();
    m_text->setText(tr("Sorting by “%1” took %2 s. An index on this column makes the next sort "
                       "by it almost instant (it takes some disk space and a moment to build).")
                        .arg(column, QLocale().toString(double(ms) / 1000.0, 'f', 1)));
    setBusy(false);
    m_create->show();
    show();
}

void IndexOfferBar::create()
{
    QString index;
    Q_EMIT createRequested(m_table, m_column, &index);
    if (index.isEmpty())
        return; // the receiver said why
    m_creating = index;
    m_text->setText(tr("Creating index “%1” on “%2” of “%3”… You can go on working; edits are "
                       "saved once it is done.")
                        .arg(index, m_column, m_table));
    setBusy(true);
}

void IndexOfferBar::onCreated(const QString &table,
                              const QString &index,
                              bool ok,
                              const QString &message)
{
    if (index.isEmpty() || index != m_creating || table != m_table)
        return;
    m_creating.clear();
    setBusy(false);
    m_create->hide();
    m_text->setText(ok ? tr("Index “%1” created: sorting “%2” by “%3” now reads the index.")
                             .arg(index, m_table, m_column)
                       : tr("The index was not created: %1").arg(message));
    show();
    m_hideTimer.start();
}

void IndexOfferBar::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_create->setEnabled(!busy);
    m_close->setEnabled(!busy);
}

} // namespace rowbook
